"""Helpers shared by the score rules: the score tree's values worked out once, names and numbers for messages."""

from __future__ import annotations

from decimal import Decimal

from linter.model import Report, ScoreNode
from linter.parse.numbers import format_decimal
from rules._per_report import per_report


def num(value: Decimal) -> str:
    return format_decimal(value)


def name(node: ScoreNode) -> str:
    return node.label or "该项"


def terms(values: list[Decimal]) -> str:
    return "+".join(num(v) for v in values)


class Values:
    """The nodes of a report's score tree (parents before their children) and what each counts.

    ``ScoreNode.score_value`` and ``max_value`` work a node out from its children every time they are asked;
    the score rules ask about most nodes, and about many more than once. Each is worked out when first asked.
    """

    def __init__(self, report: Report) -> None:
        self.nodes = tuple(report.score_nodes())
        self._scores: dict[int, Decimal | None] = {}
        self._maxes: dict[int, Decimal | None] = {}

    def score(self, node: ScoreNode) -> Decimal | None:
        """``node.score_value``."""
        key = id(node)
        if key not in self._scores:
            self._scores[key] = node.score_value
        return self._scores[key]

    def max(self, node: ScoreNode) -> Decimal | None:
        """``node.max_value``."""
        key = id(node)
        if key not in self._maxes:
            self._maxes[key] = node.max_value
        return self._maxes[key]


@per_report
def values(report: Report) -> Values:
    return Values(report)
