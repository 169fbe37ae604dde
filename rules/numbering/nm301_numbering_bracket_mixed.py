from __future__ import annotations

from collections import Counter

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Family, Marker, Report
from linter.rule import Context, Message, Rule
from rules.numbering.markers import bracketed

_BRACKETED = (Family.PAREN_CN, Family.PAREN_ARABIC)
_FULL, _HALF = "（）", "()"
_NAMES = {_FULL: ("全角", "full-width"), _HALF: ("半角", "half-width")}


class NumberingBracketMixed(Rule):
    """编号括号全角半角混用。

    检查内容
        带括号的编号（（一）（1））有的用全角括号“（）”，有的用半角括号“()”。以全文多数编号的写法为准（一样多时
        以全角为准），报告写法不同的编号，并给出改成统一写法的修复。

    为什么
        中文公文的编号用全角括号；全角半角混用不影响理解，但显得粗糙，通常是从不同文件拼接而来。

    反例
        ```text
        （一）部门整体绩效自评得分
        (二)部门整体绩效目标完成情况
        （三）主要成效、存在的突出问题和原因
        ```

    正例
        ```text
        （一）部门整体绩效自评得分
        （二）部门整体绩效目标完成情况
        （三）主要成效、存在的突出问题和原因
        ```
    """

    code = "NM301"
    slug = "numbering-bracket-mixed"
    severity = Severity.INFO
    summary_en = "Numbering mixes full-width and half-width brackets"

    def check(self, report: Report, ctx: Context) -> None:
        pairs: dict[str, str] = {}  # marker text → its brackets: a report repeats its markers
        markers = [(m, _brackets(m.text, pairs)) for m in report.facts.list_markers if m.family in _BRACKETED]
        counts = Counter(pair for _, pair in markers)
        usual = _FULL if counts[_FULL] >= counts[_HALF] else _HALF
        zh, en = _NAMES[usual]
        example = next((m for m, pair in markers if pair == usual), None)
        related = (
            ((bracketed(example)[1], Message(f"{zh}括号的编号", f"{en} brackets")),)
            if example is not None
            else ()
        )
        for marker, pair in markers:
            if pair == usual:
                continue
            shown, span = bracketed(marker)
            if pair in _NAMES:
                message = Message(
                    f"编号括号不统一：{shown}用{_NAMES[pair][0]}括号，全文多数编号（{counts[usual]}处）用{zh}括号",
                    f"numbering brackets differ: {shown} uses {_NAMES[pair][1]} brackets, most numbering "
                    f"({counts[usual]}) uses {en} ones",
                )
            else:
                message = Message(
                    f"编号括号全角半角混用：{shown}",
                    f"numbering mixes full-width and half-width brackets: {shown}",
                )
            edits = tuple(
                Edit(Span(offset, offset + 1), want) for offset, want in _replacements(marker, usual)
            )
            ctx.report(
                span,
                message,
                related=related,
                fix=Fix(Message(f"改为{zh}括号", f"change to {en} brackets"), edits),
            )


def _brackets(text: str, known: dict[str, str]) -> str:
    """The brackets of a marker's ``text``; ``known``: those of the texts already seen."""
    found = known.get(text)
    if found is None:
        found = known[text] = "".join(filter("（）()".__contains__, text))
    return found


def _replacements(marker: Marker, usual: str) -> list[tuple[int, str]]:
    """Offsets of the brackets to change and what to write there."""
    found = []
    for i, ch in enumerate(marker.text):
        want = usual[0] if ch in "（(" else usual[1] if ch in "）)" else ch
        if want != ch:
            found.append((marker.span.start + i, want))
    return found
