"""The summary table's text without colour, as rich prints it, at a fraction of the cost.

Into a file or a pipe without colour, rich lays out the summary table (``box.MARKDOWN``, no outer edge, no
padding at the edges, never wrapped) as plain padded columns. For a batch of a thousand files, building rich's
``Table`` and laying it out took most of the time spent printing, and in a ``--jobs 2`` run it is done after the
workers have finished. The table is first a ``Grid`` of plain cells with their styles; ``plain_markdown`` writes
from it the characters rich would print: each column as wide as its widest cell (in terminal cells), left or
right justified, `` | `` between columns, a rule of ``-`` under the header and above the footer. Cells it cannot
lay out exactly (control characters, space that rich would wrap or trim) give None, and the caller lets rich
print the ``Table`` that ``Grid.table`` makes. ``tests/test_plain_table.py`` compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.table import Table

_CONTROL = frozenset(chr(c) for c in [*range(32), *range(0x7F, 0xA0)])

Cell = tuple[str, str]  # text, rich style ("" for none)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    right: bool = False  # justified right (else left)
    footer: Cell = ("", "")
    wrap: bool = True  # a long cell folds onto more lines (else it is never wrapped)


@dataclass(slots=True)
class Grid:
    """A Markdown-style table as plain cells: what rich's ``Table`` is made from, without its cost."""

    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    show_footer: bool = True

    def table(self) -> Table:
        """The same table for rich to print (to a terminal, in colour)."""
        from rich import box
        from rich.text import Text

        table = Table(
            box=box.MARKDOWN,
            show_edge=False,
            pad_edge=False,
            show_footer=self.show_footer,
            header_style="bold",
            footer_style="bold",
        )
        for c in self.columns:
            footer = Text(c.footer[0], style=c.footer[1])
            justify = "right" if c.right else "left"
            if c.wrap:
                table.add_column(c.header, footer=footer, justify=justify, overflow="fold")
            else:
                table.add_column(c.header, footer=footer, justify=justify, no_wrap=True)
        for row in self.rows:
            table.add_row(*(Text(text, style=style) for text, style in row))
        return table


def plain_markdown(grid: Grid) -> str | None:
    """The lines rich prints for ``grid.table()`` with no colour and unlimited width, or None when not sure."""
    columns = grid.columns
    if not columns:
        return None
    header = [c.header for c in columns]
    rows = [[text for text, _ in row] for row in grid.rows]
    footer = [c.footer[0] for c in columns] if grid.show_footer else None
    lines = [header, *rows, *([footer] if footer is not None else [])]
    if not all(_plain(cell) for row in lines for cell in row):
        return None
    widths = [max(cell_len(row[i]) for row in lines) for i in range(len(columns))]
    if any(w == 0 for w in widths):
        return None
    right = [column.right for column in columns]
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


def _plain(text: str) -> bool:
    """Whether rich prints ``text`` in a cell as it is (an empty cell too)."""
    return not (any(ch in _CONTROL for ch in text) or text != text.strip() or "  " in text)
