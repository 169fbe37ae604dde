"""What checking one file produced: its diagnostics, or why it could not be checked."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from linter.diagnostics import Diagnostic, Severity
from linter.model import Report
from linter.source import Location, Segment


@dataclass(slots=True)
class FileOutcome:
    path: str
    report: Report | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    segments: tuple[Segment, ...] = ()  # where extracted text came from (documents only)
    _starts: list[int] = field(default_factory=list, repr=False)

    def location(self, offset: int) -> Location | None:
        """The document location (第N段, 表M 第r行 第c列, sheet!cell, page) of a text offset, if known."""
        if not self.segments:
            return None
        if not self._starts:
            self._starts = [s.start for s in self.segments]
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        segment = self.segments[index]
        if offset <= segment.end:
            return segment.location
        following = self.segments[index + 1] if index + 1 < len(self.segments) else None
        if (
            following is not None
            and following.location.kind in ("table", "sheet")
            and offset < following.start
        ):
            return following.location  # a tab between two cells belongs to the row
        return segment.location if segment.location.kind in ("paragraph", "page") else None

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int
    end_line: int
    end_column: int


def position(report: Report, start: int, end: int) -> Position:
    line, column = report.position(start)
    end_line, end_column = report.position(end)
    return Position(line, column, end_line, end_column)
