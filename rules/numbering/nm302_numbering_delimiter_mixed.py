from __future__ import annotations

from collections import Counter

from linter.diagnostics import Edit, Fix, Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import delimiter, delimiter_mark, label, label_span, main_family


class NumberingDelimiterMixed(Rule):
    """同级编号后的标点不统一。

    检查内容
        同一组同级编号中，编号后的标点有的用“、”，有的用“.”或“．”（1、 2. 3、）。以这一组多数编号的写法为准
        （一样多时以第一项为准），报告写法不同的编号，并给出统一标点的修复。不同组之间各用各的写法不报。

    为什么
        同一级编号写法应当一致；混用多半是从不同材料复制拼接而来，显得粗糙。

    反例
        ```text
        （一）部门自评工作开展情况
        1、评价小组情况。单位负责人任组长。
        2.自评工作过程。评价工作小组认真开展自评自查工作。
        3、自评材料报送时间及质量。按时完成自评工作。
        ```

    正例
        ```text
        （一）部门自评工作开展情况
        1、评价小组情况。单位负责人任组长。
        2、自评工作过程。评价工作小组认真开展自评自查工作。
        3、自评材料报送时间及质量。按时完成自评工作。
        ```
    """

    code = "NM302"
    slug = "numbering-delimiter-mixed"
    severity = Severity.INFO
    summary_en = "Items of one level put different punctuation after their numbers"

    def check(self, report: Report, ctx: Context) -> None:
        for numbered in report.lists:
            markers = numbered.markers()
            if len({delimiter_mark(m) for m in markers} - {None}) < 2:
                continue  # one mark for all (or none): nothing to compare
            main = main_family(numbered)
            found = [(m, *d) for m in markers if m.family is main and (d := delimiter(m)) is not None]
            counts = Counter(mark for _, mark, _ in found)  # in order of first use, so a tie keeps the first
            if len(counts) < 2:
                continue
            usual = max(counts, key=counts.__getitem__)
            example = next(m for m, mark, _ in found if mark == usual)
            for marker, mark, span in found:
                if mark == usual:
                    continue
                ctx.report(
                    span,
                    Message(
                        f"编号标点不统一：{label(marker)}用“{mark}”，同级多数编号用“{usual}”",
                        f"numbering punctuation differs: {label(marker)} uses “{mark}”, its siblings “{usual}”",
                    ),
                    related=((label_span(example), Message("同级编号", "a sibling item")),),
                    fix=Fix(Message(f"改为“{usual}”", f"change to “{usual}”"), (Edit(span, usual),)),
                )
