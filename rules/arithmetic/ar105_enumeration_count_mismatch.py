from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Severity, Span
from linter.model import NumberedList, Paragraph, Report
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule
from rules.arithmetic.clues import clues

_NUMBER = r"[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3}"
_NOUN = r"[\u4e00-\u9fff]{0,8}?"
_VERB = r"[\u4e00-\u9fff]{1,3}?"  # 共建成八个项目: a verb between the cue and the count
# Markers that number the items of an inline list: 一是 二是, （1）（2）, 1、 2. , ①②.
_INLINE_MARKERS = (
    r"(?P<shi>[一二三四五六七八九十]+)是",
    r"[（(](?P<paren>[0-9一二三四五六七八九十]+)[）)]",
    r"(?<![0-9.．])(?P<arabic>[0-9]{1,2})[、.．](?![0-9])",
    r"(?P<circled>[①-⑳])",
)
_BRACKETS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "〔": "〕"}


class _Item(NamedTuple):
    start: int  # offsets in the paragraph text
    end: int


class EnumerationCountMismatch(Rule):
    """写明的个数与列出的项数不符。

    检查内容
        “主要有以下3个方面：”“涉及3个乡镇：A、B”“共8个项目，分别是……”“A、B、C共3个村”这类写明个数的列举：
        同一句里用顿号、分号或“一是、二是”“（1）（2）”列出的项数，或冒号结尾时紧接着的编号列表的项数（嵌套的下级
        编号不计），与写明的个数（阿拉伯数字或汉字数字）对照。列举以“等”结尾（没有列全）、“其中”只列出一部分、
        个数数的是别的东西（次数、人数，或列出的是数量而不是名称）时不检查。

    为什么
        写明“以下10个方面”却只写了9个，读者会以为漏了一段；“共8个项目”后面列了9个，总数和名单必有一处是错的。

    反例
        ```text
        项目覆盖3个乡镇：青山镇、白水镇。
        ```

    正例
        ```text
        项目覆盖3个乡镇：青山镇、白水镇、石桥镇。
        项目覆盖5个乡镇：青山镇、白水镇等。
        ```
    """

    code = "AR105"
    slug = "enumeration-count-mismatch"
    summary_en = "A stated number of items that differs from the items listed"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        lists = {id(numbered.items[0]): numbered for numbered in report.lists if numbered.items}
        openers = _openers()
        for paragraph in clues(report).counts:
            text = paragraph.text
            if "：" in text or ":" in text or any(o in text for o in openers):  # what introduces the items
                cued = [m.start("n") for m in _before().finditer(text)]
                for match in _before().finditer(text):
                    self._forward(report, paragraph, match, lists, ctx)
                for match in _listed().finditer(text):
                    if match.start("n") not in cued:
                        self._forward(report, paragraph, match, lists, ctx)
            if "共" in text or "计" in text:
                for match in _after().finditer(text):
                    self._backward(paragraph, match, ctx)

    def _forward(
        self,
        report: Report,
        paragraph: Paragraph,
        match: re.Match[str],
        lists: dict[int, NumberedList],
        ctx: Context,
    ) -> None:
        """A count, then its items: “涉及3个乡镇：A、B” or a numbered list after “以下3个方面：”."""
        stated = _count(match.group("n"))
        if stated is None or "的" in match.group("noun"):
            return
        text = paragraph.text
        rest = text[match.end() :]
        if not rest.strip():  # the paragraph ends with the colon: the numbered list below holds the items
            following = _next(report, paragraph)
            numbered = lists.get(id(following)) if following is not None else None
            if (
                numbered is None
                or following is None
                or following.marker is None
                or following.marker.value != 1
            ):
                return
            last = numbered.items[-1]
            self._report(
                ctx,
                paragraph,
                match,
                stated,
                len(numbered.items),
                (numbered.items[0].span, last.span),
            )
            return
        end = _sentence_end(text, match.end())
        found = _items(text, match.end(), end)
        if found is None:
            return
        self._report(
            ctx,
            paragraph,
            match,
            stated,
            len(found),
            _ends(paragraph, found),
            joined=_joined(text, found),
        )

    def _backward(self, paragraph: Paragraph, match: re.Match[str], ctx: Context) -> None:
        """Items, then their count: “A、B、C共3个村”."""
        stated = _count(match.group("n"))
        if stated is None:
            return
        text = paragraph.text
        start = max(text.rfind(ch, 0, match.start()) for ch in "，,。；;：:（(") + 1
        segment = text[start : match.start()]
        if "、" not in segment or "等" in segment[-2:]:
            return
        items = _split(text, start, match.start(), "、")
        if len(items) < 2:
            return
        self._report(
            ctx,
            paragraph,
            match,
            stated,
            len(items),
            _ends(paragraph, items),
            joined=_joined(text, items),
        )

    def _report(
        self,
        ctx: Context,
        paragraph: Paragraph,
        match: re.Match[str],
        stated: int,
        listed: int,
        ends: tuple[Span, Span],
        joined: bool = False,
    ) -> None:
        if listed == stated or (joined and listed + 1 == stated):
            return  # “A、B和C”: the last item holds two
        if joined:
            listed += 1  # counted as two, as the writer most likely meant them
        base = paragraph.span.start
        count = Span(base + match.start("n"), base + match.end("count"))
        said = match.group("count")
        ctx.report(
            count,
            Message(
                f"写明“{said}”，实际列出{listed}项",
                f"states {stated} (“{said}”) but lists {listed} item{'s' if listed != 1 else ''}",
            ),
            related=(
                (ends[0], Message("列出的第1项", "the first item listed")),
                (ends[1], Message(f"列出的第{listed}项（最后一项）", f"item {listed}, the last one listed")),
            ),
        )


def _count(text: str) -> int | None:
    value = to_decimal(text)
    if value is None or value != value.to_integral_value() or not 2 <= value <= 50:
        return None
    return int(value)


def _next(report: Report, paragraph: Paragraph) -> Paragraph | None:
    paragraphs = report.paragraphs
    for index in range(paragraph.index + 1, len(paragraphs)):  # no copy of the rest of the report
        if not paragraphs[index].is_blank:
            return paragraphs[index]
    return None


def _sentence_end(text: str, start: int) -> int:
    found = [at for at in (text.find(ch, start) for ch in "。！？!?") if at >= 0]
    return min(found) if found else len(text)


def _items(text: str, start: int, end: int) -> list[_Item] | None:
    """The items listed in text[start:end], or None when they cannot be counted with confidence."""
    segment = text[start:end]
    body = segment.strip()
    if not body or body.startswith(tuple(_data()["not-items"])):
        return None
    if patterns.compile(r"等[^\u4e00-\u9fff]*$|等[一二两三四五六七八九十0-9]").search(body):
        return None  # an open list
    markers = _marker_items(text, start, end)
    if markers is not None:
        return markers
    separator = "；" if "；" in segment or ";" in segment else "、"
    tail: list[_Item] = []
    if separator == "、":
        cut = [at for at in (text.find(ch, start, end) for ch in "，,") if at >= 0]
        if cut:
            # A、B、C，以及D和E: the list goes on after the comma, up to the next one
            more = _LIST_GOES_ON.match(text, min(cut) + 1, end)
            if more is not None:
                rest = [at for at in (text.find(ch, more.end(), end) for ch in "，,") if at >= 0]
                tail = _split(text, more.end(), min(rest) if rest else end, separator)
            end = min(cut)
        if "、" not in text[start:end]:
            return None
    items = _split(text, start, end, separator) + tail
    if len(items) < 2 or any(patterns.compile(r"\s*(?:[0-9０-９]|共|约|其中)").match(text[i.start : i.end]) for i in items):
        return None  # quantities, not names
    if any(
        patterns.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:个|项|家|所|条|类)").search(text[i.start : i.end])
        for i in items
    ):
        return None  # counts of their own: the list is not of the things counted
    return items


_LIST_GOES_ON = patterns.compile(r"\s*(?:以及|还有|另有)\s*")


def _marker_items(text: str, start: int, end: int) -> list[_Item] | None:
    """Items numbered inline (一是…二是…, （1）…（2）…): those of the first marker style found, numbered 1, 2, 3…"""
    for pattern in _INLINE_MARKERS:
        found = list(patterns.compile(pattern).finditer(text, start, end))
        if not found:
            continue
        values = [
            _CIRCLED.index(m.group(1)) + 1 if m.group(1) in _CIRCLED else to_decimal(m.group(1))
            for m in found
        ]
        if values != list(range(1, len(values) + 1)):
            return None  # not a plain 1, 2, 3 (the numbering rules speak of that)
        starts = [m.start() for m in found]
        return [_Item(a, b) for a, b in zip(starts, [*starts[1:], end], strict=True)]
    return None


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _split(text: str, start: int, end: int, separator: str) -> list[_Item]:
    """text[start:end] split at ``separator`` outside brackets and quotes; empty pieces dropped."""
    items: list[_Item] = []
    closing: list[str] = []
    at = start
    separators = {separator, ";"} if separator == "；" else {separator}
    for i in range(start, end):
        ch = text[i]
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _BRACKETS:
            closing.append(_BRACKETS[ch])
        elif ch in separators and not closing:
            items.append(_Item(at, i))
            at = i + 1
    items.append(_Item(at, end))
    stripped = []
    for item in items:
        piece = text[item.start : item.end]
        lead = len(piece) - len(piece.lstrip(" \u3000"))
        trail = len(piece.rstrip(" \u3000；;。，,")) if piece.strip() else 0
        if piece.strip(" \u3000；;。，,"):
            stripped.append(_Item(item.start + lead, item.start + trail))
    return stripped


def _joined(text: str, items: list[_Item]) -> bool:
    """The last item may hold two joined by 和 / 及 / 与 (“A、B和C”)."""
    return bool(patterns.compile(r"[和及与]|以及").search(text[items[-1].start : items[-1].end]))


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("rules.arithmetic", "enumerations.yaml")
    return data


@cache
def _openers() -> tuple[str, ...]:
    return tuple(_data()["list-openers"])


@cache
def _before() -> re.Pattern[str]:
    data = _data()
    cues = "|".join(map(re.escape, sorted(data["cues"], key=len, reverse=True)))
    measures = "|".join(map(re.escape, sorted(data["measures"], key=len, reverse=True)))
    openers = "|".join(map(re.escape, data["list-openers"]))
    return patterns.compile(
        f"(?:{cues})(?:{_VERB})?\\s*(?P<count>(?P<n>{_NUMBER})\\s*(?:{measures})(?P<noun>{_NOUN}))"
        f"(?:[：:]|[，,]\\s*(?:{openers})[：:]?)"
    )


@cache
def _listed() -> re.Pattern[str]:
    """A count with no cue before it that the next clause lists (开展专项整治行动5项，分别为…)."""
    measures = "|".join(map(re.escape, sorted(_data()["measures"], key=len, reverse=True)))
    return patterns.compile(
        f"(?<![0-9０-９一二两三四五六七八九十百])(?P<count>(?P<n>{_NUMBER})\\s*(?:{measures})(?P<noun>))"
        f"[，,]\\s*(?:分别为|分别是|具体为|具体是)[：:]?"
    )


@cache
def _after() -> re.Pattern[str]:
    measures = "|".join(map(re.escape, sorted(_data()["measures"], key=len, reverse=True)))
    return patterns.compile(f"(?:共|合计|总计|计)\\s*(?P<count>(?P<n>{_NUMBER})\\s*(?:{measures}))")


def _ends(paragraph: Paragraph, items: list[_Item]) -> tuple[Span, Span]:
    """The spans of the first and the last item (offsets within the paragraph made report offsets)."""
    base, first, last = paragraph.span.start, items[0], items[-1]
    return Span(base + first.start, base + first.end), Span(base + last.start, base + last.end)
