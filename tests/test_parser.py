"""The lark line grammar and the score tree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from linter.model import ClaimKind, Family, NodeKind
from linter.parse.numbers import to_decimal
from linter.parse.parser import parse, parse_paragraphs


def claims(text: str) -> list[tuple[str, str, str]]:
    out = []
    for p in parse_paragraphs(text):
        for c in p.claims:
            out.append((c.kind.value, str(c.value), text[c.span.start : c.span.end]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分值为2分", [("max", "2", "分值为2分")]),
        ("分值3分", [("max", "3", "分值3分")]),
        ("分值得3分", [("max", "3", "分值得3分")]),
        ("共2分", [("max", "2", "共2分")]),
        ("总分值为30分", [("max", "30", "总分值为30分")]),
        ("总分为22分", [("max", "22", "总分为22分")]),
        ("满分10分", [("max", "10", "满分10分")]),
        ("预算执行率（10分）", [("max", "10", "（10分）")]),
        ("预算执行率(10分)", [("max", "10", "(10分)")]),
        ("得3分", [("score", "3", "得3分")]),
        ("得分2分", [("score", "2", "得分2分")]),
        ("自评分值为20分", [("score", "20", "自评分值为20分")]),
        ("自评分30分", [("score", "30", "自评分30分")]),
        ("自评得分为96分", [("score", "96", "自评得分为96分")]),
        ("得分为96分", [("score", "96", "得分为96分")]),
        ("得 3 分", [("score", "3", "得 3 分")]),
        ("得三分。", [("score", "3", "得三分")]),
        ("总分值为二十二分，", [("max", "22", "总分值为二十二分")]),
        ("分值两分。", [("max", "2", "分值两分")]),
        ("得９.５分", [("score", "9.5", "得９.５分")]),
        ("分值2.5分，得2.25分", [("max", "2.5", "分值2.5分"), ("score", "2.25", "得2.25分")]),
        ("执行率101.47%，按满分计10.00分。", [("score", "10.00", "计10.00分")]),
        ("完成率90%，按完成比例计5.4分。", [("score", "5.4", "计5.4分")]),
        ("完成率90%，按完成比例计得5.4分。", [("score", "5.4", "得5.4分")]),
        ("执行率100%，按满分计。", [("score", "0", "满分计")]),  # full marks: the item's 分值 fills it in
        ("执行率100%，计满分。", [("score", "0", "计满分")]),
        ("全部达标，记满分。", [("score", "0", "记满分")]),
        ("全部达标，给予满分。", [("score", "0", "予满分")]),
        ("按计划完成，计10分。", [("score", "10", "计10分")]),  # 计 opening the clause after the result
        ("指标甲（10分）：完成12个，得分：10。", [("max", "10", "（10分）"), ("score", "10", "得分：10")]),  # 分 left out
    ],
)
def test_score_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我区总得分为789540分，位列全市各县区之首。",
        "得分率为95%",
        "10分钟内到达",
        "部分单位分别完成",
        "三分之一的企业",
        "显得十分重要",
        "觉得十分满意",
        "得十分重要的成果",
        "共派出检查组1585个",
        "值得3分钟的讨论",
        "分局、分队按3分类",
        "三项合计10分",  # 计 states a score only after 按 in its clause
        "共3项，计10分",  # after a count: their points together, not a score
        "培训12期，各计10分",
        "按规定累计10分",
        "计划10个",
        "按满分计算，",
        "不予满分",
        "未计满分",
    ],
)
def test_not_score_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("line", "family", "value", "inline"),
    [
        ("一、自评结论", Family.CN, 1, False),
        ("一\u00a0、自评结论", Family.CN, 1, False),
        ("(一)、部门整体绩效", Family.PAREN_CN, 1, False),
        ("（三）主要成效", Family.PAREN_CN, 3, False),
        ("2、从绩效创新型指标维度", Family.ARABIC, 2, False),
        ("6.致力防灾减灾宣传工作", Family.ARABIC, 6, False),
        ("１．全角编号", Family.ARABIC, 1, False),
        ("（10）满意度", Family.PAREN_ARABIC, 10, False),
        ("　　（2）贯彻实施", Family.PAREN_ARABIC, 2, False),
        ("③第三项", Family.CIRCLED, 3, False),
        ("2）负责乙工作", Family.HALF_PAREN_ARABIC, 2, False),
        ("二、2023年度绩效自评工作开展情况", Family.CN, 2, False),
        ("  12) 资产管理", Family.HALF_PAREN_ARABIC, 12, False),
        ("主要成效:1、强化风险防范", Family.ARABIC, 1, True),
        ("当年区委、区政府布置的重点工作：（1）负责应急管理工作", Family.PAREN_ARABIC, 1, True),
        ("第一部分 投入（分值20分，得分19.5分）", Family.PART, 1, False),
        ("第十二部分　结论", Family.PART, 12, False),
        ("第二章 总则", Family.CHAPTER, 2, False),
        ("第3节 资金管理", Family.SECTION, 3, False),
    ],
)
def test_markers(line: str, family: Family, value: int, inline: bool) -> None:
    (paragraph,) = parse_paragraphs(line)
    assert paragraph.marker is not None
    assert (paragraph.marker.family, paragraph.marker.value, paragraph.marker.inline) == (
        family,
        value,
        inline,
    )


@pytest.mark.parametrize(
    "line",
    [
        "2022年应急管理局",
        "1.49万元的预算",
        "5·12全国防灾减灾日",
        "附件1：自评表",
        "一是压紧压实责任",
        "其中：战略管理共2分",
        "十十.重复的数字",  # Chinese numerals that make no number: no marker, and no crash
        "二十二十、工作",
        "（五十十）说明",
        "1）)重复的括号",
        "2）3）连写的编号",
        "说明：1）只在行首",
        "第一节课由局长主讲",
        "按第二部分的要求整改",
        "第一，压实责任",
    ],
)
def test_not_markers(line: str) -> None:
    (paragraph,) = parse_paragraphs(line)
    assert paragraph.marker is None


def test_inline_marker_needs_a_label() -> None:
    (paragraph,) = parse_paragraphs("今年以来，共派出检查组，具体如下：1、检查企业")
    assert paragraph.marker is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", "12"),
        ("１２", "12"),
        ("2.5", "2.5"),
        ("二十二", "22"),
        ("两", "2"),
        ("十", "10"),
        ("一百零五", "105"),
    ],
)
def test_numbers(text: str, value: str) -> None:
    assert to_decimal(text) == Decimal(value)


def test_spans_survive_crlf_bom_and_fullwidth_spaces() -> None:
    text = "　　（1）运行成本总分值为8分，自评分值为6分。\r\n培训场次，分值为2分。得3分。\r\n"
    report = parse(text)
    claim = report.paragraphs[1].claims[1]
    assert report.slice(claim.span) == "得3分"
    assert report.position(claim.span.start) == (2, 12)


def test_score_tree_shape() -> None:
    text = (
        "部门整体绩效自评得分为26分\n"
        "（1）管理效率总分值12分，自评分值为11分。\n"
        "其中：战略管理共2分，得分2分；预算编制共5分，符合标准得3分，预算调整率=23%>0%,得1分；绩效管理共5分，得5分。\n"
        "（2）社会效应总分值为15分，自评分15分\n"
        "其中：经济效益指标得5分，减少了损失，得5分；生态效益指标，分值为10分。其中：未发生事故，得5分，未发生火灾，得5分。\n"
    )
    report = parse(text)
    assert report.overall is not None and report.overall.value == 26
    (block,) = report.blocks
    first, second = block.nodes
    assert (first.kind, first.label, first.max and first.max.value) == (NodeKind.SECTION, "管理效率", 12)
    assert [c.label for c in first.children] == ["战略管理", "预算编制", "绩效管理"]
    assert [c.score_value for c in first.children] == [2, 4, 5]
    economic, ecology = second.children
    assert economic.score_value == 5 and len(economic.scores) == 2
    assert ecology.score_value == 10 and [p.kind for p in ecology.children] == [NodeKind.PART, NodeKind.PART]


def test_claim_kinds_in_order() -> None:
    (p,) = parse_paragraphs("（1）运行成本总分值为8分，占比为8%，自评分值为6分。公用经费控制率<100%,得2分")
    assert [c.kind for c in p.claims] == [ClaimKind.MAX, ClaimKind.SCORE, ClaimKind.SCORE]
    assert [c.total for c in p.claims] == [True, True, False]


def test_unparseable_text_is_prose() -> None:
    text = "\x00\x01（（（ ））分分分得得得 ：：；；。。其中其中\n\n\t"
    report = parse(text)
    assert len(report.paragraphs) == 3


@pytest.mark.parametrize(
    "text",
    [
        "工作如下：一、加强管理",
        "得分：1、",
        "其中：（1）",
        "：：1、：（一）",
        "a：①\r（2）\r\n 3.",
        "分值：2、3月份",
        "：\u3000（1）",
    ],
)
def test_colons_before_marker_lookalikes_parse(text: str) -> None:
    assert len(parse(text).paragraphs) == text.count("\n") + text.count("\r") - text.count("\r\n") + 1
