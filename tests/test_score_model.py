"""The score model on the shapes official reports take: what each number is, which nodes are the first level,
and which sums are checked. Each shape has a reading it must give and a look-alike it must not misread."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from linter.engine import Linter
from linter.model import Report, Role
from linter.outcome import file_result, recomputed_score
from linter.parse.parser import parse, parse_paragraphs
from linter.source import read_source
from tests.conftest import SEED_DIR


def codes(text: str) -> list[str]:
    """The score rules' errors and warnings (the texts are excerpts: their numbering is not the point)."""
    found = Linter().lint_text(text).diagnostics
    return [d.code for d in found if d.severity.value != "info" and d.code.startswith("SC")]


def roles(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.kind.value, str(c.value), c.role.value) for p in parse_paragraphs(text) for c in p.claims
    ]


# --- what a number is ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("产出指标合计得48分。", [("score", "48", "subtotal")]),
        ("本项得8分。", [("score", "8", "subtotal")]),
        ("小计：得30分。", [("score", "30", "subtotal")]),
        ("满意度：得10分。", [("score", "10", "item")]),
        ("以下各项分值均为10分。", [("max", "10", "each")]),
        ("各得2分。", [("score", "2", "each")]),
        ("质量指标共3项，各5分。", [("max", "15", "item")]),  # counted: the items together
        ("五项，各得2分。", [("score", "10", "item")]),
        ("全部达到目标，均得满分。", [("score", "0", "full")]),
        ("满意度测评得分92.3分，得10分。", [("score", "92.3", "external"), ("score", "10", "item")]),
        ("在全省年度考核中，我局得分95.6分。", [("score", "95.6", "external")]),
        ("在省考核中，我市得分95.5分，位列全省第三。", [("score", "95.5", "external")]),
        ("在省生态环境厅组织的2023年度各市大气污染防治工作考核中，我市得分95.5分。", [("score", "95.5", "external")]),
        ("在上级考核中，我局得分96分。", [("score", "96", "external")]),
        ("在市里的指导下，项目得10分。", [("score", "10", "item")]),
        ("在省考核中，我局自评得分95分。", [("score", "95", "item")]),
        ("基础得分99分，另有加分项2分，综合得分101分。", [("score", "99", "base"), ("score", "101", "item")]),
        ("预算调整率12.69%，扣1分，得1分。", [("score", "1", "item")]),  # 扣 is not a score
        # a scoring rule states what an item WOULD get: its 得N分 is no score; the report's own score follows it
        (
            "评分标准：目标与部门职责相匹配的得4分，每有一项不符扣1分。本局目标与职责一致，得4分。",
            [("score", "4", "rule"), ("score", "4", "item")],
        ),
        ("评分规则：目标明确，得4分。自评得分4分。", [("score", "4", "rule"), ("score", "4", "item")]),
        (
            "评分标准：目标与职责相匹配的得4分，每有一项不符扣1分，本局目标与职责一致，得4分。",
            [("score", "4", "rule"), ("score", "4", "item")],
        ),
        ("完成率达到100%得满分，每低1个百分点扣0.2分。", [("score", "0", "rule")]),
        ("满意率95%及以上得10分，90%（含）至95%得9分。", [("score", "10", "rule"), ("score", "9", "rule")]),
        ("按时报送的，得2分；否则得0分。本局按时报送，得2分。", [("score", "2", "rule"), ("score", "0", "rule"), ("score", "2", "item")]),
        ("每完成一项得1分，本项目完成4项，得4分。", [("score", "1", "rule"), ("score", "4", "item")]),
        # look-alikes: a rule cited, then the result; a result after a comma; the item's own rate reckoned
        ("根据评分标准：目标明确，得4分。", [("score", "4", "item")]),
        ("复查率达到100%，得2分。", [("score", "2", "item")]),
        ("每季度均按时完成得3分。", [("score", "3", "item")]),
        ("执行率102%，超过100%的部分按满分计。", [("score", "0", "full")]),
        ("各项指标均达到目标值，均得满分。", [("score", "0", "full")]),
        # an outside assessment's scale: its 满分 after its score, its score after its 满分
        (
            "在全市考核中得分96.5分（满分100分），得8分。",
            [("score", "96.5", "external"), ("max", "100", "external"), ("score", "8", "item")],
        ),
        (
            "全省考核满分100分，我县得98.5分，社会效益明显，得30分。",
            [("max", "100", "external"), ("score", "98.5", "external"), ("score", "30", "item")],
        ),
        ("知识竞赛满分100分，平均得分86分。", [("max", "100", "external"), ("score", "86", "external")]),
        (
            "在全市考核中，得分96.5分（满分100分），得8分。",
            [("score", "96.5", "external"), ("max", "100", "external"), ("score", "8", "item")],
        ),
        ("推迟完成，得8分（满分9分）。", [("score", "8", "item"), ("max", "9", "item")]),
        ("在全市考核中取得好成绩，得10分。", [("score", "10", "item")]),
        # a quiz's statistics
        (
            "参赛群众平均得分86分，最高得分100分，得30分。",
            [("score", "86", "external"), ("score", "100", "external"), ("score", "30", "item")],
        ),
        # look-alikes: an indicator's own 满分 and score
        ("考核指标：满分10分，得9分。", [("max", "10", "item"), ("score", "9", "item")]),
        ("年度考核满分10分，得9分。", [("max", "10", "item"), ("score", "9", "item")]),
        ("2.满意度测评（满分10分）：得9分。", [("max", "10", "item"), ("score", "9", "item")]),
        ("考评得分8分，分值10分，得8分。", [("score", "8", "external"), ("max", "10", "item"), ("score", "8", "item")]),
        # bare points in brackets after 得分: a score, an outside one when the clause quotes another's
        ("较市财政局2022年重点绩效评价得分（86.5分）有明显提升。", [("score", "86.5", "external")]),
        ("本项目得分较上年得分（96分）提高2分。", [("score", "96", "external")]),
        ("在全省考核得分（95分）。", [("score", "95", "external")]),
        ("产出指标得分（48分）。", [("score", "48", "item")]),
        ("产出指标（48分）。", [("max", "48", "item")]),
        # a contest's, a team's or an outside assessment's total, or points won in a contest: not the indicator's
        ("参加全省知识竞赛获团体总分285分，得5分。", [("max", "285", "external"), ("score", "5", "item")]),
        ("我局代表队总分为92分，得5分。", [("max", "92", "external"), ("score", "5", "item")]),
        ("全县营商环境评价总分88.6分，得5分。", [("max", "88.6", "external"), ("score", "5", "item")]),
        ("参加全市竞赛获得92分，得5分。", [("score", "92", "external"), ("score", "5", "item")]),
        (
            "共28支代表队参赛，最高团体得分286分、最低团体得分198分，分值10分，得10分。",
            [("score", "286", "external"), ("score", "198", "external"), ("max", "10", "item"), ("score", "10", "item")],
        ),
        ("满意度调查得分92.5分，高于目标值，得10分。", [("score", "92.5", "external"), ("score", "10", "item")]),
        ("3.满意度调查：得分9分。", [("score", "9", "item")]),
        ("本次绩效评价总分100分，自评得分96分。", [("max", "100", "item"), ("score", "96", "item")]),
        ("项目获得5分。", [("score", "5", "item")]),
        # a weight in per cent is the indicator's points; other percentages are not
        ("2.产出质量（权重10%）：验收合格率100%，得10.5分。", [("max", "10", "item"), ("score", "10.5", "item")]),
        ("验收合格率100%，权重为10%，得10分。", [("max", "10", "item"), ("score", "10", "item")]),
        ("完工率89.04%，得7.5分。", [("score", "7.5", "item")]),
        ("资金占比10%，得7.5分。", [("score", "7.5", "item")]),
        ("满意度调查结果按权重10%折算。", []),  # the weight a result is scaled by
        ("满意度92%乘以权重10%，得9.2分。", [("score", "9.2", "item")]),
    ],
)
def test_claim_roles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert roles(text) == expected


def test_an_assessment_earlier_in_the_sentence_does_not_make_the_indicator_score_external() -> None:
    text = "2.社会效益，分值15分。在全省年度综合考评中考评得分96.5分、获评优秀等次，得15分。"
    assert [r for _, _, r in roles(text)] == ["item", "external", "item"]


def test_surveyed_objects_are_not_an_assessment() -> None:
    # 全州 … 检查 without “…中”: an indicator's own score.
    assert roles("年度计划对全州11处自然保护区开展监督检查24次，实际开展24次，得5分。")[0][2] == Role.ITEM.value


# --- prose shapes --------------------------------------------------------------------------------------------


COMMON_2013 = """部门整体支出绩效自评报告
经自评，本局部门整体支出绩效自评得分35分。
1.投入（15分，得15分）
（1）目标设定（5分）：绩效目标合理性得2分；绩效指标明确性得3分。
（2）预算配置（10分）：在职人员控制率94%，得3分；“三公”经费变动率-12%，得3分；重点支出安排率81%，得4分。
2.过程（20分，得20分）
（1）预算执行（20分，得20分）：预算完成率98%，得5分；预算调整率7%，扣1分，得5分；支付进度达到要求，得10分。
"""


def test_inline_claims_of_the_2013_style() -> None:
    report = parse(COMMON_2013)
    assert not any(b.first_level for b in report.blocks)  # two of the four: not the whole first level
    [block] = report.blocks
    tops = {n.label: n for n in block.nodes}
    goal = next(c for c in tops["投入"].children if c.label == "目标设定")
    assert goal.score is None and goal.score_value == 5  # the sum of its items, no 得分 of its own
    assert [c.score_value for c in goal.children] == [2, 3]  # siblings, not a parent and its child
    assert codes(COMMON_2013) == []
    assert "SC201" in codes(COMMON_2013.replace("得4分。", "得5分。"))  # 预算配置 now gives 11 of 10


TEN_HAO_PROSE = """项目支出绩效自评报告
三、综合评价结论
经综合评价，本项目预算执行率得分9.7分，产出指标得分48分，效益指标得分29分，满意度指标得分10分，自评总得分96.7分。
四、绩效目标实现情况分析
（一）资金投入和使用情况
项目全年预算96.00万元，实际支出93.12万元，预算执行率为97.0%，按执行率计算得9.7分。
（二）产出指标完成情况（50分）
产出指标共5项，以下各项分值均为10分。
1.数量指标：维修工程处数，实际完成126处，得10分。
2.数量指标：更换管道长度，实际完成18.6公里，得10分。
3.质量指标：验收合格率100%，得10分。
4.质量指标：消毒设备运行率96.8%，得10分。
5.时效指标：完工及时率，推迟一个月，得8分。
产出指标合计得48分。
（三）效益指标完成情况（30分）
1.社会效益指标：受益人口数，分值15分，得15分。
2.可持续影响指标：管护机制，分值15分，得14分。
效益指标合计得29分。
（四）满意度指标完成情况（10分）
服务对象满意度，分值10分，满意度为94.6%，得10分。
"""


def test_ten_hao_prose_reads_its_first_level_completely() -> None:
    report = parse(TEN_HAO_PROSE)
    assert report.framework is not None and report.framework.id == "project-2020"
    [block] = [b for b in report.blocks if b.first_level]
    assert [n.key for n in block.first_level_nodes()] == ["budget-execution", "output", "effect", "satisfaction"]
    output = block.nodes[0]
    assert [c.max.value for c in output.children if c.max] == [Decimal(10)] * 5  # 以下各项分值均为10分
    assert output.score is not None and output.score.role is Role.SUBTOTAL  # the closing line, not an item
    assert codes(TEN_HAO_PROSE) == []
    assert recomputed_score(report) == Decimal("96.7")


def test_a_wrong_subtotal_line_is_found_not_hidden() -> None:
    assert "SC201" in codes(TEN_HAO_PROSE.replace("产出指标合计得48分", "产出指标合计得49分"))


def test_a_restated_total_that_does_not_add_up_is_found() -> None:
    wrong = TEN_HAO_PROSE.replace("自评总得分96.7分", "自评总得分97.7分")
    found = [d for d in Linter().lint_text(wrong).diagnostics if d.code == "SC201"]
    assert found and "96.7" in found[0].message.zh and "97.7" in found[0].message.zh


def test_ten_hao_without_budget_execution_stated_anywhere_checks_no_total() -> None:
    text = "本项目总分100分，项目整体自评得分为85分。\n一、产出指标（50分），自评得分45分。\n二、效益指标（30分），自评得分30分。\n三、满意度指标（10分），自评得分10分。\n"
    assert codes(text) == []


def test_a_declared_bonus_makes_a_legal_101() -> None:
    text = COMMON_2013.replace("自评得分35分。", "基础得分35分，另有加分项2分，综合得分37分。")
    assert codes(text) == []


@pytest.mark.parametrize(
    ("sentence", "base", "bonus"),
    [
        ("基础分96分，加分项1.5分，扣分项0.5分，综合得分97分。", "96", ["1.5", "-0.5"]),
        ("基础分96分，另有加分项1.5分，综合得分97.5分。", "96", ["1.5"]),
        ("基础得分96分，加分项1.5分，综合得分97.5分。", "96", ["1.5"]),
        ("综合得分97.5分（含加分1.5分）。", None, ["1.5"]),
        ("综合得分97分，其中加分项1.5分，扣分项0.5分。", None, ["1.5", "-0.5"]),
        ("得分96分，加上加分1.5分，总得分97.5分。", "96", ["1.5"]),
        # look-alikes: the bonus comes on top of the score, is not in it, or the points lost are no deduction item
        ("部门整体自评得分96分，加上加分1.5分，最终得分97.5分。", None, []),
        ("综合得分96分（不含加分1.5分）。", None, []),
        ("满分100分，扣分4分，综合得分96分。", None, []),
        ("综合得分96分。获评先进集体，加分1分。", None, []),
    ],
)
def test_the_overall_scores_base_and_bonus(sentence: str, base: str | None, bonus: list[str]) -> None:
    report = parse(f"经自评，{sentence}\n（一）投入（50分，得48分）\n（二）产出（50分，得48分）\n")
    assert report.overall is not None
    assert (str(report.overall_base.value) if report.overall_base else None) == base
    assert [str(c.value) for c in report.overall_bonus] == bonus


@pytest.mark.parametrize(
    "result",
    [
        "建成智慧监管平台，组队参加全省食品安全知识竞赛获团体总分285分",
        "我局代表队总分为92分",
        "全县营商环境评价总分88.6分",
        "参加全市竞赛获得92分",
        "获总分92分",  # no contest named: an item stating its points takes no second ones in its clause
    ],
)
def test_an_outside_total_inside_an_indicator_is_neither_its_points_nor_its_score(result: str) -> None:
    text = (
        "（一）效果（25分，得24分）\n社会效益（10分）：成效明显，得10分；可持续影响（5分）：{}，得{}分；"
        "满意度（10分）：满意度92%，得9分。\n"
    )
    assert codes(text.format(result, 5)) == []
    assert sorted(codes(text.format(result, 6))) == ["SC101", "SC201"]  # the real score is still read


def test_a_total_above_the_sections_points_is_no_item_of_it() -> None:
    text = "（一）效果（25分，得24分）\n社会效益（10分）：成效明显，得10分；可持续影响：获总分92分，得5分；满意度（10分）：满意度92%，得9分。\n"
    assert "SC202" not in codes(text)


def test_distributive_score_over_unlisted_items_is_not_summed() -> None:
    text = "（二）产出指标（分值50分，得分49.5分）\n新建和改造两项均完成，各得10分。渠道长度未达目标，分值5分，得4.5分。\n"
    assert codes(text) == []


def scored(text: str) -> list[tuple[str, str | None, bool, list[str]]]:
    """Each prose node: its label, its score, whether its parts are summed, and its parts' scores."""
    out = []
    for block in parse(text).blocks:
        for top in block.nodes:
            for node in top.walk():
                value = node.score_value
                parts = [str(c.score_value) for c in node.children]
                out.append((node.label, None if value is None else str(value), not node.uncertain, parts))
    return out


ONLY_DEDUCTIONS = "（二）产出指标（分值50分）。产出指标自评得分49.60分。{}乡村道安防工程完成54公里，完成率90%，得5.40分。\n"


@pytest.mark.parametrize("between", ["", "7项三级指标中6项全部完成；"])
def test_a_section_score_named_again_is_its_own_and_one_part_is_no_breakdown(between: str) -> None:
    text = ONLY_DEDUCTIONS.format(between)
    # 49.60 is the section's own score, never a part added to 5.40 (55 is a number the report never states)
    assert scored(text)[0] == ("产出指标", "49.60", False, ["5.40"])
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "（二）产出指标（权重50分）。6项指标中5项全部完成；购置基础母牛1420头，完成94.67%，得9.47分。产出指标合计得49.47分。\n",
        "（二）产出指标（分值50分）。本指标得分49.60分。安防工程完成率90%，得5.40分。\n",
        "（二）产出指标（分值50分）。自评得分49.60分。安防工程完成率90%，得5.40分。\n",
    ],
)
def test_one_part_without_points_of_its_own_is_not_summed(text: str) -> None:
    assert codes(text) == []


def test_two_parts_and_a_part_with_points_are_still_summed() -> None:
    two = "（二）产出指标（分值50分）。产出指标自评得分49.60分。数量指标得20分；质量指标得20分。\n"
    assert scored(two)[0] == ("产出指标", "49.60", True, ["20", "20"])
    assert codes(two) == ["SC201"]
    own_points = "（二）产出指标（分值50分，得分49分）。数量指标（分值30分），得28分。\n"
    assert "SC201" in codes(own_points)  # (and SC202: its one part is worth 30 of 50)
    # after 其中, one part is picked out of the others, not the full list
    assert codes(own_points.replace("数量指标", "其中数量指标")) == []


def test_a_first_score_of_another_name_is_a_part() -> None:
    text = "（二）产出指标（分值50分）。数量指标得30分。质量指标得19.6分。\n"
    assert scored(text)[0] == ("产出指标", "49.6", True, ["30", "19.6"])


def test_a_bracket_stating_points_and_score_is_the_sections_own_before_its_items() -> None:
    text = "（三）效益指标（分值30分，得28分）：盖度提高1.7个百分点，未达目标，得8分；劳务收入1860万元，得10分；机制健全，得10分。\n"
    assert scored(text)[0] == ("效益指标", "28", True, ["8", "10", "10"])  # never 28 + 8 = 36
    assert codes(text) == []
    assert codes(text.replace("得28分", "得27分")) == ["SC201"]


BARE = "1.预算执行（20分，得{}分）：预算完成率96.44%，分值4分，得3.5分；预算调整率8.33%，分值2分，得1.5分；支付进度率2分，得2分；结转结余率2分，得2分；公用经费控制率96.18%，分值10分，得10分。\n"


def test_bare_points_before_a_score_in_a_list_of_points_are_the_indicators() -> None:
    """支付进度率2分，得2分 among items stating 分值: the 2 points are the indicator's, so the list is summed."""
    assert scored(BARE.format("19"))[0] == ("预算执行", "19", True, ["3.5", "1.5", "2", "2", "10"])
    assert codes(BARE.format("19")) == []
    assert codes(BARE.format("18.5")) == ["SC201"]


@pytest.mark.parametrize(
    "line",
    [
        "满意度（5分）：群众满意度95分，得5分；服务对象满意度92分，得5分。",  # the survey's result
        "预算执行（6分）：预算执行率98%，扣1分，得5分；政府采购执行率100%，得1分。",  # a deduction
        "服务质量（5分）：平均95分，得5分；服务态度良好，得5分。",  # an average mark
    ],
)
def test_points_that_are_no_indicators_points_are_not_read(line: str) -> None:
    assert all(c.kind.value != "max" or c.keyword for p in parse_paragraphs(line) for c in p.claims)


SUB_HEAD = "（三）产出指标（分值30分，得分29分）\n职责履行（分值30分）：{}\n"
SUB_ITEMS = "实际完成率分值8分，得8分；完成及时率分值8分，1项工作延期，得7分；质量达标率分值8分，得8分；重点工作办结率分值6分，得6分。"


@pytest.mark.parametrize("items", [SUB_ITEMS, "\n" + SUB_ITEMS.replace("；", "；\n")])
def test_an_unnumbered_line_heading_its_items_holds_them(items: str) -> None:
    """职责履行（分值30分）：甲分值8分，得8分；… on one line or with the items on the lines after it: the line
    is a sub-section of the items, as with a number in front, and each item is named by its own words."""
    text = SUB_HEAD.format(items)
    assert scored(text)[:3] == [
        ("产出指标", "29", True, ["29"]),
        ("职责履行", "29", True, ["8", "7", "8", "6"]),
        ("实际完成率", "8", True, []),
    ]
    assert codes(text) == []
    assert codes(text.replace("办结率分值6分", "办结率分值8分")) == ["SC202"]


TWO_SUB_HEADS = (
    "（三）产出指标（分值30分，得分29分）\n职责履行（分值18分）：\n实际完成率分值8分，得8分；\n"
    "完成及时率分值10分，1项工作延期，得9分。\n工作质量（分值12分）：\n质量达标率分值6分，得6分；\n重点工作办结率分值6分，得6分。\n"
)


def test_head_lines_each_hold_the_lines_up_to_the_next() -> None:
    assert [s[:2] for s in scored(TWO_SUB_HEADS)][:3] == [("产出指标", "29"), ("职责履行", "17"), ("实际完成率", "8")]
    assert scored(TWO_SUB_HEADS)[4][:2] == ("工作质量", "12")
    assert codes(TWO_SUB_HEADS) == []
    wrong = Linter().lint_text(TWO_SUB_HEADS.replace("及时率分值10分", "及时率分值12分")).diagnostics
    assert [(d.code, d.message.zh) for d in wrong if d.code.startswith("SC")] == [
        ("SC202", "职责履行：分项分值合计20分（8+12），与分值18分不符")
    ]


def test_a_line_with_its_own_score_after_words_is_no_head_line_even_ending_with_a_colon() -> None:
    text = (
        "（三）产出（分值25分，得分24分）\n实际完成率（分值7分）：年度工作全部完成，得7分：\n"
        "完成及时率分值6分，得6分。\n质量达标率分值6分，得6分。\n重点工作办结率分值6分，得5分。\n"
    )
    assert [s[:2] for s in scored(text)] == [
        ("产出", "24"), ("实际完成率", "7"), ("完成及时率", "6"), ("质量达标率", "6"), ("重点工作办结率", "5")
    ]
    assert codes(text) == []


INLINE_SIBLINGS = (
    "（一）产出指标分值50分，得47分。\n"
    "①禁牧面积，分值10分，得10分；②草畜平衡面积，分值10分，得10分；③兑付率，分值10分，得10分；"
    "④管护员人数，分值10分，得9分；⑤发放及时率，分值10分，得8分。\n"
)


def test_the_next_items_of_a_list_written_on_its_first_items_line_are_its_siblings() -> None:
    """①甲…；②乙…；③丙…: the items after ② are the next items of ①'s list, not ①'s parts."""
    assert [s[:2] for s in scored(INLINE_SIBLINGS)] == [
        ("产出指标", "47"), ("禁牧面积", "10"), ("草畜平衡面积", "10"), ("兑付率", "10"), ("管护员人数", "9"),
        ("发放及时率", "8"),
    ]
    assert codes(INLINE_SIBLINGS) == []
    assert codes(INLINE_SIBLINGS.replace("得47分", "得46分")) == ["SC201"]
    two = "（一）效益指标分值30分，得30分。\n（1）覆盖率，分值20分，得20分；（2）长效机制，分值10分，得10分。\n"
    assert codes(two) == []
    assert codes(two.replace("长效机制，分值10分", "长效机制，分值15分")) == ["SC202"]


def test_a_number_of_another_list_in_a_line_is_no_sibling() -> None:
    """（1）…；其中（1）… or a ② after a （1） heading: not the next item of the heading's own list."""
    text = "（一）产出指标分值20分，得20分。\n（1）培训，分值20分，得20分，其中：①线上培训，分值10分，得10分；②线下培训，分值10分，得10分。\n"
    assert [s[0] for s in scored(text)][:2] == ["产出指标", "培训"]
    assert codes(text) == []


def test_scores_given_respectively_are_no_second_score_of_the_indicator() -> None:
    """甲、乙、丙分别得5分、4分、5分 after the indicator's own 得23分: not 23 + 5 = 28 (a number nowhere in the text)."""
    text = "管理效率分值25分，得23分，其中预算编制、预算执行、绩效管理、资产管理、政府采购分别得5分、4分、5分、4分、4分。\n"
    assert scored(text)[0][:2] == ("管理效率", "23")
    assert codes(text) == []


def test_a_paragraph_summing_up_the_evaluation_is_no_part_of_the_last_section() -> None:
    text = (
        "（二）产出（分值50分，得分49分）\n实际完成率：分值50分，得分49分。\n（三）加分项（分值5分，得分2分）\n"
        "获评全省示范单位，加2分。\n综上，基础得分98分，加分2分，最终得分100分。\n"
    )
    assert codes(text) == []
    own = "（二）产出（分值50分）\n实际完成率：分值50分，得分49分。\n（三）满意度（分值10分）\n满意度95%。\n综上，本项得9分。\n"
    assert ("满意度", "9") in [s[:2] for s in scored(own)]


def test_a_bracketed_indicator_with_its_score_after_the_colon_is_no_sub_section() -> None:
    """产出数量（分值10分）：完成…，得10分；产出质量分值10分，…: the bracket is the first indicator's own 分值."""
    text = "（二）产出指标（分值20分，得分19分）\n产出数量（分值10分）：完成改造120户，得10分；产出质量分值10分，合格率98%，得9分。\n"
    assert [s[:2] for s in scored(text)] == [("产出指标", "19"), ("产出数量", "10"), ("产出质量", "9")]
    assert codes(text) == []


def test_an_item_after_a_headings_own_points_is_named_by_its_own_words() -> None:
    text = "1. 履职效益（分值15分）：经济效益分值5分，得5分；社会效益分值5分，得5分；生态效益分值5分，得4分。\n"
    assert [s[0] for s in scored(text)] == ["履职效益", "经济效益", "社会效益", "生态效益"]


LIST_THEN_PROSE = "一、自评得分情况\n{0}效益指标得29.66分；\n{1}满意度指标得10.00分。\n{2}\n"


@pytest.mark.parametrize("marks", [("① ", "② "), ("1. ", "2. "), ("（1）", "（2）")])
@pytest.mark.parametrize(
    "after", ["在省考核中，我市得分95.5分，位列全省第三。", "专家组复核，我市得分95.5分，另有两项各得1分。"]
)
def test_a_paragraph_after_a_list_of_one_line_items_is_not_the_last_items_part(
    marks: tuple[str, str], after: str
) -> None:
    text = LIST_THEN_PROSE.format(*marks, after)
    assert [(label, value, parts) for label, value, _, parts in scored(text)] == [
        ("效益指标", "29.66", []),
        ("满意度指标", "10.00", []),
    ]
    assert codes(text) == []


def test_a_subtotal_after_a_list_of_one_line_items_closes_the_lists_parent() -> None:
    text = "（二）效益指标（分值30分）\n1. 社会效益，分值15分，得15分。\n2. 生态效益，分值15分，得15分。\n小计：得30分。\n"
    assert scored(text)[0] == ("效益指标", "30", True, ["15", "15"])
    assert codes(text) == []
    assert codes(text.replace("小计：得30分", "小计：得29分")) == ["SC201"]


def test_a_score_after_a_list_of_one_line_items_leaves_the_lists_parent_unsummed() -> None:
    text = "（一）产出指标（分值50分，得分48分）\n1. 数量指标得20分；\n2. 质量指标得18分。\n综上，本局综合得分94分。\n"
    assert scored(text)[0] == ("产出指标", "48", False, ["20", "18"])
    assert codes(text) == []


def test_a_paragraph_that_says_it_goes_on_stays_with_the_last_item() -> None:
    text = LIST_THEN_PROSE.format("① ", "② ", "其中：社会公众满意度得5分；服务对象满意度得4分。")
    assert scored(text)[1] == ("满意度指标", "10.00", True, ["5", "4"])
    assert codes(text) == ["SC201"]


def test_a_paragraph_under_a_heading_item_is_its_body() -> None:
    text = "（一）产出指标（分值50分，得分48分）\n1. 数量指标（分值20分）\n数量指标全部完成，得20分。\n2. 质量指标（分值30分）\n质量指标完成率90%，得27分。\n"
    assert [(label, value) for label, value, _, _ in scored(text)][:1] == [("产出指标", "48")]
    assert codes(text) == ["SC201"]


# --- tables -------------------------------------------------------------------------------------------------


def table(*rows: str) -> str:
    return "\n".join(rows) + "\n"


FUNDS = ("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "年度资金总额\t100\t100\t98\t10\t98%\t9.8")
INDICATORS = (
    "一级指标\t二级指标\t三级指标\t分值\t得分",
    "产出指标\t数量指标\t完成数量\t50\t48",
    "小计\t\t\t50\t48",
    "效益指标\t社会效益指标\t受益人数\t30\t29",
    "效益指标小计\t\t\t30\t29",
    "满意度指标\t服务对象满意度指标\t满意度\t10\t10",
    "总分\t\t\t100\t96.8",
)


def test_funds_row_counts_once_and_subtotal_rows_are_not_items() -> None:
    text = table(*FUNDS, *INDICATORS)
    report = parse(text)
    [block] = report.blocks
    assert block.first_level and [n.label for n in block.first_level_nodes()] == [
        "年度资金总额",
        "产出指标",
        "效益指标",
        "满意度指标",
    ]
    assert codes(text) == []
    with_row = table(*FUNDS, INDICATORS[0], "预算执行率\t预算执行率\t预算执行率\t10\t9.8", *INDICATORS[1:])
    assert codes(with_row) == []  # stated twice (funds block and its own row), counted once


def test_a_wrong_subtotal_row_is_found() -> None:
    text = table(*FUNDS, *INDICATORS).replace("小计\t\t\t50\t48", "小计\t\t\t50\t49")
    assert "SC201" in codes(text)


def test_score_rate_column_and_two_row_header() -> None:
    text = table(
        "一级指标\t二级指标\t三级指标\t评分情况\t\t",
        "\t\t\t分值\t得分\t得分率",
        "产出指标\t数量指标\t完成数量\t50\t45\t90%",
        "效益指标\t社会效益指标\t受益人数\t30\t30\t100%",
        "满意度指标\t满意度指标\t满意度\t10\t10\t100%",
        "预算执行率\t预算执行率\t预算执行率\t10\t10\t100%",
        "合计\t\t\t100\t95\t95%",
    )
    assert codes(text) == []


TWO_LINE_HEADER = (
    "绩效指标\t指标名称\t\t\t年度指标值\t实际完成值\t分值\t得分",  # 指标名称 merged over three columns
    "\t一级指标\t二级指标\t三级指标",
    "\t产出指标\t数量指标\t完成数量\t≥30\t32\t30\t30",
    "\t\t\t培训人次\t≥100\t100\t20\t20",
    "\t效益指标\t社会效益指标\t受益人数\t≥500\t520\t20\t20",
    "\t\t生态效益指标\t节能率\t≥5%\t5%\t10\t10",
    "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%\t10\t10",
    "总分\t\t\t\t\t\t100\t100",
)


def test_a_name_header_continued_on_the_next_row() -> None:
    # 指标名称 over 一级指标 | 二级指标 | 三级指标: the indicators are read under their first-level names.
    text = table(*FUNDS[:1], "年度资金总额\t100\t100\t100\t10\t100%\t10", *TWO_LINE_HEADER)
    report = parse(text)
    [block] = report.blocks
    assert [n.label for n in block.first_level_nodes()] == ["年度资金总额", "产出指标", "效益指标", "满意度指标"]
    assert [c.label for c in block.nodes[1].walk() if not c.children] == ["完成数量", "培训人次"]
    assert codes(text) == []
    assert codes(text.replace("\t20\t20\n", "\t20\t19\n", 1)) == ["SC201"]  # a wrong total is still found


def test_the_names_row_below_replaces_a_guessed_name_column() -> None:
    # The header's first line names no name column (指标 over three columns, a 序号 column first): the columns
    # are the ones the second line names, never the 序号 column.
    text = table(
        "序号\t指标\t\t\t指标值\t完成值\t分值\t得分",
        "\t一级指标\t二级指标\t三级指标",
        "1\t产出指标\t数量指标\t完成数量\t≥1\t1\t60\t60",
        "2\t\t\t培训人次\t≥1\t1\t10\t10",
        "3\t效益指标\t社会效益指标\t受益人数\t≥1\t1\t30\t30",
        "合计\t\t\t\t\t\t100\t100",
    )
    [block] = parse(text).blocks
    assert [(n.label, [c.label for c in n.walk() if not c.children]) for n in block.nodes] == [
        ("产出指标", ["完成数量", "培训人次"]),
        ("效益指标", ["受益人数"]),
    ]


def test_a_header_row_is_not_continued_by_an_indicator_row() -> None:
    # The row under the header scores: it is an indicator, and its name columns stay the header's.
    text = table(
        "一级指标\t三级指标\t备注\t分值\t得分",
        "产出指标\t完成数量\t绩效指标达标\t60\t60",
        "效益指标\t受益人数\t\t40\t41",
    )
    [block] = parse(text).blocks
    assert [(n.label, [c.label for c in n.walk() if not c.children]) for n in block.nodes] == [
        ("产出指标", ["完成数量"]),
        ("效益指标", ["受益人数"]),
    ]
    assert codes(text) == ["SC101"]


SICHUAN = (
    "预算执行情况（10分）\t\t\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
    "\t\t\t900.00\t960.00\t888.00\t92.50%\t10\t9.25",  # its name is the header's cell, merged down
    "一级指标\t二级指标\t三级指标\t\t\t\t\t权重\t得分",
    "产出指标\t数量指标\t完成数量\t\t\t\t\t50\t50",
    "效益指标\t社会效益指标\t受益人数\t\t\t\t\t30\t30",
    "满意度指标\t服务对象满意度\t满意度\t\t\t\t\t10\t10",
    "总分\t\t\t\t\t\t\t100\t99.25",
)
NARRATIVE = "（一）预算执行（权重10分）。执行率92.50%，得9.25分。"


def test_funds_row_named_by_the_header_counts_once_beside_its_paragraph() -> None:
    text = table(NARRATIVE, *SICHUAN)
    table_block = parse(text).blocks[-1]
    assert [n.label for n in table_block.first_level_nodes()] == ["预算执行情况", "产出指标", "效益指标", "满意度指标"]
    assert table_block.first_level_nodes()[0].key == "budget-execution" and not table_block.borrowed
    assert codes(text) == [] and codes(table(*SICHUAN)) == []
    assert codes(text.replace("\t100\t99.25", "\t100\t98.25")) == ["SC201"]  # a wrong total is still found


def test_a_funds_row_is_the_execution_rate_whatever_it_is_called() -> None:
    funds = "资金情况\t\t\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分"  # a name no framework uses
    text = table(NARRATIVE, funds, *SICHUAN[1:])
    block = parse(text).blocks[-1]
    assert block.funds is block.nodes[0] and block.funds.key == "budget-execution" and not block.borrowed
    assert codes(text) == []
    assert "SC202" in codes(text.replace("\t10\t9.25\n", "\t15\t9.25\n", 1))  # its points still count


def test_a_bonus_row_adds_to_the_total_score_not_to_the_points() -> None:
    bonus = "加分项\t\t获评示范场\t\t\t\t\t—\t1"
    with_bonus = table(*SICHUAN[:-1], bonus, "总分\t\t\t\t\t\t\t100\t100.25")
    assert codes(with_bonus) == []
    block = parse(with_bonus).blocks[-1]
    assert [c.value for c in block.bonus] == [Decimal(1)] and recomputed_score(parse(with_bonus)) == Decimal("100.25")
    left_out = table(*SICHUAN[:-1], bonus, SICHUAN[-1])  # the 总分 row forgets the bonus
    found = [d for d in Linter().lint_text(left_out).diagnostics if d.code == "SC201"]
    assert [d.message.zh for d in found] == ["各一级指标得分合计99.25分（9.25+50+30+10），加分1分，与总得分99.25分不符"]


TITLED = (  # the 10号 layout: 绩效指标 written down the side, a 小计 row per first-level indicator, then 合计
    "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
    "|---|---|---|---|---|---|",
    "| 绩效指标 | 产出指标 | 数量指标 | 养护里程 | 30 | 30 |",
    "| 绩效指标 | 产出指标 | 质量指标 | 优良路率 | 20 | 18 |",
    "| 绩效指标 | 产出指标 | 小计 | 小计 | 50 | 48 |",
    "| 绩效指标 | 效益指标 | 社会效益指标 | 事故起数 | 40 | 40 |",
    "| 绩效指标 | 效益指标 | 小计 | 小计 | 40 | 40 |",
    "| 合计 | 合计 | 合计 | 合计 | 90 | 88 |",
)


def test_a_column_that_only_titles_the_table_is_no_level() -> None:
    """绩效指标 on every row (or once, merged down the side) is the table's title: the 小计 rows close the
    first-level indicator named on their row, the 合计 row the table."""
    text = table(*TITLED)
    assert codes(text) == []
    [block] = [b for b in parse(text).blocks if b.table is not None]
    assert [(n.label, n.max_value, n.score_value) for n in block.nodes] == [("产出指标", 50, 48), ("效益指标", 40, 40)]
    wrong = table(*TITLED).replace("| 小计 | 50 | 48 |", "| 小计 | 50 | 49 |")  # a wrong 小计 is still found
    found = [d.message.zh for d in Linter().lint_text(wrong).diagnostics if d.code.startswith("SC")]
    assert found == ["产出指标：分项得分合计48分（30+18），与自评分49分不符"]
    # Merged cells as a document reader writes them: the title and each first-level name once, 小计 in one cell.
    merged = table(
        "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t得分",
        "绩效指标\t产出指标\t数量指标\t养护里程\t30\t30",
        "\t\t质量指标\t优良路率\t20\t18",
        "\t\t小计\t\t50\t{subtotal}",
        "\t效益指标\t社会效益指标\t事故起数\t40\t40",
        "\t\t小计\t\t40\t40",
        "合计\t\t\t\t90\t88",
    )
    assert codes(merged.format(subtotal="48")) == []
    found = [d.message.zh for d in Linter().lint_text(merged.format(subtotal="47")).diagnostics if d.code == "SC201"]
    assert found[0] == "产出指标：分项得分合计48分（30+18），与自评分47分不符"


def test_an_indicator_named_after_a_column_title_is_still_an_indicator() -> None:
    """绩效指标明确性 (a 决策 indicator) only starts with a column's title: it is a row of the tree."""
    text = table(
        "一级指标\t二级指标\t分值\t得分",
        "决策\t绩效指标明确性\t10\t{score}",
        "\t绩效目标合理性\t10\t10",
        "决策小计\t\t20\t19",
        "合计\t\t20\t19",
    )
    assert codes(text.format(score="9")) == []
    [block] = [b for b in parse(text.format(score="9")).blocks if b.table is not None]
    assert [c.label for c in block.nodes[0].children] == ["绩效指标明确性", "绩效目标合理性"]
    assert "SC201" in codes(text.format(score="8"))


def test_a_titled_docx_table_with_merged_cells(tmp_path: Path) -> None:
    """The same table in Word: 绩效指标 merged down the side, each 一级指标 merged over its rows and its 小计 row,
    小计 written across the name columns."""
    import docx

    rows = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["绩效指标", "产出指标", "数量指标", "养护里程", "30", "30"],
        ["", "", "质量指标", "优良路率", "20", "18"],
        ["", "", "小计", "小计", "50", "48"],
        ["", "效益指标", "社会效益指标", "事故起数", "40", "40"],
        ["", "", "小计", "小计", "40", "40"],
        ["合计", "合计", "合计", "合计", "90", "88"],
    ]
    document = docx.Document()
    word_table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for (column, top, bottom) in ((0, 0, 5), (1, 1, 3), (1, 4, 5)):
        word_table.cell(top, column).merge(word_table.cell(bottom, column))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                word_table.cell(r, c).text = value
    document.save(str(tmp_path / "titled.docx"))
    source = read_source(tmp_path / "titled.docx")
    assert codes(source.text) == []
    wrong = source.text.replace("\t50\t48", "\t50\t49", 1)
    found = [d.message.zh for d in Linter().lint_text(wrong).diagnostics if d.code == "SC201"]
    assert found[0] == "产出指标：分项得分合计48分（30+18），与自评分49分不符"


BONUS_AFTER_TOTAL = (
    "一级指标\t三级指标\t权重\t得分",
    "年度资金总额\t预算执行率100%\t10\t10",
    "产出指标\t演出场次\t50\t50",
    "效益指标\t覆盖率\t30\t29.5",
    "满意度指标\t群众满意度\t10\t10",
    "总分\t\t100\t99.5",
    "加分项\t获评省级示范项目\t2\t1.5",
)


@pytest.mark.parametrize("final", ["最终得分\t\t\t101", "总得分（含加分）\t\t\t101", ""])
def test_a_total_above_the_bonus_row_is_the_score_before_it(final: str) -> None:
    """总分, 加分项, 最终得分: 总分 is the first level's sum, the last row that plus the bonus (no fifth indicator)."""
    text = table(*BONUS_AFTER_TOTAL, *([final] if final else []))
    assert codes(text) == []
    report = parse(text)
    [block] = [b for b in report.blocks if b.table is not None]
    assert len(block.nodes) == 4 and block.base_score is not None and block.base_score.value == Decimal("99.5")
    assert block.total_score is not None and block.total_score.value == (Decimal(101) if final else Decimal("99.5"))
    assert block.total_max is not None and block.total_max.value == 100
    assert recomputed_score(report) == (Decimal(101) if final else Decimal("99.5"))


def test_a_wrong_total_or_final_score_around_a_bonus_is_still_found() -> None:
    wrong_final = table(*BONUS_AFTER_TOTAL, "最终得分\t\t\t100")
    found = [d.message.zh for d in Linter().lint_text(wrong_final).diagnostics if d.code.startswith("SC")]
    assert found == ["加分前得分99.5分加上加分1.5分为101分，与含加分的总得分100分不符"]
    wrong_total = table(*BONUS_AFTER_TOTAL, "最终得分\t\t\t101").replace("\t100\t99.5", "\t100\t98.5")
    assert sorted(codes(wrong_total)) == ["SC201", "SC201"]  # 98.5 is not the sum, nor 98.5 + 1.5 the final 101


def test_a_bonus_after_the_total_in_a_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in (*BONUS_AFTER_TOTAL, "最终得分\t\t\t101"):
        sheet.append(row.split("\t"))  # numbers stored as text, as people type them
    workbook.save(tmp_path / "bonus.xlsx")
    source = read_source(tmp_path / "bonus.xlsx")
    assert codes(source.text) == []
    assert codes(source.text.replace("\t101", "\t102")) == ["SC201"]


def test_the_recomputed_score_keeps_a_subtotal_that_rounding_explains() -> None:
    """满意度 10 split three ways is written 3.33 each and 小计 10: the recomputed total counts the 10 (score-sum-mismatch
    does not report the 0.01 either); a 小计 that rounding does not explain counts the sum of its items."""
    rows = (
        "一级指标\t二级指标\t三级指标\t分值\t得分",
        "产出指标\t数量指标\t完成数量\t60\t58",
        "\t小计\t\t60\t{output}",
        "满意度指标\t服务对象满意度指标\t群众满意度\t3.33\t3.33",
        "\t\t企业满意度\t3.33\t3.33",
        "\t\t乡镇满意度\t3.33\t3.33",
        "\t小计\t\t10\t10",
        "合计\t\t\t70\t{total}",
    )
    right = table(*rows).format(output="58", total="68")
    assert codes(right) == [] and recomputed_score(parse(right)) == 68
    wrong = table(*rows).format(output="59", total="69")  # 产出 小计 one point above its items
    assert "SC201" in codes(wrong) and recomputed_score(parse(wrong)) == 68


def test_a_number_cell_names_no_row() -> None:
    # A 序号 column: the row's name is its first cell with words (合计 is the total, not a third indicator).
    text = table(
        "序号\t一级指标\t三级指标\t分值\t得分",
        "1\t产出指标\t完成数量\t60\t60",
        "2\t效益指标\t受益人数\t40\t38",
        "3\t合计\t\t100\t98",
    )
    [block] = parse(text).blocks
    assert [n.label for n in block.nodes] == ["产出指标", "效益指标"]
    assert block.total_score is not None and block.total_score.value == 98


LEVEL_POINTS = (
    "一级指标\t分值\t二级指标\t分值\t得分",  # each level's 分值 beside its name; merged name cells left empty
    "运行成本\t8\t经济性\t8\t8",
    "管理效率\t22\t预算管理\t10\t9",
    "\t\t资产管理\t6\t6",
    "\t\t绩效管理\t6\t6",
    "履职效能\t30\t重点工作完成\t30\t29",
    "社会效应\t30\t社会效益\t30\t30",
    "可持续发展能力\t6\t制度建设\t6\t6",
    "满意度\t4\t服务对象满意度\t4\t4",
    "合计\t100\t\t100\t98",
)


def test_a_points_column_for_each_level() -> None:
    text = table(*LEVEL_POINTS)
    [block] = parse(text).blocks
    efficiency = block.nodes[1]
    assert efficiency.label == "管理效率" and efficiency.max is not None and efficiency.max.value == 22
    assert [c.label for c in efficiency.children] == ["预算管理", "资产管理", "绩效管理"]
    assert efficiency.score_value == 21 and block.total_max is not None and block.total_max.value == 100
    assert codes(text) == []
    assert codes(text.replace("管理效率\t22", "管理效率\t23")) == ["SC202", "SC202"]  # its parts, and the 100


def test_three_points_columns() -> None:
    text = table(
        "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分",
        "投入\t20\t目标设定\t8\t绩效目标合理性\t8\t8",
        "\t\t资金落实\t12\t资金到位率\t12\t10",
        "过程\t20\t业务管理\t20\t制度执行有效性\t20\t20",
        "产出\t30\t产出数量\t30\t实际完成率\t30\t30",
        "效果\t30\t社会效益\t30\t社会效益\t30\t25",
        "合计\t100\t\t\t\t\t93",
    )
    [block] = parse(text).blocks
    assert [(n.label, n.score_value) for n in block.nodes] == [("投入", 18), ("过程", 20), ("产出", 30), ("效果", 25)]
    assert codes(text) == []


def test_points_in_a_first_level_name_cell() -> None:
    text = table(
        "一级指标\t二级指标\t三级指标\t分值\t得分",
        "产出指标（50分）\t数量指标\t完成数量\t40\t40",
        "效益指标（30分）\t社会效益指标\t受益人数\t30\t30",
    )
    assert "SC202" in codes(text)  # 40 under a 产出指标 worth 50


def test_markdown_and_space_aligned_tables() -> None:
    pipe = table(
        "| 一级指标 | 三级指标 | 分值 | 得分 |",
        "|---|---|---|---|",
        "| 产出指标 | 完成数量 | 5 | 6 |",
        "| 效益指标 | 受益人数 | 5 | 5 |",
    )
    spaced = table(
        "一级指标    三级指标        分值    得分",
        "产出指标    完成数量        5       6",
        "效益指标    受益人数        5       5",
    )
    assert codes(pipe) == ["SC101"] and codes(spaced) == ["SC101"]


# --- the framework ------------------------------------------------------------------------------------------


def test_framework_detection_says_why() -> None:
    report = parse(TEN_HAO_PROSE)
    assert "产出指标" in report.framework_reason
    six = parse("（一）运行成本（8分）：自评得8分。\n（二）管理效率（22分）：自评得22分。\n")
    assert six.framework is not None and six.framework.id == "department-six"
    assert parse("一、概况\n本单位职能如下。\n").framework is None


# --- the summary ----------------------------------------------------------------------------------------------


def test_recomputed_score_counts_a_missing_score_as_zero() -> None:
    text = "（1）履职效能总分值为4分，自评分值为4分\n演练次数，分值为2分。得2分。\n培训次数，分值为2分。\n"
    report: Report = Linter().lint_text(text).report
    assert recomputed_score(report) is None or recomputed_score(report) == Decimal(2)


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="the seed report (../shared/seed) is not here")
def test_seed_summary_is_recomputed_from_the_leaves() -> None:
    seed = next(SEED_DIR.glob("*.txt"))
    result = Linter().lint_text(seed.read_text("utf-8"), str(seed))
    outcome = file_result(str(seed), result.report, result.diagnostics)
    assert outcome.claimed == 96 and outcome.recomputed is not None and outcome.recomputed != 96
    sections = {n.label: n for b in result.report.blocks for n in b.nodes}
    efficiency = next(n for label, n in sections.items() if "管理效率" in label)
    satisfaction = next(n for label, n in sections.items() if "满意度" in label)
    assert efficiency.recomputed_value() == 15 and satisfaction.recomputed_value() == 7


TWO_IN_ONE_LINE = """（一）产出指标（35分，得35分）
1.数量指标：完成户厕改造326户，分值15分，得15分；新增垃圾收集点40个，分值10分，得10分。
2.质量指标：验收合格率100%，分值10分，得10分。
"""


def test_two_indicators_after_a_category_name_are_both_its_items() -> None:
    # 数量指标 names a category: both indicators after its colon are items, none is the category's own score
    assert [(label, value) for label, value, _, _ in scored(TWO_IN_ONE_LINE)[1:]] == [
        ("数量指标", "15"),
        ("新增垃圾收集点40个", "10"),
        ("质量指标", "10"),
    ]
    assert codes(TWO_IN_ONE_LINE) == []
    assert codes(TWO_IN_ONE_LINE.replace("（35分，", "（40分，")) == ["SC202"]  # 15 + 10 + 10 is not 40
    assert codes(TWO_IN_ONE_LINE.replace("得35分）", "得33分）")) == ["SC201"]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("1.数量指标：分值25分，得25分；户厕改造，分值15分，得15分；垃圾收集点，分值10分，得10分。", []),
        ("1.数量指标：分值25分，得25分；户厕改造，分值15分，得15分；垃圾收集点，分值5分，得5分。", ["SC202", "SC201"]),
        ("1.数量指标，分值25分，得25分；户厕改造，分值15分，得15分；垃圾收集点，分值5分，得5分。", ["SC202", "SC201"]),
        # a comma after the name works like a colon; the points after 其中, or adding up to the first, are its parts
        ("1.数量指标，完成户厕改造，分值15分，得15分；垃圾收集点40个，分值10分，得10分。", []),
        ("1.数量指标：全部完成，分值25分，得25分；其中户厕改造分值15分，得15分；垃圾收集点分值5分，得5分。", ["SC202", "SC201"]),
        ("1.数量指标：全部完成，分值25分，得25分；户厕改造分值15分，得15分；垃圾收集点分值10分，得10分。", []),
    ],
)
def test_a_category_stating_its_own_points_first_keeps_them(line: str, found: list[str]) -> None:
    # the points right after the name (or its colon) are the category's own: its items must add up to them
    text = f"（一）产出指标（35分，得35分）\n{line}\n2.质量指标：验收合格率100%，分值10分，得10分。\n"
    assert sorted(codes(text)) == sorted(found)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3.33", "0.005"),  # 10 / 3
        ("6.67", "0.005"),  # 20 / 3
        ("1.43", "0.005"),  # 10 / 7
        ("3.333", "0.0005"),
        ("3.3", "0"),  # one decimal: no rounded share
        ("3.32", "0"),
        ("2.50", "0"),  # a share written exactly
        ("10.00", "0"),
        ("10", "0"),
    ],
)
def test_a_rounded_share_may_be_off_by_half_its_last_digit(value: str, expected: str) -> None:
    from linter.analysis.rounding import slack

    assert slack(Decimal(value)) == Decimal(expected)


DEDUCTED = """（一）产出指标（45分，得44分）
1.数量指标（满分15分）：完成改造，得15分。
2.质量指标（满分15分）：合格率100%，得15分。
3.时效指标（满分15分）：{}
"""


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("推迟半个月完成，扣1分。", "14"),
        ("项目推迟10天，分值15分，扣减1分。", "14"),
        ("推迟10天扣0.5分，资料不全扣0.5分。", "14"),  # two deductions
        ("推迟10天扣0.5分，资料不全扣0.5分，共扣1分。", "14"),  # and their total
        ("每推迟一天扣0.1分，推迟10天，扣1分。", "14"),  # the rule is no deduction made
        ("按期完成，不扣分，得15分。", "15"),
        ("推迟完成，扣1分，得14分。", "14"),  # the score stated after it
        ("每推迟一天扣0.5分。", None),  # a rule only
        ("评分标准：按期完成的得15分，逾期一项扣1分。", None),  # a scoring rule's clauses, no score
        ("评分标准：按期完成的得15分，逾期一项扣1分。本项目推迟完成，扣1分。", "14"),  # and the deduction made
        ("推迟完成，扣20分。", None),  # more than its points: not read
    ],
)
def test_a_deduction_from_stated_points_is_the_score(line: str, score: str | None) -> None:
    nodes = {label: value for label, value, _, _ in scored(DEDUCTED.format(line))}
    found = nodes["时效指标"]
    assert (found and Decimal(found)) == (score and Decimal(score))


def test_a_deducted_score_counts_in_the_sums() -> None:
    text = DEDUCTED.format("推迟半个月完成，扣1分。")
    assert codes(text) == []
    assert codes(text.replace("得44分", "得43分")) == ["SC201"]  # 15 + 15 + 14 is not 43


_WEIGHTS_FORM = (
    "某县交通运输局2023年度项目支出绩效自评报告\n一、自评表\n"
    "项目\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\n资金总额\t100.00\t100.00\t100.00%\t10\t10\n"
    "一级指标\t二级指标\t三级指标\t权重\t得分\n"
    "产出指标\t数量指标\t养护里程\t50\t48\n产出指标{sub}\t\t\t50\t48\n"
    "效益指标\t社会效益指标\t公益岗位\t{benefit}\t30\n效益指标{sub}\t\t\t30\t30\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t10\t10\n满意度指标{sub}\t\t\t10\t10\n"
    "绩效指标合计\t\t\t90\t88\n总分\t\t\t100\t98\n"
)


@pytest.mark.parametrize("sub", ["小计", "合计"])
def test_a_row_totalling_several_first_level_indicators_is_none_of_them(sub: str) -> None:
    """四川-style: each first level's 小计 (or 合计) row, then 绩效指标合计 (产出+效益+满意度 = 90), then 总分 (10+90)."""
    text = _WEIGHTS_FORM.format(sub=sub, benefit="30")
    assert codes(text) == []
    [block] = [b for b in parse(text).blocks if b.table is not None]
    assert [(n.label, n.max_value, n.score_value) for n in block.nodes] == [
        ("资金总额", 10, 10), ("产出指标", 50, 48), ("效益指标", 30, 30), ("满意度指标", 10, 10)
    ]
    # a level whose rows do not add up to its 小计 is still found
    assert "SC202" in codes(_WEIGHTS_FORM.format(sub=sub, benefit="25"))


_SIDE_BY_SIDE = (
    "某旗农牧局2023年度部门整体支出绩效自评报告\n"
    "一级指标\t分值\t得分\t二级指标\t分值\t得分\n"
    "投入\t20\t19.5\t目标设定\t8\t8\n\t\t\t预算配置\t12\t{budget}\n"
    "过程\t25\t24\t预算执行\t12\t11\n\t\t\t预算管理\t8\t{manage}\n\t\t\t资产管理\t5\t5\n"
    "产出\t30\t29\t实际完成率\t15\t15\n\t\t\t完成及时率\t15\t14\n"
    "效果\t25\t24\t社会效益\t17\t16\n\t\t\t社会公众满意度\t8\t8\n"
    "合计\t100\t96.5\t\t\t\n"
)


def test_each_level_with_its_own_points_and_score_columns() -> None:
    """一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分: the first pair is the first level's, the last the scored rows'."""
    text = _SIDE_BY_SIDE.format(budget="11.5", manage="8")
    assert codes(text) == []
    [block] = [b for b in parse(text).blocks if b.table is not None]
    assert [(n.label, n.max_value, n.score_value, len(n.children)) for n in block.nodes] == [
        ("投入", 20, Decimal("19.5"), 2), ("过程", 25, 24, 3), ("产出", 30, 29, 2), ("效果", 25, 24, 2)
    ]
    assert (block.total_max.value, block.total_score.value) == (100, Decimal("96.5"))
    assert codes(_SIDE_BY_SIDE.format(budget="11.5", manage="")) == ["SC301"]  # a second-level score left blank
    assert sorted(codes(_SIDE_BY_SIDE.format(budget="12.5", manage="8"))) == ["SC101", "SC201"]


def test_a_last_row_of_an_aligned_table_with_only_a_name_and_a_number() -> None:
    """总得分 and its 101 far apart under the 得分 column, after a 加分项 row: still a row of the table."""
    text = (
        "本项目自评基础得分98分，另获加分3分，自评总得分为101分。\n"
        "一级指标    三级指标      分值  得分\n"
        "产出指标    完成数量      50    48\n"
        "效益指标    受益人数      30    30\n"
        "满意度指标  满意度        10    10\n"
        "预算执行率  预算执行率    10    10\n"
        "合计                      100   98\n"
        "加分项      创新举措      3     3\n"
        "总得分                          101\n"
    )
    assert codes(text) == []
    assert sorted(codes(text.replace("          101", "          102"))) == ["SC201", "SC401"]


TWO_HALVES = (
    "{header}\t{header}\n"
    "投入\t在职人员控制率\t10\t10\t产出\t实际完成率\t30\t30\n"
    "投入\t重点支出安排率\t10\t9\t小计\t\t30\t30\n"
    "小计\t\t20\t19\t效果\t社会效益\t20\t19\n"
    "过程\t预算完成率\t20\t19\t小计\t\t20\t19\n"
    "过程\t预算调整率\t10\t10\t\t\t\t\n"
    "小计\t\t30\t29\t\t\t\t\n"
    "合计\t\t\t\t\t\t100\t97\n"
)


@pytest.mark.parametrize("header", ["一级指标\t三级指标\t分值\t得分", "一级指标三级指标\t\t分值\t得分"])
def test_a_form_printed_in_two_halves_side_by_side(header: str) -> None:
    """Each row holds a row of the left half and one of the right: two runs of one form, and the 合计 across both
    halves is the whole form's total (the second header: two titles run together by a PDF's text)."""
    text = TWO_HALVES.format(header=header)
    assert codes(text) == []
    wrong = Linter().lint_text(text.replace("小计\t\t30\t30", "小计\t\t30\t29")).diagnostics
    assert "产出：分项得分合计30分（30），与自评分29分不符" in [d.message.zh for d in wrong if d.code == "SC201"]
    assert codes(text.replace("\t100\t97", "\t100\t96")) == ["SC201"]


def test_a_three_column_table_aligned_with_spaces() -> None:
    """名称 | 分值 | 得分 typed with spaces: a table, since its header names a 分值 and a 得分 column; three words set
    apart by spaces without such a header are not."""
    table = "一、自评得分\n指标    分值    得分\n投入    20      19.5\n过程    25      24\n产出    30      29\n效果    25      {effect}\n合计    100     96.5\n"
    assert codes(table.format(effect="24")) == []
    assert codes(table.format(effect="23")) == ["SC201"]
    [block] = [b for b in parse(table.format(effect="24")).blocks if b.table is not None]
    assert [n.label for n in block.nodes] == ["投入", "过程", "产出", "效果"]
    prose = "一、概况\n单位名称    县财政局    地址\n联系人    张三    电话\n"
    assert not parse(prose).tables


# --- a header printed again, cells set apart by gaps ---------------------------------------------------------


def _tree(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """Each node of the text's score tables: its label, points, score and its children's labels."""
    return [
        (n.label, n.max_value and str(n.max_value), n.score_value and str(n.score_value), [c.label for c in n.children])
        for block in parse(text).blocks
        if block.table is not None
        for top in block.nodes
        for n in top.walk()
    ]


def _sum_messages(text: str) -> list[str]:
    return [d.message.zh for d in Linter().lint_text(text).diagnostics if d.code in ("SC201", "SC202")]


REPEATED_HEADER = table(
    "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
    "|---|---|---|---|---|",
    "| 产出 | 职责履行 | 实际完成率 | 10 | 10 |",
    "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
    "| 产出 | 职责履行 | 完成及时率 | 20 | 19.5 |",
    "| 产出小计 | | | 30 | {subtotal} |",
)


def _as_tabs(text: str) -> str:
    """The rows a document reader writes (Word's 重复标题行 typed out, a PDF's header on each page)."""
    rows = [line.strip().strip("|").split("|") for line in text.splitlines() if "---" not in line]
    return "\n".join("\t".join(c.strip() for c in row) for row in rows) + "\n"


def _reworded(text: str) -> str:
    """The header repeated with one cell worded otherwise (得分 → 自评得分)."""
    again = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n| 产出"
    return text.replace(again, again.replace("| 得分 |", "| 自评得分 |"))


@pytest.mark.parametrize("form", [str, _as_tabs, _reworded], ids=["markdown", "tabs", "near-equal"])
def test_a_header_printed_again_inside_the_table_is_neither_a_row_nor_a_break(form: Callable[[str], str]) -> None:
    """The rows after the repeated header stay under the indicator that goes on (G04: 产出 across a page break)."""
    text = form(REPEATED_HEADER.format(subtotal="29.5"))
    assert codes(text) == []
    assert _tree(text)[:2] == [
        ("产出", "30", "29.5", ["职责履行"]),
        ("职责履行", "30", "29.5", ["实际完成率", "完成及时率"]),  # the sums of its two rows
    ]
    assert _sum_messages(form(REPEATED_HEADER.format(subtotal="29"))) == [
        "产出：分项得分合计29.5分（29.5），与自评分29分不符"
    ]


def test_a_header_after_a_total_row_still_starts_another_table() -> None:
    """The same header below a 总分 row is the next table (the next project's 自评表), not the header again."""
    first = (
        "一级指标\t三级指标\t分值\t得分\n预算执行率\t预算执行率\t10\t10\n产出指标\t完成数量\t50\t{output}\n"
        "效益指标\t受益人数\t30\t30\n满意度指标\t满意度\t10\t10\n总分\t\t100\t99\n"
    )
    text = first.format(output="49") + first.format(output="48")
    assert [len(b.nodes) for b in parse(text).blocks if b.table is not None] == [4, 4]
    assert _sum_messages(text) == ["各一级指标得分合计98分（10+48+30+10），与总得分99分不符"]


SPACED = (
    "某县某局2023年度部门整体支出绩效自评报告\n"
    "一级指标    二级指标    分值    得分\n"
    "投入    目标设定    8    8\n"
    "投入    预算配置    12    12\n"
    "小计        20    {input}\n"
    "产出    重点工作办结率    6    {done}\n"
    "产出    完成及时率    4    4\n"
    "小计        10    10\n"
    "合计        30    {total}\n"
)


@pytest.mark.parametrize("gap", ["    ", "\t"], ids=["spaces", "tabs"])
def test_cells_set_apart_by_gaps_are_split_on_them(gap: str) -> None:
    """Four spaces after each cell, however wide it is: a cell wider than its header no longer lines the columns up,
    so each row is split on its gaps; a double gap is an empty cell (小计 leaves its 二级指标 blank)."""
    text = SPACED.replace("    ", gap)
    assert codes(text.format(input="20", done="6", total="30")) == []
    assert [(label, points, score) for label, points, score, _ in _tree(text.format(input="20", done="6", total="30"))] == [
        ("投入", "20", "20"), ("目标设定", "8", "8"), ("预算配置", "12", "12"),
        ("产出", "10", "10"), ("重点工作办结率", "6", "6"), ("完成及时率", "4", "4"),
    ]
    assert _sum_messages(text.format(input="19", done="6", total="29")) == [
        "投入：分项得分合计20分（8+12），与自评分19分不符"
    ]
    over = [d.message.zh for d in Linter().lint_text(text.format(input="20", done="7", total="30")).diagnostics
            if d.code == "SC101"]
    assert over == ["重点工作办结率：分值6分，自评得7分"]


def test_cells_lined_up_by_position_still_go_by_position() -> None:
    """A table lined up in columns whose rows leave cells blank (an indented row, a short 合计 row): the rows do not
    split evenly on their gaps, so each cell goes to the column it stands under."""
    text = table(
        "一级指标      二级指标          分值    得分",
        "过程          预算执行          12      11",
        "              预算管理          8       8",
        "合计                            20      19",
    )
    assert codes(text) == []
    assert [(label, points, score) for label, points, score, _ in _tree(text)] == [
        ("过程", "20", "19"), ("预算执行", "12", "11"), ("预算管理", "8", "8"),
    ]
    assert _sum_messages(text.replace("19\n", "18\n")) == ["各一级指标得分合计19分（19），与总得分18分不符"]


# --- a score with its points after it -------------------------------------------------------------------------


def _items(text: str) -> list[tuple[Decimal | None, Decimal | None]]:
    """(分值, 得分) of every node the prose blocks hold, in order."""
    report = parse(text)
    return [(n.max_value, n.score_value) for b in report.blocks if b.table is None for t in b.nodes for n in t.walk()]


@pytest.mark.parametrize(
    "line",
    [
        "危桥改造座数得6.67分（满分8分）。",
        "危桥改造座数得6.67分（分值8分）。",
        "危桥改造座数得6.67分(总分8分)。",
        "危桥改造座数得6.67分，满分8分。",
        "完成5座，得6.67分，该项分值8分。",
        "危桥改造座数得6.67分；该指标分值8分。",
        "危桥改造座数分值8分，得6.67分（满分8分）。",  # the points stated twice
        "完成5座，该项得6.67分（满分8分）。",
    ],
)
def test_a_score_with_its_points_right_after_it_is_one_item(line: str) -> None:
    assert _items("一、绩效目标完成情况\n" + line + "\n") == [(Decimal(8), Decimal("6.67"))]
    assert codes("一、绩效目标完成情况\n" + line + "\n") == []


def test_the_points_after_a_score_do_not_take_the_next_paragraphs_score() -> None:
    text = (
        "三、绩效目标完成情况\n就业创业率57.6%，未达到60%的年度目标，该指标得14.4分（满分15分）。\n"
        "产出指标共5项，各项均达到年度目标，得50分。\n"
    )
    assert _items(text) == [(Decimal(15), Decimal("14.4")), (None, Decimal(50))]
    assert codes(text) == []
    # a score above the points in brackets after it is still found
    assert codes(text.replace("得14.4分", "得16分")) == ["SC101"]
    assert codes("一、绩效目标完成情况\n危桥改造座数得16分（满分15分）。\n") == ["SC101"]


def test_items_each_with_a_score_then_its_points() -> None:
    line = "一、绩效目标完成情况\n就业率指标得14.4分（满分15分），满意度指标得10分（满分10分）。\n"
    assert _items(line) == [(Decimal(15), Decimal("14.4")), (Decimal(10), Decimal(10))]
    assert codes(line) == []
    assert codes(line.replace("得10分", "得11分")) == ["SC101"]
    # an item after them stating points and no score is still missing its score
    assert codes(line.replace("。", "；时效指标分值5分，年底前完成。")) == ["SC301"]
    assert codes("一、绩效目标完成情况\n乙指标得6分（满分8分）。\n甲指标分值8分，完成5座。\n") == ["SC301"]


def test_a_subtotal_with_its_points_in_brackets_totals_its_section() -> None:
    text = "（一）产出指标（分值50分）\n数量指标分值20分，得20分；质量指标分值30分，得28分。\n本项得48分（满分50分）。\n"
    [section] = [t for b in parse(text).blocks for t in b.nodes]
    assert (section.max_value, section.score_value, len(section.children)) == (50, 48, 2)
    assert codes(text) == []
    assert "SC101" in codes(text.replace("本项得48分", "本项得52分"))


# --- points split into items stated with them ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("满意度指标分值10分，设2项各5分，均得满分。", "10"),
        ("满意度指标分值10分，共2项，每项5分，均得满分，合计10分。", "10"),
        # the three items' full points are 9.99: the 10 is their rounded sum
        ("满意度指标分值10分，设甲、乙、丙三项，每项3.33分，均得满分，合计9.99分（按10分计列分值）。", "9.99"),
    ],
)
def test_points_split_into_items_that_all_score_full_marks(line: str, score: str) -> None:
    assert _items("一、自评结论\n" + line + "\n") == [(Decimal(10), Decimal(score))]
    assert codes("一、自评结论\n" + line + "\n") == []


def test_points_split_into_items_still_need_a_score() -> None:
    text = "一、自评结论\n满意度指标分值10分，设2项各5分；产出指标分值50分，得50分。\n"
    assert codes(text) == ["SC301"]


SPLIT_WITH_TABLE = (
    "本项目自评得分97.56分。其中预算执行率9.9分，产出指标48.67分，效益指标29分，满意度指标9.99分。\n"
    "（三）满意度指标\n"
    "满意度指标分值10分，设甲、乙、丙三项，每项3.33分，均得满分，合计9.99分（按10分计列分值）。\n"
    "一级指标\t二级指标\t三级指标\t分值\t得分\n"
    "预算执行率\t\t\t10\t9.9\n"
    "产出指标\t数量指标\t养护里程\t50\t48.67\n"
    "效益指标\t社会效益指标\t出行条件\t30\t29\n"
    "满意度指标\t满意度\t甲\t3.33\t3.33\n"
    "\t\t乙\t3.33\t3.33\n"
    "\t\t丙\t3.33\t3.33\n"
    "总分\t\t\t100\t97.56\n"
)


def test_points_split_into_rounded_shares_agree_with_the_table() -> None:
    report: Report = Linter().lint_text(SPLIT_WITH_TABLE).report
    assert codes(SPLIT_WITH_TABLE) == []
    assert recomputed_score(report) == Decimal("97.56")
    # the table's items adding up to 9, not 10, are no rounding
    assert codes(SPLIT_WITH_TABLE.replace("3.33\t3.33", "3\t3")).count("SC401") >= 1


def test_an_earlier_outside_score_in_brackets_is_no_points() -> None:
    text = (
        "一、自评结论\n项目自评得分99.4分，等级为“优”。\n"
        "本项目自评得分99.4分，较市财政局2022年重点绩效评价得分（86.5分）有明显提升。\n"
    )
    assert codes(text) == []


# --- a part picked out after 其中; a line closing the items that totals them ---------------------------------

PICKED_OUT = "一、项目效益指标权重25分，自评得23分。覆盖率由41.2%提高到55.4%。\n{}\n"


def test_one_part_picked_out_after_qizhong_is_not_the_full_list() -> None:
    text = PICKED_OUT.format("其中，受益群众满意度指标权重6分，满意度95.0%，得6分。")
    assert scored(text)[0][:3] == ("项目效益指标", "23", False)  # its sums are not checked
    assert codes(text) == []


def test_parts_listed_after_qizhong_are_still_summed() -> None:
    text = PICKED_OUT.format("其中，甲指标权重15分，得14分；乙指标权重10分，得9分。")
    assert scored(text)[0] == ("项目效益指标", "23", True, ["14", "9"])
    assert codes(text) == []
    assert codes(text.replace("得9分", "得8分")) == ["SC201"]


@pytest.mark.parametrize(
    ("line", "items", "parts"),
    [
        # a count broken down after 其中: the score after it is the indicator's
        ("人才队伍建设，分值3分。引进医务人员32人，其中硕士研究生5人，得3分；信息化建设，分值3分。互认，得3分。", ["3", "3"], []),
        # the indicator's points broken down after 其中 (a date in the clause is no count)
        ("生态效益，分值6分。其中：2022年度未发生事故，得3分，2022年度未发生火灾，得3分。", ["6"], ["3", "3"]),
    ],
)
def test_a_count_after_qizhong_is_no_breakdown_of_points(line: str, items: list[str], parts: list[str]) -> None:
    text = f"（五）可持续发展能力（分值6分，得6分）\n{line}\n"
    nodes = scored(text)
    assert nodes[0][3] == items
    assert nodes[1][3] == parts
    assert codes(text) == []


FOOTED = """（三）效益指标
1.通行条件改善：与指标值一致。分值10分，得10分。
2.安全责任事故：实际完成值0起。分值10分，得10分。
3.长效管理机制：存在一定偏差。分值{}分，得9分。
{}
"""


@pytest.mark.parametrize(
    "footer",
    ["效益指标合计：分值30分，得分29分。", "合计：分值30分，得分29分。", "本部分合计分值30分，得29分。"],
)
def test_a_closing_total_line_totals_the_items_above_it(footer: str) -> None:
    text = FOOTED.format(10, footer)
    assert scored(text)[0] == ("效益指标", "29", True, ["10", "10", "9"])
    assert codes(text) == []
    assert codes(FOOTED.format(9, footer)) == ["SC202"]  # 10 + 10 + 9 is not 30


def test_a_closing_total_line_in_the_sections_own_body() -> None:
    text = "（四）满意度指标\n市民满意度：满意度91.4%。分值10分，得10分。\n满意度指标合计：分值10分，得分10分。\n"
    assert scored(text)[0] == ("满意度指标", "10", True, ["10"])


@pytest.mark.parametrize(
    "footer",
    [
        "产出指标合计：分值30分，得分29分。",  # names another section
        "总计：分值100分，得分96分。",  # the whole evaluation's points
        "合计得29分。",  # a score alone, not naming the section
        "3.合计：分值30分，得分29分。",  # a numbered item
    ],
)
def test_lines_that_total_no_section_above_them(footer: str) -> None:
    assert scored(FOOTED.format(10, footer))[0][0] != "效益指标"


# --- tables written as text lines: notes in score cells, bars, cells set apart by spaces -------------------------

_LAYOUT_ROWS = [
    ["一级指标", "二级指标", "三级指标", "分值", "得分", "说明"],
    ["投入", "目标设定", "绩效目标合理性", "3", "3", ""],
    ["", "目标设定", "绩效指标明确性", "2", "2", ""],
    ["", "预算配置", "在职人员控制率", "3", "{control}", "未超编"],
    ["小计", "", "", "8", "8", ""],
    ["产出", "职责履行", "质量达标率", "7", "{quality}", ""],
    ["", "职责履行", "实际完成率", "8", "6.5", "2项未完成"],
    ["小计", "", "", "15", "{output}", ""],
    ["过程", "预算执行", "预算完成率", "5", "5", ""],
    ["小计", "", "", "5", "5", ""],
    ["效果", "社会效益", "群众满意度", "6", "6", ""],
    ["小计", "", "", "6", "6", ""],
    ["合计", "", "", "34", "{total}", ""],
]


def _laid_out(gap: str, kept: bool = False, indented: bool = False) -> str:
    """The table with its cells set apart by ``gap``: every cell ``kept`` (tabs, bars), or the empty ones gone as
    in a PDF's text or a table aligned by eye (a continuation row ``indented`` by the gap when asked)."""
    lines = []
    for row in _LAYOUT_ROWS:
        line = gap.join(row if kept else [c for c in row if c])
        lines.append(gap + line if indented and not row[0] else line)
    return "某县某局2023年度部门整体支出绩效自评报告\n" + "\n".join(lines) + "\n"


_LAYOUTS = {
    "tabs": _laid_out("\t", kept=True),
    "two-spaces": _laid_out("  "),
    "indented": _laid_out("    ", indented=True),
    "single-space": _laid_out(" "),
    "full-width-bars": _laid_out("｜", kept=True),
    "bars": _laid_out("|", kept=True),
}
_VALUES = {"control": "3", "quality": "6.5", "output": "13", "total": "32"}


@pytest.mark.parametrize("layout", list(_LAYOUTS))
@pytest.mark.parametrize(
    ("change", "found"),
    [
        ({}, []),
        ({"control": "满分", "quality": "6.5（扣0.5分）"}, []),  # a score cell with a word or a note
        ({"quality": "6.5分(扣0.5分)"}, []),
        ({"quality": "扣0.5分，得6.5分"}, []),
        ({"quality": "7.5", "output": "14", "total": "33"}, ["SC101"]),  # a real score above its points
        ({"output": "14", "total": "33"}, ["SC201"]),  # a wrong 小计
        ({"total": "33"}, ["SC201"]),  # a wrong 合计
        ({"control": "满分", "quality": "6.5（扣0.5分）", "total": "33"}, ["SC201"]),
    ],
)
def test_one_table_reads_alike_in_every_layout(layout: str, change: dict[str, str], found: list[str]) -> None:
    """Tabs, bars with or without the outer ones, runs of spaces where the empty cells vanish, continuation rows
    indented or not, single spaces: the same rows, the same findings (the score column is never read as 分值)."""
    assert codes(_LAYOUTS[layout].format(**{**_VALUES, **change})) == found


@pytest.mark.parametrize("cell", ["9（扣1分）", "9分（扣1分）", "9(扣1分)", "扣1分，得9分", "9，扣1分", "满分"])
def test_a_score_cell_with_a_note_is_its_number(cell: str) -> None:
    text = table(
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t补贴培训人次\t≥1200人次\t1315人次\t10\t10",
        f"产出指标\t质量指标\t培训合格率\t≥95%\t93.6%\t10\t{cell}",
    )
    [block] = [b for b in parse(text).blocks if b.table is not None]
    leaf = block.nodes[0].children[-1].children[0]
    assert leaf.score_value == (10 if cell == "满分" else 9)
    assert codes(text) == []
    assert codes(text.replace(f"\t{cell}", "\t11（扣1分）")) == ["SC101"]


def test_a_space_table_with_blank_leading_cells_or_a_trailing_note_column() -> None:
    """PDF text or columns aligned by eye: continuation rows leave the 一级指标 blank, a 说明 filled in only some
    rows; the numbers at the end of each row are its 分值 and 得分."""
    indented = (
        "某县某局2023年度部门整体支出绩效自评报告\n一级指标    二级指标    三级指标    分值    得分\n"
        "投入    目标设定    绩效目标合理性    3    3\n    目标设定    绩效指标明确性    2    2\n"
        "    预算配置    在职人员控制率    3    {score}\n"
    )
    assert codes(indented.format(score="3")) == []
    assert codes(indented.format(score="4")) == ["SC101"]
    noted = (
        "某县某局2023年度部门整体支出绩效自评报告\n一级指标  二级指标  三级指标  分值  得分  说明\n"
        "投入  目标设定  绩效目标合理性  3  3\n产出  职责履行  质量达标率  7  {score}\n"
        "产出  职责履行  实际完成率  8  6.5  2项未完成\n"
    )
    assert codes(noted.format(score="6.5")) == []
    assert codes(noted.format(score="7.5")) == ["SC101"]
    ten = (
        "某市城市管理局2023年度项目支出绩效自评报告\n"
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  生活垃圾分类收运量  ≥16.5万吨  17.2万吨  50  50\n"
        "效益指标  社会效益指标  居民知晓率  ≥90%  93.5%  30  {score}\n"
        "满意度指标  服务对象满意度指标  居民满意度  ≥90%  92.6%  10  10\n"
        "总分  90  90\n"
    )
    assert codes(ten.format(score="30")) == []
    assert "SC101" in codes(ten.format(score="31"))
    assert codes(ten.format(score="31")) == codes(ten.format(score="31").replace("  ", "\t"))  # as with tabs


_FUNDS_SPACED = (
    "某市城市管理局2023年度项目支出绩效自评报告\n"
    "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
    "年度资金总额  1200.00  1350.00  1268.40  10  93.96%  {funds}\n"
    "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施\n"
    "产出指标  数量指标  生活垃圾分类收运量  ≥16.5万吨  17.2万吨  40  40  \n"
    "  新建和改造分类投放  ≥120个  112个  10  9.5  少建8个\n"
    "  点数量  \n"
    "效益指标  社会效益指标  居民知晓率  ≥90%  93.5%  30  30  \n"
    "满意度指标  服务对象满意度指标  居民满意度  ≥90%  92.6%  10  10  \n"
    "总分  100  {total}\n"
)


def test_a_ten_hao_form_set_out_with_spaces_keeps_its_execution_rate_check() -> None:
    """The 10号 form with its tabs turned into two spaces (empty cells gone, a name wrapped onto a line of its own):
    the 得分 column stays the 得分 column, so the funds row's score is checked against its execution rate."""
    assert codes(_FUNDS_SPACED.format(funds="9.40", total="98.9")) == []
    assert codes(_FUNDS_SPACED.format(funds="9.80", total="99.3")) == ["SC501"]


def test_a_header_line_over_tab_rows_read_from_a_pdf() -> None:
    """A PDF's table whose header came out as a text line and its rows as cells by position, some run together
    (4.8697.25%×5: a score and its note): the rows are read from their numbers at the end; the row that cannot be
    read hides its group's sums instead of breaking them."""
    text = (
        "某县某局2023年度部门整体支出绩效自评报告\n一级指标 二级指标 三级指标 分值 得分 说明\n"
        "投入\t\t目标设定绩效目标合理性\t\t\t3\t\t3\t\n"
        "\t预算配置在职人员控制率\t\t\t\t3\t\t3\t未超编\n"
        "小计\t\t\t6\t6\t\t\n"
        "过程\t\t预算执行预算完成率\t\t\t5\t\t4.8697.25%×5\t\n"
        "\t预算执行预算调整率\t\t\t3\t\t3\t\t\n"
        "小计\t\t\t8\t7.86\t\t\n"
        "产出\t\t职责履行质量达标率\t\t\t7\t\t{score}\t\t\n"
        "\t职责履行实际完成率\t\t\t8\t\t8\t\t\n"
        "小计\t\t\t15\t{output}\t\t\n"
    )
    assert codes(text.format(score="7", output="15")) == []
    assert codes(text.format(score="7.5", output="15.5")) == ["SC101", "SC101"]  # the row and its 小计
    assert codes(text.format(score="7", output="14")) == ["SC201"]


def test_single_spaced_rows_need_a_header_naming_their_columns() -> None:
    text = "某县某局2023年度部门整体支出绩效自评报告\n投入 目标设定 绩效目标合理性 3 4\n产出 职责履行 质量达标率 7 7.5\n"
    assert not parse(text).tables
    bars = "一、概况\n单位｜县财政局｜地址\n联系人｜张三｜电话\n"
    assert not parse(bars).tables


_FLAT = (
    "某县交通运输局2023年度项目绩效自评报告\n"
    "指标名称{bar}分值{bar}得分\n"
    "预算执行率{bar}10{bar}9.80\n"
    "产出指标{bar}50{bar}{output}\n"
    "数量指标：危桥改造完成座数{bar}30{bar}28\n"
    "质量指标：交工验收合格率{bar}20{bar}19\n"
    "效益指标{bar}30{bar}28\n"
    "社会效益：群众出行条件改善{bar}30{bar}28\n"
    "满意度指标{bar}10{bar}9\n"
    "沿线群众满意度{bar}10{bar}9\n"
    "合计{bar}100{bar}93.80\n"
)


@pytest.mark.parametrize("bar", ["｜", "|", "\t"])
def test_a_flat_list_whose_rows_close_under_their_first_level_ones(bar: str) -> None:
    """One name column: 产出指标 | 50 and then its own rows (30 + 20). Read as one flat list the points add up to 190;
    each first-level row taking the rows after it that add up to its points, they add up to the 合计's 100."""
    text = _FLAT.format(bar=bar, output="47")
    assert codes(text) == []
    [block] = [b for b in parse(text).blocks if b.table is not None]
    assert [(n.label, len(n.children)) for n in block.nodes] == [
        ("预算执行率", 0), ("产出指标", 2), ("效益指标", 1), ("满意度指标", 1)
    ]
    # 28 + 19 is not 48; the total is right with the items' 47, so the 产出指标 row alone is reported
    assert codes(_FLAT.format(bar=bar, output="48")) == ["SC201"]


LISTED = "（二）管理效率。该维度分值25分，得{score}分。下设预算编制、预算执行、绩效管理、资产管理、政府采购五项指标，分值分别为5分、5分、5分、5分、5分，得分分别为5分、4分、5分、4分、4分。\n"


def test_items_listed_by_their_points_and_scores_are_the_indicators_items() -> None:
    report = parse(LISTED.format(score=22))
    [block] = report.blocks
    [node] = block.nodes
    assert node.label == "管理效率"  # the heading's words, not 该维度
    assert [(c.label, c.max_value, c.score_value) for c in node.children] == [
        ("预算编制", 5, 5),
        ("预算执行", 5, 4),
        ("绩效管理", 5, 5),
        ("资产管理", 5, 4),
        ("政府采购", 5, 4),
    ]
    assert not [d for d in Linter().lint_text(LISTED.format(score=22)).diagnostics if d.code.startswith("SC")]
    wrong = [d.message.zh for d in Linter().lint_text(LISTED.format(score=23)).diagnostics if d.code == "SC201"]
    assert wrong == ["管理效率：分项得分合计22分（5+4+5+4+4），与自评分23分不符"]


@pytest.mark.parametrize(
    "text",
    [
        # some of the items only, picked out after 其中
        "（三）履职效能。该维度分值30分，得28分。其中零售总额增长率、外贸进出口额两项得分分别为6分、5分，其余指标均得满分。\n",
        # one list alone
        "（二）管理效率。该维度分值25分，得23分。下设预算编制、预算执行、绩效管理、资产管理、政府采购五项指标，分值分别为5分、5分、5分、5分、5分。\n",
        # the names counted do not match the values listed
        "（二）管理效率。该维度分值25分，得23分。下设预算编制、预算执行等五项指标，分值分别为5分、5分，得分分别为5分、4分。\n",
    ],
)
def test_lists_that_do_not_tell_every_item_make_no_items(text: str) -> None:
    [block] = parse(text).blocks
    assert not block.nodes[0].children
    assert not [d for d in Linter().lint_text(text).diagnostics if d.code in ("SC201", "SC202")]


# The 预算执行率 has no section of its own: only the conclusion restates its score.
RESTATED_EXECUTION = """\
（三）绩效指标完成情况分析
1.产出指标（分值50分，自评得分48分）
（1）数量指标：改良母牛数量，分值25分，得24分。
（2）质量指标：犊牛成活率，分值25分，得24分。
2.效益指标（分值30分，自评得分30分）
（1）经济效益指标：养殖户增收，分值15分，得15分。
（2）可持续影响指标：良种覆盖率，分值15分，得15分。
3.满意度指标（分值10分，自评得分10分）
养殖户满意度94%，分值10分，得10分。
（四）自评结论
本项目预算执行率得9.84分，产出指标得48分，效益指标得30分，满意度指标得10分，自评总分97.84分。
"""


def test_the_recomputed_score_counts_a_first_level_score_only_the_conclusion_restates() -> None:
    report = parse(RESTATED_EXECUTION)
    assert recomputed_score(report) == Decimal("97.84")
    # without the restatement the sections alone are recomputed
    assert recomputed_score(parse(RESTATED_EXECUTION.rsplit("（四）", 1)[0])) == Decimal(88)


def test_sections_told_with_yi_shi_are_named_by_their_words() -> None:
    """一是运行成本（分值8分）…: 一是 numbers the line, as （一） does; the section is 运行成本."""
    report = parse(
        "一是运行成本（分值8分），自评得8分。\n二是管理效率（分值22分），自评得21分。\n三是履职效能（分值30分），自评得30分。\n"
    )
    labels = [n.label for b in report.blocks for n in b.nodes]
    assert labels == ["运行成本", "管理效率", "履职效能"]


# --- indicators scored one after another in one sentence ----------------------------------------------------

NAMED_IN_A_ROW = (
    "（一）产出指标（50分），自评得分48分。数量指标得20分，质量指标得{}分，时效指标得10分。\n"
    "（二）效益指标（30分），自评得分30分。社会效益指标得20分，可持续影响指标得10分。\n"
)


def test_indicators_scored_in_a_row_after_commas_are_each_an_item() -> None:
    """数量指标得20分，质量指标得15分，…: each name before a score is the next indicator, not a part of the first."""
    assert scored(NAMED_IN_A_ROW.format(18))[0] == ("产出指标", "48", True, ["20", "18", "10"])
    assert codes(NAMED_IN_A_ROW.format(18)) == []
    assert codes(NAMED_IN_A_ROW.format(15)) == ["SC201"]  # 20 + 15 + 10 = 45, not 48


@pytest.mark.parametrize(
    "line",
    [
        # an indicator's parts after its own points: each clause adds to its score
        "（一）预算编制（5分），自评得分4分。预算编制指标共5分，符合标准得3分，预算调整率指标得1分。\n",
        # the words between the scores are more than a name
        "（一）产出指标（50分），自评得分48分。数量指标得20分，完成率98%的质量指标得18分。\n",
    ],
)
def test_scores_in_a_row_that_are_not_the_next_indicator(line: str) -> None:
    assert codes(line) == []


# --- a flat numbered list closed group by group by its first-level indicators' 合计 lines -----------------------

CLOSED_BY_GROUPS = (
    "三、绩效指标完成情况及得分\n"
    "（一）预算执行率（分值10分）。预算执行率96.0%，得9.6分。\n"
    "（二）培训人次（分值15分）。实际培训1452人次，得14分。\n"
    "（三）培训合格取证率（分值15分）。取证率84.02%，得15分。\n"
    "（四）补助发放及时率（分值10分）。及时率96.28%，得9分。\n"
    "（五）人均培训成本（分值10分）。人均1190.08元，得10分。\n"
    "{output}"
    "（六）培训后就业人数（分值15分）。实现就业936人，得15分。\n"
    "（七）培训长效机制建设（分值15分）。扣2分，得13分。\n"
    "效益指标合计得{benefit}分。\n"
    "（八）服务对象满意度（分值10分）。满意度93.71%，得10分。\n"
)


def test_total_lines_naming_a_first_level_indicator_close_the_items_above_them() -> None:
    text = CLOSED_BY_GROUPS.format(output="产出指标合计得48分。\n", benefit=28)
    assert [(n.label, len(n.children)) for b in parse(text).blocks for n in b.nodes] == [
        ("预算执行率", 0), ("产出指标", 4), ("效益指标", 2), ("服务对象满意度", 0)
    ]
    assert codes(text) == []
    wrong = CLOSED_BY_GROUPS.format(output="产出指标合计得49分。\n", benefit=28)
    assert codes(wrong) == ["SC201"]  # 14 + 15 + 9 + 10 = 48


@pytest.mark.parametrize(
    ("output", "benefit"),
    [
        ("", 28),  # 产出's items left without their own line: 效益指标合计 is not the sum of all six above it
        ("培训类合计得47分。\n", 28),  # no first-level name: it groups nothing, whatever its figure
    ],
)
def test_total_lines_that_close_no_group(output: str, benefit: int) -> None:
    text = CLOSED_BY_GROUPS.format(output=output, benefit=benefit)
    assert "SC201" not in codes(text)


# --- a restatement whose total is written 总分97.5分 ----------------------------------------------------------

RESTATED_WITH_ZONGFEN = (
    "一、绩效自评结论\n本项目自评得分97.5分，等级为优。\n二、指标完成情况\n"
    "（一）预算执行率（分值10分），得9.5分。\n（二）产出指标（分值50分），得48分。\n"
    "（三）效益指标（分值30分），得30分。\n（四）满意度指标（分值10分），得10分。\n"
    "三、综合评价\n预算执行率得9.5分，产出指标得48分，效益指标得{benefit}分，满意度指标得10分，总分{total}分。\n"
)


def test_a_restatement_totalled_as_zongfen_is_a_restatement() -> None:
    [restated] = parse(RESTATED_WITH_ZONGFEN.format(benefit=30, total=97.5)).restatements
    assert (restated.total.kind.value, restated.total.value) == ("score", Decimal("97.5"))
    assert codes(RESTATED_WITH_ZONGFEN.format(benefit=30, total=97.5)) == []
    assert sorted(codes(RESTATED_WITH_ZONGFEN.format(benefit=29, total=97.5))) == ["SC201", "SC704"]


def test_zongfen_100_after_restated_scores_is_the_points_not_their_total() -> None:
    report = parse(RESTATED_WITH_ZONGFEN.format(benefit=30, total=100))
    assert report.restatements == []
    assert codes(RESTATED_WITH_ZONGFEN.format(benefit=30, total=100)) == []


# --- a survey's result on a 100-point scale, then the item's own score -------------------------------------------

SURVEYED = "（五）满意度（10分），得9.5分。群众满意度（5分），委托第三方调查，综合满意度得分{result}分，扣0.5分，得{score}分；医务人员满意度（5分），得5分。\n"


def test_a_survey_result_before_the_items_own_score_is_not_added_to_it() -> None:
    text = SURVEYED.format(result="91.6", score="4.5")
    assert [n[:2] for n in scored(text)][1:] == [("群众满意度", "4.5"), ("医务人员满意度", "5")]
    assert codes(text) == []


@pytest.mark.parametrize(("result", "score"), [("91.6", "6"), ("6", "4.5")])
def test_a_score_above_the_items_points_is_still_reported(result: str, score: str) -> None:
    """Over the points and followed by nothing within them, or too small to be a result on a 100-point scale."""
    assert "SC101" in codes(SURVEYED.format(result=result, score=score))


# --- an item's parts after a colon closing its points and score -----------------------------------------------

COLON_PARTS = (
    "（二）过程指标（30分），得27分。\n"
    "一是预算执行情况（14分），得12.5分：预算完成率（3分），得2.5分；预算调整率（2分），扣1分，得1分；支付进度率（9分），得9分。\n"
    "二是预算管理情况（10分），得10分：管理制度健全性（5分），得5分；资金使用合规性（5分），得5分。\n"
    "三是资产管理情况（6分），得4.5分：资产管理制度健全性（2分），得2分；资产管理安全性（2分），扣0.5分，得{safety}分；固定资产利用率（2分），得{use}分。\n"
)


def test_parts_after_a_colon_closing_an_items_score_are_its_parts() -> None:
    text = COLON_PARTS.format(safety="1.5", use="1")
    nodes = scored(text)
    assert nodes[0] == ("过程指标", "27", True, ["12.5", "10", "4.5"])
    assert nodes[1] == ("预算执行情况", "12.5", True, ["2.5", "1", "9"])
    assert codes(text) == []
    assert codes(COLON_PARTS.format(safety="1.5", use="2")) == ["SC201"]  # 2 + 1.5 + 2 = 5.5, not 4.5


@pytest.mark.parametrize(
    "line",
    [
        "（二）过程指标：满分30分，自评得分28.5分。\n1.预算执行（14分），得12.5分。\n2.预算管理（16分），得16分。\n",
        "（一）预算执行率（10分），得9.5分：预算执行率95%，按比例得9.5分。\n",
    ],
)
def test_colons_that_open_no_parts(line: str) -> None:
    """A colon before the section's own points, or one explaining a score by restating it."""
    assert codes(line) == []


YI_SHI_LINE = "四是社会效应（分值30分），自评得29分。经济效益（10分）：减少停产损失，得10分。社会效益（10分）：事故双下降，得10分。生态效益（10分）：发生一般性泄漏事件，得{}分。\n"


def test_a_yi_shi_line_opening_with_its_points_and_score_holds_the_parts_after_them() -> None:
    assert scored(YI_SHI_LINE.format(9))[0] == ("社会效应", "29", True, ["10", "10", "9"])
    assert codes(YI_SHI_LINE.format(9)) == []
    assert codes(YI_SHI_LINE.format(8)) == ["SC201"]


@pytest.mark.parametrize(
    "line",
    [
        "一是运行成本（分值8分），自评得8分。本项得8分。\n",  # the score told again
        "一是满意度（分值4分），自评得4分。在全市考核中，我局得分95分。\n",  # an outside assessment's
        "加强预算管理，一是预算编制（分值5分），自评得5分。二是预算执行（分值5分），自评得4分。\n",  # not the line's head
    ],
)
def test_yi_shi_lines_whose_later_sentences_are_no_parts(line: str) -> None:
    assert codes(line) == []


# --- a score table with a 权重（%） column beside its 分值, and a 评分说明 column after its 得分 ----------------------

WEIGHTS_AND_NOTES = (
    "一级指标\t二级指标\t三级指标\t分值\t权重（%）\t得分\t评分说明\n"
    "投入\t目标设定\t绩效目标合理性\t10\t50\t10\t\n"
    "\t\t绩效指标明确性\t10\t50\t{score}\t指标细化量化\n"
    "投入小计\t\t\t20\t100\t{total}\t\n"
    "合计\t\t\t20\t—\t{total}\t\n"
)


def test_a_weight_column_beside_the_points_and_a_notes_column_after_the_score() -> None:
    text = WEIGHTS_AND_NOTES.format(score=9.5, total=19.5)
    [block] = [b for b in parse(text).blocks if b.table is not None]
    [top] = block.nodes
    assert (top.label, top.max_value, top.score_value) == ("投入", Decimal(20), Decimal("19.5"))
    assert [(n.max_value, n.score_value) for n in top.walk() if not n.children] == [
        (Decimal(10), Decimal(10)), (Decimal(10), Decimal("9.5"))
    ]
    assert codes(text) == []
    wrong = Linter().lint_text(WEIGHTS_AND_NOTES.format(score=10.5, total=20.5)).diagnostics
    assert "绩效指标明确性：分值10分，自评得10.5分" in [d.message.zh for d in wrong if d.code == "SC101"]


@pytest.mark.parametrize("header", ["标准分", "标准分值", "评分", "得分"])
def test_score_table_headers_that_still_name_points_or_scores(header: str) -> None:
    points, score = ("标准分", header) if header in ("评分", "得分") else (header, "自评得分")
    text = f"一级指标\t三级指标\t{points}\t{score}\n投入\t绩效目标合理性\t10\t11\n合计\t\t10\t11\n"
    assert "SC101" in codes(text)


# --- a prose section that names some of the parts its score table row lists in full ---------------------------

SOME_OF_THE_TABLES = (
    "2024年度某区卫生健康局部门整体支出绩效自评报告\n一、指标完成情况\n"
    "（一）投入指标（分值20分，得20分）。各项均得满分。\n（二）过程指标（分值30分，得30分）。各项均得满分。\n"
    "（三）产出指标（分值30分，得30分）。各项均得满分。\n"
    "（四）效果指标（分值20分，得18.9分）。满意度测评按指标分值4分折算得3.8分；社会效益指标得7.6分，长效管理指标得{long}分。\n"
    "二、自评表\n一级指标\t二级指标\t分值\t得分\n"
    "投入\t投入\t20\t20\n过程\t过程\t30\t30\n产出\t产出\t30\t30\n"
    "效果\t社会效益\t8\t7.6\n\t可持续影响\t4\t4\n\t长效管理\t4\t3.5\n\t社会公众满意度\t4\t3.8\n效果小计\t\t20\t18.9\n"
    "合计\t\t100\t98.9\n"
)


def test_prose_parts_fewer_than_the_tables_are_a_selection() -> None:
    """可持续影响 scored full marks and the prose leaves it out: 3.8 + 7.6 + 3.5 is no sum of 效果指标."""
    assert codes(SOME_OF_THE_TABLES.format(long="3.5")) == []


def test_prose_parts_of_a_table_that_does_not_add_up_are_still_summed() -> None:
    """The table's own parts do not add up to its 小计: it proves nothing about the prose's list."""
    text = SOME_OF_THE_TABLES.format(long="3.5").replace("长效管理\t4\t3.5", "长效管理\t4\t3")
    [effect] = [n for b in parse(text).blocks if b.table is None for n in b.nodes if n.label == "效果指标"]
    assert not effect.uncertain
    assert ("效果指标", "18.9", False) in [n[:3] for n in scored(SOME_OF_THE_TABLES.format(long="3.5"))]


@pytest.mark.parametrize("points", ["（权重50%，分值50分）", "（分值50分，权重50%）", "（分值50分、权重25%）"])
def test_a_weight_beside_the_points_is_no_second_item(points: str) -> None:
    """（权重50%，分值50分）: the 分值 is the indicator's points, the weight its share; one item, not two."""
    text = f"（二）产出指标{points}，得48分。\n1.甲指标（25分），得24分。\n2.乙指标（25分），得24分。\n"
    assert scored(text)[0] == ("产出指标", "48", True, ["24", "24"])
    assert codes(text) == []
    assert "SC101" in codes(text.replace("得48分", "得52分"))


def test_a_result_on_a_hundred_point_scale_is_no_score_of_the_report() -> None:
    """5.社会公众满意度（5分）……综合得分80分（百分制），……得4分: the survey's result, not the overall score."""
    text = (
        "一、指标完成情况\n"
        "5.社会公众满意度（5分），委托第三方开展满意度测评，综合得分80分（百分制），按5分×80%折算，得4分。\n"
        "二、自评结论\n经自评，我局部门整体支出绩效自评得分93.5分。\n"
    )
    report = parse(text)
    assert report.overall is not None and report.overall.value == Decimal("93.5")
    assert codes(text) == []
