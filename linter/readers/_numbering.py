"""Word's automatic list numbering: which marker (一、 1. （1） ①…) Word shows before a paragraph.

The marker is not part of a paragraph's text in a .docx; it is computed from the numbering part
(abstract definitions, their levels' numFmt/lvlText/start) as Word does while laying the document out.
Counters belong to the abstract definition, so separate lists sharing one definition continue each
other unless a list restarts with a start override. A format that cannot be rendered yields no
marker rather than a wrong one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

Element = Any  # an lxml element of the document part


def _val(element: Element | None, child: str) -> str | None:
    if element is None:
        return None
    found = element.find(W + child)
    if found is None:
        return None
    value: str | None = found.get(W + "val")
    return value


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str
    text: str | None
    start: int
    legal: bool
    suffix: str
    restart: int | None
    style: str | None


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None


def _level(element: Element) -> Level:
    start = _int(_val(element, "start"))
    legal = element.find(W + "isLgl")
    return Level(
        fmt=_val(element, "numFmt") or "decimal",
        text=_val(element, "lvlText"),
        start=1 if start is None else start,  # Word always writes w:start; 1 is its default list start
        legal=legal is not None and legal.get(W + "val") not in ("0", "false", "off"),
        suffix=_val(element, "suff") or "tab",
        restart=_int(_val(element, "lvlRestart")),
        style=_val(element, "pStyle"),
    )


class Numbering:
    """Renders list markers in document order; call :meth:`marker` once per paragraph, in order."""

    def __init__(self, numbering: Element | None, styles: Element | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_links: dict[str, str] = {}  # abstract id → numbering style it takes its levels from
        self._nums: dict[str, _Num] = {}
        self._styles: dict[str, _Style] = {}
        self._default_style: str | None = None
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def style_name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "") if style_id else None
        return style.name if style else ""

    def paragraph_style(self, paragraph: Element) -> str | None:
        return _val(paragraph.find(W + "pPr"), "pStyle") or self._default_style

    def marker(self, paragraph: Element) -> str:
        """The rendered marker of a ``w:p`` (with the space Word's tab/space suffix stands for), or ""."""
        found = self._num_of(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        num = self._nums.get(num_id)
        if num is None:
            return ""
        levels = self._levels(num)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(num.abstract, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for overridden in num.starts:
                counters.pop(overridden, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else num.starts.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart != 0 and ilvl < (deeper if restart is None else restart):
                del counters[deeper]
        return self._render(level, levels, counters, num)

    # ---- rendering

    def _render(self, level: Level, levels: dict[int, Level], counters: dict[int, int], num: _Num) -> str:
        if level.fmt in ("bullet", "none") or not level.text:
            return ""
        out: list[str] = []
        text = level.text
        index = 0
        while index < len(text):
            char = text[index]
            if char == "%" and index + 1 < len(text) and text[index + 1] in "123456789":
                ref = int(text[index + 1]) - 1
                ref_level = levels.get(ref)
                if ref_level is None:
                    return ""
                value = counters.get(ref, num.starts.get(ref, ref_level.start))
                rendered = format_number(value, "decimal" if level.legal else ref_level.fmt)
                if rendered is None:
                    return ""
                out.append(rendered)
                index += 2
                continue
            out.append(char)
            index += 1
        marker = "".join(out).strip()
        if not marker:
            return ""
        if level.suffix == "nothing" or (level.suffix == "tab" and _wide(marker[-1])):
            return marker
        return marker + " "

    # ---- resolving a paragraph's list and level

    def _num_of(self, paragraph: Element) -> tuple[str, int] | None:
        ppr = paragraph.find(W + "pPr")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _int(_val(num_pr, "ilvl"))
        style_id = _val(ppr, "pStyle") or self._default_style
        if num_id is None:
            num_id, style_ilvl = self._style_num(style_id)
            if ilvl is None:
                ilvl = style_ilvl
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = self._level_for_style(num_id, style_id)
        return num_id, ilvl

    def _style_num(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            if style.num_id is not None:
                return style.num_id, style.ilvl
            style_id = style.based_on
        return None, None

    def _level_for_style(self, num_id: str, style_id: str | None) -> int:
        num = self._nums.get(num_id)
        if num is not None and style_id:
            for ilvl, level in self._levels(num).items():
                if level.style == style_id:
                    return ilvl
        return 0

    def _levels(self, num: _Num) -> dict[int, Level]:
        abstract = num.abstract
        seen: set[str] = set()
        while abstract in self._style_links and abstract not in seen:
            seen.add(abstract)
            linked_num, _ = self._style_num(self._style_links[abstract])
            target = self._nums.get(linked_num or "")
            if target is None:
                break
            abstract = target.abstract
        levels = dict(self._abstract.get(abstract, {}))
        levels.update(num.levels)
        return levels

    # ---- reading the parts

    def _read_numbering(self, numbering: Element) -> None:
        for abstract in numbering.iter(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId")
            if abstract_id is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"))
                if ilvl is not None:
                    levels[ilvl] = _level(lvl)
            self._abstract[abstract_id] = levels
            link = _val(abstract, "numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in numbering.iter(W + "num"):
            num_id = num.get(W + "numId")
            abstract_id = _val(num, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            entry = _Num(abstract_id)
            for override in num.findall(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"))
                if ilvl is None:
                    continue
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
            self._nums[num_id] = entry

    def _read_styles(self, styles: Element) -> None:
        for style in styles.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id is None:
                continue
            ppr = style.find(W + "pPr")
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            self._styles[style_id] = _Style(
                name=_val(style, "name") or style_id,
                based_on=_val(style, "basedOn"),
                num_id=_val(num_pr, "numId"),
                ilvl=_int(_val(num_pr, "ilvl")),
            )
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                self._default_style = style_id


def _wide(char: str) -> bool:
    """Chinese punctuation and circled numbers end a marker without a following space (一、 （1） ①)."""
    return char in _CIRCLED or unicodedata.east_asian_width(char) in ("W", "F")


_CN_DIGITS = "零一二三四五六七八九"
_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _counting(value: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str | None:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 9999)."""
    if not 0 < value < 10000:
        return None
    parts: list[str] = []
    zero = False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        unit = units[power - 1] if power else ""
        if power == 1 and digit == 1 and not parts and units == "十百千":
            parts.append(unit)  # 十一, not 一十一
        else:
            parts.append(digits[digit] + unit)
    return "".join(parts)


def _letters(value: int) -> str | None:
    if value < 1:
        return None
    letter = chr(ord("A") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)  # Word repeats the letter: Y, Z, AA, BB


def _roman(value: int) -> str | None:
    if not 0 < value < 4000:
        return None
    table = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for amount, symbol in table:
        count, value = divmod(value, amount)
        out.append(symbol * count)
    return "".join(out)


def _cycle(symbols: str) -> Callable[[int], str | None]:
    return lambda value: symbols[(value - 1) % len(symbols)] if value > 0 else None


def _lower(render: Callable[[int], str | None]) -> Callable[[int], str | None]:
    def lowered(value: int) -> str | None:
        text = render(value)
        return text.lower() if text is not None else None

    return lowered


_FORMATS: dict[str, Callable[[int], str | None]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda v: f"{v:02d}",
    "decimalFullWidth": lambda v: str(v).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda v: str(v).translate(_FULL_WIDTH),
    "decimalEnclosedCircle": lambda v: _CIRCLED[v - 1] if 0 < v <= len(_CIRCLED) else str(v),
    "decimalEnclosedCircleChinese": lambda v: _CIRCLED[v - 1] if 0 < v <= len(_CIRCLED) else str(v),
    "decimalEnclosedParen": lambda v: f"({v})",
    "decimalEnclosedFullstop": lambda v: f"{v}.",
    "chineseCounting": _counting,
    "chineseCountingThousand": _counting,
    "japaneseCounting": _counting,
    "taiwaneseCounting": _counting,
    "taiwaneseCountingThousand": _counting,
    "ideographDigital": lambda v: "".join(_CN_DIGITS[int(d)] for d in str(v)).replace("零", "〇"),
    "chineseLegalSimplified": lambda v: _counting(v, _LEGAL_SIMPLIFIED, "拾佰仟"),
    "ideographLegalTraditional": lambda v: _counting(v, _LEGAL_TRADITIONAL, "拾佰仟"),
    "ideographTraditional": _cycle(_TIANGAN),
    "ideographZodiac": _cycle(_DIZHI),
    "upperLetter": _letters,
    "lowerLetter": _lower(_letters),
    "upperRoman": _roman,
    "lowerRoman": _lower(_roman),
}


def format_number(value: int, fmt: str) -> str | None:
    """``value`` in Word's number format ``fmt``; None when the format is not supported."""
    render = _FORMATS.get(fmt)
    return render(value) if render is not None else None
