"""Names and numbers as the score rules write them in messages."""

from __future__ import annotations

from decimal import Decimal

from linter.model import ScoreNode
from linter.parse.numbers import format_decimal


def num(value: Decimal) -> str:
    return format_decimal(value)


def name(node: ScoreNode) -> str:
    return node.label or "该项"


def terms(values: list[Decimal]) -> str:
    return "+".join(num(v) for v in values)
