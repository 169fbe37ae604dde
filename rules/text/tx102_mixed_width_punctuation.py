from __future__ import annotations

import bisect
import re
from functools import cache

from linter import patterns
from linter.analysis.scan import offsets_by_paragraph
from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.text.common import is_chinese_context, is_han, load

_URL = r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
_EMAIL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_ENTITY = r"&#?[A-Za-z0-9]+;"
_SPACE = " \t\u3000"
_OPERATORS = frozenset("/+×÷*=＝<>≤≥^")
_DIGITS = "0123456789０１２３４５６７８９"
_NUMERALS = "一二三四五六七八九十"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HALF_WIDTH = ",;:?!()"
_BRACKETS = "[()（）]"  # a regular expression


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
        extensions = tuple(data["file-extensions"])
        for paragraph, found in offsets_by_paragraph(report, _HALF_WIDTH):
            text = paragraph.text
            marks = [i for i in found if text[i] not in "()"]
            protected = _Protected(paragraph, extensions)
            if any(text[i] in "()" and i not in protected.marker for i in found):
                _check_parens(paragraph, protected, width, ctx)  # not only the brackets of “(一)”
            _check_marks(paragraph, marks, protected, width, pause, ctx)


class _Protected:
    """Offsets (within a paragraph) where half-width punctuation is legitimate: the marker, URLs, file names.

    The URLs, e-mail addresses, entities and file names are looked for when first asked about.
    """

    def __init__(self, paragraph: Paragraph, extensions: tuple[str, ...]) -> None:
        self.marker = range(0)
        if paragraph.marker is not None:
            span = paragraph.marker.span
            self.marker = range(span.start - paragraph.span.start, span.end - paragraph.span.start)
        self._text = paragraph.text
        self._extensions = extensions
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def __contains__(self, offset: int) -> bool:
        if offset in self.marker:
            return True
        if self._starts is None:
            zones = _zones(self._text, self._extensions)
            self._starts = [start for start, _ in zones]
            self._ends = [end for _, end in zones]
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


def _check_marks(
    paragraph: Paragraph,
    marks: list[int],
    protected: _Protected,
    width: dict[str, str],
    pause: frozenset[str],
    ctx: Context,
) -> None:
    """Report the half-width marks at offsets ``marks`` (within the paragraph) that stand in Chinese text."""
    text, base = paragraph.text, paragraph.span.start
    for i in marks:
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
        if i in protected:
            continue
        full = width[ch]
        ctx.report(
            Span(base + i, base + i + 1),
            Message(
                f"中文里用了半角“{ch}”，应为全角“{full}”", f"half-width “{ch}” in Chinese text; use “{full}”"
            ),
            fix=Fix(_change_to(full), (Edit(Span(base + i, base + (end if after else i + 1)), full),)),
        )


def _check_parens(paragraph: Paragraph, protected: _Protected, width: dict[str, str], ctx: Context) -> None:
    text, base = paragraph.text, paragraph.span.start
    stack: list[_Open] = []
    after = 0  # where the text after the latest bracket starts
    for bracket in patterns.compile(_BRACKETS).finditer(text):
        i, ch = bracket.start(), bracket.group()
        if stack:
            stack[-1].holds(text[after:i])
        after = i + 1
        if ch in "(（":
            stack.append(_Open(i))
            continue
        if not stack:
            continue
        opened = stack.pop()
        if stack:
            stack[-1].encloses(opened)
        o = opened.offset
        opening, closing = text[o], ch
        if (opening == "（" and closing == "）") or o in protected or i in protected:
            continue
        if opening == "(" and closing == ")":
            if not opened.han or _is_label(text[o + 1 : i]) or _is_formula(text, o, i, opened):
                continue  # an English abbreviation, a numbering label, or a formula
            ctx.report(
                Span(base + o, base + o + 1),
                Message(
                    "中文括注用了半角括号“()”，应为全角“（）”",
                    "half-width brackets “()” around Chinese text; use “（）”",
                ),
                related=((Span(base + i, base + i + 1), Message("对应的“)”", "the matching “)”")),),
                fix=Fix(
                    Message("改为全角括号“（）”", "change to full-width brackets “（）”"),
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
            fix=Fix(_change_to(width[half]), (Edit(Span(base + odd, base + odd + 1), width[half]),)),
        )


def _change_to(mark: str) -> Message:
    return Message(f"改为“{mark}”", f"change to “{mark}”")


class _Open:
    """An opening bracket not yet closed: whether what it encloses so far holds a Chinese character, an operator.

    Each piece of text between two brackets is read once, by the innermost bracket open around it; a closed
    bracket hands what it held on to the one around it. Reading what each pair encloses instead would read
    nested text once per level.
    """

    __slots__ = ("han", "offset", "operator")

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.han = False
        self.operator = False

    def holds(self, piece: str) -> None:
        if not self.han:
            self.han = any(map(is_han, piece))
        if not self.operator:
            self.operator = not _OPERATORS.isdisjoint(piece)

    def encloses(self, inner: _Open) -> None:
        self.han = self.han or inner.han
        self.operator = self.operator or inner.operator


def _is_label(inner: str) -> bool:
    """“1” “一” “a”: what a numbering label holds between its brackets, spaces around it aside."""
    label = inner.strip()
    if len(label) == 1 and label in _LETTERS:
        return True
    return 0 < len(label) <= 3 and (all(c in _DIGITS for c in label) or all(c in _NUMERALS for c in label))


def _is_formula(text: str, o: int, i: int, opened: _Open) -> bool:
    """“(全年执行数/全年预算数)×100%”: brackets grouping terms of a formula."""
    before = o
    while before > 0 and text[before - 1] in _SPACE:
        before -= 1
    after = i + 1
    while after < len(text) and text[after] in _SPACE:
        after += 1
    return (
        opened.operator
        or (before > 0 and text[before - 1] in _OPERATORS)
        or (after < len(text) and text[after] in _OPERATORS)
    )


def _zones(text: str, extensions: tuple[str, ...]) -> list[tuple[int, int]]:
    """The URLs, e-mail addresses, HTML entities and file names in ``text``."""
    if (
        "://" not in text
        and "@" not in text
        and "&" not in text
        and ("." not in text or _extension(extensions).search(text) is None)
    ):
        return []  # every one of them has one of these signs (www. and a file name a full stop and a name)
    return [m.span() for m in _zone(extensions).finditer(text) if m.end() > m.start()]


@cache
def _extension(extensions: tuple[str, ...]) -> re.Pattern[str]:
    """A full stop before a file extension, or the www. of a web address."""
    names = "|".join(re.escape(e) for e in extensions)
    return patterns.compile(rf"\.(?:{names})|www\.", re.IGNORECASE)


@cache
def _zone(extensions: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(e) for e in extensions)
    # Each pattern may only start where its run of characters starts: a long run of digits must not be
    # rescanned from every position (that would be quadratic).
    file_name = (
        rf"(?<![^\s，。；：、“”‘’《》【】,;:?!])[^\s，。；：、“”‘’《》【】,;:?!]+\.(?:{names})(?![A-Za-z0-9])"
    )
    return patterns.compile(f"{_URL}|{_EMAIL}|{_ENTITY}|{file_name}", re.IGNORECASE)
