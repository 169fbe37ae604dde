from __future__ import annotations

from decimal import Decimal

from linter.model import Report, ScoreClaim, ScoreNode
from linter.rule import Context, Message, Rule
from rules.score.messages import label_key, name, num


class ScoreAboveMax(Rule):
    """自评得分超过该项分值。

    检查内容
        指标或一级指标的自评得分高于它自己的分值；没有单独分值的分项，得分高于所属上级指标的分值。
        按百分比设权重的报告（产出质量（权重10%）），权重即分值，与表头写“权重（%）”的自评表一样。

    为什么
        得分不可能超过满分。这类错误多半是复制上一条时忘了改分值或得分，评审时一眼就会被扣分。

    反例
        ```text
        （1）履职效能总分值为4分，自评分值为4分
        应急救援演练次数，分值为2分。全年进行了4次演练，得3分。
        ```

    正例
        ```text
        （1）履职效能总分值为2分，自评分值为2分
        应急救援演练次数，分值为2分。全年进行了4次演练，得2分。
        ```
    """

    code = "SC101"
    slug = "score-above-max"
    summary_en = "A self-score is higher than the indicator's points"

    def check(self, report: Report, ctx: Context) -> None:
        over: list[tuple[ScoreNode, ScoreClaim, Decimal]] = []  # above their own points, reported below
        for node in report.facts.score_nodes:
            worth = node.max
            parent = node.parent if worth is None else None  # looked up only for a node without points of its own
            if worth is None and (parent is None or parent.max is None):
                continue  # nothing to compare its score with
            score = node.score_value
            if score is None:
                continue
            anchor = node.scores[-1].span if node.scores else node.span
            if worth is not None:
                if score > worth.value:
                    over.append((node, worth, score))
                continue
            if parent is not None and parent.max is not None and score > parent.max.value:
                ctx.report(
                    anchor,
                    Message(
                        f"{name(node)}：得{num(score)}分，超过所属“{name(parent)}”的分值{num(parent.max.value)}分",
                        f"{name(node)}: scored {num(score)}, more than the {num(parent.max.value)} points "
                        f"of “{name(parent)}”",
                    ),
                    related=((parent.max.span, Message("上级分值在此", "parent's points stated here")),),
                )
        for node, worth, score, again in _told_twice(report, over):
            points, scored = num(worth.value), num(score)
            stated = f"权重{points}%" if worth.weight else f"分值{points}分"  # 权重10%: 10 points of 100
            related = [(worth.span, Message("分值在此", "points stated here"))]
            if again is not None:
                where = again.scores[-1].span if again.scores else again.span
                related.append(
                    (where, Message(f"自评表“{name(again)}”同样写为得{scored}分", f"the score table's “{name(again)}” also says {scored}"))
                )
            ctx.report(
                node.scores[-1].span if node.scores else node.span,
                Message(f"{name(node)}：{stated}，自评得{scored}分", f"{name(node)}: worth {points} points, self-scored {scored}"),
                related=tuple(related),
            )


def _told_twice(
    report: Report, over: list[tuple[ScoreNode, ScoreClaim, Decimal]]
) -> list[tuple[ScoreNode, ScoreClaim, Decimal, ScoreNode | None]]:
    """Each score above its points, with the one that tells it again: the prose and the score table of a report state
    one indicator's points and score twice, and a mistake copied between them is one mistake. A prose item is paired
    with the one table row of the same points and score named alike, when there is only one."""
    tabled = {id(n) for b in report.blocks if b.table is not None for top in b.nodes for n in top.walk()}
    rows: dict[tuple[Decimal, Decimal], list[ScoreNode]] = {}
    for node, worth, score in over:
        if id(node) in tabled:
            rows.setdefault((worth.value, score), []).append(node)
    paired: dict[int, ScoreNode] = {}
    for node, worth, score in over:
        if id(node) in tabled:
            continue
        same = [row for row in rows.get((worth.value, score), []) if id(row) not in paired and _alike(node, row)]
        if len(same) == 1:
            paired[id(same[0])] = node
            paired[id(node)] = same[0]
    out = []
    for node, worth, score in over:
        again = paired.get(id(node))
        if again is not None and id(node) in tabled:
            continue  # told with the prose item
        out.append((node, worth, score, again))
    return out


def _alike(a: ScoreNode, b: ScoreNode) -> bool:
    """Whether two names may be one indicator's: one holds the other (投入, 投入指标), or they share three pairs of
    characters (小区居住环境明显改善, 居住环境改善情况; not 培训合格率, 验收合格率)."""
    x, y = label_key(a.label), label_key(b.label)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    return len({x[i : i + 2] for i in range(len(x) - 1)} & {y[i : i + 2] for i in range(len(y) - 1)}) >= 3
