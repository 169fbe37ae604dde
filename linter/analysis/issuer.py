"""The issuing body of a report and its administrative level (区 县 市 州 旗, or a township's: 镇 乡 街道 苏木).

The level comes from the configuration's ``issuer-level`` when set, else from the first run of place names in
the title (2022年度咸安区应急管理局…… → 区), else from an issuer line near the top (编制单位：……). The word
lists live in ``issuer.yaml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import Issuer, IssuerFound, Report


def find_issuer(report: Report, configured: str | None) -> Issuer | None:
    """The issuer's level: configured, else from the title, else from an issuer line near the top or the title
    below a first line that names no place."""
    if configured:
        return Issuer(configured, "", None, IssuerFound.CONFIG)
    settings = _data()
    lines = list(itertools.islice((p for p in report.paragraphs if not p.is_blank), settings["lines"]))
    if not lines:
        return None
    title = lines[0]
    how = IssuerFound.TITLE
    found = _place(title.text)
    if found is None:  # an issuer line (编制单位：……), or the title below a running header naming no place
        for line in lines[1:]:
            label = _label_end(line.text)
            if label is not None:
                found, how = _place(line.text, label), IssuerFound.LABEL
            elif _title_like(line.text) or _organ_line(line.text):
                found, how = _place(line.text), IssuerFound.TITLE
            if found is not None:
                title = line
                break
    if found is None or found is _NO_LEVEL:
        return None
    level, start, end = found
    return Issuer(level, title.text[start:end], Span(title.span.start + start, title.span.start + end), how)


def place_level(line: str, begin: int = 0) -> tuple[str, int, int] | None:
    """The level of the first run of place names in ``line`` (湖北省咸宁市咸安区 → 区) and the last name's extent.

    None when the run ends in no level of ours (湖北省财政厅); a township's level when its organ follows the run.
    """
    found = _place(line, begin)
    return None if found is _NO_LEVEL else found


_NO_LEVEL = ("", 0, 0)  # a line that names a place, but one of no level of ours (自治区, 省, an 办事处)


def _place(line: str, begin: int = 0) -> tuple[str, int, int] | None:
    """``place_level``, but ``_NO_LEVEL`` for a run of place names that ends in no level of ours, and None only
    when ``line`` names no place."""
    settings = _data()
    suffixes: dict[str, str | None] = settings["suffixes"]
    zones = _zones()
    ordered, firsts = _suffixes()
    run: list[tuple[str | None, int, int]] = []
    i = begin
    while i < len(line):
        suffix = next((s for s in ordered if line.startswith(s, i)), None) if line[i] in firsts else None
        if suffix is None or (
            within(line, i, len(suffix), settings["not-suffix"].get(suffix, ()))
            and not (
                (not run or run[-1][0] == "市")  # a city's district, not a county's 城区 (通山县城区管理局)
                and within(line, i, len(suffix), settings["district-words"])
                and _organ_follows(line, i + len(suffix))
            )
        ):
            i += 1
            continue
        if suffix in zones and not _organ_follows(line, i + len(suffix)):
            if run:
                break  # 某县工业园区建设项目: what the project is about, not the issuer
            i += len(suffix)
            continue
        floor = run[-1][2] if run else begin
        start = i
        while start > floor and is_han(line[start - 1]):
            start -= 1
        if not run:
            start = max([start, *(_last_end(line, w, start, i) for w in settings["lead-ins"])])
        limit = settings[
            "max-name-autonomous" if suffix.startswith("自治") else "max-name-zone" if suffix in zones else "max-name"
        ]
        if (start == i and suffix not in zones) or i - start > limit:  # 高新区 is a zone's whole name
            if run:
                break
            i += len(suffix)  # not a name's end, and no part of it either (年度自治区: not 自治 + 区)
            continue
        if run and start != floor:
            break
        if suffix in zones:
            level = None if run and run[-1][0] in settings["zone-level-not-under"] else settings["zone-level"]
        else:
            level = suffixes[suffix]
        run.append((level, start, i + len(suffix)))
        i += len(suffix)
    if not run:
        return _township(line, begin, alone=True)
    level, start, end = run[-1]
    township = _township(line, end)
    if township is not None:
        return township
    if level is None:
        return _NO_LEVEL
    return level, start, end


def within(text: str, i: int, length: int, words: Iterable[str]) -> bool:
    """Whether ``text[i:i+length]`` is part of one of ``words`` as written around it (各县区, 社区委员会)."""
    piece = text[i : i + length]
    for word in words:
        at = word.find(piece)
        while at >= 0:
            if i - at >= 0 and text.startswith(word, i - at):
                return True
            at = word.find(piece, at + 1)
    return False


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@cache
def place_suffixes() -> frozenset[str]:
    """The one-character place-name suffixes (省 市 县 区 …)."""
    return frozenset(s for s in _data()["suffixes"] if len(s) == 1)


def _last_end(line: str, word: str, lo: int, hi: int) -> int:
    at = line.rfind(word, lo, hi)
    return at + len(word) if at >= 0 else lo


def _title_like(line: str) -> bool:
    """A short line naming a report, with no sentence in it (a title, not prose that mentions an evaluation)."""
    text = line.strip()
    return (
        len(text) <= _TITLE_CHARS
        and not any(mark in text for mark in "，,。；;：:")
        and any(word in text for word in _data()["title-words"])
    )


_TITLE_CHARS = 60


def _organ_line(line: str) -> bool:
    """A short line that is only an organ's name (沧溪市望江区文化广电旅游体育局), as a cover page sets the issuer under a
    title that names none."""
    text = line.strip()
    return (
        len(text) <= _ORGAN_CHARS
        and not any(mark in text for mark in "，,。；;：:、（()）")
        and text.endswith(tuple(_data()["organ-endings"]))
    )


_ORGAN_CHARS = 30


def _label_end(line: str) -> int | None:
    """Where the name after an issuer label (“编制单位：”) starts, if ``line`` starts with one."""
    start = len(line) - len(line.lstrip())
    label = next((w for w in _data()["labels"] if line.startswith(w, start)), None)
    if label is None:
        return None
    rest = line[start + len(label) :].lstrip()
    if rest.startswith(("：", ":")):
        rest = rest[1:].lstrip()
    return len(line) - len(rest)


def _organ_follows(line: str, at: int) -> bool:
    """Whether ``line`` ends a name at ``at``: an organ's name follows within a few characters (东城区|教育局,
    高新区|管委会), or no Chinese character does (东城区|2023年度)."""
    if at >= len(line) or not is_han(line[at]):
        return True
    organs = tuple(_data()["district-organs"])
    end = at
    while end < len(line) and end - at < _ORGAN_NAME_CHARS and is_han(line[end]):
        end += 1
    return any(line.find(organ, at, end) >= 0 for organ in organs)


_ORGAN_NAME_CHARS = 10  # 市场监督管理局


def _township(line: str, end: int, *, alone: bool = False) -> tuple[str, int, int] | None:
    """A township whose organ follows ``end`` (咸安区|向阳湖镇人民政府), its name at most eight characters long: its
    level (镇 乡 街道 苏木; ``_NO_LEVEL`` for an 办事处 whose name says none) and where its name stands. ``alone``:
    a line naming no county before it (桐湾镇人民政府2023年度……), where the name starts after the lead-ins."""
    found = _township_pattern().search(line, end) if alone else _township_pattern().match(line, end)
    if found is None:
        return None
    level = found.group("level")
    if level is None:
        return _NO_LEVEL
    start = found.start()
    if alone:
        start = max([start, *(_last_end(line, w, start, found.start("level")) for w in _data()["lead-ins"])])
    return level, start, found.end("level")


@cache
def _township_pattern() -> re.Pattern[str]:
    """A township's name and organ: 向阳湖镇人民政府, 桐湾乡政府, 城关街道办事处, 某某苏木, 某某办事处."""
    settings = _data()
    levels = "|".join(settings["township-levels"])
    organs = "|".join(settings["township-organs"])
    return patterns.compile(
        rf"[\u4e00-\u9fff]{{1,8}}?(?P<level>{levels})(?:{organs})|[\u4e00-\u9fff]{{1,8}}?办事处"
    )


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("linter.analysis", "issuer.yaml")
    return data


@cache
def _zones() -> frozenset[str]:
    return frozenset(_data()["zones"])


@cache
def _suffixes() -> tuple[list[str], frozenset[str]]:
    """The place-name suffixes and the zones, longest first, and the characters they start with."""
    suffixes = sorted([*_data()["suffixes"], *_zones()], key=len, reverse=True)
    return suffixes, frozenset(s[0] for s in suffixes)
