"""The modules a family of rules shares: how markers, figures and scores are written in messages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from linter.analysis.quantities import extract
from linter.model import Family, Marker
from linter.parse.parser import parse
from rules.arithmetic.breakdowns import breakdowns
from rules.arithmetic.messages import amount, part_notes, short, terms, written
from rules.numbering.markers import (
    bracketed,
    chinese_numeral,
    delimiter,
    delimiter_mark,
    label,
    label_span,
    main_family,
    relabel,
)
from rules.score import messages
from rules.text.common import excerpt, is_chinese_context, is_han


def _marker(line: str) -> Marker:
    paragraph = parse(line + "\n").paragraphs[0]
    assert paragraph.marker is not None
    return paragraph.marker


@pytest.mark.parametrize(
    ("line", "shown", "next_one"),
    [
        ("（2）项目", "（2）", "（3）"),
        ("二、项目", "“二、”", "“三、”"),
        ("①项目", "①", "②"),
        ("９．项目", "“９．”", "“１０．”"),
    ],
)
def test_markers_are_shown_and_renumbered_as_written(line: str, shown: str, next_one: str) -> None:
    marker = _marker(line)
    assert label(marker) == shown
    assert relabel(marker, marker.value + 1) == next_one


def test_marker_parts_and_their_spans() -> None:
    text = "(一)、项目"
    marker = _marker(text)
    assert delimiter_mark(marker) == "、"
    found = delimiter(marker)
    assert found is not None and text[found[1].start : found[1].end] == "、"
    part, span = bracketed(marker)
    assert part == "(一)" and text[span.start : span.end] == "(一)"
    span = label_span(marker)
    assert text[span.start : span.end] == "(一)、"
    assert delimiter_mark(_marker("（一）项目")) is None


@pytest.mark.parametrize(
    ("value", "written_as"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九"), (100, "100")]
)
def test_chinese_numerals(value: int, written_as: str) -> None:
    assert chinese_numeral(value) == written_as


def test_a_list_takes_the_family_most_items_use() -> None:
    report = parse("一、甲\n（一）子\n1、乙\n2、丙\n3、丁\n")
    numbered = next(n for n in report.lists if len(n.items) == 3)
    assert main_family(numbered) is Family.ARABIC


def test_a_part_keeps_a_short_bracketed_word_of_its_name() -> None:
    report = parse("“三公”经费支出18.64万元，其中公务接待费3.26万元、因公出国（境）费0元、公务用车运行维护费15.38万元。\n")
    (breakdown,) = breakdowns(report)
    assert [message.zh for _, message in part_notes(breakdown.parts)] == [
        "分项：公务接待费3.26万元",
        "分项：因公出国（境）费0元",
        "分项：公务用车运行维护费15.38万元",
    ]


def test_figures_are_written_as_the_text_writes_them() -> None:
    report = parse("共支出1.1万元，其中培训费5000元、会议费6000元。\n")
    (breakdown,) = breakdowns(report)
    assert terms(breakdown.parts, breakdown.total) == "5000元+6000元"
    assert amount(Decimal(11000), breakdown.total) == "1.1万元"
    (quantity,) = extract("４０８０．００元")
    assert written(quantity) == "4080.00"
    assert [message.zh for _, message in part_notes(breakdown.parts)] == [
        "分项：培训费5000元",
        "分项：会议费6000元",
    ]
    assert short("，其中用于某某某某某某某某某某某某某某项目的资金：", 8) == "…某某某项目的资金"


def test_score_messages_name_the_node_and_write_the_numbers() -> None:
    assert messages.num(Decimal("10.50")) == "10.5"
    assert messages.terms([Decimal(2), Decimal("5.0")]) == "2+5"
    (node,) = [n for n in parse("（1）管理效率总分值22分，自评分值为20分。\n").score_nodes()]
    assert messages.name(node) != "该项"


def test_text_character_classes_and_excerpts() -> None:
    assert is_han("中") and not is_han("a") and not is_han("，")
    assert is_chinese_context("，") and is_chinese_context("“") and not is_chinese_context(",")
    assert excerpt("  一二三四五  ", 4) == "一二三…"
    assert excerpt("一二三", 4) == "一二三"
