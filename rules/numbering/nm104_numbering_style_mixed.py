from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import label, label_span, main_family, relabel


class NumberingStyleMixed(Rule):
    """同级编号混用不同样式。

    检查内容
        同一级编号中夹着另一种样式的编号，例如（1）……（5）之后接着写“6.”。样式指编号的层级写法：一、（一）
        1、（1）1）①。连续几项都换了样式只报第一项。

    为什么
        公文各级编号样式固定（一、→（一）→ 1. →（1）），换了样式的一项会被读成另一级标题，层次就乱了。

    反例
        ```text
        （一）夯实基础建设，筑牢防减灾“防护墙”
        （1）全力做好防汛抗旱工作。
        （2）着力做好森林防火工作。
        3.奋力做好综合减灾示范工作。
        ```

    正例
        ```text
        （一）夯实基础建设，筑牢防减灾“防护墙”
        （1）全力做好防汛抗旱工作。
        （2）着力做好森林防火工作。
        （3）奋力做好综合减灾示范工作。
        ```
    """

    code = "NM104"
    slug = "numbering-style-mixed"
    severity = Severity.WARNING
    summary_en = "An item of a level is numbered in another style than its siblings"

    def check(self, report: Report, ctx: Context) -> None:
        for numbered in report.lists:
            markers = numbered.markers()
            if len({m.family for m in markers}) < 2:
                continue  # one style throughout
            main = main_family(numbered)
            for i, marker in enumerate(markers):
                if marker.family is main or (i > 0 and markers[i - 1].family is not main):
                    continue  # in style, or later in a run already reported
                if i > 0:
                    sibling = markers[i - 1]
                    where = f"{label(sibling)}之后", f"after {label(sibling)}"
                else:
                    sibling = next(m for m in markers if m.family is main)
                    where = f"{label(sibling)}之前", f"before {label(sibling)}"
                expected = relabel(sibling, marker.value)
                ctx.report(
                    label_span(marker),
                    Message(
                        f"编号样式不一致：{where[0]}应为{expected}，实际为{label(marker)}",
                        f"numbering style changes: {where[1]} expected {expected}, found {label(marker)}",
                    ),
                    related=((label_span(sibling), Message("同级编号", "a sibling item")),),
                )
