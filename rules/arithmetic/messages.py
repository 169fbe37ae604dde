"""Message pieces shared by the arithmetic rules."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from linter.analysis.quantities import Quantity, in_unit, num
from linter.diagnostics import Span
from linter.rule import Message
from rules.arithmetic.breakdowns import Part

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def amount(value: Decimal, like: Quantity) -> str:
    """``value`` (base units) written in the unit of ``like``: 1738.3万元."""
    return f"{num(in_unit(value, like))}{like.unit_text}"


def terms(parts: Sequence[Part], total: Quantity) -> str:
    """523.85+1214.45 when every part shares the total's unit, else 5000元+1.1万元; 各 as 1×2."""
    same = all(p.quantity.unit_text == total.unit_text for p in parts)
    pieces = []
    for p in parts:
        piece = written(p.quantity) if same else p.quantity.text
        pieces.append(f"{piece}×{p.count}" if p.count > 1 else piece)
    return "+".join(pieces)


def written(quantity: Quantity) -> str:
    """The number as the text writes it (4080.00), in ASCII digits; Chinese numerals as digits."""
    text = quantity.number_text.translate(_ASCII_DIGITS)
    return text if text[:1].isdigit() or text[:1] == "-" else num(quantity.number)


def short(label: str, limit: int = 16) -> str:
    label = label.strip(" \u3000，,：:")
    return label if len(label) <= limit else "…" + label[-limit:]


def part_notes(parts: Sequence[Part]) -> tuple[tuple[Span, Message], ...]:
    notes = []
    for p in parts:
        name = short(p.label)
        if p.count > 1:
            message = Message(
                f"分项：{name}各{p.quantity.text}，按{p.count}项计",
                f"part: {p.quantity.text} each for {name}, counted {p.count} times",
            )
        else:
            message = Message(f"分项：{name}{p.quantity.text}", f"part: {name}{p.quantity.text}")
        notes.append((p.quantity.span, message))
    return tuple(notes)
