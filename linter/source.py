"""Reading report files: bytes → text, with the encoding detected and every character kept in place."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class ReadError(Exception):
    """A file could not be read as a report; the message names the problem (not the path)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else str(self)


class Location(NamedTuple):
    """Where a piece of extracted text sits in the original document (for .docx/.xlsx/.pdf/.html).

    This and the other records a worker process sends back are named tuples: plain, cheap to build and to pickle.
    """

    kind: str  # "paragraph" | "table" | "sheet" | "page"
    paragraph: int | None = None  # 1-based paragraph number (docx/html)
    table: int | None = None  # 1-based table number (docx/html/pdf)
    row: int | None = None  # 1-based
    column: int | None = None  # 1-based
    sheet: str | None = None  # xlsx sheet name
    cell: str | None = None  # xlsx cell reference such as F12
    page: int | None = None  # 1-based PDF page
    line: int | None = None  # 1-based line on a PDF page
    quote: str | None = None  # the first words of the paragraph (docx/html), to search for it in the document

    def label(self, lang: str = "zh") -> str:
        """Human wording: 第3段 / 表2 第4行 第6列 / 自评表!F12 / 第2页 第7行."""
        if self.sheet is not None:
            return f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        if self.kind == "page":
            if lang == "en":
                return f"page {self.page}" + (f", line {self.line}" if self.line else "")
            return f"第{self.page}页" + (f" 第{self.line}行" if self.line else "")
        if self.kind == "table":
            if lang == "en":
                return f"table {self.table}, row {self.row}, column {self.column}"
            return f"表{self.table} 第{self.row}行 第{self.column}列"
        return f"paragraph {self.paragraph}" if lang == "en" else f"第{self.paragraph}段"

    def described(self, lang: str = "zh") -> str:
        """The label with the paragraph's first words, which a reviewer can search for: 第14段“过程指标：预算…”.

        Word numbers no paragraphs, and which ones a count includes (empty ones, list items, headings) is a matter
        of convention; the words are found whatever the count."""
        return f"{self.label(lang)} “{self.quote}”" if self.quote else self.label(lang)


class Segment(NamedTuple):
    """A range of the extracted text [start, end) and where it came from."""

    start: int
    end: int
    location: Location


class Note(NamedTuple):
    """A comment of the document (a Word comment) on the text range [start, end)."""

    start: int
    end: int
    text: str


class TableCellText(NamedTuple):
    row: int  # 0-based
    column: int  # 0-based
    start: int  # offsets into Source.text
    end: int


class SourceTable(NamedTuple):
    """A table of the document; each row is one line of Source.text, cells separated by a tab."""

    name: str  # "表1" / the sheet name
    cells: tuple[TableCellText, ...]


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str
    encoding: str  # the text encoding, or the format ("docx", "xlsx", "pdf", "html")
    segments: tuple[Segment, ...] = ()  # empty for plain text: positions are the file's own
    tables: tuple[SourceTable, ...] = ()
    notes: tuple[Note, ...] = ()  # the document's comments, where they are anchored


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    return source_from_bytes(path, read_bytes(path, max_bytes))


def source_from_bytes(path: Path, data: bytes) -> Source:
    """A Source from a file's bytes; ``path`` gives its name and, by its suffix, its format. Text longer
    than a report can be is refused (see linter.limits)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        from linter.readers import reader_for

        reader = reader_for(suffix)
        if reader is not None:
            return check_size(reader(path, data))
    from linter.furniture import blank_furniture
    from linter.limits import MAX_TEXT_CHARS

    if len(data) > 4 * MAX_TEXT_CHARS:  # more characters than the cap in any encoding: not worth decoding
        raise ReadError(
            f"文件过长（{len(data):,} 字节），超过一份报告的文字上限（{MAX_TEXT_CHARS:,} 个字符）",
            f"file too long ({len(data):,} bytes) for the text limit of a report ({MAX_TEXT_CHARS:,} characters)",
        )
    text, encoding = decode(data)
    check_text(text)
    # A report pasted from a web page brings the site's furniture: blanked, every other character in place.
    return Source(str(path), blank_furniture(text), encoding)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``. A pipe, a device (a link to /dev/zero) or a
    folder is refused before anything is read, so reading can neither wait forever nor run out of memory."""
    try:
        # O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(info.st_mode):
                raise ReadError("不是普通文件（可能是管道或设备）", "not a regular file (a pipe or a device)")
            if info.st_size > max_bytes:
                raise _too_large(info.st_size, max_bytes)
            with os.fdopen(fd, "rb", closefd=False) as stream:
                data = stream.read(info.st_size + 1)
                if len(data) > info.st_size:  # it has grown since fstat
                    data += stream.read(max_bytes + 1 - len(data))
        finally:
            os.close(fd)
    except OSError as exc:
        raise os_read_error(exc) from exc
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def _too_large(size: int, max_bytes: int) -> ReadError:
    return ReadError(
        f"文件过大（{size} 字节，上限 {max_bytes} 字节）", f"file too large ({size} bytes, limit {max_bytes})"
    )


def check_size(source: Source) -> Source:
    """``source``, unless its text is longer than a report can be (see linter.limits): parsing that would take
    minutes and gigabytes."""
    check_text(source.text)
    return source


def check_text(text: str) -> None:
    from linter.limits import MAX_LINES, MAX_TEXT_CHARS, cap_error

    if len(text) > MAX_TEXT_CHARS:
        raise cap_error("文字", "characters", len(text), MAX_TEXT_CHARS)
    if len(text) > MAX_LINES:  # only then can there be that many lines
        lines = text.count("\n") + text.count("\r") - text.count("\r\n")
        if lines > MAX_LINES:
            raise cap_error("文本行", "lines", lines, MAX_LINES)


def supported_suffixes() -> frozenset[str]:
    """Suffixes picked up when a folder is checked."""
    from linter.readers import SUFFIXES

    return TEXT_SUFFIXES | SUFFIXES


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, GB18030/GBK, or what charset-normalizer finds;
    never silently lossy."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise ReadError("不是文本文件（含有 NUL 字节）", "not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        return text, "gb18030"
    from charset_normalizer import from_bytes  # only for the rare file that is neither UTF-8 nor GB18030

    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise ReadError(
            "无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）",
            "unknown encoding (neither UTF-8 nor GB18030/GBK)",
        )
    return str(best), best.encoding


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16: its little-endian BOM starts the same way
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01


def os_read_error(exc: OSError) -> ReadError:
    """The one-line reason a file could not be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return ReadError("文件不存在", "no such file")
    if isinstance(exc, IsADirectoryError):
        return ReadError("这是一个目录，不是文件", "is a directory, not a file")
    if isinstance(exc, PermissionError):
        return ReadError("没有读取权限", "permission denied")
    return ReadError(f"无法读取：{exc.strerror or exc}", f"cannot read: {exc.strerror or exc}")
