"""Facts that several rules derive from the same report, worked out once per report.

The engine runs every rule on one report before it reads the next, so remembering the value for the
latest report is enough: the arithmetic rules share the quantities and breakdowns of a report, the
text rules its sentences. A report is compared by identity, and the one remembered is kept alive until
the next arrives, so an identity is never mistaken for another report's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from linter.model import Report

T = TypeVar("T")


def per_report(compute: Callable[[Report], T]) -> Callable[[Report], T]:
    """``compute`` remembered for the latest report it was asked about."""
    latest: list[tuple[Report, T]] = []

    @wraps(compute)
    def remembered(report: Report) -> T:
        if latest and latest[0][0] is report:
            return latest[0][1]
        value = compute(report)
        latest[:] = [(report, value)]
        return value

    return remembered
