"""The rule catalogue: explicit, ordered, greppable."""

from rules import score

ALL_RULES = (*score.RULES,)
