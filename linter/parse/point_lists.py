"""Items whose points and scores a sentence lists together (下设预算编制、预算执行…五项指标，分值分别为5分、5分…，得分
分别为5分、4分…), or whose scores it lists after naming and counting them (预算执行率、预算调整率…五项得分分别为5.81分、
3.5分…): children of the indicator the paragraph tells, one per listed value, so that they are summed against it as
items written one by one are.

The lists are read after the score tree is built: the claims' grammar reads one number per phrase, and a list of
numbers after 分别为 is no phrase of its own. An indicator gets the listed items only when it has no items yet.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Iterable

from linter import patterns
from linter.diagnostics import Span
from linter.model import ClaimKind, NodeKind, Paragraph, ScoreBlock, ScoreClaim, ScoreNode
from linter.parse.numbers import to_decimal

_NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
# 分值分别为5分、5分、4分 / 得分分别为5、4、5分 / 权重依次为4分、4分
_LIST = patterns.compile(
    rf"(?P<kind>分值|得分|权重)(?:分别|依次)(?:为|是)\s*(?P<items>{_NUMBER}\s*分?(?:\s*[、，,]\s*{_NUMBER}\s*分?)+)"
)
_ITEM = patterns.compile(_NUMBER)
# 下设预算编制、预算执行、绩效管理五项指标 / 设置A、B、C 6项指标: the items' names, in order
_NAMES = patterns.compile(
    r"(?:下设|设置|设有|包括|包含|含)(?P<names>[^，,。；;：:0-9０-９]+?)(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)(?:项|个)(?:三级|二级)?指标"
)
# 预算执行率、预算调整率、结转结余控制三项得分分别为…: the items named right before a list of their scores alone
_NAMED_SCORES = patterns.compile(
    r"(?:^|(?<=[。；;：:]))(?!\s*其中)(?P<names>[^，,。；;：:0-9０-９]+?、[^，,。；;：:0-9０-９]+?)"
    r"(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)(?:项|个)(?:指标)?(?:的)?得分(?:分别|依次)"
)
# A node named by a pronoun (该维度分值25分) takes its heading's words (（二）管理效率。该维度…): the label shown.
_PRONOUNS = ("该维度", "该项", "本项", "该指标", "本维度", "该类")
_HEADING_CHARS = 20


def add_listed_items(
    blocks: Iterable[ScoreBlock], paragraphs: list[Paragraph], skip: set[int], text: str | None = None
) -> None:
    """Give each indicator the items a paragraph lists by their points and scores (``skip``: paragraphs in
    tables). ``text``, the whole text when given, is searched for the words of a list at once, instead of each
    paragraph."""
    candidates = paragraphs if text is None else _lines_with(text, paragraphs, _LIST_WORDS)
    listed = [
        (p, lists)
        for p in candidates
        if ("分别" in p.text or "依次" in p.text) and p.index not in skip and (lists := _lists(p)) is not None
    ]
    if not listed:
        return
    nodes = [n for block in blocks if block.table is None for top in block.nodes for n in top.walk()]
    for paragraph, lists in listed:
        names = _names(paragraph, len(next(iter(lists.values()))))
        if names is None:
            continue  # the items are not all named: the lists may be some of them only (其中A、B两项得分分别为…)
        owner = _owner(nodes, paragraphs, paragraph, min(c.span.start for values in lists.values() for c in values))
        if owner is None:
            continue
        _adopt(owner, paragraph, lists, names)


_LIST_WORDS = ("分别", "依次")


def _lines_with(text: str, paragraphs: list[Paragraph], words: tuple[str, ...]) -> list[Paragraph]:
    """The paragraphs (the lines of ``text``) holding any of ``words``, in order."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(bisect_right(paragraphs, at, key=_start) - 1)
            at = text.find(word, at + 1)
    return [paragraphs[i] for i in sorted(found)]


def _start(paragraph: Paragraph) -> int:
    return paragraph.span.start


def _lists(paragraph: Paragraph) -> dict[ClaimKind, list[ScoreClaim]] | None:
    """The paragraph's listed 分值 and 得分, as claims; None unless both are listed, once each, equally long, or the
    得分 alone after their items' names and count."""
    base = paragraph.span.start
    lists: dict[ClaimKind, list[ScoreClaim]] = {}
    for found in _LIST.finditer(paragraph.text):
        kind = ClaimKind.SCORE if found.group("kind") == "得分" else ClaimKind.MAX
        if kind in lists:
            return None
        claims = []
        for item in _ITEM.finditer(paragraph.text, found.start("items"), found.end("items")):
            value = to_decimal(item.group())
            if value is None:
                return None
            span = Span(base + item.start(), base + item.end())
            claims.append(ScoreClaim(kind, value, span, (span.start, span.end), found.group("kind")))
        lists[kind] = claims
    if list(lists) == [ClaimKind.SCORE] and _NAMED_SCORES.search(paragraph.text):
        return lists  # the items' scores alone, their names and count right before them
    if len(lists) != 2 or len(lists[ClaimKind.MAX]) != len(lists[ClaimKind.SCORE]):
        return None  # one list alone says too little: the items' other values are not told
    return lists


def _owner(nodes: list[ScoreNode], paragraphs: list[Paragraph], paragraph: Paragraph, lists_at: int) -> ScoreNode | None:
    """The indicator the lists belong to: the one whose own points or score the paragraph states before them, else
    the one whose heading is the line before it. None when it has items of its own already."""
    before = [
        n
        for n in nodes
        if any(paragraph.span.start <= c.span.start < lists_at for c in (*n.scores, *([n.max] if n.max else [])))
    ]
    if not before and paragraph.index > 0:
        above = paragraphs[paragraph.index - 1]
        before = [n for n in nodes if above.span.start <= n.span.start <= above.span.end and n.max is not None]
    if len(before) != 1 or (before[0].children and not _told_again(before[0], paragraph, lists_at)):
        return None
    return before[0]


def _told_again(owner: ScoreNode, paragraph: Paragraph, lists_at: int) -> bool:
    """Whether the items ``owner`` has are told after the lists in their paragraph (……五项得分分别为…。预算执行率
    96.89%，分值6分…): details of the listed items, which the lists replace."""
    return all(c.span.start > lists_at and paragraph.span.start <= c.span.start <= paragraph.span.end for c in owner.children)


def _adopt(
    owner: ScoreNode, paragraph: Paragraph, lists: dict[ClaimKind, list[ScoreClaim]], names: list[tuple[str, Span]]
) -> None:
    up = weakref.ref(owner)
    if owner.children:  # details told after the lists, which the counted lists replace, and what was read of them
        owner.children, owner.uncertain = [], False
    maxima = lists.get(ClaimKind.MAX)
    for i, (label, span) in enumerate(names):
        child = ScoreNode(NodeKind.PART, label, span, max=maxima[i] if maxima else None, scores=[lists[ClaimKind.SCORE][i]])
        child._parent = up
        owner.children.append(child)
    if owner.label in _PRONOUNS:
        owner.label = _heading(paragraph) or owner.label


def _names(paragraph: Paragraph, count: int) -> list[tuple[str, Span]] | None:
    """The names of the ``count`` items the paragraph sets out (下设A、B、C三项指标, or A、B、C三项得分分别为: all of
    them, counted), with where each stands; None unless it names and counts exactly that many."""
    found = _NAMES.search(paragraph.text) or _NAMED_SCORES.search(paragraph.text)
    if found is None or to_decimal(found.group("count")) != count:
        return None
    names: list[tuple[str, Span]] = []
    at = found.start("names")
    for piece in found.group("names").split("、"):
        start = paragraph.span.start + at + len(piece) - len(piece.lstrip())
        names.append((piece.strip(), Span(start, start + len(piece.strip()))))
        at += len(piece) + 1
    return names if len(names) == count and all(name for name, _ in names) else None


def _heading(paragraph: Paragraph) -> str | None:
    """A heading ending in 。 at the start of the paragraph (（二）管理效率。该维度…): its words."""
    body = paragraph.text[paragraph.body_start - paragraph.span.start :]
    head, stop, _ = body.partition("。")
    head = head.strip()
    return head if stop and 0 < len(head) <= _HEADING_CHARS else None
