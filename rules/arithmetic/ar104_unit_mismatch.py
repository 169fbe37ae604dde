from __future__ import annotations

from decimal import Decimal

from linter.analysis.quantities import Quantity, units
from linter.diagnostics import Edit, Fix, Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.arithmetic.breakdowns import Verdict, checks
from rules.arithmetic.messages import part_notes, terms


class UnitMismatch(Rule):
    """合计与分项只有把“元”换成“万元”（或反过来）才对得上，疑为单位写错。

    检查内容
        “其中”列出的分项与合计对不上，但只要把其中一个数（或全部分项）的单位由“元”改为“万元”、由“万元”改为
        “元”（万元与亿元之间同理）就正好相符。这通常是单位写错，而不是数字写错。

    为什么
        单位差一万倍，金额就差一万倍；读者无法判断哪个数是对的。把单位改对，比当作加总错误去查更省事。

    反例
        ```text
        全年支出合计1738.4万元，其中基本支出523.85元，项目支出1214.55万元。
        ```

    正例
        ```text
        全年支出合计1738.4万元，其中基本支出5238500元，项目支出1214.55万元。
        ```
    """

    code = "AR104"
    slug = "unit-mismatch"
    summary_en = "Parts and total agree only if 元 and 万元 are swapped somewhere"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        for breakdown, result in checks(report):
            if result.verdict is not Verdict.UNIT_SLIP:
                continue
            total = breakdown.total
            listed = terms(result.parts, total)
            notes = part_notes(result.parts)
            slipped = result.slipped
            if slipped is None:
                continue
            wanted = _unit(slipped, result.slip_factor)
            if wanted is None:
                continue
            notes = tuple(n for n in notes if n[0] != slipped.span)
            if slipped is not total:
                notes = ((total.span, Message(f"合计：{total.text}", f"total: {total.text}")), *notes)
            ctx.report(
                slipped.span,
                Message(
                    f"{slipped.text}按“{wanted}”计，合计{total.text}与分项（{listed}）才相符，疑为单位写错",
                    f"{slipped.text} read as {wanted} makes the total {total.text} and the parts ({listed}) agree; "
                    f"the unit looks wrong",
                ),
                related=notes,
                fix=Fix(
                    Message(f"改为“{wanted}”", f"change to “{wanted}”"),
                    (Edit(slipped.unit_span, wanted),),
                    safe=False,
                ),
            )


def _unit(quantity: Quantity, factor: Decimal) -> str | None:
    """The unit ``quantity`` would need: 元 → 万元 for a factor of 10000; None if there is no such unit."""
    multiplier = quantity.multiplier * factor
    if multiplier == 1:
        return quantity.unit.name
    names = {Decimal(v): k for k, v in units()["multipliers"].items()}
    prefix = names.get(multiplier)
    return None if prefix is None else prefix + quantity.unit.name
