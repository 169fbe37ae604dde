"""``--fix`` and ``--diff``: the safe fixes of the findings, applied to a plain-text report.

A pass lints the text, takes every safe fix whose edits overlap no edit already taken (earlier findings
first), and applies them together; passes repeat until nothing changes, since one fix may reveal another.
Only text inside a finding's edits changes: the file keeps its encoding, its byte-order mark and its line
endings. Documents (.docx, .xlsx, .pdf, …) are not fixable: their text is extracted, not the file's own.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from linter.diagnostics import Edit
from linter.source import TEXT_SUFFIXES, decode, os_read_error

if TYPE_CHECKING:
    from linter.engine import Linter

MAX_PASSES = 10


class NotFixable(Exception):
    """This file cannot be fixed; the message says why (Chinese), ``en`` in English."""

    def __init__(self, message: str, en: str) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else str(self)


@dataclass(frozen=True, slots=True)
class Fixed:
    """The outcome of fixing one text: the new text and how many edits went into it."""

    before: str
    after: str
    applied: int

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self, name: str) -> str:
        """A unified diff of the change (empty when nothing changed)."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
        ending = "\n\\ No newline at end of file\n"
        return "".join(line if line.endswith(("\n", "\r")) else line + ending for line in lines)


def fixable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def fix_text(linter: Linter, text: str, path: str = "<text>") -> Fixed:
    """``text`` with the safe fixes applied until a pass finds none (at most ``MAX_PASSES`` passes)."""
    from linter.document import Source
    from linter.suppress import lint_source

    current, applied = text, 0
    for _ in range(MAX_PASSES):
        linted = lint_source(linter, Source(path, current, "utf-8"), path)
        edits = choose(e for d in linted.diagnostics if d.fix is not None and d.fix.safe for e in d.fix.edits)
        if not edits:
            break
        current = apply(current, edits)
        applied += len(edits)
    return Fixed(text, current, applied)


def choose(edits: Iterable[Edit]) -> list[Edit]:
    """Edits that do not overlap, earliest first; an edit overlapping one already taken waits for the next pass."""
    taken: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        if taken and edit.span.start < taken[-1].span.end:
            continue
        last = taken[-1].span if taken else None
        if last is not None and last.start == last.end == edit.span.start == edit.span.end:
            continue  # two insertions at one place: their order would be a guess
        taken.append(edit)
    return taken


def apply(text: str, edits: list[Edit]) -> str:
    parts: list[str] = []
    at = 0
    for edit in edits:
        parts += [text[at : edit.span.start], edit.replacement]
        at = edit.span.end
    parts.append(text[at:])
    return "".join(parts)


def fix_bytes(linter: Linter, data: bytes, path: Path) -> tuple[Fixed, bytes]:
    """Fix a plain-text file's bytes; the new bytes keep its encoding and byte-order mark."""
    if not fixable(path):
        raise NotFixable(
            f"只能修复 .txt/.md 文本文件，{path.suffix or '此'}文件不能自动修复，未作修改",
            f"only .txt/.md text files can be fixed; {path.suffix or 'this'} files are left unchanged",
        )
    text, encoding = decode(data)
    fixed = fix_text(linter, text, str(path))
    if not fixed.changed:
        return fixed, data
    bom = b""
    if data.startswith(b"\xef\xbb\xbf"):
        bom = b"\xef\xbb\xbf"
    codec = encoding
    if encoding == "utf-16":
        bom, codec = (data[:2], "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be")
    try:
        return fixed, bom + fixed.after.encode(codec)
    except (UnicodeEncodeError, LookupError) as exc:
        raise NotFixable(
            f"修复后的文字无法用原编码 {encoding} 保存，未作修改",
            f"the fixed text cannot be saved in the file's encoding {encoding}; left unchanged",
        ) from exc


def read_for_fix(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise os_read_error(exc) from exc
