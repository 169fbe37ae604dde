"""Score tables that list a section's items: the table typed right under a line stating the section's points and
score (（三）履职效能：总分值30分，自评得分27分。各项指标完成及得分如下： over rows of 指标名称 | 分值 | 得分).

The text and the tables are read apart, so such a table is a block of its own, and its rows would be summed
against nothing. When a table without a total row of its own stands right under such a line, and its rows add up
to the section's points or to its score (one of the two may be the mistake), its rows are the section's items.
Only a flat list is taken so (rows without items of their own, no funds or bonus rows), under a section worth less
than the whole evaluation: a form with levels of indicators is the report's own score table.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from decimal import Decimal

from linter.model import Paragraph, Role, ScoreBlock, ScoreNode

_CAPTION_CHARS = 40  # a line between the statement and the table that holds no claim: a caption (表3 …)


def adopt_tables(blocks: list[ScoreBlock], tables: list[ScoreBlock], paragraphs: list[Paragraph]) -> list[ScoreBlock]:
    """``tables`` without those whose rows became the items of a section of ``blocks`` (the text's)."""
    if not tables:
        return tables
    stated: dict[int, list[ScoreNode]] = {}  # a line's index → the sections with no items whose points it states
    starts = [p.span.start for p in paragraphs]
    for block in blocks:
        for node in (n for top in block.nodes for n in top.walk()):
            if node.max is not None and node.scores and not node.children and node.scores[0].role is not Role.FULL:
                stated.setdefault(bisect_right(starts, node.max.span.start) - 1, []).append(node)
    if not stated:
        return tables
    kept = []
    for block in tables:
        node = _section_above(block, stated, paragraphs)
        if node is None:
            kept.append(block)
            continue
        up = weakref.ref(node)
        for child in block.nodes:
            child._parent = up
        node.children += block.nodes
    return kept


def _section_above(
    block: ScoreBlock, stated: dict[int, list[ScoreNode]], paragraphs: list[Paragraph]
) -> ScoreNode | None:
    if block.table is None or block.first_level or block.total_max is not None or block.total_score is not None:
        return None
    if not block.nodes or block.funds is not None or block.bonus or any(n.children for n in block.nodes):
        return None  # a form of its own (its funds row, bonus rows, or levels of indicators): not one section's list
    at = block.table.paragraphs[0].index - 1
    while at >= 0 and paragraphs[at].is_blank:
        at -= 1
    if at >= 0 and not paragraphs[at].claims and len(paragraphs[at].text.strip()) <= _CAPTION_CHARS:
        at -= 1  # a caption between them
        while at >= 0 and paragraphs[at].is_blank:
            at -= 1
    candidates = stated.get(at, [])
    if len(candidates) != 1:
        return None
    node = candidates[0]
    assert node.max is not None and node.score is not None
    if node.max.value >= 100:
        return None  # the whole evaluation's score: its table is the report's first level, read as such
    # (the section's own claims: its values are worked out once the tree is complete)
    maxima = [n.max_value for n in block.nodes]
    scores = [n.score_value for n in block.nodes]
    adds_to_max = None not in maxima and sum(maxima, Decimal(0)) == node.max.value  # type: ignore[arg-type]
    adds_to_score = None not in scores and sum(scores, Decimal(0)) == node.score.value  # type: ignore[arg-type]
    return node if adds_to_max or adds_to_score else None
