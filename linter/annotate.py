"""``jxlint annotate``: a copy of a Word (.docx) or Excel (.xlsx) report with a comment on each finding.

Reviewers and department staff work in Word and WPS. ``annotate`` lints the file exactly as ``check`` does
(same configuration, same inline suppressions) and writes ``报告.jxlint.docx`` beside it — never touching the
original — with a Word comment (author “jxlint”) anchored on the flagged text: the runs are split so that
the comment covers exactly the flagged characters, a finding in a table lands in its cell, and a finding
that spans several paragraphs (a pasted-twice section) covers all of them. The comment says the message and
the rule (``…（SC101 score-above-max）``). For .xlsx each finding becomes a cell comment (openpyxl).
"""

from __future__ import annotations

import bisect
import copy
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from linter.diagnostics import Diagnostic
    from linter.outcome import CheckOptions
    from linter.readers.word import Anchor

AUTHOR = "jxlint"
INITIALS = "JX"
SUFFIXES = (".docx", ".xlsx", ".xlsm")

Element = Any


class AnnotateError(Exception):
    """The file cannot be annotated; the message names the problem (Chinese), ``en`` in English."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else str(self)


def default_output(path: Path) -> Path:
    """报告.docx → 报告.jxlint.docx, beside the original."""
    return path.with_name(f"{path.stem}.jxlint{path.suffix}")


def annotate(
    path: Path,
    out: Path | None = None,
    *,
    lang: str = "zh",
    config: CheckOptions | Path | str | None = None,
) -> tuple[Path, int]:
    """Lint ``path`` and write its commented copy to ``out`` (default: ``default_output(path)``).

    ``config`` is the configuration file to use, or full CheckOptions (select, ignore, …); by default the
    configuration is found as ``check`` finds it. Returns the output path and the number of comments written.
    Raises AnnotateError (or ReadError, ConfigError) with a clear message for anything it cannot do.
    """
    from linter.config import find_config
    from linter.outcome import CheckOptions, linter_for
    from linter.source import DEFAULT_MAX_BYTES, read_source
    from linter.suppress import lint_source

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise AnnotateError(
            f"只能为 .docx 和 .xlsx 文件生成批注副本（此文件为 {suffix or '无扩展名'}）",
            f"only .docx and .xlsx files can be annotated (this is {suffix or 'without a suffix'})",
        )
    target = out if out is not None else default_output(path)
    if _same(path, target):
        raise AnnotateError("批注副本不能覆盖原文件", "the annotated copy must not overwrite the original")
    if isinstance(config, CheckOptions):
        options = config
    else:
        located = Path(config) if config is not None else find_config(path)
        options = CheckOptions(str(located) if located else None)
    source = read_source(path, options.max_bytes or DEFAULT_MAX_BYTES)
    if source.encoding != suffix.lstrip(".").replace("xlsm", "xlsx"):
        raise AnnotateError(
            "此文件实际上不是 Office Open XML 文档（可能是改了扩展名的 .doc/.xls），请另存为 .docx/.xlsx 后再试",
            "this file is not an Office Open XML document (a renamed .doc/.xls?); save it as .docx/.xlsx first",
        )
    linted = lint_source(linter_for(options), source, str(path))
    data = path.read_bytes()
    if suffix == ".docx":
        count = _annotate_docx(data, source.text, linted.diagnostics, target, lang)
    else:
        count = _annotate_xlsx(path, source, linted.diagnostics, target, lang, keep_vba=suffix == ".xlsm")
    return target, count


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def comment_text(d: Diagnostic, lang: str) -> str:
    return f"{d.message.en} ({d.code} {d.slug})" if lang == "en" else f"{d.message.zh}（{d.code} {d.slug}）"


def _save_error(target: Path, exc: OSError) -> AnnotateError:
    reason = exc.strerror or str(exc)
    return AnnotateError(
        f"{target}: 无法写入批注副本（{reason}）", f"{target}: cannot write the copy ({reason})"
    )


# --- Word -------------------------------------------------------------------------------------------------


def _annotate_docx(data: bytes, text: str, diagnostics: list[Diagnostic], target: Path, lang: str) -> int:
    import docx
    from docx.text.run import Run

    from linter.readers.word import extract

    document = docx.Document(io.BytesIO(data))
    _, anchors = extract(document, str(target))
    starts = [a.start for a in anchors]
    count = 0
    for d in diagnostics:
        first, last = _runs_for(anchors, starts, text, d.span.start, d.span.end)
        if first is None or last is None:
            continue
        document.add_comment([Run(first, None), Run(last, None)], comment_text(d, lang), AUTHOR, INITIALS)  # type: ignore[arg-type]
        count += 1
    try:
        document.save(str(target))
    except OSError as exc:
        raise _save_error(target, exc) from exc
    return count


class _Piece(NamedTuple):
    run: Element  # a w:r
    start: int  # offsets in the anchor's text
    end: int


def _anchor_at(anchors: list[Anchor], starts: list[int], offset: int) -> Anchor | None:
    index = bisect.bisect_right(starts, offset) - 1
    return anchors[max(index, 0)] if anchors else None


def _runs_for(
    anchors: list[Anchor], starts: list[int], text: str, start: int, end: int
) -> tuple[Element | None, Element | None]:
    """The first and last run of the flagged text [start, end), after splitting runs at its edges."""
    first_anchor = _anchor_at(anchors, starts, start)
    last_anchor = _anchor_at(anchors, starts, max(start, end - 1))
    if first_anchor is None or last_anchor is None:
        return None, None
    if first_anchor is last_anchor:
        a, b = _local(first_anchor, text, start, end)
        return _split_range(first_anchor.element, a, b)
    a, _ = _local(first_anchor, text, start, first_anchor.end)
    _, b = _local(last_anchor, text, last_anchor.start, end)
    last = _split_range(last_anchor.element, 0, b)[
        1
    ]  # the later anchor first: its splits move nothing earlier
    first = _split_range(first_anchor.element, a, _length(first_anchor.element))[0]
    return first, last


def _local(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of Source.text as offsets into the anchor's run text.

    A paragraph's text is its runs' text after the restored list number; a table cell's text has its
    whitespace folded, so there the flagged text is looked up (the occurrence nearest the expected place).
    """
    start = min(max(start, anchor.start), anchor.end)
    end = min(max(end, start), anchor.end)
    flagged = text[start:end]
    local = start - anchor.start - anchor.marker
    own = _text(anchor.element)
    if local >= 0 and _same_text(own[local : local + len(flagged)], flagged):
        a, b = local, local + len(flagged)
    elif flagged and _find_all(own, flagged):
        a = min(_find_all(own, flagged), key=lambda at: abs(at - max(local, 0)))
        b = a + len(flagged)
    else:  # the flagged text is the list number, or folded beyond recognition: the whole paragraph or cell
        a, b = 0, len(own)
    if b <= a:  # an empty span: one character at that place
        a, b = (a, a + 1) if a < len(own) else (max(len(own) - 1, 0), len(own))
    return a, b


def _same_text(own: str, flagged: str) -> bool:
    return len(own) == len(flagged) and all(
        x == y or (x in "\t\n" and y in " \n") for x, y in zip(own, flagged, strict=True)
    )


def _find_all(own: str, flagged: str) -> list[int]:
    found, at = [], own.find(flagged)
    while at >= 0:
        found.append(at)
        at = own.find(flagged, at + 1)
    return found


def _pieces(element: Element) -> list[_Piece]:
    """The text-bearing runs of a paragraph (or a cell's paragraphs, joined by a line break) with offsets."""
    from linter.readers.word import W

    paragraphs = [element] if element.tag == W + "p" else list(element.iter(W + "p"))
    pieces: list[_Piece] = []
    at = 0
    for index, p in enumerate(paragraphs):
        if index:
            at += 1  # the paragraph break
        for run in _runs(p):
            length = len(_run_text(run))
            pieces.append(_Piece(run, at, at + length))
            at += length
    return pieces


def _text(element: Element) -> str:
    from linter.readers.word import W

    paragraphs = [element] if element.tag == W + "p" else list(element.iter(W + "p"))
    return "\n".join("".join(_run_text(r) for r in _runs(p)) for p in paragraphs)


def _length(element: Element) -> int:
    return len(_text(element))


def _runs(p: Element) -> Iterator[Element]:
    """A paragraph's runs whose text Word shows, in order (as the reader walks them)."""
    from linter.readers.word import _SKIP, W, _hidden

    for child in p:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == W + "p":
            continue
        if tag == W + "r":
            if not _hidden(child):
                yield child
        elif len(child):
            yield from _runs(child)


def _run_text(run: Element) -> str:
    from linter.readers.word import paragraph_text

    return paragraph_text(run)


def _split_range(element: Element, a: int, b: int) -> tuple[Element | None, Element | None]:
    """Split runs so that [a, b) of the element's text is whole runs; its first and last run."""
    pieces = _pieces(element)
    if not pieces:
        return None, None
    b = max(b, a + 1)
    last = _piece_at(pieces, b - 1)
    if b < last.end and b > last.start:
        _split(last.run, b - last.start)
    pieces = _pieces(element)
    first = _piece_at(pieces, a)
    if first.start < a < first.end:
        second = _split(first.run, a - first.start)
        end_run = _piece_at(_pieces(element), b - 1).run
        return second, end_run
    return first.run, _piece_at(pieces, b - 1).run


def _piece_at(pieces: list[_Piece], offset: int) -> _Piece:
    for piece in pieces:
        if piece.start <= offset < piece.end:
            return piece
    after = [p for p in pieces if p.end > p.start and p.start >= offset]
    if after:
        return after[0]
    text_bearing = [p for p in pieces if p.end > p.start]
    return text_bearing[-1] if text_bearing else pieces[-1]


def _split(run: Element, k: int) -> Element:
    """Split a w:r at character ``k`` of its text: ``run`` keeps the first part, the new run (returned,
    inserted after it, with the same formatting) the rest."""
    from linter.readers.word import W

    second = copy.deepcopy(run)
    _keep(run, 0, k)
    _keep(second, k, None)
    run.addnext(second)
    for t in (*run.iter(W + "t"), *second.iter(W + "t")):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return second


def _keep(run: Element, lo: int, hi: int | None) -> None:
    """Keep only the characters [lo, hi) of a run's text; formatting (rPr) stays."""
    from linter.readers.word import W

    at = 0
    for child in list(run):
        if child.tag == W + "rPr":
            continue
        length = len(_run_text_of_child(child))
        start, end = at, at + length
        at = end
        if length == 0:
            if lo > 0:  # zero-width pieces (page-break marks, field characters) stay with the first part
                run.remove(child)
            continue
        if end <= lo or (hi is not None and start >= hi):
            run.remove(child)
        elif child.tag == W + "t":
            text = child.text or ""
            child.text = text[max(lo - start, 0) : (hi - start) if hi is not None else None]


def _run_text_of_child(child: Element) -> str:
    from linter.readers.word import _walk

    out: list[str] = []
    holder = [child]
    _walk(holder, out)
    return "".join(out)


# --- Excel ------------------------------------------------------------------------------------------------


def _annotate_xlsx(
    path: Path, source: Any, diagnostics: list[Diagnostic], target: Path, lang: str, *, keep_vba: bool
) -> int:
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    from linter.outcome import Locations

    locations = Locations(source.segments)
    notes: dict[tuple[str, str], list[str]] = {}
    for d in diagnostics:
        location = locations.at(d.span.start) or _nearest(source.segments, d.span.start)
        if location is None or location.sheet is None or location.cell is None:
            continue
        notes.setdefault((location.sheet, location.cell), []).append(comment_text(d, lang))
    try:
        book = load_workbook(str(path), keep_vba=keep_vba)
    except Exception as exc:
        from linter.readers._build import one_line

        raise AnnotateError(
            f"无法打开 Excel 文件：{one_line(str(exc))}", f"cannot open the workbook: {one_line(str(exc))}"
        ) from exc
    count = 0
    for (sheet, ref), texts in notes.items():
        if sheet not in book.sheetnames:
            continue
        cell = book[sheet][ref]
        before = [cell.comment.text] if cell.comment is not None else []
        comment = Comment("\n".join(before + texts), AUTHOR)
        comment.width, comment.height = 300, 40 + 60 * len(texts)
        cell.comment = comment
        count += len(texts)
    try:
        book.save(str(target))
    except OSError as exc:
        raise _save_error(target, exc) from exc
    return count


def _nearest(segments: Any, offset: int) -> Any:
    before = [s for s in segments if s.start <= offset]
    return before[-1].location if before else None


# --- reading comments back --------------------------------------------------------------------------------


def read_comments(path: Path) -> list[tuple[str, str, str]]:
    """The comments of a .docx: (author, comment text, the text it is anchored on), in id order."""
    import docx

    from linter.readers.word import W, _walk

    document = docx.Document(str(path))
    texts = {c.comment_id: (c.author, c.text) for c in document.comments}
    anchored: dict[int, list[str]] = {}
    open_: set[int] = set()
    body = document.element.body
    previous_p = None
    for element in body.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "r", W + "p"):
        tag = element.tag
        if tag == W + "p":
            if previous_p is not None:
                for key in open_:
                    anchored[key].append("\n")
            previous_p = element
        elif tag == W + "commentRangeStart":
            key = int(element.get(W + "id"))
            open_.add(key)
            anchored.setdefault(key, [])
        elif tag == W + "commentRangeEnd":
            open_.discard(int(element.get(W + "id")))
        elif open_:
            out: list[str] = []
            _walk([element], out)
            for key in open_:
                anchored[key].append("".join(out))
    return [(texts[k][0], texts[k][1], "".join(anchored.get(k, [])).strip("\n")) for k in sorted(texts)]
