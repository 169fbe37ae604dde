"""Numbers as reports write them: Arabic, full-width and Chinese numerals, always as Decimal."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_DIGITS = {
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
_UNITS = {"十": 10, "百": 100, "千": 1000}


def to_decimal(text: str) -> Decimal | None:
    """Convert ``12``, ``１２``, ``2.5``, ``二十二``, ``两``, ``三点五`` to Decimal; None if it is not a number."""
    text = text.strip()
    if not text:
        return None
    if text[0] in _DIGITS or text[0] in _UNITS:
        return _chinese(text)
    try:
        return Decimal(text.translate(_FULL_WIDTH))
    except InvalidOperation:
        return None


def _chinese(text: str) -> Decimal | None:
    whole, _, frac = text.partition("点")
    value = _chinese_integer(whole)
    if value is None:
        return None
    if not frac:
        return Decimal(value)
    if any(ch not in _DIGITS for ch in frac):
        return None
    return Decimal(f"{value}.{''.join(str(_DIGITS[ch]) for ch in frac)}")


def _chinese_integer(text: str) -> int | None:
    total = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            if digit is not None:  # two digits in a row: read positionally (一二 = 12)
                digit = digit * 10 + _DIGITS[ch]
            else:
                digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def format_decimal(value: Decimal) -> str:
    """``2`` not ``2.0``; ``2.5`` stays ``2.5``."""
    text = format(value.normalize(), "f")
    return text


def chinese_marker_value(text: str) -> int | None:
    return _chinese_integer(text)
