"""Rates stated next to the figures they come from: 执行率 = 执行数 ÷ 预算数, shares, growth.

Each finder yields the stated percentage with the rate recomputed from the figures as an interval: a
figure written with decimals may be anywhere within half its last digit, so the rate may be too. The
word lists live in ``rates.yaml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from linter import patterns
from linter.analysis import report_fact
from linter.analysis.quantities import (
    PUNCTUATION,
    Figures,
    Prose,
    Quantity,
    has_any,
    minimal_words,
    num,
)
from linter.analysis.scan import paragraph_at
from linter.data import package_yaml
from linter.model import Report
from rules.arithmetic.breakdowns import breakdowns

_SEGMENT_END = "。；;！？!?"
_NAME_BREAKS = "，,；;。（()）、！？!?"
_LABEL_BREAKS = "，,；;：:、（()）。！？!?"
_NON_FIGURES = ("percent", "percentage-points")
_HUNDRED = Decimal(100)
_ASCII = str.maketrans("÷（）−", "/()-")


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("rules.arithmetic", "rates.yaml")
    return data


class Computed(NamedTuple):
    """A rate recomputed from figures, in percent."""

    low: Decimal
    high: Decimal
    point: Decimal  # from the figures exactly as written
    formula: str  # 18501.096万元÷（18501.096万元+703万元）

    @property
    def formula_en(self) -> str:
        return self.formula.translate(_ASCII)


class RateClaim(NamedTuple):
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


def _bounds(
    f: Callable[..., Decimal | None], figures: Sequence[Quantity]
) -> tuple[Decimal, Decimal, Decimal] | None:
    values = [q.value for q in figures]
    point = f(*values)
    if point is None:
        return None
    ulps = [q.ulp for q in figures]
    finest = min(ulps)
    intervals: list[tuple[Decimal, ...]] = []
    for q, value, ulp in zip(figures, values, ulps, strict=True):
        if q.decimals > 0 or ulp > finest:  # rounded to its last digit
            half = ulp / 2
            intervals.append((value - half, value + half))
        else:
            intervals.append((value,))  # exact: one corner, not two equal ones
    if all(len(interval) == 1 for interval in intervals):
        return point, point, point
    results = []
    for corner in itertools.product(*intervals):
        result = f(*corner)
        if result is None:
            return None
        results.append(result)
    return min(results), max(results), point


def _written(q: Quantity) -> str:
    return q.text


@cache
def _of_percent() -> re.Pattern[str]:
    """What follows the denominator of “完成年初预算数60999万元的40.4%”."""
    return patterns.compile(r"的\s*[0-9０-９.．]+\s*[%％]")


@cache
def _ratio_names() -> tuple[str, ...]:
    return tuple(vocabulary()["ratio-rates"])


@cache
def _growth_words() -> tuple[str, ...]:
    """The growth words, each containing none of the others: a text has one of them if it has any."""
    growth = vocabulary()["growth"]
    return minimal_words([*growth["up"], *growth["down"]])


def _label(paragraph: Prose, q: Quantity, floor: int) -> str:
    return paragraph.words_before(q.whole_span.start, floor, _LABEL_BREAKS)


def _segment_start(paragraph: Prose, position: int) -> int:
    """Just after the last segment end (。；…) before ``position`` in ``paragraph``."""
    return paragraph.marks(_SEGMENT_END).after_last(paragraph.start, position)


def _rate_figures(report: Report, paragraph: Prose) -> Figures:
    """The quantities of ``paragraph`` that can enter a rate (not percentages themselves)."""
    found = _figures_by_paragraph(report)
    figures = found.get(paragraph.start)
    if figures is None:
        quantities = paragraph.figures.items
        figures = found[paragraph.start] = Figures(x for x in quantities if x.family not in _NON_FIGURES)
    return figures


@report_fact
def _figures_by_paragraph(report: Report) -> dict[int, Figures]:
    return {}


def _percentages(report: Report, paragraph: Prose) -> dict[int, Quantity]:
    """The percentages of ``paragraph`` by where their claim starts (the first, if two start together)."""
    found = _percentages_by_paragraph(report)
    percentages = found.get(paragraph.start)
    if percentages is None:
        percentages = found[paragraph.start] = {}
        for x in paragraph.figures.items:
            if x.family == "percent":
                percentages.setdefault(x.whole_span.start, x)
    return percentages


@report_fact
def _percentages_by_paragraph(report: Report) -> dict[int, dict[int, Quantity]]:
    return {}


_RATE_ENDINGS = ("率", "满意度")  # 满意度93.6% is the share satisfied, as a rate is


def _rate_name(paragraph: Prose, q: Quantity) -> str | None:
    """The rate a percentage states: 支付率 for 支付率为95%."""
    name = paragraph.words_before(q.whole_span.start, paragraph.start, _NAME_BREAKS).strip(" \u3000")
    links = _rate_links()
    if name.endswith(links):
        link = next(w for w in links if name.endswith(w))
        name = name[: -len(link)].rstrip(" \u3000")
    return name or None


@cache
def _rate_links() -> tuple[str, ...]:
    return tuple(sorted(vocabulary()["rate-links"], key=len, reverse=True))


def _div(a: Decimal, b: Decimal) -> Decimal | None:
    return a / b * _HUNDRED if b > 0 else None


@report_fact
def ratio_claims(report: Report) -> list[RateClaim]:
    """执行率 / 支付率 / 控制率 … stated beside the figures they divide (worked out once per report)."""
    found = []
    for line in report.facts.percent_paragraphs:
        if "率" not in line.text and "满意度" not in line.text:
            continue  # no rate's name, no claim about it
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue  # no figure to divide
        for q in paragraph.figures.items:
            if q.family != "percent":
                continue
            claim = _ratio_claim(report, paragraph, q)
            if claim is not None:
                found.append(claim)
    return found


def _ratio_claim(report: Report, paragraph: Prose, q: Quantity) -> RateClaim | None:
    candidates = _rate_figures(report, paragraph)
    if not candidates.within(paragraph.start, q.whole_span.start):
        return None  # no figure before it in the paragraph (most percentages): nothing to divide
    vocab = vocabulary()
    name = _rate_name(paragraph, q)
    if name is None or not name.endswith(_RATE_ENDINGS):
        return None
    start = _segment_start(paragraph, q.whole_span.start)
    figures = candidates.within(start, q.whole_span.start)
    key = next((k for k in _ratio_names() if name.endswith(k)), None)
    found = _part_of_whole(report.text, figures, name, start)
    if found is not None:
        pass
    elif not figures:
        # 全年预算数680万元，执行数625.60万元。预算执行率为94.00%: the figures in the sentence before, alone
        found = _pair_in_sentence_before(report, paragraph, start, key)
    elif key is not None:
        labels = _labels(paragraph, figures, start)
        found = _pair(figures, labels, vocab["ratio-rates"][key], vocab["actual-words"])
        if found is None and key in _ACROSS_SENTENCES:
            found = _pair_across(report, paragraph, start, figures, labels, vocab["ratio-rates"][key])
        generic = _any_rate_words()
        if found is None and has_any(name[: -len(key)], [*generic["numerator"], *generic["denominator"]]):
            # 预算完成率: the name says what the rate is of, in words of another rate's figures
            found = _pair(figures, labels, generic, vocab["actual-words"])
    elif not has_any(name, vocab["not-stem-rates"]):
        found = _stem_pair(name, figures, _labels(paragraph, figures, start))
    if found is None:
        return None
    computed = _ratio(found)
    if computed is None:
        return None
    return RateClaim(q, name, computed, tuple((x, *_ROLES[role]) for role, v in found.items() for x in v))


# 覆盖12个乡镇中的11个, 全县38所学校中有36所: the figure after 中的 is a part of the one before it.
_CLAUSE_END = patterns.compile(r"[，,；;。！？!?\r\n]")
_PART_OF = patterns.compile(r"[^，,；;。：:！？!?]{0,16}?(?:之中|中)(?:的|有)[ \u3000]*$")


def _part_of_whole(
    text: str, figures: Sequence[Quantity], name: str, start: int
) -> dict[str, list[Quantity]] | None:
    """Two figures of a kind, the second a part of the first (覆盖12个乡镇中的11个), in words that name the rate
    (覆盖 of 覆盖率): the rate is the part over the whole. Not 抽查120户中的30户，合格率96.7%: the part there is
    the sample, not what the rate counts."""
    stem = name.removesuffix("率").removesuffix("度")[-2:]
    if len(figures) != 2 or len(stem) < 2:
        return None
    clause = _CLAUSE_END.search(text, figures[1].whole_span.end)  # the words after the part, in its clause
    if stem not in text[start : clause.start() if clause else len(text)]:
        return None
    whole, part = figures
    if whole.family != part.family or not (whole.exact and part.exact):
        return None
    if _PART_OF.match(text, whole.span.end, part.whole_span.start) is None:
        return None
    return {"numerator": [part], "denominator": [whole]}


# The rates whose figures a report often states in the sentence before (全年预算数…，执行数…。预算执行率为…).
_ACROSS_SENTENCES = frozenset(("执行率", "完成率", "支付率", "到位率", "拨付率", "使用率", "发放率", "支出率"))

# How a message names each figure of a rate.
_ROLES = {"numerator": ("分子", "numerator"), "denominator": ("分母", "denominator"), "complement": ("余数", "rest")}


def _labels(paragraph: Prose, figures: Sequence[Quantity], floor: int) -> list[str]:
    """The words naming each of ``figures``, each read back to the figure before it (or to ``floor``)."""
    labels = []
    for x in figures:
        labels.append(_label(paragraph, x, floor))
        floor = x.span.end
    return labels


def _sentence_before(report: Report, paragraph: Prose, start: int) -> tuple[int, list[Quantity]] | None:
    """Where the sentence before the one starting at ``start`` starts, and its figures: when it ends with 。 and
    states no rate of its own (its figures are then free to be another rate's)."""
    if start <= paragraph.start or report.text[start - 1] != "。":
        return None
    before = _segment_start(paragraph, start - 1)
    if any(before <= at < start for at in _percentages(report, paragraph)):
        return None
    return before, _rate_figures(report, paragraph).within(before, start)


def _pair_in_sentence_before(
    report: Report, paragraph: Prose, start: int, key: str | None
) -> dict[str, list[Quantity]] | None:
    """An execution or completion rate opening its sentence: its two figures, told apart by their words, when
    they are all the sentence before states. Other rates, and a clause group after ；, keep to their own figures."""
    found = _sentence_before(report, paragraph, start) if key in _ACROSS_SENTENCES else None
    if found is None or key is None:
        return None
    before, figures = found
    if len(figures) != 2 or figures[0].family != figures[1].family:
        return None
    vocab = vocabulary()
    return _pair(figures, _labels(paragraph, figures, before), vocab["ratio-rates"][key], vocab["actual-words"])


def _pair_across(
    report: Report,
    paragraph: Prose,
    start: int,
    figures: Sequence[Quantity],
    labels: Sequence[str],
    words: dict[str, list[str]],
) -> dict[str, list[Quantity]] | None:
    """The pair when the rate's sentence states only what was reached (实际支出252.6万元，预算执行率90.2%) and the
    sentence before it, stating no rate of its own, what there was to reach as its one figure of that kind, or the
    one before its 其中 parts (全年预算数280万元，其中省级168万元、县级112万元)."""
    actual = vocabulary()["actual-words"]
    own = [_role(label, words, actual) for label in labels]
    if own.count("numerator") != 1 or any(role is not None and role != "numerator" for role in own):
        return None
    numerator = figures[own.index("numerator")]
    found = _sentence_before(report, paragraph, start) if numerator.exact else None
    if found is None:
        return None
    before, earlier = found
    parts = report.text.find("其中", before, start)
    heads = [x for x in earlier if x.family == numerator.family and (parts < 0 or x.span.start < parts)]
    if len(heads) != 1 or not heads[0].exact:
        return None
    if _role(_label(paragraph, heads[0], before), words, actual) != "denominator":
        return None
    return {"numerator": [numerator], "denominator": heads}


def _pair(
    figures: Sequence[Quantity], labels: Sequence[str], words: dict[str, list[str]], actual: list[str]
) -> dict[str, list[Quantity]] | None:
    """The numerator and the denominator (or the rest) among ``figures``, told apart by the words of their labels.

    A numerator without a denominator word in the clause group is divided by the one figure of its kind before it
    that no rate's word names (绩效资金210万元，已支出188.60万元，支出率……).
    """
    roles: dict[str, dict[str, list[Quantity]]] = {}
    unnamed: dict[str, list[Quantity]] = {}
    for x, label in zip(figures, labels, strict=True):
        role = _role(label, words, actual)
        if role is not None:
            roles.setdefault(x.family, {}).setdefault(role, []).append(x)
        elif not has_any(label, _rate_words()):
            unnamed.setdefault(x.family, []).append(x)
    pairs = []
    for family, found in roles.items():
        if any(len(v) > 1 for v in found.values()):
            continue
        if len(found) == 1 and "numerator" in found:
            numerator = found["numerator"][0]
            before = [x for x in unnamed.get(family, []) if x.span.end <= numerator.span.start]
            if len(before) == 1 and len(unnamed[family]) == 1:
                found = {"numerator": [numerator], "denominator": before}
        if len(found) == 3:  # 下达300万元，已拨付280万元，未拨付20万元: one rate, whichever pair gives it
            n, d, c = (found[role][0] for role in ("numerator", "denominator", "complement"))
            if abs(d.value - n.value - c.value) > (d.ulp + n.ulp + c.ulp) / 2:
                continue  # the rest is not what the budget leaves: which the rate is of is unclear
            found = {"numerator": [n], "denominator": [d]}
        if len(found) == 2:
            pairs.append(found)
    if len(pairs) != 1 or any(not x.exact for v in pairs[0].values() for x in v):
        return None
    return pairs[0]


def _stem_pair(
    name: str, figures: Sequence[Quantity], labels: Sequence[str]
) -> dict[str, list[Quantity]] | None:
    """按期结案率: the one figure named 按期结案 over the one other figure of its kind (立案查处案件23起); 满意度: the
    one figure named 满意 over the other (有效问卷1560份). Of two figures named with the stem, one due (应联网企业180家)
    and one reached (已联网162家), the second over the first. A figure named with the stem negated (不合格17批次)
    is the rest of the other: 合格率 = (1240 − 17) ÷ 1240."""
    stem = name.removesuffix("率").removesuffix("度")
    stem = stem[max(0, len(stem) - 8) :]
    if len(stem) < 2:
        return None
    labels = [_after_any_figure(label) for label in labels]
    rate = stem + name[-1]  # 满意度, 办结率: a label naming the rate itself names a survey or a task, not the count
    named = [x for x, label in zip(figures, labels, strict=True) if _names(label, stem) and rate not in label]
    if len(named) == 2:
        due = [x for x in named if has_any(labels[figures.index(x)], [w + stem for w in vocabulary()["due-words"]])]
        if len(due) != 1:
            return None
        [reached] = [x for x in named if x is not due[0]]
        if reached.family != due[0].family or not (reached.exact and due[0].exact):
            return None
        return {"numerator": [reached], "denominator": due}
    acting = [
        x for x, label in zip(figures, labels, strict=True) if stem[-2:] in label and rate not in label and x not in named
    ]
    if len(named) == 1 and len(acting) == 1 and acting[0].family == named[0].family:
        # 重点工作18项，办结17项，办结率: the figure named by the rate's last word (办结) is what was done, the one
        # named by the rest of its name (重点工作) what there was to do
        done, whole = acting[0], named[0]
        if not (done.exact and whole.exact) or len([x for x in figures if x.family == done.family]) != 2:
            return None
        return {"numerator": [done], "denominator": [whole]}
    if len(named) != 1:
        return None
    numerator = named[0]
    others = [x for x in figures if x is not numerator and x.family == numerator.family]
    if len(others) > 1:  # 发放问卷1600份，收回有效问卷1560份: the valid ones are what a rate is of
        others = [x for x in others if has_any(labels[figures.index(x)], vocabulary()["valid-words"])]
    if len(others) != 1 or not numerator.exact or not others[0].exact:
        return None
    other = labels[figures.index(others[0])]
    if _names(other, stem) and rate not in other:
        return None
    if any(word + stem in labels[figures.index(numerator)] for word in _NEGATIONS):
        # 抽检1240批次，不合格17批次，合格率98.63%: the figure named with the stem negated is the rest
        return {"denominator": others, "complement": [numerator]}
    return {"numerator": [numerator], "denominator": others}


_NEGATIONS = ("不", "未", "非", "没有")


def _after_any_figure(label: str) -> str:
    """The words of ``label`` after the last percentage, digit or table cell in it."""
    return patterns.compile(r"[0-9０-９%％\t|]").split(label)[-1]


def _names(label: str, stem: str) -> bool:
    """``label`` names the figure of the rate ``stem``: it holds the stem, or the stem without its last word in
    order (重点支出 of 重点支出安排 in 重点项目支出)."""
    if stem in label:
        return True
    if len(stem) < 6:
        return False  # a core of two or three characters names too much (资助 of 资助覆盖)
    core = stem[:-2]
    rest = iter(label)
    return all(c in rest for c in core)


@cache
def _rate_words() -> tuple[str, ...]:
    """Every word that names a rate's figure in some role, and the words of a figure actually reached."""
    rates = vocabulary()["ratio-rates"].values()
    return tuple({w for r in rates for ws in r.values() for w in ws} | set(vocabulary()["actual-words"]))


@cache
def _any_rate_words() -> dict[str, list[str]]:
    """The words of every ratio rate; a word of two roles is left out."""
    rates = vocabulary()["ratio-rates"].values()
    found = {
        role: sorted({w for r in rates for w in r[role]})
        for role in ("numerator", "denominator", "complement")
    }
    both = set(found["numerator"]) & set(found["denominator"])
    return {role: [w for w in ws if w not in both] for role, ws in found.items()}


def _role(label: str, words: dict[str, list[str]], actual: list[str]) -> str | None:
    if has_any(label, vocabulary()["difference-words"]):
        return None  # 超出全年预算的27.60万元: by how much, not how much
    if has_any(label, words["complement"]):
        return "complement"
    numerator = has_any(label, words["numerator"])
    if numerator and has_any(label, actual):
        return "numerator"
    if has_any(label, words["denominator"]):
        return "denominator"
    return "numerator" if numerator or has_any(label, actual) else None  # 实际开展15场


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


def bracket_claims(report: Report) -> Iterator[RateClaim]:
    """在职人员控制率92.00%（实有47人/编制50人）: a rate followed by its own figures in brackets, the numerator first,
    then “/”, “÷” or “占” and the denominator, perhaps “×100%”, and nothing else."""
    for line in report.facts.percent_paragraphs:
        if "（" not in line.text and "(" not in line.text:
            continue  # no bracket after any percentage
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue  # no figure to divide
        for q in paragraph.figures.items:
            if q.family == "percent" and q.exact and q.number >= 0:
                claim = _bracket_claim(report, paragraph, q)
                if claim is not None:
                    yield claim


_BRACKET_CHARS = 60  # the longest bracket read after a rate
_DIVIDED_BY = ("/", "／", "÷", "占")
_PER_HUNDRED = patterns.compile(r"\s*[×xX*]\s*100\s*[%％]\s*")


def _bracket_claim(report: Report, paragraph: Prose, q: Quantity) -> RateClaim | None:
    text = report.text
    opening = q.whole_span.end
    while opening < paragraph.end and text[opening] in " \u3000":
        opening += 1
    if opening >= paragraph.end or text[opening] not in "（(":
        return None
    limit = min(paragraph.end, opening + _BRACKET_CHARS)
    closing = next((i for i in range(opening + 1, limit) if text[i] in "（()）"), None)
    if closing is None or text[closing] not in "）)":
        return None
    inside = _rate_figures(report, paragraph).within(opening + 1, closing)
    if len(inside) != 2 or inside[0].family != inside[1].family:
        return None
    numerator, denominator = inside
    between = text[numerator.span.end : denominator.whole_span.start].lstrip(" \u3000")
    if not between.startswith(_DIVIDED_BY) or has_any(between + text[opening + 1 : numerator.whole_span.start], PUNCTUATION):
        return None  # not “A/B” (a list, a clause, a date …)
    rest = text[denominator.span.end : closing]
    if rest.strip(" \u3000") and not _PER_HUNDRED.fullmatch(rest):
        return None
    # “47人/编制50人” reads as a figure per something: here it is divided
    divided = numerator.per_unit and between.startswith(("/", "／"))
    if not (numerator.exact or (divided and numerator.comparator is None and not numerator.approximate)):
        return None
    if not denominator.exact:
        return None
    name = _rate_name(paragraph, q)
    if name is None or _verb(name) is not None:
        return None  # 增长20%（120万元/100万元）: a change, not a ratio
    result = _bounds(lambda a, b: _div(a, b), [numerator, denominator])
    if result is None:
        return None
    computed = Computed(*result, f"{_written(numerator)}÷{_written(denominator)}")
    return RateClaim(q, name, computed, ((numerator, *_ROLES["numerator"]), (denominator, *_ROLES["denominator"])))


def share_claims(report: Report) -> Iterator[RateClaim]:
    """A part's share of its breakdown's total (共100万元，其中A 60万元，占比60%), or of a figure named again."""
    text = report.text
    pattern = _share_lead()
    seen: set[int] = set()  # the percentages read already
    for breakdown in breakdowns(report):
        total = breakdown.total
        for part in breakdown.parts:
            q = part.quantity
            m = pattern.match(text, q.span.end)
            if m is None:
                continue
            paragraph = paragraph_at(report, q.span.start)
            if paragraph is None:
                continue
            percentages = _percentages(report, report.facts.prose(paragraph))
            stated = percentages.get(m.end())
            lead = m.group("lead")
            if stated is None:
                whole = _share_whole().match(text, m.start("lead"))
                if whole is not None and _names_whole(report, total, whole.group("whole")):
                    stated = percentages.get(whole.end())
                    lead = whole.group().strip()
            if stated is None or not stated.exact:
                continue
            claim = _share(stated, lead, q, total)
            if claim is not None:
                seen.add(stated.span.start)
                yield claim
    yield from _named_shares(report, seen)
    yield from _chain_shares(report, seen)


def _share(stated: Quantity, lead: str, part: Quantity, whole: Quantity) -> RateClaim | None:
    result = _bounds(lambda a, b: _div(a, b), [part, whole])
    if result is None:
        return None
    computed = Computed(*result, f"{_written(part)}÷{_written(whole)}")
    return RateClaim(stated, lead, computed, ((part, "分项", "part"), (whole, "合计", "total")))


def _named_shares(report: Report, seen: set[int]) -> Iterator[RateClaim]:
    """受益人口3.86万人，脱贫人口0.52万人，占受益人口的13.5%: a figure's share of the one earlier in its sentence
    that the words between 占 and 的 name."""
    text = report.text
    wholes = vocabulary()["share-wholes"]
    for line in report.facts.percent_paragraphs:
        if "占" not in line.text:
            continue
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue  # no figure to take a share of
        percentages = _percentages(report, paragraph)
        figures = _rate_figures(report, paragraph)
        for m in _share_whole().finditer(text, paragraph.start, paragraph.end):
            stated = percentages.get(m.end())
            name = m.group("whole")
            if stated is None or not stated.exact or stated.span.start in seen or name in wholes:
                continue
            sentence = _segment_start(paragraph, m.start())
            before = figures.within(sentence, m.start())
            if not before or text[before[-1].span.end : m.start()].strip(" \u3000，,（(") != "":
                continue  # 占 does not follow a figure
            part = before[-1]
            named = [
                x
                for x in before[:-1]
                if x.family == part.family
                and _subsequence(name, paragraph.words_before(x.whole_span.start, sentence, _LABEL_BREAKS))
            ]
            if len(named) != 1 or not part.exact or not named[0].exact:
                continue
            claim = _share(stated, m.group().strip(), part, named[0])
            if claim is not None:
                yield claim


# “项目支出中，”: a sentence listing the parts of a figure named before it.
_CHAIN = patterns.compile(r"(?:^|(?<=[。；;]))\s*(?P<name>[^，,。；;：:0-9０-９%％]{2,10})中[，,：:]")
_BARE_SHARE = patterns.compile(r"[，,]\s*占(?:[^，,。；;：:0-9０-９%％的]{2,12}的)?\s*")


def _chain_shares(report: Report, seen: set[int]) -> Iterator[RateClaim]:
    """项目支出5581.40万元。项目支出中，天然林保护2140.00万元，占项目支出的38.34%；森林防火1326.50万元，占23.77%；…:
    each part's share of the figure the sentence opens with, named or not. Reported only where most of the chain's
    shares are that figure's (the others are then wrong), so a chain of shares of something else stays silent."""
    text = report.text
    for line in report.facts.percent_paragraphs:
        if "中" not in line.text or "占" not in line.text:
            continue
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue
        percentages = _percentages(report, paragraph)
        figures = _rate_figures(report, paragraph)
        for opener in _CHAIN.finditer(text, paragraph.start, paragraph.end):
            name = opener.group("name").strip()
            wholes = [
                x
                for x in figures.within(paragraph.start, opener.start())
                if paragraph.words_before(x.whole_span.start, paragraph.start, _LABEL_BREAKS).strip().endswith(name)
            ]
            end = next((at for at in (text.find("。", opener.end(), paragraph.end),) if at >= 0), paragraph.end)
            if len(wholes) != 1 or not wholes[0].exact:
                continue
            whole = wholes[0]
            claims = []
            for part in figures.within(opener.end(), end):
                share = _BARE_SHARE.match(text, part.span.end)
                stated = percentages.get(share.end()) if share is not None else None
                if stated is None or not stated.exact or part.family != whole.family or not part.exact:
                    continue
                claim = _share(stated, "占", part, whole)
                if claim is not None:
                    claims.append(claim)
            agreeing = sum(not c.contradicted() for c in claims)
            if agreeing >= 2 and 2 * agreeing >= len(claims):
                for claim in claims:
                    if claim.stated.span.start not in seen:
                        seen.add(claim.stated.span.start)
                        yield claim


def _subsequence(words: str, text: str) -> bool:
    """The characters of ``words`` stand in ``text`` in order (受益人口 in 受益农村人口)."""
    rest = iter(text)
    return all(c in rest for c in words)


@cache
def _share_lead() -> re.Pattern[str]:
    """What follows a part to state its share: “，占比”."""
    leads = sorted(vocabulary()["share-leads"], key=len, reverse=True)
    links = sorted(vocabulary()["rate-links"], key=len, reverse=True)
    return patterns.compile(
        r"[，,]?\s*[（(]?\s*(?P<lead>" + "|".join(map(re.escape, leads)) + r")"
        r"(?:" + "|".join(map(re.escape, links)) + r")?\s*"
    )


@cache
def _share_whole() -> re.Pattern[str]:
    """“占受益人口的”: the whole a share is of, named between 占 and 的."""
    return patterns.compile(r"占\s*(?P<whole>[^，,。；;：:、（()）0-9０-９%％的]{2,12})的\s*")


def _names_whole(report: Report, total: Quantity, whole: str) -> bool:
    """``whole`` names the breakdown's total: a word for the whole, or the total's own name with words left out
    (受益人口 for 受益农村人口)."""
    wholes = vocabulary()["share-wholes"]
    if whole in wholes:
        return True
    whole = next((whole.removesuffix(w) for w in wholes if whole.endswith(w)), whole)  # 受益人口总数
    paragraph = paragraph_at(report, total.span.start)
    if paragraph is None:
        return False
    name = report.facts.prose(paragraph).words_before(total.whole_span.start, paragraph.span.start, _LABEL_BREAKS)
    return _subsequence(whole, name)


def of_claims(report: Report) -> Iterator[RateClaim]:
    """“累计完成24627万元，完成年初预算数60999万元的40.4%”: the figure before ÷ the one before 的."""
    text = report.text
    leads = tuple(vocabulary()["of-leads"])
    of_percent = _of_percent()
    for line in report.facts.percent_paragraphs:
        if of_percent.search(line.text) is None:
            continue  # no “的 X%” after a figure
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue  # no figure to divide
        quantities = paragraph.figures.items
        figures = _rate_figures(report, paragraph)
        of: Figures | None = None  # the figures followed by “的 X%”
        for q in quantities:
            if q.family != "percent" or not q.exact:
                continue
            if of is None:
                of = Figures(x for x in figures.items if of_percent.match(text, x.span.end))
            # The denominator ends with the 的 right before the percentage, spaces aside.
            lead = q.whole_span.start
            while lead > paragraph.start and text[lead - 1] in " \u3000":
                lead -= 1
            denominator = of.first_ending(lead - 1, q.span.start)
            if denominator is None or not denominator.exact:
                continue
            label = _label(paragraph, denominator, paragraph.start)
            if not label.lstrip(" \u3000").startswith(leads):
                continue
            start = _segment_start(paragraph, denominator.span.start)
            before = figures.within(start, denominator.whole_span.start)
            same = [x for x in before if x.family == denominator.family]
            if not same or not same[-1].exact:
                continue
            numerator = same[-1]
            if len(patterns.compile(r"[，,；;]").findall(text[numerator.span.end : denominator.span.start])) != 1:
                continue
            result = _bounds(lambda a, b: _div(a, b), [numerator, denominator])
            if result is None:
                continue
            computed = Computed(*result, f"{_written(numerator)}÷{_written(denominator)}")
            operands = ((numerator, *_ROLES["numerator"]), (denominator, *_ROLES["denominator"]))
            yield RateClaim(q, f"{label.strip()}{denominator.text}的", computed, operands)


def growth_claims(report: Report) -> Iterator[RateClaim]:
    """增长 / 下降 X% stated with both figures or with the change."""
    words = _growth_words()
    for line in report.facts.percent_paragraphs:
        if not has_any(line.text, words):
            continue  # no word of growth before any percentage
        paragraph = report.facts.prose(line)
        if not paragraph.may_hold_amounts:
            continue  # no figure the growth is of
        quantities = paragraph.figures.items
        used: set[tuple[int, ...]] = set()  # the figures a growth already stated is of
        for q in quantities:
            if q.family == "percent" and q.exact:
                claim = _growth_claim(report, paragraph, q)
                if claim is None:
                    continue
                of = tuple(x.span.start for x, _, _ in claim.operands)
                if of in used:
                    continue  # 增长7.6%，高于目标（增长7.0%）, 其中网络零售额增长21.3%: the pair's growth is stated
                used.add(of)
                yield claim


def _verb(words: str) -> tuple[str, int] | None:
    """The growth word a text ends with, and its direction (+1 up, −1 down)."""
    stripped = words.rstrip(" \u3000")
    for link in ("了", "为", "达到", "达", "是"):
        stripped = stripped.removesuffix(link)
    for direction, verbs in _verbs():
        if stripped.endswith(verbs):
            return next(w for w in verbs if stripped.endswith(w)), direction
    return None


@cache
def _verbs() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The growth words of each direction (+1 up, −1 down), longest first."""
    growth = vocabulary()["growth"]
    return tuple(
        (direction, tuple(sorted(growth[key], key=len, reverse=True)))
        for direction, key in ((1, "up"), (-1, "down"))
    )


def _growth_claim(report: Report, paragraph: Prose, q: Quantity) -> RateClaim | None:
    text = report.text
    growth = vocabulary()["growth"]
    floor = paragraph.start
    verb = _verb(_label(paragraph, q, floor))
    if verb is None:
        return None
    word, direction = verb
    start = _segment_start(paragraph, q.whole_span.start)
    figures = _rate_figures(report, paragraph).within(start, q.whole_span.start)
    if not figures or any(not x.exact for x in figures):
        return None
    if has_any(text[start : q.whole_span.end], growth["basis-words"]):
        return None  # 同口径 / 剔除……: the change is measured on another basis than the figures
    last = figures[-1]
    between = text[last.span.end : q.whole_span.start]
    if len(patterns.compile(r"[，,]").findall(between)) > 1:
        return None
    same = [x for x in figures if x.family == last.family]
    if len(same) < 2:
        return None
    compare = "|".join(map(re.escape, sorted(growth["compare"], key=len, reverse=True)))
    periods = "|".join(map(re.escape, sorted(growth["periods"], key=len, reverse=True)))
    label = _label(paragraph, last, floor)
    previous = same[-2]
    joined = text[previous.span.end : last.whole_span.start]
    started = patterns.compile(r"(?:由|从)\s*$").search(_label(paragraph, previous, floor))
    if started and patterns.compile(r"[^，,。；;0-9]{0,6}(?:到|至)\s*").fullmatch(joined):
        return _growth(q, word, direction, current=last, base=previous)  # 由100人增加到120人，增长20%
    years = _two_years(_label(paragraph, previous, floor), label)
    if years is not None and _verb(between) is not None:  # 2022年支出4.05万元，2023年支出3.24万元，较上年下降20%
        current, base = (last, previous) if years[1] > years[0] else (previous, last)
        return _growth(q, word, direction, current=current, base=base)
    # The figure the change is measured on: the only one before it that is not a denominator of
    # “完成预算数X的P%”; with two candidates (收入…，支出…) the change could belong to either.
    candidates = [x for x in same[:-1] if not _of_percent().match(text, x.span.end)]
    if len(candidates) != 1:
        return None
    current = candidates[0]
    if patterns.compile(rf"(?:{compare})(?:{periods}|[0-9]{{4}}年度?)?(?:同期)?的?\s*$").search(label):
        if _verb(between) is not None or _verb(label) is None:
            return _growth(q, word, direction, current=current, base=last)  # 120万元，比上年100万元增长20%
    # 收入10.86亿元，上年为10.00亿元，同比增长8.6%: the base named by its period alone
    if patterns.compile(rf"\s*(?:{periods}|[0-9]{{4}}年度?)(?:同期)?(?:为|是|：|:)?\s*").fullmatch(label):
        if _verb(between) is not None:
            return _growth(q, word, direction, current=current, base=last)
    # 新增企业46家，较上年新增的40家增长15%: the base named again with words of the current figure's name
    named = patterns.compile(
        rf"(?:{compare})(?:{periods}|[0-9]{{4}}年度?)(?:同期)?(?P<name>[^0-9]{{1,8}})的\s*$"
    ).search(label)
    if named is not None and _verb(between) is not None:
        name = named.group("name").strip(" \u3000")
        if name and name in _label(paragraph, current, floor):
            return _growth(q, word, direction, current=current, base=last)
    change = _verb(label)
    if change is not None and patterns.compile(compare).search(label) and change[1] == direction:
        named_base = patterns.compile(rf"(?:{periods})[^0-9，,。；;]{{0,6}}$").search(_label(paragraph, current, floor))
        if named_base is not None:  # 与上年支出26.10万元相比减少1.74万元，下降6.67%: the figure is the base
            return _change_of_base(q, word, direction, base=current, change=last)
        claim = _growth(q, word, direction, current=current, change=last)  # 比上年增加20万元，增长20%
        if claim is not None and claim.contradicted() and _YEAR.search(_label(paragraph, current, floor)):
            # 2022年支出26.90万元，本年较上年减少3.44万元，下降12.79%: a figure named by its year may be the base
            base = _change_of_base(q, word, direction, base=current, change=last)
            if base is not None and not base.contradicted():
                return base
        return claim
    return None


_YEAR = patterns.compile(r"(?:19|20)[0-9]{2}年")


_YEAR_LABEL = patterns.compile(r"^([^0-9]{0,20}?)((?:19|20)[0-9]{2})年度?(.*)$")


def _two_years(first: str, second: str) -> tuple[int, int] | None:
    """The years of two figures named alike but for their years a year apart (2022年会议费支出, 2023年会议费支出),
    or named by their years alone after a name they share (受益牧户2022年8,617户，2023年9,055户)."""
    a, b = _YEAR_LABEL.match(first.strip()), _YEAR_LABEL.match(second.strip())
    if a is None or b is None:
        return None
    rest = a.group(3).strip(" \u3000")
    if rest != b.group(3).strip(" \u3000"):
        return None
    if rest.strip("为是：:") and len(a.group(1)) > 4:
        return None  # a name of the figure after each year: both start with the year (or a short lead-in)
    if not rest.strip("为是：:") and b.group(1).strip(" \u3000"):
        return None  # the years alone: the second figure has no words of its own
    years = int(a.group(2)), int(b.group(2))
    return years if abs(years[0] - years[1]) == 1 else None


def _change_of_base(stated: Quantity, word: str, direction: int, *, base: Quantity, change: Quantity) -> RateClaim | None:
    """The change over the base it is measured on, both stated (上年26.10万元…减少1.74万元，下降6.67%)."""
    result = _bounds(lambda b, c: _div(c, b), [base, change])
    if result is None:
        return None
    low, high, point = result
    if direction < 0:
        stated = stated._replace(number=-stated.number)
        low, high, point = -high, -low, -point
    sign = "−" if direction < 0 else ""
    formula = f"{sign}{_written(change)}÷{_written(base)}"
    return RateClaim(stated, word, Computed(low, high, point, formula), ((base, "基期", "base"), (change, "变动额", "change")))


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
        stated = stated._replace(number=-stated.number)  # 下降5% = −5%
    return RateClaim(stated, word, Computed(low, high, point, formula), operands)
