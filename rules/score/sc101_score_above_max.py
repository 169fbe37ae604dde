from __future__ import annotations

from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num


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
                    points, scored = num(worth.value), num(score)
                    stated = f"权重{points}%" if worth.weight else f"分值{points}分"  # 权重10%: 10 points of 100
                    ctx.report(
                        anchor,
                        Message(
                            f"{name(node)}：{stated}，自评得{scored}分",
                            f"{name(node)}: worth {points} points, self-scored {scored}",
                        ),
                        related=((worth.span, Message("分值在此", "points stated here")),),
                    )
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
