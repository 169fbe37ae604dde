"""The default human-readable output: findings grouped by file, each with its source line and span underlined.

A file's findings are built as plain pieces plus the ranges of the styled ones (``Pieces``), which become one
``rich.text.Text`` when styles are printed, so report text (full of ``[`` and ``]``) is never read as markup.
Carets are placed by terminal cells (``rich.cells.cell_len``): a CJK character or a full-width space takes
two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len

from linter.outcome import FileResult, Finding, Position, by_path
from linter.render.console import (
    SEVERITY_STYLE,
    Pieces,
    PlainConsole,
    Words,
    clean,
    emit,
    summary_text,
    unreadable_line,
    words,
)
from linter.render.names import escape_name

if TYPE_CHECKING:
    from rich.console import Console

RELATED_STYLE = "bold blue"
GUTTER_STYLE = "blue"
MIN_WINDOW = 40  # cells of source text shown even on a narrow console
TAB = "    "
ELLIPSIS = "…"


def render_text(
    outcomes: Sequence[FileResult],
    console: Console | PlainConsole,
    lang: str,
    table: bool | None = None,
    sort: str = "path",
    reverse: bool = False,
    prepared: Prepared | None = None,
) -> None:
    """Print every finding and unreadable file, grouped by file, then a summary.

    When more than one file was checked (or ``table`` is true) a table of the files' scores and counts,
    ordered by ``sort``, comes before the summary line. Blocks ``prepared`` while the files were checked are
    printed as they are.
    """
    w = words(lang)
    results = by_path(outcomes)
    width = console.width
    for result in results:
        if result.error is not None:
            emit(console, unreadable_line(result, w))
            continue
        if not result.findings:
            continue
        block = None
        if prepared is not None and isinstance(console, PlainConsole):  # (only plain text is laid out ahead)
            block = prepared.block(result, width, w)
        emit(console, block if block is not None else _file_block(result, width, w))
    if len(results) > 1 if table is None else table:
        from linter.render.summary import print_table

        print_table(results, console, lang, sort, reverse)
    emit(console, summary_text(results, lang))


class Prepared:
    """Files' blocks of plain text output laid out while other files are still being checked: ``jxlint
    check`` hands each result over as it arrives, and the main process, otherwise waiting for its workers,
    lays it out then. Only the plain characters are kept (output without styles), so a large batch holds no
    more than the text it will print."""

    def __init__(self, width: int, lang: str) -> None:
        self.width = width
        self.words = words(lang)
        self._blocks: dict[str, tuple[FileResult, str]] = {}

    def add(self, results: Iterable[FileResult]) -> None:
        for result in results:
            if result.error is None and result.findings:
                self._blocks[result.path] = (result, _file_block(result, self.width, self.words).plain)

    def block(self, result: FileResult, width: int, w: Words) -> Pieces | None:
        """The block laid out for this very result at this width and in these words, if there is one."""
        found = self._blocks.pop(result.path, None)
        if found is None or found[0] is not result or width != self.width or w is not self.words:
            return None
        block = Pieces()
        block.add(found[1])
        return block


def _file_block(result: FileResult, width: int, w: Words) -> Pieces:
    """One file's findings, built to be printed at once (rich's cost is per print, not per line)."""
    out = Pieces()
    path = escape_name(result.path)
    n = len(result.findings)
    out.add(path, "bold underline")
    out.add(" " + w.problems.format(n=n, problem="problem" if n == 1 else "problems"))
    for finding in result.findings:
        _finding(out, result, path, finding, width, w)
        out.add("\n")  # a blank line after each finding
    return out


def _finding(out: Pieces, result: FileResult, path: str, f: Finding, width: int, w: Words) -> None:
    """The finding's lines, each begun with a line break."""
    p = f.position
    out.add("\n")
    out.add(f"{path}:{p.line}:{p.column}:", "bold")
    if f.location is not None:
        out.add(f" ({clean(f.location.described(w.lang))})", "cyan")
    out.add(" ")
    out.add(w.severity[f.severity], SEVERITY_STYLE[f.severity])
    out.add(" ")
    out.add(f.code, "bold")
    out.add(f" [{f.slug}] ", "dim")
    out.add(clean(f.message.get(w.lang)))
    digits = len(str(max(q.line for q in (p, *(r.position for r in f.related)))))
    _snippet(out, result, p, "^", SEVERITY_STYLE[f.severity], digits, width)
    for related in f.related:
        r = related.position
        out.add("\n  ")
        out.add(f"{w.related}{w.colon}", RELATED_STYLE)
        out.add(f"{path}:{r.line}:{r.column}:", "bold")
        if related.location is not None:
            out.add(f" ({clean(related.location.described(w.lang))})", "cyan")
        out.add(" " + clean(related.message.get(w.lang)))
        _snippet(out, result, r, "-", RELATED_STYLE, digits, width)
    if f.fix is not None:
        out.add("\n  ")
        out.add(f"{w.hint}{w.colon}", "bold green")
        out.add(clean(f.fix.title.get(w.lang)))


def _snippet(
    out: Pieces, result: FileResult, p: Position, mark: str, style: str, digits: int, width: int
) -> None:
    """The range's first line, cut to a window around it, and a row of ``mark`` under the range."""
    number = p.line
    line = result.lines.get(number, "")
    budget = max(MIN_WINDOW, width - digits - 5)
    # Only characters near the range can be shown: every visible one takes at least a cell.
    first_abs = min(p.column - 1, len(line))
    end_abs = p.end_column - 1 if p.end_line == number else len(line)
    last_abs = min(end_abs, len(line), first_abs + budget)  # a range running on is underlined to line end
    region_start = max(0, first_abs - budget)
    region_end = min(len(line), last_abs + budget)
    clipped = region_start > 0 or region_end < len(line)
    region = line[region_start:region_end]
    # A printable region (most are) holds no tab, control or format character: every character shows as itself.
    pieces: str | list[str] = region if region.isprintable() else [_display(ch) for ch in region]
    widths = _cells(pieces)
    first, last = first_abs - region_start, last_abs - region_start
    lo, hi = _window(widths, first, last, budget - 2 if clipped else budget)
    cut_left = region_start + lo > 0
    cut_right = region_start + hi < len(line)
    out.add("\n")
    out.add(f" {number:>{digits}} | ", GUTTER_STYLE)
    if cut_left:
        out.add(ELLIPSIS, "dim")
    out.add(region[lo:hi] if pieces is region else "".join(pieces[lo:hi]))
    if cut_right:
        out.add(ELLIPSIS, "dim")
    pad = (1 if cut_left else 0) + sum(widths[lo:first])
    cells = max(1, sum(widths[first : min(last, hi)]))
    out.add("\n")
    out.add(f" {'':>{digits}} | ", GUTTER_STYLE)
    out.add(" " * pad)
    out.add(mark * cells, style)


_CELLS: dict[str, int] = {}  # the cells rich gives each character (or shown piece) measured so far


def _cells(pieces: Iterable[str]) -> list[int]:
    """The width of each piece in terminal cells; rich measures each distinct piece once."""
    try:
        return list(map(_CELLS.__getitem__, pieces))
    except KeyError:
        for piece in set(pieces).difference(_CELLS):
            _CELLS[piece] = cell_len(piece)
        return list(map(_CELLS.__getitem__, pieces))


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
