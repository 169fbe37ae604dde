from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from linter import patterns
from linter.analysis.scan import paragraph_at
from linter.analysis.text import sentences
from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report, Section
from linter.rule import Context, Message, Rule
from rules.text.common import load

_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
_DIGITS = str.maketrans(_FULL_WIDTH_DIGITS, "0123456789")
_DIGIT_CHARS = "0123456789" + _FULL_WIDTH_DIGITS
_NUMERALS = _DIGIT_CHARS + "一二三四五六七八九十"
_CENTURIES = ("19", "20")
# A 年 after a digit or a space: found as the literal 年, which is rarer than any digit.
_YEAR_END = r"年(?<=[0-9０-９\s]年)"
# Patterns searched only in the few sentences that state another year, compiled when first needed.
_RANGE = r"(?:19|20)[0-9]{2}\s*年?度?\s*[-—–~～至到]\s*(?:19|20)[0-9]{2}"
_RANGE_SIGNS = "-—–~～至到"  # every range has one of them
_QUOTED = r"《[^《》]*》|〔[^〔〕]*〕|[\[［][^\]］]*[\]］]"
_QUOTE_SIGNS = "《〔[［"
_QUANTITY = r"[0-9]+(?:\.[0-9]+)?[^\S\r\n]*(?:[%％]|[^\s0-9年月日号.．,，。；;：:、])"
_SEPARATOR = "，, \t\u3000"


class YearMismatch(Rule):
    """报告把本年度的工作写成了别的年度。

    检查内容
        标题写明了报告年度（“2022年度…自评报告”），正文却以另一个年度陈述本单位的完成情况，
        如“2023年度本单位完成…”“2021年度本单位进行了…演练”；只写“2021年”（不带“度”）时，还要有计数的
        结果（4次、280家次、100%）或“未发生”之类的结果词，“2019年我局完成了机构改革”这样的沿革不算。
        计划（计划/拟/将/预计/下一步/明年）、期限（“在2023年7月12日之前”）、与上年比较（较2021年、比上年、同比，
        或同一句用“本年度”说出变化：“2022年度自评得分96.40分，本年度提高2.82分”）、
        上年原因（“2021年的接待费用计入了2022年”）、具体日期和年底年初（“2021年底我局申报…”）、
        文件（〔2021〕12号、《…2021年…》）、年份区间（2021—2025年）以及“上年度……情况”“下一步……措施”
        这类讲别的年度的一节里的年份都不算。
        以别的年度命名本年成绩的小标题（“（一）2022年度重点任务完成情况”）也报告。
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
        labels = tuple(data["title-labels"])
        title = _title(report, labels)
        if title is None:
            return
        title_text = title.text.translate(_DIGITS)
        found = [(start, end, year) for start, end, year, _ in _years(title_text)]
        if len({year for _, _, year in found}) != 1 or _has_range(title_text):
            return
        own_start, own_end, own = found[0]
        own_span = Span(title.span.start + own_start, title.span.start + own_end)
        sections: dict[int, Section] | None = None  # worked out when first needed: most reports never need it
        for paragraph in _stating_other_years(report, own):
            if paragraph is title:
                continue
            for start, sentence in sentences(paragraph, "。？！?!；;"):
                if "年" not in sentence or own in sentence:
                    continue  # no year, or the report's own year too
                if any(digit in sentence for digit in _FULL_WIDTH_DIGITS):
                    sentence = sentence.translate(_DIGITS)
                for span, year_span, stated in _other_years(sentence, own, data):
                    if sections is None:
                        sections = _sections(report)
                    if _about_other_year(sections.get(paragraph.index), data["other-year-sections"]):
                        break
                    ctx.report(
                        Span(start + span.start, start + span.end),
                        Message(
                            f"报告年度为{own}年，这里却写成“{stated}”",
                            f"the report is for {own}, but this states results for “{stated}”",
                        ),
                        related=((own_span, Message("报告年度（标题）", "the report's year (title)")),),
                        fix=Fix(
                            Message(f"改为“{own}”", f"change to “{own}”"),
                            (Edit(Span(start + year_span.start, start + year_span.end), own),),
                            safe=False,
                        ),
                    )


def _title(report: Report, labels: tuple[str, ...]) -> Paragraph | None:
    """The report's title: its first line (after a lone 附件1), or the line after it when the first only names the
    issuer (梅岗县文化广电和旅游局 above 2024年度…绩效自评报告): a short line without a year or a sentence's marks,
    followed by an unnumbered line naming a report."""
    lines = (p for p in report.paragraphs if not p.is_blank and not _is_label(p.text, labels))
    first = next(lines, None)
    if first is None or _has_year(first.text) or len(first.text.strip()) > _ISSUER_CHARS or any(
        mark in first.text for mark in "，,。；;：:"
    ):
        return first
    second = next(lines, None)
    if second is None or second.marker is not None:
        return first
    if any(word in second.text for word in _TITLE_WORDS) or _YEAR_LINE.fullmatch(second.text.strip()):
        return second  # the title under its issuer, or the year line under the title (（2023年度）)
    return first


_ISSUER_CHARS = 30
_YEAR_LINE = patterns.compile(r"[（(]?\s*(?:19|20)[0-9０-９]{2}\s*年度?\s*[）)]?")
_TITLE_WORDS = ("报告", "自评表", "自评")


def _has_year(text: str) -> bool:
    return next(_years(text.translate(_DIGITS)), None) is not None


def _is_label(line: str, labels: tuple[str, ...]) -> bool:
    """“附件1”, “附表：”: a line that only labels the report as an attachment of a notice."""
    rest = line.strip()
    label = next((w for w in labels if rest.startswith(w)), None)
    if label is None:
        return False
    return rest[len(label) :].lstrip().lstrip(_NUMERALS).strip() in ("", "：", ":")


def _years(text: str, skip: str = "") -> Iterator[tuple[int, int, str, bool]]:
    """Each year written as “2021年”, “2021 年度” or “２０２１年”: its start and end, the year, whether 度 follows.

    A year is four digits starting 19 or 20, not part of a longer number, separated from 年 by nothing but
    spaces. Years written as ``skip`` are left out.
    """
    for found in patterns.compile(_YEAR_END).finditer(text):
        at = found.start()
        end = at  # where the digits end
        while end > 0 and text[end - 1].isspace() and text[end - 1] not in "\r\n":
            end -= 1
        start = end - 4
        if start < 0 or text[start:end] == skip:
            continue
        year = text[start:end].translate(_DIGITS)
        if (
            year.startswith(_CENTURIES)
            and year.isascii()
            and year.isdigit()
            and (start == 0 or text[start - 1] not in _DIGIT_CHARS)
        ):
            du = text.startswith("度", at + 1)
            yield start, at + 1 + du, year, du


def _has_range(text: str) -> bool:
    """Whether ``text`` holds a span of years (2021—2025年, 2021年至2025年)."""
    return any(sign in text for sign in _RANGE_SIGNS) and patterns.compile(_RANGE).search(text) is not None


def _stating_other_years(report: Report, own: str) -> list[Paragraph]:
    """The paragraphs that write a year other than ``own``, in order: only they can state one's results."""
    found: list[Paragraph] = []
    for _, end, _, _ in _years(report.text, skip=own):
        paragraph = paragraph_at(report, end - 1)
        if paragraph is not None and (not found or found[-1] is not paragraph):
            found.append(paragraph)
    return found


def _other_years(sentence: str, own: str, data: dict[str, Any]) -> Iterator[tuple[Span, Span, str]]:
    """Where ``sentence`` (its digits made ASCII) states its unit's results for a year other than ``own``.

    Each as the phrase (2021年度), the year in it and the phrase as written, with offsets into the sentence.
    The cheap tests come first: most years fail them.
    """
    quoted: _Spans | None = None
    ranges: _Spans | None = None
    ahead = _Ahead(sentence)
    told = False  # whether the sentence as a whole may state results (checked when a year first needs it)
    for start, end, year, du in _years(sentence):
        if year == own:
            continue
        before = start  # the year's start, spaces before it skipped
        while before > 0 and sentence[before - 1].isspace():
            before -= 1
        if sentence.endswith(tuple(data["before-year"]), 0, before) or sentence.startswith(
            tuple(data["within-year"]), end
        ):
            continue
        if sentence[end : end + 1].isdigit():
            continue  # a date: 2023年7月
        subject = end  # where the words after the year start
        while subject < len(sentence) and sentence[subject] in _SEPARATOR:
            subject += 1
        scored = du and any(0 <= sentence.find(w, subject, subject + 16) for w in data["score-statements"])
        # “我局对2022年度部门整体支出……逐项开展自评，自评总分95.84分”: the year the report evaluates
        scored = scored or (
            du
            and sentence.endswith("对", 0, before)
            and any(w in sentence[subject:] for w in (*data["score-statements"], *data["evaluating"]))
        )
        headed = len(sentence) <= _HEADING_CHARS and "，" not in sentence and "," not in sentence
        if headed and any(0 <= sentence.find(w, subject, subject + 12) for w in data["result-headings"]):
            # “（一）2022年度重点任务完成情况”: a section of the year's results, headed with another year
            if not any(c in sentence for c in data["sentence-cues"]):
                yield Span(start, end), Span(start, start + 4), sentence[start:end]
            continue
        if scored:  # “我局2023年度部门整体支出绩效自评得分为95分”: the report's own result, for another year
            if (
                own in sentence
                or any(c in sentence for c in data["sentence-cues"] if c not in _EVALUATION)
                or _compares(sentence, data)
            ):
                continue
            yield Span(start, end), Span(start, start + 4), sentence[start:end]
            continue
        if not sentence.startswith(tuple(data["self-subjects"]), subject):
            continue
        if not any(ahead.has(w, subject) for w in data["result-words"]):
            continue
        if not du and not (
            ahead.has(patterns.compile(_QUANTITY), subject)
            or any(ahead.has(w, subject) for w in data["bare-year-results"])
        ):
            continue  # “2019年我局完成了机构改革”: history, not a year's results
        if quoted is None or ranges is None:
            quoted = _Spans(_matches(_QUOTED, _QUOTE_SIGNS, sentence))
            ranges = _Spans(_matches(_RANGE, _RANGE_SIGNS, sentence))
        if quoted.holds(start) or ranges.overlaps(start, end):
            continue
        if not told:
            if own in sentence or any(cue in sentence for cue in data["sentence-cues"]) or _compares(sentence, data):
                return  # the own year too, a plan, a comparison, a cause…
            told = True
        yield Span(start, end), Span(start, start + 4), sentence[start:end]


def _compares(sentence: str, data: dict[str, Any]) -> bool:
    """Whether ``sentence`` names the report's year in words and a change: it compares the other year with it."""
    return any(w in sentence for w in data["own-year-words"]) and any(w in sentence for w in data["change-words"])


_EVALUATION = ("自评", "评价")  # cues that a score statement names itself
_HEADING_CHARS = 30


def _matches(pattern: str, signs: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern``, each of which holds one of ``signs``, in ``text``."""
    return patterns.compile(pattern).finditer(text) if any(sign in text for sign in signs) else iter(())


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


def _sections(report: Report) -> dict[int, Section]:
    """The section each paragraph belongs to (as its heading or in its body), by paragraph index."""
    found: dict[int, Section] = {}
    pending = [report.root]
    while pending:
        section = pending.pop()
        for paragraph in section.paragraphs:
            found[paragraph.index] = section
        if section.heading is not None:
            found[section.heading.index] = section
        pending += section.children
    return found


def _about_other_year(section: Section | None, cues: list[str]) -> bool:
    """Whether ``section`` or one around it has a heading about another year (上年度…情况)."""
    while section is not None:
        if section.heading is not None and any(c in section.heading.text for c in cues):
            return True
        section = section.parent
    return False
