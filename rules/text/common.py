"""What the text rules share: their data files, character classes and excerpts for messages."""

from __future__ import annotations

from typing import Any

from linter.data import package_yaml


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
