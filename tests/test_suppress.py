"""Inline suppressions in plain text: every directive form, and what they must never do."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter import cli
from linter.document import Source
from linter.outcome import CheckOptions, check_source

TITLE = "2022年度咸安区应急管理局整体绩效自评结果\n"
SCORE = "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。"  # SC101 on 得3分


def lines_of(text: str, *select: str) -> list[tuple[str, int]]:
    options = CheckOptions(select=select or None)
    result = check_source(Source("r.txt", text, "utf-8"), "r.txt", options)
    return [(f.code, f.position.line) for f in result.findings]


def test_no_directive_flags_every_line() -> None:
    text = TITLE + f"{SCORE}\n{SCORE}\n"
    assert lines_of(text, "SC101") == [("SC101", 2), ("SC101", 3)]


@pytest.mark.parametrize(
    "directive",
    [
        "jxlint: disable=SC101",
        "<!-- jxlint: disable=SC101 -->",
        "# jxlint: disable=score-above-max",
        "// jxlint: disable=SC1",
        "  jxlint：disable=SC101，TX102  ",  # a full-width colon and comma, as a Chinese keyboard types them
        "<!-- jxlint: disable=all -->",
        "<!-- jxlint: disable=SC101 -- 演练次数以上级通知为准 -->",
    ],
)
def test_disable_until_enable(directive: str) -> None:
    text = TITLE + f"{SCORE}\n{directive}\n{SCORE}\n\n{SCORE}\njxlint: enable=SC101\n{SCORE}\n"
    assert lines_of(text, "SC101") == [("SC101", 2), ("SC101", 8)]


def test_disable_to_the_end_without_enable() -> None:
    text = TITLE + f"{SCORE}\n<!-- jxlint: disable=SC101 -->\n{SCORE}\n{SCORE}"
    assert lines_of(text, "SC101") == [("SC101", 2)]


def test_enable_of_one_code_keeps_the_others_off() -> None:
    text = TITLE + f"jxlint: disable=SC101,WD101\n{SCORE}我县\njxlint: enable=SC101\n{SCORE}我县\n"
    assert lines_of(text, "SC101", "WD101") == [("SC101", 5)]


def test_disable_next_line_skips_blank_lines_and_covers_one_line() -> None:
    text = TITLE + f"<!-- jxlint: disable-next-line=SC101 -->\n\n{SCORE}\n{SCORE}\n"
    assert lines_of(text, "SC101") == [("SC101", 5)]


@pytest.mark.parametrize(
    "tail", [" jxlint: disable=SC101", " <!-- jxlint: disable=SC101 -->", "  # jxlint: disable=SC"]
)
def test_trailing_directive_covers_its_own_line_only(tail: str) -> None:
    text = TITLE + f"{SCORE}{tail}\n{SCORE}\n"
    assert lines_of(text, "SC101") == [("SC101", 3)]


def test_directives_never_raise_findings_themselves() -> None:
    # Half-width punctuation and ASCII in a Chinese report would be TX102's business anywhere else.
    text = (
        TITLE
        + "<!-- jxlint: disable-next-line=TX101 -->\n本年度完成率=100%。，得3分\n本年度完成率100%, 得3分 # jxlint: disable=TX102\n"
    )
    assert lines_of(text, "TX") == []
    # Without the directives both lines are flagged: the directives did the work, not the text.
    plain = TITLE + "\n本年度完成率=100%。，得3分\n本年度完成率100%, 得3分\n"
    assert sorted(lines_of(plain, "TX")) == [("TX101", 3), ("TX102", 4)]


def test_directive_keeps_positions_of_the_other_findings() -> None:
    text = TITLE + f"jxlint: disable=WD101\n{SCORE}\n"
    assert lines_of(text, "SC101") == [("SC101", 3)]


def test_unknown_rule_in_a_directive_is_a_clear_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "r.txt"
    report.write_text(TITLE + f"jxlint: disable=SC101,XX999\n{SCORE}\n", "utf-8")
    code = cli.main(["check", "--select", "SC101", str(report)])
    err = capsys.readouterr().err
    assert code == 0  # SC101 is still disabled; the note does not fail the run
    assert "r.txt: 第2行：未知的规则“XX999”" in err


def test_directive_naming_nothing_is_noted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text(TITLE + f"jxlint: disable=\n{SCORE}\n", "utf-8")
    assert cli.main(["check", "--select", "SC101", "--lang", "en", str(report)]) == 1
    assert "line 2: no rule named" in capsys.readouterr().err
