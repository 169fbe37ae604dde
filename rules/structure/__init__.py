"""ST: 结构 — the document's structure (repeated sections, files that hold no report)."""

from rules.structure.st101_duplicate_section import DuplicateSection
from rules.structure.st102_empty_file import EmptyFile
from rules.structure.st301_not_a_report import NotAReport

RULES = (DuplicateSection, EmptyFile, NotAReport)
