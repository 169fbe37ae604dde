"""Numbered items → lists and the section tree.

Items are placed with a stack of open lists, outermost first. A list's *styles* are the family of its first
item and the family of its last one. A numbered item, in this order of preference:

1. continues the innermost open list of its style whose next number it carries;
2. numbered 1 right after a label, starts a new list beside the innermost open list of its style (lists
   restart under an unnumbered line such as “存在问题：”, and an inline list after a label colon starts anew);
3. continues the innermost open list if it carries exactly that list's next number in a style that is not a
   deeper level by convention (第一部分 第一章 第一节 一、 （一） 1. （1） ①), so that a slip (“6.” after
   （1）…（5）) does not wreck the tree. A deeper style opens a nested list instead (“2、” under “（一）” starts late, it is not “（二）”), and an
   item written exactly like the last item of an open list of its style belongs to that list (“3、” after
   1、 （1） （2） skips a number of the outer list);
4. continues the innermost open list of its style (a gap, a repeat or a step back);
5. otherwise opens a new list nested in the current item.

An item numbered 1 indented (by two spaces or more) deeper than the last item of the innermost open list of its
style opens a new list nested in the current item: a sub-list that reuses its parent's style is a new level,
not a step back.

Continuing a list closes the lists nested inside it. The numbering rules report the irregular cases (3 and 4,
and a new list that does not start at 1). Unnumbered lines belong to the section of the last item. A line whose
body holds a tab is a table row: its number is a row number, not a list item.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from linter import patterns
from linter.model import Family, Marker, NumberedList, Paragraph, Section


@dataclass(slots=True, eq=False)
class _Open:
    """An open list, the section its items belong to, and the section of its last item."""

    numbered: NumberedList
    parent: Section
    last: Section
    marker: Marker  # its last item's marker
    indent: int = 0  # the indentation of its last item (spaces before the marker, a full-width space as two)
    # ``parent`` as its items' sections hold it (``Section._parent``), made once for all of them.
    up: Callable[[], Section | None] = field(init=False)

    def __post_init__(self) -> None:
        self.up = weakref.ref(self.parent)


def build_structure(paragraphs: list[Paragraph]) -> tuple[Section, list[NumberedList]]:
    root = Section(heading=None)
    lists: list[NumberedList] = []
    stack: list[_Open] = []
    label: str | None = None  # the previous non-blank line, when it is unnumbered

    for paragraph in paragraphs:
        marker = paragraph.marker
        text = paragraph.text
        if marker is None or ("\t" in text and is_table_row(paragraph)):  # (most lines hold no tab)
            if text and not text.isspace():  # (not ``is_blank``, read here for every line)
                (stack[-1].last if stack else root).paragraphs.append(paragraph)
                label = text
            continue
        indent = _indent(paragraph)
        depth, restart = _place(stack, marker, label, indent)
        if depth is None or restart:
            if depth is None:  # nested in the current item
                parent = stack[-1].last if stack else root
            else:  # beside the list it restarts
                parent = stack[depth].parent
                del stack[depth:]
            numbered = NumberedList(family=marker.family, parent=parent.heading)
            lists.append(numbered)
            entry = _Open(numbered, parent, parent, marker)
            stack.append(entry)
        else:
            entry = stack[depth]
            del stack[depth + 1 :]
        section = Section(paragraph, [], [], entry.up)  # (children, body, parent: a class call passes keywords in a dict)
        entry.parent.children.append(section)
        entry.numbered.items.append(paragraph)
        entry.last = section
        entry.indent = indent
        entry.marker = marker
        label = None
    return root, lists


def is_table_row(paragraph: Paragraph) -> bool:
    """A numbered line whose body holds a tab is a row of a table, not a list item."""
    text = paragraph.text
    return "\t" in text and "\t" in text[paragraph.body_start - paragraph.span.start :].lstrip()


def _indent(paragraph: Paragraph) -> int:
    """Spaces before a line-start marker (a full-width space counts two); 0 for an inline marker."""
    marker = paragraph.marker
    if marker is None or marker.inline:
        return 0
    lead = paragraph.text[: marker.span.start - paragraph.span.start]
    return len(lead) + lead.count("\u3000") + 3 * lead.count("\t") if lead else 0


def _place(stack: list[_Open], marker: Marker, label: str | None, indent: int = 0) -> tuple[int | None, bool]:
    """The open list this item joins (None: a new nested list) and whether it starts a new list beside it.

    An item numbered 1 after unnumbered lines starts a new list beside an open one of its style when it is
    written in a sentence, when the line before introduces it (ends with a colon), or when the open list has
    gone past its first item; after a lone first item and prose it is that item's number written again.
    """
    family, value = marker.family, marker.value
    styled: list[int] = []  # the open lists of its style (their first item's family or their last one's)
    following: list[int] = []  # those whose next number it carries, innermost first
    for i, entry in enumerate(stack):
        if family is entry.numbered.family or family is entry.marker.family:
            styled.append(i)
            if entry.marker.value + 1 == value:
                following.insert(0, i)
    if styled and value == 1 and indent >= stack[styled[-1]].indent + 2 and stack[-1].indent < indent:
        return None, False  # an indented sub-list in its parent's style: a new level, not a step back
    if len(following) == 1:
        return following[0], False
    if following:  # the one indented most like it, the innermost on a tie
        return min(following, key=lambda i: abs(stack[i].indent - indent)), False
    if styled and marker.value == 1 and (label is not None or marker.inline):
        lone = len(stack[styled[-1]].numbered.items) == 1
        if marker.inline or not lone or (label is not None and label.rstrip().endswith(("：", ":"))):
            return styled[-1], True
    if stack and stack[-1].marker.value + 1 == value and _may_switch(stack, styled, marker):
        return len(stack) - 1, False  # “6.” among （1）…（5）
    if styled:
        return styled[-1], False
    return None, False


_LEVELS = tuple(Family)  # outermost first
_NOT_FORM = patterns.compile(r"[0-9０-９一二三四五六七八九十]+|\s+")


def _may_switch(stack: list[_Open], styled: list[int], marker: Marker) -> bool:
    """Whether ``marker``, of another style but with the next number, continues the innermost open list."""
    if styled and _form(stack[styled[-1]].numbered.items[-1].marker) == _form(marker):
        return False
    current = stack[-1].numbered.items[-1].marker
    assert current is not None
    return _LEVELS.index(marker.family) <= _LEVELS.index(current.family)


def _form(marker: Marker | None) -> str:
    """How a marker is written, without its number: “、” for 2、, “（）” for （1）."""
    return _NOT_FORM.sub("", marker.text) if marker is not None else ""
