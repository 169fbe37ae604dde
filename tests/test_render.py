"""The rich text renderer: carets under the right terminal cells, related spans, hints, summary."""

from __future__ import annotations

import io
import pickle
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.control import strip_control_codes
from rich.text import Text

from linter.diagnostics import Diagnostic, Edit, Fix, Message, Related, Severity, Span
from linter.outcome import FileResult, Finding, Position, file_result
from linter.parse.parser import parse
from linter.render.console import PlainConsole, clean, plain_console, words
from linter.render.json_out import to_json
from linter.render.summary import print_table, sort_results, summary_table
from linter.render.text import Prepared, _window, render_text
from linter.testing import lint

ABOVE_MAX = (
    "（1）履职效能总分值为4分，自评分值为4分\n应急救援演练次数，分值为2分。全年进行了4次演练，得3分。\n"
)
WIDTH = 100


def render(outcomes: Sequence[FileResult], lang: str = "zh") -> list[str]:
    console = Console(record=True, width=WIDTH, color_system=None)
    render_text(outcomes, console, lang)
    return console.export_text().splitlines()


def outcome(text: str, *select: str, path: str = "报告.txt") -> FileResult:
    result = lint(text, *select)
    return file_result(path, result.report, result.diagnostics)


def both(text: str) -> Message:
    """The same text as the message in both languages."""
    return Message(text, text)


def hand_made(text: str, span: Span, **kwargs: object) -> FileResult:
    """One diagnostic placed by hand, to control exactly where the span is."""
    diagnostic = Diagnostic("SC101", "score-above-max", Severity.ERROR, both("测试"), span, **kwargs)  # type: ignore[arg-type]
    return file_result("t.txt", parse(text, "t.txt"), [diagnostic])


def marks_under(lines: list[str], source_index: int, needle: str, mark: str = "^") -> None:
    """The row after ``lines[source_index]`` has ``mark`` exactly under the cells of ``needle``."""
    source, under = lines[source_index], lines[source_index + 1]
    start = cell_len(source[: source.index(needle)])
    run = under.strip(" |0123456789")
    assert set(run) == {mark}, under
    assert cell_len(under[: under.index(mark)]) == start, (source, under)
    assert len(run) == cell_len(needle), (source, under)


def row_of(lines: list[str], needle: str, after: int = 0) -> int:
    return next(i for i, line in enumerate(lines) if i >= after and needle in line and " | " in line)


def test_caret_sits_under_cjk_span() -> None:
    lines = render([outcome(ABOVE_MAX, "SC101")])
    head = next(i for i, line in enumerate(lines) if line.startswith("报告.txt:2:26:"))
    assert lines[head] == "报告.txt:2:26: 错误 SC101 [score-above-max] 应急救援演练次数：分值2分，自评得3分"
    source = row_of(lines, "得3分", head)
    assert lines[source].startswith(" 2 | 应急救援演练次数")
    marks_under(lines, source, "得3分")


def test_related_span_is_labelled_and_underlined() -> None:
    lines = render([outcome(ABOVE_MAX, "SC101")])
    label = next(i for i, line in enumerate(lines) if "分值在此" in line)
    assert lines[label].strip() == "相关：报告.txt:2:10: 分值在此"
    marks_under(lines, label + 1, "分值为2分", "-")


def test_related_spans_on_other_lines() -> None:
    lines = render([outcome(ABOVE_MAX, "SC202")])
    assert lines[1].startswith("报告.txt:1:8: 错误 SC202 [max-sum-mismatch]")
    marks_under(lines, 2, "总分值为4分")
    assert lines[4].strip() == "相关：报告.txt:2:10: 分项“应急救援演练次数”"
    marks_under(lines, 5, "分值为2分", "-")


def test_grouped_by_file_with_header() -> None:
    lines = render([outcome(ABOVE_MAX, "SC", path="b.txt"), outcome(ABOVE_MAX, "SC101", path="a.txt")])
    headers = [line for line in lines if line.endswith("个问题）")]
    assert headers == ["a.txt （1 个问题）", "b.txt （3 个问题）"]
    first_b = next(i for i, line in enumerate(lines) if line.startswith("b.txt:"))
    assert all(not line.startswith("a.txt:") for line in lines[first_b:])


def test_summary_counts() -> None:
    outcomes = [
        outcome(ABOVE_MAX, "SC", path="a.txt"),
        outcome(ABOVE_MAX, "SC101", path="b.txt"),
        FileResult("c.txt", error=both("不是文本文件（含有 NUL 字节）")),
        outcome(ABOVE_MAX.replace("得3分", "得2分"), "SC101", path="d.txt"),
    ]
    lines = render(outcomes)
    assert lines[-1] == "共检查 4 个文件：4 个错误，0 个警告，0 条信息；1 个文件无法检查"
    assert "c.txt: 无法检查：不是文本文件（含有 NUL 字节）" in lines
    assert not any(line.startswith("d.txt:") for line in lines)


def test_summary_in_english() -> None:
    one = render([outcome(ABOVE_MAX, "SC101", path="a.txt")], "en")
    assert one[-1] == "Checked 1 file: 1 error, 0 warnings, 0 info"
    assert one[0] == "a.txt (1 problem)"
    assert one[1].startswith("a.txt:2:26: error SC101 [score-above-max]")
    many = render([outcome(ABOVE_MAX, "SC", path="a.txt"), FileResult("x.txt", error=both("文件不存在"))], "en")
    assert many[-1] == "Checked 2 files: 3 errors, 0 warnings, 0 info; 1 file could not be checked"
    assert "x.txt: could not be checked: 文件不存在" in many


def test_clean_summary() -> None:
    lines = render([outcome(ABOVE_MAX.replace("得3分", "得2分"), "SC101")])
    assert lines == ["共检查 1 个文件，未发现问题"]


def test_tabs_and_full_width_spaces_before_the_span() -> None:
    text = "\t甲\u3000乙\t分值为2分，得3分。\n"
    start = text.index("得3分")
    lines = render([hand_made(text, Span(start, start + 3))])
    source = row_of(lines, "得3分")
    assert "\t" not in lines[source]
    marks_under(lines, source, "得3分")


def test_long_line_is_windowed_around_the_span() -> None:
    text = "说明" * 1000 + "得3分" + "结束" * 500 + "\n"
    start = text.index("得3分")
    lines = render([hand_made(text, Span(start, start + 3))])
    assert all(cell_len(line) <= WIDTH for line in lines)
    source = row_of(lines, "得3分")
    assert lines[source].count("…") == 2
    marks_under(lines, source, "得3分")


def test_span_at_line_start_and_end() -> None:
    text = "得3分" + "甲" * 300 + "分值\n"
    first = render([hand_made(text, Span(0, 3))])
    source = row_of(first, "得3分")
    assert first[source].endswith("…") and "…得" not in first[source]
    marks_under(first, source, "得3分")
    end = len(text) - 1
    last = render([hand_made(text, Span(end - 2, end))])
    marks_under(last, row_of(last, "分值"), "分值")


def test_empty_span_and_span_across_lines() -> None:
    text = "第一行内容\n第二行\n"
    empty = render([hand_made(text, Span(5, 5))])  # just after 第一行内容
    source = row_of(empty, "第一行内容")
    assert empty[source + 1].rstrip().endswith("|" + " " * 11 + "^")
    across = render([hand_made(text, Span(3, 8))])  # 内容\n第二
    marks_under(across, row_of(across, "第一行内容"), "内容")


def test_fix_title_is_a_hint() -> None:
    text = "我县今年开展了演练。\n"
    fix = Fix(both("改为“我区”"), (Edit(Span(0, 2), "我区"),))
    lines = render([hand_made(text, Span(0, 2), fix=fix)])
    assert "  建议：改为“我区”" in lines
    english = render([hand_made(text, Span(0, 2), fix=fix)], "en")
    assert "  hint: 改为“我区”" in english


def test_report_text_is_not_markup() -> None:
    text = "[bold]甲[/bold] [/] :smile: 得3分\n"
    start = text.index("得3分")
    lines = render(
        [hand_made(text, Span(start, start + 3), related=(Related(Span(0, 6), both("[red]标签[/red]")),))]
    )
    assert any("[bold]甲[/bold] [/] :smile: 得3分" in line for line in lines)
    assert any("[red]标签[/red]" in line for line in lines)
    marks_under(lines, row_of(lines, "得3分"), "得3分")


def test_control_characters_are_visible() -> None:
    text = "甲\x0c乙\u200b得3分\n"
    start = text.index("得3分")
    lines = render([hand_made(text, Span(start, start + 3))])
    source = row_of(lines, "得3分")
    assert "\x0c" not in lines[source] and "\u200b" not in lines[source]
    marks_under(lines, source, "得3分")


@given(
    widths=st.lists(st.sampled_from([0, 1, 2, 4]), min_size=1, max_size=300),
    data=st.data(),
    budget=st.integers(min_value=10, max_value=120),
)
def test_window_contains_span_start_and_fits(widths: list[int], data: st.DataObject, budget: int) -> None:
    first = data.draw(st.integers(min_value=0, max_value=len(widths)))
    last = data.draw(st.integers(min_value=first, max_value=len(widths)))
    lo, hi = _window(widths, first, last, budget)
    assert 0 <= lo <= first <= hi <= len(widths)
    if (lo, hi) == (0, len(widths)):
        assert sum(widths) <= budget
    else:
        assert sum(widths[lo:hi]) + 2 <= budget  # room for both ellipses


def test_span_longer_than_the_window_keeps_its_start() -> None:
    text = "前文" + "很长的一句话" * 100 + "后文\n"
    lines = render([hand_made(text, Span(2, len(text) - 3))])
    source = row_of(lines, "前文")
    assert all(cell_len(line) <= WIDTH for line in lines)
    under = lines[source + 1]
    assert cell_len(under[: under.index("^")]) == cell_len(lines[source][: lines[source].index("很")])


def test_many_findings_on_a_huge_line_render_windows() -> None:
    text = "分值为2分，得3分。" * 5_000 + "\n"
    step = len(text) // 300
    diagnostics = [
        Diagnostic("SC101", "score-above-max", Severity.ERROR, both("测试"), Span(i * step, i * step + 3))
        for i in range(300)
    ]
    report = parse(text, "t.txt")
    console = Console(record=True, width=WIDTH, color_system=None, file=io.StringIO())
    render_text([file_result("t.txt", report, diagnostics)], console, "zh")
    assert all(cell_len(line) <= WIDTH for line in console.export_text().splitlines())


# --- the summary table -----------------------------------------------------------------------------------


def result(
    path: str, claimed: str | None, recomputed: str | None, errors: int = 0, info: int = 0
) -> FileResult:
    position = Position(1, 1, 1, 2)
    findings = tuple(
        Finding("SC101", "score-above-max", severity, both("测试"), position)
        for severity, n in ((Severity.ERROR, errors), (Severity.INFO, info))
        for _ in range(n)
    )
    return FileResult(
        path,
        findings=findings,
        lines={1: "甲"},
        claimed=None if claimed is None else Decimal(claimed),
        recomputed=None if recomputed is None else Decimal(recomputed),
    )


ROWS = [
    result("b.txt", "96", "95", errors=2),
    result("a.txt", "96.5", "96.5", info=1),
    result("c.txt", None, None, errors=2),
    FileResult("d.txt", error=both("文件不存在")),
]


def table_lines(results: list[FileResult], lang: str = "zh", **kwargs: Any) -> list[str]:
    console = Console(record=True, width=WIDTH, color_system=None, file=io.StringIO())
    print_table(results, console, lang, **kwargs)
    return console.export_text().splitlines()


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def test_summary_table_rows_and_totals() -> None:
    lines = table_lines(ROWS)
    assert cells(lines[0]) == ["文件", "自评得分", "重算得分", "错误", "警告", "信息"]
    assert set(lines[1]) <= {"-", "|"}
    assert [cells(line) for line in lines[2:6]] == [
        ["a.txt", "96.5", "96.5", "0", "0", "1"],
        ["b.txt", "96", "95", "2", "0", "0"],
        ["c.txt", "—", "—", "2", "0", "0"],
        ["d.txt", "—", "—", "—", "—", "—"],
    ]
    assert cells(lines[-1]) == ["合计（4 个文件）", "", "", "4", "0", "1"]
    english = table_lines(ROWS[:1], "en")
    assert cells(english[0]) == ["file", "claimed", "recomputed", "errors", "warnings", "info"]
    assert cells(english[-1])[0] == "total (1 file)"


def test_a_recomputed_score_that_differs_is_highlighted() -> None:
    table = summary_table(ROWS)
    recomputed = list(table.columns[2].cells)
    assert [str(c) for c in recomputed] == ["96.5", "95", "—", "—"]
    assert "yellow" in str(recomputed[1].style) and not recomputed[0].style  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("key", "reverse", "order"),
    [
        ("path", False, "abcd"),
        ("path", True, "dcba"),
        ("claimed", False, "bacd"),  # unknown scores last, whichever way
        ("claimed", True, "abcd"),
        ("recomputed", False, "bacd"),
        ("error", True, "bcad"),  # ties stay in path order; an unreadable file has no count
        ("error", False, "abcd"),
        ("info", True, "abcd"),
    ],
)
def test_sort_columns(key: str, reverse: bool, order: str) -> None:
    assert "".join(r.path[0] for r in sort_results(ROWS, key, reverse)) == order


def test_table_is_not_wrapped_when_the_output_is_not_a_terminal() -> None:
    long = "很长的目录名/" * 20 + "报告.txt"
    console = Console(width=60, color_system=None, file=io.StringIO())
    print_table([result(long, "96", "96"), result("a.txt", None, None)], console, "zh")
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert any(line.startswith(long + " |") for line in lines) and console.width == 60


def test_text_output_of_several_files_ends_with_the_table() -> None:
    lines = render([outcome(ABOVE_MAX, "SC101", path="a.txt"), outcome(ABOVE_MAX, "SC101", path="b.txt")])
    table = next(i for i, line in enumerate(lines) if line.startswith("文件"))
    assert [cells(line)[:4] for line in lines[table + 2 : table + 4]] == [
        ["a.txt", "—", "3", "1"],  # recomputed from the leaves
        ["b.txt", "—", "3", "1"],
    ]
    assert lines[-1] == "共检查 2 个文件：2 个错误，0 个警告，0 条信息"
    assert not any(line.startswith("文件") for line in render([outcome(ABOVE_MAX, "SC101")]))


def test_a_result_sent_from_a_worker_renders_alike() -> None:
    results = [outcome(ABOVE_MAX, "SC", path="a.txt"), FileResult("x.txt", error=both("文件不存在"))]
    received = pickle.loads(pickle.dumps(results))
    for lang in ("zh", "en"):
        assert render(results, lang) == render(received, lang)
        assert to_json(results, lang) == to_json(received, lang)


def test_plain_output_is_what_rich_would_print() -> None:
    """Into a file without colour the text is written directly; it must match rich's own rendering."""
    text = "\t甲\u3000乙\t分值为2分，得3分。\x07\n"
    start = text.index("得3分")
    outcomes = [
        outcome(ABOVE_MAX, "SC", path="a.txt"),
        hand_made(text, Span(start, start + 3), related=(Related(Span(1, 2), both("标签\t在此")),)),
        FileResult("x\t[y].txt", error=both("不是\t文本")),
    ]
    for lang in ("zh", "en"):
        direct = Console(width=WIDTH, color_system=None, file=io.StringIO())
        render_text(outcomes, direct, lang)
        through_rich = Console(width=WIDTH, color_system=None, file=io.StringIO(), record=True)
        render_text(outcomes, through_rich, lang)
        assert direct.file.getvalue() == through_rich.file.getvalue()  # type: ignore[attr-defined]
        without_rich = PlainConsole(io.StringIO(), WIDTH)
        render_text(outcomes, without_rich, lang)
        assert without_rich.file.getvalue() == through_rich.file.getvalue()  # type: ignore[attr-defined]


def test_control_codes_are_dropped_as_rich_drops_them() -> None:
    every = "".join(map(chr, range(0x3000)))
    assert clean(every) == strip_control_codes(every)


ENVIRONMENTS = [
    {},
    {"COLUMNS": "132"},
    {"COLUMNS": "wide"},
    {"FORCE_COLOR": "1"},
    {"FORCE_COLOR": ""},
    {"TTY_COMPATIBLE": "1"},
    {"TTY_COMPATIBLE": "0"},
    {"NO_COLOR": "1", "COLUMNS": "60"},
]


@pytest.mark.parametrize("environ", ENVIRONMENTS)
def test_the_plain_console_is_chosen_only_where_rich_prints_plain(
    environ: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the plain writer is used, rich would print no styles, at the same width."""
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    file = io.StringIO()
    plain = plain_console(file)
    rich_console = Console(file=file, color_system="auto", markup=False, soft_wrap=True)
    if plain is None:
        assert "FORCE_COLOR" in environ or "TTY_COMPATIBLE" in environ
        return
    assert not rich_console.is_terminal
    assert rich_console.color_system is None
    assert plain.width == rich_console.width


def test_control_codes_in_names_and_messages_do_not_shift_styles() -> None:
    """Rich drops control codes such as BEL and CR from text; the styles must still cover the same words.
    File names show them escaped."""
    text = "甲\t乙，分值为2分，得3分。\n"
    start = text.index("得3分")
    diagnostic = Diagnostic(
        "SC101",
        "score-above-max",
        Severity.ERROR,
        both("测\x07试\r"),
        Span(start, start + 3),
        related=(Related(Span(2, 3), both("标\x0c签")),),
        fix=Fix(both("改\x08为2分"), (Edit(Span(start + 1, start + 2), "2"),)),
    )
    outcomes = [file_result("a\x07[b].txt", parse(text, "t.txt"), [diagnostic])]
    plain = Console(width=WIDTH, color_system=None, file=io.StringIO())
    render_text(outcomes, plain, "zh")
    coloured = Console(width=WIDTH, color_system="standard", force_terminal=True, file=io.StringIO())
    render_text(outcomes, coloured, "zh")
    ansi = coloured.file.getvalue()  # type: ignore[attr-defined]
    assert Text.from_ansi(ansi).plain == plain.file.getvalue()  # type: ignore[attr-defined]
    lines = plain.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert lines[1] == "a\\x07[b].txt:1:11: 错误 SC101 [score-above-max] 测试"
    assert lines[4] == "  相关：a\\x07[b].txt:1:3: 标签"
    assert lines[7] == "  建议：改为2分"
    marks_under(lines, 2, "得3分")
    for styled in (
        "\x1b[1ma\\x07[b].txt:1:11:\x1b[0m",
        "\x1b[1;31m错误\x1b[0m",
        "\x1b[1;31m^^^^^\x1b[0m",
        "\x1b[1;34m--\x1b[0m",
    ):
        assert styled in ansi


def test_blocks_prepared_while_checking_print_as_blocks_built_at_the_end() -> None:
    """``jxlint check`` lays out each file's block as its result arrives; the output is the same, and a result
    replaced since (a baseline applied) or another width gets its block laid out again."""
    results = [outcome(ABOVE_MAX, "SC", path="b.txt"), outcome(ABOVE_MAX, "SC", path="a.txt")]
    for lang in ("zh", "en"):
        plain = PlainConsole(io.StringIO(), WIDTH)
        render_text(results, plain, lang)
        prepared = Prepared(WIDTH, lang)
        prepared.add(results)
        ahead = PlainConsole(io.StringIO(), WIDTH)
        render_text(results, ahead, lang, prepared=prepared)
        assert ahead.file.getvalue() == plain.file.getvalue()  # type: ignore[attr-defined]
        assert prepared.block(results[0], WIDTH, words(lang)) is None  # printed, so let go
        prepared.add(results)
        assert prepared.block(outcome(ABOVE_MAX, "SC", path="b.txt"), WIDTH, words(lang)) is None
        assert prepared.block(results[1], WIDTH + 1, words(lang)) is None
        prepared.add(results)
        assert prepared.block(results[1], WIDTH, words(lang)) is not None
