"""A flat list of indicators closed, group by group, by lines naming the first-level indicator they total.

    （二）培训人次（分值15分）……得14分。
    ……
    （五）人均培训成本（分值10分）……得10分。
    产出指标合计得49分。
    （六）培训后就业人数（分值15分）……得15分。
    （七）培训长效机制建设（分值15分）……得13分。
    效益指标合计得28分。

The items are numbered as one list, so the section tree puts them side by side; each 合计 line names the
first-level indicator (产出指标, 效益指标) whose items are the ones above it, back to the previous such line or
to an indicator that is itself first-level (预算执行率). Those items become that indicator's parts, so that their
scores are summed against the line's. A line whose score is off from theirs by a whole item or more totals some
other set of items (a group above it left without its own 合计 line): nothing is grouped then.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal

from linter import patterns
from linter.diagnostics import Span
from linter.frameworks import frameworks
from linter.model import ClaimKind, NodeKind, Paragraph, Role, ScoreBlock, ScoreClaim, ScoreNode

# 产出指标合计得49分, 效益指标小计：得28分: a first-level name and a 合计 word opening an unnumbered line.
_CLOSING = patterns.compile(r"[^\S\r\n]*([\u4e00-\u9fff]{2,8}指标)(?:合计|小计)")


def close_flat_groups(blocks: list[ScoreBlock], paragraphs: list[Paragraph], skip: set[int]) -> None:
    """Put under each closing line's first-level indicator the items above it (see the module's docstring)."""
    made: set[int] = set()
    for paragraph in paragraphs:
        if paragraph.marker is not None or not paragraph.claims or "计" not in paragraph.text:
            continue
        found = _CLOSING.match(paragraph.text)
        if found is None or not _is_first_level(found.group(1)):
            continue
        claims = [c for c in paragraph.claims if id(c) not in skip]
        score = _total_only(claims)
        if score is None or _used(score, blocks):
            continue
        group = _close(blocks, paragraph, found.group(1), found.span(1), claims, score, made)
        if group is not None:
            made.add(id(group))


def _total_only(claims: list[ScoreClaim]) -> ScoreClaim | None:
    """The line's subtotal score, when the line states nothing else but its points."""
    scores = [c for c in claims if c.kind is ClaimKind.SCORE]
    points = [c for c in claims if c.kind is ClaimKind.MAX]
    if len(scores) != 1 or len(points) > 1 or scores[0].role is not Role.SUBTOTAL:
        return None
    return scores[0]


def _used(claim: ScoreClaim, blocks: list[ScoreBlock]) -> bool:
    return any(claim in node.scores for block in blocks for top in block.nodes for node in top.walk())


def _close(
    blocks: list[ScoreBlock],
    paragraph: Paragraph,
    name: str,
    at: tuple[int, int],
    claims: list[ScoreClaim],
    score: ScoreClaim,
    made: set[int],
) -> ScoreNode | None:
    """The node of the first-level indicator ``name`` made of the items above ``paragraph``, if they are there."""
    start = paragraph.span.start
    block = max(
        (b for b in blocks if b.table is None and b.nodes and b.nodes[0].span.start < start),
        key=lambda b: b.nodes[0].span.start,
        default=None,
    )
    if block is None:
        return None
    nodes = block.nodes
    end = bisect_right([n.span.start for n in nodes], start)
    first = end
    while first > 0 and id(nodes[first - 1]) not in made and not _is_first_level(nodes[first - 1].label):
        first -= 1
    items = nodes[first:end]
    if len(items) < 2 or not all(n.scores for n in items):
        return None
    values = [_stated(n) for n in items]
    if abs(sum(values, Decimal(0)) - score.value) >= min(values):
        return None  # off by a whole item or more: the items above are not (all) the ones it totals
    group = ScoreNode(
        NodeKind.SECTION,
        label=name,
        span=Span(start + at[0], start + at[1]),
        max=next((c for c in claims if c.kind is ClaimKind.MAX), None),
        scores=[score],
    )
    for item in items:
        item.parent = group
    group.children.extend(items)
    nodes[first:end] = [group]
    return group


def _stated(node: ScoreNode) -> Decimal:
    """What the scores ``node`` states add up to (a score restated counts once), before the tree is finished."""
    values = {c.value for c in node.scores}
    return values.pop() if len(values) == 1 else sum((c.value for c in node.scores), Decimal(0))


def _is_first_level(label: str) -> bool:
    return any(framework.match(label) is not None for framework in frameworks())
