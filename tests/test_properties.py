"""Whole-pipeline properties: never crash, spans inside the text, deterministic, CRLF-independent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.engine import Linter
from linter.outcome import file_result
from linter.render.json_out import to_json

FRAGMENTS = [
    "一、自评结论",
    "（一）部门整体绩效",
    "(二)、",
    "1、",
    "2.",
    "６．",
    "（3）",
    "(7)",
    "①",
    "主要成效:",
    "其中：",
    "分值为2分",
    "分值得3分",
    "总分值为22分",
    "自评分值为20分",
    "得3分",
    "得分2分",
    "自评得分为96分",
    "（10分）",
    "满分10分",
    "共5分",
    "得三分",
    "总得分为789540分",
    "我县",
    "我区",
    "全区",
    "县区",
    "区委、区政府",
    "2022年度咸安区应急管理局整体绩效自评结果",
    "预算1738.4万元（其中基本支出523.85万元，项目支出1214.55万元）",
    "共21起，其中道路交通类事故19起",
    "支付率95%",
    "控制率<100%",
    "。，",
    "，",
    "；",
    "。",
    "（",
    "）",
    "“",
    "是否一致。",
    "XX",
    "附件1：自评表",
    "\t",
    "\n",
    "\r\n",
    "\u3000",
    "\u00a0",
]

LINTER = Linter()

report_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map("".join)


def _check(text: str) -> list[tuple[str, int, int, str]]:
    result = LINTER.lint_text(text)
    out = []
    for d in result.diagnostics:
        assert 0 <= d.span.start <= d.span.end <= len(text)
        for related in d.related:
            assert 0 <= related.span.start <= related.span.end <= len(text)
        assert d.message.zh and d.message.en
        line, column = result.report.position(d.span.start)
        out.append((d.code, line, column, d.message))
    outcome = file_result("r.txt", result.report, result.diagnostics)
    assert to_json([outcome]) == to_json([outcome])
    return out


@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _check(text)


@given(report_text)
def test_report_fragments_never_crash_and_are_deterministic(text: str) -> None:
    assert _check(text) == _check(text)


@given(report_text)
def test_crlf_and_lf_give_the_same_findings(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    assert _check(lf) == _check(lf.replace("\n", "\r\n"))


@pytest.mark.parametrize("text", ["。，\n", "。，\r\n", "。，\r", "——\r\n* * *\r\n"])
def test_an_empty_file_is_marked_on_its_first_line_without_the_line_break(text: str) -> None:
    [empty] = [d for d in Linter().lint_text(text).diagnostics if d.code == "ST102"]
    assert (empty.span.start, empty.span.end) == (0, len(text.splitlines()[0]))


def test_huge_numbers() -> None:
    digits = "9" * 100_000
    _check(
        f"（1）运行成本总分值为{digits}分，自评分值为{digits}分。\n得{digits}分。共{digits}万元，其中{digits}万元"
    )


def test_deep_numbering() -> None:
    families = ["{}、", "（{}）", "{}.", "①"]
    lines = [families[i % 4].format(1) + "项目" for i in range(10_000)]
    _check("\n".join(lines))


def test_long_single_line() -> None:
    _check("得3分，分值为2分。" * 50_000)


def test_control_characters_and_surrogate_escapes() -> None:
    _check("\x00\x01\x02（1）\udcff得3分\x7f\u200b\ufeff分值为2分")
