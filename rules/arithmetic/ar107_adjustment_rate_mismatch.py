from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from linter import patterns
from linter.analysis.quantities import Quantity
from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.arithmetic.rates import percent_places, shown


class AdjustmentRateMismatch(Rule):
    """预算调整率高于按追加数和年初预算算出的比率。

    检查内容
        报告写明了年初预算和年中追加（调增）的金额，又写出“预算调整率为12.15%”，而无论以年初预算还是以调整后
        预算为分母，追加数算出的比率都低于所写的值（318.60÷2,856.40≈11.15%）。年初预算和追加数可以写在别的段落，
        但全文只能各有一个金额；同时写了追加和调减（追减）的不核对。所写比率低于算出的值不报告：按共性指标的
        口径，因政策调整等原因追加的资金可以不计入调整数。

    为什么
        预算调整率直接决定“预算调整率”指标的扣分；写错一个百分点，扣分就可能不同，评审会按报告自己的
        数字重算。

    反例
        ```text
        2023年年初预算2,856.40万元，年中追加318.60万元，调整后预算3,175.00万元。
        预算调整率（2分），年中追加318.60万元，预算调整率12.15%，扣1分，得1分。
        ```

    正例
        ```text
        2023年年初预算2,856.40万元，年中追加318.60万元，调整后预算3,175.00万元。
        预算调整率（2分），年中追加318.60万元，预算调整率11.15%，扣1分，得1分。
        ```
    """

    code = "AR107"
    slug = "adjustment-rate-mismatch"
    summary_en = "A 预算调整率 higher than the added funds give over the initial (or adjusted) budget"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        text = report.text
        if "调整率" not in text or "年初" not in text or ("追加" not in text and "调增" not in text):
            return  # no rate, no initial budget or no sum added: most reports
        rates = list(_stated_rates(report))
        budget = _budget(report) if rates else None
        if budget is None:
            return
        initial, added, adjusted = budget
        for stated in rates:
            bases = [initial.value, initial.value + added.value]
            if adjusted is not None:
                bases.append(adjusted.value)
            highest = max(added.value / base * 100 for base in bases if base > 0)
            places = percent_places(stated)
            if stated.number <= highest + Decimal(1).scaleb(-stated.decimals) / 2:
                continue
            value = shown(added.value / initial.value * 100, places)
            ctx.report(
                stated.span,
                Message(
                    f"预算调整率{stated.text}高于所列数字算出的比率：追加{added.text}÷年初预算{initial.text}≈{value}%",
                    f"budget adjustment rate {stated.text} is above what the figures give: {added.text} added ÷ "
                    f"{initial.text} initial budget ≈ {value}%",
                ),
                related=(
                    (initial.span, Message(f"年初预算：{initial.text}", f"initial budget: {initial.text}")),
                    (added.span, Message(f"追加：{added.text}", f"added: {added.text}")),
                ),
            )


# 年初预算2,856.40万元, 年初部门预算为2380万元: the initial budget; 年中追加318.60万元, 追加预算265.60万元,
# 调增资金50万元: funds added during the year; 调减, 追减: funds taken away; 调整后预算3,175万元: the adjusted budget.
_INITIAL = patterns.compile(r"年初(?:部门)?(?:批复)?预算(?:数|金额|资金)?(?:为|是|[：:])?[^\S\r\n]*$")
_ADDED = patterns.compile(r"(?:追加|调增)(?:预算|资金|经费)?(?:数|金额)?(?:为|是|[：:])?[^\S\r\n]*$")
_TAKEN = patterns.compile(r"调减|追减|核减|收回")
_ADJUSTED = patterns.compile(r"(?:调整后|全年)(?:部门)?预算(?:数|金额|资金)?(?:为|是|[：:])?[^\S\r\n]*$")
_BUDGET_WORDS = ("年初", "追加", "调增", "调减", "追减", "核减", "收回", "调整后", "全年预算")  # a line naming one of the sums
_RATE = patterns.compile(r"预算调整率(?:为|是|达|[：:=＝])?[^\S\r\n]*$")


def _budget(report: Report) -> tuple[Quantity, Quantity, Quantity | None] | None:
    """The report's one initial budget, one sum added and, if stated, one adjusted budget; None when the report
    states none of the first two, several different ones, or funds taken away too."""
    found: dict[str, set[Decimal]] = {"initial": set(), "added": set(), "adjusted": set()}
    first: dict[str, Quantity] = {}
    for clause, q in _money(report):
        for kind, pattern in (("initial", _INITIAL), ("added", _ADDED), ("adjusted", _ADJUSTED)):
            if pattern.search(clause):
                found[kind].add(q.value)
                first.setdefault(kind, q)
        if _TAKEN.search(clause):
            return None
    if len(found["initial"]) != 1 or len(found["added"]) != 1 or len(found["adjusted"]) > 1:
        return None
    return first["initial"], first["added"], first.get("adjusted")


def _money(report: Report) -> Iterator[tuple[str, Quantity]]:
    """Each exact sum of money in the report's prose, with the words of its clause before it."""
    for paragraph in report.paragraphs:
        if not any(word in paragraph.text for word in _BUDGET_WORDS):
            continue
        prose = report.facts.prose(paragraph)
        for q in prose.figures.items:
            if q.family == "money" and q.exact:
                yield prose.words_before(q.whole_span.start, prose.start, _BREAKS), q


def _stated_rates(report: Report) -> Iterator[Quantity]:
    """Each exact 预算调整率 stated as a percentage."""
    for paragraph in report.paragraphs:
        if "调整率" not in paragraph.text:
            continue
        prose = report.facts.prose(paragraph)
        for q in prose.percentages:
            if q.exact and _RATE.search(prose.words_before(q.whole_span.start, prose.start, _BREAKS)):
                yield q


_BREAKS = "，,；;。！？!?"
