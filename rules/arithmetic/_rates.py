"""Rates stated next to the figures they come from: 执行率 = 执行数 ÷ 预算数, shares, growth.

Each finder yields the stated percentage with the rate recomputed from the figures as an interval: a
figure written with decimals may be anywhere within half its last digit, so the rate may be too. The
word lists live in ``rates.yaml``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from linter.data import safe_load
from linter.model import Paragraph, Report
from rules._per_report import per_report
from rules._scan import paragraph_at
from rules.arithmetic._breakdowns import breakdowns
from rules.arithmetic._quantities import (
    Figures,
    Quantity,
    num,
    paragraph_marks,
    paragraph_quantities,
    percent_paragraphs,
)

_SEGMENT_END = "。；;！？!?"
_NAME_BREAKS = "，,；;。（()）、！？!?"
_LABEL_BREAKS = "，,；;：:、（()）。！？!?"
_NON_FIGURES = ("percent", "percentage-points")
_OF_PERCENT = re.compile(r"的\s*[0-9０-９.．]+\s*[%％]")
_HUNDRED = Decimal(100)
_ASCII = str.maketrans("÷（）−", "/()-")


@cache
def vocabulary() -> dict[str, Any]:
    text = resources.files("rules.arithmetic").joinpath("rates.yaml").read_text("utf-8")
    data: dict[str, Any] = safe_load(text)
    return data


@dataclass(frozen=True, slots=True)
class Computed:
    """A rate recomputed from figures, in percent."""

    low: Decimal
    high: Decimal
    point: Decimal  # from the figures exactly as written
    formula: str  # 18501.096万元÷（18501.096万元+703万元）

    @property
    def formula_en(self) -> str:
        return self.formula.translate(_ASCII)


@dataclass(frozen=True, slots=True)
class RateClaim:
    stated: Quantity  # the percentage as the prose states it (a value or a bound)
    name: str  # 支付率, 占比, 增长
    computed: Computed
    operands: tuple[tuple[Quantity, str, str], ...]  # figure, role in Chinese, role in English

    def contradicted(self) -> bool:
        """The stated value (rounded as written) cannot be the recomputed one."""
        half = self.stated.ulp / 2
        value = self.stated.number
        return self.computed.high < value - half or self.computed.low >= value + half

    def bound_contradicted(self) -> bool:
        """The stated bound (<100%) cannot hold for the recomputed rate."""
        bound = self.stated.number
        low, high = self.computed.low, self.computed.high
        return {
            "<": low >= bound,
            "<=": low > bound,
            ">": high <= bound,
            ">=": high < bound,
        }.get(self.stated.comparator or "", False)


def shown(value: Decimal, places: int) -> str:
    """A percentage for a message, rounded to ``places`` decimals."""
    return num(value.quantize(Decimal(1).scaleb(-places))).replace("-", "−")


def percent_places(stated: Quantity) -> int:
    return max(1, stated.decimals + 1)


def _interval(q: Quantity, rounded: bool) -> tuple[Decimal, Decimal]:
    if q.decimals > 0 or rounded:
        half = q.ulp / 2
        return q.value - half, q.value + half
    return q.value, q.value


def _bounds(
    f: Callable[..., Decimal | None], figures: Sequence[Quantity]
) -> tuple[Decimal, Decimal, Decimal] | None:
    finest = min(q.ulp for q in figures)
    intervals = [_interval(q, q.ulp > finest) for q in figures]
    values = []
    for corner in itertools.product(*intervals):
        value = f(*corner)
        if value is None:
            return None
        values.append(value)
    point = f(*(q.value for q in figures))
    if point is None:
        return None
    return min(values), max(values), point


def _written(q: Quantity) -> str:
    return q.text


def _label(text: str, q: Quantity, floor: int) -> str:
    i = q.whole_span.start
    while i > floor and text[i - 1] not in _LABEL_BREAKS:
        i -= 1
    return text[i : q.whole_span.start]


def _segment_start(report: Report, paragraph: Paragraph, position: int) -> int:
    """Just after the last segment end (。；…) before ``position`` in ``paragraph``."""
    return paragraph_marks(report, paragraph, _SEGMENT_END).after_last(paragraph.span.start, position)


def _rate_figures(report: Report, paragraph: Paragraph) -> Figures:
    """The quantities of ``paragraph`` that can enter a rate (not percentages themselves)."""
    found = _figures_by_paragraph(report)
    key = (paragraph.span.start, paragraph.span.end)
    figures = found.get(key)
    if figures is None:
        quantities = paragraph_quantities(report, paragraph)
        figures = found[key] = Figures(x for x in quantities if x.family not in _NON_FIGURES)
    return figures


@per_report
def _figures_by_paragraph(report: Report) -> dict[tuple[int, int], Figures]:
    return {}


def _percentages(report: Report, paragraph: Paragraph) -> dict[int, Quantity]:
    """The percentages of ``paragraph`` by where their claim starts (the first, if two start together)."""
    found = _percentages_by_paragraph(report)
    key = (paragraph.span.start, paragraph.span.end)
    percentages = found.get(key)
    if percentages is None:
        percentages = found[key] = {}
        for x in paragraph_quantities(report, paragraph):
            if x.family == "percent":
                percentages.setdefault(x.whole_span.start, x)
    return percentages


@per_report
def _percentages_by_paragraph(report: Report) -> dict[tuple[int, int], dict[int, Quantity]]:
    return {}


def _rate_name(text: str, q: Quantity, floor: int) -> str | None:
    """The rate a percentage states: 支付率 for 支付率为95%."""
    i = q.whole_span.start
    while i > floor and text[i - 1] not in _NAME_BREAKS:
        i -= 1
    name = text[i : q.whole_span.start].strip(" \u3000")
    for link in _rate_links():
        if name.endswith(link):
            name = name[: -len(link)].rstrip(" \u3000")
            break
    return name or None


@cache
def _rate_links() -> tuple[str, ...]:
    return tuple(sorted(vocabulary()["rate-links"], key=len, reverse=True))


def _div(a: Decimal, b: Decimal) -> Decimal | None:
    return a / b * _HUNDRED if b > 0 else None


def ratio_claims(report: Report) -> Iterator[RateClaim]:
    """执行率 / 支付率 / 控制率 … stated beside the figures they divide."""
    for paragraph in percent_paragraphs(report):
        quantities = paragraph_quantities(report, paragraph)
        for q in quantities:
            if q.family != "percent":
                continue
            claim = _ratio_claim(report, paragraph, q)
            if claim is not None:
                yield claim


def _ratio_claim(report: Report, paragraph: Paragraph, q: Quantity) -> RateClaim | None:
    text = report.text
    vocab = vocabulary()
    name = _rate_name(text, q, paragraph.span.start)
    if name is None:
        return None
    key = next((k for k in vocab["ratio-rates"] if name.endswith(k)), None)
    if key is None:
        return None
    words = vocab["ratio-rates"][key]
    start = _segment_start(report, paragraph, q.whole_span.start)
    figures = _rate_figures(report, paragraph).within(start, q.whole_span.start)
    roles: dict[str, dict[str, list[Quantity]]] = {}
    floor = start
    for x in figures:
        role = _role(_label(text, x, floor), words, vocab["actual-words"])
        floor = x.span.end
        if role is not None:
            roles.setdefault(x.family, {}).setdefault(role, []).append(x)
    pairs = []
    for found in roles.values():
        if any(len(v) > 1 for v in found.values()):
            continue
        if len(found) == 2:
            pairs.append(found)
    if len(pairs) != 1:
        return None
    found = pairs[0]
    operands = [x for v in found.values() for x in v]
    if any(not x.exact for x in operands):
        return None
    computed = _ratio(found)
    if computed is None:
        return None
    labels = {
        "numerator": ("分子", "numerator"),
        "denominator": ("分母", "denominator"),
        "complement": ("余数", "rest"),
    }
    return RateClaim(
        q,
        name,
        computed,
        tuple((x, *labels[role]) for role, v in found.items() for x in v),
    )


def _role(label: str, words: dict[str, list[str]], actual: list[str]) -> str | None:
    if any(w in label for w in words["complement"]):
        return "complement"
    numerator = any(w in label for w in words["numerator"])
    if numerator and any(w in label for w in actual):
        return "numerator"
    if any(w in label for w in words["denominator"]):
        return "denominator"
    return "numerator" if numerator else None


def _ratio(found: dict[str, list[Quantity]]) -> Computed | None:
    n = found.get("numerator", [None])[0]
    d = found.get("denominator", [None])[0]
    c = found.get("complement", [None])[0]
    if n is not None and d is not None:
        result = _bounds(lambda a, b: _div(a, b), [n, d])
        formula = f"{_written(n)}÷{_written(d)}"
    elif n is not None and c is not None:
        result = _bounds(lambda a, b: _div(a, a + b), [n, c])
        formula = f"{_written(n)}÷（{_written(n)}+{_written(c)}）"
    elif d is not None and c is not None:
        result = _bounds(lambda b, r: _div(b - r, b), [d, c])
        formula = f"（{_written(d)}−{_written(c)}）÷{_written(d)}"
    else:
        return None
    if result is None:
        return None
    return Computed(*result, formula)


def share_claims(report: Report) -> Iterator[RateClaim]:
    """A part's share of its breakdown's total: 共100万元，其中A 60万元，占比60%."""
    text = report.text
    leads = sorted(vocabulary()["share-leads"], key=len, reverse=True)
    links = sorted(vocabulary()["rate-links"], key=len, reverse=True)
    pattern = re.compile(
        r"[，,]?\s*[（(]?\s*(?P<lead>" + "|".join(map(re.escape, leads)) + r")"
        r"(?:" + "|".join(map(re.escape, links)) + r")?\s*"
    )
    for breakdown in breakdowns(report):
        total = breakdown.total
        for part in breakdown.parts:
            q = part.quantity
            m = pattern.match(text, q.span.end)
            if m is None:
                continue
            paragraph = paragraph_at(report, q.span.start)
            stated = None if paragraph is None else _percentages(report, paragraph).get(m.end())
            if stated is None or not stated.exact:
                continue
            result = _bounds(lambda a, b: _div(a, b), [q, total])
            if result is None:
                continue
            computed = Computed(*result, f"{_written(q)}÷{_written(total)}")
            operands = ((q, "分项", "part"), (total, "合计", "total"))
            yield RateClaim(stated, m.group("lead"), computed, operands)


def of_claims(report: Report) -> Iterator[RateClaim]:
    """“累计完成24627万元，完成年初预算数60999万元的40.4%”: the figure before ÷ the one before 的."""
    text = report.text
    leads = tuple(vocabulary()["of-leads"])
    for paragraph in percent_paragraphs(report):
        quantities = paragraph_quantities(report, paragraph)
        figures = _rate_figures(report, paragraph)
        of: Figures | None = None  # the figures followed by “的 X%”
        for q in quantities:
            if q.family != "percent" or not q.exact:
                continue
            if of is None:
                of = Figures(x for x in figures.items if _OF_PERCENT.match(text, x.span.end))
            # The denominator ends with the 的 right before the percentage, spaces aside.
            lead = q.whole_span.start
            while lead > paragraph.span.start and text[lead - 1] in " \u3000":
                lead -= 1
            denominator = of.first_ending(lead - 1, q.span.start)
            if denominator is None or not denominator.exact:
                continue
            label = _label(text, denominator, paragraph.span.start)
            if not label.lstrip(" \u3000").startswith(leads):
                continue
            start = _segment_start(report, paragraph, denominator.span.start)
            before = figures.within(start, denominator.whole_span.start)
            same = [x for x in before if x.family == denominator.family]
            if not same or not same[-1].exact:
                continue
            numerator = same[-1]
            if len(re.findall(r"[，,；;]", text[numerator.span.end : denominator.span.start])) != 1:
                continue
            result = _bounds(lambda a, b: _div(a, b), [numerator, denominator])
            if result is None:
                continue
            computed = Computed(*result, f"{_written(numerator)}÷{_written(denominator)}")
            operands = ((numerator, "分子", "numerator"), (denominator, "分母", "denominator"))
            yield RateClaim(q, f"{label.strip()}{denominator.text}的", computed, operands)


def growth_claims(report: Report) -> Iterator[RateClaim]:
    """增长 / 下降 X% stated with both figures or with the change."""
    for paragraph in percent_paragraphs(report):
        quantities = paragraph_quantities(report, paragraph)
        for q in quantities:
            if q.family == "percent" and q.exact:
                claim = _growth_claim(report, paragraph, q)
                if claim is not None:
                    yield claim


def _verb(words: str) -> tuple[str, int] | None:
    """The growth word a text ends with, and its direction (+1 up, −1 down)."""
    growth = vocabulary()["growth"]
    stripped = words.rstrip(" \u3000")
    for link in ("了", "为", "达到", "达", "是"):
        stripped = stripped.removesuffix(link)
    for direction, key in ((1, "up"), (-1, "down")):
        for word in sorted(growth[key], key=len, reverse=True):
            if stripped.endswith(word):
                return word, direction
    return None


def _growth_claim(report: Report, paragraph: Paragraph, q: Quantity) -> RateClaim | None:
    text = report.text
    growth = vocabulary()["growth"]
    floor = paragraph.span.start
    verb = _verb(_label(text, q, floor))
    if verb is None:
        return None
    word, direction = verb
    start = _segment_start(report, paragraph, q.whole_span.start)
    figures = _rate_figures(report, paragraph).within(start, q.whole_span.start)
    if not figures or any(not x.exact for x in figures):
        return None
    if any(w in text[start : q.whole_span.end] for w in growth["basis-words"]):
        return None  # 同口径 / 剔除……: the change is measured on another basis than the figures
    last = figures[-1]
    between = text[last.span.end : q.whole_span.start]
    if len(re.findall(r"[，,]", between)) > 1:
        return None
    same = [x for x in figures if x.family == last.family]
    if len(same) < 2:
        return None
    compare = "|".join(map(re.escape, sorted(growth["compare"], key=len, reverse=True)))
    periods = "|".join(map(re.escape, sorted(growth["periods"], key=len, reverse=True)))
    label = _label(text, last, floor)
    previous = same[-2]
    joined = text[previous.span.end : last.whole_span.start]
    if re.search(r"(?:由|从)\s*$", _label(text, previous, floor)) and re.fullmatch(
        r"[^，,。；;0-9]{0,6}(?:到|至)\s*", joined
    ):
        return _growth(q, word, direction, current=last, base=previous)  # 由100人增加到120人，增长20%
    # The figure the change is measured on: the only one before it that is not a denominator of
    # “完成预算数X的P%”; with two candidates (收入…，支出…) the change could belong to either.
    candidates = [x for x in same[:-1] if not _OF_PERCENT.match(text, x.span.end)]
    if len(candidates) != 1:
        return None
    current = candidates[0]
    if re.search(rf"(?:{compare})(?:{periods}|[0-9]{{4}}年度?)?(?:同期)?的?\s*$", label):
        if _verb(between) is not None or _verb(label) is None:
            return _growth(q, word, direction, current=current, base=last)  # 120万元，比上年100万元增长20%
    change = _verb(label)
    if change is not None and re.search(compare, label) and change[1] == direction:
        return _growth(q, word, direction, current=current, change=last)  # 比上年增加20万元，增长20%
    return None


def _growth(
    stated: Quantity,
    word: str,
    direction: int,
    *,
    current: Quantity,
    base: Quantity | None = None,
    change: Quantity | None = None,
) -> RateClaim | None:
    if base is not None:
        result = _bounds(lambda a, b: _div(a - b, b), [current, base])
        formula = f"（{_written(current)}−{_written(base)}）÷{_written(base)}"
        operands = ((current, "本期", "current"), (base, "基期", "base"))
    elif change is not None:
        if direction > 0:
            result = _bounds(lambda a, c: _div(c, a - c), [current, change])
            formula = f"{_written(change)}÷（{_written(current)}−{_written(change)}）"
        else:
            result = _bounds(lambda a, c: _div(-c, a + c), [current, change])
            formula = f"−{_written(change)}÷（{_written(current)}+{_written(change)}）"
        operands = ((current, "本期", "current"), (change, "变动额", "change"))
    else:
        return None
    if result is None:
        return None
    low, high, point = result
    if direction < 0:
        stated = dataclasses.replace(stated, number=-stated.number)  # 下降5% = −5%
    return RateClaim(stated, word, Computed(low, high, point, formula), operands)
