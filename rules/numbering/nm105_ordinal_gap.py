from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from linter.diagnostics import Severity, Span
from linter.model import Report
from linter.parse.numbers import chinese_marker_value
from linter.rule import Context, Message, Rule


class OrdinalGap(Rule):
    """“一是、二是……”列举跳号。

    检查内容
        用“一是……二是……”列举时，后一项应比前一项多 1；“二是”之后直接是“四是”即为跳号。一句话里的列举
        （“一是……；二是……；四是……”）、同一节里逐行开头的列举（每行以“一是”“二是”……开头）和跨行接续的列举都检查；
        “一是”重新开始一组，列举不跨节，“是否”等词不算。

    为什么
        跳号多半是删掉了一项却没有重排，读者会以为漏了内容。

    反例
        ```text
        一是粮食生产稳中有增。
        二是人居环境持续改善。
        四是民生保障扎实有力。
        ```

    正例
        ```text
        一是粮食生产稳中有增。
        二是人居环境持续改善。
        三是民生保障扎实有力。
        ```
    """

    code = "NM105"
    slug = "ordinal-gap"
    severity = Severity.WARNING
    summary_en = "An enumeration 一是, 二是 … skips a number (二是 then 四是)"

    def check(self, report: Report, ctx: Context) -> None:
        if "是" not in report.text:
            return
        for run in _runs(report):
            for (before, first), (after, second) in pairwise(run):
                if second <= first + 1:
                    continue
                previous, found = report.slice(before), report.slice(after)
                expected = _chinese(first + 1) + "是"
                ctx.report(
                    after,
                    Message(
                        f"列举不连续：“{previous}”之后应为“{expected}”，实际为“{found}”",
                        f"enumeration gap: “{previous}” should be followed by “{expected}”, found “{found}”",
                    ),
                    related=((before, Message("上一项", "previous item")),),
                )


# 一是, 二是 … at a clause's start (the line's, or after 。；：); not 是否, 是指 (一是否…).
_NOT_AFTER = ("否", "指", "的")
_NUMERALS = "一二三四五六七八九十"


def _chinese(value: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (an enumeration's ordinals stay below a hundred)."""
    tens, ones = divmod(value, 10)
    digit = " 一二三四五六七八九".__getitem__
    if not tens:
        return digit(ones)
    return ("" if tens == 1 else digit(tens)) + "十" + (digit(ones) if ones else "")


def _runs(report: Report) -> Iterator[list[tuple[Span, int]]]:
    """Each enumeration, as its items' ordinals (where and which), from a 一是 on, within the body of one section:
    inside a paragraph, from line to line (一是…；二是… then a line opening with 三是), or opening line after line."""
    text = report.text
    found = []
    at = text.find("是")
    while at >= 0:  # 是 is a common word, an ordinal's numerals before it are not: a search for it is the quickest
        start = at
        while at - start < 2 and start > 0 and text[start - 1] in _NUMERALS:
            start -= 1
        if start < at and text[at + 1 : at + 2] not in _NOT_AFTER and _opens_clause(text, start):
            found.append((start, at + 1, text[start:at]))
        at = text.find("是", at + 1)
    if len(found) < 2:
        return  # no list to check: most reports, looked at in one search
    paragraphs = report.paragraphs
    run: list[tuple[Span, int]] = []
    owner = heading = scanned = -1  # the run's section, the last numbered line read, the last line read
    for start, end, numeral in found:
        line = report.position(start)[0] - 1
        while scanned < line:  # a section's body: the lines after its numbered heading, up to the next one
            scanned += 1
            if paragraphs[scanned].marker is not None:
                heading = scanned
        if heading != owner:
            yield from _from_first(run)
            run, owner = [], heading
        value = chinese_marker_value(numeral)
        if heading != line and value is not None:  # the heading's own words are no part of its body
            run.append((Span(start, end), value))
    yield from _from_first(run)


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``at`` starts a line or a clause (after 。；：！？ and any spaces)."""
    while at > 0 and text[at - 1] in " \t\u3000":
        at -= 1
    return at == 0 or text[at - 1] in "\r\n。；;：:！？!?"


def _from_first(items: list[tuple[Span, int]]) -> Iterator[list[tuple[Span, int]]]:
    """The runs of ``items`` that start at a 一是 (a run ends where the next starts)."""
    run: list[tuple[Span, int]] = []
    for item in items:
        if item[1] == 1:
            if len(run) > 1:
                yield run
            run = [item]
        elif run:
            run.append(item)
    if len(run) > 1:
        yield run
