"""ST: 结构 — the document's structure (repeated sections)."""

from rules.structure.st101_duplicate_section import DuplicateSection

RULES = (DuplicateSection,)
