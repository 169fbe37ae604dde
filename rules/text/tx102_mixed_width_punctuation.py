from __future__ import annotations

import bisect
import re
from functools import cache

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules._scan import paragraphs_with
from rules.text._common import is_chinese_context, load

_URL = r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
_EMAIL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_ENTITY = r"&#?[A-Za-z0-9]+;"
_LABEL = re.compile(r"\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])\s*")
_SPACE = " \t\u3000"
_OPERATORS = frozenset("/+×÷*=＝<>≤≥^")
_OPERATOR = re.compile(f"[{re.escape(''.join(sorted(_OPERATORS)))}]+")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # as ``is_han``
_MARKS = re.compile("[,;:?!]")
_BRACKETS = re.compile("[()（）]")
_HALF_WIDTH = re.compile("[,;:?!()]")
_ZONE_SIGNS = re.compile("[.@&]|://")  # in every URL, e-mail address, entity and file name


class MixedWidthPunctuation(Rule):
    """中文句子里用了半角标点。

    检查内容
        紧挨汉字或全角标点的半角逗号、冒号、分号、问号、叹号（“<100%,得2分”“主要成效:1、”；
        紧挨全角句读标点的“。,”算作标点连用，由 doubled-punctuation 报告），
        括着中文的半角括号“(其中…)”，以及全角与半角混配的一对括号“（其中…)”。
        数字里的逗号和冒号（1,234.5、8:30、1:2）、英文词句、网址、邮箱、文件名、公式里的括号（“(A-B)/A”
        “(全年执行数/全年预算数)×100%”，括号内外有运算符）、不含汉字的括号（“全年预算数(A)”“执行率(B/A)”）
        以及编号“(1)”“(一)”（由编号规则检查）都不算。

    为什么
        公文中文正文应使用全角标点。半角标点混在中文里显得粗糙，也说明文字是从别处拼贴来的。
        这只是排版问题，默认级别为提示。

    反例
        ```text
        公用经费控制率为22.25%，<100%,得2分。
        ```

    正例
        ```text
        公用经费控制率为22.25%，<100%，得2分。
        执行率(B/A)为95.5%，支出1,234.5万元，8:30召开会议。
        ```

    修复
        换成对应的全角标点（半角标点后的空格一并删去），安全。
    """

    code = "TX102"
    slug = "mixed-width-punctuation"
    summary_en = "Half-width punctuation inside Chinese text"
    severity = Severity.INFO

    def check(self, report: Report, ctx: Context) -> None:
        data = load("punctuation")
        width: dict[str, str] = data["full-width"]
        pause = frozenset(data["pause-marks"])
        for paragraph in paragraphs_with(report, _HALF_WIDTH):
            protected = _protected(paragraph, tuple(data["file-extensions"]))
            _check_parens(paragraph, protected, width, ctx)
            _check_marks(paragraph, protected, width, pause, ctx)


class _Protected:
    """Offsets (within a paragraph) where half-width punctuation is legitimate: the marker, URLs, file names."""

    def __init__(self, marker: range, zones: list[tuple[int, int]]) -> None:
        self.marker = marker
        self.starts = [start for start, _ in zones]
        self.ends = [end for _, end in zones]

    def __contains__(self, offset: int) -> bool:
        if offset in self.marker:
            return True
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def _check_marks(
    paragraph: Paragraph, protected: _Protected, width: dict[str, str], pause: frozenset[str], ctx: Context
) -> None:
    text, base = paragraph.text, paragraph.span.start
    for mark in _MARKS.finditer(text):
        i = mark.start()
        if i in protected:
            continue
        ch = text[i]
        start = i  # the mark's neighbours, past any spaces
        while start > 0 and text[start - 1] in _SPACE:
            start -= 1
        end = i + 1
        while end < len(text) and text[end] in _SPACE:
            end += 1
        before, after = text[start - 1 : start] if start else "", text[end : end + 1]
        if not (before and is_chinese_context(before)) and not (after and is_chinese_context(after)):
            continue
        if before in pause or after in pause:
            continue  # “。,” is a doubled mark (doubled-punctuation)
        full = width[ch]
        ctx.report(
            Span(base + i, base + i + 1),
            Message(
                f"中文里用了半角“{ch}”，应为全角“{full}”", f"half-width “{ch}” in Chinese text; use “{full}”"
            ),
            fix=Fix(f"改为“{full}”", (Edit(Span(base + i, base + (end if after else i + 1)), full),)),
        )


def _check_parens(paragraph: Paragraph, protected: _Protected, width: dict[str, str], ctx: Context) -> None:
    text, base = paragraph.text, paragraph.span.start
    inside = _Inside(text)
    stack: list[int] = []
    for bracket in _BRACKETS.finditer(text):
        i, ch = bracket.start(), bracket.group()
        if ch in "(（":
            stack.append(i)
            continue
        if not stack:
            continue
        o = stack.pop()
        opening, closing = text[o], ch
        if (opening == "（" and closing == "）") or o in protected or i in protected:
            continue
        if opening == "(" and closing == ")":
            if not inside.han(o, i) or _LABEL.fullmatch(text, o + 1, i) or _is_formula(text, o, i, inside):
                continue  # an English abbreviation, a numbering label, or a formula
            ctx.report(
                Span(base + o, base + o + 1),
                Message(
                    "中文括注用了半角括号“()”，应为全角“（）”",
                    "half-width brackets “()” around Chinese text; use “（）”",
                ),
                related=((Span(base + i, base + i + 1), Message("对应的“)”", "the matching “)”")),),
                fix=Fix(
                    "改为全角括号“（）”",
                    (Edit(Span(base + o, base + o + 1), "（"), Edit(Span(base + i, base + i + 1), "）")),
                ),
            )
            continue
        odd, other = (o, i) if opening == "(" else (i, o)
        half = text[odd]
        ctx.report(
            Span(base + odd, base + odd + 1),
            Message(
                f"括号宽度不一致：“{opening}”与“{closing}”配对，半角“{half}”应为全角“{width[half]}”",
                f"mismatched bracket widths “{opening}…{closing}”; use “{width[half]}” for “{half}”",
            ),
            related=((Span(base + other, base + other + 1), Message("与之配对的括号", "its pair")),),
            fix=Fix(f"改为“{width[half]}”", (Edit(Span(base + odd, base + odd + 1), width[half]),)),
        )


class _Inside:
    """Whether the text between two offsets holds a Chinese character or an operator, in logarithmic time.

    Brackets nest: asking about every pair by reading what it encloses would read nested text once per level.
    """

    def __init__(self, text: str) -> None:
        self._han = _Positions(_HAN, text)
        self._operators = _Positions(_OPERATOR, text)

    def han(self, o: int, i: int) -> bool:
        return self._han.between(o + 1, i)

    def operator(self, o: int, i: int) -> bool:
        return self._operators.between(o + 1, i)


class _Positions:
    """The runs of ``pattern`` in ``text``, found when first asked about."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._ends: list[int] | None = None
        self._starts: list[int] = []

    def between(self, start: int, end: int) -> bool:
        """Whether a run overlaps ``start..end``."""
        if self._ends is None:
            runs = [m.span() for m in self._pattern.finditer(self._text)]
            self._starts = [s for s, _ in runs]
            self._ends = [e for _, e in runs]
        index = bisect.bisect_right(self._ends, start)  # the first run that ends after start
        return index < len(self._starts) and self._starts[index] < end


def _is_formula(text: str, o: int, i: int, inside: _Inside) -> bool:
    """“(全年执行数/全年预算数)×100%”: brackets grouping terms of a formula."""
    before = o
    while before > 0 and text[before - 1] in _SPACE:
        before -= 1
    after = i + 1
    while after < len(text) and text[after] in _SPACE:
        after += 1
    return (
        inside.operator(o, i)
        or (before > 0 and text[before - 1] in _OPERATORS)
        or (after < len(text) and text[after] in _OPERATORS)
    )


def _protected(paragraph: Paragraph, extensions: tuple[str, ...]) -> _Protected:
    """Where (within the paragraph) half-width punctuation is legitimate."""
    marker = range(0)
    if paragraph.marker is not None:
        span = paragraph.marker.span
        marker = range(span.start - paragraph.span.start, span.end - paragraph.span.start)
    zones: list[tuple[int, int]] = []
    if _ZONE_SIGNS.search(paragraph.text):  # every zone has one of them
        zones = [m.span() for m in _zones(extensions).finditer(paragraph.text) if m.end() > m.start()]
    return _Protected(marker, zones)


@cache
def _zones(extensions: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(e) for e in extensions)
    # Each pattern may only start where its run of characters starts: a long run of digits must not be
    # rescanned from every position (that would be quadratic).
    file_name = (
        rf"(?<![^\s，。；：、“”‘’《》【】,;:?!])[^\s，。；：、“”‘’《》【】,;:?!]+\.(?:{names})(?![A-Za-z0-9])"
    )
    return re.compile(f"{_URL}|{_EMAIL}|{_ENTITY}|{file_name}", re.IGNORECASE)
