"""Assembling a Source: one line per paragraph or table row, with a Segment for every located piece."""

from __future__ import annotations

from collections.abc import Sequence

from linter import patterns
from linter.document import Location, Note, ReadError, Segment, Source, SourceTable, TableCellText
from linter.limits import MAX_TEXT_CHARS, cap_error

# Characters that would split a line for the parser (or for str.splitlines) inside one piece of text.
_BREAKS = patterns.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = patterns.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")
_SPACES = patterns.compile(r"[ \t\u00a0\u3000]*\n[ \t\u00a0\u3000]*")


def clean(text: str) -> str:
    """Line breaks normalised to ``\\n``; other control characters dropped."""
    return _CONTROL.sub("", _BREAKS.sub("\n", text))


def cell_text(text: str) -> str:
    """Text of one table cell on a single line: inner line breaks and tabs become one space."""
    return _SPACES.sub(" ", clean(text)).replace("\t", " ").strip()


_STREAM_NAME = patterns.compile(r"'?<_io\.BytesIO object at 0x[0-9a-fA-F]+>'?\s*")


def one_line(message: str) -> str:
    """The first non-empty line of a library's error message, shortened."""
    for line in _STREAM_NAME.sub("", str(message)).splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 160 else line[:157] + "..."
    return ""


def joined(what: str, reason: str) -> str:
    """“PDF 已损坏或无法解析: No /Root object!”: a library's English reason after a Chinese phrase keeps a space
    and an ASCII colon; a Chinese reason follows a full-width colon."""
    return f"{what}: {reason}" if reason[:1].isascii() else f"{what}：{reason}"


def quote(text: str, limit: int = 12) -> str | None:
    """The first words of a paragraph, for a location a reviewer can search for; None for an empty one."""
    words = " ".join(text.split())
    if not words:
        return None
    return words if len(words) <= limit else words[:limit] + "…"


def failure(what: str, exc: BaseException) -> ReadError:
    """A ReadError for an exception a library raised: what could not be read, then the library's reason."""
    reason = one_line(str(exc)) or type(exc).__name__
    return ReadError(joined(what, reason))


class TextBuilder:
    """Collects lines of extracted text with their locations and the tables they form."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._segments: list[Segment] = []
        self._tables: list[SourceTable] = []

    @property
    def length(self) -> int:
        """Characters so far: where the next line starts."""
        return self._length

    @property
    def empty(self) -> bool:
        return not any(part.strip() for part in self._parts)

    def line(self, text: str, location: Location | None) -> Segment | None:
        """Append one line (``text`` must not contain a line break); returns its Segment if it has text."""
        start = self._length
        self._append(text)
        self._append("\n")
        if location is None or not text:
            return None
        segment = Segment(start, start + len(text), location)
        self._segments.append(segment)
        return segment

    def pieces(self, pieces: Sequence[tuple[str, Location]], joiners: Sequence[str]) -> None:
        """One line made of several located pieces, ``joiners[i]`` between piece i and i + 1."""
        for index, (text, location) in enumerate(pieces):
            if index:
                self._append(joiners[index - 1])
            if text:
                self._segments.append(Segment(self._length, self._length + len(text), location))
                self._append(text)
        self._append("\n")

    def row(
        self, cells: Sequence[tuple[str, Location | None]], row: int, first_column: int = 0
    ) -> list[TableCellText]:
        """One table row as a line, cells joined by a tab; returns the cells' positions (0-based)."""
        placed: list[TableCellText] = []
        for index, (text, location) in enumerate(cells):
            if index:
                self._append("\t")
            start = self._length
            self._append(text)
            placed.append(TableCellText(row, first_column + index, start, self._length))
            if text and location is not None:
                self._segments.append(Segment(start, self._length, location))
        self._append("\n")
        return placed

    def table(self, name: str, cells: Sequence[TableCellText]) -> None:
        if cells:
            self._tables.append(SourceTable(name, tuple(cells)))

    def build(self, path: str, encoding: str, notes: Sequence[Note] = ()) -> Source:
        text = "".join(self._parts)
        return Source(path, text, encoding, tuple(self._segments), tuple(self._tables), tuple(notes))

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
        if self._length > MAX_TEXT_CHARS:  # stop a document that expands without end as early as possible
            raise cap_error("文字", "characters", self._length, MAX_TEXT_CHARS)
