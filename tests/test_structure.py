"""Numbered items → lists and the section tree, and the numbering rules on whole layouts."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from linter.diagnostics import Severity
from linter.model import Family, Report, Section
from linter.parse.parser import parse
from linter.testing import lint

Shape = list[tuple[str, "Shape"]]


def shape(section: Section) -> Shape:
    """The tree as nested (marker, children) pairs."""
    out: Shape = []
    for child in section.children:
        assert child.heading is not None and child.heading.marker is not None
        assert child.parent is section
        out.append(("".join(child.heading.marker.text.split()), shape(child)))
    return out


def lists(report: Report) -> list[tuple[str | None, list[str]]]:
    """Each list as (its parent's marker, its items' markers)."""
    out = []
    for numbered in report.lists:
        parent = numbered.parent.marker.text.strip() if numbered.parent and numbered.parent.marker else None
        out.append((parent, ["".join(m.text.split()) for m in numbered.markers()]))
    return out


SEED_LIKE = """\
2022年度某区某局整体绩效自评结果

一、自评结论
（一）部门整体绩效自评得分
    2022年部门整体绩效自评得分为95分
（二）部门整体绩效目标完成情况
（1）运行成本总分值为8分，自评分值为8分。
（2）管理效率总分值22分，自评分值为21分。
其中：预算编制共5分，得4分。
（三）主要成效
主要成效：1、强化风险防范
今年以来，未发生较大及以上生产安全事故。
（1）责任链条，无缝对接。
①压紧压实责任。
②完善物资储备。
（2）完善工作机制，有力落实。
2、夯实基础建设
（1）全力做好防汛抗旱工作。
二、佐证材料
(一)基本情况
1.简要概述部门支出情况。
2.简要概述年度部门整体绩效目标。
附件1：部门整体自评表
"""


def test_seed_like_tree() -> None:
    report = parse(SEED_LIKE)
    assert shape(report.root) == [
        (
            "一、",
            [
                ("（一）", []),
                ("（二）", [("（1）", []), ("（2）", [])]),
                (
                    "（三）",
                    [
                        ("1、", [("（1）", [("①", []), ("②", [])]), ("（2）", [])]),
                        ("2、", [("（1）", [])]),
                    ],
                ),
            ],
        ),
        ("二、", [("(一)", [("1.", []), ("2.", [])])]),
    ]


def test_seed_like_lists() -> None:
    assert lists(parse(SEED_LIKE)) == [
        (None, ["一、", "二、"]),
        ("一、", ["（一）", "（二）", "（三）"]),
        ("（二）", ["（1）", "（2）"]),
        ("（三）", ["1、", "2、"]),
        ("1、", ["（1）", "（2）"]),
        ("（1）", ["①", "②"]),
        ("2、", ["（1）"]),
        ("二、", ["(一)"]),
        ("(一)", ["1.", "2."]),
    ]


def test_unnumbered_lines_belong_to_the_last_item() -> None:
    report = parse(SEED_LIKE)

    def body(heading: str) -> list[str]:
        section = next(s for s in report.root.walk() if s.heading and s.heading.text.startswith(heading))
        return [p.text.strip()[:4] for p in section.paragraphs]

    assert [p.text.strip() for p in report.root.paragraphs] == ["2022年度某区某局整体绩效自评结果"]
    assert body("（一）部门") == ["2022"]
    assert body("（2）管理") == ["其中：预"]
    assert body("主要成效") == ["今年以来"]
    assert body("2.简要") == ["附件1："]
    assert body("（二）部门") == []


def test_inline_marker_opens_a_list() -> None:
    report = parse(SEED_LIKE)
    first = report.lists[3].items[0].marker
    assert first is not None and first.inline and first.family is Family.ARABIC and first.value == 1


def test_restart_under_a_new_parent_is_a_new_list() -> None:
    report = parse("（一）基本情况\n1、甲\n2、乙\n（二）自评情况\n1、丙\n")
    assert lists(report) == [(None, ["（一）", "（二）"]), ("（一）", ["1、", "2、"]), ("（二）", ["1、"])]


def test_restart_after_a_label_is_a_list_beside_the_first() -> None:
    report = parse("（四）问题和措施\n存在问题：\n1、甲\n2、乙\n改进措施：\n1、丙\n2、丁\n")
    assert lists(report) == [(None, ["（四）"]), ("（四）", ["1、", "2、"]), ("（四）", ["1、", "2、"])]
    assert shape(report.root) == [("（四）", [("1、", []), ("2、", []), ("1、", []), ("2、", [])])]


def test_restart_with_an_inline_label() -> None:
    report = parse("（三）成效和问题\n主要成效：1、甲\n2、乙\n存在问题：1、丙\n2、丁\n")
    assert [items for _, items in lists(report)] == [["（三）"], ["1、", "2、"], ["1、", "2、"]]


def test_back_to_one_without_a_label_stays_in_the_list() -> None:
    report = parse("1、甲\n2、乙\n1、丙\n")
    assert lists(report) == [(None, ["1、", "2、", "1、"])]


def test_sub_list_interrupts_and_the_list_resumes() -> None:
    report = parse("1、甲\n（1）子一\n（2）子二\n说明文字。\n2、乙\n")
    assert shape(report.root) == [("1、", [("（1）", []), ("（2）", [])]), ("2、", [])]


def test_gap_and_repeat_stay_in_the_list() -> None:
    report = parse("（1）甲\n（2）乙\n（7）丙\n（7）丁\n")
    assert lists(report) == [(None, ["（1）", "（2）", "（7）", "（7）"])]


def test_style_slip_with_the_next_number_joins_the_list() -> None:
    report = parse("1、夯实基础\n（1）甲\n（2）乙\n3.丙\n（4）丁\n2、严格责任\n")
    assert lists(report) == [(None, ["1、", "2、"]), ("1、", ["（1）", "（2）", "3.", "（4）"])]


def test_deeper_style_with_the_next_number_nests() -> None:
    report = parse("（一）基本情况\n2、甲\n3、乙\n")
    assert shape(report.root) == [("（一）", [("2、", []), ("3、", [])])]


def test_item_written_like_the_outer_list_joins_it() -> None:
    report = parse("1、甲\n（1）子一\n（2）子二\n3、丙\n")
    assert lists(report) == [(None, ["1、", "3、"]), ("1、", ["（1）", "（2）"])]


def test_parts_open_a_level_above_their_lists() -> None:
    report = parse("四、评分情况\n第一部分 投入\n（一）甲\n（二）乙\n第二部分 过程\n（一）丙\n五、结论\n")
    assert shape(report.root) == [
        ("四、", [("第一部分", [("（一）", []), ("（二）", [])]), ("第二部分", [("（一）", [])])]),
        ("五、", []),
    ]


def test_chapters_hold_their_sections() -> None:
    report = parse("第一章 概况\n第一节 甲\n第二节 乙\n第二章 评价\n第一节 丙\n一、丁\n")
    assert shape(report.root) == [
        ("第一章", [("第一节", []), ("第二节", [])]),
        ("第二章", [("第一节", [("一、", [])])]),
    ]


def test_table_rows_are_not_items() -> None:
    report = parse("1、部门支出情况\n1.\t运行成本\t8\t6\n5.\t管理效率\t22\t20\n2、年度目标\n")
    assert lists(report) == [(None, ["1、", "2、"])]
    assert len(report.root.children[0].paragraphs) == 2


def test_word_numbering_with_a_tab_is_an_item() -> None:
    report = parse("1.\t评价小组情况\n2.\t自评工作过程\n")
    assert lists(report) == [(None, ["1.", "2."])]


def test_no_numbering() -> None:
    report = parse("标题\n\n正文第一段。\n正文第二段。\n")
    assert report.lists == [] and report.root.children == []
    assert [p.text for p in report.root.paragraphs] == ["标题", "正文第一段。", "正文第二段。"]


# ---- the numbering rules on layouts that must stay quiet

LOOK_ALIKES = {
    "restart_under_each_parent": "一、甲\n（一）乙\n1、丙\n2、丁\n（二）戊\n1、己\n二、庚\n（一）辛\n",
    "separated_by_prose": "1、甲\n正文。\n\n正文。\n2、乙\n正文。\n3、丙\n",
    "years_and_decimals": "（1）甲\n2022年部门整体绩效自评得分为96分\n1.49万元为会议费预算数。\n（2）乙\n",
    "dates_with_middle_dot": "（1）事故调查。\n5·12全国防灾减灾日\n“7·13”事故发生后\n（2）物资保障。\n",
    "sub_list_resumed": "（1）甲\n①子一\n②子二\n（2）乙\n①子三\n（3）丙\n",
    "cn_over_paren_cn": "一、甲\n（一）乙\n（二）丙\n二、丁\n（一）戊\n（二）己\n三、庚\n",
    "inline_list": "（一）成效\n主要成效:1、甲\n2、乙\n存在问题：1、丙\n2、丁\n",
    "no_delimiter": "1 预算执行率\n3 预算调整率\n7 结转结余率\n",
    "attachment": "1、加强预算管理。\n2、压缩支出。\n附件1：整体部门自评表\n附件3：项目支出自评表\n",
    "no_numbering": "我局2022年整体工作实施情况良好。\n虽设定了绩效目标，但预算还未够精细。\n",
    "labelled_lists": "（一）问题和措施\n存在问题\n1、甲\n2、乙\n改进措施\n1、丙\n2、丁\n",
    "parts_as_titles": "第一部分 基本情况\n一、甲\n二、乙\n第二部分 自评情况\n一、丙\n（一）丁\n第三部分 结论\n",
    "parts_under_a_heading": "一、概况\n二、评分\n第一部分 投入\n（一）甲\n（二）乙\n第二部分 过程\n（一）丙\n三、结论\n",
    "table_rows": "1、部门支出\n序号\t指标\t分值\n2\t管理效率\t22\n3.\t履职效能\t30\n2、年度目标\n",
}


@pytest.mark.parametrize("text", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_look_alikes_are_not_flagged(text: str) -> None:
    found = [d for d in lint(text, "NM").diagnostics if d.severity is not Severity.INFO]
    assert not found, [d.message for d in found]


# ---- fixes of the cosmetic rules


def _fixed(text: str, code: str) -> list[str]:
    out = []
    for d in lint(text, code).diagnostics:
        assert d.fix is not None and d.fix.safe
        fixed = text
        for edit in sorted(d.fix.edits, key=lambda e: e.span.start, reverse=True):
            fixed = fixed[: edit.span.start] + edit.replacement + fixed[edit.span.end :]
        out.append(fixed)
    return out


def test_fixes() -> None:
    assert _fixed("（一）甲\n(二)乙\n（三）丙\n", "NM301") == ["（一）甲\n（二）乙\n（三）丙\n"]
    assert _fixed("1、甲\n2 .乙\n3、丙\n", "NM302") == ["1、甲\n2 、乙\n3、丙\n"]
    assert _fixed("（一） 、甲\n", "NM303") == ["（一）甲\n"]


def test_numbering_rules_leave_renumbering_to_the_writer() -> None:
    text = "（1）甲\n（3）乙\n（3）丙\n（2）丁\n2、戊\n"
    assert all(d.fix is None for d in lint(text, "NM1").diagnostics)


# ---- generated outlines: well-formed numbering is quiet, a dropped item is one gap


@dataclass
class Node:
    prose: bool
    children: list[Node] = field(default_factory=list)
    dropped: bool = False  # left out of the text, its number with it


def _outline(depth: int) -> st.SearchStrategy[list[Node]]:
    child = st.just([]) if depth == 4 else _outline(depth + 1)
    node = st.builds(Node, st.booleans(), child)
    return st.lists(node, max_size=3 if depth else 4)


def _marker(depth: int, value: int, arabic: str) -> str:
    return (
        f"{'一二三四'[value - 1]}、",
        f"（{'一二三四'[value - 1]}）",
        f"{value}{arabic}",
        f"（{value}）",
        "①②③④⑤⑥⑦⑧⑨⑩"[value - 1],
    )[depth]


def _render(nodes: list[Node], arabic: str, depth: int = 0) -> tuple[list[str], Shape]:
    lines: list[str] = []
    tree: Shape = []
    for value, node in enumerate(nodes, 1):
        if node.dropped:
            continue
        marker = _marker(depth, value, arabic)
        lines.append(f"{marker}工作内容")
        if node.prose:
            lines.append("具体情况说明。")
        sub_lines, sub_tree = _render(node.children, arabic, depth + 1)
        lines += sub_lines
        tree.append((marker, sub_tree))
    return lines, tree


@given(_outline(0), st.sampled_from(["、", ".", "．"]))
def test_generated_outline_round_trips(nodes: list[Node], arabic: str) -> None:
    lines, tree = _render(nodes, arabic)
    report = parse("\n".join(["某局整体绩效自评报告", *lines]) + "\n")
    assert shape(report.root) == tree
    assert not lint(report.text, "NM").diagnostics


def _leaf_lists(nodes: list[Node]) -> list[list[Node]]:
    """Lists with an item that has no children, between two other items."""
    found = [nodes] if any(not n.children for n in nodes[1:-1]) else []
    for node in nodes:
        found += _leaf_lists(node.children)
    return found


@given(_outline(0), st.data())
def test_dropping_an_item_is_one_gap(nodes: list[Node], data: st.DataObject) -> None:
    candidates = _leaf_lists(nodes)
    assume(candidates)
    siblings = data.draw(st.sampled_from(candidates))
    index = data.draw(st.sampled_from([i for i in range(1, len(siblings) - 1) if not siblings[i].children]))
    siblings[index].dropped = True
    lines, _ = _render(nodes, "、")
    found = lint("\n".join(lines) + "\n", "NM").diagnostics
    assert [d.code for d in found] == ["NM101"], [d.message for d in found]
