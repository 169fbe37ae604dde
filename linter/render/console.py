"""What the console outputs (``text``, ``summary``) share: their words in each language, the severity styles,
the summary line, and printing without rich's cost where no styles are shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import starmap

from rich.console import Console
from rich.text import Span, Text

from linter.diagnostics import Severity
from linter.outcome import SEVERITIES, FileResult
from linter.render.names import escape_name

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


@dataclass(frozen=True, slots=True)
class Words:
    """The output's own words in one language (rule messages come translated already)."""

    severity: dict[Severity, str]
    problems: str  # "{n} 个问题"
    related: str
    hint: str
    unreadable: str
    summary: str  # "{files} ..." followed by the counts
    clean: str
    counts: dict[Severity, tuple[str, str]]  # singular, plural
    unreadable_count: tuple[str, str]
    colon: str
    comma: str
    semicolon: str
    lang: str


WORDS = {
    "zh": Words(
        severity={Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "信息"},
        problems="（{n} 个问题）",
        related="相关",
        hint="建议",
        unreadable="无法检查",
        summary="共检查 {files} 个文件：",
        clean="共检查 {files} 个文件，未发现问题",
        counts={
            Severity.ERROR: ("{n} 个错误", "{n} 个错误"),
            Severity.WARNING: ("{n} 个警告", "{n} 个警告"),
            Severity.INFO: ("{n} 条信息", "{n} 条信息"),
        },
        unreadable_count=("{n} 个文件无法检查", "{n} 个文件无法检查"),
        colon="：",
        comma="，",
        semicolon="；",
        lang="zh",
    ),
    "en": Words(
        severity={Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
        problems="({n} {problem})",
        related="related",
        hint="hint",
        unreadable="could not be checked",
        summary="Checked {files} {file}: ",
        clean="Checked {files} {file}, no problems found",
        counts={
            Severity.ERROR: ("{n} error", "{n} errors"),
            Severity.WARNING: ("{n} warning", "{n} warnings"),
            Severity.INFO: ("{n} info", "{n} info"),
        },
        unreadable_count=("{n} file could not be checked", "{n} files could not be checked"),
        colon=": ",
        comma=", ",
        semicolon="; ",
        lang="en",
    ),
}


def words(lang: str) -> Words:
    return WORDS.get(lang, WORDS["zh"])


def emit(console: Console, text: Text | Pieces) -> None:
    """Print ``text`` unwrapped. Into a file or pipe without colour that is its plain text, written at once:
    rich would produce the same characters, at several times the cost on a large batch."""
    if console.color_system is None and not console.is_terminal and not console.record:
        plain = text.plain
        if "\t" in plain:
            expanded = Text(plain)
            expanded.expand_tabs(console.tab_size)
            plain = expanded.plain
        console.file.write(plain + "\n")
    else:
        console.print(text if isinstance(text, Text) else text.text(), soft_wrap=True)


class Pieces:
    """Text built as plain pieces and the ranges of the styled ones: what a ``Text`` holds, without the cost
    of ``Text.append`` for each piece. Rich drops control codes from text it is given, so pieces that come
    from a report or a file go through ``clean`` first: the ranges count the characters that remain."""

    __slots__ = ("length", "parts", "styled")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.styled: list[tuple[int, int, str]] = []
        self.length = 0

    def add(self, piece: str, style: str = "") -> None:
        start = self.length
        self.length += len(piece)
        self.parts.append(piece)
        if style and piece:
            self.styled.append((start, self.length, style))

    @property
    def plain(self) -> str:
        return "".join(self.parts)

    def text(self) -> Text:
        return Text(self.plain, spans=list(starmap(Span, self.styled)))


def unreadable_line(result: FileResult, w: Words) -> Text:
    line = Text()
    line.append(escape_name(result.path), style="bold")
    line.append(": ")
    line.append(w.unreadable + w.colon, style=SEVERITY_STYLE[Severity.ERROR])
    line.append(result.error.get(w.lang) if result.error is not None else "")
    return line


def summary_text(outcomes: Sequence[FileResult], lang: str) -> Text:
    """One line: files checked, findings per severity, files that could not be checked."""
    w = words(lang)
    files = len(outcomes)
    file_word = "file" if files == 1 else "files"
    counts = {s: sum(o.count(s) for o in outcomes) for s in SEVERITIES}
    unreadable = sum(1 for o in outcomes if o.error is not None)
    text = Text()
    if not any(counts.values()) and not unreadable:
        text.append(w.clean.format(files=files, file=file_word), style="bold green")
        return text
    text.append(w.summary.format(files=files, file=file_word), style="bold")
    for i, severity in enumerate(SEVERITIES):
        if i:
            text.append(w.comma)
        n = counts[severity]
        phrase = w.counts[severity][0 if n == 1 else 1].format(n=n)
        text.append(phrase, style=SEVERITY_STYLE[severity] if n else "")
    if unreadable:
        text.append(w.semicolon)
        phrase = w.unreadable_count[0 if unreadable == 1 else 1].format(n=unreadable)
        text.append(phrase, style=SEVERITY_STYLE[Severity.ERROR])
    return text
