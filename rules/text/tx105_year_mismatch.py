from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report, Section
from linter.rule import Context, Message, Rule
from rules._scan import paragraphs_with
from rules.text._common import load, sentences

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[^\S\r\n]*年(度)?")
_RANGE = re.compile(r"(?:19|20)[0-9]{2}\s*年?度?\s*[-—–~～至到]\s*(?:19|20)[0-9]{2}")
_QUOTED = re.compile(r"《[^《》]*》|〔[^〔〕]*〕|[\[［][^\]］]*[\]］]")
_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?[^\S\r\n]*(?:[%％]|[^\s0-9年月日号.．,，。；;：:、])")
_SEPARATOR = "，, \t\u3000"
# At least what _YEAR matches before full-width digits are made ASCII (a character class first is quick to find).
_YEAR_LIKE = re.compile(r"[12１２][09０９][0-9０-９]{2}[^\S\r\n]*年")


class YearMismatch(Rule):
    """报告把本年度的工作写成了别的年度。

    检查内容
        标题写明了报告年度（“2022年度…自评报告”），正文却以另一个年度陈述本单位的完成情况，
        如“2023年度本单位完成…”“2021年度本单位进行了…演练”；只写“2021年”（不带“度”）时，还要有计数的
        结果（4次、280家次、100%）或“未发生”之类的结果词，“2019年我局完成了机构改革”这样的沿革不算。
        计划（计划/拟/将/预计/下一步/明年）、期限（“在2023年7月12日之前”）、与上年比较（较2021年、比上年、同比）、
        上年原因（“2021年的接待费用计入了2022年”）、具体日期和年底年初（“2021年底我局申报…”）、
        文件（〔2021〕12号、《…2021年…》）、年份区间（2021—2025年）以及“上年度……情况”“下一步……措施”
        这类讲别的年度的一节里的年份都不算。
        标题（跳过单独一行的“附件1”）没有年份或写的是年份区间时不检查。

    为什么
        套用上年或别的单位的报告时最容易漏改年份；年份写错，整段成绩就说不清是哪一年的。

    反例
        ```text
        2022年度区应急管理局整体绩效自评报告
        应急救援演练次数，分值为2分。2021年度本单位进行了4次应急救援演练，得2分。
        ```

    正例
        ```text
        2022年度区应急管理局整体绩效自评报告
        应急救援演练次数，分值为2分。2022年度本单位进行了4次应急救援演练，得2分。
        扣分原因为2021年的接待费用计入了2022年。我局将在2023年7月12日之前完成自评工作。
        ```

    修复
        把年份改为报告年度。原文也可能是整段照抄了别的年度，修复标为不安全。
    """

    code = "TX105"
    slug = "year-mismatch"
    summary_en = "The report describes its own results under a year other than the report's year"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        data = load("years")
        label = re.compile(data["title-labels"])
        title = next((p for p in report.paragraphs if not p.is_blank and not label.match(p.text)), None)
        if title is None:
            return
        title_text = title.text.translate(_DIGITS)
        years = {m.group(1) for m in _YEAR.finditer(title_text)}
        if len(years) != 1 or _RANGE.search(title_text):
            return
        own = years.pop()
        own_match = next(m for m in _YEAR.finditer(title_text) if m.group(1) == own)
        own_span = Span(title.span.start + own_match.start(), title.span.start + own_match.end())
        skipped: set[int] | None = None  # worked out when first needed: most reports never need it
        for paragraph in paragraphs_with(report, _YEAR_LIKE):
            if paragraph is title:
                continue
            for start, sentence in sentences(paragraph, "。？！?!；;"):
                if not _YEAR_LIKE.search(sentence):
                    continue
                for span, year_span, stated in _other_years(sentence.translate(_DIGITS), own, data):
                    if skipped is None:
                        skipped = _other_year_paragraphs(report, data["other-year-sections"])
                    if paragraph.index in skipped:
                        break
                    ctx.report(
                        Span(start + span.start, start + span.end),
                        Message(
                            f"报告年度为{own}年，这里却写成“{stated}”的完成情况",
                            f"the report is for {own}, but this states results for “{stated}”",
                        ),
                        related=((own_span, Message("报告年度（标题）", "the report's year (title)")),),
                        fix=Fix(
                            f"改为“{own}”",
                            (Edit(Span(start + year_span.start, start + year_span.end), own),),
                            safe=False,
                        ),
                    )


def _other_years(sentence: str, own: str, data: dict[str, Any]) -> Iterator[tuple[Span, Span, str]]:
    """Where ``sentence`` states its unit's results for a year other than ``own``.

    Each as the phrase (2021年度), the year in it and the phrase as written, with offsets into the sentence.
    """
    if own in sentence or _sentence_cues().search(sentence):
        return
    quoted = _Spans(_QUOTED.finditer(sentence))
    ranges = _Spans(_RANGE.finditer(sentence))
    ahead = _Ahead(sentence)
    for match in _YEAR.finditer(sentence):
        year = match.group(1)
        if year == own or quoted.holds(match.start()) or ranges.overlaps(match.start(), match.end()):
            continue
        before = match.start()  # the year's start, spaces before it skipped
        while before > 0 and sentence[before - 1].isspace():
            before -= 1
        after = match.end()
        if sentence.endswith(tuple(data["before-year"]), 0, before) or sentence.startswith(
            tuple(data["within-year"]), after
        ):
            continue
        if sentence[after : after + 1].isdigit():
            continue  # a date: 2023年7月
        subject = after  # where the words after the year start
        while subject < len(sentence) and sentence[subject] in _SEPARATOR:
            subject += 1
        if not sentence.startswith(tuple(data["self-subjects"]), subject):
            continue
        if not any(ahead.has(w, subject) for w in data["result-words"]):
            continue
        if not match.group(2) and not (
            ahead.has(_QUANTITY, subject) or any(ahead.has(w, subject) for w in data["bare-year-results"])
        ):
            continue  # “2019年我局完成了机构改革”: history, not a year's results
        yield Span(match.start(), match.end()), Span(match.start(1), match.end(1)), match.group()


@cache
def _sentence_cues() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, load("years")["sentence-cues"])))


class _Spans:
    """Matches that do not overlap, in order, asked about in logarithmic time."""

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        spans = [m.span() for m in matches]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def holds(self, offset: int) -> bool:
        """Whether a match covers ``offset``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start`` falls in a match or ``end`` closes inside one (a year at either end of a range)."""
        index = bisect.bisect_left(self.starts, end) - 1  # the last match that starts before ``end``
        return self.holds(start) or (index >= 0 and end <= self.ends[index])


class _Ahead:
    """Whether a word or pattern occurs in ``text`` from a position on.

    The positions asked about grow from year to year, and a search goes on from where the last one found
    something: a long sentence is read once per word, however many years it mentions.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str | re.Pattern[str], tuple[int, int]] = {}  # → (searched from, found at or -1)

    def has(self, what: str | re.Pattern[str], at: int) -> bool:
        known = self.found.get(what)
        if known is not None:
            since, where = known
            if since <= at and (where < 0 or where >= at):
                return where >= 0
        if isinstance(what, str):
            where = self.text.find(what, at)
        else:
            match = what.search(self.text, at)
            where = match.start() if match is not None else -1
        self.found[what] = (at, where)
        return where >= 0


def _other_year_paragraphs(report: Report, cues: list[str]) -> set[int]:
    """Indexes of paragraphs inside a section whose heading is about another year (上年度…情况)."""
    found: set[int] = set()

    def visit(section: Section, inside: bool) -> None:
        heading: Paragraph | None = section.heading
        inside = inside or (heading is not None and any(c in heading.text for c in cues))
        if inside:
            found.update(p.index for p in section.paragraphs)
            if heading is not None:
                found.add(heading.index)
        for child in section.children:
            visit(child, inside)

    visit(report.root, False)
    return found
