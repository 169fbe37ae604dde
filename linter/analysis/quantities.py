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
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, NamedTuple

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import Paragraph
from linter.parse.numbers import CN_BIG as _CN_BIG
from linter.parse.numbers import FULL_WIDTH as _FULL_WIDTH
from linter.parse.numbers import chinese_to_decimal, format_decimal

_MINUS = ("-", "－", "−")
PUNCTUATION = "，,；;：:、（()）。！？!?"  # the marks that end sentences, clauses and names, and brackets
_ONE = Decimal(1)
_CLAUSE_BREAKS = "，,。；;：:、（()）！？\r\n"
_DIGITS = "0123456789０１２３４５６７８９"
# A number: its first character, then the rest of an Arabic number (1,200.5) or of a Chinese numeral (一百二十,
# 三点五). The first character is taken before anything else, so that the engine skips to the next of them fast;
# lookbehinds then check what it is and what stands before it (no digit, point or letter before an Arabic number,
# no numeral before a Chinese one, 第 before neither), and the empty group ``pct`` takes part when 百分之 does (not
# after a numeral: 三百分之一 is a fraction, its 百 a numeral's). The
# repeats are possessive (*+, ?+): what follows a number in ``_pattern`` never makes it give back digits.
_NUMBER = (
    r"(?P<number>[0-9０-９零〇一二两三四五六七八九十](?:(?<=百分之.)(?<![零〇一二两三四五六七八九十百千万亿]百分之.)(?P<pct>)|)"
    r"(?:(?<=[0-9０-９])(?<![0-9０-９.．A-Za-z第].)[0-9０-９]*+(?:,[0-9]{3}(?![0-9]))*+(?:[.．][0-9０-９]+)?+"
    r"|(?<=[零〇一二两三四五六七八九十])(?<![零〇一二两三四五六七八九十百千万亿第].)"
    r"[零〇一二两三四五六七八九十百千万亿]*+(?:点[零〇一二三四五六七八九]+)?+))"
)
_RANGE_JOINERS = "-－~～—至到"
_PER_UNIT_AFTER = ("/", "／", "每")  # right after a figure: 100元/人, 100元每人
_RANGE_DIGITS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十"
PERCENT_FAMILIES = ("percent", "percentage-points")  # the families of rates, not amounts


class Unit(NamedTuple):
    name: str  # as written after the number (and after any 万/亿): 元, 人, 平方米, %
    family: str  # quantities add up only within one family
    scale: Decimal  # base units of the family per one of this unit


class Quantity(NamedTuple):
    """One figure with its unit, e.g. ``523.85万元``.

    A named tuple: a report has hundreds of figures, and a tuple is several times quicker to build than a frozen
    dataclass.
    """

    number: Decimal  # as written: 523.85
    multiplier: Decimal  # 10000 for 万, 1 when there is none
    unit: Unit
    span: Span  # the number through the unit: 523.85万元
    text: str  # the source text of ``span``
    number_start: int  # where the digits start (after 百分之, if written)
    number_end: int
    unit_start: int  # where the multiplier and the unit start: 万元
    decimals: int = 0  # digits after the point, as written
    comparator: str | None = None  # "<", "<=", ">", ">=" for a bound (<100%, 95%以上)
    approximate: bool = False  # 约, 余, 左右, part of a range
    per_unit: bool = False  # 每人100元, 100元/人: a rate, not an amount
    claim_span: Span | None = None  # with the bound or rough-figure words around it: <100%, 约3人

    @property
    def number_span(self) -> Span:
        """523.85"""
        return Span(self.number_start, self.number_end)

    @property
    def unit_span(self) -> Span:
        """The multiplier and the unit: 万元."""
        return Span(self.unit_start, self.span.end)

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
        return self.text[self.unit_start - self.span.start :] or self.unit.name

    @property
    def number_text(self) -> str:
        return self.text[: self.number_end - self.span.start]

    @property
    def whole_span(self) -> Span:
        return self.claim_span or self.span


@cache
def units() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("linter.analysis", "units.yaml")
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
    """A figure: a number with a unit, or 百分之 and a number. Where ``_numbers`` finds a bare number, this finds
    nothing: the atomic group keeps the engine's first try at what follows the number, the condition after it
    takes that try only with a unit or 百分之. No figure starts inside a bare number (the lookbehinds see to that),
    so this finds exactly the figures among the numbers of ``_numbers``, without a step of Python for each bare
    number."""
    return patterns.compile(rf"{_NUMBER}(?>{_after_number()})(?(unit)|(?(pct)|(?!)))")


@cache
def _numbers() -> re.Pattern[str]:
    """Every number, with what follows it of a figure: a multiplier, a rough-figure infix, a unit. The group
    ``pct`` (empty) takes part when 百分之 stands right before the number: the match starts at the number."""
    return patterns.compile(_NUMBER + _after_number())


@cache
def _after_number() -> str:
    names = list(_unit_table())
    multipliers = list(units()["multipliers"])
    # All of it is optional, so the engine's first try always matches: possessive repeats and (?:X|) in place of
    # X? find the same matches without the engine's bookkeeping for going back, and a lookahead of first
    # characters spares trying each unit in turn after most numbers.
    return (
        r"\s?+"
        rf"(?:(?={_first_of(multipliers)})(?P<mult>{_either(multipliers)})|)"
        rf"(?:(?P<infix>{_infixes()})|)"
        rf"(?:(?={_first_of(names)})(?P<unit>{_either(names)})|)"
    )


def _first_of(words: list[str]) -> str:
    """A character class of the first characters of ``words``."""
    return f"[{re.escape(''.join(sorted({w[0] for w in words})))}]"


def _either(words: list[str]) -> str:
    """An alternation of ``words``, the longest first (a regex alternation takes the first that matches)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _infixes() -> str:
    """A character class of the words that make a figure rough (余、多、来)."""
    return f"[{re.escape(''.join(units()['approximate-infixes']))}]"


@cache
def _amount_pattern() -> re.Pattern[str]:
    """The last character of a number right before a unit outside ``PERCENT_FAMILIES`` (a space, a multiplier
    and a rough-figure infix may stand between): where every figure that is not a percentage ends its number.

    It opens with a character class, so the engine skips the text between numerals fast; (?:X|) stands for X? and
    a lookahead of first characters for trying each unit in turn, as in ``_pattern``.
    """
    names = [name for name, unit in _unit_table().items() if unit.family not in PERCENT_FAMILIES]
    return patterns.compile(
        r"[0-9０-９零〇一二两三四五六七八九十百千万亿]"
        rf"(?:\s|)(?:{_either(list(units()['multipliers']))}|)"
        rf"(?:{_infixes()}|)"
        rf"(?={_first_of(names)})(?:{_either(names)})"
    )


@cache
def bound_words() -> tuple[str, ...]:
    """The words that make a figure a bound (<, 不低于, 以上), each containing none of the others."""
    data = units()
    return minimal_words(
        [w for key in ("prefixes", "suffixes") for w, kind in data[key].items() if kind != "~"]
    )


@cache
def claim_openers() -> str:
    """A character class of what the claim of a figure written with a digit or a Chinese numeral (not 百分之) opens
    with, spaces before it aside: a numeral, a minus or the first character of a word before it (<, 不低于, 约)."""
    firsts = {w[0] for w in (*_MINUS, *units()["prefixes"])}
    return f"[0-9０-９零〇一二两三四五六七八九十{re.escape(''.join(sorted(firsts)))}]"


def _holds_amount(text: str, start: int, end: int) -> bool:
    """A numeral stands right before a unit outside ``PERCENT_FAMILIES`` in ``text[start:end]``, other than a lone
    一 with a word right after its unit (a determiner: 一起, 一批). Past such a 一 the search goes on from the next
    character, where the numeral may go on (一千万元资金: 千 before 万元)."""
    pattern = _amount_pattern()
    at = start
    while (match := pattern.search(text, at, end)) is not None:
        lead = match.start()
        if text[lead] != "一" or (lead > 0 and text[lead - 1] in _NUMERAL_GOES_ON):
            return True
        if not _followed_by_word(text, match.end(), end):
            return True
        at = lead + 1
    return False


_NUMERAL_GOES_ON = "零〇一二两三四五六七八九十百千万亿"  # a 一 after one of these is not a numeral of its own


def has_any(text: str, words: Iterable[str]) -> bool:
    """One of ``words`` is in ``text``: one search for all of them, which skips through the text by their first
    characters (quicker than a search for each, above all where none of them is found)."""
    words = words if isinstance(words, tuple) else tuple(words)
    return bool(words) and _any_of(words).search(text) is not None


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """An alternation of ``words`` (a word list of the vocabulary: the lists are few, the pattern kept)."""
    return patterns.compile("|".join(map(re.escape, words)))


def minimal_words(words: Iterable[str]) -> tuple[str, ...]:
    """Those of ``words`` that contain none of the others: a text has one of ``words`` if it has one of these."""
    words = tuple(words)
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def _arabic_to_decimal(text: str) -> tuple[Decimal, int]:
    plain = text if text.isascii() else text.translate(_FULL_WIDTH)
    if "," in plain:
        plain = plain.replace(",", "")
    _, _, frac = plain.partition(".")
    return Decimal(plain), len(frac)


def extract(text: str, start: int = 0, end: int | None = None) -> tuple[Quantity, ...]:
    """The quantities in ``text[start:end]``, with spans as offsets into ``text``."""
    return _extract(text, start, len(text) if end is None else end)


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
    """Where the characters of ``chars`` (some of ``PUNCTUATION``) stand in ``text[start:end]``, found by bisection.

    ``among``, when given, is ``punctuation(text, start, end)``: the marks of every set asked of a paragraph are
    read from that one list of its marks, with no list of their own.
    """

    def __init__(
        self, text: str, start: int, end: int, chars: str, among: tuple[list[int], list[str]] | None = None
    ) -> None:
        _check_marks(chars)
        self._chars = chars
        self._at, self._found = punctuation(text, start, end) if among is None else among

    def after_last(self, floor: int, position: int) -> int:
        """Just after the last mark in ``floor..position`` (``position`` excluded); ``floor`` if there is none."""
        at, found, chars = self._at, self._found, self._chars
        index = bisect.bisect_left(at, position) - 1
        while index >= 0 and at[index] >= floor:
            if found[index] in chars:
                return at[index] + 1
            index -= 1
        return floor

    def within(self, lo: int, hi: int) -> list[int]:
        """The marks in ``lo..hi`` (``hi`` excluded)."""
        at, found, chars = self._at, self._found, self._chars
        return [at[i] for i in range(bisect.bisect_left(at, lo), bisect.bisect_left(at, hi)) if found[i] in chars]


@cache
def _check_marks(chars: str) -> None:
    """Raise ValueError unless every character of ``chars`` is one of ``PUNCTUATION`` (once per set of marks)."""
    if not set(chars) <= set(PUNCTUATION):
        raise ValueError(f"not punctuation the arithmetic rules know: {chars}")


class Prose:
    """A paragraph of a report with what rules look up in it, each worked out when first asked for."""

    __slots__ = ("_amounts", "_figures", "_marks", "_punctuation", "end", "paragraph", "start", "text")

    def __init__(self, text: str, paragraph: Paragraph) -> None:
        self.text = text  # the whole report's
        self.paragraph = paragraph
        self.start = paragraph.span.start
        self.end = paragraph.span.end
        self._figures: Figures | None = None
        self._marks: dict[str, Marks] = {}
        self._punctuation: tuple[list[int], list[str]] | None = None
        self._amounts: bool | None = None

    @property
    def may_hold_amounts(self) -> bool:
        """False when none of the paragraph's figures can be outside ``PERCENT_FAMILIES``: no numeral stands right
        before such a unit, except a lone 一 that a word follows (一起森林火灾: ``_quantity`` reads no figure there).
        A quick look that spares finding the figures of a paragraph of percentages only."""
        if self._amounts is None:
            self._amounts = _holds_amount(self.text, self.start, self.end)
        return self._amounts

    def holds_amount(self, start: int, end: int) -> bool:
        """``may_hold_amounts`` for the figures that start in ``start..end`` (``end`` excluded), which must not fall
        inside a figure."""
        return self._amounts is not False and _holds_amount(self.text, start, end)

    @property
    def figures(self) -> Figures:
        """The paragraph's quantities, looked up by position."""
        if self._figures is None:
            self._figures = Figures(_scan(self.text, self.start, self.end))
        return self._figures

    @property
    def percentages(self) -> list[Quantity]:
        """The paragraph's quantities of the ``percent`` family, in order.

        Unless the paragraph's figures are known already, only the clauses of its % and ％ signs are read, up to
        the sign: neither a figure nor a word that ``_scan`` reads before one spans a clause mark, so a clause read
        alone yields the figures that reading the whole paragraph does there.
        """
        if self._figures is None and "百分之" not in self.paragraph.text:
            text, end = self.text, self.end
            return [
                q
                for lo, hi in _sign_clauses(text, self.start, end)
                for q in _scan(text, lo, hi, end)
                if q.family == "percent"
            ]
        return [q for q in self.figures.items if q.family == "percent"]

    def marks(self, chars: str) -> Marks:
        """Where the characters of ``chars`` stand in the paragraph."""
        marks = self._marks.get(chars)
        if marks is None:
            if self._punctuation is None:
                self._punctuation = punctuation(self.text, self.start, self.end)
            marks = self._marks[chars] = Marks(self.text, self.start, self.end, chars, self._punctuation)
        return marks

    def words_before(self, position: int, floor: int, breaks: str) -> str:
        """The text from just after the last of ``breaks`` before ``position`` (``floor`` at the earliest) up to
        ``position``; empty when ``position`` is not after ``floor``."""
        return self.text[self.marks(breaks).after_last(floor, position) : position]


# No figure, and no word before one that ``_scan`` reads, holds one of these marks.
_CLAUSE_MARKS = "，；：、（）。！？;:()"


def _sign_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text[start:end]`` that hold every figure with a % or ％: each from the start of a sign's
    clause (just after the last of ``_CLAUSE_MARKS`` before it) through the last sign in that clause."""
    signs = sorted(at for sign in "%％" for at in _places(text, sign, start, end))
    clauses: list[tuple[int, int]] = []
    previous = start  # just after the sign before: the walk back stops there, so each character is walked once
    for at in signs:
        lo = at
        while lo > previous and text[lo - 1] not in _CLAUSE_MARKS:
            lo -= 1
        if clauses and lo == previous:
            clauses[-1] = (clauses[-1][0], at + 1)  # in the clause of the sign before
        else:
            clauses.append((lo, at + 1))
        previous = at + 1
    return clauses


def _places(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` starts in ``text[start:end]``."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


def percent_signs(text: str) -> int:
    """How many percentages ``text`` can hold at most: each has its own %, ％ or 百分之."""
    return text.count("%") + text.count("％") + text.count("百分之")


def punctuation(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """Where the marks of ``PUNCTUATION`` stand in ``text[start:end]``, and which each is."""
    found = list(_punctuation().finditer(text, start, end))
    return list(map(re.Match.start, found)), list(map(re.Match.group, found))


@cache
def _punctuation() -> re.Pattern[str]:
    # One class for all the marks: a class of CJK characters takes long to compile, one per set would add up.
    return patterns.compile(f"[{re.escape(PUNCTUATION)}]")


@lru_cache(maxsize=4096)
def _extract(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    return tuple(_scan(text, start, end))


class _Words:
    """``units.yaml`` arranged for lookup while scanning."""

    def __init__(self, data: dict[str, Any]) -> None:
        prefixes: dict[str, str] = data["prefixes"]
        suffixes: dict[str, str] = data["suffixes"]
        self.multipliers = {k: Decimal(v) for k, v in data["multipliers"].items()}
        self.not_followed_by = {k: tuple(v) for k, v in data["not-followed-by"].items()}
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.prefix_lengths = sorted({len(w) for w in prefixes}, reverse=True)  # longest first
        self.suffix_lengths = sorted({len(w) for w in suffixes}, reverse=True)
        self.range_joiners = tuple(data["range-joiners"])
        self.per_unit_prefixes = tuple(data["per-unit-prefixes"])
        # The characters a figure's neighbours must end or start with for any of the words to apply.
        self.last_before = frozenset(w[-1] for w in (*_MINUS, *prefixes, *self.range_joiners))
        self.first_after = frozenset(w[0] for w in (*suffixes, *_RANGE_JOINERS, *_PER_UNIT_AFTER))
        self.near_before = self.last_before | frozenset(" \u3000")
        self.not_followed_first = {k: frozenset(w[0] for w in v) for k, v in self.not_followed_by.items()}
        self.per_unit_words = patterns.compile("|".join(map(re.escape, self.per_unit_prefixes)))
        self.units = _unit_table()


@cache
def _words() -> _Words:
    return _Words(units())


def _scan(text: str, start: int, end: int, limit: int | None = None) -> Iterator[Quantity]:
    """The quantities that start in ``text[start:end]``; ``limit`` (``end`` unless given) is how far the words after
    a figure are read. ``start`` must be the start of a paragraph or follow one of ``_CLAUSE_MARKS``."""
    words = _words()
    limit = end if limit is None else limit
    numbers = _NumberEnds(text, start, end)
    # Without a per-unit word (每, 人均) in the stretch, no figure in it can be a per-unit one by the words before it.
    per_unit_words = words.per_unit_words if words.per_unit_words.search(text, start, end) else None
    for m in _pattern().finditer(text, start, end):
        quantity = _quantity(text, m, start, limit, words, numbers, per_unit_words)
        if quantity is not None:
            yield quantity


class _NumberEnds:
    """Where the numbers of ``text[start:end]`` end, and their units: a minus or a joiner right after one joins a
    range (5-10人) rather than making the next figure negative. Found when first asked for, which is seldom."""

    __slots__ = ("_ends", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._ends: set[int] | None = None

    def __contains__(self, position: int) -> bool:
        if self._ends is None:
            self._ends = set()
            for m in _numbers().finditer(self.text, self.start, self.end):
                self._ends.add(m.end(1))
                if m.start(5) >= 0:
                    self._ends.add(m.end(5))
        return position in self._ends


def _quantity(
    text: str,
    m: re.Match[str],
    floor: int,
    limit: int,
    words: _Words,
    numbers: _NumberEnds,
    per_unit_words: re.Pattern[str] | None,
) -> Quantity | None:
    """The quantity of match ``m`` (a number with a unit, or 百分之 and a number), or None when it is none."""
    written, percent_words, multiplier_text, infix, unit_name = m.groups()
    number_start, number_end = m.span(1)
    if written[0] in _DIGITS:
        if written.isascii() and "," not in written:  # 523.85, the common form: read at once
            point = written.find(".")
            number, decimals = Decimal(written), len(written) - point - 1 if point >= 0 else 0
        else:  # ５２３．８５, 1,200
            number, decimals = _arabic_to_decimal(written)
        rough = False
    else:
        read = _chinese_number(written, multiplier_text)
        if read is None:
            return None
        number, decimals, rough, numeral, multiplier_text = read
        number_end = number_start + len(numeral)
        if numeral == "一" and percent_words is None and _followed_by_word(text, m.end(), limit):
            return None  # 一起 / 一次性 / 一批: a determiner, not a count
    if unit_name:
        unit_end = m.end(5)
        if percent_words is not None or (
            unit_end < limit
            and text[unit_end] in words.not_followed_first.get(unit_name, ())
            and text.startswith(words.not_followed_by[unit_name], unit_end, min(limit, unit_end + 8))
        ):
            return None  # 百分之九十五人 (not a form reports use); 人民, 元旦 (one of the unit's next characters follows)
    else:
        unit_end = number_end
    match_start = number_start if percent_words is None else number_start - 3  # from the 百 of 百分之
    approximate = rough or bool(infix)
    comparator: str | None = None
    per_unit = False
    claim_span: Span | None = None
    # Only a space or the last character of a word that bounds the figure lets the words before it matter; only
    # the first character of a bound, a joiner or a / those after it; and a per-unit word in the stretch.
    if (
        (match_start > floor and text[match_start - 1] in words.near_before)
        or (unit_end < limit and text[unit_end] in words.first_after)
        or per_unit_words is not None
    ):
        claim = _Claim(match_start, unit_end, approximate)
        if _words_around(text, floor, limit, words, numbers, per_unit_words, claim):
            number = -number
        comparator, approximate, per_unit = claim.comparator, claim.approximate, claim.per_unit
        claim_span = claim.span(match_start, unit_end)
    unit_start = m.start(3)  # the multiplier matched, else the 万 that came with the numeral (五十万元), else the unit
    if unit_start < 0:
        unit_start = number_end if multiplier_text else m.start(5) if unit_name else unit_end
    return Quantity(
        number,
        words.multipliers[multiplier_text] if multiplier_text else _ONE,
        words.units[unit_name or "%"],
        Span(match_start, unit_end),
        text[match_start:unit_end],
        number_start,
        number_end,
        unit_start,
        decimals,
        comparator,
        approximate,
        per_unit,
        claim_span,
    )


class _Claim:
    """What the words around a figure make of it, as they are read: where its claim starts and ends (with 不低于,
    以上, 约), the bound they set, whether it is rough and whether it is per unit."""

    __slots__ = ("approximate", "comparator", "end", "per_unit", "start")

    def __init__(self, start: int, end: int, approximate: bool) -> None:
        self.start, self.end = start, end
        self.comparator: str | None = None
        self.approximate = approximate
        self.per_unit = False

    def span(self, start: int, end: int) -> Span | None:
        """The claim's span when the words widen it beyond the figure's ``start..end``, else None."""
        return Span(self.start, self.end) if self.start != start or self.end != end else None


def _words_around(
    text: str,
    floor: int,
    limit: int,
    words: _Words,
    numbers: _NumberEnds,
    per_unit_words: re.Pattern[str] | None,
    claim: _Claim,
) -> bool:
    """Read the words before and after the figure of ``claim`` into it; True when a minus makes it negative."""
    match_start, unit_end = claim.start, claim.end
    negative = False
    if match_start > floor and text[match_start - 1] in words.near_before:
        negative = _words_before(text, floor, words, numbers, claim)
    if unit_end < limit and text[unit_end] in words.first_after:
        _words_after(text, limit, words, claim)
    if per_unit_words is not None and not claim.per_unit:
        claim.per_unit = _per_unit_before(text, match_start, floor, per_unit_words, words)
    return negative


def _chinese_number(
    chinese: str, multiplier_text: str | None
) -> tuple[Decimal, int, bool, str, str | None] | None:
    """A Chinese numeral's value, its digits after 点, whether it is rough, the numeral and the multiplier: 五十万元
    is 五十 × 万元 when the match has no multiplier of its own."""
    if not multiplier_text and len(chinese) > 1 and chinese[-1] in _CN_BIG:
        if not any(ch in _CN_BIG for ch in chinese[:-1]):
            chinese, multiplier_text = chinese[:-1], chinese[-1]
    parsed = chinese_to_decimal(chinese)
    if parsed is None:
        return None
    number, rough = parsed
    return number, len(chinese.partition("点")[2]), rough, chinese, multiplier_text


def _words_before(text: str, floor: int, words: _Words, numbers: _NumberEnds, claim: _Claim) -> bool:
    """What the words just before a figure make of ``claim``: where it starts (with 不低于, 约), the bound they set
    and whether it is rough (约, the end of 5-10人); True when a minus that joins no range makes it negative."""
    negative = False
    match_start = claim.start
    window = max(floor, match_start - 16)
    before = text[window:match_start].rstrip(" \u3000")
    claim.start = window + len(before)
    if before[-1:] in words.last_before:
        if before.endswith(_MINUS) and claim.start - 1 not in numbers:
            negative = True
            before = before[:-1]
            claim.start -= 1
        word = _longest_end(before, words.prefixes, words.prefix_lengths)
        if word:
            _bound(words.prefixes[word], claim)
            claim.start -= len(word)
        if before.endswith(words.range_joiners):
            for joiner in words.range_joiners:
                if before.endswith(joiner) and window + len(before) - len(joiner) in numbers:
                    claim.approximate = True  # the end of 5-10人
    return negative


def _words_after(text: str, limit: int, words: _Words, claim: _Claim) -> None:
    """What the words just after a figure make of ``claim``: where it ends (with 以上, 左右), the bound they set,
    whether it is rough (左右, the start of 5人至10人) and whether it is per unit (100元/人)."""
    unit_end = claim.end
    after = text[unit_end : min(limit, unit_end + 8)]
    word = _longest_start(after, words.suffixes, words.suffix_lengths)
    if word:
        _bound(words.suffixes[word], claim)
        claim.end = unit_end + len(word)
    if _starts_range(after):
        claim.approximate = True  # the start of 5人至10人
    claim.per_unit = after.startswith(_PER_UNIT_AFTER)


def _per_unit_before(
    text: str, match_start: int, floor: int, per_unit_words: re.Pattern[str], words: _Words
) -> bool:
    """A per-unit word (每人, 人均) stands in the clause just before the figure: 人均补助100元."""
    lead = max(floor, match_start - 12)
    if per_unit_words.search(text, lead, match_start):
        return _per_unit(text[lead:match_start], words.per_unit_prefixes)
    return False


def _longest_end(text: str, words: dict[str, str], lengths: list[int]) -> str:
    """The longest of ``words`` that ``text`` ends with ("" if none): ``lengths`` are theirs, longest first."""
    for n in lengths:
        if len(text) >= n and text[-n:] in words:
            return text[-n:]
    return ""


def _longest_start(text: str, words: dict[str, str], lengths: list[int]) -> str:
    """The longest of ``words`` that ``text`` starts with ("" if none): ``lengths`` are theirs, longest first."""
    for n in lengths:
        if len(text) >= n and text[:n] in words:
            return text[:n]
    return ""


def _bound(kind: str, claim: _Claim) -> None:
    """A word of ``kind`` (a comparator, or ~ for a rough figure) around the figure of ``claim``."""
    if kind == "~":
        claim.approximate = True
    else:
        claim.comparator = kind


def _followed_by_word(text: str, position: int, limit: int) -> bool:
    """A CJK ideograph follows at ``position``."""
    return position < limit and "\u4e00" <= text[position] <= "\u9fff"


def _starts_range(after: str) -> bool:
    """``after`` opens with a joiner and a number (a space may sit between): the start of 5人至10人."""
    if len(after) < 2 or after[0] not in _RANGE_JOINERS:
        return False
    if after[1] in _RANGE_DIGITS:
        return True
    return after[1].isspace() and len(after) > 2 and after[2] in _RANGE_DIGITS


def _per_unit(before: str, prefixes: tuple[str, ...]) -> bool:
    """The clause that ``before`` ends with has a per-unit word (每人, 人均)."""
    clause = before[max(before.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
    return has_any(clause, prefixes)


def num(value: Decimal) -> str:
    """A figure for a message: no exponent, no trailing zeros."""
    return format_decimal(value)


def in_unit(value: Decimal, like: Quantity) -> Decimal:
    """``value`` (base units) expressed in the unit ``like`` was written in."""
    return value / (like.multiplier * like.unit.scale)
