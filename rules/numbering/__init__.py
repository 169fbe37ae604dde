"""NM: 编号 — numbering of headings and list items."""

RULES: tuple[type, ...] = ()
