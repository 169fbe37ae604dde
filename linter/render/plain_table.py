"""The summary table's text without colour, as rich prints it, at a fraction of the cost.

Into a file or a pipe without colour, rich lays out the summary table (``box.MARKDOWN``, no outer edge, no
padding at the edges, never wrapped) as plain padded columns; for a batch of a thousand files that layout
took most of the time spent printing. ``plain_markdown`` writes the same characters directly from the
``Table``: each column as wide as its widest cell (in terminal cells), left or right justified, `` | ``
between columns, a rule of ``-`` under the header and above the footer. A table it does not handle exactly
(other options, centred or wrapped cells, control characters, rich renderables other than text) gives None,
and the caller lets rich print it. ``tests/test_plain_table.py`` compares the two.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

_CONTROL = frozenset(chr(c) for c in [*range(32), *range(0x7F, 0xA0)])


def plain_markdown(table: Table) -> str | None:
    """The lines rich prints for ``table`` with no colour and unlimited width, or None when not sure."""
    if (
        table.box is not box.MARKDOWN
        or table.show_edge
        or table.pad_edge
        or table.padding != (0, 1, 0, 1)
        or table.show_lines
        or table.title
        or table.caption
        or table.row_styles
        or table.width is not None
        or table.min_width is not None
        or table.expand
        or table.collapse_padding
        or not table.show_header
        or not table.columns
    ):
        return None
    columns = table.columns
    grid: list[list[str]] = []
    header = [_plain(c.header) for c in columns]
    rows = [[_plain(cell) for cell in row] for row in zip(*(c._cells for c in columns), strict=True)]
    footer = [_plain(c.footer) for c in columns] if table.show_footer else None
    for row in [header, *rows, *([footer] if footer is not None else [])]:
        if any(cell is None for cell in row):
            return None
        grid.append(row)  # type: ignore[arg-type]  # no None left
    for column in columns:
        if column.justify not in ("left", "right", "default") or column.width is not None or column.ratio:
            return None
        if column.min_width is not None or column.max_width is not None:
            return None
    widths = [max(cell_len(row[i]) for row in grid) for i in range(len(columns))]
    if any(w == 0 for w in widths):
        return None
    right = [column.justify == "right" for column in columns]
    last = len(columns) - 1

    def line(row: list[str]) -> str:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - cell_len(cell))
            parts.append(pad + cell if right[i] else cell + pad)
        return " | ".join(parts)

    rule = "|".join("-" * (w + (1 if i in (0, last) else 2)) for i, w in enumerate(widths))
    if len(columns) == 1:
        rule = "-" * widths[0]
    out = [line(header), rule, *(line(r) for r in rows)]
    if footer is not None:
        out += [rule, line(footer)]
    return "\n".join(out) + "\n"


def _plain(cell: object) -> str | None:
    if isinstance(cell, Text):
        text = cell.plain
    elif isinstance(cell, str):
        text = cell
    else:
        return None
    if any(ch in _CONTROL for ch in text) or text != text.strip() or "  " in text:
        return None
    return text
