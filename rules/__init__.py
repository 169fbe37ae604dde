"""The rule catalogue: explicit, ordered, greppable."""

from rules import arithmetic, numbering, score, structure, text, wording

ALL_RULES = (
    *score.RULES,
    *numbering.RULES,
    *wording.RULES,
    *structure.RULES,
    *arithmetic.RULES,
    *text.RULES,
)
