from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num

_WHOLE = 100  # the points of a whole evaluation: no single indicator is worth them


class MissingScore(Rule):
    """有分值却没有自评得分。

    检查内容
        一个指标写明了分值，却没有写得分，而它的同级指标都写了得分。得分格是 Excel 保存时没有计算结果的公式时，
        得分存在、只是读不到（formula-without-value 会提示），不报本规则。写明扣分的（“满分15分：推迟半个月，扣1分”）
        得分是分值减去扣分（14分），也不报。

    为什么
        缺少得分的指标无法加总，通常是段落被截断或漏填。

    反例
        ```text
        （1）履职效能总分值为6分，自评分值为6分
        应急救援演练次数，分值为3分。全年进行了4次演练，得3分。
        宣传培训场次，分值3分。全年进行了5次宣传
        ```

    正例
        ```text
        （1）履职效能总分值为6分，自评分值为6分
        应急救援演练次数，分值为3分。全年进行了4次演练，得3分。
        宣传培训场次，分值3分。全年进行了5次宣传，得3分。
        ```
    """

    code = "SC301"
    slug = "missing-score"
    severity = Severity.WARNING
    summary_en = "An indicator has points but no self-score while its siblings have one"

    def check(self, report: Report, ctx: Context) -> None:
        tops = {id(n): block.nodes for block in report.blocks for n in block.nodes}
        scored: dict[
            int, bool
        ] = {}  # whether a list of siblings has one with a score, by the list's identity
        in_table = {
            id(n): block.nodes for block in report.blocks if block.table is not None for n in block.nodes
        }
        for node in report.facts.score_nodes:
            if node.max is None or node.score_value is not None or node.hides_score:
                continue  # (a score written as a formula without its value is there, only unreadable)
            if node.max.value >= _WHOLE and not node.children:
                continue  # 本次自评采用……指标体系，满分100分: the scale of the whole evaluation, no indicator's points
            top = node
            while top.parent is not None:
                top = top.parent
            if id(top) in in_table:  # a table row: any row of the table with a score shows the column is used
                rows = in_table[id(top)]
                key = id(rows)
                if key not in scored:
                    scored[key] = any(n.score_value is not None for t in rows for n in t.walk())
            else:
                siblings = node.parent.children if node.parent else tops.get(id(node), ())
                key = id(siblings)
                if key not in scored:
                    scored[key] = any(s.score_value is not None for s in siblings)
            if not scored[key]:
                continue  # (this node has none: any score is a sibling's)
            worth = num(node.max.value)
            ctx.report(
                node.max.span,
                Message(
                    f"{name(node)}：分值{worth}分，但没有自评得分",
                    f"{name(node)}: worth {worth} points but has no self-score",
                ),
            )
