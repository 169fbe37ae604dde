"""AR: 数字 — arithmetic in prose (其中 breakdowns, rates, units)."""

from rules.arithmetic.ar101_breakdown_sum_mismatch import BreakdownSumMismatch
from rules.arithmetic.ar102_percentage_mismatch import PercentageMismatch
from rules.arithmetic.ar103_rate_claim_contradiction import RateClaimContradiction
from rules.arithmetic.ar104_unit_mismatch import UnitMismatch

RULES = (BreakdownSumMismatch, PercentageMismatch, RateClaimContradiction, UnitMismatch)
