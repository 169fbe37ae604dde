"""The sentences of a paragraph, as the rules that read prose sentence by sentence split it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from linter import patterns
from linter.model import Paragraph


@cache
def _split(ends: str) -> re.Pattern[str]:
    return patterns.compile(f"[^{re.escape(ends)}]+[{re.escape(ends)}]*")


def sentences(paragraph: Paragraph, ends: str = "。？！?!；;") -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph's body (after its numbering marker) with their absolute start offsets.

    Each sentence keeps its closing marks; leading whitespace is dropped.
    """
    body_start = paragraph.body_start - paragraph.span.start
    body = paragraph.text[body_start:]
    for match in _split(ends).finditer(body):
        raw = match.group()
        stripped = raw.lstrip()
        if stripped.strip():
            yield paragraph.span.start + body_start + match.start() + len(raw) - len(stripped), stripped
