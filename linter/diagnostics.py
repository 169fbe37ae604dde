"""What a rule reports: severity, spans, fixes, diagnostics."""

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


@dataclass(frozen=True, slots=True)
class Span:
    """0-based character offsets into the report text; ``end`` is exclusive."""

    start: int
    end: int

    def check(self) -> None:
        """Raise ValueError unless 0 <= start <= end (checked where findings are made, not for every span the
        parser builds)."""
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True, order=True)
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


@dataclass(frozen=True, slots=True)
class Related:
    span: Span
    message: Message


@dataclass(frozen=True, slots=True)
class Edit:
    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    title: Message
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """What a rule reports: where (character offsets) and what, in both languages."""

    code: str
    slug: str
    severity: Severity
    message: Message
    span: Span
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
