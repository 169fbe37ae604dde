"""Numbers in the cells of a score table, as the score rules read them."""

from __future__ import annotations

from decimal import Decimal

from linter import patterns
from linter.diagnostics import Span
from linter.model import TableCell
from linter.parse.numbers import to_decimal

# a cell holding one number (1,350.00 with its thousands set apart too), perhaps a percentage
NUMBER = r"^\s*([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(%|％)?\s*$"


def cell_number(cell: TableCell | None) -> tuple[Decimal, int, bool, Span] | None:
    """(value, decimals written, whether a % follows, where the number and its % stand) of a numeric cell."""
    if cell is None:
        return None
    found = patterns.compile(NUMBER).match(cell.text)
    if found is None:
        return None
    value = to_decimal(found.group(1).replace(",", ""))
    if value is None:
        return None
    decimals = len(found.group(1).replace("．", ".").partition(".")[2])
    start = cell.span.start + found.start(1)
    return value, decimals, bool(found.group(2)), Span(start, cell.span.start + found.end(found.lastindex or 1))
