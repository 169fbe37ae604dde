"""How far a sum of parts may miss its total when the parts are a whole split evenly and rounded.

10 points split three ways are written 3.33 each; their sum, 9.99, is the 10 they came from. A value is such a
rounded share when it has two decimals or more and is the nearest value of its decimals to a whole number split
three, six, seven or nine ways (3.33 = 10/3, 6.67 = 20/3, 1.43 = 10/7), but is not that share exactly; it may then
be off by half its last digit. A value the parser worked out from the parts below it (a node stating no points of
its own) may be off by as much as those parts together.
"""

from __future__ import annotations

from decimal import Decimal

from linter.model import ScoreClaim, ScoreNode

_ZERO = Decimal(0)
_SHARES = (3, 6, 7, 9)  # a whole split this many ways is no value of a few decimals


def slack(value: Decimal) -> Decimal:
    """Half the last digit of ``value`` when it is a rounded share of a whole, else 0."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent > -2:
        return _ZERO  # a whole number, one decimal, or not a number
    half = Decimal(5).scaleb(exponent - 1)
    for ways in _SHARES:
        share = (value * ways).to_integral_value() / ways
        if share != value and abs(share - value) <= half:
            return half
    return _ZERO


def claim_slack(claim: ScoreClaim) -> Decimal:
    """``slack`` of a claim's value; a counted claim (三项各3.33分, 9.99 in all) is off by each of its items'."""
    if claim.count > 1:
        return slack(claim.value / claim.count) * claim.count
    return slack(claim.value)


def max_slack(node: ScoreNode) -> Decimal:
    """How far ``node``'s points (stated, or the sum of its parts') may be off a whole by rounding."""
    if node.max is not None:
        return claim_slack(node.max)
    return sum((max_slack(c) for c in node.children), _ZERO)


def score_slack(node: ScoreNode) -> Decimal:
    """How far ``node``'s score (stated, or the sum of its parts') may be off a whole by rounding."""
    if node.scores:
        first = node.scores[0].value
        if all(c.value == first for c in node.scores):
            return claim_slack(node.scores[0])
        return sum((claim_slack(c) for c in node.scores), _ZERO)
    return sum((score_slack(c) for c in node.children), _ZERO)


def scores_rounded(total: Decimal, stated: Decimal, parts: list[ScoreNode]) -> bool:
    """Whether ``total`` misses ``stated`` by no more than rounding evenly split parts (3.33 × 3 for 10) explains."""
    miss = abs(total - stated)
    if miss >= 1:
        return False  # (each rounded share is off by 0.005 at most: never a whole point)
    return miss <= slack(stated) + sum((score_slack(p) for p in parts), _ZERO)
