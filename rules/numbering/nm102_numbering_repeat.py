from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import label, label_span, relabel, steps


class NumberingRepeat(Rule):
    """同级编号重复或倒退。

    检查内容
        同一级编号中，某一项与上一项相同（2、之后又是2、），或比上一项还小（4、之后是2、）。编号在新的上级标题下、
        或在一行不带编号的小标题（如“存在问题：”）之后从1重新开始，不算倒退。每处只报一次：之后的编号按这一项
        接着数。

    为什么
        重复或倒退的编号通常是复制段落后忘了改号，或两组内容被拼在了一起，读者无法据编号引用条目。

    反例
        ```text
        （一）部门自评工作开展情况
        1、评价小组情况。单位负责人任组长。
        2、自评工作过程。评价工作小组认真开展自评自查工作。
        2、自评材料报送时间及质量。按时完成自评工作。
        ```

    正例
        ```text
        （一）部门自评工作开展情况
        1、评价小组情况。单位负责人任组长。
        2、自评工作过程。评价工作小组认真开展自评自查工作。
        3、自评材料报送时间及质量。按时完成自评工作。
        ```
    """

    code = "NM102"
    slug = "numbering-repeat"
    severity = Severity.WARNING
    summary_en = "A numbered item repeats or goes back from the previous item of its level"

    def check(self, report: Report, ctx: Context) -> None:
        for numbered in report.lists:
            for before, after in steps(numbered):
                if after.value > before.value:
                    continue
                expected = relabel(after, before.value + 1)
                previous, found = label(before), label(after)
                if after.value == before.value:
                    message = Message(
                        f"编号重复：{previous}之后应为{expected}，实际又为{found}",
                        f"numbering repeats: {previous} should be followed by {expected}, found {found} again",
                    )
                else:
                    message = Message(
                        f"编号倒退：{previous}之后应为{expected}，实际为{found}",
                        f"numbering goes back: {previous} should be followed by {expected}, found {found}",
                    )
                ctx.report(
                    label_span(after),
                    message,
                    related=((label_span(before), Message("上一项", "previous item")),),
                )
