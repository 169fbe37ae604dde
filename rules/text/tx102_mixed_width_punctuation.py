from __future__ import annotations

import re
from functools import cache

from linter.diagnostics import Edit, Fix, Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.text._common import is_chinese_context, is_han, load

_URL = r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
_EMAIL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_ENTITY = r"&#?[A-Za-z0-9]+;"
_LABEL = re.compile(r"\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])\s*")
_SPACE = " \t\u3000"
_OPERATORS = frozenset("/+×÷*=＝<>≤≥^")


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
        for paragraph in report.paragraphs:
            protected = _protected(paragraph, tuple(data["file-extensions"]))
            _check_parens(paragraph, protected, width, ctx)
            _check_marks(paragraph, protected, width, pause, ctx)


def _check_marks(
    paragraph: Paragraph, protected: set[int], width: dict[str, str], pause: frozenset[str], ctx: Context
) -> None:
    text, base = paragraph.text, paragraph.span.start
    for i, ch in enumerate(text):
        if ch not in ",;:?!" or i in protected:
            continue
        before = text[:i].rstrip(_SPACE)
        after = text[i + 1 :].lstrip(_SPACE)
        if not (before and is_chinese_context(before[-1])) and not (after and is_chinese_context(after[0])):
            continue
        if before[-1:] in pause or after[:1] in pause:
            continue  # “。,” is a doubled mark (doubled-punctuation)
        full = width[ch]
        end = i + 1 + (len(text) - i - 1 - len(after) if after else 0)
        ctx.report(
            Span(base + i, base + i + 1),
            Message(
                f"中文里用了半角“{ch}”，应为全角“{full}”", f"half-width “{ch}” in Chinese text; use “{full}”"
            ),
            fix=Fix(f"改为“{full}”", (Edit(Span(base + i, base + end), full),)),
        )


def _check_parens(paragraph: Paragraph, protected: set[int], width: dict[str, str], ctx: Context) -> None:
    text, base = paragraph.text, paragraph.span.start
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in "(（":
            stack.append(i)
            continue
        if ch not in ")）" or not stack:
            continue
        o = stack.pop()
        opening, closing = text[o], ch
        if (opening == "（" and closing == "）") or o in protected or i in protected:
            continue
        if opening == "(" and closing == ")":
            inner = text[o + 1 : i]
            if not any(is_han(c) for c in inner) or _LABEL.fullmatch(inner) or _is_formula(text, o, i):
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


def _is_formula(text: str, o: int, i: int) -> bool:
    """“(全年执行数/全年预算数)×100%”: brackets grouping terms of a formula."""
    before = text[:o].rstrip(_SPACE)[-1:]
    after = text[i + 1 :].lstrip(_SPACE)[:1]
    return any(c in _OPERATORS for c in text[o + 1 : i]) or before in _OPERATORS or after in _OPERATORS


def _protected(paragraph: Paragraph, extensions: tuple[str, ...]) -> set[int]:
    """Offsets (within the paragraph) where half-width punctuation is legitimate."""
    text = paragraph.text
    offsets: set[int] = set()
    if paragraph.marker is not None:
        marker = paragraph.marker.span
        offsets.update(range(marker.start - paragraph.span.start, marker.end - paragraph.span.start))
    for match in _zones(extensions).finditer(text):
        offsets.update(range(match.start(), match.end()))
    return offsets


@cache
def _zones(extensions: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(e) for e in extensions)
    # Each pattern may only start where its run of characters starts: a long run of digits must not be
    # rescanned from every position (that would be quadratic).
    file_name = (
        rf"(?<![^\s，。；：、“”‘’《》【】,;:?!])[^\s，。；：、“”‘’《》【】,;:?!]+\.(?:{names})(?![A-Za-z0-9])"
    )
    return re.compile(f"{_URL}|{_EMAIL}|{_ENTITY}|{file_name}", re.IGNORECASE)
