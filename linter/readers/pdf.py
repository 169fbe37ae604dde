"""PDF → text: the text layer page by page, wrapped lines joined back into paragraphs, ruled tables as rows.

Page furniture is not report text: a line at the top or bottom of a page that recurs there on most pages (a
running header or footer, its page number aside) and a bare page number (“— 3 —”, “第3页 共7页”, “3/7”) are
dropped. A paragraph that runs on to the next page is joined across the page break.
"""

from __future__ import annotations

import io
import itertools
import statistics
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter import patterns
from linter.document import Location, ReadError, Source, TableCellText
from linter.readers._build import TextBuilder, cell_text, failure

_MARKER = patterns.compile(
    r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]|[0-9一二三四五六七八九十]+\s*[、.．]|[①-⑳]|第[一二三四五六七八九十]+[章节部分条])"
)
_SENTENCE_END = ("。", "；", ";", "：", ":", "！", "？", "!", "?")
_PAGE_NUMBER = patterns.compile(
    r"^[\s\-—–―－·•]*(?:"
    r"\d{1,4}|[第]?\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[IVXLC]{1,6}"
    r")[\s\-—–―－·•]*$"
)
_DIGITS = patterns.compile(r"\d+")
_EDGE = 2  # lines at each edge of a page that may be furniture
NO_TEXT_LAYER = "PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再检查"


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    page: int = 0
    number: int = 0  # its line number on the page, counted from the top (furniture included)
    cells: list[tuple[float, str]] = field(default_factory=list)  # (x0, text) of runs set apart by wide gaps


@dataclass(slots=True)
class _Table:
    top: float
    rows: list[list[str]]
    page: int = 0
    number: int = 0  # the page line number of its first row
    lefts: list[float] = field(default_factory=list)  # where each column starts (ruled tables)
    span: tuple[float, float] = (0.0, 0.0)  # the table's left and right edges (ruled tables)
    places: list[tuple[int, int]] = field(default_factory=list)  # page and page line of rows carried over to it
    lines: list[int] = field(default_factory=list)  # each row's first text line, counted from the table's first
    height: int = 0  # the text lines the table takes on its page (a cell wrapped onto three lines takes three)
    repeats: dict[int, int] = field(default_factory=dict)  # a row (0-based) repeating a header row on a later page


@dataclass(slots=True)
class _Paragraph:
    lines: list[_Line] = field(default_factory=list)


def read_pdf(path: Path, data: bytes) -> Source:
    if not data:
        raise ReadError("PDF 文件是空的（0 字节）", "the PDF file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise ReadError("不是有效的 PDF 文件（没有 %PDF 文件头）", "not a PDF file (no %PDF header)")
    try:
        import logging

        import pdfplumber

        # pdfminer's warnings about odd fonts are not ours to print
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        document = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(exc) from exc
    pages: list[list[_Line | _Table]] = []
    chars = 0
    try:
        with document:
            for number, page in enumerate(document.pages, start=1):
                _check_page(page, number)
                page, count = _deduplicated(page)
                chars += count
                pages.append(_page(page, number))
    except ReadError:
        raise
    except Exception as exc:
        raise _error(exc) from exc
    if chars == 0:
        raise ReadError(
            NO_TEXT_LAYER, "the PDF has no text layer (a scan?): run text recognition (OCR) first"
        )
    out = TextBuilder()
    _write(_continued(_without_furniture(pages)), out)
    source = out.build(str(path), "pdf")
    check_glyph_codes(source.text)
    return source


def _check_page(page: Any, number: int) -> None:
    """Refuse a page with more text objects than any real page has: reading one takes seconds per thousand."""
    from linter.limits import MAX_PAGE_CHARS

    count = len(page.chars)
    if count > MAX_PAGE_CHARS:
        raise ReadError(
            f"第{number}页的文字对象过多（{count:,} 个，上限 {MAX_PAGE_CHARS:,}），不像正常的报告页面，已停止读取",
            f"too many text objects on page {number} ({count:,}, limit {MAX_PAGE_CHARS:,}); reading stopped",
        )


_GLYPH_CODE = patterns.compile(r"\(cid:\d+\)")


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
        return ReadError(
            "PDF 设有打开密码（已加密），无法读取：请提供未加密的版本",
            "the PDF is password-protected (encrypted): provide an unencrypted copy",
        )
    return failure("PDF 已损坏或无法解析", cause)


def _deduplicated(page: Any) -> tuple[Any, int]:
    """The page without characters drawn twice at the same place (fake bold), and its number of characters.

    pdfplumber's own ``dedupe_chars`` sorts every character by several keys and takes longer than reading
    the page; duplicates are exact repeats, so a set of (text, place) finds them at a fraction of the cost.
    """
    chars = page.chars
    seen: set[tuple[str, int, int]] = set()
    repeats: set[int] = set()
    for char in chars:
        text, x, y = char["text"], round(char["x0"]), round(char["top"])
        if any((text, x + dx, y + dy) in seen for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            repeats.add(id(char))  # within a point of one already seen, as pdfplumber's tolerance
        else:
            seen.add((text, x, y))
    if not repeats:
        return page, len(chars)
    return page.filter(lambda obj: id(obj) not in repeats), len(chars) - len(repeats)


def _page(page: Any, number: int) -> list[_Line | _Table]:
    """The page's text lines and ruled tables, top to bottom, each with its line number on the page."""
    found = [t for t in page.find_tables() if _columns(t) >= 2]
    boxes = [t.bbox for t in found]
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    lines = [
        _Line(
            line["text"].replace("\t", " "),
            line["top"],
            line["bottom"],
            line["x0"],
            line["x1"],
            page=number,
            cells=_cells(line["chars"]),
        )
        for line in text_page.extract_text_lines(strip=True, return_chars=True)
        if line["text"].strip()
    ]
    items: list[_Line | _Table] = list(_unruled(lines))
    for table in found:
        rows = [[_unwrapped(cell or "") for cell in row] for row in table.extract()]
        lefts = [column.bbox[0] for column in table.columns]
        tops = _line_tops(page.chars, table.bbox)
        starts = [bisect_left(tops, row.bbox[1] - 1.0) for row in table.rows]
        items.append(
            _Table(
                table.bbox[1], rows, number, lefts=lefts, span=(table.bbox[0], table.bbox[2]), lines=starts, height=len(tops)
            )
        )
    items.sort(key=lambda item: item.top)
    line_number = 0
    for item in items:
        item.number = line_number + 1
        line_number += (item.height if item.lines else len(item.rows)) if isinstance(item, _Table) else 1
    return items


def _line_tops(chars: list[dict[str, Any]], box: tuple[float, float, float, float]) -> list[float]:
    """The tops of the text lines inside ``box``, as a reader counts them: characters whose tops are within
    3 points of the one before are on one line (pdfplumber's own tolerance), whatever cell they are in, so a row
    whose name wraps onto three lines with its numbers on the middle one takes three lines."""
    x0, top, x1, bottom = box
    found = sorted(
        float(c["top"])
        for c in chars
        if not c.get("text", "").isspace() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    )
    return [y for i, y in enumerate(found) if i == 0 or y - found[i - 1] > 3.0]


def _unwrapped(cell: str) -> str:
    """A ruled cell's text on one line: the lines a narrow column wraps it into are joined as a paragraph's are
    (校舍安全 / 隐患整改率 → 校舍安全隐患整改率), and a number broken inside is whole again (900.0 / 0 → 900.00)."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        inside_number = joined[-1] in _NUMBER_CHARS and line[0] in _NUMBER_CHARS  # 900.0 / 0, 92.50 / %
        joined += ("" if inside_number else _joiner(joined, line)) + line
    return cell_text(joined)


_NUMBER_CHARS = frozenset("0123456789.,%")


def _cells(chars: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """A line's runs of text set apart by a gap wider than a character or by two or more spaces: the cells of a
    table drawn as text without ruling."""
    cells: list[tuple[float, list[str]]] = []
    previous: dict[str, Any] | None = None
    spaces = 0
    for char in chars:
        text = char.get("text", "")
        size = float(char.get("size") or 10.0)
        if text.isspace():
            spaces += 1
            continue
        wide = previous is not None and float(char["x0"]) - float(previous["x1"]) > 1.2 * size
        if previous is None or wide or spaces >= 2:
            cells.append((float(char["x0"]), []))
        elif spaces:
            cells[-1][1].append(" ")
        cells[-1][1].append(text)
        previous, spaces = char, 0
    return [(x, "".join(parts)) for x, parts in cells]


def _unruled(lines: list[_Line]) -> list[_Line | _Table]:
    """Runs of two or more lines of three or more cells become a table: each cell goes to the column whose
    left edge is nearest its own (a row that leaves its first cells empty, as a merged cell does, still lands
    in the right columns)."""
    out: list[_Line | _Table] = []
    run: list[_Line] = []
    for at, line in enumerate([*lines, None]):
        after = lines[at + 1] if at + 1 < len(lines) else None
        if line is not None and (len(line.cells) >= 3 or (len(run) >= 2 and len(line.cells) >= 2 and _fits(line, run))):
            run.append(line)  # a row with a blank cell (预算管理 8, its score left empty) stays in the table
            continue
        if line is not None and after is not None and len(run) >= 2 and _wraps_cell(line, run, after):
            continue  # the rest of a cell's words, wrapped onto a line of their own (…提 / 升改造个数)
        if len(run) >= 2:
            out.append(_grid(run))
        else:
            out.extend(run)
        run = []
        if line is not None:
            out.append(line)
    return out


def _wraps_cell(line: _Line, run: list[_Line], after: _Line) -> bool:
    """Whether ``line`` holds the wrapped end of one of the last row's cells: one run of words without a digit or
    a colon (自评等级：优 is a line of its own), starting within a character of that cell, on the same page, with a
    row of the table after it whose cells stand in its columns. Its words are then added to that cell."""
    row = run[-1]
    if len(line.cells) != 1 or line.page != row.page or any(ch.isdigit() or ch in "：:" for ch in line.text):
        return False
    if len(after.cells) < 3 or after.page != line.page or not _fits(after, run):
        return False
    size = line.bottom - line.top or 10.0
    x, words = line.cells[0]
    at = next((i for i, (left, _) in enumerate(row.cells) if abs(left - x) <= size), None)
    if at is None:
        return False
    left, text = row.cells[at]
    row.cells[at] = (left, text + words)
    return True


def _fits(line: _Line, run: list[_Line]) -> bool:
    """Whether every cell of ``line`` starts where a cell of the table's rows so far starts."""
    size = statistics.median(row.bottom - row.top for row in run) or 10.0
    lefts = [x for row in run for x, _ in row.cells]
    return all(any(abs(x - left) <= size for left in lefts) for x, _ in line.cells)


def _grid(run: list[_Line]) -> _Table:
    size = statistics.median(line.bottom - line.top for line in run) or 10.0
    edges: list[float] = []
    for x in sorted(x for line in run for x, _ in line.cells):
        if not edges or x - edges[-1] > size:
            edges.append(x)
    rows = []
    for line in run:
        row = [""] * len(edges)
        for x, text in line.cells:
            column = min(range(len(edges)), key=lambda i: abs(edges[i] - x))
            row[column] = f"{row[column]} {text}".strip()
        rows.append(row)
    table = _Table(run[0].top, rows, run[0].page)
    return table


def _without_furniture(pages: list[list[_Line | _Table]]) -> list[list[_Line | _Table]]:
    """The pages without running headers, footers and page numbers.

    The first or last line of a page is furniture when it is a bare page number; a line among the first or
    last two of a page, when the line at the same place reads the same (digits aside) on at least two pages
    and on half of them or more.
    """

    def edges(items: list[_Line | _Table]) -> list[tuple[str, int, _Line]]:
        lines = [item for item in items if isinstance(item, _Line)]
        top = [("top", i, line) for i, line in enumerate(lines[:_EDGE])]
        bottom = [("bottom", i, line) for i, line in enumerate(reversed(lines[-_EDGE:]))]
        return top + bottom

    def key(place: str, index: int, line: _Line) -> tuple[str, int, str]:
        return place, index, _DIGITS.sub("#", patterns.compile(r"\s+").sub("", line.text))

    seen = Counter(k for items in pages for k in {key(*edge) for edge in edges(items)})
    needed = max(2, (len(pages) + 1) // 2)
    kept: list[list[_Line | _Table]] = []
    for items in pages:
        drop = {
            id(line)
            for place, index, line in edges(items)
            if (index == 0 and _PAGE_NUMBER.match(line.text)) or seen[key(place, index, line)] >= needed
        }
        kept.append([item for item in items if id(item) not in drop])
    return kept


def _continued(pages: list[list[_Line | _Table]]) -> list[_Line | _Table]:
    """The pages' items in order, a ruled table that a page break cuts joined into one: a page that starts with a
    ruled table as wide as the one the page before ends with goes on with it (the 总分 row on the next page).
    Its cells go to the columns their left edges are nearest, whatever the merged cells of that page made of them."""
    items: list[_Line | _Table] = []
    for page in pages:
        first = page[0] if page else None
        last = items[-1] if items else None
        if isinstance(first, _Table) and isinstance(last, _Table) and _same_edges(first, last) and first.lefts:
            if not last.places:
                last.places = [(last.page, last.number + _offset(last, i)) for i in range(len(last.rows))]
            last.places += [(first.page, first.number + _offset(first, i)) for i in range(len(first.rows))]
            carried = [_aligned(row, first.lefts, last.lefts) for row in first.rows]
            header = itertools.takewhile(lambda pair: pair[0] == pair[1], zip(carried, last.rows, strict=False))
            last.repeats.update((len(last.rows) + i, i) for i in range(sum(1 for _ in header)))
            last.rows += carried
            page = page[1:]
        items += page
    return items


def _offset(table: _Table, row: int) -> int:
    """The text line of the table's ``row`` (0-based), counted from its first: a row per line in a table drawn
    as text."""
    return table.lines[row] if table.lines else row


def _same_edges(a: _Table, b: _Table) -> bool:
    return bool(a.lefts and b.lefts) and all(abs(x - y) <= 2.0 for x, y in zip(a.span, b.span, strict=True))


def _aligned(row: list[str], lefts: list[float], columns: list[float]) -> list[str]:
    """``row`` (cells starting at ``lefts``) laid out on ``columns``: each cell in the column starting nearest."""
    out = [""] * len(columns)
    for text, x in zip(row, lefts, strict=False):
        if text:
            column = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
            out[column] = f"{out[column]} {text}".strip()
    return out


def _columns(table: Any) -> int:
    return max((len(row) for row in table.extract()), default=0)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _left_margin(lines: list[_Line]) -> float:
    """Where the text's lines start: the leftmost start that several lines share (a label or a signature set
    further left, alone, is no margin), else the leftmost start of all."""
    leftmost = min(line.x0 for line in lines)
    shared = _shared_start(lines)
    return shared if shared is not None and shared > leftmost else leftmost


def _shared_start(lines: list[_Line]) -> float | None:
    """The leftmost start that several of ``lines`` share, if any."""
    starts = Counter(round(line.x0) for line in lines)
    shared = [x for x, count in starts.items() if count >= _MARGIN_LINES]
    return float(min(shared)) if shared else None


_MARGIN_LINES = 3
_SAME_START = 2.0  # points: lines starting this close start at the same place


class _Margins:
    """The left margin of each page's text lines: the document's, but on a page where no line starts there (an
    attachment's page set wider or narrower than the report's) the start several of its own lines share; and the
    document's right margin."""

    def __init__(self, lines: list[_Line]) -> None:
        whole = _left_margin(lines) if lines else 0.0
        self.right = max((line.x1 for line in lines), default=0.0)
        pages: dict[int, list[_Line]] = {}
        for line in lines:
            pages.setdefault(line.page, []).append(line)
        self._left = {
            page: whole if any(abs(line.x0 - whole) <= _SAME_START for line in own) else _shared_start(own) or whole
            for page, own in pages.items()
        }

    def left(self, line: _Line) -> float:
        return self._left[line.page]


def _write(items: list[_Line | _Table], out: TextBuilder) -> None:
    """Runs of text lines as paragraphs, tables as rows, in reading order."""
    lines = [item for item in items if isinstance(item, _Line)]
    size = statistics.median(line.bottom - line.top for line in lines) if lines else 10.0
    margins = _Margins(lines)
    tables = 0
    run: list[_Line] = []
    for item in items:
        if isinstance(item, _Line):
            run.append(item)
            continue
        _flush(run, margins, size, out)
        run = []
        tables += 1
        placed: list[TableCellText] = []
        counted = 0  # the row as a reader counts it: a header repeated on the next page is not counted again
        for row_index, row in enumerate(item.rows, start=1):
            counted += row_index - 1 not in item.repeats
            if not any(row):
                continue
            page, line = item.places[row_index - 1] if item.places else (item.page, item.number + _offset(item, row_index - 1))
            shown = item.repeats[row_index - 1] + 1 if row_index - 1 in item.repeats else counted
            cells: list[tuple[str, Location | None]] = [
                (
                    text,
                    Location("table", table=tables, row=shown, column=column, page=page, line=line),
                )
                for column, text in enumerate(row, start=1)
            ]
            placed += out.row(cells, row_index - 1)
        out.table(f"表{tables}", placed)
    _flush(run, margins, size, out)


def _flush(lines: list[_Line], margins: _Margins, size: float, out: TextBuilder) -> None:
    """Write a run of text lines, joining a paragraph's wrapped lines into one line of text."""
    for paragraph in _paragraphs(lines, margins, size):
        pieces = [(line.text, Location("page", page=line.page, line=line.number)) for line in paragraph.lines]
        joiners = [_joiner(a.text, b.text) for a, b in itertools.pairwise(paragraph.lines)]
        out.pieces(pieces, joiners)


def _paragraphs(lines: list[_Line], margins: _Margins, size: float) -> list[_Paragraph]:
    """A line continues the previous one when that one starts at the left margin or a first-line indent (not a
    centred title) and runs to the right margin (give or take the character or two that CJK line breaking
    leaves over), this one starts at the left margin (no first-line indent), it is
    not a numbered item or heading after a finished sentence, both are set in about the same size (a title is
    not continued by the heading under it), and, on one page, the gap between them is an
    ordinary line gap rather than paragraph spacing. A paragraph runs on across a page break the same way."""
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines) if a.page == b.page]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    paragraphs: list[_Paragraph] = []
    previous: _Line | None = None
    for line in lines:
        joins = (
            previous is not None
            and previous.x0 <= margins.left(previous) + 3 * size  # a centred title ends its paragraph
            and _fills(previous, line, margins.right, size)
            and line.x0 <= margins.left(line) + 0.5 * size
            and (line.page != previous.page or line.top - previous.bottom <= usual_gap + 0.3 * size)
            and not (_MARKER.match(line.text) and previous.text.rstrip().endswith(_SENTENCE_END))
            and _same_size(previous, line)
        )
        if not joins:
            paragraphs.append(_Paragraph())
        paragraphs[-1].lines.append(line)
        previous = line
    return paragraphs


def _same_size(a: _Line, b: _Line) -> bool:
    """Whether two lines are set in about the same size (a title in a larger one is its own paragraph, even when
    it runs across the page)."""
    high, low = sorted((a.bottom - a.top, b.bottom - b.top), reverse=True)
    return high <= 1.2 * low


# What a line cannot start with or end on: a run of Latin letters, digits and their signs is not broken, and
# closing punctuation stays with the character before it.
_UNBREAKABLE = patterns.compile(r"[0-9A-Za-z.,%‰:;/+\-=<>≥≤±_'\"()]+|.[，。、；：！？）》」』〕】”’%‰,.;:!?)]*")


def _fills(previous: _Line, line: _Line, right: float, size: float) -> bool:
    """Whether ``previous`` is full: it reaches the right margin, or the first word of ``line`` would not have
    fitted in what is left of it (a number or Latin word is not broken, closing punctuation is not set at the
    start of a line)."""
    room = right - previous.x1
    if room <= 2.2 * size:
        return True
    first = _UNBREAKABLE.match(line.text)
    word = first.group() if first else line.text[:1]
    width = sum(0.5 * size if ch.isascii() else size for ch in word)
    return width > room - 1.2 * size


def _joiner(before: str, after: str) -> str:
    """Chinese text wraps without a space; Latin words and numbers need one."""
    if before and after and before[-1].isascii() and after[0].isascii():
        return " "
    return ""
