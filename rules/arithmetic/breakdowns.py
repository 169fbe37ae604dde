"""A total and its parts as prose states them: “共21起，其中道路交通事故19起……”.

A breakdown is a figure, a cue word after it (其中, 包括, 分别为 …; data in ``breakdowns.yaml``) and the
figures of the same family that follow the cue up to the end of the sentence, or of the bracket the cue
opens (“1738.4万元（其中…）”). “A和B各1起” counts 1 for each of A and B.

Anything that makes the sum unknowable (a rough figure, a per-unit figure, “各” whose names cannot be
counted, a hierarchy of levels) drops the breakdown: rules stay silent rather than guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from linter import patterns
from linter.analysis import report_fact
from linter.analysis.quantities import Marks, Prose, Quantity, has_any
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import Report
from rules.arithmetic.clues import clues

_OPEN = "（("
_CLOSE = "）)"
_SENTENCE_END = "。！？!?"
_CLAUSE_BREAKS = "，,；;：:"
_CLAUSE_STOPS = _CLAUSE_BREAKS + _SENTENCE_END
_LABEL_BREAKS = "，,；;：:、（()）。！？!?"
_LEAD_IN = " \u3000\t：:（("  # what may stand between a sentence's start and its cue (“其中：”)
_ONE = Decimal(1)
_READINGS = 64  # the most ways of reading one list that are tried


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("rules.arithmetic", "breakdowns.yaml")
    return data


class _Words:
    """``breakdowns.yaml`` arranged for lookup."""

    def __init__(self, data: dict[str, Any]) -> None:
        sources = data["sources"]
        self.cues: dict[str, dict[str, bool]] = data["cues"]
        self.cues_longest_first = tuple(sorted(self.cues, key=len, reverse=True))
        self.total_words = tuple(data["total-words"])
        self.not_total_words = tuple(data["not-total-words"])
        self.non_additive_families = tuple(data["non-additive-families"])
        self.list_enders = tuple(data["list-enders"])
        self.level_words = tuple(data["level-words"])
        self.each_words = tuple(data["each-words"])
        self.each_not_before = tuple(data["each-not-before"])
        self.each_not_after = tuple(data["each-not-after"])
        self.name_joiners = tuple(sorted(data["name-joiners"], key=len, reverse=True))
        self.joining_words = tuple(w for w in self.name_joiners if w not in _SEPARATORS)
        self.source_parts = tuple(sources["parts"])
        self.carried = tuple(sources["carried"])
        self.source_totals = tuple(sources["totals"])
        self.claimed_totals = tuple(sources["claimed-totals"])


@cache
def _words() -> _Words:
    return _Words(vocabulary())


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(vocabulary()["cues"], key=len, reverse=True)
    return patterns.compile("|".join(map(re.escape, cues)))


class Part(NamedTuple):
    quantity: Quantity
    label: str  # the words naming it: 基本支出预算数
    count: int = 1  # “A和B各1起”: the figure counts once for each name


class Breakdown(NamedTuple):
    total: Quantity
    # Each item's readings: one part, or the figures it may be (210万元已支出188.60万元).
    items: tuple[tuple[Part, ...], ...]
    cue: Span
    ends: tuple[int, ...]  # how many items a list may have: it can stop at a ，/； between items
    claimed: bool = True  # the prose states the sum (False: funding sources beside a 预算)
    natural: int | None = None  # items up to a ； after items separated by a weaker mark (、 or ，)
    open: bool = False  # the list ends with 等 (主要包括A 412人、B 608人等): it need not name every part

    @property
    def parts(self) -> tuple[Part, ...]:
        """Every figure read as a part, in order (an item's other readings included)."""
        return tuple(p for item in self.items for p in item)

    def lists(self) -> Iterator[tuple[Part, ...]]:
        """The ways the list of parts may end and its items be read, longest first; each has at least two items."""
        for end in sorted(self.ends, reverse=True):
            items = self.items[:end]
            for parts in itertools.islice(itertools.product(*items), _READINGS):
                if sum(p.count for p in parts) >= 2:
                    yield parts

    def reading(self) -> tuple[Part, ...] | None:
        """The list as its punctuation closes it, when every item in it has a single reading."""
        items = self.items[: self.natural if self.natural is not None else max(self.ends)]
        if any(len(item) != 1 for item in items):
            return None
        parts = tuple(item[0] for item in items)
        return parts if sum(p.count for p in parts) >= 2 else None


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    MISMATCH = "mismatch"
    UNIT_SLIP = "unit-slip"


class Check(NamedTuple):
    verdict: Verdict
    parts: tuple[Part, ...]  # the list the finding is about
    total: Decimal  # the parts' sum, base units
    difference: Decimal  # stated total − sum of parts, base units
    slipped: Quantity | None = None  # for UNIT_SLIP: the figure whose unit is off by ×10000
    slip_factor: Decimal = Decimal(1)  # its value × this makes the breakdown add up


def parts_sum(parts: Sequence[Part]) -> Decimal:
    return sum((p.quantity.value * p.count for p in parts), Decimal(0))


def tolerance(total: Quantity, parts: Sequence[Part]) -> Decimal:
    """How far the sum may be off from the total because of rounding the stated precision allows.

    A figure written with decimals was rounded to its last digit; so was an integer stated more coarsely
    than the finest figure beside it (the 10 of 3.33+3.33+3.33 = 10). Integers all through are exact.
    """
    items = [(total, total.ulp, 1), *((p.quantity, p.quantity.ulp, p.count) for p in parts)]
    finest = min(ulp for _, ulp, _ in items)
    return sum((ulp / 2 * n for q, ulp, n in items if q.decimals > 0 or ulp > finest), Decimal(0))


def check(breakdown: Breakdown) -> Check | None:
    """Whether the parts add up to the total; None when the prose makes no sum claim.

    Consistent when any way of ending the list and reading its items adds up; a mismatch only for the list as
    its punctuation closes it, and only when each of its items has one reading.
    """
    lists = list(breakdown.lists())
    if not lists:
        return None
    total = breakdown.total
    for parts in lists:
        found = parts_sum(parts)
        if abs(total.value - found) <= tolerance(total, parts):
            return Check(Verdict.CONSISTENT, parts, found, total.value - found)
    reading = breakdown.reading()
    if reading is None:
        return None  # an item whose figure is not clear: the sum is unknown
    parts = reading
    if breakdown.open and parts_sum(parts) < total.value:
        return None  # A、B等: the parts named are some of the total, not all of it
    if total.family == "money":
        slip = _unit_slip(total, parts)
        if slip is not None:
            return slip
    found = parts_sum(parts)
    return Check(Verdict.MISMATCH, parts, found, total.value - found)


_SLIPS = (Decimal(10000), Decimal("0.0001"))


def _unit_slip(total: Quantity, parts: tuple[Part, ...]) -> Check | None:
    """The whole list adds up once one figure is read in 万元 instead of 元, or back (万元/亿元 alike).

    Reading every part in another unit is the same as reading the total in the inverse one, so the total
    stands for that case. The match must hold within the rounding of the figures as written: a figure read
    in a unit 10000 times larger would otherwise bring a rounding margin 10000 times wider.
    """
    margin = tolerance(total, parts)
    for factor in _SLIPS:
        for slipped in (total, *(p.quantity for p in parts)):
            stated = total.value * (factor if slipped is total else _ONE)
            found = sum(
                (p.quantity.value * (factor if p.quantity is slipped else _ONE) * p.count for p in parts),
                Decimal(0),
            )
            if abs(stated - found) <= margin:
                return Check(Verdict.UNIT_SLIP, parts, found, stated - found, slipped, factor)
    return None


@report_fact
def breakdowns(report: Report) -> list[Breakdown]:
    """The breakdowns of ``report``, in order (worked out once and shared by the rules that read them)."""
    found: list[Breakdown] = []
    paragraphs = report.paragraphs
    # Without a cue, or a fund carried over among its funding sources, a paragraph has nothing to add up.
    for paragraph in clues(report).parts:
        i = paragraph.index - 1
        while i >= 0 and paragraphs[i].is_blank:
            i -= 1
        previous = report.facts.prose(paragraphs[i]) if i >= 0 else None
        found.extend(_paragraph_breakdowns(report, report.facts.prose(paragraph), previous))
    return found


@report_fact
def checks(report: Report) -> list[tuple[Breakdown, Check]]:
    """The breakdowns whose sum the prose states, each with its check (the rules that read them share it)."""
    found = []
    for breakdown in breakdowns(report):
        if breakdown.claimed:
            result = check(breakdown)
            if result is not None:
                found.append((breakdown, result))
    return found


def _paragraph_depths(report: Report, paragraph: Prose) -> list[int]:
    found = _depths_by_paragraph(report)
    depths = found.get(paragraph.start)
    if depths is None:
        brackets = paragraph.marks(_OPEN + _CLOSE)
        depths = found[paragraph.start] = _depths(paragraph.text, paragraph.start, paragraph.end, brackets)
    return depths


@report_fact
def _depths_by_paragraph(report: Report) -> dict[int, list[int]]:
    return {}


def _depths(text: str, start: int, end: int, brackets: Marks | None = None) -> list[int]:
    """Bracket depth at each character of ``text[start:end]`` (index 0 is ``start``); ``brackets`` are where the
    brackets are, when known.

    An opening bracket is outside the bracket it opens, a closing one outside the bracket it closes.
    """
    if brackets is None:
        brackets = Marks(text, start, end, _OPEN + _CLOSE)
    depths: list[int] = []
    depth = 0
    at = start
    for i in brackets.within(start, end):
        depths += [depth] * (i - at)
        if text[i] in _CLOSE:
            depth = max(0, depth - 1)
            depths.append(depth)
        else:
            depths.append(depth)
            depth += 1
        at = i + 1
    depths += [depth] * (end - at)
    return depths


def _paragraph_breakdowns(report: Report, paragraph: Prose, previous: Prose | None) -> Iterator[Breakdown]:
    if not paragraph.may_hold_amounts:
        return  # no figure but percentages: nothing adds up
    text = paragraph.text
    start, end = paragraph.start, paragraph.end
    words = _words()
    cues = list(_cue_pattern().finditer(text, start, end))
    sources = _may_list_sources(paragraph.paragraph.text, words)
    if not sources and not _may_follow_total(text, start, cues, words):
        return  # 分别 with no word of a total before it: no figure it can be the parts of
    depths = _paragraph_depths(report, paragraph)
    stops = [_segment_end(paragraph, depths, cues, index) for index in range(len(cues))]
    if not sources and not any(map(paragraph.holds_amount, (cue.end() for cue in cues), stops)):
        return  # no figure but percentages after any cue: no parts
    quantities = paragraph.figures
    if not any(q.family not in words.non_additive_families or q.family == "money" for q in quantities.items):
        return  # no figure that adds up (percentages only)
    sentences = paragraph.marks(_SENTENCE_END)
    for index, cue in enumerate(cues):
        depth = depths[cue.start() - start]
        stop = stops[index]
        lists: dict[str, list[Quantity]] = {}  # the parts of each family
        for q in quantities.starting(cue.end(), stop):
            if depths[q.span.start - start] == depth:
                lists.setdefault(q.family, []).append(q)
        # A family that cannot add up, or whose first part is rough, makes no breakdown.
        families = [f for f, qs in lists.items() if f not in words.non_additive_families and qs[0].exact]
        if not families:
            continue
        sentence = sentences.after_last(start, cue.start())
        before = quantities.within(sentence, cue.start())
        visible = [q for q in before if _visible(depths, start, q, cue.start())]
        owner = paragraph  # the paragraph the figures before the cue are in
        earlier = not visible and not text[sentence : cue.start()].strip(_LEAD_IN)
        if earlier:  # 共10起。其中……
            owner, visible = _previous_sentence(report, paragraph, previous, sentence, depths)
        visible = [q for q in visible if q.family in families]
        if visible:
            visible = [q for q in visible if not has_any(_clause_before(owner, q, 0), words.not_total_words)]
        for family in families:
            totals = [q for q in visible if q.family == family]
            bracketed = _before_bracket(text, start, cue.start(), totals)
            if bracketed is not None:
                totals = [bracketed]  # 60万元（其中……）: the figure the bracket explains
            elif earlier and totals:  # in the sentence before: the one the parts add up to, else the one stated
                # as a total, if one is (全年预算数6,842.30万元，实际支出6,705.45万元。其中…: the parts make the 支出)
                whole = _adding_up(paragraph, cue, totals, lists[family], depths)
                totals = [whole] if whole is not None else [
                    q for q in totals if has_any(_clause_before(owner, q, 0), words.total_words)
                ] or totals
            found = _of_candidates(paragraph, cue, totals, lists[family], depths)
            if found is not None:
                yield found
    if sources:
        yield from _sources(paragraph, quantities.items, depths)


def _may_follow_total(text: str, start: int, cues: list[re.Match[str]], words: _Words) -> bool:
    """Whether a total can come before one of ``cues``: a cue needs no word of a total, or one stands before the
    last cue (``_breakdown`` takes a total for such a cue only from this paragraph, with the word in its clause)."""
    if any(not words.cues[cue.group()]["needs-total-word"] for cue in cues):
        return True
    if any(text[max(start, cue.start() - 2) : cue.start()].rstrip("，,").endswith("元") for cue in cues):
        return True  # 项目支出5371.14万元，分别为……: see ``_named_sum``
    return bool(cues) and has_any(text[start : cues[-1].start()], words.total_words)


def _adding_up(
    paragraph: Prose, cue: re.Match[str], totals: list[Quantity], figures: list[Quantity], depths: list[int]
) -> Quantity | None:
    """The one of ``totals`` that the parts after ``cue`` add up to, if exactly one is."""
    if len(totals) < 2:
        return None
    found = [t for t in totals if (b := _breakdown(paragraph, cue, t, figures, depths)) is not None and _adds_up(b)]
    return found[0] if len(found) == 1 else None


def _adds_up(breakdown: Breakdown) -> bool:
    result = check(breakdown)
    return result is not None and result.verdict is Verdict.CONSISTENT


def _of_candidates(
    paragraph: Prose, cue: re.Match[str], totals: list[Quantity], figures: list[Quantity], depths: list[int]
) -> Breakdown | None:
    """The breakdown of the figure whose parts follow ``cue``.

    With two figures of a kind before it (全年预算数5312.60万元，全年支出5236.80万元，其中……) the parts belong to one
    that they add up to; failing that, to the one the cue follows directly, unless the parts are named after the
    other one (死亡5人，受伤8人，其中道路交通事故死亡3人、受伤5人……: parts of both).
    """
    if not totals:
        return None
    if len(totals) == 1:
        return _breakdown(paragraph, cue, totals[0], figures, depths)
    found = [b for b in (_breakdown(paragraph, cue, t, figures, depths) for t in totals) if b is not None]
    for breakdown in found:
        result = check(breakdown)
        if result is not None and result.verdict is Verdict.CONSISTENT:
            return breakdown
    nearest = totals[-1]
    between = paragraph.text[nearest.span.end : cue.start()]
    if not found or found[-1].total is not nearest or between.strip(" \u3000，,：:"):
        return None
    labels = "\n".join(p.label for p in found[-1].parts)
    for other in totals[:-1]:
        name = _clause_before(paragraph, other, paragraph.start).strip(" \u3000：:").removesuffix("为")
        name = name.lstrip("0123456789０１２３４５６７８９年度月日")
        if not name or name in labels:
            return None
    return found[-1]


def _clause_before(paragraph: Prose, quantity: Quantity, floor: int) -> str:
    """The words of ``paragraph`` from the last clause break up to ``quantity``, from ``floor`` on; empty when the
    figure is in a paragraph before."""
    position = quantity.span.start
    if position < paragraph.start:
        return ""
    return paragraph.words_before(position, max(floor, paragraph.start), _CLAUSE_STOPS)


def _may_list_sources(text: str, words: _Words) -> bool:
    """The words without which ``_sources`` finds nothing: one carried over, a source and a total."""
    return (
        has_any(text, words.carried)
        and has_any(text, words.source_parts)
        and has_any(text, words.source_totals)
    )


def _sources(paragraph: Prose, quantities: Sequence[Quantity], depths: list[int]) -> Iterator[Breakdown]:
    """资金总额X万元，本年收入A万元，上年结转B万元: the funds total and where it came from."""
    start = paragraph.start
    sentences = paragraph.marks(_SENTENCE_END)
    words = _words()
    money = [q for q in quantities if q.family == "money" and depths[q.span.start - start] == 0]
    labels = [_clause_before(paragraph, q, start) for q in money]
    i = 0
    while i < len(money):
        j = i
        while j < len(money) and has_any(labels[j], words.source_parts):
            if j > i and sentences.after_last(start, money[j].span.start) > money[j - 1].span.start:
                break
            j += 1
        run = money[i:j]
        if len(run) >= 2 and i > 0 and any(has_any(labels[k], words.carried) for k in range(i, j)):
            total = money[i - 1]
            same_sentence = sentences.after_last(start, run[0].span.start) <= total.span.start
            if same_sentence and has_any(labels[i - 1], words.source_totals):
                if total.exact and all(q.exact for q in run):
                    claimed = has_any(labels[i - 1], words.claimed_totals)
                    items = tuple((Part(q, labels[k].strip(), 1),) for k, q in enumerate(run, i))
                    yield Breakdown(total, items, run[0].span, (len(run),), claimed)
        i = max(j, i + 1)


def _before_bracket(text: str, start: int, position: int, candidates: list[Quantity]) -> Quantity | None:
    """The figure right before the bracket that ``position`` opens with (“60万元（其中”, “1738.4万元，（其中”)."""
    i = position
    while i > start and text[i - 1] in " \u3000：:":
        i -= 1
    if i == start or text[i - 1] not in _OPEN:
        return None
    i -= 1
    while i > start and text[i - 1] in " \u3000，,":
        i -= 1
    return next((q for q in candidates if q.span.end == i), None)


def _segment_end(paragraph: Prose, depths: list[int], cues: list[re.Match[str]], index: int) -> int:
    """Where the parts after ``cues[index]`` end: at its sentence's end, its bracket's end or the next cue."""
    text, start, end = paragraph.text, paragraph.start, paragraph.end
    cue = cues[index]
    depth = depths[cue.start() - start]
    later = (cues[i].start() for i in range(index + 1, len(cues)))
    next_cue = next((c for c in later if depths[c - start] == depth), end)
    limit = min(end, next_cue)
    # The depth falls only at a closing bracket: only those and the sentence ends need a look.
    for i in paragraph.marks(_CLOSE + _SENTENCE_END).within(cue.end(), limit):
        if depths[i - start] < depth or (text[i] in _SENTENCE_END and depths[i - start] <= depth):
            return i
    return limit


def _previous_sentence(
    report: Report, paragraph: Prose, previous: Prose | None, sentence: int, depths: list[int]
) -> tuple[Prose, list[Quantity]]:
    """The figures outside brackets in the sentence before ``sentence`` (in this paragraph or the one before),
    with the paragraph they are in."""
    start = paragraph.start
    if sentence > start:
        begin = paragraph.marks(_SENTENCE_END).after_last(start, sentence - 1)
        return paragraph, [
            q for q in paragraph.figures.within(begin, sentence) if depths[q.span.start - start] == 0
        ]
    if previous is None:
        return paragraph, []
    end = previous.start + len(previous.paragraph.text.rstrip(" \u3000\t" + _SENTENCE_END))
    begin = previous.marks(_SENTENCE_END).after_last(previous.start, end)
    outer = _paragraph_depths(report, previous)
    return previous, [
        q for q in previous.figures.starting(begin, previous.end) if outer[q.span.start - previous.start] == 0
    ]


def _visible(depths: list[int], start: int, quantity: Quantity, position: int) -> bool:
    """The figure is not inside a bracket that closed before ``position``."""
    own = depths[quantity.span.start - start]
    return min(depths[quantity.span.start - start : position - start], default=own) >= own


def _named_sum(text: str, clause: str, total: Quantity, cue: re.Match[str]) -> bool:
    """项目支出5371.14万元，分别为……: an amount of money named as spending, income or funds, with 分别为 right after
    it, is the sum of the amounts it lists, total word or not."""
    between = text[total.span.end : cue.start()].strip(" \u3000")
    return total.family == "money" and between in ("，", ",", "") and clause.rstrip(" \u3000为是：:").endswith(_SUM_NAMES)


_SUM_NAMES = ("支出", "收入", "经费", "资金", "预算", "拨款", "补助", "投入", "费用")


def _breakdown(
    paragraph: Prose, cue: re.Match[str], total: Quantity, figures: list[Quantity], depths: list[int]
) -> Breakdown | None:
    """The items after ``cue``: each separated from the last by a mark at least as strong as the list's first one.

    Inside an item of a list separated by ；, a ，-clause is a detail of that item: one opened by a list-ender (剩余,
    未…) is left out, another figure is another reading of the item. So is a figure that follows the last one with
    no mark between them (绩效资金210万元已支出188.60万元): the part is one of them.
    """
    words = _words()
    if not total.exact:
        return None
    start = paragraph.start
    if words.cues[cue.group()]["needs-total-word"]:
        # A total in the paragraph before has no words before it in this one.
        clause = _clause_before(paragraph, total, start)
        if not has_any(clause, words.total_words) and not _named_sum(paragraph.text, clause, total, cue):
            return None
    floor = max(start, cue.end())
    items: list[list[Part]] = []
    ends: list[int] = []
    natural: int | None = None
    first: int | None = None  # the mark between the first two items
    skipping = False  # after a list-ender inside an item
    previous_end = cue.end()
    for q in figures:
        clause = _clause_before(paragraph, q, floor)
        level = _separation(paragraph, depths, previous_end, q) if items else None
        name_floor, previous_end = previous_end, q.span.end
        ender = clause.lstrip(" \u3000").startswith(words.list_enders)
        reading = level is not None and (level == 0 or (first == _SEMICOLON and level < _SEMICOLON))
        if reading and (skipping or (level > 0 and ender)):
            skipping = True
            continue  # 剩余13.60万元: what is left of the item, not the item
        each = _each(clause, words)
        if each is None or not q.exact:
            return None  # 约200人, 5-10人, “各” before names that cannot be counted: the sum is unknown
        count, names = each
        if count == 1:  # not the figure before and a word joining it (“200万元和县级配套170万元”: 县级配套)
            low = max(floor, name_floor)
            before = paragraph.words_before(q.whole_span.start, low, _LABEL_BREAKS)
            before = _bracketed_in(paragraph, before, q.whole_span.start, low)
            if items and q.whole_span.start - len(before) == name_floor:
                before = before.lstrip(" \u3000")
                before = before.removeprefix(next((w for w in words.joining_words if before.startswith(w)), ""))
            names = _label(before, words)
        part = Part(q, names, count)
        if reading:
            items[-1].append(part)
            continue
        if level is not None:
            if level >= _COMMA:  # the list may end at a ，or ；, not inside a run of names joined by 、
                ends.append(len(items))
                if ender or (q.family == total.family and q.value * count > total.value and _moved_on(paragraph, q, level)):
                    # 其中当年新认定158家；入库科技型中小企业1046家, 其中3个达到推荐标准，……在全市9个县区中排名第2: more
                    # than the whole is no part of it after a ；, or after a ，when the clause goes on past the figure
                    break
            if first is None:
                first = level
            elif level > first and level == _SEMICOLON and natural is None:
                natural = len(items)
        skipping = False
        items.append([part])
    ends.append(len(items))
    parts = [p for item in items for p in item]
    if has_any("\n".join(p.label for p in parts), words.level_words):
        if sum(1 for p in parts if has_any(p.label, words.level_words)) >= 2:
            return None
    closing = items[(natural or len(items)) - 1][0].quantity if items else None
    etc = closing is not None and paragraph.text.startswith(
        "等", closing.span.end + _spaces(paragraph.text, closing.span.end, paragraph.end)
    )
    return Breakdown(
        total, tuple(tuple(item) for item in items), Span(cue.start(), cue.end()), tuple(ends), True, natural, etc
    )


def _spaces(text: str, at: int, end: int) -> int:
    """How many spaces stand at ``at`` in ``text`` (before ``end``)."""
    stretch = text[at:end]
    return len(stretch) - len(stretch.lstrip(" \t\u3000"))


_COMMA = 2
_SEMICOLON = 3
_CLAUSE_END = patterns.compile(r"[^\S\r\n]*(?:$|[，,；;。！？!?）)])")


def _moved_on(paragraph: Prose, q: Quantity, level: int) -> bool:
    """Whether the clause of ``q``, after a mark of ``level``, has left the list: after a ；, or after a ，when words
    follow the figure in its clause (……在全市9个县区综合考核中排名第2), not when it closes it (公务用车运行维护费25.50万元。)."""
    return level == _SEMICOLON or _CLAUSE_END.match(paragraph.text, q.span.end, paragraph.end) is None


def _separation(paragraph: Prose, depths: list[int], position: int, quantity: Quantity) -> int:
    """The strongest mark between ``position`` and ``quantity`` outside brackets it is not in: 3 for ；, 2 for ，
    or ：, 1 for 、 or a word joining names (和, 及), 0 for none."""
    start = paragraph.start
    depth = depths[quantity.span.start - start]
    level = 0
    for i in paragraph.marks(_SEPARATORS).within(position, quantity.span.start):
        if depths[i - start] <= depth:
            level = max(level, _LEVELS[paragraph.text[i]])
    if level == 0 and has_any(paragraph.text[position : quantity.span.start], _words().joining_words):
        level = 1
    return level


_LEVELS = {"；": 3, ";": 3, "，": 2, ",": 2, "：": 2, ":": 2, "、": 1}
_SEPARATORS = "".join(_LEVELS)


def _bracketed_in(paragraph: Prose, before: str, position: int, floor: int) -> str:
    """``before`` (the words before ``position``) with a short bracketed word inside the name put back: 因公出国（境）费
    is one name, not 费."""
    text = paragraph.text
    start = position - len(before)
    if start < 1 or text[start - 1] not in "）)":
        return before
    opening = max(text.rfind("（", floor, start), text.rfind("(", floor, start))
    inside = text[opening + 1 : start - 1]
    if opening < 1 or len(inside) > _BRACKETED_CHARS or any(c in inside for c in _LABEL_BREAKS):
        return before
    head = paragraph.words_before(opening, floor, _LABEL_BREAKS)
    return head + text[opening:start] + before if head.strip() else before


_BRACKETED_CHARS = 4


def _label(words_before: str, words: _Words) -> str:
    """The words naming a part, from those before it: 基本支出预算数 for “其中基本支出预算数为”."""
    label = words_before.strip(" \u3000")
    if label.startswith(words.cues_longest_first):
        for cue in words.cues_longest_first:
            label = label.removeprefix(cue)
    return label.strip("：: \u3000").removesuffix("为").removesuffix("是")


@cache
def _joiner_pattern(joiners: tuple[str, ...]) -> re.Pattern[str]:
    return patterns.compile("|".join(map(re.escape, joiners)))


def _each(clause: str, words: _Words) -> tuple[int, str] | None:
    """How many names share the figure, and the names: 2 for “工业企业和建筑施工领域各发生事故1起”.

    1 without 各; None when the clause says “each” but the names cannot be counted.
    """
    for word in words.each_words:
        at = clause.rfind(word)
        if at < 0:
            continue
        following = clause[at + len(word) :]
        if following.startswith(words.each_not_before):
            continue
        if at > 0 and clause[at - 1] in words.each_not_after:
            continue
        names = clause[:at]
        for cue in words.cues:
            names = names.replace(cue, "")
        pieces = [n for n in _joiner_pattern(words.name_joiners).split(names) if n.strip()]
        return (len(pieces), names.strip(" \u3000：:")) if len(pieces) >= 2 else None
    return 1, ""
