from __future__ import annotations

import re
from typing import Any

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report, Section
from linter.rule import Context, Message, Rule
from rules.text._common import load, sentences

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[^\S\r\n]*年(度)?")
_RANGE = re.compile(r"(?:19|20)[0-9]{2}\s*年?度?\s*[-—–~～至到]\s*(?:19|20)[0-9]{2}")
_QUOTED = re.compile(r"《[^《》]*》|〔[^〔〕]*〕|[\[［][^\]］]*[\]］]")
_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?[^\S\r\n]*(?:[%％]|[^\s0-9年月日号.．,，。；;：:、])")
_SEPARATOR = "，, \t\u3000"


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
        skipped = _other_year_paragraphs(report, data["other-year-sections"])
        for paragraph in report.paragraphs:
            if paragraph is title or paragraph.index in skipped:
                continue
            for start, sentence in sentences(paragraph, "。？！?!；;"):
                self._sentence(ctx, start, sentence.translate(_DIGITS), own, own_span, data)

    def _sentence(
        self, ctx: Context, start: int, sentence: str, own: str, own_span: Span, data: dict[str, Any]
    ) -> None:
        if own in sentence or any(cue in sentence for cue in data["sentence-cues"]):
            return
        quoted = [range(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
        for match in _YEAR.finditer(sentence):
            year = match.group(1)
            if year == own or any(match.start() in r for r in quoted) or _in_range(sentence, match):
                continue
            before = sentence[: match.start()].rstrip()
            after = sentence[match.end() :]
            if before.endswith(tuple(data["before-year"])) or after.startswith(tuple(data["within-year"])):
                continue
            if after[:1].isdigit():
                continue  # a date: 2023年7月
            subject = after.lstrip(_SEPARATOR)
            if not subject.startswith(tuple(data["self-subjects"])):
                continue
            if not any(w in subject for w in data["result-words"]):
                continue
            if not match.group(2) and not (
                _QUANTITY.search(subject) or any(w in subject for w in data["bare-year-results"])
            ):
                continue  # “2019年我局完成了机构改革”: history, not a year's results
            year_span = Span(start + match.start(1), start + match.end(1))
            stated = match.group()
            ctx.report(
                Span(start + match.start(), start + match.end()),
                Message(
                    f"报告年度为{own}年，这里却写成“{stated}”的完成情况",
                    f"the report is for {own}, but this states results for “{stated}”",
                ),
                related=((own_span, Message("报告年度（标题）", "the report's year (title)")),),
                fix=Fix(f"改为“{own}”", (Edit(year_span, own),), safe=False),
            )


def _in_range(sentence: str, match: re.Match[str]) -> bool:
    return any(
        r.start() <= match.start() < r.end() or r.start() < match.end() <= r.end()
        for r in _RANGE.finditer(sentence)
    )


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
