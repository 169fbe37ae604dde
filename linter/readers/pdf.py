"""PDF → text: the text layer page by page, wrapped lines joined back into paragraphs, ruled tables as rows."""

from __future__ import annotations

import io
import itertools
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.readers._build import TextBuilder, cell_text, failure
from linter.source import Location, ReadError, Source, TableCellText

_MARKER = re.compile(
    r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]|[0-9一二三四五六七八九十]+\s*[、.．]|[①-⑳])"
)
_SENTENCE_END = ("。", "；", ";", "：", ":", "！", "？", "!", "?")
NO_TEXT_LAYER = "PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再检查"


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float


@dataclass(slots=True)
class _Table:
    top: float
    rows: list[list[str]]


@dataclass(slots=True)
class _Paragraph:
    lines: list[tuple[_Line, int]] = field(default_factory=list)  # each line with its number on the page


def read_pdf(path: Path, data: bytes) -> Source:
    if not data:
        raise ReadError("PDF 文件是空的（0 字节）")
    if b"%PDF-" not in data[:1024]:
        raise ReadError("不是有效的 PDF 文件（没有 %PDF 文件头）")
    try:
        import logging

        import pdfplumber

        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about odd fonts are not ours to print
        document = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(exc) from exc
    out = TextBuilder()
    tables = 0
    chars = 0
    try:
        with document:
            for number, page in enumerate(document.pages, start=1):
                page = _dedupe(page, number)
                chars += len(page.chars)
                tables = _page(page, number, tables, out)
    except ReadError:
        raise
    except Exception as exc:
        raise _error(exc) from exc
    if chars == 0:
        raise ReadError(NO_TEXT_LAYER)
    source = out.build(str(path), "pdf")
    check_glyph_codes(source.text)
    return source


def _dedupe(page: Any, number: int) -> Any:
    """The page without the doubled characters of fake bold. pdfplumber's de-duplication takes time that
    grows with the square of a page's characters, so it runs only when two characters do overlap, and a
    page with more text objects than any real page has is refused."""
    from linter.limits import MAX_PAGE_CHARS

    chars = page.chars
    if len(chars) > MAX_PAGE_CHARS:
        raise ReadError(
            f"第{number}页的文字对象过多（{len(chars):,} 个，上限 {MAX_PAGE_CHARS:,}），不像正常的报告页面，已停止读取",
            f"too many text objects on page {number} ({len(chars):,}, limit {MAX_PAGE_CHARS:,}); reading stopped",
        )
    seen: set[tuple[str, int, int]] = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen:
            return page.dedupe_chars()
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if (key[0], key[1] + dx, key[2] + dy) in seen:
                    return page.dedupe_chars()
        seen.add(key)
    return page


_GLYPH_CODE = re.compile(r"\(cid:\d+\)")


def check_glyph_codes(text: str) -> None:
    """Refuse text that came out as ``(cid:123)`` glyph codes: the fonts map their glyphs to no characters,
    so what looks like text is unreadable, and checking it would find nothing."""
    codes = len(_GLYPH_CODE.findall(text))
    if not codes:
        return
    other = sum(not ch.isspace() for ch in _GLYPH_CODE.sub("", text))  # the characters that did decode
    if codes >= other:
        raise ReadError(
            f"PDF 的文字无法识别：字体没有字符映射，提取出的是 {codes} 个 (cid:…) 字形代码；"
            "请用可复制文字的 PDF，或先做文字识别（OCR）再检查",
            f"the PDF's text cannot be read: its fonts map glyphs to no characters ({codes} (cid:…) glyph codes); "
            "use a PDF with copyable text, or run OCR first",
        )


def _error(exc: Exception) -> ReadError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return ReadError("PDF 设有打开密码（已加密），无法读取：请提供未加密的版本")
    return failure("PDF 已损坏或无法解析", cause)


def _page(page: Any, number: int, tables: int, out: TextBuilder) -> int:
    found = [t for t in page.find_tables() if _columns(t) >= 2]
    boxes = [t.bbox for t in found]
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    items: list[_Line | _Table] = [
        _Line(line["text"], line["top"], line["bottom"], line["x0"], line["x1"])
        for line in text_page.extract_text_lines(strip=True, return_chars=False)
        if line["text"].strip()
    ]
    for table in found:
        rows = [[cell_text(cell or "") for cell in row] for row in table.extract()]
        items.append(_Table(table.bbox[1], rows))
    items.sort(key=lambda item: item.top)
    line_number = 0
    pending: list[_Line] = []
    for item in items:
        if isinstance(item, _Line):
            pending.append(item)
            continue
        line_number = _flush(pending, number, line_number, out)
        pending = []
        tables += 1
        placed: list[TableCellText] = []
        for row_index, row in enumerate(item.rows, start=1):
            line_number += 1
            if not any(row):
                continue
            cells: list[tuple[str, Location | None]] = [
                (
                    text,
                    Location(
                        "table", table=tables, row=row_index, column=column, page=number, line=line_number
                    ),
                )
                for column, text in enumerate(row, start=1)
            ]
            placed += out.row(cells, row_index - 1)
        out.table(f"表{tables}", placed)
    _flush(pending, number, line_number, out)
    return tables


def _columns(table: Any) -> int:
    return max((len(row) for row in table.extract()), default=0)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _flush(lines: list[_Line], page: int, line_number: int, out: TextBuilder) -> int:
    """Write a run of text lines, joining a paragraph's wrapped lines into one line of text."""
    for paragraph in _paragraphs(lines, line_number):
        pieces = [
            (line.text.replace("\t", " "), Location("page", page=page, line=number))
            for line, number in paragraph.lines
        ]
        joiners = [_joiner(a.text, b.text) for (a, _), (b, _) in itertools.pairwise(paragraph.lines)]
        out.pieces(pieces, joiners)
    return line_number + len(lines)


def _paragraphs(lines: list[_Line], line_number: int) -> list[_Paragraph]:
    """A line continues the previous one when that one runs to the right margin, this one starts at the left
    margin (no first-line indent) and the gap between them is an ordinary line gap, not paragraph spacing."""
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    size = statistics.median(line.bottom - line.top for line in lines) or 10.0
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines)]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    paragraphs: list[_Paragraph] = []
    previous: _Line | None = None
    for offset, line in enumerate(lines, start=1):
        joins = (
            previous is not None
            and previous.x1 >= right - 1.5 * size
            and line.x0 <= left + 0.5 * size
            and line.top - previous.bottom <= usual_gap + 0.3 * size
            and not (_MARKER.match(line.text) and previous.text.rstrip().endswith(_SENTENCE_END))
        )
        if not joins:
            paragraphs.append(_Paragraph())
        paragraphs[-1].lines.append((line, line_number + offset))
        previous = line
    return paragraphs


def _joiner(before: str, after: str) -> str:
    """Chinese text wraps without a space; Latin words and numbers need one."""
    if before and after and before[-1].isascii() and after[0].isascii():
        return " "
    return ""
