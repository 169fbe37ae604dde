"""Which framework a report follows, and which of its score nodes are the first-level indicators.

The framework is the one whose first-level names the report's top score nodes (and restatements) use most,
with its cue words as the tie-breaker; ``framework:`` in jxlint.yaml overrides it. A block is read as the
first level only when every node in it names a first-level indicator of that framework (a table with a 总分 row
is a first level by its layout). An indicator the framework counts at the first level but the block lacks — the
10号 预算执行率, stated in the funds block or in its own paragraph — is borrowed from where the report states it;
when it is stated nowhere, the block is not read as complete, so no total is checked against it.
"""

from __future__ import annotations

from decimal import Decimal

from linter.frameworks import Framework, by_id, frameworks
from linter.model import Report, ScoreBlock, ScoreNode


def assign_framework(report: Report, override: str | None = None) -> None:
    tops = [n for block in report.blocks for n in block.nodes]
    tops += [n for r in report.restatements for n in r.items]
    chosen: Framework | None = None
    reason = ""
    if override is not None:
        chosen = by_id(override)
        reason = "配置文件指定（framework）"
    else:
        best: tuple[int, int, Framework, list[str], list[str]] | None = None
        for framework in frameworks():
            names = sorted({i.name for n in tops if (i := framework.match(n.label)) is not None})
            if len(names) < 2:
                continue
            cues = [c for c in framework.cues if c in report.text]
            rank = (len(names), len(cues))
            if best is None or rank > best[:2]:
                best = (*rank, framework, names, cues)
        if best is not None:
            chosen = best[2]
            reason = "一级指标名称：" + "、".join(best[3])
            if best[4]:
                reason += "；特征词：" + "、".join(best[4][:4])
    report.framework = chosen
    report.framework_reason = reason
    if chosen is not None:
        for node in tops:
            indicator = chosen.match(node.label)
            node.key = indicator.key if indicator else None
        # A 项目资金 row is the indicator scored by the execution rate whatever it is called (年度资金总额, or
        # no name of its own beside the amounts).
        rated = next((i.key for i in chosen.first_level if i.scoring == "proportional-capped"), None)
        for block in report.blocks:
            if block.funds is not None and block.funds.key is None:
                block.funds.key = rated
    for block in report.blocks:
        block.first_level = _complete(report, block) or (
            chosen is not None and _first_level(report, block, chosen)
        )
    _selections(report)


def _selections(report: Report) -> None:
    """Mark as a selection (not summed) the parts the prose lists under a first-level indicator whose score table row
    states the same score over more parts that add up to it: the prose names some of them (the ones that lost
    points, a survey's result), the table all."""
    tabled = {
        n.key: n
        for b in report.blocks
        if b.table is not None
        for n in b.nodes
        if n.key is not None and n.children and n.score_value is not None
    }
    for block in report.blocks:
        if block.table is not None:
            continue
        for node in block.nodes:
            row = tabled.get(node.key) if node.key is not None and node.children else None
            if row is None or row.score_value != node.score_value or row.recomputed_value() != row.score_value:
                continue
            if len(node.children) < sum(1 for n in row.walk() if not n.children):
                node.uncertain = True  # fewer parts than the table's


def _complete(report: Report, block: ScoreBlock) -> bool:
    """A block whose nodes' stated points add up to the whole report's total is its first level by its layout;
    so is a table that ends in a 总分 row when no framework says otherwise."""
    if block.table is not None:
        if report.framework is None:
            return (block.total_max or block.total_score) is not None
        # A form the chosen framework does not describe, whose rows' points add up to its own 合计, is whole by
        # itself (a project sheet beside the 部门整体 sheet that chose the framework): nothing is borrowed for it.
        if all(n.key for n in block.nodes):
            return False
        maxima = [m for n in block.nodes if (m := n.max_value) is not None]
        return (
            block.total_max is not None
            and len(block.nodes) >= 2
            and len(maxima) == len(block.nodes)
            and sum(maxima, Decimal(0)) == block.total_max.value
        )
    total = report.overall_max.value if report.overall_max else (
        report.framework.total if report.framework else Decimal(100)
    )
    maxima = [n.max.value for n in block.nodes if n.max is not None]
    return len(block.nodes) >= 2 and len(maxima) == len(block.nodes) and sum(maxima, Decimal(0)) == total


def _first_level(report: Report, block: ScoreBlock, framework: Framework) -> bool:
    keys = [n.key for n in block.nodes]
    if len(block.nodes) < 2:
        return False
    if block.table is not None and block.total_max is None and block.total_score is None:
        if not all(keys):
            return False
    elif block.table is None and (len(block.nodes) < 2 or not all(keys)):
        return False
    present = {k for k in keys if k}
    borrowed = []
    for indicator in framework.first_level:
        if indicator.key in present:
            continue
        found = _stated_elsewhere(report, block, indicator.key, indicator.aliases)
        if found is None:
            return False  # the reading is not complete: no first-level total is checked
        borrowed.append(found)
    block.borrowed = borrowed
    return True


def _stated_elsewhere(
    report: Report, block: ScoreBlock, key: str, aliases: tuple[str, ...]
) -> ScoreNode | None:
    """A scored node for ``key`` outside ``block``: one that names it, or one stated in a paragraph about it."""
    others = [b for b in report.blocks if b is not block]
    for node in (n for other in others for n in other.nodes):
        if node.key == key and node.score is not None:
            return node
    for node in (n for other in others if other.table is None for top in other.nodes for n in top.walk()):
        if node.score is None or node.children:
            continue
        claim = node.score
        line, _ = report.position(claim.span.start)
        paragraph = report.paragraphs[line - 1]
        sentence = paragraph.text[: claim.span.start - paragraph.span.start].rsplit("。", 1)[-1]
        heading = next(
            (p for p in reversed(report.paragraphs[: paragraph.index + 1]) if p.marker is not None), None
        )
        if any(a in sentence for a in aliases) or (
            heading is not None and not heading.claims and any(a in heading.text for a in aliases)
        ):
            node.key = key
            return node
    return None
