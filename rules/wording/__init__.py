"""WD: 用语 — wording (self-references of the wrong administrative level)."""

from rules.wording.wd101_inconsistent_self_reference import InconsistentSelfReference

RULES = (InconsistentSelfReference,)
