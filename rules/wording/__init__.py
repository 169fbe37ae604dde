"""WD: 用语 — wording (self-references of the wrong administrative level)."""

RULES: tuple[type, ...] = ()
