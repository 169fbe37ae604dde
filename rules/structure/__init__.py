"""ST: 结构 — the document's structure (repeated sections)."""

RULES: tuple[type, ...] = ()
