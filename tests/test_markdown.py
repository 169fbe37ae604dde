"""Markdown marks in a .md report are blanked: ## 一、 is a numbered heading, a 1. 1. 1. list is shown as 1, 2, 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.engine import Linter
from linter.markdown import blank_markdown, looks_like_markdown
from linter.source import read_source

TITLE = "某区财政局2023年度部门整体支出绩效自评报告\n"


def _codes(path: Path) -> list[tuple[str, int]]:
    source = read_source(path)
    result = Linter().lint_text(source.text, str(path))
    return [(d.code, result.report.position(d.span.start)[0]) for d in result.diagnostics]


def test_heading_and_emphasis_marks_become_spaces() -> None:
    text = "# 标题\n## 一、概况\n**（一）预算执行**\n### **1.指标**说明\n正文**强调**不动\n"
    assert blank_markdown(text) == "  标题\n   一、概况\n  （一）预算执行  \n      1.指标  说明\n正文**强调**不动\n"


def test_lazy_lists_lose_their_numbers_and_numbered_lists_keep_them() -> None:
    lazy = "1. 甲\n1. 乙\n\n1. 丙\n"
    assert blank_markdown(lazy) == "   甲\n   乙\n\n   丙\n"
    numbered = "1. 甲\n2. 乙\n2. 丙\n"
    assert blank_markdown(numbered) == numbered  # its own numbers: a repeat is the writer's
    apart = "1. 甲\n\n下一段正文。\n\n1. 乙\n"
    assert blank_markdown(apart) == apart  # two lists of one item each
    under_headings = "## 一、问题\n1. 甲\n## 二、措施\n1. 乙\n"
    assert blank_markdown(under_headings) == "   一、问题\n1. 甲\n   二、措施\n1. 乙\n"


def test_numbered_headings_of_a_markdown_report_restart_their_lists(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text(TITLE + "## 五、说明\n（一）甲\n## 六、问题和措施\n（一）存在的问题\n（二）改进措施\n", "utf-8")
    assert [code for code, _ in _codes(report)] == ["NM103"]  # 五、 without 一、 to 四、: a real late start
    report.write_text(TITLE + "## 一、说明\n（一）甲\n## 二、问题和措施\n（一）存在的问题\n（三）改进措施\n", "utf-8")
    assert _codes(report) == [("NM101", 6)]  # the gap is still found, at its own line and column
    source = read_source(report)
    assert source.text.splitlines()[5].startswith("（三）")


def test_a_text_file_keeps_its_hashes(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(TITLE + "## 一、说明\n", "utf-8")
    assert "## 一、说明" in read_source(report).text


@given(st.text(alphabet="#*_1. \n)一、甲|", max_size=60))
def test_only_marks_change_and_only_to_spaces(text: str) -> None:
    blanked = blank_markdown(text)
    assert len(blanked) == len(text)
    assert all(a == b or (b == " " and a in "#*_1.)") for a, b in zip(text, blanked, strict=True))


MARKDOWN_IN_TEXT = (
    "某区某局2023年度部门整体支出绩效自评报告\n"
    "## 一、自评得分\n"
    "### （一）运行成本（分值10分，**得分10分**）\n"
    "1. 公用经费控制率（分值5分）：得5分。\n"
    "2. 会议费控制率（分值5分）：得5分。\n"
    "### （二）管理效率（分值20分，**得分{score}分**）\n"
    "1. 预算编制（分值10分）：得9分。\n"
    "2. 预算执行（分值10分）：得10分。\n"
)


def test_markdown_saved_as_text_is_read_as_markdown(tmp_path: Path) -> None:
    """Markdown pasted or exported into a .txt: its ### headings are headings, not children of the list item above
    them; a real defect is still found, at the line and column of the file."""
    report = tmp_path / "report.txt"
    report.write_text(MARKDOWN_IN_TEXT.format(score=19), "utf-8")
    assert _codes(report) == []
    report.write_text(MARKDOWN_IN_TEXT.format(score=18), "utf-8")
    source = read_source(report)
    result = Linter().lint_text(source.text, str(report))
    (finding,) = [d for d in result.diagnostics if d.code == "SC201"]
    line, column = result.report.position(finding.span.start)
    assert (line, MARKDOWN_IN_TEXT.format(score=18).splitlines()[line - 1][column - 1 :].startswith("得分18分")) == (6, True)
    assert len(source.text) == len(MARKDOWN_IN_TEXT.format(score=18))


@pytest.mark.parametrize(
    "text",
    [
        "## 一、说明\n正文\n",  # one heading: it may be a plain text's own mark
        "#1 项目\n#2 项目\n",  # numbers after a hash, no space: not headings
        "# \n##\n",  # marks without words
        "| 说明 |\n正文 | 其他\n",  # bars in the text, no |---| line under a header
        "---|---\n正文\n",  # a rule with no header above it
    ],
)
def test_a_plain_text_with_hashes_and_bars_is_not_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "## 一、说明\n### （一）甲\n",
        "| 指标 | 分值 |\n| --- | ---: |\n| 甲 | 5 |\n",
        "指标 | 分值\n:--- | ---\n",
        "| 指标 | 分值 |\r\n|---|---|\r\n",
    ],
)
def test_headings_or_a_table_rule_make_a_text_markdown(text: str) -> None:
    assert looks_like_markdown(text)


TABLE = (
    "# 某区某局2023年度部门整体支出绩效自评报告\n## 一、得分\n| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n"
    "| 投入 | 15 | 14 |\n| 过程 | 35 | 33 |\n| 产出 | 25 | 24 |\n| 效果 | 25 | 24 |\n"
)


@pytest.mark.parametrize("total", ["| **合计** | **100** | **96** |", "| 合计 | 100 | **96** |", "| *合计* | __100__ | *96* |"])
def test_a_bold_total_row_of_a_markdown_table_is_checked(tmp_path: Path, total: str) -> None:
    report = tmp_path / "report.md"
    report.write_text(TABLE + total + "\n", "utf-8")
    assert _codes(report) == [("SC201", 9)]  # 14+33+24+24 = 95
    source = read_source(report)
    assert source.text.splitlines()[8].split("|")[3].strip() == "96"  # the number, in its place
    report.write_text(TABLE + total.replace("96", "95") + "\n", "utf-8")
    assert _codes(report) == []


def test_only_emphasis_marks_in_table_cells_are_blanked() -> None:
    assert blank_markdown("| **合计** | 得分**96**分 |\n") == "|   合计   | 得分  96  分 |\n"
    unchanged = "| 2*3*4 | a__b__c | ** | * 5 * |\n"
    assert blank_markdown(unchanged) == unchanged  # no emphasis: a product, marks between letters, lone marks
    prose = "正文 **强调** 不动 | 也不是表格\n"
    assert blank_markdown(prose) == prose
