"""Numbered items → lists and the section tree.

Items are placed with a stack of open lists, one per numbering family in use. An item joins the open list
of its family (closing the lists nested inside it), or opens a new list nested in the current item. One
exception keeps a slip from wrecking the tree: an item of another family whose number is exactly the next
one of the innermost list (“6.” after （1）…（5）) continues that list; the numbering rules report it.
"""

from __future__ import annotations

from linter.model import NumberedList, Paragraph, Section


def build_structure(paragraphs: list[Paragraph]) -> tuple[Section, list[NumberedList]]:
    root = Section(heading=None)
    lists: list[NumberedList] = []
    stack: list[tuple[NumberedList, Section]] = []  # open lists, outermost first, with their last item's section

    def current_section() -> Section:
        return stack[-1][1] if stack else root

    for paragraph in paragraphs:
        marker = paragraph.marker
        if marker is None:
            if not paragraph.is_blank:
                current_section().paragraphs.append(paragraph)
            continue
        depth = _place(stack, paragraph)
        if depth is None:  # opens a new list inside the current item
            parent = current_section()
            numbered = NumberedList(family=marker.family, parent=parent.heading)
            lists.append(numbered)
        else:
            numbered = stack[depth][0]
            del stack[depth:]
            parent = stack[-1][1] if stack else root
        numbered.items.append(paragraph)
        section = Section(heading=paragraph, parent=parent)
        parent.children.append(section)
        stack.append((numbered, section))
    return root, lists


def _place(stack: list[tuple[NumberedList, Section]], paragraph: Paragraph) -> int | None:
    """Index of the open list this item continues, or None for a new nested list."""
    marker = paragraph.marker
    assert marker is not None
    same_family = [i for i, (lst, _) in enumerate(stack) if lst.family is marker.family]
    for i in reversed(same_family):
        if _next_value(stack[i][0]) == marker.value:
            return i
    if stack and stack[-1][0].family is not marker.family and _next_value(stack[-1][0]) == marker.value:
        return len(stack) - 1  # “6.” among （1）…（5）
    if same_family:
        return same_family[-1]
    return None


def _next_value(numbered: NumberedList) -> int:
    last = numbered.items[-1].marker
    assert last is not None
    return last.value + 1
