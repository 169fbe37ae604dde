"""Numbers as reports write them: Arabic, full-width and Chinese numerals, always as Decimal."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"亿": 10**8, "万": 10**4}


def to_decimal(text: str) -> Decimal | None:
    """Convert ``12``, ``１２``, ``2.5``, ``二十二``, ``两``, ``三点五``, ``一万二千`` to Decimal; None if not a number."""
    text = text.strip()
    if not text:
        return None
    if text[0] in _CN_DIGITS or text[0] in _CN_SMALL:
        found = chinese_to_decimal(text)
        return None if found is None else found[0]
    try:
        return Decimal(text if text.isascii() else text.translate(FULL_WIDTH))
    except InvalidOperation:
        return None


def chinese_to_decimal(text: str) -> tuple[Decimal, bool] | None:
    """``一百二十`` → 120, ``两千`` → 2000, ``一万二千`` → 12000, ``三千五`` → 3500, ``三点五`` → 3.5.

    The flag is True for a rough figure written as two digits in a row (三四个 = three or four); its value
    is then the smaller one. None if the text is not a numeral.
    """
    whole, _, frac = text.partition("点")
    if frac and any(ch not in _CN_DIGITS for ch in frac):
        return None
    integer = _chinese_integer(whole)
    if integer is None:
        return None
    value, rough = integer
    if frac:
        return Decimal(f"{value}.{''.join(str(_CN_DIGITS[ch]) for ch in frac)}"), rough
    return Decimal(value), rough


def _chinese_integer(text: str) -> tuple[int, bool] | None:
    if not text:
        return None
    total = 0
    rough = False
    rest = text
    previous_big = 0
    for big, size in CN_BIG.items():
        if big in rest:
            head, rest = rest.split(big, 1)
            section = _section(head, 0) if head else (1, False)
            if section is None or big in rest:
                return None
            total += section[0] * size
            rough |= section[1]
            previous_big = size
    if rest:
        section = _section(rest, previous_big)
        if section is None:
            return None
        total += section[0]
        rough |= section[1]
    return total, rough


def _section(text: str, previous: int) -> tuple[int, bool] | None:
    """A numeral below 10000. ``previous`` is the 万/亿 before it, for 一万二 = 12000."""
    total = 0
    digit: int | None = None
    last_unit = 0
    zero = False
    rough = False
    for ch in text:
        if ch in _CN_DIGITS:
            if _CN_DIGITS[ch] == 0:
                zero = True
                continue
            if digit is not None:
                rough = True  # 三四: three or four
                continue
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if last_unit and unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
            zero = False
        else:
            return None
    if digit is not None:
        if last_unit >= 100 and not zero:
            total += digit * last_unit // 10  # 三千五 = 3500
        elif not last_unit and previous and not zero and total == 0 and len(text) == 1:
            total += digit * previous // 10  # 一万二 = 12000
        else:
            total += digit
    return total, rough


def format_decimal(value: Decimal) -> str:
    """``2`` not ``2.0``; ``2.5`` stays ``2.5``."""
    text = format(value.normalize(), "f")
    return text


def chinese_marker_value(text: str) -> int | None:
    """一 → 1, 十二 → 12: the number of a Chinese numbering marker."""
    found = _chinese_integer(text)
    return None if found is None else found[0]
