from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress
from typing import NamedTuple

from linter import patterns
from linter.analysis.repeats import Run, find_runs, similar_enough
from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule

_NUMBER = patterns.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_NONZERO = patterns.compile(r"[1-9１-９]")
_YEAR = patterns.compile(r"(?:19|20)[0-9]{2}\s*年度?")
_SENTENCE_ENDS = patterns.compile(r"[。！？!?；;]")
_SHOWN_NUMBERS = 3  # differing numbers named in a message
_FOLDS = (*((chr(ord(c) + 0xFEE0), c) for c in ",:;()%?!.0123456789"), ("\u3000", " "), ("\xa0", " "))


@dataclass(frozen=True)
class Options:
    min_chars: int = field(default=60, metadata={"doc": "重复内容合计至少多少字才报告（不计编号和空白）"})
    min_paragraph_chars: int = field(default=40, metadata={"doc": "或其中有一段至少多少字"})
    similarity: Decimal = field(
        default=Decimal("0.85"), metadata={"doc": "两段视为重复的最低相似度（0–1，相同字数占较长一段的比例）"}
    )


class _Number(NamedTuple):
    value: Decimal
    text: str
    span: Span


class _Compared:
    """The paragraphs that have text, by index, as the repeats finder compares them.

    Item ``i`` is compared by its body: the paragraph after its marker (an inline marker is cut out), with
    common full-width forms folded (``_fold``) and trimmed. Its key (the body in NFKC, case-folded, without
    whitespace) and its numbers are worked out only when a comparison needs them: most paragraphs have no
    candidate at all, and most repeats are verbatim copies.
    """

    def __init__(self, report: Report, threshold: float) -> None:
        self.text = text = report.text
        self.threshold = threshold  # the least similarity of a repeat
        bodies = [
            text[p.span.start : p.span.end]
            if (marker := p.marker) is None
            else text[marker.span.end : p.span.end]
            if not marker.inline
            else text[p.span.start : marker.span.start] + text[marker.span.end : p.span.end]
            for p in report.paragraphs
        ]
        stripped = list(map(_folded(bodies).__getitem__, bodies))
        self.paragraphs = list(compress(report.paragraphs, stripped))
        self.bodies = list(filter(None, stripped))
        # Whether each has no inline marker: its body is then one stretch of the text.
        self.plain = [p.marker is None or not p.marker.inline for p in self.paragraphs]
        self._keys: list[str | None] = [None] * len(self.bodies)
        self._numbers: dict[int, tuple[_Number, ...]] = {}
        # Pairs found similar whose numbers differ: the numbers that take each other's place.
        self.changes: dict[tuple[int, int], list[tuple[_Number, _Number]]] = {}

    def similarity(self, a: int, b: int) -> float | None:
        """Characters in common over the longer key; None below the threshold or when most numbers differ."""
        if self.bodies[a] == self.bodies[b] and self.plain[a] and self.plain[b]:
            return 1.0  # the same text but for the width of some forms: the same key, the same numbers
        similarity = similar_enough(self.key(a), self.key(b), self.threshold)
        if similarity is None or self._same_figures(a, b):
            return similarity
        numbers_a, numbers_b = self.numbers(a), self.numbers(b)
        changes, changed = _number_changes(numbers_a, numbers_b)
        numbers = max(len(numbers_a), len(numbers_b))
        if numbers >= 2 and 2 * changed > numbers:
            return None  # same wording, mostly different figures: another table row or year, not a copy
        self.changes[a, b] = changes
        return similarity

    def key(self, i: int) -> str:
        key = self._keys[i]
        if key is None:
            key = self._keys[i] = "".join(unicodedata.normalize("NFKC", self.bodies[i]).split()).casefold()
        return key

    def span(self, i: int) -> Span:
        """The body of ``i``, trimmed."""
        start, end = self._body(i)
        body = self.text[start:end]
        return Span(start + len(body) - len(body.lstrip()), end - len(body) + len(body.rstrip()))

    def numbers(self, i: int) -> tuple[_Number, ...]:
        """The numbers of the body of ``i``."""
        found = self._numbers.get(i)
        if found is None:
            start, end = self._body(i)
            marker = self.paragraphs[i].marker
            cut = marker.span if marker is not None else Span(start, start)
            found = self._numbers[i] = tuple(
                _Number(value, m.group(), Span(m.start(), m.end()))
                for m in _NUMBER.finditer(self.text, start, end)
                if not (cut.start <= m.start() < cut.end) and (value := to_decimal(m.group())) is not None
            )
        return found

    def _same_figures(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` write the same numbers, as a copy usually does (cheaper than ``numbers``)."""
        if not (self.plain[a] and self.plain[b]):
            return False  # ``numbers`` knows which numbers an inline marker has
        (start_a, end_a), (start_b, end_b) = self._body(a), self._body(b)
        return _NUMBER.findall(self.text, start_a, end_a) == _NUMBER.findall(self.text, start_b, end_b)

    def _body(self, i: int) -> tuple[int, int]:
        """Where the body of ``i`` starts and ends, untrimmed: after its marker, unless the marker is inline."""
        paragraph = self.paragraphs[i]
        marker = paragraph.marker
        start = marker.span.end if marker is not None and not marker.inline else paragraph.span.start
        return start, paragraph.span.end


class DuplicateSection(Rule):
    """一段或连续几段内容在后文重复出现。

    检查内容
        某段或连续若干段，在报告后文原样或几乎原样（只是编号不同、个别字词或数字不同）再次出现。报告后一处，
        并指出首次出现的位置；两处数字不一致时一并列出。段间的空行不影响判断；编号不计入比较。
        单独的短段（“无”“其中：”、短标题、重复的套话）不报告：重复内容合计不足 min-chars 字、且没有一段达到
        min-paragraph-chars 字时不报。只有一句话、写明总分或自评得分、没有编号的单独一段（模板要求
        在两节里各写一次的结论句，如“自评得分为96分，等级为优”）不报；后一张表重复前一张表的表头、标题和空行（除年度
        外没有数字的表格行，如工作簿每张表开头的“项目支出绩效自评表”“（2023年度）”）也不报。重复的连续几段中夹着一段
        改写过的段落时，说明中会写明有几段有改动。

    为什么
        整段重复多是复制粘贴时忘了删改，评审会认为报告敷衍；两处数字不同时，读者不知道哪一处是对的。

    反例
        ```text
        一、自评情况
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分值22分，自评分值为20分。
        二、佐证材料
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分为22分，自评分值为20分。
        ```

    正例
        ```text
        一、自评情况
        （1）运行成本总分值为8分，自评分值为6分。公用经费控制率为22.25%，得2分；人员控制率小于100%，得2分；会议费控制率小于100%，得2分。
        （2）管理效率总分值22分，自评分值为20分。
        二、佐证材料
        （1）运行成本：公用经费、在职人员和会议费均控制在预算以内，“三公”经费超出预算，详见附表。
        （2）管理效率：预算调整率偏高，其余指标均达到目标。
        ```
    """

    code = "ST101"
    slug = "duplicate-section"
    summary_en = "A paragraph or run of paragraphs is repeated later in the report"
    severity = Severity.WARNING
    Options = Options

    def check(self, report: Report, ctx: Context) -> None:
        compared = _Compared(report, float(self.options.similarity))
        rows = {id(p) for table in report.tables for p in table.paragraphs}
        for run in find_runs(compared.bodies, compared.similarity):
            if self._large_enough(compared, run) and not self._expected(compared, run, rows):
                self._report(report, ctx, compared, run)

    def _expected(self, compared: _Compared, run: Run, rows: set[int]) -> bool:
        """A repeat that is no paste: another table's header or empty form rows (rows without a figure other
        than 0, such as 其他资金 0 0 0), or a lone one-sentence statement of an overall score, not numbered: a
        conclusion the template asks for in two sections."""
        later = [compared.paragraphs[b] for _, b in run.pairs]
        if all(_form_line(p, id(p) in rows) for p in later):
            return True  # the form again: its title, （2023年度）, its headers, its empty rows
        if len(later) > 1:
            return False
        body = compared.bodies[run.pairs[0][1]]
        one_sentence = not _SENTENCE_ENDS.search(body.rstrip("。！？!?；; "))
        return one_sentence and later[0].marker is None and any(c.total for c in later[0].claims)

    def _large_enough(self, compared: _Compared, run: Run) -> bool:
        options: Options = self.options
        total = 0
        for _, later in run.pairs:
            length = len(compared.key(later))
            total += length
            if total >= options.min_chars or length >= options.min_paragraph_chars:
                return True
        return False

    def _report(self, report: Report, ctx: Context, compared: _Compared, run: Run) -> None:
        pairs = run.pairs
        source = Span(compared.span(pairs[0][0]).start, compared.span(pairs[-1][0]).end)
        copy = Span(compared.span(pairs[0][1]).start, compared.span(pairs[-1][1]).end)
        first, later = _lines(report, source), _lines(report, copy)
        rewritten = len(run) - len(pairs)  # paragraphs of the copy bridged over: rewritten, added or dropped
        if len(run) > 1:
            zh = f"第{later}行与第{first}行内容重复（{len(run)}段）"
            en = f"lines {later} repeat lines {first} ({len(run)} paragraphs)"
            if rewritten:
                zh = f"第{later}行与第{first}行内容重复（{len(run)}段，其中{rewritten}段有改动）"
                en = f"lines {later} repeat lines {first} ({len(run)} paragraphs, {rewritten} of them changed)"
            where = Message(f"首次出现于第{first}行", f"first stated at lines {first}")
        else:
            zh = f"第{later}行与第{first}行内容重复"
            en = f"line {later} repeats line {first}"
            where = Message(f"首次出现于第{first}行", f"first stated at line {first}")
        changed = [
            (_line(report, b.span), b.text, _line(report, a.span), a.text)
            for pair in pairs
            for a, b in compared.changes.get(pair, ())
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


def _form_line(paragraph: Paragraph, in_table: bool) -> bool:
    """A line of a form rather than of prose: a table row, or a short line that is no sentence (a title, a year
    line), without a figure other than a year (其他资金 0 0 0, （2023年度）)."""
    text = paragraph.text.strip()
    if _NONZERO.search(_YEAR.sub("", text)):
        return False
    return in_table or (len(text) <= _TITLE_CHARS and not _SENTENCE_ENDS.search(text) and "，" not in text)


_TITLE_CHARS = 30


def _folded(bodies: list[str]) -> dict[str, str]:
    """Each distinct one of ``bodies`` → it folded (``_fold``) and trimmed; a report repeats many paragraphs.

    The distinct bodies are folded all at once, joined by line breaks, which few paragraphs have.
    """
    distinct = list(dict.fromkeys(bodies))
    parts = _fold("\n".join(distinct)).split("\n")
    if len(parts) != len(distinct):  # some body has a line break after all
        parts = list(map(_fold, distinct))
    return dict(zip(distinct, map(str.strip, parts), strict=True))


def _fold(text: str) -> str:
    """``text`` with common full-width forms replaced by what NFKC makes of them, character for character.

    NFKC leaves a text without such forms as it is, and that check is quick; folding the forms one by one
    costs far less than normalising every line that has one. NFKC of the folded text equals NFKC of
    ``text``, since each form is replaced by its own compatibility decomposition.
    """
    for wide, narrow in _FOLDS:
        text = text.replace(wide, narrow)
    return text


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
