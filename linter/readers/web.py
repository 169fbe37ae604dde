"""HTML → text: the body of a published report page without the site's menus, header, footer and scripts.

The report is the page's <article> when it has one; otherwise the smallest element that still holds most
of the page's non-link text (the site's navigation, header and footer removed first). A title that sits just
before that element (an h1/h2 or a “title” block) is kept as the first line. Block elements become lines,
data tables become tab-separated rows, and ordered lists get the numbers a browser shows. Site furniture
inside the report's element (【字体：大 中 小】, 【打印本页】, 阅读次数, a share widget: see ``linter.furniture``)
is dropped line by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linter import patterns
from linter.document import Location, ReadError, Source, TableCellText, decode
from linter.furniture import is_furniture
from linter.limits import MAX_DEPTH, MAX_SPAN, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, cap_error
from linter.readers._build import TextBuilder, cell_text, clean, failure, quote
from linter.readers._numbering import format_number

Tag = Any  # bs4.element.Tag

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "iframe",
    "svg",
    "canvas",
    "object",
    "embed",
    "input",
    "select",
    "button",
    "textarea",
    "nav",
    "aside",
    "menu",
)
_PAGE_PARTS = ("header", "footer")  # dropped unless they belong to an <article> or <main>
_NOISE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
_NOISE_NAME = patterns.compile(
    r"nav|menu|footer|header|breadcrumb|crumb|sidebar|copyright|share|fenxiang|related|xgxw|xgwz|toolbar",
    re.IGNORECASE,
)
_HIDDEN_STYLE = patterns.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TITLE_NAME = patterns.compile(r"title", re.IGNORECASE)
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote address figure figcaption "
    "center caption form fieldset details summary hr header footer tr td th thead tbody tfoot".split()
)
# Elements the search for the report may descend into; a paragraph or heading is never the whole report.
_CONTAINERS = frozenset("div section article main form center table tbody thead tr td th font span".split())
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_WHITESPACE = patterns.compile(r"[ \t\r\n\f]+")
_WIDE = patterns.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_CHINESE_LEGACY = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "cp936", "ms936"})


def read_html(path: Path, data: bytes) -> Source:
    if not data.strip():
        raise ReadError("文件是空的（没有内容）")
    text, _ = decode_html(data)
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, _parser())
        check_depth(soup)
        out = _Page(soup).extract()
    except ReadError:
        raise
    except Exception as exc:
        raise failure("无法解析 HTML 网页", exc) from exc
    return out.build(str(path), "html")


def check_depth(soup: Tag) -> None:
    """Refuse a page nested deeper than any report page is: finding the report in it would take quadratic time."""
    depths: dict[int, int] = {}
    for tag in soup.find_all(True):
        depth = depths.get(id(tag.parent), 0) + 1
        if depth > MAX_DEPTH:
            raise cap_error("网页元素嵌套层", "levels of nested elements", depth, MAX_DEPTH)
        depths[id(tag)] = depth


def _parser() -> str:
    try:
        import lxml  # noqa: F401
    except ImportError:
        return "html.parser"
    return "lxml"


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode with the page's declared charset (GB2312/GBK widened to GB18030), else detect it."""
    from bs4.dammit import EncodingDetector

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared:
        encoding = "gb18030" if declared.lower() in _CHINESE_LEGACY else declared.lower()
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeError):  # UnicodeError: a codec that cannot decode at all ("undefined")
            pass  # a wrong or unknown declaration: fall back to detection
    return decode(data)


class _Page:
    def __init__(self, soup: Tag) -> None:
        self.soup = soup
        self.out = TextBuilder()
        self.paragraphs = 0
        self.tables = 0
        self.buffer: list[str] = []
        self.prefix = ""  # an ordered-list number waiting for its item's first line

    def extract(self) -> TextBuilder:
        body = self.soup.body or self.soup
        _drop_noise(body)
        root = _main_element(body)
        title = _title_before(root) if not root.find(["h1", "h2"]) else None
        if title is not None:
            self._walk(title)
            self._flush()
        self._walk(root)
        self._flush()
        return self.out

    # ---- walking

    def _walk(self, node: Tag) -> None:
        for child in node.children:
            name = getattr(child, "name", None)
            if name is None:
                if _is_text(child):
                    self.buffer.append(str(child))
                continue
            if name == "br":
                self._flush()
            elif name == "table":
                self._flush()
                self._table(child)
            elif name == "pre":
                self._flush()
                for line in clean(child.get_text()).split("\n"):
                    self._line(line)
            elif name == "ol":
                self._flush()
                self._ordered(child)
            elif name in _BLOCKS:
                self._flush()
                self._walk(child)
                self._flush()
            else:
                self._walk(child)

    def _ordered(self, ol: Tag) -> None:
        fmt = _OL_TYPES.get(str(ol.get("type", "1")), "decimal")
        number = _int(ol.get("start"), 1)
        for child in ol.children:
            if getattr(child, "name", None) == "li":
                number = _int(child.get("value"), number)
                self.prefix = f"{format_number(number, fmt) or number}. "
                self._walk(child)
                self._flush()
                if self.prefix:  # an empty item still shows its number
                    marker, self.prefix = self.prefix, ""
                    self._line(marker)
                number += 1
            elif getattr(child, "name", None) == "ol":  # a list nested right in a list, as LibreOffice writes it
                self._ordered(child)
            elif getattr(child, "name", None) is not None:
                self._walk(child)
                self._flush()

    def _flush(self) -> None:
        text = _collapse("".join(self.buffer))
        self.buffer = []
        self._line(text)

    def _line(self, text: str) -> None:
        text = clean(text).replace("\n", " ").replace("\t", " ").strip()
        if text and self.prefix:
            text, self.prefix = f"{self.prefix}{text}".strip(), ""
        if text and not is_furniture(text):
            self.paragraphs += 1
            self.out.line(text, Location("paragraph", paragraph=self.paragraphs, quote=quote(text)))

    # ---- tables

    def _table(self, table: Tag) -> None:
        if not _is_data_table(table):
            self._walk(table)  # a layout table: its cells are blocks of text
            return
        rows = _rows(table)
        caption = table.find("caption")
        if caption is not None:
            self._line(_collapse(caption.get_text()))
        grid = _grid(rows)
        width = max((column + 1 for _, column in grid), default=0)
        self.tables += 1
        placed: list[TableCellText] = []
        for row_index in range(len(rows)):
            cells: list[tuple[str, Location | None]] = []
            for column in range(width):
                text = grid.get((row_index, column), "")
                location = Location("table", table=self.tables, row=row_index + 1, column=column + 1)
                cells.append((text, location))
            if any(text for text, _ in cells):
                placed += self.out.row(cells, row_index)
        self.out.table(f"表{self.tables}", placed)


def _rows(table: Tag) -> list[list[Tag]]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is table:
            rows.append(tr.find_all(["td", "th"], recursive=False))
    return rows


def _grid(rows: list[list[Tag]]) -> dict[tuple[int, int], str]:
    """Cell texts by (row, column); a merged cell's text sits in its first position, the others are empty."""
    grid: dict[tuple[int, int], str] = {}
    for row_index, cells in enumerate(rows):
        column = 0
        for cell in cells:
            while (row_index, column) in grid:
                column += 1
            rowspan = min(max(_int(cell.get("rowspan"), 1), 1), MAX_SPAN)
            colspan = min(max(_int(cell.get("colspan"), 1), 1), MAX_SPAN)
            if column + colspan > MAX_TABLE_COLUMNS:
                raise cap_error("表格列", "table columns", column + colspan, MAX_TABLE_COLUMNS)
            if len(grid) + rowspan * colspan > MAX_TABLE_CELLS:
                raise cap_error("表格单元格", "table cells", len(grid) + rowspan * colspan, MAX_TABLE_CELLS)
            for down in range(rowspan):
                if row_index + down >= len(rows):
                    break
                for across in range(colspan):
                    grid[(row_index + down, column + across)] = ""
            grid[(row_index, column)] = _cell_text(cell)
            column += colspan
    return grid


def _cell_text(cell: Tag) -> str:
    lines: list[str] = []
    buffer: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            name = getattr(child, "name", None)
            if name is None:
                if _is_text(child):
                    buffer.append(str(child))
            elif name == "br" or name in _BLOCKS or name in ("td", "th", "table"):
                lines.append(_collapse("".join(buffer)))
                buffer.clear()
                walk(child)
                lines.append(_collapse("".join(buffer)))
                buffer.clear()
            else:
                walk(child)

    walk(cell)
    lines.append(_collapse("".join(buffer)))
    return cell_text(" ".join(line for line in lines if line))


# ---- finding the report in the page


def _drop_noise(body: Tag) -> None:
    total = _text_length(body)
    doomed = list(body.find_all(_DROP_TAGS))
    doomed += [
        tag
        for tag in body.find_all(_PAGE_PARTS)
        if tag.find_parent(["article", "main"]) is None and _text_length(tag) <= total / 2
    ]
    doomed += [
        tag
        for tag in body.find_all(True)
        if _is_noise(tag) and tag.find("h1") is None and _text_length(tag) <= total / 2
    ]
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _is_noise(tag: Tag) -> bool:
    attrs = getattr(tag, "attrs", None)
    if not attrs:
        return False
    if "hidden" in attrs or _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if str(attrs.get("role", "")).lower() in _NOISE_ROLES:
        return True
    names = " ".join([*(attrs.get("class") or []), str(attrs.get("id", ""))])
    return bool(names and _NOISE_NAME.search(names))


def _main_element(body: Tag) -> Tag:
    total = _text_length(body)
    articles = sorted(body.find_all("article"), key=_text_length, reverse=True)
    if articles and _text_length(articles[0]) >= 0.3 * total:
        return articles[0]
    node = body.find("main") or body
    while True:
        children = node.find_all(True, recursive=False)
        if not children:
            return node
        largest = max(children, key=_text_length)
        if largest.name not in _CONTAINERS or _is_data_table(largest):
            return node
        if _text_length(largest) < 0.8 * _text_length(node):
            return node
        node = largest


def _is_data_table(tag: Tag) -> bool:
    """A table of data (rows of two or more cells, no table inside), not one used for page layout."""
    if tag.name != "table" or tag.find("table") is not None:
        return False
    return max((len(row) for row in _rows(tag)), default=0) >= 2


def _title_before(root: Tag) -> Tag | None:
    ancestors = {id(parent) for parent in root.parents}

    def is_title(tag: Tag) -> bool:
        if id(tag) in ancestors:
            return False
        if tag.name in ("h1", "h2"):
            return True
        names = " ".join([*(tag.get("class") or []), str(tag.get("id", ""))])
        return bool(_TITLE_NAME.search(names)) and tag.name not in ("a", "title")

    found: Tag | None = root.find_previous(is_title)
    if found is None:
        return None
    text = _collapse(found.get_text())
    return found if 0 < len(text) <= 100 else None


def _text_length(tag: Tag) -> int:
    """Characters of text outside links (link lists are navigation, not report)."""
    total = len(_WHITESPACE.sub("", tag.get_text()))
    links = sum(len(_WHITESPACE.sub("", a.get_text())) for a in tag.find_all("a"))
    return max(total - links, 0)


# ---- text helpers


def _is_text(node: Any) -> bool:
    from bs4.element import NavigableString, PreformattedString

    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _collapse(text: str) -> str:
    """HTML whitespace rules: runs collapse to one space; a source line break between Chinese characters
    (an editor's wrapping) is dropped, as a browser shows it."""
    return _WHITESPACE.sub(_space(text), text).replace("\u00a0", " ")


def _space(text: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if "\n" in match.group() and _WIDE.match(before) and _WIDE.match(after):
            return ""
        return " "

    return replace


def _int(value: Any, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default
