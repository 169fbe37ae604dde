"""Web-page furniture: the lines a government site puts around a published report (【字体：大 中 小】, 【打印本页】,
阅读次数, a breadcrumb, share and previous/next widgets). They are not report text, whether they come from an
.html page or were pasted with the report into a text file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from linter import patterns
from linter.data import package_yaml


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("linter.parse", "furniture.yaml")
    return data


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()
    words = "|".join(map(re.escape, sorted(data["widget-words"], key=len, reverse=True)))
    widgets = patterns.compile(rf"^(?:[【\[]\s*(?:(?:{words})[\s:：]*)+[】\]]\s*)+$")
    field = "|".join(map(re.escape, sorted(data["page-fields"], key=len, reverse=True)))
    fields = patterns.compile(rf"^(?:(?:{field})\s*[:：]\s*[^\s:：]{{0,40}}\s*){{2,}}$")
    counts = "|".join(map(re.escape, data["count-fields"]))
    count = patterns.compile(rf"^(?:{counts})\s*[:：]\s*\d+\s*次?$")
    starts = patterns.compile("|".join(rf"^{re.escape(s)}" for s in data["line-starts"]) + r"|首页\s*[>＞»›]")
    return widgets, fields, count, starts


def is_furniture(line: str) -> bool:
    """Whether one line of text is site furniture rather than report text."""
    text = line.strip(" \t\u3000\xa0|｜")
    if not text or len(text) > 120:
        return False
    return any(pattern.match(text) for pattern in _patterns())


def blank_furniture(text: str) -> str:
    """``text`` with its furniture lines blanked (spaces in place of their characters, so that every other
    character keeps its line and column)."""
    if not any(clue in text for clue in _data()["clues"]):
        return text
    lines = text.split("\n")
    return "\n".join(
        patterns.compile(r"[^\r]").sub(" ", line) if is_furniture(line.rstrip("\r")) else line for line in lines
    )
