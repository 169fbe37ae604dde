"""A total and its parts as prose states them: “共21起，其中道路交通事故19起……”.

A breakdown is a figure, a cue word after it (其中, 包括, 分别为 …; data in ``breakdowns.yaml``) and the
figures of the same family that follow the cue up to the end of the sentence, or of the bracket the cue
opens (“1738.4万元（其中…）”). “A和B各1起” counts 1 for each of A and B.

Anything that makes the sum unknowable (a rough figure, a per-unit figure, “各” whose names cannot be
counted, a hierarchy of levels) drops the breakdown: rules stay silent rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from linter.data import safe_load
from linter.diagnostics import Span
from linter.model import Paragraph, Report
from rules._per_report import per_report
from rules.arithmetic._quantities import Marks, Quantity, paragraph_figures, paragraph_marks

_OPEN = "（("
_CLOSE = "）)"
_SENTENCE_END = "。！？!?"
_CLAUSE_BREAKS = "，,；;：:"
_LABEL_BREAKS = "，,；;：:、（()）。！？!?"
_BRACKET = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")
_SEGMENT_MARK = re.compile(f"[{re.escape(_CLOSE + _SENTENCE_END)}]")
_LEAD_IN = re.compile("[^ \u3000\t：:（(]")  # a character that is more than the lead-in of a cue


@cache
def vocabulary() -> dict[str, Any]:
    text = resources.files("rules.arithmetic").joinpath("breakdowns.yaml").read_text("utf-8")
    data: dict[str, Any] = safe_load(text)
    return data


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(vocabulary()["cues"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


@cache
def _part_words() -> re.Pattern[str]:
    """The words without which a paragraph states no breakdown: the cues and the funding sources."""
    words = sorted([*vocabulary()["cues"], *vocabulary()["sources"]["parts"]], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@dataclass(frozen=True, slots=True)
class Part:
    quantity: Quantity
    label: str  # the words naming it: 基本支出预算数
    count: int = 1  # “A和B各1起”: the figure counts once for each name


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Quantity
    parts: tuple[Part, ...]
    cue: Span
    ends: tuple[int, ...]  # how many parts a list may have: it can stop at a ，/； between parts
    claimed: bool = True  # the prose states the sum (False: funding sources beside a 预算)

    def lists(self) -> Iterator[tuple[Part, ...]]:
        """The ways the list of parts may end, longest first; each has at least two items."""
        for end in sorted(self.ends, reverse=True):
            parts = self.parts[:end]
            if sum(p.count for p in parts) >= 2:
                yield parts


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    MISMATCH = "mismatch"
    UNIT_SLIP = "unit-slip"


@dataclass(frozen=True, slots=True)
class Check:
    verdict: Verdict
    parts: tuple[Part, ...]  # the list the finding is about
    total: Decimal  # the parts' sum, base units
    difference: Decimal  # stated total − sum of parts, base units
    slipped: Quantity | None = None  # for UNIT_SLIP: the figure whose unit is off by ×10000
    slip_factor: Decimal = Decimal(1)  # its value × this makes the breakdown add up


def parts_sum(parts: Sequence[Part], scale: dict[Quantity, Decimal] | None = None) -> Decimal:
    scale = scale or {}
    return sum((p.quantity.value * scale.get(p.quantity, Decimal(1)) * p.count for p in parts), Decimal(0))


def tolerance(total: Quantity, parts: Sequence[Part]) -> Decimal:
    """How far the sum may be off from the total because of rounding the stated precision allows.

    A figure written with decimals was rounded to its last digit; so was an integer stated more coarsely
    than the finest figure beside it (the 10 of 3.33+3.33+3.33 = 10). Integers all through are exact.
    """
    items = [(total, 1), *((p.quantity, p.count) for p in parts)]
    finest = min(q.ulp for q, _ in items)
    return sum((q.ulp / 2 * n for q, n in items if q.decimals > 0 or q.ulp > finest), Decimal(0))


def check(breakdown: Breakdown) -> Check | None:
    """Whether the parts add up to the total; None when the prose makes no sum claim."""
    lists = list(breakdown.lists())
    if not lists:
        return None
    total = breakdown.total
    for parts in lists:
        found = parts_sum(parts)
        if abs(total.value - found) <= tolerance(total, parts):
            return Check(Verdict.CONSISTENT, parts, found, total.value - found)
    parts = lists[0]
    if total.family == "money":
        slip = _unit_slip(total, parts)
        if slip is not None:
            return slip
    if any(p.quantity.value > total.value for p in parts):
        return None  # a part larger than the whole: not a list of its parts
    found = parts_sum(parts)
    return Check(Verdict.MISMATCH, parts, found, total.value - found)


_SLIPS = (Decimal(10000), Decimal("0.0001"))


def _unit_slip(total: Quantity, parts: tuple[Part, ...]) -> Check | None:
    """The whole list adds up once one figure is read in 万元 instead of 元, or back (万元/亿元 alike).

    Reading every part in another unit is the same as reading the total in the inverse one, so the total
    stands for that case. The match must hold within the rounding of the figures as written: a figure read
    in a unit 10000 times larger would otherwise bring a rounding margin 10000 times wider.
    """
    candidates: list[tuple[Quantity, dict[Quantity, Decimal]]] = []
    for factor in _SLIPS:
        candidates.append((total, {total: factor}))
        candidates.extend((p.quantity, {p.quantity: factor}) for p in parts)
    for slipped, scale in candidates:
        stated = total.value * scale.get(total, Decimal(1))
        found = parts_sum(parts, scale)
        if abs(stated - found) <= tolerance(total, parts):
            factor = next(iter(scale.values()))
            return Check(Verdict.UNIT_SLIP, parts, found, stated - found, slipped, factor)
    return None


@per_report
def breakdowns(report: Report) -> list[Breakdown]:
    """The breakdowns of ``report``, in order (worked out once and shared by the rules that read them)."""
    found: list[Breakdown] = []
    previous: Paragraph | None = None
    for paragraph in report.paragraphs:
        if paragraph.is_blank:
            continue
        # Without a cue or a funding source a paragraph has nothing to add up.
        if _part_words().search(paragraph.text):
            found.extend(_paragraph_breakdowns(report, paragraph, previous))
        previous = paragraph
    return found


def _paragraph_depths(report: Report, paragraph: Paragraph) -> list[int]:
    found = _depths_by_paragraph(report)
    key = (paragraph.span.start, paragraph.span.end)
    depths = found.get(key)
    if depths is None:
        depths = found[key] = _depths(report.text, *key)
    return depths


@per_report
def _depths_by_paragraph(report: Report) -> dict[tuple[int, int], list[int]]:
    return {}


def _depths(text: str, start: int, end: int) -> list[int]:
    """Bracket depth at each character of ``text[start:end]`` (index 0 is ``start``).

    An opening bracket is outside the bracket it opens, a closing one outside the bracket it closes.
    """
    depths: list[int] = []
    depth = 0
    at = start
    for bracket in _BRACKET.finditer(text, start, end):
        i = bracket.start()
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


def _paragraph_breakdowns(
    report: Report, paragraph: Paragraph, previous: Paragraph | None
) -> Iterator[Breakdown]:
    text = report.text
    start, end = paragraph.span.start, paragraph.span.end
    quantities = paragraph_figures(report, paragraph)
    sentences = paragraph_marks(report, paragraph, _SENTENCE_END)
    depths = _paragraph_depths(report, paragraph)
    cues = list(_cue_pattern().finditer(text, start, end))
    for index, cue in enumerate(cues):
        depth = depths[cue.start() - start]
        stop = _segment_end(text, start, end, depths, cues, index)
        sentence = sentences.after_last(start, cue.start())
        parts = [q for q in quantities.starting(cue.end(), stop) if depths[q.span.start - start] == depth]
        before = quantities.within(sentence, cue.start())
        visible = [q for q in before if _visible(depths, start, q, cue.start())]
        earlier = not visible and _LEAD_IN.search(text, sentence, cue.start()) is None
        if earlier:
            visible = _previous_sentence(report, paragraph, previous, sentence, depths)  # 共10起。其中……
        visible = [q for q in visible if _may_be_total(text, q)]
        for family in dict.fromkeys(q.family for q in parts):
            totals = [q for q in visible if q.family == family]
            bracketed = _before_bracket(text, start, cue.start(), totals)
            if bracketed is not None:
                totals = [bracketed]  # 60万元（其中……）: the figure the bracket explains
            elif earlier:  # in the sentence before: the figure stated as a total, if one is
                totals = [
                    q for q in totals if _has(_clause_before(text, q.span.start, 0), "total-words")
                ] or totals
            if len(totals) != 1:
                continue  # none, or two of a kind (死亡365人，受伤2924人，其中……): whose parts follow is unclear
            found = _breakdown(text, cue, totals[0], [q for q in parts if q.family == family], depths, start)
            if found is not None:
                yield found
    yield from _sources(text, start, quantities.items, depths, sentences)


def _sources(
    text: str, start: int, quantities: Sequence[Quantity], depths: list[int], sentences: Marks
) -> Iterator[Breakdown]:
    """资金总额X万元，本年收入A万元，上年结转B万元: the funds total and where it came from."""
    sources = vocabulary()["sources"]
    money = [q for q in quantities if q.family == "money" and depths[q.span.start - start] == 0]
    labels = [_clause_before(text, q.span.start, start) for q in money]
    i = 0
    while i < len(money):
        j = i
        while j < len(money) and any(w in labels[j] for w in sources["parts"]):
            if j > i and sentences.after_last(start, money[j].span.start) > money[j - 1].span.start:
                break
            j += 1
        run = money[i:j]
        if len(run) >= 2 and i > 0 and any(w in labels[k] for k in range(i, j) for w in sources["carried"]):
            total = money[i - 1]
            same_sentence = sentences.after_last(start, run[0].span.start) <= total.span.start
            if same_sentence and any(w in labels[i - 1] for w in sources["totals"]):
                if total.exact and all(q.exact for q in run):
                    claimed = any(w in labels[i - 1] for w in sources["claimed-totals"])
                    parts = tuple(Part(q, labels[k].strip(), 1) for k, q in enumerate(run, i))
                    yield Breakdown(total, parts, run[0].span, (len(run),), claimed)
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


def _segment_end(
    text: str, start: int, end: int, depths: list[int], cues: list[re.Match[str]], index: int
) -> int:
    """Where the parts after ``cues[index]`` end: at its sentence's end, its bracket's end or the next cue."""
    cue = cues[index]
    depth = depths[cue.start() - start]
    later = (cues[i].start() for i in range(index + 1, len(cues)))
    next_cue = next((c for c in later if depths[c - start] == depth), end)
    limit = min(end, next_cue)
    # The depth falls only at a closing bracket: only those and the sentence ends need a look.
    for mark in _SEGMENT_MARK.finditer(text, cue.end(), limit):
        i = mark.start()
        if depths[i - start] < depth or (text[i] in _SENTENCE_END and depths[i - start] <= depth):
            return i
    return limit


def _previous_sentence(
    report: Report, paragraph: Paragraph, previous: Paragraph | None, sentence: int, depths: list[int]
) -> list[Quantity]:
    """The figures outside brackets in the sentence before ``sentence`` (in this paragraph or the one before)."""
    text = report.text
    start = paragraph.span.start
    if sentence > start:
        begin = paragraph_marks(report, paragraph, _SENTENCE_END).after_last(start, sentence - 1)
        return [
            q
            for q in paragraph_figures(report, paragraph).within(begin, sentence)
            if depths[q.span.start - start] == 0
        ]
    if previous is None:
        return []
    end = previous.span.end
    while end > previous.span.start and text[end - 1] in " \u3000\t" + _SENTENCE_END:
        end -= 1
    begin = paragraph_marks(report, previous, _SENTENCE_END).after_last(previous.span.start, end)
    outer = _paragraph_depths(report, previous)
    return [
        q
        for q in paragraph_figures(report, previous).starting(begin, previous.span.end)
        if outer[q.span.start - previous.span.start] == 0
    ]


def _visible(depths: list[int], start: int, quantity: Quantity, position: int) -> bool:
    """The figure is not inside a bracket that closed before ``position``."""
    own = depths[quantity.span.start - start]
    return all(d >= own for d in depths[quantity.span.start - start : position - start])


def _breakdown(
    text: str,
    cue: re.Match[str],
    total: Quantity,
    figures: list[Quantity],
    depths: list[int],
    start: int,
) -> Breakdown | None:
    vocab = vocabulary()
    if total.family in vocab["non-additive-families"] or not total.exact:
        return None
    if vocab["cues"][cue.group()]["needs-total-word"]:
        if not any(w in _clause_before(text, total.span.start, start) for w in vocab["total-words"]):
            return None
    parts: list[Part] = []
    ends: list[int] = []
    previous_end = cue.end()
    for q in figures:
        between = "".join(
            ch
            for i, ch in enumerate(text[previous_end : q.span.start], previous_end)
            if depths[i - start] <= depths[q.span.start - start]
        )
        clause = _clause_before(text, q.span.start, max(start, cue.end()))
        if parts and any(ch in _CLAUSE_BREAKS for ch in between):
            ends.append(len(parts))
            if clause.lstrip(" \u3000").startswith(tuple(vocab["list-enders"])):
                break
        each = _each(clause)
        if each is None or not q.exact:
            return None  # 约200人, 5-10人, “各” before names that cannot be counted: the sum is unknown
        count, names = each
        parts.append(Part(q, names if count > 1 else _label(text, q, max(start, cue.end())), count))
        previous_end = q.span.end
    ends.append(len(parts))
    if sum(1 for p in parts if any(w in p.label for w in vocab["level-words"])) >= 2:
        return None
    return Breakdown(total, tuple(parts), Span(cue.start(), cue.end()), tuple(ends))


def _has(words: str, key: str) -> bool:
    return any(w in words for w in vocabulary()[key])


def _may_be_total(text: str, quantity: Quantity) -> bool:
    """Not a change or a per-unit figure (比上年减收1070万元)."""
    return not _has(_clause_before(text, quantity.span.start, 0), "not-total-words")


def _clause_before(text: str, position: int, floor: int) -> str:
    """The words from the last clause break up to ``position``."""
    i = position
    while i > floor and text[i - 1] not in _CLAUSE_BREAKS + _SENTENCE_END + "\r\n":
        i -= 1
    return text[i:position]


def _label(text: str, quantity: Quantity, floor: int) -> str:
    i = quantity.whole_span.start
    while i > floor and text[i - 1] not in _LABEL_BREAKS:
        i -= 1
    label = text[i : quantity.whole_span.start].strip(" \u3000")
    for cue in sorted(vocabulary()["cues"], key=len, reverse=True):
        label = label.removeprefix(cue)
    return label.strip("：: \u3000").removesuffix("为").removesuffix("是")


def _each(clause: str) -> tuple[int, str] | None:
    """How many names share the figure, and the names: 2 for “工业企业和建筑施工领域各发生事故1起”.

    1 without 各; None when the clause says “each” but the names cannot be counted.
    """
    vocab = vocabulary()
    for word in vocab["each-words"]:
        at = clause.rfind(word)
        if at < 0:
            continue
        following = clause[at + len(word) :]
        if following.startswith(tuple(vocab["each-not-before"])):
            continue
        if at > 0 and clause[at - 1] in vocab["each-not-after"]:
            continue
        names = clause[:at]
        for cue in vocab["cues"]:
            names = names.replace(cue, "")
        joiners = sorted(vocab["name-joiners"], key=len, reverse=True)
        pieces = [n for n in re.split("|".join(map(re.escape, joiners)), names) if n.strip()]
        return (len(pieces), names.strip(" \u3000：:")) if len(pieces) >= 2 else None
    return 1, ""
