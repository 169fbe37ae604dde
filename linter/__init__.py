"""jxlint: a consistency and audit linter for budget-performance self-evaluation reports."""

__version__ = "0.2.0"
