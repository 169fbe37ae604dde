"""Invisible characters: zero-width spaces and joiners, soft hyphens, bidi marks and the like.

Text copied from web pages and PDFs carries them between the digits of a number (``得1\\u200b0分``), where
they are invisible to the reader but split the number for a parser. They are taken out before parsing, and
every offset found in the cleaned text is mapped back to the user's text, so spans still point at the
characters the user sees (a span over ``10`` covers the hidden character between them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Format characters that never show: soft hyphen, Arabic letter mark, zero-width space / non-joiner / joiner,
# left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, word joiner and the
# invisible operators, and the zero-width no-break space (a BOM inside the text).
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


class Removed:
    """Where the invisible characters were; maps offsets in the cleaned text back to the original."""

    __slots__ = ("_at",)

    def __init__(self, original_offsets: list[int]) -> None:
        # Each removed character's position in the cleaned text: the original offset minus those before it.
        self._at = [offset - index for index, offset in enumerate(original_offsets)]

    def start(self, offset: int) -> int:
        """The original offset of a span start: hidden characters just before it stay outside the span."""
        return offset + bisect_right(self._at, offset)

    def end(self, offset: int) -> int:
        """The original offset of a span end: hidden characters just after it stay outside the span."""
        return offset + bisect_left(self._at, offset)


def strip_invisible(text: str) -> tuple[str, Removed | None]:
    """``text`` without invisible characters, and where they were (None when there were none)."""
    if INVISIBLE.search(text) is None:
        return text, None
    offsets = [match.start() for match in INVISIBLE.finditer(text)]
    return INVISIBLE.sub("", text), Removed(offsets)
