from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from linter import patterns
from linter.analysis.quantities import num
from linter.diagnostics import Span
from linter.model import Report, Table, TableCell
from linter.rule import Context, Message, Rule
from rules.score.cells import cell_number


class TableTotalMismatch(Rule):
    """表格合计行的金额与上面各行之和不符。

    检查内容
        收支表、资金表等金额表格（不含评分表）里，“合计”“总计”行某一列的数，应等于它上面各行（表头之后，或上一个
        合计行之后）同一列的和；“其中”行和“小计”行不计入。只在同一合计行里另有一列金额正好相符时才报告：这说明
        各行是并列的分项，而不是一级、二级分项混排（那样每一列都会对不上）。率、占比、单价和分值列不加总；
        各行四舍五入带来的尾差（每行至多半个末位）不报。

    为什么
        合计是读者最先看、最常引用的数。它和分项对不上，多半是改了某一行的数而忘了改合计，或合计照抄了别处；
        评审无法判断哪个数是对的。

    反例
        ```text
        项目	调整后预算	实际支出
        社会救助	2856.30	2790.12
        养老服务	436.10	401.34
        合计	3292.40	3201.46
        ```

    正例
        ```text
        项目	调整后预算	实际支出
        社会救助	2856.30	2790.12
        养老服务	436.10	401.34
        合计	3292.40	3191.46
        ```
    """

    code = "AR106"
    slug = "table-total-mismatch"
    summary_en = "A table's total row differs from the sum of the rows above it"

    def check(self, report: Report, ctx: Context) -> None:
        for money in _money_tables(report):
            columns = [i for i, name in enumerate(money.header) if _adds_up(name)]
            rows: list[list[TableCell]] = []
            for row in money.table.rows[1:]:
                if _is_total(row):
                    self._total(ctx, money.header, columns, rows, row)
                    rows = []
                elif not _is_part(row):
                    rows.append(row)

    def _total(
        self,
        ctx: Context,
        header: list[str],
        columns: list[int],
        rows: list[list[TableCell]],
        total_row: list[TableCell],
    ) -> None:
        checked: list[tuple[int, _Number, list[_Number], Decimal]] = []
        for column in columns:
            total = _amount(_cell(total_row, column))
            parts = [_amount(_cell(row, column)) for row in rows]
            cells = [_cell(row, column) for row in rows]
            if total is None or any(p is None and (c is None or not _is_empty(c)) for p, c in zip(parts, cells, strict=True)):
                continue  # a word among the numbers, or a row too short to reach the column: no column to add up
            numbers = [p for p in parts if p is not None]
            if len(numbers) < 2:
                continue
            checked.append((column, total, numbers, sum((p.value for p in numbers), Decimal(0))))
        if not any(_agree(total, numbers, added) for _, total, numbers, added in checked):
            return  # no column adds up: the rows are not a flat list of parts
        for column, total, numbers, added in checked:
            if _agree(total, numbers, added):
                continue
            name = header[column]
            terms = "+".join(num(p.value) for p in numbers) if len(numbers) <= 8 else f"{len(numbers)}行"
            ctx.report(
                total.span,
                Message(
                    f"{_label(total_row)}行{name}为{num(total.value)}，上面各行之和为{num(added)}（{terms}）",
                    f"the {name} total is {num(total.value)}, the rows above add up to {num(added)} ({terms})",
                ),
                related=tuple((p.span, Message("分项", "part")) for p in numbers[:8]),
            )


def _agree(total: _Number, numbers: list[_Number], added: Decimal) -> bool:
    """Equal, but for each row's rounding to the decimals written (half a last place a row)."""
    decimals = max([total.decimals, *(p.decimals for p in numbers)])
    return abs(added - total.value) <= Decimal(len(numbers)) * Decimal(5).scaleb(-decimals - 1)


_SPACE = patterns.compile(r"[\s\u3000]+")
_EMPTY = frozenset(("", "-", "—", "——", "/", "－", "无"))
_TOTALS = frozenset(("合计", "总计", "总合计", "合计数"))
# headers of columns that hold no amounts to add up (scores, rates, unit prices, counts of a year…)
_NOT_ADDED = ("率", "比", "占", "%", "％", "分值", "得分", "权重", "序号", "编号", "年度", "年份", "标准", "单价", "人均", "平均")


class _Number(NamedTuple):
    value: Decimal
    decimals: int  # as written
    span: Span  # where the number stands


class _MoneyTable(NamedTuple):
    table: Table
    header: list[str]  # each column's name, without spaces


def _money_tables(report: Report) -> Iterator[_MoneyTable]:
    """The tables that are no score table, with the names of their columns (the first row)."""
    scored = {id(b.table) for b in report.blocks if b.table is not None}
    for table in report.tables:
        if id(table) in scored or len(table.rows) < 3:
            continue
        header = [_SPACE.sub("", c.text) for c in table.rows[0]]
        if any("得分" in h or "分值" in h for h in header):
            continue
        yield _MoneyTable(table, header)


def _label(row: list[TableCell]) -> str:
    """The row's name: its first cell with words, without spaces."""
    return next((_SPACE.sub("", c.text) for c in row if c.text.strip() and _amount(c) is None), "")


def _is_total(row: list[TableCell]) -> bool:
    return _label(row) in _TOTALS


def _is_part(row: list[TableCell]) -> bool:
    """A row breaking down the one above it (其中：本年财政拨款) or a subtotal: no row of the list itself."""
    name = _label(row)
    return name.startswith(("其中", "（其中", "小计"))


def _adds_up(header: str) -> bool:
    """Whether a column of this name holds amounts that add up (预算数, 实际支出), not rates or scores."""
    return bool(header) and not any(word in header for word in _NOT_ADDED)


def _cell(row: list[TableCell], column: int) -> TableCell | None:
    return row[column] if column < len(row) else None


def _amount(found: TableCell | None) -> _Number | None:
    """The amount a cell holds, if it holds one number and nothing else (no percentage)."""
    number = cell_number(found)
    return None if number is None or number[2] else _Number(number[0], number[1], number[3])


def _is_empty(found: TableCell | None) -> bool:
    return found is None or _SPACE.sub("", found.text) in _EMPTY
