"""Names and numbers as the score rules write them in messages, and an indicator's name as they match it."""

from __future__ import annotations

from decimal import Decimal

from linter import patterns
from linter.model import ScoreNode
from linter.parse.numbers import format_decimal


def num(value: Decimal) -> str:
    return format_decimal(value)


def name(node: ScoreNode) -> str:
    return node.label or "该项"


def terms(values: list[Decimal]) -> str:
    return "+".join(num(v) for v in values)


_NOISE = r"[\s“”\"'（）()、，,：:]|指标$"


def label_key(label: str) -> str:
    """``label`` as the text and the tables both name an indicator: without spaces, brackets, quotes and
    punctuation, and without a closing 指标 (“产出指标” and 产出 are one)."""
    return patterns.compile(_NOISE).sub("", label)
