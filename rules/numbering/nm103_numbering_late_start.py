from __future__ import annotations

from linter.diagnostics import Severity, Span
from linter.model import NumberedList, Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import in_table_rows, label, label_span, relabel


class NumberingLateStart(Rule):
    """同级编号不从1开始。

    检查内容
        一组同级编号的第一项不是1（一、（一）1、（1）1）①），例如前面没有“1、”就出现了“2、”。前面的编号写在
        同一标题下的表格单元格里（列表的前几项写进了表格）时不算。

    为什么
        缺了开头的编号，说明前面的条目被删掉、漏写了编号，或这一项本应属于别的层级；每个上级标题下的编号应从1
        重新数起。

    反例
        ```text
        （一）部门整体绩效目标完成情况
        2、从绩效创新型指标维度，简要分析创新型指标的完成情况及占比。
        3、绩效目标完成情况。
        ```

    正例
        ```text
        （一）部门整体绩效目标完成情况
        1、从绩效创新型指标维度，简要分析创新型指标的完成情况及占比。
        2、绩效目标完成情况。
        ```
    """

    code = "NM103"
    slug = "numbering-late-start"
    severity = Severity.WARNING
    summary_en = "A level's numbering does not start at 1"

    def check(self, report: Report, ctx: Context) -> None:
        for index, numbered in enumerate(report.lists):
            first = numbered.items[0].marker if numbered.items else None
            if first is None or first.value <= 1:
                continue
            parent = numbered.parent.index + 1 if numbered.parent is not None else 0
            if set(range(1, first.value)) <= in_table_rows(
                report, first.family, parent, numbered.items[0].index
            ):
                continue  # the first items were written into a table's cells
            missing = relabel(first, 1)
            related: tuple[tuple[Span, Message], ...] = ()
            carried = _carried_from(report.lists[:index], numbered)
            if carried is not None and carried.marker is not None:
                related = (
                    (
                        label_span(carried.marker),
                        Message("上一组编号到此为止", "the previous group ends here"),
                    ),
                )
            ctx.report(
                label_span(first),
                Message(
                    f"编号未从1开始：本级第一项为{label(first)}，缺少{missing}",
                    f"numbering does not start at 1: the level begins with {label(first)}, {missing} is missing",
                ),
                related=related,
            )


def _carried_from(earlier: list[NumberedList], numbered: NumberedList) -> Paragraph | None:
    """The last item of an earlier list of the same style that this one seems to carry on from."""
    first = numbered.items[0].marker
    assert first is not None
    for previous in reversed(earlier):
        last = previous.items[-1].marker if previous.items else None
        if last is not None and last.family is first.family:
            return previous.items[-1] if last.value == first.value - 1 else None
    return None
