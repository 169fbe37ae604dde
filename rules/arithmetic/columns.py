"""The columns of a money table (收支情况表, 项目资金表): which hold amounts, which a rate, and its 合计 rows.

Score tables (分值, 得分) are the score rules' and are left out: ``money_tables`` yields the other tables with a
header row naming their columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from linter import patterns
from linter.diagnostics import Span
from linter.model import Report, Table, TableCell
from linter.parse.numbers import to_decimal

_SPACE = patterns.compile(r"[\s\u3000]+")
# a cell holding one amount (1,234.56 and -12.5 too), or one percentage
_AMOUNT = patterns.compile(r"^\s*(-?[0-9０-９]{1,3}(?:,[0-9]{3})+(?:[.．][0-9０-９]+)?|-?[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*$")
_PERCENT = patterns.compile(r"^\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]\s*$")
_EMPTY = frozenset(("", "-", "—", "——", "/", "－", "无"))
_TOTALS = frozenset(("合计", "总计", "总合计", "合计数"))
# headers of columns that hold no amounts to add up (scores, rates, unit prices, counts of a year…)
_NOT_ADDED = ("率", "比", "占", "%", "％", "分值", "得分", "权重", "序号", "编号", "年度", "年份", "标准", "单价", "人均", "平均")


class Number(NamedTuple):
    value: Decimal
    decimals: int  # as written
    span: Span  # where the number stands


class MoneyTable(NamedTuple):
    table: Table
    header: list[str]  # each column's name, without spaces


def money_tables(report: Report) -> Iterator[MoneyTable]:
    """The tables that are no score table, with the names of their columns (the first row)."""
    scored = {id(b.table) for b in report.blocks if b.table is not None}
    for table in report.tables:
        if id(table) in scored or len(table.rows) < 3:
            continue
        header = [_SPACE.sub("", c.text) for c in table.rows[0]]
        if any("得分" in h or "分值" in h for h in header):
            continue
        yield MoneyTable(table, header)


def label(row: list[TableCell]) -> str:
    """The row's name: its first cell with words, without spaces."""
    return next((_SPACE.sub("", c.text) for c in row if c.text.strip() and amount(c) is None), "")


def is_total(row: list[TableCell]) -> bool:
    return label(row) in _TOTALS


def is_part(row: list[TableCell]) -> bool:
    """A row breaking down the one above it (其中：本年财政拨款) or a subtotal: no row of the list itself."""
    name = label(row)
    return name.startswith(("其中", "小计", "（其中")) or name in ("小计",)


def adds_up(header: str) -> bool:
    """Whether a column of this name holds amounts that add up (预算数, 实际支出), not rates or scores."""
    return bool(header) and not any(word in header for word in _NOT_ADDED)


def cell(row: list[TableCell], column: int) -> TableCell | None:
    return row[column] if column < len(row) else None


def amount(found: TableCell | None) -> Number | None:
    """The amount a cell holds, if it holds one number and nothing else."""
    if found is None:
        return None
    match = _AMOUNT.match(found.text)
    if match is None:
        return None
    written = match.group(1).replace(",", "")
    value = to_decimal(written.lstrip("-"))
    if value is None:
        return None
    start = found.span.start + match.start(1)
    decimals = len(written.replace("．", ".").partition(".")[2])
    return Number(-value if written.startswith("-") else value, decimals, Span(start, start + len(match.group(1))))


def percent(found: TableCell | None) -> Number | None:
    """The percentage a cell holds (92.03%), if that is all it holds."""
    if found is None:
        return None
    match = _PERCENT.match(found.text)
    if match is None:
        return None
    value = to_decimal(match.group(1))
    if value is None:
        return None
    decimals = len(match.group(1).replace("．", ".").partition(".")[2])
    return Number(value, decimals, Span(found.span.start + match.start(1), found.span.start + match.end()))


def is_empty(found: TableCell | None) -> bool:
    return found is None or _SPACE.sub("", found.text) in _EMPTY
