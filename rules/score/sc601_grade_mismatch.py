from __future__ import annotations

import bisect
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import ClaimKind, Paragraph, Report, ScoreClaim, TableCell
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule
from rules.score.messages import num

_SCORE = ClaimKind.SCORE  # bound once: a read through the enum class is slow (linter/model.py)
# A table's column of total scores (one row per project or unit, as a 汇总 sheet lists them).
_SCORE_HEADERS = frozenset(("总分", "自评总分", "自评得分", "综合得分", "最终得分", "评价得分", "得分", "自评分"))
_HEADER_NOISE = patterns.compile(r"\s+|[（(][^（()）]*[）)]")  # 总分（分）: the unit in brackets
_CELL_NUMBER = patterns.compile(r"\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*")
_LINKS = "为是：:"  # between a label and its grade, at most one of these
_QUOTES = '“"「'


def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("rules.score", "grades.yaml")
    return data


@cache
def _words() -> tuple[str, ...]:
    """The grade words, longest first (优秀 before 优)."""
    data = _data()
    words = dict.fromkeys([*data["aliases"], *(band["grade"] for band in data["bands"])])
    return tuple(sorted(words, key=len, reverse=True))


def _stated_grades(text: str) -> Iterator[tuple[int, str]]:
    """Each grade ``text`` states after a label (评价等级为“优”): where its word starts, and the word."""
    labels, shortest = _labels()
    if not any(word in text for word in shortest):
        return  # most paragraphs name no grade
    ahead = {label: text.find(label) for label in labels}  # where each label next stands (-1: nowhere)
    at = 0
    while True:
        for label, where in ahead.items():
            if 0 <= where < at:
                ahead[label] = text.find(label, at)
        start = min((where for where in ahead.values() if where >= 0), default=-1)
        if start < 0:
            return
        grade = None
        for label in labels:
            if text.startswith(label, start):
                grade = _grade_after(text, start + len(label))
                if grade is not None:
                    break
        if grade is None:
            at = start + 1
            continue
        yield grade
        at = grade[0] + len(grade[1])


@cache
def _labels() -> tuple[list[str], tuple[str, ...]]:
    """The labels of a grade, and those that hold no other label.

    A text holds a label only if it holds one of the second (等级 for 评价等级).
    """
    labels: list[str] = _data()["labels"]
    return labels, tuple(w for w in labels if not any(v != w and v in w for v in labels))


def _grade_after(text: str, at: int) -> tuple[int, str] | None:
    """The grade that follows a label ending at ``at``, past a 为/是/colon, spaces and an opening quote."""
    links = [at + 1, at] if text[at : at + 1] and text[at] in _LINKS else [at]
    for link in links:
        while link < len(text) and text[link].isspace():
            link += 1
        for quote in [link + 1, link] if text[link : link + 1] and text[link] in _QUOTES else [link]:
            word = next(
                (w for w in _words() if text.startswith(w, quote) and not _is_han(text, quote + len(w))), None
            )
            if word is not None:
                return quote, word
    return None


def _is_han(text: str, at: int) -> bool:
    return at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


def _grade_of(score: Decimal) -> tuple[str, Decimal]:
    for band in _data()["bands"]:
        if score >= Decimal(str(band["min"])):
            return band["grade"], Decimal(str(band["min"]))
    raise AssertionError("the last band starts at 0")


def _owner(paragraph: Paragraph, scores: list[ScoreClaim], starts: list[int], grade: int) -> ScoreClaim | None:
    """The total self-score a grade at ``grade`` belongs to, if it belongs to one.

    A grade belongs to the score in its own sentence: the last before it, else the first after it; with no score
    in its sentence, to the last score before it in the paragraph, else the first. None when that score is not a
    total (市级重点评价得分86分，等级为良), unless it is a part listed after 其中 following a total, which then owns
    the grade (自评得分95分，其中产出指标得分48分，等级为优).
    """
    text, offset = paragraph.text, paragraph.span.start
    low = offset + max((text.rfind(mark, 0, grade - offset) for mark in _SENTENCE_ENDS), default=-1) + 1
    ends = [e for e in (text.find(mark, grade - offset) for mark in _SENTENCE_ENDS) if e >= 0]
    high = offset + min(ends, default=len(text))
    index = bisect.bisect_left(starts, grade)  # the first score after the grade
    while index and starts[index - 1] >= low and _closed_before(text, scores[index - 1].span.end - offset, grade - offset):
        index -= 1  # 自评得分97.3分（上年86分），等级为优: a score in brackets closed before the grade owns none
    if index and starts[index - 1] >= low:
        owner = scores[index - 1]
    elif index < len(scores) and starts[index] < high:
        owner = scores[index]
    else:
        owner = scores[max(0, index - 1)]
    if owner.total:
        return owner
    before = [c for c in scores[:index] if c.total and c.span.start >= low]
    if before and owner.span.start > before[-1].span.start and "其中" in text[
        before[-1].span.end - offset : owner.span.start - offset
    ]:
        return before[-1]
    return None


_SENTENCE_ENDS = "。；;！？!?"


def _closed_before(text: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end``."""
    between = text[start:end]
    return sum(between.count(c) for c in "）)") > sum(between.count(c) for c in "（(")


class GradeMismatch(Rule):
    """评价等级与自评得分不符。

    检查内容
        同一段里写了总的自评得分和评价等级（或表格里有“总分”“自评得分”列和“等级”列，如各项目的汇总表），而等级与分数段不符：优≥90分，良80（含）～90分，中60（含）～80分，差<60分
        （财预〔2020〕10号）。分数段在 grades.yaml 中定义。等级属于同一句里的得分（句中在它之前的最后一个，
        否则之后的第一个）；那是别的得分（“市级重点评价得分86分，等级为良”）时不检查，“其中”所列的分项得分除外。

    为什么
        等级由得分决定；“得分85分，等级为优”会让评审怀疑得分或等级之一是错的。

    反例
        ```text
        本项目绩效评价总分值为100分，项目绩效自评得分为85分，评价等级为“优”。
        ```

    正例
        ```text
        本项目绩效评价总分值为100分，项目绩效自评得分为85分，评价等级为“良”。
        ```
    """

    code = "SC601"
    slug = "grade-mismatch"
    summary_en = "The stated grade does not match the total self-score"

    def check(self, report: Report, ctx: Context) -> None:
        for paragraph in report.paragraphs:
            if not paragraph.claims:
                continue
            scores = [c for c in paragraph.claims if c.kind is _SCORE]
            if any(c.total for c in scores):
                self._paragraph(paragraph, scores, ctx)
        for block in report.blocks:  # a score table's 总分 row and the 自评等级 row right below it
            if block.table is None or block.total_score is None:
                continue
            line = report.position(block.total_score.span.start)[0]  # the 总分 row's line, the index after it
            for paragraph in report.paragraphs[line : line + 2]:
                if not paragraph.claims:
                    self._paragraph(paragraph, [block.total_score], ctx)

        for table in report.tables:  # a 汇总 table: a row per project, its 总分 and its 等级
            self._columns(table.rows, ctx)

    def _columns(self, rows: list[list[TableCell]], ctx: Context) -> None:
        """Rows under a header naming a total score column and a grade column: each row's grade against its score."""
        aliases: dict[str, str] = _data()["aliases"]
        grades = set(_words())
        columns: tuple[int, int] | None = None
        for row in rows:
            texts = [_HEADER_NOISE.sub("", c.text) for c in row]
            score = next((i for i, t in enumerate(texts) if t in _SCORE_HEADERS), None)
            grade = next((i for i, t in enumerate(texts) if t in _data()["labels"]), None)
            if score is not None and grade is not None:
                columns = (score, grade)
                continue
            if columns is None or max(columns) >= len(row):
                continue
            number = _CELL_NUMBER.fullmatch(row[columns[0]].text)
            word = row[columns[1]].text.strip().strip("“”\"")
            if number is None or word not in grades:
                continue
            value = to_decimal(number.group(1))
            if value is None or value > 100:
                continue
            expected, floor = _grade_of(value)
            if expected == aliases.get(word, word):
                continue
            cell = row[columns[1]]
            at = cell.span.start + cell.text.find(word)
            where = row[columns[0]].span.start + number.start(1)
            ctx.report(
                Span(at, at + len(word)),
                Message(
                    f"得分{num(value)}分对应等级“{expected}”（≥{num(floor)}分），表中写为“{word}”",
                    f"a score of {num(value)} is grade “{expected}” (≥{num(floor)}), the table says “{word}”",
                ),
                related=((Span(where, where + len(number.group(1))), Message("得分在此", "score stated here")),),
            )

    def _paragraph(self, paragraph: Paragraph, scores: list[ScoreClaim], ctx: Context) -> None:
        aliases: dict[str, str] = _data()["aliases"]
        starts = [c.span.start for c in scores]  # in the order of the text
        for at, word in _stated_grades(paragraph.text):
            stated = aliases.get(word, word)
            start = paragraph.span.start + at
            claim = _owner(paragraph, scores, starts, start)
            if claim is None:
                continue  # the grade of another score (市级重点评价得分86分，等级为良)
            expected, floor = _grade_of(claim.value)
            if expected == stated:
                continue
            ctx.report(
                Span(start, start + len(word)),
                Message(
                    f"自评得分{num(claim.value)}分对应等级“{expected}”（≥{num(floor)}分），报告写为“{word}”",
                    f"a self-score of {num(claim.value)} is grade “{expected}” (≥{num(floor)}), "
                    f"the report says “{word}”",
                ),
                related=((claim.span, Message("自评得分在此", "self-score stated here")),),
            )
