"""What a rule reports: severity, spans, fixes, diagnostics.

Span, Message, Related, Edit, Fix and Diagnostic (and the model's Marker, ScoreClaim, Mark and TableCell) are
values: compared and hashed by their fields, never changed once made (make another, or ``dataclasses.replace``).
They are not ``frozen=True``: its guard on every field made each one twice as slow to build, and the parser and
the rules build them by the thousand for every report (docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """0-based character offsets into the report text; ``end`` is exclusive."""

    start: int
    end: int

    def check(self) -> None:
        """Raise ValueError unless 0 <= start <= end (checked where findings are made, not for every span the
        parser builds)."""
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(slots=True, unsafe_hash=True, order=True)
class Message:
    """A message in both languages. Findings carry both; the output picks one (``--lang``). Ordered by the
    Chinese text, then the English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh

    def __add__(self, other: Message) -> Message:
        return Message(self.zh + other.zh, self.en + other.en)

    def __reduce__(self) -> tuple[type[Message], tuple[str, str]]:
        # Pickled as its two texts: a batch's findings cross from the workers by the thousand, and the
        # frozen dataclass's own state functions cost a third of that transfer.
        return Message, (self.zh, self.en)


@dataclass(slots=True, unsafe_hash=True)
class Related:
    span: Span
    message: Message


@dataclass(slots=True, unsafe_hash=True)
class Edit:
    span: Span
    replacement: str


@dataclass(slots=True, unsafe_hash=True)
class Fix:
    title: Message
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(slots=True, unsafe_hash=True)
class Diagnostic:
    """What a rule reports: where (character offsets) and what, in both languages."""

    code: str
    slug: str
    severity: Severity
    message: Message
    span: Span
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
