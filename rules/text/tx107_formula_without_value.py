from __future__ import annotations

import re

from linter import patterns
from linter.diagnostics import Severity, Span
from linter.model import Report
from linter.rule import Context, Message, Rule

# A spreadsheet formula written where its value should be: at the start of a line or of a table cell, “=”
# and then a function call (SUM( …) or a cell reference (B3, $C$12), up to the end of the cell.
_FORMULA = r"=[ \t]*(?:[A-Z][A-Z0-9.]*\(|\$?[A-Z]{1,3}\$?[0-9]+\b)[^\t\r\n]*"


def _formula_at(text: str, at: int) -> re.Match[str] | None:
    """The formula starting with the “=” at ``at``, when it opens its line or table cell (spaces aside)."""
    before = at
    while before > 0 and text[before - 1] in " \t":
        if text[before - 1] == "\t":
            break
        before -= 1
    if before > 0 and text[before - 1] not in "\t\r\n":
        return None
    return patterns.compile(_FORMULA).match(text, at)
_SHOWN = 40  # characters of a long formula shown in the message


class FormulaWithoutValue(Rule):
    """表格中写的是公式而不是数值，看不到计算结果。

    检查内容
        行首或表格单元格开头是电子表格公式：等号后接函数（`=SUM(C3:C8)`、`=ROUND(…)`）或单元格引用
        （`=B3+B4`、`=$C$12`）。读取 Excel 文件时，只有公式、没有保存计算结果的单元格也以公式的形式出现在文字里。
        句中的“=”（“完成率=100%”）、等号后是数字或中文（“=100”“=合计×权重”）都不算。

    为什么
        公式没有计算结果时，表中这一格的数值谁也看不到：评审看到的是空格或公式，jxlint 也无法核对它与分值、
        合计是否一致。通常是文件由程序生成、或保存前没有重新计算；在 Excel 中打开、重新计算并保存即可。

    反例
        ```text
        指标	分值	得分
        产出指标	30	=SUM(C3:C8)
        ```

    正例
        ```text
        指标	分值	得分
        产出指标	30	28
        本年度处理结案率=100%，得3分。
        ```
    """

    code = "TX107"
    slug = "formula-without-value"
    summary_en = "A spreadsheet formula where its value should be: the value cannot be seen or checked"
    severity = Severity.INFO

    def check(self, report: Report, ctx: Context) -> None:
        text = report.text
        at = text.find("=")
        while at >= 0:
            match = _formula_at(text, at)
            at = text.find("=", at + 1)
            if match is None:
                continue
            start = match.start()
            formula = text[start : match.end()].rstrip()
            shown = formula if len(formula) <= _SHOWN else formula[: _SHOWN - 1] + "…"
            ctx.report(
                Span(start, start + len(formula)),
                Message(
                    f"“{shown}”是公式，没有计算结果：这里的数值看不到，无法核对（请在 Excel 中重新计算并保存）",
                    f"“{shown}” is a formula without its value: the number cannot be seen or checked "
                    "(recalculate and save the workbook in Excel)",
                ),
            )
