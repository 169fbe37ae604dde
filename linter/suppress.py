"""Inline suppressions: ``jxlint: disable=CODES`` and its kin, in plain text and in Word comments.

In a .txt/.md report a line whose whole content is a directive (optionally inside ``<!-- … -->`` or after
``#`` or ``//``) acts on the lines that follow it::

    jxlint: disable=SC101,TX102      disables the rules from here on, until a matching enable
    jxlint: enable=SC101             enables them again
    jxlint: disable-next-line=TX101  disables them on the next non-blank line only

The same ``jxlint: disable=CODES`` written at the end of a line, after the report text, disables the rules on
that line only. CODES is a comma-separated list of rule codes, code prefixes (``SC``), slugs, or ``all``,
optionally followed by `` -- `` and a reason.
In a .docx the directive is the text of a Word comment and applies to the commented paragraphs.

The directives are blanked (replaced by spaces, so every position stays where it was) before the rules run:
they never raise findings and never change how the report is parsed. The engine and the rules know nothing of
them; ``lint_source`` below lints a Source and drops the suppressed diagnostics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from linter import patterns
from linter.diagnostics import Message

if TYPE_CHECKING:
    from linter.diagnostics import Diagnostic
    from linter.document import Note, Source
    from linter.engine import Linter, LintResult

_REASON = r"(?:\s+--\s+[^\n]*?)?"  # an optional reason: ``jxlint: disable=WD101 -- 引用上级文件``
_DIRECTIVE = (
    r"jxlint\s*[:：]\s*(?P<kind>disable-next-line|disable|enable)\s*[=＝]\s*"
    r"(?P<codes>[A-Za-z0-9_\-*\s,，、]*?)" + _REASON
)
# A whole line: the directive alone, bare, in an HTML/Markdown comment, or after # or //.
_LINE = patterns.compile(rf"^[ \t\u3000]*(?:<!--\s*|#+\s*|//\s*)?{_DIRECTIVE}\s*(?:-->)?[ \t\u3000]*$")
# The end of a line of report text: only the ``disable`` form, for that line.
_TRAILING = patterns.compile(
    r"(?P<lead>[ \t\u3000]*(?:<!--\s*|#+\s*|//\s*)?)"
    r"jxlint\s*[:：]\s*disable\s*[=＝]\s*(?P<codes>[A-Za-z0-9_\-*\s,，、]*?)" + _REASON + r"\s*(?:-->)?[ \t\u3000]*$"
)
_SPLIT = patterns.compile(r"[\s,，、]+")


class Problem(NamedTuple):
    """A directive that names no rule jxlint knows: 1-based line, the directive's text, the bad name."""

    line: int
    text: str
    name: str


@dataclass(slots=True)
class Suppressions:
    """Which codes are off where: ranges of the report text, each with the codes it disables."""

    ranges: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    blanks: list[tuple[int, int]] = field(default_factory=list)  # the directives' own text
    problems: list[Problem] = field(default_factory=list)

    def suppressed(self, d: Diagnostic) -> bool:
        return any(start <= d.span.start < end and d.code in codes for start, end, codes in self.ranges)

    def mask(self, text: str) -> str:
        """``text`` with every directive replaced by as many spaces (offsets unchanged)."""
        if not self.blanks:
            return text
        parts: list[str] = []
        at = 0
        for start, end in sorted(self.blanks):
            parts += [text[at:start], " " * (end - start)]
            at = end
        parts.append(text[at:])
        return "".join(parts)


def _codes(raw: str, line: int, text: str, problems: list[Problem]) -> frozenset[str]:
    from linter import registry

    found: set[str] = set()
    for name in _SPLIT.split(raw.strip()):
        if not name:
            continue
        try:
            found.update(rule.code for rule in registry.resolve(name))
        except registry.SelectorError:
            problems.append(Problem(line, text.strip(), name))
    if not raw.strip():
        problems.append(Problem(line, text.strip(), ""))
    return frozenset(found)


def scan_text(text: str) -> Suppressions:
    """The directives of a plain-text report."""
    result = Suppressions()
    if "jxlint" not in text:
        return result
    lines = text.splitlines(keepends=True)
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line)
    end_of_text = at
    open_: dict[str, int] = {}  # code → where its disable started
    pending: frozenset[str] = frozenset()  # disable-next-line waiting for a non-blank line
    for number, raw in enumerate(lines, start=1):
        start = starts[number - 1]
        body = raw.rstrip("\r\n")
        if "jxlint" not in body:
            if pending and body.strip():
                result.ranges.append((start, start + len(body) + 1, pending))
                pending = frozenset()
            continue
        whole = _LINE.match(body)
        if whole is not None:
            kind = whole["kind"]
            codes = _codes(whole["codes"], number, body, result.problems)
            result.blanks.append((start, start + len(body)))
            if kind == "disable":
                for code in codes:
                    open_.setdefault(code, start)
            elif kind == "enable":
                for code in codes:
                    began = open_.pop(code, None)
                    if began is not None:
                        result.ranges.append((began, start, frozenset({code})))
            else:
                pending = pending | codes
            continue
        trailing = _TRAILING.search(body)
        if trailing is not None and body[: trailing.start()].strip():
            codes = _codes(trailing["codes"], number, trailing.group(0), result.problems)
            result.blanks.append((start + trailing.start(), start + len(body)))
            result.ranges.append((start, start + len(body) + 1, codes | pending))
            pending = frozenset()
        elif pending and body.strip():
            result.ranges.append((start, start + len(body) + 1, pending))
            pending = frozenset()
    for code, began in open_.items():
        result.ranges.append((began, end_of_text + 1, frozenset({code})))
    return result


def scan_notes(notes: Sequence[Note], text: str) -> Suppressions:
    """The directives in a document's comments (each note: a commented range and the comment's text)."""
    result = Suppressions()
    for note in notes:
        line = text.count("\n", 0, note.start) + 1
        for match in patterns.compile(_DIRECTIVE + r"\s*(?:$|[\n;；])", re.MULTILINE).finditer(note.text):
            if match["kind"] == "enable":
                continue
            codes = _codes(match["codes"], line, match.group(0).strip(), result.problems)
            result.ranges.append((note.start, note.end + 1, codes))
    return result


def scan(source: Source) -> Suppressions:
    if source.notes:
        return scan_notes(source.notes, source.text)
    if source.segments:  # a document without comments: its text has no directives of ours
        return Suppressions()
    return scan_text(source.text)


@dataclass(frozen=True, slots=True)
class Linted:
    """A Source linted with its suppressions applied."""

    result: LintResult
    diagnostics: list[Diagnostic]
    suppressions: Suppressions

    def problems(self) -> list[Message]:
        return [Message(problem_text(p, "zh"), problem_text(p, "en")) for p in self.suppressions.problems]


def lint_source(linter: Linter, source: Source, path: str) -> Linted:
    """Lint ``source`` with its directives blanked and the diagnostics they disable dropped."""
    found = scan(source)
    result = linter.lint_text(found.mask(source.text), path)
    kept = [d for d in result.diagnostics if not found.suppressed(d)]
    return Linted(result, kept, found)


def problem_text(problem: Problem, lang: str) -> str:
    if lang == "en":
        what = f"unknown rule “{problem.name}”" if problem.name else "no rule named"
        return f"line {problem.line}: {what} in “{problem.text}”; the directive disables nothing for it"
    what = f"未知的规则“{problem.name}”" if problem.name else "没有写规则"
    return f"第{problem.line}行：{what}（“{problem.text}”），该指令对它不起作用"


def directive(codes: Iterable[str], kind: str = "disable") -> str:
    """The directive text for ``codes`` (as a quick fix or a Word comment would insert it)."""
    return f"jxlint: {kind}={','.join(codes)}"
