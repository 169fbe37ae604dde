"""Quantities in report prose: a number, its unit and exactly where both sit.

Money (元, 万元, 亿元), people, households, areas, percentages and counts with measure words, written in
Arabic, full-width or Chinese numerals (一百二十, 两千, 1.2万). Values are Decimal and converted to the
base unit of their family, so 1.2万元 and 12000元 compare equal. The word lists live in ``units.yaml``.

A figure that is rough (约, 余, 左右, a range) or a bound (<100%, 大于95%) is still extracted, so that a
rule can see it and stay silent, but it is not ``exact``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from linter.data import safe_load
from linter.diagnostics import Span
from linter.model import Paragraph, Report
from linter.parse.numbers import CN_BIG as _CN_BIG
from linter.parse.numbers import FULL_WIDTH as _FULL_WIDTH
from linter.parse.numbers import chinese_to_decimal, format_decimal
from rules._per_report import per_report
from rules._scan import paragraphs_with

_MINUS = ("-", "－", "−")
_ONE = Decimal(1)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:、（()）！？\r\n]")
_ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
_CHINESE = (
    r"(?:[零〇一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
)
_RANGE_AFTER = re.compile(r"[-－~～—至到]\s?[0-9０-９零〇一二两三四五六七八九十]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PERCENT_SIGN = re.compile("[%％]|百分之")


@dataclass(frozen=True, slots=True)
class Unit:
    name: str  # as written after the number (and after any 万/亿): 元, 人, 平方米, %
    family: str  # quantities add up only within one family
    scale: Decimal  # base units of the family per one of this unit


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure with its unit, e.g. ``523.85万元``."""

    number: Decimal  # as written: 523.85
    multiplier: Decimal  # 10000 for 万, 1 when there is none
    unit: Unit
    span: Span  # the number through the unit: 523.85万元
    number_span: Span  # 523.85
    unit_span: Span  # the multiplier and the unit: 万元
    text: str  # the source text of ``span``
    decimals: int = 0  # digits after the point, as written
    comparator: str | None = None  # "<", "<=", ">", ">=" for a bound (<100%, 95%以上)
    approximate: bool = False  # 约, 余, 左右, part of a range
    per_unit: bool = False  # 每人100元, 100元/人: a rate, not an amount
    claim_span: Span | None = None  # with the bound or rough-figure words around it: <100%, 约3人

    @property
    def family(self) -> str:
        return self.unit.family

    @property
    def value(self) -> Decimal:
        """In the family's base unit (元 for money)."""
        return self.number * self.multiplier * self.unit.scale

    @property
    def ulp(self) -> Decimal:
        """The step of the last written digit, in base units: 0.01万元 → 100元."""
        return Decimal(1).scaleb(-self.decimals) * self.multiplier * self.unit.scale

    @property
    def exact(self) -> bool:
        return self.comparator is None and not self.approximate and not self.per_unit

    @property
    def unit_text(self) -> str:
        """The unit as written, with its multiplier: 万元."""
        return self.text[self.unit_span.start - self.span.start :] or self.unit.name

    @property
    def number_text(self) -> str:
        return self.text[: self.number_span.end - self.span.start]

    @property
    def whole_span(self) -> Span:
        return self.claim_span or self.span


@cache
def units() -> dict[str, Any]:
    text = resources.files("rules.arithmetic").joinpath("units.yaml").read_text("utf-8")
    data: dict[str, Any] = safe_load(text)
    return data


@cache
def _unit_table() -> dict[str, Unit]:
    data = units()
    table: dict[str, Unit] = {}
    for family, members in data["families"].items():
        for name, scale in members.items():
            table[str(name)] = Unit(str(name), family, Decimal(str(scale)))
    for word in data["measure-words"]:
        table.setdefault(word, Unit(word, f"count:{word}", Decimal(1)))
    return table


@cache
def _pattern() -> re.Pattern[str]:
    data = units()
    names = sorted(_unit_table(), key=len, reverse=True)
    multipliers = sorted(data["multipliers"], key=len, reverse=True)
    infixes = "".join(data["approximate-infixes"])
    # Every quantity starts with 百 (百分之) or a digit: the lookahead lets the engine skip other text fast.
    return re.compile(
        r"(?=[百0-9０-９零〇一二两三四五六七八九十])"
        r"(?P<pct>百分之)?"
        rf"(?:(?<![0-9０-９.．A-Za-z第])(?P<arabic>{_ARABIC})"
        rf"|(?<![零〇一二两三四五六七八九十百千万亿第])(?P<chinese>{_CHINESE}))"
        rf"\s?(?P<mult>{'|'.join(map(re.escape, multipliers))})?"
        rf"(?P<infix>[{re.escape(infixes)}])?"
        rf"(?P<unit>{'|'.join(map(re.escape, names))})?"
    )


def _arabic_to_decimal(text: str) -> tuple[Decimal, int]:
    plain = text.translate(_FULL_WIDTH).replace(",", "")
    _, _, frac = plain.partition(".")
    return Decimal(plain), len(frac)


def extract(text: str, start: int = 0, end: int | None = None) -> tuple[Quantity, ...]:
    """The quantities in ``text[start:end]``, with spans as offsets into ``text``."""
    return _extract(text, start, len(text) if end is None else end)


def paragraph_quantities(report: Report, paragraph: Paragraph) -> tuple[Quantity, ...]:
    found = _by_paragraph(report)
    key = (paragraph.span.start, paragraph.span.end)
    quantities = found.get(key)
    if quantities is None:
        quantities = found[key] = tuple(_scan(report.text, *key))
    return quantities


class Figures:
    """Quantities in text order (their spans neither overlap nor go back), found by position by bisection.

    Rules look for the figures between two offsets once per cue word or percentage; filtering every
    quantity of the paragraph each time would take time quadratic in the length of a long paragraph.
    """

    def __init__(self, items: Iterable[Quantity]) -> None:
        self.items = tuple(items)
        self._starts = [q.span.start for q in self.items]
        self._ends = [q.span.end for q in self.items]

    def within(self, lo: int, hi: int) -> list[Quantity]:
        """Those that start at ``lo`` or later and end by ``hi``."""
        return list(self.items[bisect.bisect_left(self._starts, lo) : bisect.bisect_right(self._ends, hi)])

    def starting(self, lo: int, hi: int) -> list[Quantity]:
        """Those that start in ``lo..hi`` (``hi`` excluded)."""
        return list(self.items[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)])

    def first_ending(self, lo: int, hi: int) -> Quantity | None:
        """The first that ends in ``lo..hi`` (``hi`` excluded)."""
        index = bisect.bisect_left(self._ends, lo)
        return self.items[index] if index < len(self.items) and self._ends[index] < hi else None


class Marks:
    """Where the characters of ``chars`` stand in ``text[start:end]``, found by bisection."""

    def __init__(self, text: str, start: int, end: int, chars: str) -> None:
        self._at = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text[start:end])]
        self._base = start

    def after_last(self, floor: int, position: int) -> int:
        """Just after the last mark in ``floor..position`` (``position`` excluded); ``floor`` if there is none."""
        index = bisect.bisect_left(self._at, position - self._base) - 1
        if index >= 0 and self._at[index] + self._base >= floor:
            return self._at[index] + self._base + 1
        return floor


def paragraph_figures(report: Report, paragraph: Paragraph) -> Figures:
    """The quantities of ``paragraph``, looked up by position."""
    found = _figures(report)
    key = (paragraph.span.start, paragraph.span.end)
    figures = found.get(key)
    if figures is None:
        figures = found[key] = Figures(paragraph_quantities(report, paragraph))
    return figures


def paragraph_marks(report: Report, paragraph: Paragraph, chars: str) -> Marks:
    """The positions of ``chars`` in ``paragraph``."""
    found = _marks(report)
    key = (paragraph.span.start, paragraph.span.end, chars)
    marks = found.get(key)
    if marks is None:
        marks = found[key] = Marks(report.text, paragraph.span.start, paragraph.span.end, chars)
    return marks


@per_report
def _figures(report: Report) -> dict[tuple[int, int], Figures]:
    return {}


@per_report
def _marks(report: Report) -> dict[tuple[int, int, str], Marks]:
    return {}


@per_report
def percent_paragraphs(report: Report) -> list[Paragraph]:
    """The paragraphs that can hold a percentage: the others have no quantity of the percent family."""
    return paragraphs_with(report, _PERCENT_SIGN)


@per_report
def _by_paragraph(report: Report) -> dict[tuple[int, int], tuple[Quantity, ...]]:
    """The quantities of each paragraph of ``report`` asked about so far, by span."""
    return {}


@lru_cache(maxsize=4096)
def _extract(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    return tuple(_scan(text, start, end))


@dataclass(frozen=True, slots=True)
class _Words:
    """``units.yaml`` arranged for lookup while scanning."""

    multipliers: dict[str, Decimal]
    not_followed_by: dict[str, tuple[str, ...]]
    prefixes: tuple[tuple[str, str], ...]  # longest first
    suffixes: tuple[tuple[str, str], ...]  # longest first
    prefix_words: tuple[str, ...]
    suffix_words: tuple[str, ...]
    range_joiners: tuple[str, ...]
    per_unit_prefixes: tuple[str, ...]


@cache
def _words() -> _Words:
    data = units()
    return _Words(
        multipliers={k: Decimal(v) for k, v in data["multipliers"].items()},
        not_followed_by={k: tuple(v) for k, v in data["not-followed-by"].items()},
        prefixes=tuple((w, data["prefixes"][w]) for w in sorted(data["prefixes"], key=len, reverse=True)),
        suffixes=tuple((w, data["suffixes"][w]) for w in sorted(data["suffixes"], key=len, reverse=True)),
        prefix_words=tuple(data["prefixes"]),
        suffix_words=tuple(data["suffixes"]),
        range_joiners=tuple(data["range-joiners"]),
        per_unit_prefixes=tuple(data["per-unit-prefixes"]),
    )


def _scan(text: str, start: int, end: int) -> Iterator[Quantity]:
    words = _words()
    table = _unit_table()
    number_ends: set[int] = set()
    for m in _pattern().finditer(text, start, end):
        number_ends.add(m.end("arabic") if m.group("arabic") else m.end("chinese"))
        if m.group("unit"):
            number_ends.add(m.end("unit"))
        elif not m.group("pct"):
            continue  # a bare number
        quantity = _quantity(text, m, start, end, table, words, number_ends)
        if quantity is not None:
            yield quantity


def _quantity(
    text: str,
    m: re.Match[str],
    floor: int,
    limit: int,
    table: dict[str, Unit],
    words: _Words,
    number_ends: set[int],
) -> Quantity | None:
    percent_words = m.group("pct")
    unit_name = m.group("unit")
    if percent_words:
        if unit_name:
            return None  # 百分之九十五人: not a form reports use
        unit = table["%"]
    elif unit_name:
        unit = table[unit_name]
    else:
        return None
    arabic = m.group("arabic")
    multiplier_text = m.group("mult") or ""
    if arabic:
        number, decimals = _arabic_to_decimal(arabic)
        number_start, number_end = m.start("arabic"), m.end("arabic")
        rough = False
    else:
        chinese = m.group("chinese")
        number_start = m.start("chinese")
        if not multiplier_text and len(chinese) > 1 and chinese[-1] in _CN_BIG:
            if not any(ch in _CN_BIG for ch in chinese[:-1]):
                chinese, multiplier_text = chinese[:-1], chinese[-1]  # 五十万元 = 五十 × 万元
        parsed = chinese_to_decimal(chinese)
        if parsed is None:
            return None
        number, rough = parsed
        decimals = len(chinese.partition("点")[2])
        number_end = number_start + len(chinese)
        if chinese == "一" and not percent_words and _followed_by_word(text, m.end(), limit):
            return None  # 一起 / 一次性 / 一批: a determiner, not a count
    unit_end = m.end("unit") if unit_name else number_end
    after = text[unit_end : min(limit, unit_end + 8)]
    if unit_name and after.startswith(words.not_followed_by.get(unit_name, ())):
        return None
    multiplier = words.multipliers[multiplier_text] if multiplier_text else _ONE
    window = max(floor, m.start() - 16)
    before = text[window : m.start()].rstrip(" \u3000")
    claim_start = window + len(before)
    claim_end = unit_end
    comparator: str | None = None
    approximate = rough or bool(m.group("infix"))
    negative = False
    if before.endswith(_MINUS) and claim_start - 1 not in number_ends:
        negative = True
        before = before[:-1]
        claim_start -= 1
    if before.endswith(words.prefix_words):
        word, kind = next((w, k) for w, k in words.prefixes if before.endswith(w))
        comparator, approximate = _bound(kind, comparator, approximate)
        claim_start -= len(word)
    if after.startswith(words.suffix_words):
        word, kind = next((w, k) for w, k in words.suffixes if after.startswith(w))
        comparator, approximate = _bound(kind, comparator, approximate)
        claim_end = unit_end + len(word)
    if before.endswith(words.range_joiners):
        for joiner in words.range_joiners:
            if before.endswith(joiner) and window + len(before) - len(joiner) in number_ends:
                approximate = True  # the end of 5-10人
    if _RANGE_AFTER.match(after):
        approximate = True  # the start of 5人至10人
    clause = _CLAUSE_BREAK.split(text[max(floor, m.start() - 12) : m.start()])[-1]
    per_unit = after.startswith(("/", "／", "每")) or any(w in clause for w in words.per_unit_prefixes)
    if negative:
        number = -number
    if m.group("mult"):
        unit_start = m.start("mult")
    elif multiplier_text:
        unit_start = number_end  # the 万 of 五十万元 came with the numeral
    else:
        unit_start = m.start("unit") if unit_name else unit_end
    span = Span(m.start(), unit_end)
    return Quantity(
        number=number,
        multiplier=multiplier,
        unit=unit,
        span=span,
        number_span=Span(number_start, number_end),
        unit_span=Span(unit_start, unit_end),
        text=text[span.start : span.end],
        decimals=decimals,
        comparator=comparator,
        approximate=approximate,
        per_unit=per_unit,
        claim_span=Span(claim_start, claim_end)
        if (claim_start, claim_end) != (span.start, span.end)
        else None,
    )


def _bound(kind: str, comparator: str | None, approximate: bool) -> tuple[str | None, bool]:
    if kind == "~":
        return comparator, True
    return kind, approximate


def _followed_by_word(text: str, position: int, limit: int) -> bool:
    return position < limit and bool(_CJK.match(text[position]))


def num(value: Decimal) -> str:
    """A figure for a message: no exponent, no trailing zeros."""
    return format_decimal(value)


def in_unit(value: Decimal, like: Quantity) -> Decimal:
    """``value`` (base units) expressed in the unit ``like`` was written in."""
    return value / (like.multiplier * like.unit.scale)
