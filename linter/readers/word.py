"""Word .docx → text: body paragraphs and tables in document order, with Word's list numbers restored."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from linter import patterns
from linter.document import Location, Note, ReadError, Source, TableCellText
from linter.limits import MAX_TABLE_COLUMNS, cap_error
from linter.readers._build import TextBuilder, cell_text, clean, failure, quote
from linter.readers._container import open_ooxml, read_member
from linter.readers._numbering import Numbering, W

Element = Any  # an lxml element of the document part

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# Subtrees whose text Word does not show as part of the paragraph: properties, deleted or moved-away
# revisions, field instructions, and floating objects (text boxes, drawings) that sit outside the text flow.
_SKIP = frozenset(
    W + tag
    for tag in (
        "pPr",
        "rPr",
        "del",
        "moveFrom",
        "instrText",
        "delText",
        "drawing",
        "pict",
        "object",
        "fldData",
        "txbxContent",
    )
) | {MC + "AlternateContent"}
_TOC_STYLE = patterns.compile(r"^(?:toc|目录)\s*\d", re.IGNORECASE)


def read_docx(path: Path, data: bytes) -> Source:
    with open_ooxml(data, "docx") as archive:
        types = read_member(archive, "[Content_Types].xml")
    if b"macroEnabled" in types:
        raise ReadError("这是启用宏的 Word 文档（.docm）：请在 Word 或 WPS 中另存为 .docx 后再检查")
    if b"template.main" in types:
        raise ReadError("这是 Word 模板（.dotx）：请在 Word 或 WPS 中另存为 .docx 后再检查")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise failure("无法读取 Word 文档", exc) from exc
    try:
        return _Extractor(document).run(str(path))
    except ReadError:
        raise
    except Exception as exc:
        raise failure("无法读取 Word 文档内容", exc) from exc


class Anchor(NamedTuple):
    """Where a paragraph's (or a table cell's) text sits in Source.text, and its element."""

    start: int
    end: int
    element: Element  # a w:p, or a w:tc for a table cell
    marker: int  # characters of a restored list number before the paragraph's own text


def extract(document: Any, path: str) -> tuple[Source, list[Anchor]]:
    """The Source of an opened python-docx Document, and where each paragraph and table cell sits in it."""
    extractor = _Extractor(document)
    return extractor.run(path), extractor.anchors


class _Extractor:
    def __init__(self, document: Any) -> None:
        self.body = document.element.body
        self.comments = _comment_texts(document)
        self.open: set[str] = set()  # comments whose range is open where the walk is
        self.notes: list[Note] = []
        self.anchors: list[Anchor] = []
        try:
            numbering = document.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            numbering = None
        self.numbering = Numbering(numbering, document.styles.element)
        self.out = TextBuilder()
        self.paragraphs = 0
        self.tables = 0

    def run(self, path: str) -> Source:
        for block in _blocks(self.body):
            if block.tag == W + "p":
                self._paragraph(block)
            else:
                self._table(block)
        return self.out.build(path, "docx", self.notes)

    def _commented(self, element: Element) -> set[str]:
        """The comments whose range covers part of ``element``, following the walk's open ranges."""
        if not self.comments:
            return set()
        ids = set(self.open)
        ended: set[str] = set()
        for mark in element.iter(W + "commentRangeStart", W + "commentRangeEnd"):
            key = mark.get(W + "id", "")
            (ids if mark.tag == W + "commentRangeStart" else ended).add(key)
        self.open = (self.open | ids) - ended
        return ids

    def _note(self, ids: set[str], start: int, end: int) -> None:
        self.notes += [Note(start, end, self.comments[i]) for i in sorted(ids) if i in self.comments]

    def _paragraph(self, p: Element) -> None:
        ids = self._commented(p)
        if self._is_toc(p):
            return
        marker = self.numbering.marker(p)
        text = clean(paragraph_text(p)).replace("\t", " ")
        if not marker and not text.strip():
            return
        self.paragraphs += 1
        location = Location("paragraph", paragraph=self.paragraphs, quote=quote(marker + text))
        start = self.out.length
        for index, line in enumerate(text.split("\n")):
            self.out.line(marker + line if index == 0 else line, location)
        end = self.out.length - 1
        self.anchors.append(Anchor(start, end, p, len(marker)))
        self._note(ids, start, end)

    def _is_toc(self, p: Element) -> bool:
        name = self.numbering.style_name(self.numbering.paragraph_style(p))
        return bool(_TOC_STYLE.match(name))

    def _table(self, tbl: Element) -> None:
        self.tables += 1
        number = self.tables
        placed: list[TableCellText] = []
        for row_index, tr in enumerate(_children(tbl, "tr"), start=1):
            cells: list[tuple[str, Location | None]] = [("", None)] * _grid_value(tr, "gridBefore")
            elements: list[tuple[int, Element, set[str]]] = []
            for tc in _children(tr, "tc"):
                if len(cells) >= MAX_TABLE_COLUMNS:
                    raise cap_error("表格列", "table columns", len(cells) + 1, MAX_TABLE_COLUMNS)
                tc_pr = tc.find(W + "tcPr")
                span = max(_grid_value(tc, "gridSpan"), 1)
                merge = tc_pr.find(W + "vMerge") if tc_pr is not None else None
                continued = merge is not None and merge.get(W + "val", "continue") == "continue"
                ids = self._commented(tc)
                text = "" if continued else self._cell(tc)
                location = Location("table", table=number, row=row_index, column=len(cells) + 1)
                if text:
                    elements.append((len(cells), tc, ids))
                cells.append((text, location))
                cells.extend([("", None)] * (span - 1))
            if any(text for text, _ in cells):
                row = self.out.row(cells, row_index - 1)
                placed += row
                for index, tc, ids in elements:
                    cell = row[index]
                    self.anchors.append(Anchor(cell.start, cell.end, tc, 0))
                    self._note(ids, cell.start, cell.end)
        self.out.table(f"表{number}", placed)

    def _cell(self, tc: Element) -> str:
        parts: list[str] = []
        for block in _blocks(tc):
            if block.tag == W + "p":
                if not self._is_toc(block):
                    parts.append(self.numbering.marker(block) + paragraph_text(block))
            else:
                for tr in _children(block, "tr"):
                    parts.extend(self._cell(tc) for tc in _children(tr, "tc"))
        return cell_text("\n".join(part for part in parts if part.strip()))


def _comment_texts(document: Any) -> dict[str, str]:
    """The document's comments, id → text (empty when it has none)."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/comments") and not rel.is_external:
            try:
                root = rel.target_part.element
            except AttributeError:  # a part python-docx did not parse
                from lxml import etree

                root = etree.fromstring(rel.target_part.blob)
            return {
                c.get(W + "id", ""): "\n".join(paragraph_text(p) for p in c.iter(W + "p"))
                for c in root.iter(W + "comment")
            }
    return {}


def _blocks(container: Element) -> Iterator[Element]:
    """Paragraphs and tables of a body or cell in document order, looking inside content controls."""
    for child in container:
        tag = child.tag
        if tag in (W + "p", W + "tbl"):
            yield child
        elif tag == W + "sdt":
            if _is_toc_control(child):
                continue
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag == W + "customXml":
            yield from _blocks(child)


def _children(container: Element, name: str) -> Iterator[Element]:
    """Direct ``w:<name>`` children, including those wrapped in content controls."""
    for child in container:
        if child.tag == W + name:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _children(inner, name)


def _is_toc_control(sdt: Element) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and gallery.get(W + "val", "") == "Table of Contents"


def _grid_value(element: Element, name: str) -> int:
    """A cell's gridSpan or a row's gridBefore: grid columns, never more than a table can have."""
    props = element.find(W + ("tcPr" if name == "gridSpan" else "trPr"))
    found = props.find(W + name) if props is not None else None
    try:
        value = int(found.get(W + "val", "0")) if found is not None else (1 if name == "gridSpan" else 0)
    except ValueError:
        return 1 if name == "gridSpan" else 0
    return min(max(value, 0), MAX_TABLE_COLUMNS)


def paragraph_text(p: Element) -> str:
    """The text Word shows for a ``w:p``: tabs as ``\\t``, manual line breaks as ``\\n``."""
    out: list[str] = []
    _walk(p, out)
    return "".join(out)


def _walk(element: Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (W + "t", M + "t"):
            out.append(child.text or "")
            if len(child):  # an entity reference from a DTD (not resolved): shown as written, the rest kept
                out.extend((node.text or "") + (node.tail or "") for node in child)
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "r" and _hidden(child):
            continue
        elif tag == W + "sym":
            code = child.get(W + "char", "")
            char = _symbol(code)
            if char:
                out.append(char)
        elif len(child):  # runs, hyperlinks, insertions, fields, content controls, math
            _walk(child, out)


def _hidden(run: Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val", "true") not in ("0", "false", "off")


def _symbol(code: str) -> str:
    """A w:sym character, unless it is a symbol-font glyph in the private use area (F000–F0FF)."""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= value <= 0xF8FF else chr(value)
