"""What a reader makes of a file: the text, where each piece of it came from, and the error for a file that
cannot be read. The readers (``linter.readers``) build these; ``linter.source`` picks the reader for a file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from linter.diagnostics import Message


class ReadError(Exception):
    """A file could not be read as a report; the message names the problem (not the path)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else str(self)

    def message(self) -> Message:
        """The reason in both languages (the Chinese again where there is no English)."""
        return Message(str(self), self.en or str(self))


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
        """Human wording: 第3段 / 表2 第4行 第6列 / 自评表!F12 / 第2页 第7行; a PDF table's cell names its page
        too (第2页 表2 第4行 第6列), its row counted as a reader counts the table's rows."""
        if self.sheet is not None:
            return f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        if self.kind == "page":
            if lang == "en":
                return f"page {self.page}" + (f", line {self.line}" if self.line else "")
            return f"第{self.page}页" + (f" 第{self.line}行" if self.line else "")
        if self.kind == "table":
            if lang == "en":
                page = f"page {self.page}, " if self.page else ""
                return f"{page}table {self.table}, row {self.row}, column {self.column}"
            return (f"第{self.page}页 " if self.page else "") + f"表{self.table} 第{self.row}行 第{self.column}列"
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
