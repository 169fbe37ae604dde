from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule
from rules.structure._repeats import Run, common_chars, common_chars_bound, find_runs

_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_SHOWN_NUMBERS = 3  # differing numbers named in a message
_FOLDS = (*((chr(ord(c) + 0xFEE0), c) for c in ",:;()%?!.0123456789"), ("\u3000", " "), ("\xa0", " "))


@dataclass(frozen=True)
class Options:
    min_chars: int = field(default=60, metadata={"doc": "重复内容合计至少多少字才报告（不计编号和空白）"})
    min_paragraph_chars: int = field(default=40, metadata={"doc": "或其中有一段至少多少字"})
    similarity: Decimal = field(
        default=Decimal("0.85"), metadata={"doc": "两段视为重复的最低相似度（0–1，相同字数占较长一段的比例）"}
    )


@dataclass(frozen=True, slots=True)
class _Number:
    value: Decimal
    text: str
    span: Span


@dataclass(slots=True)
class _Item:
    """A non-blank paragraph as compared: its body without marker or whitespace, and its numbers."""

    key: str
    span: Span  # the body, trimmed
    cut: Span  # the marker, whose numbers are not the paragraph's
    found: tuple[_Number, ...] | None = None

    def numbers(self, report: Report) -> tuple[_Number, ...]:
        """The numbers of the body, worked out when first needed (most paragraphs repeat nothing)."""
        if self.found is None:
            cut = self.cut
            self.found = tuple(
                _Number(value, m.group(), Span(m.start(), m.end()))
                for m in _NUMBER.finditer(report.text, self.span.start, self.span.end)
                if not (cut.start <= m.start() < cut.end) and (value := to_decimal(m.group())) is not None
            )
        return self.found


class DuplicateSection(Rule):
    """一段或连续几段内容在后文重复出现。

    检查内容
        某段或连续若干段，在报告后文原样或几乎原样（只是编号不同、个别字词或数字不同）再次出现。报告后一处，
        并指出首次出现的位置；两处数字不一致时一并列出。段间的空行不影响判断；编号不计入比较。
        单独的短段（“无”“其中：”、短标题、重复的套话）不报告：重复内容合计不足 min-chars 字、且没有一段达到
        min-paragraph-chars 字时不报。

    为什么
        整段重复多是复制粘贴时忘了删改，评审会认为报告敷衍；两处数字不同时，读者不知道哪一处是对的。

    反例
        ```text
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分值22分，自评分值为20分。
        二、佐证材料
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分为22分，自评分值为20分。
        ```

    正例
        ```text
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分值22分，自评分值为20分。
        二、佐证材料
        （1）运行成本：公用经费、在职人员和会议费均控制在预算以内，“三公”经费超出预算，详见附表。
        （2）管理效率：预算调整率偏高，其余指标均达到目标。
        ```

    配置项
        min-chars: 重复内容合计至少多少字才报告（不计编号和空白），默认 60。
        min-paragraph-chars: 或其中有一段至少多少字，默认 40。
        similarity: 两段视为重复的最低相似度，默认 0.85。
    """

    code = "ST101"
    slug = "duplicate-section"
    summary_en = "A paragraph or run of paragraphs is repeated later in the report"
    severity = Severity.WARNING
    Options = Options

    def check(self, report: Report, ctx: Context) -> None:
        folded = _fold(report.text)
        items = [item for p in report.paragraphs if (item := _item(report, folded, p)) is not None]
        threshold = float(self.options.similarity)

        def score(earlier: int, later: int) -> float | None:
            return _similarity(report, items[earlier], items[later], threshold)

        for run in find_runs([item.key for item in items], score):
            if self._large_enough(items, run):
                self._report(report, ctx, items, run)

    def _large_enough(self, items: list[_Item], run: Run) -> bool:
        options: Options = self.options
        lengths = [len(items[later].key) for _, later in run.pairs]
        return sum(lengths) >= options.min_chars or max(lengths) >= options.min_paragraph_chars

    def _report(self, report: Report, ctx: Context, items: list[_Item], run: Run) -> None:
        pairs = [(items[i], items[j]) for i, j in run.pairs]
        source = Span(pairs[0][0].span.start, pairs[-1][0].span.end)
        copy = Span(pairs[0][1].span.start, pairs[-1][1].span.end)
        first, later = _lines(report, source), _lines(report, copy)
        if len(run) > 1:
            zh = f"第{later}行与第{first}行内容重复（{len(run)}段）"
            en = f"lines {later} repeat lines {first} ({len(run)} paragraphs)"
            where = Message(f"首次出现于第{first}行", f"first stated at lines {first}")
        else:
            zh = f"第{later}行与第{first}行内容重复"
            en = f"line {later} repeats line {first}"
            where = Message(f"首次出现于第{first}行", f"first stated at line {first}")
        changed = [
            (_line(report, b.span), b.text, _line(report, a.span), a.text)
            for earlier, repeated in pairs
            for a, b in _number_changes(earlier.numbers(report), repeated.numbers(report))[0]
        ]
        if changed:
            shown = changed[:_SHOWN_NUMBERS]
            zh += "，其中数字不同：" + "、".join(
                f"第{at}行“{new}”/第{was}行“{old}”" for at, new, was, old in shown
            )
            en += ", with different numbers: " + ", ".join(
                f"line {at} “{new}” / line {was} “{old}”" for at, new, was, old in shown
            )
            if len(changed) > len(shown):
                zh += f"等{len(changed)}处"
                en += f" and {len(changed) - len(shown)} more"
        ctx.report(copy, Message(zh, en), related=((source, where),))


def _fold(text: str) -> str:
    """``text`` with common full-width forms replaced by what NFKC makes of them, character for character.

    NFKC leaves a text without such forms as it is, and that check is quick; folding the forms one by one
    costs far less than normalising every line that has one. NFKC of the folded text equals NFKC of
    ``text``, since each form is replaced by its own compatibility decomposition.
    """
    for wide, narrow in _FOLDS:
        text = text.replace(wide, narrow)
    return text


def _item(report: Report, folded: str, paragraph: Paragraph) -> _Item | None:
    if paragraph.is_blank:
        return None
    start, end = paragraph.span.start, paragraph.span.end
    marker = paragraph.marker
    cut = marker.span if marker is not None else Span(start, start)
    if marker is not None and not marker.inline:
        start = marker.span.end
    text = report.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if cut.end > start:  # an inline marker (“主要成效：1、…”) is numbering too
        body = folded[start : cut.start] + folded[cut.end : end]
    else:
        body = folded[start:end]
    key = "".join(unicodedata.normalize("NFKC", body).split()).casefold()
    if not key:
        return None
    return _Item(key, Span(start, end), cut)


def _similarity(report: Report, a: _Item, b: _Item, threshold: float) -> float | None:
    """Characters in common over the longer key; None below ``threshold`` or when most numbers differ."""
    longer = max(len(a.key), len(b.key))
    if min(len(a.key), len(b.key)) < threshold * longer:
        return None
    if a.key == b.key:
        similarity = 1.0
    elif common_chars_bound(a.key, b.key) / longer < threshold:
        return None
    else:
        similarity = common_chars(a.key, b.key) / longer
    if similarity < threshold:
        return None
    numbers_a, numbers_b = a.numbers(report), b.numbers(report)
    numbers = max(len(numbers_a), len(numbers_b))
    if numbers >= 2 and 2 * _number_changes(numbers_a, numbers_b)[1] > numbers:
        return None  # same wording, mostly different figures: another table row or year, not a copy
    return similarity


def _number_changes(
    a: tuple[_Number, ...], b: tuple[_Number, ...]
) -> tuple[list[tuple[_Number, _Number]], int]:
    """Numbers of two paired paragraphs that differ: the pairs that take each other's place, and how many differ.

    Equally many numbers are compared in order; otherwise the two sequences are aligned first.
    """
    if len(a) == len(b):
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x.value != y.value]
        return changed, len(changed)
    matcher = difflib.SequenceMatcher(None, [n.value for n in a], [n.value for n in b], autojunk=False)
    changed = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            changed.extend(zip(a[i1:i2], b[j1:j2], strict=False))
    same = sum(block.size for block in matcher.get_matching_blocks())
    return changed, max(len(a), len(b)) - same


def _line(report: Report, span: Span) -> int:
    return report.position(span.start)[0]


def _lines(report: Report, span: Span) -> str:
    """“7–26”, or “7” for one line."""
    start, end = report.position(span.start)[0], report.position(span.end)[0]
    return f"{start}" if start == end else f"{start}–{end}"
