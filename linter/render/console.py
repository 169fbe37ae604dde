"""What the console outputs (``text``, ``summary``) share: their words in each language, the severity styles,
the summary line, and printing without rich where no styles are shown.

Into a file or a pipe that no setting makes a terminal, rich prints text unstyled and unwrapped: its plain
characters. ``PlainConsole`` writes those characters without importing rich at all (rich's console module costs
a fresh ``jxlint check`` about as much as the check itself); anything it cannot print as plain text it hands to
a rich ``Console`` made on the same file. ``tests/test_render.py`` compares the two.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from linter.diagnostics import Severity
from linter.outcome import SEVERITIES, FileResult
from linter.render.names import escape_name

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

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


# Rich drops these control codes from any text it prints (``rich.control.strip_control_codes``).
_STRIPPED = dict.fromkeys([7, 8, 11, 12, 13])


def clean(text: str) -> str:
    """``text`` without the control codes rich would drop from it."""
    return text.translate(_STRIPPED)


class PlainConsole:
    """Output that rich would print without any style: the parts of rich's ``Console`` the renderers use."""

    is_terminal = False
    color_system = None
    record = False
    tab_size = 8

    def __init__(self, file: IO[str], width: int) -> None:
        self.file = file
        self.width = width
        self._rich: Console | None = None

    def print(self, *objects: Any, **options: Any) -> None:
        """What only rich can lay out (a table it must wrap, say), printed by rich on the same file."""
        if self._rich is None:
            from rich.console import Console

            self._rich = Console(
                file=self.file, color_system=None, force_terminal=False, markup=False, emoji=False,
                highlight=False, soft_wrap=True,
            )
        self._rich.width = self.width
        self._rich.print(*objects, **options)


def plain_console(file: IO[str] | None = None) -> PlainConsole | None:
    """A ``PlainConsole`` for ``file`` (stdout) when rich would certainly print into it without styles, with
    the width rich would give it; None where rich's own detection must decide (a terminal, a forced one,
    Windows, Jupyter, IDLE)."""
    file = file or sys.stdout
    environ = os.environ
    if (
        sys.platform == "win32"
        or "IPython" in sys.modules
        or "idlelib" in sys.modules
        or "TTY_COMPATIBLE" in environ
        or "FORCE_COLOR" in environ
    ):
        return None
    try:
        if file.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    columns = environ.get("COLUMNS", "")
    if columns.isdigit():
        return PlainConsole(file, int(columns))
    for descriptor in (0, 1, 2):  # rich asks each standard stream for the terminal's size
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        return PlainConsole(file, width or 80)
    return PlainConsole(file, 80)


def emit(console: Console | PlainConsole, text: Pieces) -> None:
    """Print ``text`` unwrapped. Into a file or pipe without colour that is its plain text, written at once:
    rich would produce the same characters, at several times the cost on a large batch."""
    if console.color_system is None and not console.is_terminal and not console.record:
        plain = text.plain
        if "\t" in plain:
            from rich.text import Text

            expanded = Text(plain)
            expanded.expand_tabs(console.tab_size)
            plain = expanded.plain
        console.file.write(plain + "\n")
    else:
        console.print(text.text(), soft_wrap=True)


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
        from rich.text import Span, Text

        return Text(self.plain, spans=[Span(*styled) for styled in self.styled])


def unreadable_line(result: FileResult, w: Words) -> Pieces:
    line = Pieces()
    line.add(clean(escape_name(result.path)), "bold")
    line.add(": ")
    line.add(w.unreadable + w.colon, SEVERITY_STYLE[Severity.ERROR])
    line.add(clean(result.error.get(w.lang)) if result.error is not None else "")
    return line


def summary_text(outcomes: Sequence[FileResult], lang: str) -> Pieces:
    """One line: files checked, findings per severity, files that could not be checked."""
    w = words(lang)
    files = len(outcomes)
    file_word = "file" if files == 1 else "files"
    counts = {s: sum(o.count(s) for o in outcomes) for s in SEVERITIES}
    unreadable = sum(1 for o in outcomes if o.error is not None)
    text = Pieces()
    if not any(counts.values()) and not unreadable:
        text.add(w.clean.format(files=files, file=file_word), "bold green")
        return text
    text.add(w.summary.format(files=files, file=file_word), "bold")
    for i, severity in enumerate(SEVERITIES):
        if i:
            text.add(w.comma)
        n = counts[severity]
        phrase = w.counts[severity][0 if n == 1 else 1].format(n=n)
        text.add(phrase, SEVERITY_STYLE[severity] if n else "")
    if unreadable:
        text.add(w.semicolon)
        phrase = w.unreadable_count[0 if unreadable == 1 else 1].format(n=unreadable)
        text.add(phrase, SEVERITY_STYLE[Severity.ERROR])
    return text
