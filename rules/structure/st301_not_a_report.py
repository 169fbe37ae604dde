from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule


class NotAReport(Rule):
    """文件不像是绩效自评报告：没有编号标题、分值得分或表格。

    检查内容
        文件有文字，但没有一个编号标题或列表项（一、 （一） 1. （1） ①）、没有一处分值或得分、也没有表格：
        分值、编号和结构规则都无从检查，只做了文字方面的检查。

    为什么
        这时“没有问题”并不说明报告合格，而往往是选错了文件（通知、说明、网页的导航文字），或文档的正文没有
        读出来（例如正文在图片里）。

    反例
        ```text
        关于做好2022年度部门整体支出绩效自评工作的通知
        请各单位按时报送材料。
        ```

    正例
        ```text
        一、部门基本情况
        本部门2022年度部门整体支出绩效自评得分为96分。
        ```
    """

    code = "ST301"
    slug = "not-a-report"
    summary_en = "The file does not look like a report: no numbered headings, scores or tables"
    severity = Severity.INFO

    def check(self, report: Report, ctx: Context) -> None:
        if not any(ch.isalnum() for ch in report.text) or report.lists or report.tables:
            return
        if report.overall is not None or any(p.claims for p in report.paragraphs):
            return
        first = next(p for p in report.paragraphs if not p.is_blank)
        ctx.report(
            first.span,
            Message(
                "文件里没有编号标题、分值得分或表格，不像是绩效自评报告：只做了文字方面的检查",
                "no numbered headings, scores or tables: this does not look like a self-evaluation report, "
                "and only the text checks could apply",
            ),
        )
