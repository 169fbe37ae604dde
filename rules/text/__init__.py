"""TX: 文字 — text hygiene (punctuation, brackets, template residue, years, attachments)."""

RULES: tuple[type, ...] = ()
