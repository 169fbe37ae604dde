"""What checking one file produced: its diagnostics, or why it could not be checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from linter.diagnostics import Diagnostic, Severity
from linter.model import Report


@dataclass(slots=True)
class FileOutcome:
    path: str
    report: Report | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None

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
