"""Facts about a report that several rules read: worked out once per report, when first asked for.

The parser hands every report a ``Facts`` (``report.facts``), as ruff hands its rules a locator and an indexer:
where each paragraph starts, each paragraph's quantities and punctuation, the markers of the numbered lists, the
issuer. Nothing here knows a rule, and nothing is kept between reports: each fact lives on the report it is about.
"""

from linter.analysis.facts import Facts, report_fact

__all__ = ["Facts", "report_fact"]
