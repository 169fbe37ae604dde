from __future__ import annotations

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Family, Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import bracketed, delimiter, delimiter_mark, label

_BRACKETED = (Family.PAREN_CN, Family.PAREN_ARABIC)


class NumberingExtraDelimiter(Rule):
    """括号编号后又加了标点。

    检查内容
        带括号的编号（（一）（1））后面又跟了“、”或“.”，如“(一)、”。给出删去多余标点的修复。

    为什么
        括号本身已把编号与正文隔开，公文中（一）（1）之后不再加顿号或点号。

    反例
        ```text
        （一）、部门整体绩效自评得分
        ```

    正例
        ```text
        （一）部门整体绩效自评得分
        ```
    """

    code = "NM303"
    slug = "numbering-extra-delimiter"
    severity = Severity.INFO
    summary_en = "A bracketed number is followed by a needless 、 or ."

    def check(self, report: Report, ctx: Context) -> None:
        for marker in report.facts.list_markers:
            if marker.family not in _BRACKETED or delimiter_mark(marker) is None:
                continue
            found = delimiter(marker)
            assert found is not None
            mark, span = found
            bare, brackets = bracketed(marker)
            extra = Span(brackets.end, span.end)  # spaces before the mark go too
            ctx.report(
                span,
                Message(
                    f"括号编号后多了“{mark}”：{label(marker)}应为{bare}",
                    f"needless “{mark}” after a bracketed number: {label(marker)}",
                ),
                fix=Fix(Message(f"删去“{mark}”", f"delete “{mark}”"), (Edit(extra, ""),)),
            )
