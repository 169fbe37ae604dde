"""How the numbering rules write markers in messages: how a marker is written, and the same marker with another number."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from linter.diagnostics import Span
from linter.model import Family, Marker, NumberedList, Paragraph, Report
from linter.parse.structure import is_table_row

_DELIMITERS = ("、", ".", "．")
_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# How a number is written in a marker: a run of one kind of digits, or one circled number.
_NUMERALS = (
    ("0123456789", True),
    ("０１２３４５６７８９", True),
    ("一二三四五六七八九十", True),
    (_CIRCLED, False),
)
_TO_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def label(marker: Marker) -> str:
    """The marker as a message shows it: ``（2）``, ``①``; quoted when it ends in a delimiter: ``“2、”``."""
    return _shown("".join(marker.text.split()))


def relabel(marker: Marker, value: int) -> str:
    """``marker`` written the same way with another number, as a message shows it: （2） → （3）, 二、 → “三、”."""
    text = "".join(marker.text.split())
    found = _number(text)
    if found is not None:
        start, end = found
        text = text[:start] + _write(text[start:end], value) + text[end:]
    return _shown(text)


def _number(text: str) -> tuple[int, int] | None:
    """Where the first number in ``text`` is written."""
    for start, ch in enumerate(text):
        for digits, run in _NUMERALS:
            if ch in digits:
                end = start + 1
                while run and end < len(text) and text[end] in digits:
                    end += 1
                return start, end
    return None


def _shown(text: str) -> str:
    return f"“{text}”" if text.endswith(_DELIMITERS) else text


def label_span(marker: Marker) -> Span:
    """The marker's characters without surrounding spaces."""
    text = marker.text
    start = marker.span.start + len(text) - len(text.lstrip())
    return Span(start, max(start, marker.span.end - (len(text) - len(text.rstrip()))))


def chinese_numeral(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (up to 99; larger numbers stay in digits)."""
    if not 0 < value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def _write(like: str, value: int) -> str:
    if like in _CIRCLED:
        return _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else f"({value})"
    if like[0] in "一二三四五六七八九十":
        return chinese_numeral(value)
    if like[0] in "０１２３４５６７８９":
        return str(value).translate(_TO_FULL_WIDTH)
    return str(value)


def steps(numbered: NumberedList) -> Iterator[tuple[Marker, Marker]]:
    """Each item's marker with the marker of the item before it."""
    yield from pairwise(numbered.markers())


def main_family(numbered: NumberedList) -> Family:
    """The family most of the list's items use (the first item's on a tie)."""
    families = [m.family for m in numbered.markers()]
    return max(dict.fromkeys(families), key=families.count, default=numbered.family)


def delimiter_mark(marker: Marker) -> str | None:
    """The 、 . or ． that ends a marker."""
    mark = marker.text.rstrip()[-1:]
    return mark if mark and mark in _DELIMITERS else None


def delimiter(marker: Marker) -> tuple[str, Span] | None:
    """The 、 . or ． that ends a marker, and where it is."""
    mark = delimiter_mark(marker)
    if mark is None:
        return None
    span = label_span(marker)
    return mark, Span(span.end - 1, span.end)


def bracketed(marker: Marker) -> tuple[str, Span]:
    """The bracketed part of a marker such as ``(一)、``: its text without spaces (``(一)``) and its span."""
    close = max(marker.text.rfind("）"), marker.text.rfind(")")) + 1
    start = label_span(marker).start
    return "".join(marker.text[:close].split()), Span(start, max(start, marker.span.start + close))


def in_table_rows(report: Report, family: Family, start: int, end: int) -> set[int]:
    """The numbers of ``family`` that number rows of a table between paragraphs ``start`` and ``end`` (indexes,
    end excluded): list items written into table cells, which count for the list around the table."""
    rows: list[Paragraph] = report.paragraphs[max(0, start) : end]
    return {
        p.marker.value for p in rows if p.marker is not None and p.marker.family is family and is_table_row(p)
    }
