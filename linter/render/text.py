"""The default human-readable output: findings grouped by file, each with its source line and span underlined.

Everything is built from ``rich.text.Text`` pieces, so report text (full of ``[`` and ``]``) is never read
as markup. Carets are placed by terminal cells (``rich.cells.cell_len``): a CJK character or a full-width
space takes two.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from linter.diagnostics import Diagnostic, Severity, Span
from linter.model import Report, line_starts
from linter.outcome import FileOutcome

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
RELATED_STYLE = "bold blue"
GUTTER_STYLE = "blue"
MIN_WINDOW = 40  # cells of source text shown even on a narrow console
TAB = "    "
ELLIPSIS = "…"

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True, slots=True)
class Words:
    """The output's own words in one language (rule messages come translated already)."""

    severity: dict[Severity, str]
    problems: str  # "{n} 个问题"
    related: str
    hint: str
    unreadable: str
    summary: str  # "{files} ..." followed by the counts
    clean: str
    counts: dict[Severity, tuple[str, str]]  # singular, plural
    unreadable_count: tuple[str, str]
    colon: str
    comma: str
    semicolon: str
    lang: str


WORDS = {
    "zh": Words(
        severity={Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "信息"},
        problems="（{n} 个问题）",
        related="相关",
        hint="建议",
        unreadable="无法检查",
        summary="共检查 {files} 个文件：",
        clean="共检查 {files} 个文件，未发现问题",
        counts={
            Severity.ERROR: ("{n} 个错误", "{n} 个错误"),
            Severity.WARNING: ("{n} 个警告", "{n} 个警告"),
            Severity.INFO: ("{n} 条信息", "{n} 条信息"),
        },
        unreadable_count=("{n} 个文件无法检查", "{n} 个文件无法检查"),
        colon="：",
        comma="，",
        semicolon="；",
        lang="zh",
    ),
    "en": Words(
        severity={Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
        problems="({n} {problem})",
        related="related",
        hint="hint",
        unreadable="could not be checked",
        summary="Checked {files} {file}: ",
        clean="Checked {files} {file}, no problems found",
        counts={
            Severity.ERROR: ("{n} error", "{n} errors"),
            Severity.WARNING: ("{n} warning", "{n} warnings"),
            Severity.INFO: ("{n} info", "{n} info"),
        },
        unreadable_count=("{n} file could not be checked", "{n} files could not be checked"),
        colon=": ",
        comma=", ",
        semicolon="; ",
        lang="en",
    ),
}


def words(lang: str) -> Words:
    return WORDS.get(lang, WORDS["zh"])


def render_text(outcomes: list[FileOutcome], console: Console, lang: str) -> None:
    """Print every finding and unreadable file, grouped by file, then a summary line."""
    w = words(lang)
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.error is not None:
            line = Text()
            line.append(outcome.path, style="bold")
            line.append(": ")
            line.append(w.unreadable + w.colon, style=SEVERITY_STYLE[Severity.ERROR])
            line.append(outcome.error)
            console.print(line, soft_wrap=True)
            continue
        if outcome.report is None or not outcome.diagnostics:
            continue
        _print_file(outcome, console, w)
    console.print(summary_text(outcomes, lang), soft_wrap=True)


def _print_file(outcome: FileOutcome, console: Console, w: Words) -> None:
    path, diagnostics = outcome.path, outcome.diagnostics
    assert outcome.report is not None
    report = outcome.report
    header = Text()
    header.append(path, style="bold underline")
    n = len(diagnostics)
    header.append(" " + w.problems.format(n=n, problem="problem" if n == 1 else "problems"))
    console.print(header, soft_wrap=True)
    source = _Source(report)
    ordered = sorted(
        diagnostics, key=lambda d: (*report.position(d.span.start), d.code, d.message, d.span.end)
    )
    for d in ordered:
        for line in _finding(outcome, source, d, console.width, w):
            console.print(line, soft_wrap=True)
        console.print()


def _finding(outcome: FileOutcome, source: _Source, d: Diagnostic, width: int, w: Words) -> list[Text]:
    path = outcome.path
    line, column = source.report.position(d.span.start)
    head = Text()
    head.append(f"{path}:{line}:{column}:", style="bold")
    location = outcome.location(d.span.start)
    if location is not None:
        head.append(f" ({location.label(w.lang)})", style="cyan")
    head.append(" ")
    head.append(w.severity[d.severity], style=SEVERITY_STYLE[d.severity])
    head.append(" ")
    head.append(d.code, style="bold")
    head.append(f" [{d.slug}] ", style="dim")
    head.append(d.message)
    spans = [d.span, *(r.span for r in d.related)]
    digits = max(len(str(source.report.position(s.start)[0])) for s in spans)
    out = [head, *source.snippet(d.span, "^", SEVERITY_STYLE[d.severity], digits, width)]
    for related in d.related:
        r_line, r_column = source.report.position(related.span.start)
        label = Text("  ")
        label.append(f"{w.related}{w.colon}", style=RELATED_STYLE)
        label.append(f"{path}:{r_line}:{r_column}:", style="bold")
        label.append(" " + related.message)
        out += [label, *source.snippet(related.span, "-", RELATED_STYLE, digits, width)]
    if d.fix is not None:
        hint = Text("  ")
        hint.append(f"{w.hint}{w.colon}", style="bold green")
        hint.append(d.fix.title)
        out.append(hint)
    return out


def summary_text(outcomes: list[FileOutcome], lang: str) -> Text:
    """One line: files checked, findings per severity, files that could not be checked."""
    w = words(lang)
    files = len(outcomes)
    file_word = "file" if files == 1 else "files"
    counts = {s: sum(o.count(s) for o in outcomes) for s in SEVERITIES}
    unreadable = sum(1 for o in outcomes if o.error is not None)
    text = Text()
    if not any(counts.values()) and not unreadable:
        text.append(w.clean.format(files=files, file=file_word), style="bold green")
        return text
    text.append(w.summary.format(files=files, file=file_word), style="bold")
    for i, severity in enumerate(SEVERITIES):
        if i:
            text.append(w.comma)
        n = counts[severity]
        phrase = w.counts[severity][0 if n == 1 else 1].format(n=n)
        text.append(phrase, style=SEVERITY_STYLE[severity] if n else "")
    if unreadable:
        text.append(w.semicolon)
        phrase = w.unreadable_count[0 if unreadable == 1 else 1].format(n=unreadable)
        text.append(phrase, style=SEVERITY_STYLE[Severity.ERROR])
    return text


class _Source:
    """Lines of one report, shown a window at a time."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._starts = line_starts(report.text)

    def line(self, number: int) -> tuple[int, int]:
        """Start and end offsets (without the line break) of a 1-based line."""
        start = self._starts[number - 1]
        end = self._starts[number] if number < len(self._starts) else len(self.report.text)
        while end > start and self.report.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def snippet(self, span: Span, mark: str, style: str, digits: int, width: int) -> list[Text]:
        """The span's first line, cut to a window around it, and a row of ``mark`` under the span."""
        number, _ = self.report.position(span.start)
        line_start, line_end = self.line(number)
        budget = max(MIN_WINDOW, width - digits - 5)
        # Only characters near the span can be shown: every visible one takes at least a cell.
        first_abs = span.start
        last_abs = min(span.end, line_end, first_abs + budget)  # a span running on is underlined to line end
        region_start = max(line_start, first_abs - budget)
        region_end = min(line_end, last_abs + budget)
        clipped = region_start > line_start or region_end < line_end
        pieces = [_display(ch) for ch in self.report.text[region_start:region_end]]
        widths = [cell_len(p) for p in pieces]
        first, last = first_abs - region_start, last_abs - region_start
        lo, hi = _window(widths, first, last, budget - 2 if clipped else budget)
        cut_left = region_start + lo > line_start
        cut_right = region_start + hi < line_end
        shown = Text()
        if cut_left:
            shown.append(ELLIPSIS, style="dim")
        shown.append("".join(pieces[lo:hi]))
        if cut_right:
            shown.append(ELLIPSIS, style="dim")
        pad = (1 if cut_left else 0) + sum(widths[lo:first])
        cells = max(1, sum(widths[first : min(last, hi)]))
        gutter = f" {number:>{digits}} | "
        blank = f" {'':>{digits}} | "
        source_row = Text()
        source_row.append(gutter, style=GUTTER_STYLE)
        source_row.append_text(shown)
        mark_row = Text()
        mark_row.append(blank, style=GUTTER_STYLE)
        mark_row.append(" " * pad)
        mark_row.append(mark * cells, style=style)
        return [source_row, mark_row]


def _display(ch: str) -> str:
    """How one character is shown: tabs as spaces, invisible control/format characters as a visible mark."""
    if ch == "\t":
        return TAB
    category = unicodedata.category(ch)
    if category == "Cc":
        return chr(0x2400 + ord(ch)) if ord(ch) < 0x20 else "\ufffd"
    if category == "Cf":
        return "\ufffd"
    return ch


def _window(widths: list[int], first: int, last: int, budget: int) -> tuple[int, int]:
    """Character range [lo, hi) around [first, last) whose cells, plus ellipses, fit ``budget``."""
    n = len(widths)
    if sum(widths) <= budget:
        return 0, n
    room = budget - 2  # both ellipses
    lo, hi = first, max(last, min(first + 1, n))
    used = sum(widths[lo:hi])
    if used > room:  # the span alone is too long: keep its start and some context before it
        while hi > lo + 1 and used > room - room // 4:
            hi -= 1
            used -= widths[hi]
        left = room - used
    else:
        left = (room - used) // 2
    while lo > 0 and widths[lo - 1] <= left:
        lo -= 1
        left -= widths[lo]
        used += widths[lo]
    while hi < n and used + widths[hi] <= room:
        used += widths[hi]
        hi += 1
    while lo > 0 and used + widths[lo - 1] <= room:
        lo -= 1
        used += widths[lo]
    return lo, hi
