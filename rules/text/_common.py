"""Helpers shared by the text rules: their data files, character classes and sentence splitting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from linter.data import package_yaml
from linter.model import Paragraph


def load(name: str) -> dict[str, Any]:
    """One of the YAML data files beside the text rules, by stem (``punctuation`` → punctuation.yaml)."""
    data: dict[str, Any] = package_yaml("rules.text", f"{name}.yaml")
    return data


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def is_chinese_context(ch: str) -> bool:
    """A Chinese character or a full-width / Chinese punctuation mark (“ ” 、 。 （ …)."""
    if is_han(ch):
        return True
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or ch in "“”‘’…—·"


def excerpt(text: str, limit: int = 24) -> str:
    """``text`` shortened to ``limit`` characters for a message."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def _split(ends: str) -> re.Pattern[str]:
    return re.compile(f"[^{re.escape(ends)}]+[{re.escape(ends)}]*")


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
