"""Scanning a report's whole text at once and finding the paragraphs the matches fall in.

One search over the text costs a fraction of one search per paragraph, and most paragraphs hold nothing a
rule looks for: a rule can scan for the characters or words its findings cannot do without, and look
closely only at the paragraphs that have them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

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


def paragraphs_with_words(report: Report, words: Iterable[str]) -> list[Paragraph]:
    """The paragraphs that hold one of ``words`` (none of them empty or holding a line break), in order.

    A regular expression that opens with one of several characters tests every character of the text against
    them, which costs ten times what one ``str.find`` run a word does: for a few words, these are quicker. Once
    a word is found in a paragraph, its search goes on from the paragraph's end.
    """
    text = report.text
    starts = report.facts.paragraph_starts
    paragraphs = report.paragraphs
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            end = paragraphs[index].span.end if index >= 0 else 0
            if at + len(word) <= end:
                found.add(index)
                at = text.find(word, end)
            else:
                at = text.find(word, at + 1)
    return [paragraphs[i] for i in sorted(found)]


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
