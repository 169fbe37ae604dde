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

_STRIPPED = " \t\u3000\xa0|｜"  # around a line of furniture


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


@cache
def _first_characters() -> frozenset[str]:
    """The characters a furniture line can start with (after its spaces and bars): each pattern's first."""
    data = _data()
    words = (*data["page-fields"], *data["count-fields"], *data["line-starts"], "首页")
    return frozenset("【[") | frozenset(word[0] for word in words)


def is_furniture(line: str) -> bool:
    """Whether one line of text is site furniture rather than report text."""
    text = line.strip(_STRIPPED)
    if not text or len(text) > 120 or text[0] not in _first_characters():
        return False
    return any(pattern.match(text) for pattern in _patterns())


def blank_furniture(text: str) -> str:
    """``text`` with its furniture lines blanked (spaces in place of their characters, so that every other
    character keeps its line and column)."""
    if not any(clue in text for clue in _data()["clues"]):
        return text
    pieces = []
    done = 0
    for start in _line_openings(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if is_furniture(line.rstrip("\r")):
            pieces += [text[done:start], patterns.compile(r"[^\r]").sub(" ", line)]
            done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _line_openings(text: str) -> list[int]:
    """Where each line starts whose first character after its spaces and bars can start furniture (the others
    cannot be furniture)."""
    opening = _opening()
    first = [0] if opening.match(text) else []
    return first + [found.end() for found in _after_line_break().finditer(text)]


@cache
def _opening() -> re.Pattern[str]:
    return patterns.compile(rf"[{_STRIPPED}]*[{re.escape(''.join(sorted(_first_characters())))}]")


@cache
def _after_line_break() -> re.Pattern[str]:
    # A literal first character: the search skips from line break to line break.
    return patterns.compile(rf"\n(?={_opening().pattern})")
