"""``report.facts``: what rules share about one report, each worked out when first asked for."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import cached_property, wraps
from operator import attrgetter
from typing import Any, TypeVar

from linter.analysis.issuer import find_issuer
from linter.analysis.quantities import Prose
from linter.analysis.scan import paragraphs_with_words
from linter.model import Issuer, Marker, NumberedList, Paragraph, Report, ScoreNode

T = TypeVar("T")


class Facts:
    """The facts of one report. Each property is computed on first use and kept with the report.

    The report holds its facts and the facts know their report by a weak reference: no reference cycle, so a
    report is freed as soon as it is dropped (facts are asked for only through their report)."""

    def __init__(self, report: Report, issuer_level: str | None = None) -> None:
        self._report = weakref.ref(report)
        self.issuer_level = issuer_level  # the configured issuer-level, which overrides the text
        self._prose: dict[int, Prose] = {}
        self._derived: dict[Callable[[Report], Any], Any] = {}

    @property
    def report(self) -> Report:
        report = self._report()
        if report is None:
            raise ReferenceError("the report of these facts is gone")
        return report

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts, in order (for finding the paragraph an offset falls in)."""
        return [p.span.start for p in self.report.paragraphs]

    def prose(self, paragraph: Paragraph) -> Prose:
        """``paragraph`` with its quantities and punctuation, each looked up when first asked for."""
        item = self._prose.get(paragraph.index)
        if item is None:
            item = self._prose[paragraph.index] = Prose(self.report.text, paragraph)
        return item

    @cached_property
    def percent_paragraphs(self) -> list[Paragraph]:
        """The paragraphs that can hold a percentage: the others have no quantity of the percent family."""
        return paragraphs_with_words(self.report, ("%", "％", "百分之"))

    @cached_property
    def list_markers(self) -> tuple[Marker, ...]:
        """Every marker of a list item, in document order (row numbers of tables are not list items)."""
        items = sorted([p for numbered in self.report.lists for p in numbered.items], key=attrgetter("index"))
        return tuple([p.marker for p in items if p.marker is not None])

    @cached_property
    def score_nodes(self) -> tuple[ScoreNode, ...]:
        """Every node of the score tree, block by block, each before its children (``Report.score_nodes``)."""
        return tuple(self.report.score_nodes())

    @cached_property
    def list_of(self) -> dict[int, NumberedList]:
        """The numbered list each list item is in, by the item's paragraph index (a paragraph is in one list)."""
        return {p.index: numbered for numbered in self.report.lists for p in numbered.items}

    @cached_property
    def issuer(self) -> Issuer | None:
        """The issuing body's administrative level: configured, else read from the title or an issuer line."""
        return find_issuer(self.report, self.issuer_level)

    def derived(self, compute: Callable[[Report], T]) -> T:
        """``compute(report)``, worked out once for this report: a fact one family of rules shares."""
        if compute in self._derived:
            value: T = self._derived[compute]
            return value
        value = self._derived[compute] = compute(self.report)
        return value


def report_fact(compute: Callable[[Report], T]) -> Callable[[Report], T]:
    """``compute`` made a fact of the report it is given: worked out once per report and kept with it
    (``Facts.derived``), for what one family of rules shares (the breakdowns of a report, its rate claims)."""

    @wraps(compute)
    def of(report: Report) -> T:
        return report.facts.derived(compute)

    return of
