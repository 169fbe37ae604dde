"""Markdown markup in a .md report: the marks are not report text.

``## 一、基本情况`` and ``**（一）预算执行**`` are numbered headings as written, and a list typed ``1.`` ``1.`` ``1.``
is shown as 1, 2, 3 (Markdown numbers an ordered list itself). The heading marks (``#``), the emphasis marks around
the start of a line (``**``, ``__``) and the numbers of such lists are blanked: each character is replaced by a space,
so every other character keeps its place (line and column of a finding are those of the file). Tables keep their
bars: the table reader understands them; the emphasis marks inside their cells (``| **合计** | **100** |``, a bold
total row) are blanked too, so the cells hold their words and numbers.

A .txt file is read the same way when it clearly is Markdown pasted or exported into it (``looks_like_markdown``):
two or more ATX headings with words after the marks, or a pipe table with its ``| --- |`` line under the header.
A plain text whose lines merely start with ``#`` or ``|`` keeps them.
"""

from __future__ import annotations

from linter import patterns

# A heading: up to three spaces, one to six #, then a space (CommonMark's ATX heading), at a line start.
_HEADING = patterns.compile(r"(?m)^ {0,3}(#{1,6})(?=[ \t])")
# Emphasis that opens a line (after a heading mark or spaces), with its closing mark on the same line.
_EMPHASIS = patterns.compile(r"(?m)^([ \t#]*)(\*\*|__)([^\n]*?)(\2)")
# A row of a pipe table (its bars at both ends), and a cell's emphasis: ** or __ or * hugging the words of a cell
# (within Chinese words too, as Markdown reads it; not between Latin letters or digits: 2*3*4 stays).
_TABLE_ROW = patterns.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t\r]*$")
_CELL_EMPHASIS = patterns.compile(r"(?<![*_A-Za-z0-9])(\*\*|__|\*)(?=[^\s*_|])([^|\n]*?[^\s*_|\\])(\1)(?![*_A-Za-z0-9])")
# What makes a .txt Markdown: a heading with words after its marks, or the |---|---| line under a table's header.
_WORDED_HEADING = patterns.compile(r"(?m)^ {0,3}#{1,6}[ \t]+[^\s#]")
_DELIMITER_ROW = patterns.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?\r?$")
# An ordered list item: up to three spaces, a number, a dot or bracket, a space.
_ITEM = patterns.compile(r"(?m)^ {0,3}([0-9]{1,9})([.)])(?=[ \t])")


def looks_like_markdown(text: str) -> bool:
    """Whether a plain text is clearly Markdown: two or more headings ``## 一、…`` (marks, a space, then words), or a
    pipe table whose header has its ``| --- | --- |`` line under it. One ``# 备注`` line or a ``|`` drawn in the text
    is not enough."""
    if "#" in text:
        headings = _WORDED_HEADING.finditer(text)
        if next(headings, None) is not None and next(headings, None) is not None:
            return True
    if "|" not in text or "---" not in text:
        return False
    for found in _DELIMITER_ROW.finditer(text):
        header = text[text.rfind("\n", 0, max(found.start() - 1, 0)) + 1 : found.start()]
        if "|" in header and header.strip(" \t\r\n|"):
            return True
    return False


def blank_markdown(text: str) -> str:
    """``text`` with its Markdown marks replaced by spaces; unchanged when it has none."""
    if "#" not in text and "*" not in text and "__" not in text and "1." not in text and "1)" not in text:
        return text
    chars = list(text)
    for found in _HEADING.finditer(text):
        _blank(chars, found.start(1), found.end(1))
    for found in _EMPHASIS.finditer(text):
        _blank(chars, found.start(2), found.end(2))
        _blank(chars, found.start(4), found.end(4))
    if "|" in text and ("*" in text or "__" in text):
        for row in _TABLE_ROW.finditer(text):
            for found in _CELL_EMPHASIS.finditer(row.group()):
                _blank(chars, row.start() + found.start(1), row.start() + found.end(1))
                _blank(chars, row.start() + found.start(3), row.start() + found.end(3))
    for run in _lazy_lists(text):
        for start, end in run:
            _blank(chars, start, end)
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _lazy_lists(text: str) -> list[list[tuple[int, int]]]:
    """The runs of two or more list items all numbered 1 with the same mark, in one list (only the items' text and
    blank lines between them): Markdown shows them as 1, 2, 3. Where each item's number and mark stand."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    mark = ""
    for found in _ITEM.finditer(text):
        lazy = found.group(1) == "1"
        if run and (not lazy or found.group(2) != mark or not _continues(text, run[-1][1], found.start())):
            if len(run) > 1:
                runs.append(run)
            run = []
        if lazy:
            run.append((found.start(1), found.end(2)))
            mark = found.group(2)
    if len(run) > 1:
        runs.append(run)
    return runs


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether the item at ``start`` is in the list of the item ending at ``previous_end``: after a blank line,
    only the items' indented text may come between them (an unindented paragraph or a heading ends a list)."""
    blank = False
    for line in text[previous_end:start].split("\n")[1:]:
        if not line.strip():
            blank = True
        elif line.lstrip().startswith("#") or (blank and not line.startswith(("  ", "\t"))):
            return False
    return True
