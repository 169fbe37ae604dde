from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report, ScoreNode
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num


class RestatedScoreMismatch(Rule):
    """结论里复述的一级指标得分与正文该部分写明的得分不符。

    检查内容
        报告在总体评价或结论里复述各一级指标的得分（“投入15分、过程25分、产出28.5分、效果28.5分，自评总得分97分”），
        正文又在该一级指标的部分写明了它的得分（“（三）过程情况（分值25分，得24.5分）”）；两处不同时报告复述的一处，
        并指出正文的一处。同一个一级指标在正文写了几次（几个项目各一份）时，与每一处都不同才报告。复述与自评表的比较由
        table-text-mismatch 负责。

    为什么
        同一份报告里一个指标有两个得分，评审不知道哪一个是对的；多半是改了正文而忘了改结论（或者相反）。

    反例
        ```text
        经自评，投入得15分、过程得25分、产出得28.5分、效果得28.5分，自评总得分97分。
        （一）投入情况（分值15分，得15分）
        （二）过程情况（分值25分，得24.5分）
        （三）产出情况（分值30分，得28.5分）
        （四）效果情况（分值30分，得28.5分）
        ```

    正例
        ```text
        经自评，投入得15分、过程得24.5分、产出得28.5分、效果得28.5分，自评总得分96.5分。
        （一）投入情况（分值15分，得15分）
        （二）过程情况（分值25分，得24.5分）
        （三）产出情况（分值30分，得28.5分）
        （四）效果情况（分值30分，得28.5分）
        ```
    """

    code = "SC704"
    slug = "restated-score-mismatch"
    summary_en = "A first-level score restated in the conclusion differs from the one its own section states"
    severity = Severity.ERROR

    def check(self, report: Report, ctx: Context) -> None:
        if not report.restatements:
            return
        sections: dict[str, list[ScoreNode]] = {}
        for block in report.blocks:
            if block.table is None and block.first_level:  # the text's own first level, read complete
                for node in block.nodes:
                    if node.key is not None and node.scores:
                        sections.setdefault(node.key, []).append(node)
        for restatement in report.restatements:
            for item in restatement.items:
                stated = item.scores[0] if item.key is not None and item.scores else None
                # a section worth less than the restated score is not the indicator restated (another form's)
                others = [
                    o for o in sections.get(item.key or "", []) if stated is None or o.max is None or o.max.value >= stated.value
                ]
                if stated is None or not others or any(o.scores[0].value == stated.value for o in others):
                    continue
                other = min(others, key=lambda o: abs(o.span.start - item.span.start))
                ctx.report(
                    stated.span,
                    Message(
                        f"{name(item)}：复述的得分为{num(stated.value)}分，正文该部分写明得分{num(other.scores[0].value)}分",
                        f"{name(item)}: restated as {num(stated.value)}, its section states {num(other.scores[0].value)}",
                    ),
                    related=((other.scores[0].span, Message("该部分的得分", "the section's score")),),
                )
