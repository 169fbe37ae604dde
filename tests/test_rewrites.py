"""Rewrites that leave a report's meaning alone leave its findings alone.

Reports reach jxlint in many hands' styles: Word exports indent every paragraph with two ideographic spaces,
some authors write 2,345.00万元 and 96 分, some editors leave trailing spaces, and a table typed or exported as
plain text may be aligned with spaces instead of separated by tabs. Each rewrite below is applied to every text
report we have (samples/ and benchmarks/corpus/); the errors and warnings must stay the same rules on the same
lines. A rule that reads the digits of 2,345.00 apart, or a table reader that needs tabs, fails here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from linter.engine import Linter
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted(
    path
    for folder in (ROOT / "samples", ROOT / "benchmarks" / "corpus")
    for path in folder.rglob("*")
    if path.suffix in (".txt", ".md") and path.name != "README.md"
)
_TABLE_LINE = ("\t", "  ", "|")  # a row of a table: the rewrites of prose leave it alone
_HEADING = tuple("一二三四五六七八九十")


def _prose(rewrite: Callable[[str], str]) -> Callable[[str], str]:
    """``rewrite`` applied to each line that is not a table row."""

    def each_line(text: str) -> str:
        return "\n".join(
            line if any(mark in line for mark in _TABLE_LINE) else rewrite(line) for line in text.split("\n")
        )

    return each_line


def _indent(line: str) -> str:
    """Word's plain-text export: two ideographic spaces before each body paragraph."""
    return line if not line or line.startswith(_HEADING) else "\u3000\u3000" + line


def _trailing(line: str) -> str:
    return line + "  " if line else line


def _thousands(line: str) -> str:
    """2345.00万元 → 2,345.00万元."""
    return re.sub(r"(?<![0-9.,])([1-9][0-9]{0,2})([0-9]{3})(?=\.[0-9]+\s*[万亿]?元)", r"\1,\2", line)


def _unit_space(line: str) -> str:
    """96分 → 96 分, 136.00万元 → 136.00 万元, 94.45% → 94.45 %."""
    return re.sub(r"(?<=[0-9])(?=万元|元|%|分|人|个)", " ", line)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned(text: str) -> str:
    """Each run of tab-separated rows rewritten as columns padded with spaces to a common display width."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and lines[end].count("\t") >= 2:
            end += 1
        if end == at:
            out.append(lines[at])
            at += 1
            continue
        rows = [line.split("\t") for line in lines[at:end]]
        widths = [max(_width(r[c]) for r in rows if c < len(r)) for c in range(max(map(len, rows)))]
        out += ["".join(cell + " " * (widths[c] - _width(cell) + 2) for c, cell in enumerate(r)).rstrip() for r in rows]
        at = end
    return "\n".join(out)


REWRITES: dict[str, Callable[[str], str]] = {
    "indent": _prose(_indent),
    "trailing-spaces": _prose(_trailing),
    "thousands-separators": _prose(_thousands),
    "space-before-unit": _prose(_unit_space),
    "space-aligned-tables": _aligned,
}


@cache
def _linter() -> Linter:
    return Linter()


def _findings(text: str) -> list[tuple[str, int]]:
    """(code, line) of each error and warning."""
    result = _linter().lint_text(text, "report.txt")
    return sorted(
        (d.code, result.report.position(d.span.start)[0])
        for d in result.diagnostics
        if d.severity.value in ("error", "warning")
    )


@cache
def _text(path: Path) -> str:
    return read_source(path).text


# Each report with each rewrite that changes it (a report without tables has nothing to align).
CASES = [
    pytest.param(path, name, id=f"{path.name}-{name}")
    for path in REPORTS
    for name, rewrite in REWRITES.items()
    if rewrite(_text(path)) != _text(path)
]


@pytest.mark.parametrize(("path", "name"), CASES)
def test_a_rewrite_that_keeps_the_meaning_keeps_the_findings(path: Path, name: str) -> None:
    text = _text(path)
    assert _findings(REWRITES[name](text)) == _findings(text)


def test_the_rewrites_change_what_they_mean_to() -> None:
    """The rewrites are not idle: each changes the texts it is meant for."""
    assert _thousands("预算2345.00万元，支出136.00万元") == "预算2,345.00万元，支出136.00万元"
    assert _unit_space("得96分，占94.45%") == "得96 分，占94.45 %"
    assert _aligned("一级指标\t分值\t得分\n产出\t50\t49") == "一级指标  分值  得分\n产出      50    49"
    assert _prose(_indent)("一、概况\n本局2023年……\n指标\t分值\t得分") == "一、概况\n\u3000\u3000本局2023年……\n指标\t分值\t得分"
    texts = [_text(path) for path in REPORTS]
    for rewrite in REWRITES.values():
        assert sum(rewrite(text) != text for text in texts) >= 5
