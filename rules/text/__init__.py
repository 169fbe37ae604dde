"""TX: 文字 — text hygiene (punctuation, brackets, template residue, years, attachments)."""

from rules.text.tx101_doubled_punctuation import DoubledPunctuation
from rules.text.tx102_mixed_width_punctuation import MixedWidthPunctuation
from rules.text.tx103_unbalanced_brackets import UnbalancedBrackets
from rules.text.tx104_template_residue import TemplateResidue
from rules.text.tx105_year_mismatch import YearMismatch
from rules.text.tx106_missing_attachment import MissingAttachment
from rules.text.tx107_formula_without_value import FormulaWithoutValue

RULES = (
    DoubledPunctuation,
    MixedWidthPunctuation,
    UnbalancedBrackets,
    TemplateResidue,
    YearMismatch,
    MissingAttachment,
    FormulaWithoutValue,
)
