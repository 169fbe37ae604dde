from __future__ import annotations

from decimal import Decimal

from linter.analysis.quantities import num
from linter.model import Report, TableCell
from linter.rule import Context, Message, Rule
from rules.arithmetic.columns import Number, amount, cell, money_tables, percent

_RATE = "执行率"
_SPENT = ("执行", "支出", "决算", "实际", "拨付", "到位")
_BUDGET = ("预算", "计划", "批复", "调整")
_PREFERRED_BUDGET = ("全年", "调整")  # the budget a year's execution is reckoned against


class TableRateMismatch(Rule):
    """表格里的执行率与同一行的预算数、执行数算不出来。

    检查内容
        收支表、资金表等金额表格（不含评分表）有“执行率”列时，每一行的执行率应为该行的执行数（实际支出、决算数）
        ÷ 预算数。表中有几列预算（年初预算、全年预算）或几列执行数时，与其中任何一对相符就不报；允许所写小数位数
        带来的舍入和截断。超支时写成100%的不报。

    为什么
        执行率是预算执行情况最受关注的数。它和本行的两个金额对不上，多半是改了金额而没有重算执行率，或照抄了
        别的行；评审无法判断哪个数是对的。

    反例
        ```text
        项目	调整后预算	实际支出	执行率
        社会救助	2856.30	2790.12	97.68%
        养老服务	436.10	401.34	93.03%
        ```

    正例
        ```text
        项目	调整后预算	实际支出	执行率
        社会救助	2856.30	2790.12	97.68%
        养老服务	436.10	401.34	92.03%
        ```
    """

    code = "AR107"
    slug = "table-rate-mismatch"
    summary_en = "A table's execution rate does not follow from its row's budget and spending"

    def check(self, report: Report, ctx: Context) -> None:
        for money in money_tables(report):
            header = money.header
            rates = [i for i, name in enumerate(header) if _RATE in name]
            spent = [i for i, name in enumerate(header) if "率" not in name and any(w in name for w in _SPENT)]
            budget = [
                i
                for i, name in enumerate(header)
                if "率" not in name and i not in spent and any(w in name for w in _BUDGET)
            ]
            if len(rates) != 1 or not spent or not budget:
                continue
            preferred = [i for i in budget if any(w in header[i] for w in _PREFERRED_BUDGET)] or budget[-1:]
            for row in money.table.rows[1:]:
                self._row(ctx, row, rates[0], [*preferred, *budget], spent)

    def _row(self, ctx: Context, row: list[TableCell], rate_at: int, budget: list[int], spent: list[int]) -> None:
        stated = percent(cell(row, rate_at))
        if stated is None:
            return
        budgets = [n for i in budget if (n := amount(cell(row, i))) is not None and n.value > 0]
        spendings = [n for i in spent if (n := amount(cell(row, i))) is not None]
        pairs = [(b, s) for b in budgets for s in spendings]
        if not pairs or any(_agrees(stated, b, s) for b, s in pairs):
            return
        b, s = pairs[0]
        actual = s.value / b.value * 100
        shown = num(actual.quantize(Decimal("0.01")).normalize())
        ctx.report(
            stated.span,
            Message(
                f"执行率{num(stated.value)}%与本行数字不符：{num(s.value)}÷{num(b.value)}≈{shown}%",
                f"the execution rate {num(stated.value)}% does not follow from its row: "
                f"{num(s.value)}/{num(b.value)} ≈ {shown}%",
            ),
            related=((s.span, Message("执行数", "spent")), (b.span, Message("预算数", "budget"))),
        )


def _agrees(stated: Number, budget: Number, spent: Number) -> bool:
    """The rate, rounded or cut off at the decimals written; 100% where the spending went over the budget."""
    actual = spent.value / budget.value * 100
    if stated.value == 100 and actual > 100:
        return True
    return abs(actual - stated.value) < Decimal(1).scaleb(-stated.decimals)
