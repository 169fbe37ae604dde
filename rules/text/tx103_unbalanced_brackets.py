from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from linter import patterns
from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.text.common import load

# “1）” “b)” opening an item: a closing bracket right after a short label at the start of a paragraph or clause.
_LABEL_BEFORE = r"(?:^|[\s：:；;，,。、])(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])$"
_LABEL_REACH = 4  # the longest text _LABEL_BEFORE matches


class _Kind:
    __slots__ = ("name", "nests")

    def __init__(self, name: str, nests: bool) -> None:
        self.name = name
        self.nests = nests  # quotation marks do not nest in themselves


class _Brackets(NamedTuple):
    kinds: tuple[_Kind, ...]
    opens: dict[str, int]  # opening character → kind
    closes: dict[str, int]  # closing character → kind
    partner: dict[str, str]  # each character → its other half of the same width
    pattern: re.Pattern[str]  # any of the characters, or a line break (which no paragraph holds)


class _Open:
    """An opening half not yet closed, or a closing half standing where an opening one belongs (stray)."""

    __slots__ = ("char", "kind", "offset", "stray")

    def __init__(self, offset: int, char: str, kind: int, stray: bool = False) -> None:
        self.offset = offset
        self.char = char
        self.kind = kind
        self.stray = stray  # ”三公”


class UnbalancedBrackets(Rule):
    """括号、引号或书名号不成对。

    检查内容
        同一段（一行）里，（ ( “ 《 【 〔 缺少对应的右半边，或右半边找不到左半边；交叉嵌套（“（《…）》”）
        和引号方向打反（左引号打成了右引号，或反过来）也算。全角“（”与半角“)”配对不算不成对
        （宽度不一致由 mixed-width-punctuation 提示）；段首或分句开头的编号“1）”“a)”中的右括号不算。
        一段在行末留下未闭合的左半边、下一段开头正好闭合它们时（PDF、网页复制或换行把一段拆成了两行），
        算作成对；全文在括号里结束、其后没有句末标点的（摘录截断）也不算。

    为什么
        括号、引号不成对，读者分不清括注或引语到哪里结束，常见于删改时只删了半边，或把后半句整行删掉了。

    反例
        ```text
        本年支出为1738.4万元（其中工资福利支出606.68万元，商品和服务支出510.78万元。
        ```

    正例
        ```text
        本年支出为1738.4万元（其中工资福利支出606.68万元，商品和服务支出510.78万元）。
        主要措施：1）压实责任；2）完善机制。
        ```
    """

    code = "TX103"
    slug = "unbalanced-brackets"
    summary_en = "A bracket, quotation mark or title mark without its other half"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        b = _brackets()
        unbalanced = _unbalanced(report, b)
        across = _across_breaks(report, b, unbalanced)
        for paragraph in unbalanced:
            text, base = paragraph.text, paragraph.span.start
            stack = _Stack(len(b.kinds))
            for bracket in b.pattern.finditer(text):
                i, ch = bracket.start(), bracket.group()
                if base + i in across:
                    continue
                kind = b.opens.get(ch)
                if kind is not None:
                    depth = stack.find(kind)
                    if depth is None or b.kinds[kind].nests:
                        stack.push(_Open(i, ch, kind))
                        continue
                    # “三公“经费: the second opening quote was meant to close the first
                    opener = stack.close(depth)
                    if opener.stray:
                        ctx.report(_at(base, opener.offset), _reversed(b, opener.char, kind))
                    ctx.report(_at(base, i), _reversed(b, ch, kind))
                    continue
                kind = b.closes[ch]
                depth = stack.find(kind)
                if depth is None:
                    if ch in "）)" and patterns.compile(_LABEL_BEFORE).search(text, max(0, i - _LABEL_REACH), i):
                        continue  # “1）” numbering an item
                    crossing = stack.uncross(kind)
                    if crossing is not None:
                        ctx.report(
                            _at(base, i),
                            Message(
                                f"{_mark(b, ch, kind)}与前面的{_mark(b, crossing.char, kind)}交叉嵌套",
                                f"“{ch}” crosses the nesting of “{crossing.char}”",
                            ),
                            related=(
                                (
                                    _at(base, crossing.offset),
                                    Message("交叉的左半边", "the crossed opening half"),
                                ),
                            ),
                        )
                    elif b.kinds[kind].nests:
                        ctx.report(_at(base, i), _unopened(b, ch, kind))
                    else:
                        stack.push(_Open(i, ch, kind, stray=True))
                    continue
                opener = stack.close(depth)
                if opener.stray:
                    ctx.report(_at(base, opener.offset), _reversed(b, opener.char, kind))
            for item in stack.left():
                if item.stray:
                    ctx.report(_at(base, item.offset), _unopened(b, item.char, item.kind))
                else:
                    ctx.report(
                        _at(base, item.offset),
                        Message(
                            f"{_mark(b, item.char, item.kind)}后面没有对应的{_mark(b, b.partner[item.char], item.kind)}",
                            f"“{item.char}” has no matching “{b.partner[item.char]}” after it",
                        ),
                    )


def _unbalanced(report: Report, b: _Brackets) -> list[Paragraph]:
    """The paragraphs whose brackets do not simply pair up, in order.

    One search through the text lists every bracket and line break; the brackets between two line breaks
    are those of one paragraph (a line). Most paragraphs hold one of a few sequences (“（）” above all, or
    none): each is looked at once.
    """
    text = report.text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # the same lines, each ended by \n
    lines = "".join(b.pattern.findall(text)).split("\n")
    paragraphs = report.paragraphs
    if len(lines) != len(paragraphs):  # not one paragraph a line: look at each paragraph on its own
        lines = ["".join(b.pattern.findall(p.text)) for p in paragraphs]
    unbalanced = {chars for chars in set(lines) if not _balanced(b, chars)}
    if not unbalanced:
        return []
    return [paragraph for paragraph, chars in zip(paragraphs, lines, strict=True) if chars in unbalanced]


def _across_breaks(report: Report, b: _Brackets, unbalanced: list[Paragraph]) -> set[int]:
    """Offsets of halves that pair across a line break, or that the text ends before closing.

    A paragraph that a PDF or a web copy split (or a line broken inside a sentence) leaves its brackets open
    at the end of one line and closes them at the start of the next: the halves left open at the end of a
    line and the halves closing at the start of the next non-blank line pair up, innermost first. An excerpt
    that ends inside a bracket, with no sentence ending after it, was cut short rather than mistyped.
    """
    if not unbalanced:
        return set()
    following: dict[int, Paragraph | None] = {}
    previous: Paragraph | None = None
    for paragraph in report.paragraphs:
        if paragraph.is_blank:
            continue
        if previous is not None:
            following[previous.index] = paragraph
        previous = paragraph
    if previous is not None:
        following[previous.index] = None
    ends = tuple(load("punctuation")["sentence-end"])
    matched: set[int] = set()
    for paragraph in unbalanced:
        left_open, _ = _loose_ends(b, paragraph)
        if not left_open:
            continue
        after = following.get(paragraph.index)
        if after is None:
            tail = paragraph.text[left_open[-1][0] - paragraph.span.start :]
            if not any(ch in tail for ch in ends):
                matched.update(offset for offset, _ in left_open)
            continue
        _, closing = _loose_ends(b, after)
        for (opened, kind), (closed, closing_kind) in zip(reversed(left_open), closing, strict=False):
            if kind != closing_kind:
                break
            matched.update((opened, closed))
    return matched


def _loose_ends(b: _Brackets, paragraph: Paragraph) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The halves a paragraph leaves open at its end (outermost first) and the closing halves it starts with
    that nothing in it opened, as (offset, kind); empty when its halves do not simply nest."""
    stack: list[tuple[int, int]] = []
    closing: list[tuple[int, int]] = []
    base = paragraph.span.start
    for bracket in b.pattern.finditer(paragraph.text):
        ch = bracket.group()
        kind = b.opens.get(ch)
        if kind is not None:
            stack.append((base + bracket.start(), kind))
            continue
        kind = b.closes[ch]
        if stack and stack[-1][1] == kind:
            stack.pop()
        elif not stack:
            closing.append((base + bracket.start(), kind))
        else:
            return [], []
    return stack, closing


def _balanced(b: _Brackets, chars: Iterable[str]) -> bool:
    """Whether the halves simply pair up, so that the paragraph needs no closer look.

    They do when every closing half closes the innermost open one, of its own kind, and no quotation mark
    opens inside another of its kind.
    """
    stack: list[int] = []
    open_quotes = [0] * len(b.kinds)
    for ch in chars:
        kind = b.opens.get(ch)
        if kind is not None:
            if not b.kinds[kind].nests:
                if open_quotes[kind]:
                    return False
                open_quotes[kind] += 1
            stack.append(kind)
            continue
        kind = b.closes[ch]
        if not stack or stack[-1] != kind:
            return False
        stack.pop()
        if not b.kinds[kind].nests:
            open_quotes[kind] -= 1
    return not stack


class _Stack:
    """Open halves not yet closed, with the topmost of each kind at hand, and the halves crossed over.

    Closing a half closes everything opened after it: those halves are crossed, and a later closing half of
    their kind pairs with the earliest of them (“（《…）》”).
    """

    def __init__(self, kinds: int) -> None:
        self.items: list[_Open] = []
        self.tops: list[list[int]] = [[] for _ in range(kinds)]  # depths of each kind's open halves
        self.crossed: list[deque[_Open]] = [deque() for _ in range(kinds)]

    def push(self, item: _Open) -> None:
        self.tops[item.kind].append(len(self.items))
        self.items.append(item)

    def find(self, kind: int) -> int | None:
        """The depth of the topmost open half of ``kind``."""
        tops = self.tops[kind]
        return tops[-1] if tops else None

    def close(self, depth: int) -> _Open:
        """Remove the half at ``depth``; the ones above it are crossed."""
        opener = self.items[depth]
        for item in self.items[depth + 1 :]:
            self.crossed[item.kind].append(item)
        for item in self.items[depth:]:
            self.tops[item.kind].pop()
        del self.items[depth:]
        return opener

    def uncross(self, kind: int) -> _Open | None:
        """The earliest crossed half of ``kind``, which a closing half now pairs with."""
        crossed = self.crossed[kind]
        return crossed.popleft() if crossed else None

    def left(self) -> list[_Open]:
        """The halves never closed, in order."""
        return sorted([*self.items, *(o for c in self.crossed for o in c)], key=lambda o: o.offset)


def _at(base: int, offset: int) -> Span:
    return Span(base + offset, base + offset + 1)


def _mark(b: _Brackets, ch: str, kind: int) -> str:
    """左括号“（” / 右书名号“》”; a quotation mark is named without quoting it (左引号)."""
    side = "左" if ch in b.opens else "右"
    name = b.kinds[kind].name
    return f"{side}{name}" if not b.kinds[kind].nests else f"{side}{name}“{ch}”"


def _unopened(b: _Brackets, ch: str, kind: int) -> Message:
    return Message(
        f"{_mark(b, ch, kind)}前面没有对应的{_mark(b, b.partner[ch], kind)}",
        f"“{ch}” has no matching “{b.partner[ch]}” before it",
    )


def _reversed(b: _Brackets, ch: str, kind: int) -> Message:
    return Message(
        f"{b.kinds[kind].name}方向打反：这里的{_mark(b, ch, kind)}应为{_mark(b, b.partner[ch], kind)}",
        f"“{ch}” should be “{b.partner[ch]}”",
    )


@cache
def _brackets() -> _Brackets:
    kinds: list[_Kind] = []
    opens: dict[str, int] = {}
    closes: dict[str, int] = {}
    partner: dict[str, str] = {}
    for kind, entry in enumerate(load("punctuation")["brackets"]):
        kinds.append(_Kind(entry["name"], entry.get("nests", True)))
        opens.update((ch, kind) for ch in entry["open"])
        closes.update((ch, kind) for ch in entry["close"])
        partner.update(zip(entry["open"], entry["close"], strict=True))
        partner.update(zip(entry["close"], entry["open"], strict=True))
    pattern = patterns.compile(f"[{re.escape(''.join([*opens, *closes]))}\\n]")
    return _Brackets(tuple(kinds), opens, closes, partner, pattern)
