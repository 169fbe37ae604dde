"""Invisible characters: zero-width spaces and joiners, soft hyphens, bidi marks and the like.

Text copied from web pages and PDFs carries them between the digits of a number (``得1\\u200b0分``), where
they are invisible to the reader but split the number for a parser. They are taken out before parsing, and
every offset found in the cleaned text is mapped back to the user's text, so spans still point at the
characters the user sees (a span over ``10`` covers the hidden character between them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from linter import patterns

# Format characters that never show: soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
# space / non-joiner / joiner, left-to-right and right-to-left marks, bidi embeddings, overrides and isolates,
# word joiner and the invisible operators, and the zero-width no-break space (a BOM inside the text).
CHARACTERS = "".join(
    chr(code)
    for first, last in (
        (0xAD, 0xAD),
        (0x61C, 0x61C),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0xFEFF, 0xFEFF),
    )
    for code in range(first, last + 1)
)


@cache
def _pattern() -> re.Pattern[str]:
    return patterns.compile(f"[{CHARACTERS}]")


class Removed:
    """Where the invisible characters were; maps offsets in the cleaned text back to the original."""

    __slots__ = ("_at", "_chars", "_offsets")

    def __init__(self, original_offsets: list[int], chars: str = "") -> None:
        self._offsets = original_offsets
        self._chars = chars
        # Each removed character's position in the cleaned text: the original offset minus those before it.
        self._at = [offset - index for index, offset in enumerate(original_offsets)]

    def inside(self, start: int, end: int) -> list[str]:
        """The removed characters between the original offsets ``start`` and ``end``, as U+XXXX, once each."""
        first, last = bisect_left(self._offsets, start), bisect_left(self._offsets, end)
        return list(dict.fromkeys(f"U+{ord(ch):04X}" for ch in self._chars[first:last]))

    def start(self, offset: int) -> int:
        """The original offset of a span start: hidden characters just before it stay outside the span."""
        return offset + bisect_right(self._at, offset)

    def end(self, offset: int) -> int:
        """The original offset of a span end: hidden characters just after it stay outside the span."""
        return offset + bisect_left(self._at, offset)


def strip_invisible(text: str) -> tuple[str, Removed | None]:
    """``text`` without invisible characters, and where they were (None when there were none)."""
    if text.isascii() or not any(ch in text for ch in CHARACTERS):  # (no pattern compiled on the fast path)
        return text, None
    pattern = _pattern()
    found = list(pattern.finditer(text))
    removed = Removed([match.start() for match in found], "".join(match.group() for match in found))
    return pattern.sub("", text), removed
