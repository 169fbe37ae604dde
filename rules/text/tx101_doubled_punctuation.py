from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from linter import patterns
from linter.analysis.scan import paragraph_at
from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.text.common import load


class DoubledPunctuation(Rule):
    """句读标点重复连用。

    检查内容
        两个或更多句读标点（。？！；：，、）紧挨着出现，如“。，”“，，”“；。”“、，”“，。”，中间隔着空格也算；
        与全角标点相邻的半角标点（“。,”）一并计入。省略号“……”、破折号“——”、表示语气的“？！”“！！”，
        以及引号、括号与标点相邻（“。””“”，”“）。”）都不算。

    为什么
        多打或漏删的标点是最常见的文字错误，评审会当作报告不严谨扣分，在得分句里还会把一句话断成两截。

    反例
        ```text
        事故调查、处理结案率，分值3分。本年度处理结案率=100%。，得3分。
        ```

    正例
        ```text
        事故调查、处理结案率，分值3分。本年度处理结案率=100%，得3分。
        “三公”经费变动率>100%，得0分。他问：“完成了吗？！”
        ```

    修复
        只保留一个标点，按以下顺序决定保留哪一个：
        相同标点重复（“，，”）保留一个；
        连用处在段末（其后只有引号、括号或空白），句子到此结束，保留最强的标点（？！。优先于 ；：，、）；
        其后还有文字，说明句子还在继续，保留紧贴后文的最后一个标点（“=100%。，得3分”改为“=100%，得3分”，
        “完成，。下一步”改为“完成。下一步”），但连用中有冒号时保留冒号（“如下：，”改为“如下：”）；
        连用的第一个标点属于编号（“一、，”）时保留编号的标点。
        含句末标点（。？！）的连用或相同标点重复，修复是安全的；其余组合（如“；，”“、，”）无法确定原意，
        修复标为不安全。三个以上句号连用（“。。。”）多半是想写省略号，改为“……”，同样不安全。
    """

    code = "TX101"
    slug = "doubled-punctuation"
    summary_en = "Two or more sentence punctuation marks in a row"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        data = load("punctuation")
        strength: str = data["pause-marks"]
        ends: str = data["sentence-end"]
        emphatic: str = data["emphatic"]
        closing: str = data["closing"]
        width: dict[str, str] = data["full-width"]
        text = report.text
        half: str = data["half-width-pause"]
        for match in _find_runs(text, strength, half):
            paragraph = paragraph_at(report, match.start())
            if paragraph is None:
                continue
            raw = match.group()
            marks = [ch for ch in raw if not ch.isspace()]
            if all(ch in emphatic for ch in marks) or not any(ch in strength for ch in marks):
                continue  # “？！” is emphasis; a run of half-width marks alone is not Chinese prose
            full = [width.get(ch, ch) for ch in marks]
            span = Span(match.start(), match.end())
            marker = paragraph.marker
            if marker is not None and marker.span.start <= span.start < marker.span.end:
                keep, safe = full[0], True  # “一、，”: the numbering marker keeps its mark
            else:
                after = span.end  # past closing quotes, brackets and spaces: does the sentence go on?
                while after < paragraph.span.end and text[after] in closing:
                    after += 1
                continues = after < paragraph.span.end
                keep, safe = _keep(full, continues, strength, ends)
            shown = "".join(marks)
            message = (
                Message(
                    f"标点“{shown}”连用，疑为省略号，应改为“{keep}”",
                    f"punctuation marks “{shown}” in a row look like an ellipsis; use “{keep}”",
                )
                if keep == "……"
                else Message(
                    f"标点“{shown}”连用，应只保留“{keep}”",
                    f"punctuation marks “{shown}” in a row; keep only “{keep}”",
                )
            )
            ctx.report(
                span,
                message,
                fix=Fix(Message(f"改为“{keep}”", f"change to “{keep}”"), (Edit(span, keep),), safe=safe),
            )


def _find_runs(text: str, marks: str, half: str) -> Iterator[re.Match[str]]:
    """Every run of marks in ``text``, in order, as one search of the whole text for ``_runs`` finds them.

    A search for any of a dozen characters tests each character of the text against all of them, where a
    search for one character skips to it several times faster, and replacing a character with another is
    quicker still. So every mark is first made the same mark, the runs of that one mark are looked for, and
    only the lines that have one are searched for runs (a run never spans a line break).
    """
    every = marks + half
    one = "，" if "，" in every else every[0]  # the commonest mark, so that the fewest are replaced
    folded = text
    for mark in every.replace(one, ""):
        folded = folded.replace(mark, one)
    lines = {folded.rfind("\n", 0, found.start()) + 1 for found in _folded_runs(one).finditer(folded)}
    runs = _runs(marks, half)
    for start in sorted(lines):
        end = text.find("\n", start)
        yield from runs.finditer(text, start, len(text) if end < 0 else end)


@cache
def _folded_runs(mark: str) -> re.Pattern[str]:
    """Two of ``mark`` in a row, spaces allowed between: where a run starts once every mark is ``mark``."""
    return patterns.compile(f"{re.escape(mark)}[ \\t\\u3000]*+{re.escape(mark)}")


@cache
def _runs(marks: str, half: str) -> re.Pattern[str]:
    one = f"[{re.escape(marks + half)}]"
    # Possessive: spaces are no marks, and nothing follows the run, so giving any back never helps a match.
    return patterns.compile(f"{one}(?:[ \\t\\u3000]*+{one})++")


def _keep(marks: list[str], continues: bool, strength: str, ends: str) -> tuple[str, bool]:
    """The mark to keep and whether that choice is safe (see the docstring's 修复 section)."""
    distinct = list(dict.fromkeys(marks))
    if distinct == ["。"] and len(marks) >= 3:
        return "……", False
    if len(distinct) == 1:
        return distinct[0], True
    has_end = any(m in ends for m in distinct)
    if not continues:
        return min(distinct, key=strength.index), has_end
    if "：" in distinct:
        return "：", False
    return marks[-1], has_end
