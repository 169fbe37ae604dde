"""The paragraphs two arithmetic rules look at closely, found in one search through the report's text.

A search through the whole text costs much the same whatever few words it looks for, and most of it is the
stepping from character to character: so the words a breakdown cannot do without (a cue word, or a fund carried
over) and the measure words right after a numeral that a stated count cannot do without (3项, 五个方面) are looked
for together, and each rule takes the paragraphs with its own.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from linter import patterns
from linter.analysis import report_fact
from linter.analysis.quantities import minimal_words
from linter.data import package_yaml
from linter.model import Paragraph, Report

_NUMERALS = "0-9０-９一二两三四五六七八九十"


class Clues(NamedTuple):
    # With a cue word (其中, 包括 …) or a fund carried over (结转): a breakdown may be stated there.
    parts: list[Paragraph]
    # With a measure word right after a numeral (3项, 五个方面): a count may be stated there.
    counts: list[Paragraph]


@report_fact
def clues(report: Report) -> Clues:
    """The paragraphs of ``report`` with a clue of each kind, in order (worked out once per report)."""
    parts: dict[int, Paragraph] = {}
    counts: dict[int, Paragraph] = {}
    starts = report.facts.paragraph_starts
    paragraphs = report.paragraphs
    for match in _pattern().finditer(report.text):
        # A paragraph is a line, and no clue holds a line break: the match is in the line it starts in.
        paragraph = paragraphs[bisect.bisect_right(starts, match.start()) - 1]
        # A measure word's match is its first character alone (the rest looked ahead for), so that it never
        # hides a word that starts inside it (这3部分别为: 部分 and 分别).
        found = counts if len(match.group()) == 1 else parts
        found.setdefault(paragraph.index, paragraph)
    return Clues(list(parts.values()), list(counts.values()))


@cache
def _pattern() -> re.Pattern[str]:
    """The cue words and carried-over funds (each two characters or more), and each measure word's first character
    behind a numeral with the rest of the word ahead: every alternative opens with a literal character, so the
    engine skips to the next of those characters fast."""
    breakdowns = package_yaml("rules.arithmetic", "breakdowns.yaml")
    words = minimal_words([*breakdowns["cues"], *breakdowns["sources"]["carried"]])
    assert all(len(word) >= 2 for word in words)
    measures = sorted(
        package_yaml("rules.arithmetic", "enumerations.yaml")["measures"], key=len, reverse=True
    )
    counts = [
        f"{re.escape(m[0])}(?<=[{_NUMERALS}]{re.escape(m[0])})"
        + (f"(?={re.escape(m[1:])})" if len(m) > 1 else "")
        for m in measures
    ]
    return patterns.compile("|".join([*map(re.escape, words), *counts]))
