from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule


class EmptyFile(Rule):
    """文件里没有文字。

    检查内容
        文件是空的，或只有空白（空格、空行）和符号（分隔线之类），没有一个汉字、字母或数字。

    为什么
        空文件没有可检查的内容，不报告就会显得“检查通过”；通常是导出、转换或上传时出了错。

    反例
        ```text
        ——————
        ```

    正例
        ```text
        一、部门基本情况
        ```
    """

    code = "ST102"
    slug = "empty-file"
    summary_en = "The file holds no text"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        if not any(ch.isalnum() for ch in report.text):
            ctx.report(
                report.paragraphs[0].span,  # the first line, without its line break (CRLF, CR or LF)
                Message(
                    "文件是空的（没有文字），没有可检查的内容"
                    if not report.text.strip()
                    else "文件里只有空白和符号，没有文字，没有可检查的内容",
                    "the file is empty (no text): nothing to check"
                    if not report.text.strip()
                    else "the file holds only blanks and symbols, no text: nothing to check",
                ),
            )
