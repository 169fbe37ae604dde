"""Tables → score blocks.

A table is a run of at least two lines with two or more tabs (document readers write each table row that way;
people type them into text files the same way), a Markdown pipe table, bars without the outer ones under a score
header, or cells set apart by spaces (a PDF's text, columns aligned by eye; single spaces under a header naming
its columns). A row naming a 分值/权重 column and a 得分 column is a header; the
rows below it are indicators, their names taken from the 指标 columns (an empty name repeats the one above, as a
merged cell does). A 总分/合计 row states the block's total; a 小计 row states its first-level indicator's.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise
from operator import attrgetter
from typing import Any

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import (
    ClaimKind,
    NodeKind,
    Paragraph,
    Role,
    ScoreBlock,
    ScoreClaim,
    ScoreNode,
    Table,
    TableCell,
)
from linter.parse.numbers import to_decimal

# The members compared for every claim and node, bound to names once (see ``linter.model`` on enum lookups).
_MAX, _SCORE = ClaimKind.MAX, ClaimKind.SCORE
_SUBTOTAL = Role.SUBTOTAL
_SECTION, _INDICATOR = NodeKind.SECTION, NodeKind.INDICATOR

_NUMBER = patterns.compile(r"^\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*$")


def find_tables(paragraphs: list[Paragraph], text: str) -> list[Table]:
    """Runs of two or more lines (``paragraphs``, the lines of ``text``) written as table rows: cells between tabs
    (document readers write table rows that way), a Markdown pipe table, or columns aligned with spaces in a
    plain-text file. Only the lines holding a tab, a bar or a wide gap are read: every row holds one."""
    tables: list[Table] = []
    run: list[Paragraph] = []  # consecutive rows of one kind
    kind = ""
    last = -1  # the position of the run's last row
    for at in _hinted(paragraphs, text):
        paragraph = paragraphs[at]
        row_kind = _row_kind(paragraph.text)
        if not row_kind and kind == "space" and run and at == last + 1 and _short_row(paragraph.text):
            row_kind = "space"  # 总得分          101: a row of the aligned table with most of its cells blank
        if not row_kind and kind == "space" and run and at == last + 1 and _wrapped(paragraphs, at):
            row_kind = "space"  # “  点数量”: the rest of a name wrapped onto a line of its own, more rows below
        if row_kind == "pipe" and kind == "|" and run and at == last + 1:
            row_kind = "|"  # |目标设定|…|2|2|: a row of a table without outer bars that leaves its end cells blank
        if run and (row_kind != kind or at != last + 1):
            _close(run, kind, tables)
            run = []
        if row_kind:
            run.append(paragraph)
            kind, last = row_kind, at
    if run:
        _close(run, kind, tables)
    if " 得分" in text or "得分 " in text:
        tables = _single_spaced(paragraphs, text, tables)
    return _joined(tables, paragraphs)


def _joined(tables: list[Table], paragraphs: list[Paragraph]) -> list[Table]:
    """The tables with each one that a caption cuts in two joined back (续表, 表1（续）, a page number between the
    parts): the part that starts with the header of the part before goes on with it, its header row again."""
    out: list[Table] = []
    for table in tables:
        last = out[-1] if out else None
        if last is None or not _goes_on(last, table, paragraphs):
            out.append(table)
            continue
        offset = len(last.rows)
        last.paragraphs.extend(table.paragraphs)
        last.rows.extend([replace(c, row=offset + c.row) for c in row] for row in table.rows)
        last.unread.update(offset + i for i in table.unread)
    return out


_CAPTION_MARKS = frozenset("。；;：:，,")


def _goes_on(last: Table, table: Table, paragraphs: list[Paragraph]) -> bool:
    """Whether ``table`` is the rest of ``last``: it starts with ``last``'s score header, and at most three blank
    lines or short captions without a sentence's punctuation stand between them."""
    between = paragraphs[last.paragraphs[-1].index + 1 : table.paragraphs[0].index]
    if len(between) > 3 or not _SCORED_HEADER.search(table.paragraphs[0].text):
        return False
    for line in between:
        bare = "".join(line.text.split())
        if len(bare) > 12 or not _CAPTION_MARKS.isdisjoint(bare):
            return False
    header = next((r for p, r in zip(last.paragraphs, last.rows, strict=True) if _SCORED_HEADER.search(p.text)), None)
    return header is not None and _repeated(table.rows[0], header)


_ROW_HINTS = ("\t", "|", "｜", "\u3000", "  ")  # what every row holds: a tab, a bar or a wide gap
_BARS = ("|", "｜")
_START = attrgetter("span.start")


def _hinted(paragraphs: list[Paragraph], text: str) -> list[int]:
    """The positions of the lines that hold a tab, a bar, an ideographic space or two spaces in a row, in order:
    each looked for with ``str.find`` (a pattern would test every character), from each line found to the next."""
    found = set()
    for hint in _ROW_HINTS:
        at = text.find(hint)
        while at >= 0:
            line = bisect_right(paragraphs, at, key=_START) - 1
            found.add(line)
            if line + 1 == len(paragraphs):
                break
            at = text.find(hint, paragraphs[line + 1].span.start)
    return sorted(found)


_PIPE_RULE = patterns.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_ALIGNED_CELL = patterns.compile(r"[^\s]+(?: [^\s]+)*")
_ALIGNED_GAP = patterns.compile(r"(?: {2,}|\u3000+)")


def _row_kind(text: str) -> str:
    if "\t" in text and text.count("\t") >= 2:
        return "tab"
    if "|" in text:
        bare = text.strip()
        if bare.startswith("|") and bare.endswith("|") and bare.count("|") >= 3:
            return "pipe"
    for bar in _BARS:  # 指标名称｜分值｜得分: cells between bars, without the outer ones (or full-width)
        if bar in text and text.strip().strip(bar).count(bar) >= 2:
            return bar
    if "  " not in text and "\u3000" not in text:
        return ""
    bare = text.strip()
    if "  " not in bare and "\u3000" not in bare:
        return ""  # only the line's indentation is wide: no gap between cells
    if len(_ALIGNED_GAP.findall(bare)) >= 2 and len(_ALIGNED_CELL.findall(bare)) >= 3:
        return "space"
    return ""


def _short_row(text: str) -> bool:
    """A name and a number set apart by a wide gap (总得分          101)."""
    cells = _ALIGNED_CELL.findall(text.strip())
    return len(cells) == 2 and _NUMBER.match(cells[1]) is not None and bool(_ALIGNED_GAP.search(text.strip()))


def _wrapped(paragraphs: list[Paragraph], at: int) -> bool:
    """An indented line of a few words without numbers or a sentence's marks, between two rows of an aligned table:
    the end of a name cell that wrapped (生活垃圾分类 / 知晓率)."""
    text = paragraphs[at].text
    bare = text.strip()
    return (
        text[:2].isspace()
        and 0 < len(bare) <= 12
        and _CAPTION_MARKS.isdisjoint(bare)
        and not any(ch.isdigit() for ch in bare)
        and at + 1 < len(paragraphs)
        and _row_kind(paragraphs[at + 1].text) == "space"
    )


def _close(run: list[Paragraph], kind: str, tables: list[Table]) -> None:
    if kind in ("pipe", *_BARS):
        run = [p for p in run if not _PIPE_RULE.match(p.text.replace("｜", "|"))]  # the |---|---| line under the header
    if len(run) < 2 or (kind == "space" and max(len(_ALIGNED_CELL.findall(p.text)) for p in run) < 4 and not _scored(run)):
        return  # three aligned words a line may be prose set out with spaces; with a 分值 | 得分 header, a table
    if kind in _BARS and not any(_SCORED_HEADER.search(p.text.replace(kind, " ")) for p in run):
        return  # a few lines with bars in them are a table when one names a 分值 and a 得分 column
    unread: set[int] = set()
    if kind == "space":
        rows = _separated(run)
        if rows is None:
            aligned = _aligned(run)
            counted = None if _lined_up(run, aligned) else _counted(run, _ALIGNED_CELL)
            rows, unread = counted or (aligned, unread)
    elif kind in _BARS:  # outer bars when the header has them; else a bar at an end is an empty cell beside it
        header = next(p.text.strip() for p in run if _SCORED_HEADER.search(p.text.replace(kind, " ")))
        outer = header.startswith(kind) and header.endswith(kind)
        rows = [_cells(p, i, kind, outer) for i, p in enumerate(run)]
    else:
        rows = [_cells(p, i, "|" if kind == "pipe" else "\t", kind == "pipe") for i, p in enumerate(run)]
    tables.append(Table(paragraphs=run, rows=rows, unread=unread))


_SCORED_HEADER = patterns.compile(r"(?:分值|权重|满分|标准分)\s+.*得分|得分\s+.*(?:分值|权重|满分|标准分)")


def _scored(run: list[Paragraph]) -> bool:
    """Whether a row of ``run`` is a score table's header: it names a 分值 (权重, 满分) and a 得分 column."""
    return any(_SCORED_HEADER.search(p.text) for p in run)


def _cells(paragraph: Paragraph, row: int, separator: str = "\t", outer: bool = False) -> list[TableCell]:
    cells = []
    offset = paragraph.span.start
    text = paragraph.text
    if outer and text.strip().startswith(separator):  # | a | b |: the cells between the outer bars
        lead = text.index(separator) + 1
        offset += lead
        end = text.rindex(separator) if text.strip().endswith(separator) else len(text)
        text = text[lead : max(lead, end)]
    for column, cell in enumerate(text.split(separator)):
        cells.append(TableCell(row, column, Span(offset, offset + len(cell)), cell))
        offset += len(cell) + 1
    return cells


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _separated(run: list[Paragraph]) -> list[list[TableCell]] | None:
    """Rows whose cells are set apart by gaps rather than lined up (four spaces after each cell, however wide the
    cell): each row split on its gaps, when every row then has as many cells as the header. A gap n times as wide
    as the narrowest of the table stands for n − 1 empty cells (a 小计 row leaving its 二级指标 blank). None when
    the rows do not come out even: their cells go by position then."""
    found = [list(_ALIGNED_CELL.finditer(p.text)) for p in run]
    if any(not cells or cells[0].start() != len(p.text) - len(p.text.lstrip()) for p, cells in zip(run, found, strict=True)):
        return None  # a row indented to leave its first cells blank: only their position tells which
    gaps = [
        [_width(p.text[a.end() : b.start()]) for a, b in pairwise(cells)] for p, cells in zip(run, found, strict=True)
    ]
    header = next((i for i, p in enumerate(run) if _SCORED_HEADER.search(p.text)), 0)
    unit = min((g for row in gaps for g in row), default=0)
    for empties in (
        [[0] * len(row) for row in gaps],
        [[g // unit - 1 for g in row] for row in gaps] if all(g % unit == 0 for row in gaps for g in row) else None,
    ):
        if empties is None:
            continue
        counts = [len(cells) + sum(row) for cells, row in zip(found, empties, strict=True)]
        if all(count == counts[header] for count in counts):
            return [_split_row(p, i, c, e) for i, (p, c, e) in enumerate(zip(run, found, empties, strict=True))]
    return None


def _split_row(paragraph: Paragraph, index: int, cells: list[Any], empties: list[int]) -> list[TableCell]:
    """One row's cells, with ``empties[i]`` empty cells (spans at the start of their gap) after cell ``i``."""
    base = paragraph.span.start
    row: list[TableCell] = []
    for i, match in enumerate(cells):
        row.append(TableCell(index, len(row), Span(base + match.start(), base + match.end()), match.group()))
        for _ in range(empties[i] if i < len(empties) else 0):
            row.append(TableCell(index, len(row), Span(base + match.end(), base + match.end()), ""))
    return row


_WORD = patterns.compile(r"[^\s]+")
_TAB_CELL = patterns.compile(r"[^\t\s](?:[^\t]*[^\t\s])?")  # a tab row's cell with words in it


def _single_spaced(paragraphs: list[Paragraph], text: str, tables: list[Table]) -> list[Table]:
    """``tables`` with those whose cells are set apart by single spaces (what a PDF's text gives for a table drawn
    as text lines): a header naming its columns (一级指标 二级指标 三级指标 分值 得分), then the rows below it that
    have as many cells as it or end in the 分值 and 得分 numbers; or such a header line over a table of tab rows
    without a header of its own (a PDF's rows read by their cells' positions, its header as a text line). Each
    row's cells are placed by counting (``_counted``)."""
    taken = {p.index for t in tables for p in t.paragraphs}
    starts = {t.paragraphs[0].index: t for t in tables}
    found: list[Table] = []
    at = text.find("得分")
    while at >= 0:
        line = bisect_right(paragraphs, at, key=_START) - 1
        header = paragraphs[line]
        at = text.find("得分", header.span.end)
        if line in taken or not _spaced_header(header.text):
            continue
        columns = _number_columns([m.group() for m in _WORD.finditer(header.text)])
        if columns is None:
            continue
        width, (low, high) = len(_WORD.findall(header.text)), columns
        run = [header]
        below = starts.get(line + 1)
        if below is not None and "\t" in below.paragraphs[0].text and not _scored(below.paragraphs):
            run.extend(below.paragraphs)
        for paragraph in paragraphs[line + 1 :] if len(run) == 1 else ():
            words = _WORD.findall(paragraph.text)
            if paragraph.index in taken or "\t" in paragraph.text or len(words) < 2:
                break
            again = _number_columns(words) if _spaced_header(paragraph.text) else None
            if again is not None:  # the next form's header (指标 under 项目资金): its columns place the rows below
                width, (low, high) = len(words), again
            elif len(words) != width and _numbers_at(words, width - 1 - high, high - low + 1) is None:
                break
            run.append(paragraph)
        if len(run) >= 2:
            counted = _counted(run, _WORD)
            if counted is not None:
                if below is not None and run[1] is below.paragraphs[0]:
                    tables = [t for t in tables if t is not below]
                found.append(Table(paragraphs=run, rows=counted[0], unread=counted[1]))
                taken.update(p.index for p in run)
                at = text.find("得分", run[-1].span.end) if at >= 0 else at
    return sorted(tables + found, key=lambda t: t.paragraphs[0].index) if found else tables


def _spaced_header(text: str) -> bool:
    """A line of short words set apart by single spaces that names a 分值 and a 得分 column."""
    words = text.split()
    return (
        3 <= len(words) <= 12
        and "\t" not in text
        and all(len(w) <= 8 for w in words)
        and _SCORED_HEADER.search(text) is not None
    )


def _column_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = package_yaml("linter.parse", "lexicon.yaml")["table-columns"]
    return words


def _number_columns(header: list[str]) -> tuple[int, int] | None:
    """The header's 分值 and 得分 columns, left one first, when they stand side by side."""
    words = _column_words()
    texts = [t.strip() for t in header]
    maxima = [i for i, t in enumerate(texts) if _named(t, words["max"])]
    scores = [i for i, t in enumerate(texts) if _named(t, words["score"]) and i not in maxima]
    if not maxima or not scores:
        return None
    low, high = sorted((maxima[0], scores[0]))
    return low, high


def _numbers_at(words: list[str], trailing: int, width: int = 2) -> int | None:
    """Where a row's 分值 and 得分 stand (``width`` cells from the first to the second): the last cells so far apart
    that are numbers (a score may carry a note, or say 满分), followed by at most ``trailing`` cells (说明) that
    are not numbers."""
    for i in range(len(words) - width, -1, -1):
        after = words[i + width :]
        if len(after) > trailing or any(_NUMBER.match(w) for w in after):
            return None
        first, second = words[i], words[i + width - 1]
        if _NUMBER.match(first) and (_NUMBER.match(second) or _NOTED.match(second) or _FULL_MARK.match(second)):
            return i
    return None


def _lined_up(run: list[Paragraph], rows: list[list[TableCell]]) -> bool:
    """Whether the rows placed by position (``_aligned``) line up: their cells stand in as many columns as the
    score header has cells (or there is no such header to count by)."""
    header = next((p for p in run if _SCORED_HEADER.search(p.text)), None)
    return header is None or (bool(rows) and len(rows[0]) == len(_ALIGNED_CELL.findall(header.text)))


def _counted(run: list[Paragraph], cell: re.Pattern[str]) -> tuple[list[list[TableCell]], set[int]] | None:
    """Rows placed by counting, under a header naming its 分值 and 得分 columns side by side: a row with as many
    cells as the header fills them in order; a shorter one is placed from its 分值 and 得分 numbers (the last two
    numbers, a 说明 after them only), its words before them ending at the column left of 分值: the cells it leaves
    blank are the leading name cells of a merged first column, unless its first cell repeats the row above's first
    cell or names a 合计 or 小计 row. A row with no such numbers keeps only its words before its first number; when
    it has numbers, its index is among the rows returned as unread (their score cannot be told)."""
    headers = [i for i, p in enumerate(run) if _SCORED_HEADER.search(p.text)]
    if not headers:
        return None
    rows_words = package_yaml("linter.parse", "lexicon.yaml")["table-rows"]
    row_words = tuple(w for key in ("total", "subtotal", "base", "bonus", "deduction", "final") for w in rows_words[key])
    rows: list[list[TableCell]] = []
    unread: set[int] = set()
    first_above = ""
    width = low = high = 0
    for index, paragraph in enumerate(run):
        found = list((_TAB_CELL if "\t" in paragraph.text else cell).finditer(paragraph.text))
        words = [m.group() for m in found]
        indented = bool(found) and found[0].start() > 0  # its first cells left blank
        if index in headers:
            columns = _number_columns(words)
            if columns is None:
                return None
            width, (low, high) = len(words), columns
        if index <= headers[0] or index in headers or (len(found) == width and not indented):
            places = list(range(len(found)))
        else:
            at = _numbers_at(words, width - 1 - high, high - low + 1)
            numbers: list[int] = []
            if at is None or at > low:  # no 分值 and 得分 to place the row by: its words before any number only
                at = min(low, next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), len(words)))
                if at < len(words):
                    unread.add(index)
                found = found[:at]
            else:
                numbers = list(range(low, high + 1 + len(found) - at - (high - low + 1)))
            head = list(range(low - at, low))
            tabbed = "\t" in paragraph.text  # a row's first tab cell is its first column
            if at and not indented and (tabbed or words[0] == first_above or words[0].startswith(row_words)):
                head = [0, *range(low - at + 1, low)]
            places = [*head, *numbers]
        base, end = paragraph.span.start, paragraph.span.end
        row = [TableCell(index, c, Span(end, end), "") for c in range(max(width, len(found)))]
        for match, column in zip(found, places, strict=False):
            row[column] = TableCell(index, column, Span(base + match.start(), base + match.end()), match.group())
        if found and places and places[0] == 0:
            first_above = words[0]
        rows.append(row)
    return rows, unread


def _aligned(run: list[Paragraph]) -> list[list[TableCell]]:
    """Space-aligned rows: each cell goes to the column whose display position (a CJK character is two columns
    wide) is nearest its own, so a row that leaves its first cells blank lands in the right columns."""
    placed = []
    for paragraph in run:
        found = [(m, _width(paragraph.text[: m.start()])) for m in _ALIGNED_CELL.finditer(paragraph.text)]
        placed.append((paragraph, found))
    edges: list[int] = []
    for x in sorted(x for _, found in placed for _, x in found):
        if not edges or x - edges[-1] > 2:
            edges.append(x)
    rows = []
    for index, (paragraph, found) in enumerate(placed):
        base = paragraph.span.start
        row: list[TableCell | None] = [None] * len(edges)
        for match, x in found:
            column = min(range(len(edges)), key=lambda i: abs(edges[i] - x))
            if row[column] is None:
                row[column] = TableCell(index, column, Span(base + match.start(), base + match.end()), match.group())
        end = paragraph.span.end
        rows.append(
            [cell if cell is not None else TableCell(index, c, Span(end, end), "") for c, cell in enumerate(row)]
        )
    return rows


@dataclass
class _Columns:
    names: list[int]
    max: int
    score: int
    headers: list[str]
    row: list[TableCell]  # the header row
    named: bool  # the header names its name columns (else the first column is taken)
    points: dict[int, int] = field(default_factory=dict)  # a name column → its own 分值 column (一级指标 | 分值 | …)
    scores: dict[int, int] = field(default_factory=dict)  # a name column → its own 得分 column (… | 分值 | 得分 | …)
    funds: bool = False  # the 项目资金 block of a 10号 table: its first row carries 预算执行率's points and score
    titles: tuple[str, ...] = ()  # the words that title a name column (绩效指标, 一级指标): a cell saying one names no row


_POINTS_IN_NAME = patterns.compile(r"[（(]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[）)]")
_FUNDS_WORDS = ("执行率", "全年预算", "全年执行", "预算执行数", "调整后预算")


def table_blocks(tables: list[Table], lexicon: dict[str, Any]) -> list[ScoreBlock]:
    words = lexicon["table-columns"]
    rows_words = lexicon["table-rows"]
    blocks = []
    for table in tables:
        block = ScoreBlock(nodes=[], table=table)
        columns: _Columns | None = None
        path: list[ScoreNode | None] = []
        names_above: list[str] = []
        funds_done = False
        above: list[TableCell] = []
        for row in _unfolded(table.rows):
            header = _header(row, words, above)
            if header is None and columns is not None and above is columns.row:
                _continue_header(row, columns, words["name"])  # 指标名称 over 一级指标 | 二级指标 | 三级指标
            above = row
            if header is not None and columns is not None and _repeated(row, columns.row):
                if block.total_max is None and block.total_score is None:
                    continue  # the header printed again at the top of the next page: no row and no break of the tree
            if header is not None:
                if block.total_max is not None or block.total_score is not None:
                    # A header below a 总分 row starts another table printed right after this one (the next
                    # sheet of a workbook, the next project's 自评表 on the next page of a PDF).
                    if block.nodes:
                        blocks.append(block)
                    block = ScoreBlock(nodes=[], table=table)
                columns, path, names_above, funds_done = header, [], [], False
                block.weighted = block.weighted or "权重" in header.headers[header.max]
                continue
            if columns is None:
                continue
            max_claim = _claim(row, columns.max, _MAX, columns.headers[columns.max])
            score_claim = _claim(row, columns.score, _SCORE, columns.headers[columns.score]) or _full_marks(
                row, columns.score, max_claim, columns.headers[columns.score]
            )
            label_cell = _row_label(row, min(columns.max, columns.score), columns)
            label = label_cell.text.strip() if label_cell else ""
            if columns.funds:
                if label_cell is None:  # 预算执行情况（10分） merged down beside the amounts: the header names the row
                    label_cell = _row_label(columns.row, min(columns.max, columns.score))
                    row_named = columns.row
                else:
                    row_named = row
                if not funds_done and label_cell is not None and (max_claim or score_claim):
                    funds_done = True
                    label = _bare(label_cell.text.strip())
                    node = ScoreNode(_INDICATOR, label, _name_span(row_named, label_cell.column), max=max_claim)
                    node.scores.extend([score_claim] if score_claim else [])
                    node.unreadable = score_claim is None and _formula(row, columns.score)
                    block.nodes.append(node)
                    block.funds = node
                continue
            if _starts(label, rows_words["base"]):
                block.base_score = _as_total(score_claim)
                continue
            final = _starts(label, rows_words["final"])
            if _starts(label, rows_words["deduction"]) and not final:
                deducted = _deduction(row, columns.score, columns.headers[columns.score])
                if deducted is not None:
                    if block.total_score is not None and block.base_score is None:
                        block.base_score = block.total_score
                    block.bonus.append(deducted)
                continue
            if _starts(label, rows_words["bonus"]) and not final:
                if block.total_score is not None and block.base_score is None:
                    block.base_score = block.total_score  # 总分 above the 加分项 rows: the score before the bonus
                block.bonus.extend([score_claim] if score_claim else [])
                block.bonus_max.extend([max_claim] if max_claim else [])
                continue
            if (final or _starts(label, rows_words["total"])) and _short(label):
                for column in (columns.max, *columns.points.values()):  # 合计 | 100 | | | 96: its own 分值 column
                    max_claim = max_claim or _claim(row, column, _MAX, columns.headers[column])
                for column in columns.scores.values():  # 合计 | 100 | 96.5 | | |: a level's own 得分 column
                    score_claim = score_claim or _claim(row, column, _SCORE, columns.headers[column])
                if block.base_score is None or block.base_score is not block.total_score:
                    block.total_max = _as_total(max_claim) or block.total_max
                # else 总分, 加分项, then 最终得分: the total with the bonus (its 分值, if any, counts the bonus's too)
                block.total_score = _as_total(score_claim) or block.total_score
                continue
            names_text = "".join(c.text for c in row[: min(columns.max, columns.score)] if not _title(c, columns))
            if _ends(names_text, rows_words["total"]):
                # 产出指标合计 totals its first-level indicator, as 产出指标小计 does; 绩效指标合计 totals several
                # (产出+效益+满意度): no indicator either way
                parent = _named_parent(block, names_text, rows_words["total"])
                if parent is not None:
                    parent.max = parent.max or max_claim
                    if score_claim is not None and not parent.scores:
                        parent.scores.append(_as_role(score_claim, _SUBTOTAL))
                continue
            if any(w in names_text for w in rows_words["subtotal"]):
                parent = _subtotal_parent(block, path, names_text, rows_words["subtotal"])
                if parent is not None:
                    parent.max = parent.max or max_claim
                    if score_claim is not None and not parent.scores:
                        parent.scores.append(_as_role(score_claim, _SUBTOTAL))
                continue
            unread = bool(row) and row[0].row in table.unread  # numbers whose columns could not be told
            if max_claim is None and score_claim is None and not unread:
                continue
            names = [row[i].text.strip() if i < len(row) and not _title(row[i], columns) else "" for i in columns.names]
            names = _carry(names, names_above)
            names_above = names
            depth = max((i for i, n in enumerate(names) if n), default=-1)
            if depth < 0:
                continue
            _place(block, path, names, depth, row, columns, max_claim, score_claim)
            path[-1].unreadable = path[-1].unreadable or unread
        if block.nodes:
            blocks.append(block)
    for block in blocks:
        _group_closing(block)
    return blocks


def _group_closing(block: ScoreBlock) -> None:
    """A table listing its indicators in one column, each first-level row followed by its own rows (产出指标 | 50,
    then 数量指标：… | 10 …): when the rows' points do not add up to the 总分 as one flat list, but each row followed by
    rows whose points add up to its own does, and those rows then add up to the 总分, the rows are its children."""
    nodes = block.nodes
    if block.total_max is None or any(n.children or n.max is None for n in nodes):
        return
    points = [n.max.value for n in nodes if n.max is not None]
    if sum(points, Decimal(0)) == block.total_max.value:
        return
    groups: list[tuple[int, int]] = []  # (first, end) of each top node and the rows it takes
    at = 0
    while at < len(nodes):
        end, added = at + 1, Decimal(0)
        while end < len(nodes) and added < points[at]:
            added += points[end]
            end += 1
        groups.append((at, end) if end > at + 1 and added == points[at] else (at, at + 1))
        at = groups[-1][1]
    if len(groups) == len(nodes) or sum(points[a] for a, _ in groups) != block.total_max.value:
        return
    top = []
    for first, end in groups:
        parent = nodes[first]
        if end > first + 1:
            parent.kind = _SECTION
            parent.scores[:] = [_as_role(c, _SUBTOTAL) for c in parent.scores]
            for child in nodes[first + 1 : end]:
                _attach(block, parent, child)
        top.append(parent)
    block.nodes[:] = top


def _row_label(row: list[TableCell], before: int, columns: _Columns | None = None) -> TableCell | None:
    """The first cell with words left of the number columns (a row's name, 小计 or 总分): amounts, rates,
    序号 and a column's title (绩效指标 down the side of the table) name nothing."""
    return next(
        (
            c
            for c in row[:before]
            if any(ch.isalpha() for ch in c.text) and (columns is None or not _title(c, columns))
        ),
        None,
    )


def _short(label: str) -> bool:
    """A total row's label is a few words (总分, 总得分（含加分）), not a sentence that starts with one."""
    return len(patterns.compile(r"\s|[（(][^）)]*[）)]").sub("", label)) <= 8


def _ends(text: str, words: list[str]) -> bool:
    return patterns.compile(r"\s").sub("", text).endswith(tuple(words))


def _named_parent(block: ScoreBlock, label: str, words: list[str]) -> ScoreNode | None:
    """The first-level node a 小计 or 合计 row names before its word (产出指标小计 → 产出指标), if any."""
    name = patterns.compile(r"\s").sub("", label)
    for word in words:
        name = name.split(word)[0]
    if not name:
        return None
    return next((n for n in block.nodes if n.label and (n.label.startswith(name) or name.startswith(n.label))), None)


def _subtotal_parent(
    block: ScoreBlock, path: list[ScoreNode | None], label: str, words: list[str]
) -> ScoreNode | None:
    """The first-level node a 小计 row totals: the one it names (产出指标小计), else the current one (the first
    level of the path: a title column such as 绩效指标 leaves its place empty)."""
    return _named_parent(block, label, words) or next((n for n in path if n is not None), None)


def _title(cell: TableCell, columns: _Columns) -> bool:
    """A name cell that only repeats a column title (绩效指标 merged down the side of a 10号 table, the same word
    on every row): a label of the whole table, no level of its indicator tree."""
    text = cell.text.strip()
    return bool(text) and (
        text in columns.titles or (cell.column < len(columns.headers) and text == columns.headers[cell.column])
    )


def _carry(names: list[str], above: list[str]) -> list[str]:
    """Empty leading name cells repeat the row above (merged cells); deeper ones stay empty."""
    out = list(names)
    for i, name in enumerate(names):
        if name:
            break
        if i < len(above):
            out[i] = above[i]
    return out


def _place(
    block: ScoreBlock,
    path: list[ScoreNode | None],
    names: list[str],
    depth: int,
    row: list[TableCell],
    columns: _Columns,
    max_claim: ScoreClaim | None,
    score_claim: ScoreClaim | None,
) -> None:
    del path[depth:]
    while len(path) < depth:
        path.append(None)
    parent: ScoreNode | None = None
    for level in range(depth):
        node = path[level]
        if node is None or node.label != _bare(names[level]):
            if not names[level]:
                continue
            node = ScoreNode(
                _SECTION,
                _bare(names[level]),
                _name_span(row, columns.names[level]),
                max=_level_points(row, columns, columns.names[level]),
            )
            own = columns.scores.get(columns.names[level])
            score = _claim(row, own, _SCORE, columns.headers[own]) if own is not None else None
            node.scores.extend([_as_role(score, _SUBTOTAL)] if score else [])
            _attach(block, parent, node)
            path[level] = node
            del path[level + 1 :]
            while len(path) < depth:
                path.append(None)
        parent = node
    leaf = ScoreNode(_INDICATOR, _bare(names[depth]), _name_span(row, columns.names[depth]), max=max_claim)
    if score_claim is not None:
        leaf.scores.append(score_claim)
    else:
        leaf.unreadable = _formula(row, columns.score)
    _attach(block, parent, leaf)
    path.append(leaf)


def _bare(name: str) -> str:
    """A name cell without the points written into it (产出指标（50分） → 产出指标)."""
    return _POINTS_IN_NAME.sub("", name).strip() or name


def _level_points(row: list[TableCell], columns: _Columns, column: int) -> ScoreClaim | None:
    """The points a group's name states: in its own 分值 column, else written into the name cell."""
    if column in columns.points:
        return _claim(row, columns.points[column], _MAX, columns.headers[columns.points[column]])
    return _points_in_name(row, column)


def _points_in_name(row: list[TableCell], column: int) -> ScoreClaim | None:
    """“产出指标（50分）”: the points a first-level name cell states."""
    if column >= len(row):
        return None
    cell = row[column]
    found = _POINTS_IN_NAME.search(cell.text)
    value = to_decimal(found.group(1)) if found else None
    if found is None or value is None:
        return None
    span = Span(cell.span.start + found.start(), cell.span.start + found.end())
    value_at = (cell.span.start + found.start(1), cell.span.start + found.end(1))
    return ScoreClaim(_MAX, value, span, value_at, "（）")


def _attach(block: ScoreBlock, parent: ScoreNode | None, node: ScoreNode) -> None:
    if parent is None:
        block.nodes.append(node)
    else:
        node.parent = parent
        parent.children.append(node)


def _name_span(row: list[TableCell], column: int) -> Span:
    if column < len(row) and row[column].text.strip():
        cell = row[column]
        lead = len(cell.text) - len(cell.text.lstrip())
        return Span(cell.span.start + lead, cell.span.start + len(cell.text.rstrip()))
    return row[0].span


def _header(row: list[TableCell], words: dict[str, list[str]], above: list[TableCell]) -> _Columns | None:
    """The columns a header row names; a two-row header (评分情况 over 分值 | 得分) takes its name columns from
    the row above."""
    texts = [c.text.strip() for c in row]
    maxima = [i for i, t in enumerate(texts) if _named(t, words["max"])]
    if any("权重" not in texts[i] for i in maxima):  # 分值 | 权重（%）: the points, and each one's share of its level
        maxima = [i for i in maxima if "权重" not in texts[i]]
    max_col = maxima[0] if maxima else None
    scored = [i for i, t in enumerate(texts) if _named(t, words["score"]) and i not in maxima]
    score_col = scored[0] if scored else None
    if max_col is None or score_col is None:
        return None
    level_scores = []
    if len(scored) > 1 and all(any(m < s for m in maxima) for s in scored):
        # 一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分: the last pair is the scored rows', each earlier one a level's
        score_col, level_scores = scored[-1], scored[:-1]
    levels = [i for i in maxima if i < score_col]
    if len(levels) > 1:  # 一级指标 | 分值 | 二级指标 | 分值 | 得分: the last 分值 is the scored rows'
        max_col = levels[-1]
    names = [i for i, t in enumerate(texts) if _named(t, words["name"]) and i < max_col]
    # “一级指标三级指标” over two columns, the second header cell empty (two titles a PDF's text ran together)
    names += [i + 1 for i in names if i + 1 < max_col and not texts[i + 1] and _two_names(texts[i], words["name"])]
    names.sort()
    if not names:
        names = [i for i, c in enumerate(above) if _named(c.text.strip(), words["name"]) and i < max_col]
    points, scores = {}, {}
    for column in levels[:-1]:  # each earlier 分值 column states the points of the name column left of it
        owner = max((i for i in names if i < column), default=None)
        if owner is not None:
            points[owner] = column
    for column in level_scores:  # and each earlier 得分 column its score
        owner = max((i for i in names if i < column), default=None)
        if owner is not None and owner in points:
            scores[owner] = column
    funds = any(w in t for t in texts for w in _FUNDS_WORDS)
    titles = tuple(words["name"])
    return _Columns(names or [0], max_col, score_col, texts, row, bool(names), points, scores, funds, titles)


def _unfolded(rows: list[list[TableCell]]) -> list[list[TableCell]]:
    """A form printed in two halves side by side (一级指标 | 三级指标 | 分值 | 得分 | 一级指标 | 三级指标 | 分值 | 得分), as
    its left half's rows and then its right half's: the halves are two runs of the same form, not one row each."""
    for row in rows[:3]:
        texts = [patterns.compile(r"\s").sub("", c.text) for c in row]
        half = len(texts) // 2
        if half >= 3 and len(texts) % 2 == 0 and texts[:half] == texts[half:] and sum(map(bool, texts[:half])) >= 3:
            whole = [r for r in rows if len(r) == 2 * half and _spanning(r[:half], r[half:])]
            left = [r[:half] for r in rows if not any(r is w for w in whole)]
            right = [
                [replace(c, column=c.column - half) for c in r[half:]]
                for r in rows
                if len(r) > half and not any(r is w for w in whole)
            ]
            # 合计 | | | | | | 100 | 96.88 across both halves: the whole form's total, after both runs
            joined = [
                [a if a.text.strip() else replace(b, column=a.column) for a, b in zip(r[:half], r[half:], strict=True)]
                for r in whole
            ]
            return left + [r for r in right if any(c.text.strip() for c in r)] + joined
    return rows


def _spanning(left: list[TableCell], right: list[TableCell]) -> bool:
    """A row across both halves: words in the left one, numbers only in the right one."""
    words = [c.text.strip() for c in left if c.text.strip()]
    numbers = [c.text.strip() for c in right if c.text.strip()]
    return bool(words and numbers) and not any(_NUMBER.match(t) for t in words) and all(_NUMBER.match(t) for t in numbers)


def _repeated(row: list[TableCell], header: list[TableCell]) -> bool:
    """Whether ``row`` is ``header`` again (Word's 重复标题行, a PDF's header on each page, a header line typed
    again): the same words in the same order, one cell aside (a merged cell the page break read otherwise)."""
    again, first = _words(row), _words(header)
    if again == first:
        return True
    if abs(len(again) - len(first)) > 1 or min(len(again), len(first)) < 3:
        return False
    if len(again) == len(first):
        return sum(a != b for a, b in zip(again, first, strict=True)) <= 1
    shorter, longer = sorted((again, first), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _words(row: list[TableCell]) -> list[str]:
    """A row's non-empty cells, without their spaces."""
    return [t for t in (patterns.compile(r"\s").sub("", c.text) for c in row) if t]


def _continue_header(row: list[TableCell], columns: _Columns, words: list[str]) -> None:
    """A header whose name cell spans several columns and continues on the next row (指标名称 merged over
    一级指标 | 二级指标 | 三级指标): the names the row below gives are the name columns too. A row with a number
    in the 分值 or 得分 column is an indicator, not the header's second line."""
    if any(_claim(row, c, _MAX, "") for c in (columns.max, columns.score)):
        return
    below = [i for i, c in enumerate(row[: min(columns.max, columns.score)]) if _named(c.text.strip(), words)]
    if below:
        columns.names = sorted({*columns.names, *below}) if columns.named else below
        columns.named = True


def _two_names(text: str, words: list[str]) -> bool:
    bare = patterns.compile(r"\s").sub("", text)
    first = next((w for w in words if bare.startswith(w)), None)
    return first is not None and any(bare[len(first) :].startswith(w) for w in words)


def _named(text: str, words: list[str]) -> bool:
    bare = patterns.compile(r"[\s（）()]").sub("", text)
    if "率" in bare or len(bare) > 8:
        return False  # 得分率 is a ratio
    word = max((w for w in words if bare.startswith(w)), key=len, default=None)
    return word is not None and not any(note in bare[len(word) :] for note in _NOTES)  # not 评分说明, 得分依据


_NOTES = ("说明", "标准", "依据", "理由", "办法", "方法", "细则", "要点", "原因", "备注")


def _starts(text: str, words: list[str]) -> bool:
    bare = patterns.compile(r"\s").sub("", text)
    return any(bare.startswith(w) for w in words)


def _cell_number(
    row: list[TableCell], column: int, pattern: re.Pattern[str]
) -> tuple[TableCell, re.Match[str], Decimal] | None:
    """The cell at ``column``, ``pattern``'s match in it and the number its first group reads, if any."""
    if column >= len(row):
        return None
    cell = row[column]
    found = pattern.match(cell.text)
    value = to_decimal(found.group(found.lastindex or 1)) if found else None
    if found is None or value is None:
        return None
    return cell, found, value


_NUM = r"([0-9０-９]+(?:[.．][0-9０-９]+)?)"
# A score with the reviewer's note beside it: 9.5（扣0.5分）, 9分(扣1分), 9，扣1分; or the note first: 扣1分，得9分.
_NOTED = patterns.compile(
    rf"^\s*{_NUM}\s*分?\s*(?:[（(][^（()）]*[）)]|[，,；;]\s*扣[^，,；;]*)\s*$"
    rf"|^(?:[^得]*[，,；;\s分])?得\s*{_NUM}\s*分?\s*[。.]?\s*$"
)
_FULL_MARK = patterns.compile(r"^\s*(满分)\s*$")


def _claim(row: list[TableCell], column: int, kind: ClaimKind, header: str) -> ScoreClaim | None:
    read = _cell_number(row, column, _NUMBER)
    if read is None and kind is _SCORE:
        read = _cell_number(row, column, _NOTED)
    if read is None:
        return None
    cell, found, value = read
    group = found.lastindex or 1
    start, end = cell.span.start + found.start(group), cell.span.start + found.end(group)
    return ScoreClaim(kind, value, Span(start, end), (start, end), header)


def _full_marks(row: list[TableCell], column: int, max_claim: ScoreClaim | None, header: str) -> ScoreClaim | None:
    """A score cell saying 满分: the row's own points."""
    if max_claim is None or column >= len(row):
        return None
    cell = row[column]
    found = _FULL_MARK.match(cell.text)
    if found is None:
        return None
    start, end = cell.span.start + found.start(1), cell.span.start + found.end(1)
    return ScoreClaim(_SCORE, max_claim.value, Span(start, end), (start, end), header)


_SIGNED = patterns.compile(r"^\s*[-−－]?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*$")


def _deduction(row: list[TableCell], column: int, header: str) -> ScoreClaim | None:
    """A 扣分项 row's score, as what it takes off the total (−1 whether the cell says -1 or 1)."""
    read = _cell_number(row, column, _SIGNED)
    if read is None:
        return None
    cell, found, value = read
    start = cell.span.start + len(cell.text) - len(cell.text.lstrip())  # the sign, if any
    end = cell.span.start + found.end(1)
    return ScoreClaim(_SCORE, -value, Span(start, end), (cell.span.start + found.start(1), end), header)


def _formula(row: list[TableCell], column: int) -> bool:
    """The cell holds a formula where its value should be (a workbook saved without computed values)."""
    return column < len(row) and row[column].text.lstrip().startswith("=")


def _as_total(claim: ScoreClaim | None) -> ScoreClaim | None:
    if claim is None:
        return None
    return ScoreClaim(claim.kind, claim.value, claim.span, claim.value_at, claim.keyword, total=True)


def _as_role(claim: ScoreClaim, role: Role) -> ScoreClaim:
    return ScoreClaim(claim.kind, claim.value, claim.span, claim.value_at, claim.keyword, claim.total, role)
