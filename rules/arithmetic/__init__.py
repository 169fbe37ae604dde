"""AR: 数字 — arithmetic in prose (其中 breakdowns, rates, units, counts of listed items)."""

from rules.arithmetic.ar101_breakdown_sum_mismatch import BreakdownSumMismatch
from rules.arithmetic.ar102_percentage_mismatch import PercentageMismatch
from rules.arithmetic.ar103_rate_claim_contradiction import RateClaimContradiction
from rules.arithmetic.ar104_unit_mismatch import UnitMismatch
from rules.arithmetic.ar105_enumeration_count_mismatch import EnumerationCountMismatch
from rules.arithmetic.ar106_table_total_mismatch import TableTotalMismatch
from rules.arithmetic.ar107_adjustment_rate_mismatch import AdjustmentRateMismatch

RULES = (
    BreakdownSumMismatch,
    PercentageMismatch,
    RateClaimContradiction,
    UnitMismatch,
    EnumerationCountMismatch,
    TableTotalMismatch,
    AdjustmentRateMismatch,
)
