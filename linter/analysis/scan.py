"""Scanning a report's whole text at once and finding the paragraphs the matches fall in.

One search over the text costs a fraction of one search per paragraph, and most paragraphs hold nothing a
rule looks for: a rule can scan for the characters or words its findings cannot do without, and look
closely only at the paragraphs that have them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from linter.model import Paragraph, Report


def paragraph_at(report: Report, offset: int) -> Paragraph | None:
    """The paragraph whose text holds ``offset``; None on a line break."""
    index = bisect.bisect_right(report.facts.paragraph_starts, offset) - 1
    if index < 0:
        return None
    paragraph = report.paragraphs[index]
    return paragraph if offset < paragraph.span.end else None


def paragraphs_with(report: Report, pattern: re.Pattern[str]) -> list[Paragraph]:
    """The paragraphs in which ``pattern`` matches, in order.

    ``pattern`` is searched once through the whole text, so it should not depend on the start or end of a
    line (``^``, ``$``, a lookaround that would see the line break): literal words and character classes.
    """
    text = report.text
    found: list[Paragraph] = []
    at = 0
    while (match := pattern.search(text, at)) is not None:
        paragraph = paragraph_at(report, match.start())
        if paragraph is not None and match.end() <= paragraph.span.end:
            found.append(paragraph)
            at = max(paragraph.span.end, match.start() + 1)
        else:
            at = match.start() + 1
    return found


def offsets_by_paragraph(report: Report, chars: str) -> Iterator[tuple[Paragraph, list[int]]]:
    """Where any of ``chars`` stands in the text, grouped by the paragraph it falls in, in order.

    For a few characters that most paragraphs lack, one ``str.find`` run a character is quicker than a
    regular expression's character class (which tests every character of the text against the class).
    """
    text = report.text
    offsets: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            offsets.append(at)
            at = text.find(char, at + 1)
    offsets.sort()
    paragraph: Paragraph | None = None
    group: list[int] = []
    for at in offsets:
        if paragraph is None or at >= paragraph.span.end:
            if paragraph is not None and group:
                yield paragraph, group
            group = []
            paragraph = paragraph_at(report, at)
            if paragraph is None:
                continue
        group.append(at - paragraph.span.start)
    if paragraph is not None and group:
        yield paragraph, group
