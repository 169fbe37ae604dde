from __future__ import annotations

from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num


class DeductionMismatch(Rule):
    """得分高于分值减去写明的扣分。

    检查内容
        一项指标写明了分值，接着说明扣了几分，再写出得分（“质量达标率（6分），……扣1分，得5.5分”），而得分比分值减去
        扣分还高（6−1=5，却写5.5分）。几处扣分相加（“扣0.5分……扣0.5分”，或“共扣1分”）；评分标准里的扣分
        （“每推迟一天扣0.5分”）和“不扣分”不算。得分低于分值减扣分不报告：可能还有没有写出的扣分。

    为什么
        扣分说明是评审核对得分的依据；说扣了1分却只少了0.5分，得分和说明必有一处写错。

    反例
        ```text
        三是质量达标率（6分），2个村道路硬化项目验收时发现路面局部开裂，扣1分，得5.5分。
        ```

    正例
        ```text
        三是质量达标率（6分），2个村道路硬化项目验收时发现路面局部开裂，扣1分，得5分。
        ```
    """

    code = "SC705"
    slug = "deduction-mismatch"
    summary_en = "A score above the item's points less the deduction it states"

    def check(self, report: Report, ctx: Context) -> None:
        for node in report.facts.score_nodes:
            deducted, worth, score = node.deducted, node.max, node.score
            if deducted is None or worth is None or score is None:
                continue
            left = worth.value - deducted.value
            if score.value <= left:
                continue
            ctx.report(
                score.span,
                Message(
                    f"{name(node)}：分值{num(worth.value)}分，扣{num(deducted.value)}分，应得{num(left)}分，"
                    f"报告为{num(score.value)}分",
                    f"{name(node)}: {num(worth.value)} points less {num(deducted.value)} deducted is {num(left)}, "
                    f"the report says {num(score.value)}",
                ),
                related=(
                    (worth.span, Message("分值在此", "points stated here")),
                    (deducted.span, Message("扣分在此", "deduction stated here")),
                ),
            )
