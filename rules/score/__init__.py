"""SC: 分值与得分 — points, self-scores and their totals."""

from rules.score.sc101_score_above_max import ScoreAboveMax
from rules.score.sc201_score_sum_mismatch import ScoreSumMismatch
from rules.score.sc202_max_sum_mismatch import MaxSumMismatch
from rules.score.sc301_missing_score import MissingScore
from rules.score.sc401_table_text_mismatch import TableTextMismatch
from rules.score.sc501_execution_rate_mismatch import ExecutionRateMismatch
from rules.score.sc601_grade_mismatch import GradeMismatch
from rules.score.sc701_framework_max_mismatch import FrameworkMaxMismatch
from rules.score.sc702_score_recompute_mismatch import ScoreRecomputeMismatch
from rules.score.sc703_score_rate_mismatch import ScoreRateMismatch
from rules.score.sc704_restated_score_mismatch import RestatedScoreMismatch
from rules.score.sc705_deduction_mismatch import DeductionMismatch

RULES = (
    ScoreAboveMax,
    ScoreSumMismatch,
    MaxSumMismatch,
    MissingScore,
    TableTextMismatch,
    ExecutionRateMismatch,
    GradeMismatch,
    FrameworkMaxMismatch,
    ScoreRecomputeMismatch,
    ScoreRateMismatch,
    RestatedScoreMismatch,
    DeductionMismatch,
)
