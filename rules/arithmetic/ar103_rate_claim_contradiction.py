from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from linter import patterns
from linter.analysis.quantities import (
    Prose,
    Quantity,
    bound_words,
    claim_openers,
    has_any,
    percent_signs,
)
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.arithmetic.rates import percent_places, ratio_claims, shown

_WORDS = {
    "<": ("小于", "below"),
    "<=": ("不超过", "at most"),
    ">": ("大于", "above"),
    ">=": ("不低于", "at least"),
}


class RateClaimContradiction(Rule):
    """“控制率<100%”之类的比较与它自己的数字相矛盾。

    检查内容
        同一句里给出了实际数和编制（预算、计划）数，又声称比率小于、大于或不超过某个百分比，而按这两个数
        算出的比率显然不满足（实际在职45人、编制43人，却写“人员控制率<100%”）；或者先写出比率的值，紧接着
        的比较与这个值本身矛盾（“控制率为105%，<100%”）。

    为什么
        这类比较通常直接决定指标得分；比较不成立而照样给分，评审会认定自评失实。

    反例
        ```text
        在职人员编制数为43人，实际在职人员数为45人，人员控制率<100%，得2分。
        ```

    正例
        ```text
        在职人员编制数为43人，实际在职人员数为41人，人员控制率<100%，得2分。
        ```
    """

    code = "AR103"
    slug = "rate-claim-contradiction"
    summary_en = "A comparison such as 控制率<100% contradicts the figures it rests on"

    def check(self, report: Report, ctx: Context) -> None:
        for claim in ratio_claims(report):
            stated = claim.stated
            if stated.comparator is None or not claim.bound_contradicted():
                continue
            value = shown(claim.computed.point, percent_places(stated))
            formula = claim.computed.formula
            claimed = report.slice(stated.whole_span)
            ctx.report(
                stated.whole_span,
                Message(
                    f"{claim.name}{claimed}不成立：{formula}≈{value}%",
                    f"{claim.name} {claimed} does not hold: {claim.computed.formula_en} ≈ {value.replace('−', '-')}%",
                ),
                related=tuple(
                    (q.span, Message(f"{zh}：{q.text}", f"{en}: {q.text}")) for q, zh, en in claim.operands
                ),
            )
        for rate, bound in _chained(report):
            claimed = report.slice(bound.whole_span)
            ctx.report(
                bound.whole_span,
                Message(
                    f"前面写明为{rate.text}，紧接着又写{claimed}，自相矛盾",
                    f"stated as {rate.text}, then claimed to be {claimed}: a contradiction",
                ),
                related=((rate.span, Message(f"比率：{rate.text}", f"rate: {rate.text}")),),
            )


# What may stand between a rate's value and the bound that follows it: 为95.24%，控制在100%以内.
_CHAIN_LINKS = ("", "控制在", "保持在", "均在", "在")


def _chained(report: Report) -> Iterator[tuple[Quantity, Quantity]]:
    """A rate's value and the bound right after it (为22.25%，<100%) when the bound cannot hold."""
    bounds = bound_words()
    for paragraph in report.facts.percent_paragraphs:
        text = paragraph.text
        if percent_signs(text) < 2 or ("百分之" not in text and _chain().search(text) is None):
            continue  # a pair needs two percentages, the value's % followed by the bound
        if not has_any(text, bounds):
            continue  # nor is there a bound
        for value, bound in _pairs(report.facts.prose(paragraph)):
            half = value.ulp / 2
            low, high, limit = value.number - half, value.number + half, bound.number
            broken = {
                "<": low >= limit,
                "<=": low > limit,
                ">": high <= limit,
                ">=": high < limit,
            }[bound.comparator]
            if broken:
                yield value, bound


def _pairs(paragraph: Prose) -> Iterator[tuple[Quantity, Quantity]]:
    """Each exact percentage with the bound that follows it, only marks or one of ``_CHAIN_LINKS`` between."""
    text = paragraph.text
    for value, bound in itertools.pairwise(paragraph.percentages):
        if not value.exact or bound.comparator is None or bound.approximate:
            continue
        if text[value.span.end : bound.whole_span.start].strip(_CHAIN_MARKS) in _CHAIN_LINKS:
            yield value, bound


_CHAIN_MARKS = " \u3000，,、"


@cache
def _chain() -> re.Pattern[str]:
    """A % sign, then only marks and one of ``_CHAIN_LINKS`` up to what a bound's claim opens with: a paragraph
    without it (written without 百分之) has no percentage followed by a bound, as ``_pairs`` reads them (a figure
    with a % sign ends with it)."""
    marks = f"[{_CHAIN_MARKS}]*"
    links = "|".join(map(re.escape, sorted(_CHAIN_LINKS, key=len, reverse=True)))
    return patterns.compile(f"[%％]{marks}(?:{links}){marks}{claim_openers()}")
