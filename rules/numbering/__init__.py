"""NM: 编号 — numbering of headings and list items."""

from rules.numbering.nm101_numbering_gap import NumberingGap
from rules.numbering.nm102_numbering_repeat import NumberingRepeat
from rules.numbering.nm103_numbering_late_start import NumberingLateStart
from rules.numbering.nm104_numbering_style_mixed import NumberingStyleMixed
from rules.numbering.nm105_ordinal_gap import OrdinalGap
from rules.numbering.nm301_numbering_bracket_mixed import NumberingBracketMixed
from rules.numbering.nm302_numbering_delimiter_mixed import NumberingDelimiterMixed
from rules.numbering.nm303_numbering_extra_delimiter import NumberingExtraDelimiter

RULES = (
    NumberingGap,
    NumberingRepeat,
    NumberingLateStart,
    NumberingStyleMixed,
    OrdinalGap,
    NumberingBracketMixed,
    NumberingDelimiterMixed,
    NumberingExtraDelimiter,
)
