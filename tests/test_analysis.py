"""The facts the rules share (``linter.analysis``): kept with each report, worked out once, shown by ``scores``."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from linter.analysis.issuer import find_issuer, place_level
from linter.analysis.quantities import Prose
from linter.analysis.text import sentences
from linter.cli import main
from linter.config import Config
from linter.engine import Linter
from linter.model import IssuerFound
from linter.parse.parser import parse
from rules.arithmetic.breakdowns import Verdict, breakdowns, checks
from rules.arithmetic.rates import ratio_claims


def test_facts_belong_to_their_report_whatever_the_order_they_are_asked_in() -> None:
    first = parse("全年预算数为100万元，实际支出90万元，预算执行率为95%。\n")
    second = parse("资金支付18501.096万元，未支付703万元，支付率95%。\n")
    # Asked about alternately, each report keeps its own facts (a cache of the latest report would not).
    assert [c.name for c in ratio_claims(first)] == ["预算执行率"]
    assert [c.name for c in ratio_claims(second)] == ["支付率"]
    assert [c.name for c in ratio_claims(first)] == ["预算执行率"]
    assert ratio_claims(first) is ratio_claims(first)
    assert first.facts.derived(breakdowns) is breakdowns(first)


def test_each_fact_is_worked_out_once() -> None:
    report = parse("一、总体情况\n二、绩效目标\n（一）产出\n三、问题\n")
    assert report.facts.paragraph_starts is report.facts.paragraph_starts
    assert [m.label for m in report.facts.list_markers] == ["一、", "二、", "（一）", "三、"]
    paragraph = report.paragraphs[0]
    prose = report.facts.prose(paragraph)
    assert isinstance(prose, Prose) and report.facts.prose(paragraph) is prose


def test_percent_paragraphs_are_those_that_can_hold_a_percentage() -> None:
    report = parse("执行率95%。\n共3人。\n占百分之十。\n比例为５０％。\n")
    assert [p.index for p in report.facts.percent_paragraphs] == [0, 2, 3]


def test_breakdown_checks_state_the_parts_and_the_sum() -> None:
    report = parse("共发生事故21起，其中道路交通事故19起、火灾事故1起。\n")
    (breakdown,) = breakdowns(report)
    assert breakdown.total.text == "21起"
    assert [p.quantity.text for p in breakdown.parts] == ["19起", "1起"]
    ((_, found),) = checks(report)
    assert found.verdict is Verdict.MISMATCH
    assert (found.total, found.difference) == (Decimal(20), Decimal(1))
    ((_, fine),) = checks(parse("共发生事故21起，其中道路交通事故20起、火灾事故1起。\n"))
    assert (fine.verdict, fine.difference) == (Verdict.CONSISTENT, Decimal(0))


def test_a_part_joined_to_the_one_before_by_a_word_is_named_by_its_own_words() -> None:
    text = "项目总投资880万元，资金来源分别为省级补助500万元、市级补助200万元和县级配套170万元。\n"
    (breakdown,) = breakdowns(parse(text))
    assert [p.label for p in breakdown.parts] == ["省级补助", "市级补助", "县级配套"]
    (found,) = [d for d in Linter().lint_text(text).diagnostics if d.code == "AR101"]
    assert [text[r.span.start : r.span.end] for r in found.related] == ["500万元", "200万元", "170万元"]
    assert found.related[-1].message.zh == "分项：县级配套170万元"
    # a name that starts with such a word after a mark keeps it
    (listed,) = breakdowns(parse("共有村民120人，其中和平村50人，同乐村70人。\n"))
    assert [p.label for p in listed.parts] == ["和平村", "同乐村"]


def test_rate_claims_name_the_rate_and_its_operands() -> None:
    (claim,) = ratio_claims(parse("全年预算数为100万元，实际支出90万元，预算执行率为95%。\n"))
    assert claim.name == "预算执行率" and claim.contradicted()
    assert [q.text for q, _, _ in claim.operands] == ["100万元", "90万元"]
    (fine,) = ratio_claims(parse("全年预算数为100万元，实际支出95万元，预算执行率为95%。\n"))
    assert not fine.contradicted()


def test_sentences_keep_their_offsets_and_closing_marks() -> None:
    report = parse("一、总体情况。 第二句！第三句\n")
    found = list(sentences(report.paragraphs[0]))
    assert [s for _, s in found] == ["总体情况。", "第二句！", "第三句"]
    assert all(report.text[at : at + len(s)] == s for at, s in found)


@pytest.mark.parametrize(
    ("text", "level", "name", "found"),
    [
        ("2022年度咸安区应急管理局整体绩效自评报告\n", "区", "咸安区", IssuerFound.TITLE),
        ("部门整体绩效自评报告\n编制单位：通山县财政局\n", "县", "通山县", IssuerFound.LABEL),
        ("湖北省财政厅绩效自评报告\n", None, None, None),
        # a township names its county first: its own level is the township's
        ("咸安区向阳湖镇人民政府绩效自评报告\n", "镇", "向阳湖镇", IssuerFound.TITLE),
        ("2023年度桐湾乡人民政府部门整体支出绩效自评报告\n", "乡", "桐湾乡", IssuerFound.TITLE),
        ("岚溪县城关街道办事处2023年度部门整体支出绩效自评报告\n", "街道", "城关街道", IssuerFound.TITLE),
        ("通山县人民政府办公室2023年度部门整体支出绩效自评报告\n", "县", "通山县", IssuerFound.TITLE),
        ("通山县乡村振兴局2023年度部门整体支出绩效自评报告\n", "县", "通山县", IssuerFound.TITLE),
        ("2023年度乡村振兴衔接资金项目绩效自评报告\n", None, None, None),
        ("咸安区驻京办事处绩效自评报告\n", None, None, None),
        # a running header first (全县 and 本区 name no place): the title is the line below
        ("全县应急管理系统绩效自评材料\n2022年度澄湖区应急管理局部门整体支出绩效自评报告\n", "区", "澄湖区", IssuerFound.TITLE),
        ("本区财政资金绩效管理材料\n附件1\n沛县财政局2023年度部门整体支出绩效自评报告\n", "县", "沛县", IssuerFound.TITLE),
        ("全市统一格式\n编制单位：通山县财政局\n", "县", "通山县", IssuerFound.LABEL),
        ("各县区绩效材料汇编\n附件1\n", None, None, None),
        # an autonomous region's organ is the issuer: no level of ours, whatever the title below says
        ("宁川回族自治区林业和草原局\n2023年度自治区草原生态修复治理项目支出绩效自评报告\n", None, None, None),
        ("2023年度自治区草原生态修复治理项目支出绩效自评报告\n", None, None, None),
        # a cover page: the title names no issuer, the next line is the organ alone
        ("2023年度公共文化服务体系建设补助资金绩效自评报告\n沧溪市望江区文化广电旅游体育局\n", "区", "望江区", IssuerFound.TITLE),
        ("2023年度部门整体支出绩效自评报告\n沧溪市望江区文化广电旅游体育局、沧溪市财政局联合编制\n", None, None, None),
        # prose that mentions a place and an evaluation is no title
        ("2023年度部门整体支出绩效自评报告\n一、部门基本情况\n根据桂中市财政局通知，开展绩效自评报告编制。\n", None, None, None),
        # a city's district named like a common noun (东城区, 城区, 郊区, 矿区, 东山区) when its organ or the year follows
        ("鹤汀市东城区教育局2023年度某项目绩效自评报告\n", "区", "东城区", IssuerFound.TITLE),
        ("嵘州市新城区市场监督管理局2023年度部门整体支出绩效自评报告\n", "区", "新城区", IssuerFound.TITLE),
        ("鹤汀市城区2023年度部门整体支出绩效自评报告\n", "区", "城区", IssuerFound.TITLE),
        ("鹤汀市郊区财政局2023年度部门整体支出绩效自评报告\n", "区", "郊区", IssuerFound.TITLE),
        ("部门整体绩效自评报告\n编制单位：鹤汀市矿区财政局\n", "区", "矿区", IssuerFound.LABEL),
        ("嘉禾市东山区林业局2023年度部门整体支出绩效自评报告\n", "区", "东山区", IssuerFound.TITLE),
        ("嘉禾市山区道路改造项目2023年度项目支出绩效自评报告\n", "市", "嘉禾市", IssuerFound.TITLE),
        # … but the urban area of a city's project, and a county's 城区管理局, are no district
        ("鹤汀市城区道路改造项目绩效自评报告\n", "市", "鹤汀市", IssuerFound.TITLE),
        ("通山县城区管理局2023年度部门整体支出绩效自评报告\n", "县", "通山县", IssuerFound.TITLE),
        # a zone's committee or bureau calls itself 我区: 区, but a county's zone has no level of ours; a zone a
        # project is about is no issuer
        ("鹤汀市高新技术产业开发区管委会2023年度部门整体支出绩效自评报告\n", "区", "高新技术产业开发区", IssuerFound.TITLE),
        ("鹤汀市东湖风景名胜区管理局2023年度部门整体支出绩效自评报告\n", "区", "东湖风景名胜区", IssuerFound.TITLE),
        ("鹤汀市高新区管委会2023年度部门整体支出绩效自评报告\n", "区", "高新区", IssuerFound.TITLE),
        ("鹤汀经济技术开发区管委会2023年度部门整体支出绩效自评报告\n", "区", "鹤汀经济技术开发区", IssuerFound.TITLE),
        ("通山县经济开发区管委会2023年度部门整体支出绩效自评报告\n", None, None, None),
        ("通山县工业园区基础设施建设项目绩效自评报告\n", "县", "通山县", IssuerFound.TITLE),
    ],
)
def test_the_issuer_is_read_from_the_title_or_an_issuer_line(
    text: str, level: str | None, name: str | None, found: IssuerFound | None
) -> None:
    issuer = parse(text).issuer
    if level is None:
        assert issuer is None
        return
    assert issuer is not None
    assert (issuer.level, issuer.name, issuer.found, issuer.configured) == (level, name, found, False)
    assert issuer.span is not None and text[issuer.span.start : issuer.span.end] == name


def test_the_configured_issuer_level_overrides_the_text() -> None:
    report = parse("2022年度咸安区应急管理局整体绩效自评报告\n", issuer_level="县")
    assert report.issuer is not None
    assert (report.issuer.level, report.issuer.found, report.issuer.configured) == (
        "县",
        IssuerFound.CONFIG,
        True,
    )
    assert report.issuer is report.issuer  # worked out once
    assert find_issuer(report, None) == parse("2022年度咸安区应急管理局整体绩效自评报告\n").issuer


def test_the_engine_hands_the_configured_level_to_the_report() -> None:
    text = "2022年度咸安区应急管理局整体绩效自评结果\n2022年度我县未发生重特大森林火灾。\n"
    assert "WD101" in [d.code for d in Linter().lint_text(text).diagnostics]
    configured = Linter(Config(issuer_level="县")).lint_text(text)
    assert configured.report.issuer is not None and configured.report.issuer.configured
    assert "WD101" not in [d.code for d in configured.diagnostics]


def test_place_level_reads_the_last_name_of_the_first_run() -> None:
    line = "湖北省咸宁市咸安区应急管理局"
    level, start, end = place_level(line) or ("", 0, 0)
    assert (level, line[start:end]) == ("区", "咸安区")


def test_scores_shows_the_issuer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "报告.txt"
    path.write_text(
        "2022年度咸安区应急管理局整体绩效自评报告\n部门整体绩效自评得分为96分。\n", encoding="utf-8"
    )
    assert main(["scores", str(path)]) == 0
    assert "发文单位层级：区（咸安区，第1行标题）" in capsys.readouterr().out
    assert main(["scores", "--format", "json", str(path)]) == 0
    issuer = json.loads(capsys.readouterr().out)["issuer"]
    assert issuer == {
        "level": "区",
        "name": "咸安区",
        "found": "title",
        "configured": False,
        "line": 1,
        "column": 7,
    }
    (tmp_path / "jxlint.yaml").write_text("issuer-level: 县\n", encoding="utf-8")
    assert main(["scores", "--lang", "en", str(path)]) == 0
    assert "issuer level: 县 (configured issuer-level)" in capsys.readouterr().out


def test_score_values_are_worked_out_once_per_node() -> None:
    report = parse(
        "（1）管理效率总分值22分，自评分值为20分。\n"
        "其中：战略管理共2分，得2分；预算编制共5分，得5分；绩效管理共5分，得4分。\n"
    )
    nodes = list(report.score_nodes())
    parent = next(n for n in nodes if n.children)
    assert parent.max_value == Decimal(22)
    assert sum((c.score_value or Decimal(0) for c in parent.children), Decimal(0)) == Decimal(11)
    assert parent.recomputed_value() == Decimal(11)
    # Cached on the node: a later change to the tree is not seen (the parser finishes the tree first).
    parent.children[0].scores.clear()
    assert parent.children[0].score_value == Decimal(2)


def test_the_analysis_layer_sits_between_the_model_and_the_rules() -> None:
    """linter/ imports rules/ only where the registry loads them; the analysis reads the model and the parser's
    helpers, nothing above them."""
    import ast

    root = Path(__file__).resolve().parents[1]
    above = ("rules", "linter.engine", "linter.cli", "linter.render", "linter.outcome", "linter.rule")
    for path in sorted((root / "linter").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [
            n.module if isinstance(n, ast.ImportFrom) else a.name
            for n in ast.walk(tree)
            if isinstance(n, ast.Import | ast.ImportFrom)
            for a in n.names
            if not isinstance(n, ast.ImportFrom) or n.module
        ]
        for name in names:
            assert name is not None
            where = f"{path.relative_to(root)} imports {name}"
            if path.name != "registry.py":  # the registry loads the rules; nothing else in linter/ names one
                assert name != "rules" and not name.startswith("rules."), where
            if "analysis" in path.parts:
                assert not name.startswith(above), where
