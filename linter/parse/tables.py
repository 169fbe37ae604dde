"""Tables → score blocks.

A table is a run of at least two lines with two or more tabs (document readers write each table row that way;
people type them into text files the same way). A row naming a 分值/权重 column and a 得分 column is a header; the
rows below it are indicators, their names taken from the 指标 columns (an empty name repeats the one above, as a
merged cell does). A 总分/合计 row states the block's total; a 小计 row states its first-level indicator's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from linter.diagnostics import Span
from linter.model import ClaimKind, NodeKind, Paragraph, ScoreBlock, ScoreClaim, ScoreNode, Table, TableCell
from linter.parse.numbers import to_decimal

_NUMBER = re.compile(r"^\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*$")


def find_tables(paragraphs: list[Paragraph]) -> list[Table]:
    tables: list[Table] = []
    run: list[Paragraph] = []
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and paragraph.text.count("\t") >= 2:
            run.append(paragraph)
            continue
        if len(run) >= 2:
            tables.append(Table(paragraphs=run, rows=[_cells(p, i) for i, p in enumerate(run)]))
        run = []
    return tables


def _cells(paragraph: Paragraph, row: int) -> list[TableCell]:
    cells = []
    offset = paragraph.span.start
    for column, text in enumerate(paragraph.text.split("\t")):
        cells.append(TableCell(row, column, Span(offset, offset + len(text)), text))
        offset += len(text) + 1
    return cells


@dataclass
class _Columns:
    names: list[int]
    max: int
    score: int
    headers: list[str]


def table_blocks(tables: list[Table], lexicon: dict[str, Any]) -> list[ScoreBlock]:
    words = lexicon["table-columns"]
    rows_words = lexicon["table-rows"]
    blocks = []
    for table in tables:
        block = ScoreBlock(nodes=[], table=table)
        columns: _Columns | None = None
        path: list[ScoreNode | None] = []
        names_above: list[str] = []
        for row in table.rows:
            header = _header(row, words)
            if header is not None:
                columns, path, names_above = header, [], []
                continue
            if columns is None:
                continue
            names = [row[i].text.strip() if i < len(row) else "" for i in columns.names]
            first = next((n for n in names if n), "")
            max_claim = _claim(row, columns.max, ClaimKind.MAX, columns.headers[columns.max])
            score_claim = _claim(row, columns.score, ClaimKind.SCORE, columns.headers[columns.score])
            if _starts(first, rows_words["total"]):
                block.total_max = _as_total(max_claim)
                block.total_score = _as_total(score_claim)
                continue
            if _starts(first, rows_words["subtotal"]):
                parent = path[0] if path else None
                if parent is not None:
                    parent.max = parent.max or max_claim
                    if score_claim is not None and not parent.scores:
                        parent.scores.append(score_claim)
                continue
            if max_claim is None and score_claim is None:
                continue
            names = _carry(names, names_above)
            names_above = names
            depth = max((i for i, n in enumerate(names) if n), default=-1)
            if depth < 0:
                continue
            _place(block, path, names, depth, row, columns, max_claim, score_claim)
        if block.nodes:
            blocks.append(block)
    return blocks


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
        if node is None or node.label != names[level]:
            if not names[level]:
                continue
            node = ScoreNode(NodeKind.SECTION, names[level], _name_span(row, columns.names[level]))
            _attach(block, parent, node)
            path[level] = node
            del path[level + 1 :]
            while len(path) < depth:
                path.append(None)
        parent = node
    leaf = ScoreNode(NodeKind.INDICATOR, names[depth], _name_span(row, columns.names[depth]), max=max_claim)
    if score_claim is not None:
        leaf.scores.append(score_claim)
    _attach(block, parent, leaf)
    path.append(leaf)


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


def _header(row: list[TableCell], words: dict[str, list[str]]) -> _Columns | None:
    texts = [c.text.strip() for c in row]
    max_col = next((i for i, t in enumerate(texts) if _named(t, words["max"])), None)
    score_col = next((i for i, t in enumerate(texts) if _named(t, words["score"]) and i != max_col), None)
    if max_col is None or score_col is None:
        return None
    names = [i for i, t in enumerate(texts) if _named(t, words["name"]) and i < max_col]
    return _Columns(names or [0], max_col, score_col, texts)


def _named(text: str, words: list[str]) -> bool:
    bare = re.sub(r"[\s（）()]", "", text)
    return any(bare.startswith(w) for w in words) and len(bare) <= 8


def _starts(text: str, words: list[str]) -> bool:
    bare = re.sub(r"\s", "", text)
    return any(bare.startswith(w) for w in words)


def _claim(row: list[TableCell], column: int, kind: ClaimKind, header: str) -> ScoreClaim | None:
    if column >= len(row):
        return None
    cell = row[column]
    found = _NUMBER.match(cell.text)
    if found is None:
        return None
    value = to_decimal(found.group(1))
    if value is None:
        return None
    start = cell.span.start + found.start(1)
    value_span = Span(start, cell.span.start + found.end(1))
    return ScoreClaim(kind, value, value_span, value_span, header)


def _as_total(claim: ScoreClaim | None) -> ScoreClaim | None:
    if claim is None:
        return None
    return ScoreClaim(claim.kind, claim.value, claim.span, claim.value_span, claim.keyword, total=True)
