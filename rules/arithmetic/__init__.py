"""AR: 数字 — arithmetic in prose (其中 breakdowns, rates, units)."""

RULES: tuple[type, ...] = ()
