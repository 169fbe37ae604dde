from __future__ import annotations

from itertools import pairwise

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import in_table_rows, label, label_span, relabel


class NumberingGap(Rule):
    """同级编号跳号。

    检查内容
        同一级编号应依次为 1、2、3……；某一项比上一项多出不止 1（（2）之后直接是（7））即为跳号。每处跳号只报一次：
        之后的编号按跳号后的数接着数，（7）之后是（8）不再报。中间缺的编号写在两项之间的表格单元格里
        （列表的一部分写进了表格）时不算跳号。

    为什么
        跳号多半是删改段落或从别处复制后忘了重新编号，读者会以为漏了内容，评审也会据此扣分。

    反例
        ```text
        （一）绩效目标完成情况分析
        （1）运行成本总分值为8分，自评分值为6分。
        （2）管理效率总分为22分，自评分值为20分。
        （7）履职效能总分值为30分，自评分值为30分
        （8）社会效应总分值为30分，自评分30分
        ```

    正例
        ```text
        （一）绩效目标完成情况分析
        （1）运行成本总分值为8分，自评分值为6分。
        （2）管理效率总分为22分，自评分值为20分。
        （3）履职效能总分值为30分，自评分值为30分
        （4）社会效应总分值为30分，自评分30分
        ```
    """

    code = "NM101"
    slug = "numbering-gap"
    severity = Severity.WARNING
    summary_en = "A numbered item skips numbers after the previous item of its level"

    def check(self, report: Report, ctx: Context) -> None:
        for numbered in report.lists:
            for first, second in pairwise(p for p in numbered.items if p.marker is not None):
                before, after = first.marker, second.marker
                assert before is not None and after is not None
                if after.value <= before.value + 1:
                    continue
                between = in_table_rows(report, after.family, first.index, second.index)
                if set(range(before.value + 1, after.value)) <= between:
                    continue  # the numbers between are items written into a table's cells
                expected = relabel(after, before.value + 1)
                previous, found = label(before), label(after)
                ctx.report(
                    label_span(after),
                    Message(
                        f"编号不连续：{previous}之后应为{expected}，实际为{found}",
                        f"numbering gap: {previous} should be followed by {expected}, found {found}",
                    ),
                    related=((label_span(before), Message("上一项", "previous item")),),
                )
