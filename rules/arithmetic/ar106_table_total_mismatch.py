from __future__ import annotations

from decimal import Decimal

from linter.analysis.quantities import num
from linter.model import Report, TableCell
from linter.rule import Context, Message, Rule
from rules.arithmetic.columns import (
    Number,
    adds_up,
    amount,
    cell,
    is_empty,
    is_part,
    is_total,
    label,
    money_tables,
)


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
        for money in money_tables(report):
            columns = [i for i, name in enumerate(money.header) if adds_up(name)]
            rows: list[list[TableCell]] = []
            for row in money.table.rows[1:]:
                if is_total(row):
                    self._total(ctx, money.header, columns, rows, row)
                    rows = []
                elif not is_part(row):
                    rows.append(row)

    def _total(
        self,
        ctx: Context,
        header: list[str],
        columns: list[int],
        rows: list[list[TableCell]],
        total_row: list[TableCell],
    ) -> None:
        checked: list[tuple[int, Number, list[Number], Decimal]] = []
        for column in columns:
            total = amount(cell(total_row, column))
            parts = [amount(cell(row, column)) for row in rows]
            cells = [cell(row, column) for row in rows]
            if total is None or any(p is None and (c is None or not is_empty(c)) for p, c in zip(parts, cells, strict=True)):
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
                    f"{label(total_row)}行{name}为{num(total.value)}，上面各行之和为{num(added)}（{terms}）",
                    f"the {name} total is {num(total.value)}, the rows above add up to {num(added)} ({terms})",
                ),
                related=tuple((p.span, Message("分项", "part")) for p in numbers[:8]),
            )


def _agree(total: Number, numbers: list[Number], added: Decimal) -> bool:
    """Equal, but for each row's rounding to the decimals written (half a last place a row)."""
    decimals = max([total.decimals, *(p.decimals for p in numbers)])
    return abs(added - total.value) <= Decimal(len(numbers)) * Decimal(5).scaleb(-decimals - 1)

