"""Score claims → the score tree.

A numbered heading whose first sentence states a 分值 or 自评分 is a *section* node; it owns the
indicators stated in its body and the scored sections nested in it. Inside a body, claims are grouped
into indicators clause by clause:

* a 分值 (max) claim opens a new indicator (or a new part, after 其中);
* a 得分 claim completes the open indicator if it has no score yet, adds to it within the same clause
  (a restatement or a component), and otherwise opens a new indicator;
* 其中 after an indicator that has a 分值 but no 得分 yet lists that indicator's parts until the
  paragraph ends.

An unnumbered line that names a sub-indicator and its 分值 before its items (职责履行（分值30分）：甲分值8分，…) is a
section of those items, as a numbered heading is; the next numbers of a heading's own list written on its line
(（1）甲…；（2）乙…) start its siblings.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from itertools import pairwise
from operator import attrgetter

from linter import patterns
from linter.analysis.rounding import claim_slack
from linter.diagnostics import Span
from linter.frameworks import Framework, Indicator, frameworks
from linter.model import (
    Boundary,
    ClaimKind,
    Family,
    NodeKind,
    Paragraph,
    Restatement,
    Role,
    ScoreBlock,
    ScoreClaim,
    ScoreNode,
    Section,
)
from linter.parse.numbers import to_decimal
from linter.parse.point_lists import add_listed_items
from linter.parse.scoring_rules import is_conditional, rule_sentences
from linter.parse.subtotal_groups import close_flat_groups

# The members compared for every claim and node, bound to names once (see ``linter.model`` on enum lookups).
_MAX, _SCORE = ClaimKind.MAX, ClaimKind.SCORE
_ITEM, _EACH, _EXTERNAL, _BASE, _FULL = Role.ITEM, Role.EACH, Role.EXTERNAL, Role.BASE, Role.FULL
_SUBTOTAL = Role.SUBTOTAL
_RULE = Role.RULE
_NOT_OWN = frozenset((Role.EXTERNAL, Role.BASE, _RULE))  # claims no indicator's points nor score
_SECTION, _INDICATOR, _PART = NodeKind.SECTION, NodeKind.INDICATOR, NodeKind.PART
_CLAUSE, _BREAKDOWN, _COLON = Boundary.CLAUSE, Boundary.BREAKDOWN, Boundary.COLON

_GAP_PUNCT = " \t\u3000\u00a0，,。；;：:、"
_LABEL_MAX = 200  # a label is a few words: a long unpunctuated clause is not read further than this
_LEAD_TRIM = " \t\u3000\u00a0，,。；;：:、”\"'）)"  # an opening quote or bracket belongs to the label
# A label: the words after the marks and closing brackets that lead (and a list number of the line's own list,
# （2） ② 3. 一是), up to the first mark, bracket, 为 or 是.
_LABEL = patterns.compile(
    f"[{re.escape(_LEAD_TRIM)}]*+(?:[（(][0-9一二三四五六七八九十]{{1,3}}[）)]|[①-⑳]|[0-9]{{1,2}}[.．、）)](?![0-9])"
    "|[一二三四五六七八九十]{1,3}是)?"
    "([^，,。；;：:（(为是]*)"
)
_TAIL_TRIM = " \t\u3000\u00a0，,。；;：:、“\"'（("


def build_scores(
    paragraphs: list[Paragraph],
    root: Section,
    overall_cues: Iterable[str],
    in_tables: set[int] | None = None,
    text: str | None = None,
) -> Scores:
    """Score blocks stated in prose; claims in table lines (``in_tables``) are left to the table builder. ``text``
    is the whole text the paragraphs are the lines of, when the caller has it."""
    overall, overall_max = _find_overall(root, tuple(overall_cues))
    skip = {id(c) for c in (overall, overall_max) if c is not None}
    tabled = in_tables or set()
    claimed = [p for p in paragraphs if p.claims]
    skip |= {id(c) for p in claimed if p.index in tabled for c in p.claims}
    skip |= {id(c) for p in claimed for c in p.claims if c.role in _NOT_OWN}
    restatements = [r for p in claimed if p.index not in tabled for r in [_restatement(p, overall)] if r]
    for restatement in restatements:
        skip |= {id(n.scores[0]) for n in restatement.items} | {id(restatement.total)}
    blocks: list[ScoreBlock] = []
    each: dict[int, tuple[ScoreNode, ScoreClaim]] = {}
    _collect(root, None, blocks, skip, each)
    for node, claim in each.values():  # 以下各项分值均为10分: each item stating no points of its own
        for child in node.children:
            if child.max is None:
                child.max = claim
    add_listed_items(blocks, paragraphs, tabled, text)  # 分值分别为5分、5分…，得分分别为5分、4分…
    close_flat_groups(blocks, [p for p in claimed if p.index not in tabled], skip)  # 产出指标合计得49分
    deductions = _Deductions(paragraphs)
    for block in blocks:
        for top in block.nodes:
            _finish(top, deductions)
    return Scores(blocks, overall, overall_max, restatements)


def _finish(node: ScoreNode, deductions: _Deductions) -> None:
    """A score with one part that states no points of its own (……得5.40分 after 产出指标自评得分49.60分): the
    writer explains the deduction, the other parts are not listed, so the parts add up to nothing. An indicator
    stating its points and a deduction but no score (满分15分：推迟半个月完成，扣1分) scores the rest."""
    children = node.children
    if not children:
        if not node.scores and node.max is not None:
            score = deductions.score(node.max, bonus="加分" in node.label)
            if score is not None:
                node.scores.append(score)
        elif len(node.scores) == 1 and node.max is not None:
            node.deducted = deductions.between(node.max, node.scores[0])
        return
    if len(children) == 1 and node.scores and children[0].max is None:
        node.uncertain = True
    if len(children) == 1 and _picked_out(children[0], deductions.paragraphs):
        node.uncertain = True  # 其中，受益群众满意度指标权重6分，得6分: one part picked out, not all of them
    if all(c.max is None for c in children) and (
        _rest_in_full(children, deductions.paragraphs) or _short_by_whole_items(node, children)
    ):
        node.uncertain = True  # ……得9.84分；……得9.5分，其余三项均得满分: the parts listed are the ones that lost points
    if node.max is not None and node.max.value != 100 and all(c.max and c.max.weight for c in children):
        if sum((c.max.value for c in children if c.max), Decimal(0)) == 100:
            for child in children:  # 产出（50分）over 数量（权重40%）, 质量（权重30%）, …: shares of it, not points
                child.max = None
    for child in children:
        _finish(child, deductions)


def _short_by_whole_items(node: ScoreNode, children: list[ScoreNode]) -> bool:
    """Whether the parts, none stating its points, are only those that lost points (产出指标（50分，得49.34分）。……
    得9.84分；……得9.5分。): they fall short of ``node``'s score by at least as much as the largest of them scores, and
    what each lost from its likely points (the next multiple of 5: 10 − 9.84, 10 − 9.5) is what ``node`` lost
    (50 − 49.34). Whole items are then left unlisted, rather than added up wrong."""
    stated = node.score
    if stated is None or stated.role is not _ITEM or node.max is None:
        return False
    values = [c.scores[0].value for c in children if c.scores and c.scores[0].role is _ITEM and not c.children]
    if len(values) != len(children) or not values:
        return False
    if stated.value - sum(values, Decimal(0)) < max(values):
        return False
    lost = sum(((v / 5).to_integral_value(rounding=ROUND_CEILING) * 5 - v for v in values), Decimal(0))
    return lost == node.max.value - stated.value


def _rest_in_full(children: list[ScoreNode], paragraphs: list[Paragraph]) -> bool:
    """Whether the paragraph of the last of ``children`` says the parts it does not list scored in full
    (其余三项均得满分, 其他指标均为满分)."""
    at = bisect_right(paragraphs, children[-1].span.start, key=_start) - 1
    if at < 0:
        return False
    text = paragraphs[at].text
    return any(word in text for word in _THE_REST) and "满分" in text


_THE_REST = ("其余", "其他各项", "其他指标", "其它")


def _picked_out(node: ScoreNode, paragraphs: list[Paragraph]) -> bool:
    """Whether ``node`` is named right after 其中 (其中，受益群众满意度指标权重6分): as its parent's only part, it
    is one of them picked out, not the full list."""
    at = bisect_right(paragraphs, node.span.start, key=_start) - 1
    if at < 0:
        return False
    paragraph = paragraphs[at]
    before = paragraph.text[max(0, node.span.start - paragraph.span.start - 6) : node.span.start - paragraph.span.start]
    return before.rstrip(_GAP_PUNCT).endswith("其中")


# A deduction: 扣1分, 扣减0.5分, 扣除2分.
_DEDUCTION = patterns.compile(r"扣(?:减|除)?了?[^\S\r\n]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[^\S\r\n]*分(?![钟率])")
_CLAUSE_MARKS = "，,；;。：:"


class _Deductions:
    """The deductions stated after an indicator's points, read where the indicator states no score."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs

    def score(self, worth: ScoreClaim, *, bonus: bool = False) -> ScoreClaim | None:
        """The score that the deductions after ``worth`` leave of it: those up to the next claim of its line, or,
        after a numbered line's last claim, in the unnumbered line after it stating no points. Of a bonus item
        (加分项（2分）。获评省级示范县，加2分。) the points it adds are its score."""
        read = _added if bonus else _deducted
        at = bisect_right(self.paragraphs, worth.span.start, key=_start) - 1
        paragraph = self.paragraphs[at]
        later = next((c for c in paragraph.claims if c.span.start >= worth.span.end and c.role is not _RULE), None)
        found = read(paragraph, worth.span.end, later.span.start if later else paragraph.span.end)
        if found is None and later is None and paragraph.marker is not None and at + 1 < len(self.paragraphs):
            after = self.paragraphs[at + 1]
            if after.marker is None and not after.claims:
                found = read(after, after.span.start, after.span.end)
        if found is None:
            return None
        value, span, value_at = found
        if value > worth.value:
            return None
        return ScoreClaim(_SCORE, value if bonus else worth.value - value, span, value_at, "加" if bonus else "扣")


    def between(self, worth: ScoreClaim, score: ScoreClaim) -> ScoreClaim | None:
        """The deduction told after the points ``worth`` and before the score ``score`` of one line."""
        if not worth.span.end <= score.span.start:
            return None
        paragraph = self.paragraphs[bisect_right(self.paragraphs, worth.span.start, key=_start) - 1]
        base = paragraph.span.start
        if score.span.start > paragraph.span.end or paragraph.text.find("扣", worth.span.end - base, score.span.start - base) < 0:
            return None  # most items: no deduction told
        found = _deducted(paragraph, worth.span.end, score.span.start)
        if found is None or not found[0]:
            return None
        value, span, value_at = found
        return ScoreClaim(_SCORE, value, span, value_at, "扣")


def _start(paragraph: Paragraph) -> int:
    return paragraph.span.start


def _deducted(paragraph: Paragraph, start: int, end: int) -> tuple[Decimal, Span, tuple[int, int]] | None:
    """The points deducted between ``start`` and ``end`` (the sum of each 扣N分, or the one 共扣N分 totals), with
    where the first deduction stands; a rule (每推迟一天扣0.5分, 评分标准：…缺一项扣0.5分) or a deduction not made
    (不扣1分) is none. A deduction opening the range on its own (（分值8分）：扣0.5分。……超出100%，扣0.5分。, 本项扣1分，
    其中……) states the total when those after it add up to it: they tell it again, with their reasons. A range
    saying only that nothing was deducted (……完成12个，不扣分。) deducts 0."""
    base, text = paragraph.span.start, paragraph.text
    found_values: list[tuple[Decimal, Span, tuple[int, int]]] = []
    leading = False  # the first deduction stands alone at the start of the range, or after 本项
    rules: list[tuple[int, int]] | None = None  # the sentences stating a scoring rule, found at the first deduction
    for found in _DEDUCTION.finditer(text, start - base, end - base):
        at = found.start()
        if rules is None:
            rules = rule_sentences(text)
        if any(a <= at < b for a, b in rules):
            continue
        clause = _clause_before(text, at)
        if "每" in clause or clause.endswith(("不", "未", "无", "免")):
            continue
        value = to_decimal(found.group(1))
        if value is None:
            continue
        where = (Span(base + at, base + found.end()), (base + found.start(1), base + found.end(1)))
        if clause.endswith(("共", "合计", "累计", "共计", "总计")):
            return value, *where  # the total of the deductions before it
        if not found_values:
            opening = text[start - base : at].strip(_GAP_PUNCT)
            leading = opening in ("", "本项", "该项", "本指标", "该指标")
        found_values.append((value, *where))
    if found_values:
        first, *rest = found_values
        if leading and rest and sum(v for v, _, _ in rest) == first[0]:
            return first
        return sum((v for v, _, _ in found_values), Decimal(0)), first[1], first[2]
    return _nothing_deducted(paragraph, start, end)


# Points a bonus item adds: 加2分, 加了1分 (not 每项加1分, a rule).
_ADDITION = patterns.compile(r"加了?[^\S\r\n]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[^\S\r\n]*分(?![钟率值])")


def _added(paragraph: Paragraph, start: int, end: int) -> tuple[Decimal, Span, tuple[int, int]] | None:
    """The points added between ``start`` and ``end``, outside scoring rules (每获一项省级荣誉加1分), with where the
    first addition stands."""
    base, text = paragraph.span.start, paragraph.text
    total, first = Decimal(0), None
    rules = rule_sentences(text) if "加" in text[start - base : end - base] else []
    for found in _ADDITION.finditer(text, start - base, end - base):
        at = found.start()
        if "每" in _clause_before(text, at) or any(a <= at < b for a, b in rules):
            continue
        value = to_decimal(found.group(1))
        if value is None:
            continue
        total += value
        first = first or (Span(base + at, base + found.end()), (base + found.start(1), base + found.end(1)))
    return (total, *first) if first is not None else None


def _clause_before(text: str, at: int) -> str:
    """The words of ``text`` before ``at`` in its clause (at most 30 characters)."""
    clause = text[max(0, at - 30) : at]
    for mark in _CLAUSE_MARKS:
        clause = clause.rpartition(mark)[2]
    return clause


# 不扣分, 未扣分, 不予扣分: the indicator lost nothing (not 不扣分的情形, 扣分标准)
_NOTHING_DEDUCTED = patterns.compile(r"(?:不予|不|未|无|没有)扣分(?![标规办细原依的])")


def _nothing_deducted(paragraph: Paragraph, start: int, end: int) -> tuple[Decimal, Span, tuple[int, int]] | None:
    """A deduction of 0 where the range between ``start`` and ``end`` says nothing was deducted (不扣分), outside
    a scoring rule (达到95%以上的不扣分, 评分标准：…不扣分)."""
    base, text = paragraph.span.start, paragraph.text
    if "扣分" not in text[start - base : end - base]:
        return None
    rules = rule_sentences(text)
    for found in _NOTHING_DEDUCTED.finditer(text, start - base, end - base):
        at = found.start()
        if any(a <= at < b for a, b in rules) or is_conditional(text, at):
            continue
        span = Span(base + at, base + found.end())
        return Decimal(0), span, (span.start, span.end)
    return None


@dataclass
class Scores:
    blocks: list[ScoreBlock]
    overall: ScoreClaim | None
    overall_max: ScoreClaim | None
    restatements: list[Restatement]


def _restatement(paragraph: Paragraph, overall: ScoreClaim | None) -> Restatement | None:
    """A sentence restating every first-level score and the total (产出指标得分48分……自评总得分96.7分)."""
    if len(paragraph.claims) < 3 or not any(cue in paragraph.text for cue in _TOTAL_CUES):
        return None
    scores = [c for c in paragraph.claims if c.kind is _SCORE and c.role is _ITEM]
    if len(scores) < 3:
        return None
    text, base = paragraph.text, paragraph.span.start
    # A cue holds no clause mark: a clause ends with one where the text before the claim does.
    totals = [
        c for c in scores if c is overall or c.total or text.endswith(_TOTAL_CUES, 0, c.span.start - base)
    ]
    if not totals:
        totals = _points_as_total(paragraph, scores)
    if len(totals) != 1:
        return None
    others = [claim for claim in scores if claim is not totals[0]]
    if len(others) < 2:
        return None
    named: list[tuple[str, Span | None]] = []  # the words naming each score, read as far as a framework asks
    for framework in frameworks():
        indicators = _indicators(framework, paragraph, others, named)
        if indicators is not None:
            items = [
                ScoreNode(_INDICATOR, *_without_lead(label, span or claim.span), scores=[claim], key=indicator.key)
                for claim, (label, span), indicator in zip(others, named, indicators, strict=True)
            ]
            return Restatement(items, totals[0])
    return None


def _points_as_total(paragraph: Paragraph, scores: list[ScoreClaim]) -> list[ScoreClaim]:
    """A restatement's total written 总分97.5分 (总分 also says points): the paragraph's last claim, after the scores,
    below 100. It is made the score it is, in place of the points claim."""
    last = paragraph.claims[-1]
    if last.kind is not _MAX or not last.keyword.startswith("总分") or last.keyword.startswith("总分值"):
        return []
    if last.value >= 100 or last.count or not scores or scores[-1].span.end > last.span.start:
        return []
    total = ScoreClaim(_SCORE, last.value, last.span, last.value_at, last.keyword, total=True)
    paragraph.claims[-1] = total
    return [total]


def _without_lead(label: str, span: Span) -> tuple[str, Span]:
    """“其中预算执行率”, “本项目产出指标”: the indicator's name, without the words that lead into it."""
    for lead in _RESTATED_LEADS:
        if label.startswith(lead) and len(label) > len(lead):
            return label[len(lead) :], Span(span.start + len(lead), span.end)
    return label, span


_RESTATED_LEADS = ("其中", "本项目", "该项目", "项目", "本部门", "部门")


def _indicators(
    framework: Framework, paragraph: Paragraph, claims: list[ScoreClaim], named: list[tuple[str, Span | None]]
) -> list[Indicator] | None:
    """The first-level indicators of ``framework`` the scores' labels name, or None when one names none; a label
    not in ``named`` yet is read and added (most paragraphs are no restatement: their first label tells)."""
    out = []
    for i, claim in enumerate(claims):
        if i == len(named):
            named.append(_label(paragraph, _clause_start(paragraph, claim), claim.span.start))
        indicator = framework.match(named[i][0])
        if indicator is None:
            return None
        out.append(indicator)
    return out


_TOTAL_CUES = ("自评", "总分", "总得分", "综合", "合计", "总计", "最终")


# Everything up to the last mark that ends a clause (a NUL counts as one: no label runs across it).
_THROUGH_CLAUSE = patterns.compile("(?s:.*)[，,、；;。：:\0]")


def _clause_start(paragraph: Paragraph, claim: ScoreClaim) -> int:
    found = _THROUGH_CLAUSE.match(paragraph.text, 0, claim.span.start - paragraph.span.start)
    return paragraph.span.start + (found.end() if found else 0)


def _clause_text(paragraph: Paragraph, claim: ScoreClaim) -> str:
    base = paragraph.span.start
    return paragraph.text[_clause_start(paragraph, claim) - base : claim.span.start - base]


def _find_overall(root: Section, cues: tuple[str, ...]) -> tuple[ScoreClaim | None, ScoreClaim | None]:
    """The whole report's 自评得分 (and 总分), stated outside any scored section."""
    for section in root.walk():
        candidates = list(section.paragraphs)
        if section.heading is not None and not _head_claims(section.heading):
            candidates.insert(0, section.heading)
        for paragraph in candidates:
            cued: int | None = None  # where the paragraph's first cue ends, looked up once
            for claim in paragraph.claims:
                if claim.kind is _SCORE and claim.total:
                    if cued is None:
                        ends = (at + len(cue) for cue in cues if (at := paragraph.text.find(cue)) >= 0)
                        cued = min(ends, default=len(paragraph.text) + 1)
                    if cued <= claim.span.start - paragraph.span.start or claim.keyword.startswith(
                        ("自评总", "总得分")
                    ):
                        total = next(
                            (c for c in paragraph.claims if c.kind is _MAX and c.total), None
                        )
                        return claim, total
    return None, None


def _head_claims(heading: Paragraph) -> list[ScoreClaim]:
    """Claims in a heading's first sentence or clause: the section's own 分值 and 自评分."""
    if not heading.claims:
        return []
    bracket = _bracket_head(heading)
    if bracket is not None:
        return bracket
    first_mark = _MARKS.search(heading.text)
    stop = heading.span.start + first_mark.start() if first_mark else heading.span.end
    head = [c for c in heading.claims if c.span.start < stop and c.role in (_ITEM, _FULL)]
    rest = [c for c in heading.claims if c.span.start >= stop and c.role in (_ITEM, _FULL)]
    if head and rest and all(c.kind is _MAX for c in head) and rest[0].kind is _SCORE:
        gap = heading.text[head[-1].span.end - heading.span.start : rest[0].span.start - heading.span.start]
        if not gap.strip(_GAP_PUNCT):  # “分值50分。，得分49分”: the section's own score after a stray mark
            head.append(rest[0])
    maxima = [c for c in head if c.kind is _MAX]
    scores = [c for c in head if c.kind is _SCORE]
    if len(maxima) > 1 or len(scores) > 1:
        return []  # two indicators in one line: not a section total
    if maxima and rest and rest[0].kind is _MAX and _names_another(heading, head, rest):
        return []  # “1.数量指标：甲，分值15分，得15分；乙，分值10分，得10分。”: a category's indicators
    return head


def _names_another(heading: Paragraph, head: list[ScoreClaim], rest: list[ScoreClaim]) -> bool:
    """Whether the head's points are an indicator named after the line's label (数量指标：完成户厕改造326户，分值15
    分) beside the next one, not the label's own: words stand between the label's colon or comma and the points,
    and the points after them neither are introduced as its parts (其中) nor add up to it."""
    base, text = heading.span.start, heading.text
    label = text[heading.body_start - base : head[0].span.start - base]
    cut = min((at for at in map(label.find, "：:，,") if at >= 0), default=-1)
    if cut <= 0 or not label[cut + 1 :].strip(_GAP_PUNCT):
        return False
    if "其中" in text[head[-1].span.end - base : rest[0].span.start - base]:
        return False
    worth = next(c for c in head if c.kind is _MAX).value
    return sum((c.value for c in rest if c.kind is _MAX and c.role is _ITEM), Decimal(0)) != worth


def _bracket_head(heading: Paragraph) -> list[ScoreClaim] | None:
    """“1.投入（15分，得15分）”, “（1）目标设定（5分）：…得2分；…得3分”: the bracket after the label holds the
    section's own points and score; claims after it are its items."""
    first = heading.claims[0]
    base = heading.span.start
    label = heading.text[heading.body_start - base : first.span.start - base]
    if first.keyword == "（）" or heading.text[first.span.start - base] in "（(":
        # “目标设定（5分）”, “效益指标（分值30分，得28分）”: the claim opens the bracket
        opening, open_at = len(label), first.span.start
    else:  # “投入（分值20分，得20分）”: the bracket opens just before the claim
        opening = max(label.rfind("（"), label.rfind("("))
        if opening < 0 or label[opening + 1 :].strip():
            return None
        open_at = heading.body_start + opening
    name = label[:opening]
    if not name.strip() or len(name) > 30 or any(ch in name for ch in "，,。；;：:"):
        return None
    close = _closing(heading.text, open_at - base)
    if close < 0:
        return None
    inside = [c for c in heading.claims if c.span.start < base + close]
    if not inside or len(inside) == len(heading.claims) or any(c.role is not _ITEM for c in inside):
        return None  # the whole line is the bracket: the ordinary reading applies
    maxima = [c for c in inside if c.kind is _MAX]
    scores = [c for c in inside if c.kind is _SCORE]
    if len(maxima) > 1 or len(scores) > 1:
        return None
    after = heading.text[close + 1 :].lstrip(" \t\u3000")
    if not after.startswith(("：", ":")) and not (maxima and scores):
        return None  # “（50分），自评得分48.7分”: the score after the bracket is the section's own
    following = heading.claims[len(inside)]
    gap = heading.text[close + 1 : following.span.start - base]
    if not scores and following.kind is _SCORE and gap.strip(_GAP_PUNCT) in ("", "自评", "实际"):
        inside.append(following)  # “（一）运行成本（8分）：自评得7分。”
    return inside


def _counted_below(section: Section, worth: ScoreClaim, skip: set[int]) -> ScoreClaim | None:
    """The count of the section's items and their points (共3项，每项10分) when it is all the first line under the
    heading states, and they add up to the heading's ``worth``: the points of each item, not another item."""
    first = next((p for p in section.paragraphs if not p.is_blank), None)
    if first is None or first.marker is not None:
        return None
    claims = [c for c in first.claims if id(c) not in skip]
    if len(claims) != 1 or not claims[0].count or claims[0].kind is not _MAX or not _adds_up(claims[0], worth):
        return None
    return claims[0]


def _closing(text: str, opening: int) -> int:
    """The offset of the bracket closing the one at ``opening`` (a claim's own “，” may stand between)."""
    depth = 0
    for i in range(opening, min(len(text), opening + 80)):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return i
    return -1


_CLAIMS = attrgetter("claims")


def _collect(
    section: Section,
    owner: ScoreNode | None,
    blocks: list[ScoreBlock],
    skip: set[int],
    each: dict[int, tuple[ScoreNode, ScoreClaim]],
) -> None:
    """Build nodes for ``section``'s body and children, attaching them to ``owner`` (or to new blocks)."""
    container = owner
    heading = section.heading
    footer = _footer(section, skip) if heading is not None else None
    if footer:
        skip.update(id(c) for c in footer)  # read as the section's own, not where the line stands
    if footer or (heading is not None and heading.claims) or any(map(_CLAIMS, section.paragraphs)):
        container = _collect_own(section, owner, blocks, skip, each, footer)  # most sections state no points
    for child in section.children:
        _collect(child, container, blocks, skip, each)


def _collect_own(
    section: Section,
    owner: ScoreNode | None,
    blocks: list[ScoreBlock],
    skip: set[int],
    each: dict[int, tuple[ScoreNode, ScoreClaim]],
    footer: list[ScoreClaim] | None = None,
) -> ScoreNode | None:
    """Build nodes for the claims of ``section``'s heading and body, and of the ``footer`` closing its items;
    return the node its children belong to."""
    heading = section.heading
    node: ScoreNode | None = None
    rest: set[int] = set()  # the heading's claims after its head, grouped like body claims
    if heading is not None:
        head = [c for c in _head_claims(heading) if id(c) not in skip]
        if head:
            label, span = _label(heading, heading.body_start, head[0].span.start)
            worth = next((c for c in head if c.kind is _MAX), None)
            node = ScoreNode(
                _SECTION,
                label=label,
                span=span or head[0].span,
                max=worth,
                scores=_full([c for c in head if c.kind is _SCORE], worth),
            )
            _attach(node, owner, blocks, section.parent)
        taken = {id(c) for c in head}
        others = [c for c in heading.claims if id(c) not in taken and id(c) not in skip]
        if node is not None and node.max is not None and not node.scores and _own_score(node, heading, others):
            # “（2）演练次数，分值2分。……，得3分。”: one indicator, two sentences; “（二）产出指标（分值50分）。产出
            # 指标自评得分49.60分。……得5.40分。”: the section's own score, named again, before its items
            node.scores.extend(_full([others.pop(0)], node.max))
        if node is not None and others and heading.marker is not None:
            for group in _inline_siblings(heading, others, max(c.span.end for c in head)):
                # “（1）人才队伍建设，分值3分，得3分；（2）信息化建设，分值2分，得2分。”: the next items of the heading's
                # own list, written on its line, are its siblings, not its parts
                ids = {id(c) for c in group}
                for item in _group([heading], skip, ids, heading, None, each):
                    _attach(item, owner, blocks, section.parent)
                others = [c for c in others if id(c) not in ids]
        if node is not None and node.max is not None:
            for claim in [c for c in others if c.count and c.kind is _MAX]:
                if _adds_up(claim, node.max):  # 效益指标（分值30分）。效益指标共3项，各10分。
                    others.remove(claim)
                    each.setdefault(id(node), (node, _each_of(claim)))
            counted = _counted_below(section, node.max, skip)
            if counted is not None:  # 效益指标（权重30分，得29分） over 效益指标共3项，每项10分。
                skip.add(id(counted))
                each.setdefault(id(node), (node, _each_of(counted)))
        rest = {id(c) for c in others}
    if footer:
        node = _footed(section, node, footer, skip)
        if node.parent is None and not any(node is top for block in blocks for top in block.nodes):
            _attach(node, owner, blocks, section.parent)
    container = node if node is not None else owner
    body = _without_summing_up(section)
    if node is not None and node.scores and body and _closes_list(section):
        # “① 效益指标得29.66分；② 满意度指标得10.00分。” then “在省考核中，我市得分95.5分”, “综上，……综合得分94分”:
        # the paragraph after a list of one-line items is no part of the last item, nor another item of the list;
        # a subtotal in it (小计：得30分) closes the list's parent, which is not summed when it holds another score
        overall = any(id(c) in skip and c.kind is _SCORE and c.total for p in body for c in p.claims)
        if owner is not None and (_group(body, skip, set(), None, owner, each) or overall):
            owner.uncertain = True  # (the whole evaluation's score stated right after the list too)
        body = []
    stream = ([heading] if heading is not None and rest else []) + body
    if container is not None and any(_unread_points(p) for p in stream):
        container.uncertain = True
    items = _group_body(stream, skip, rest, heading, container, each)
    if container is not None:
        _adopt_all(container, items)
    else:
        for item in items:
            _attach(item, None, blocks, section)
    return container


def _footed(section: Section, node: ScoreNode | None, footer: list[ScoreClaim], skip: set[int]) -> ScoreNode:
    """``section``'s node with the points and score its closing line states where its heading states none (a
    section named by a heading without claims gets a node of its own)."""
    if node is None:
        heading = section.heading
        assert heading is not None
        label, span = _label(heading, heading.body_start, heading.span.end)
        node = ScoreNode(_SECTION, label=label, span=span or footer[0].span)
    worth = next((c for c in footer if c.kind is _MAX), None)
    if node.max is None and worth is not None:
        node.max = worth
    if not node.scores:
        node.scores.extend(c for c in footer if c.kind is _SCORE)
    return node


_TOTAL_WORDS = ("合计", "小计", "总计", "共计")


def _footer(section: Section, skip: set[int]) -> list[ScoreClaim] | None:
    """The claims of a line closing ``section``'s items that totals them (效益指标合计：分值30分，得分29分): the last
    line with claims of its body, or of its last item's when that item has none of its own, unnumbered, opening
    with a 合计 word after the section's name (or none, or 本部分/以上各项), stating the points (a score alone where it
    names the section) and nothing after them. The whole evaluation's points (100) are no section's."""
    heading = section.heading
    if heading is None:
        return None
    if section.children:
        last = section.children[-1]
        if last.children:
            return None
        body = last.paragraphs
    else:
        body = section.paragraphs
    for line in reversed(body):
        if line.claims:
            break
    else:
        return None
    if line.marker is not None or not any(w in line.text for w in _TOTAL_WORDS):
        return None
    claims = [c for c in line.claims if id(c) not in skip]
    if not claims or len(claims) > 2 or any(c.role is not _ITEM and c.role is not _SUBTOTAL for c in claims):
        return None
    if len(claims) == 2 and claims[0].kind is claims[1].kind:
        return None
    base, text = line.span.start, line.text
    if text[claims[-1].span.end - base :].strip(_GAP_PUNCT):
        return None
    words = text[line.body_start - base : claims[0].span.start - base].strip(_GAP_PUNCT)
    total = next((w for w in _TOTAL_WORDS if words.endswith(w)), None)
    if total is None:
        return None
    name = words[: -len(total)].strip(_GAP_PUNCT)
    worth = next((c for c in claims if c.kind is _MAX), None)
    if worth is not None and worth.value >= 100:
        return None
    label = _label(heading, heading.body_start, heading.span.end)[0]
    named = bool(name) and bool(label) and (label.startswith(name[:4]) or name.startswith(label[:4]))
    if named or (worth is not None and (not name or name.startswith(("本", "该", "以上")))):
        return claims
    return None


def _inline_siblings(heading: Paragraph, claims: list[ScoreClaim], after: int) -> list[list[ScoreClaim]]:
    """The claims after the next numbers of the heading's own list on its line (；（2）…；（3）…), past ``after``,
    a group for each."""
    marker = heading.marker
    assert marker is not None
    base, text = heading.span.start, heading.text
    starts: list[int] = []
    value, at = marker.value + 1, after - base
    while (pattern := _sibling_marker(marker.family, value)) is not None:
        found = pattern.search(text, at)
        if found is None:
            break
        starts.append(base + found.start(1))
        value, at = value + 1, found.end()
    if not starts:
        return []
    bounds = [*starts, heading.span.end + 1]
    groups = [[c for c in claims if a <= c.span.start < b] for a, b in pairwise(bounds)]
    return [g for g in groups if g]


_CN_DIGITS = "一二三四五六七八九十"


def _sibling_marker(family: Family, value: int) -> re.Pattern[str] | None:
    """The marker numbered ``value`` in ``family``'s style, after a clause's end (；（2）, 。②)."""
    if value > 20:
        return None
    cn = _CN_DIGITS[value - 1] if value <= 10 else None
    written = {
        Family.PAREN_ARABIC: rf"[（(]\s*{value}\s*[）)]",
        Family.HALF_PAREN_ARABIC: rf"{value}[）)]",
        Family.ARABIC: rf"{value}[.．、](?![0-9０-９])",
        Family.CIRCLED: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[value - 1],
        Family.PAREN_CN: rf"[（(]{cn}[）)]" if cn else None,
        Family.CN: rf"{cn}、" if cn else None,
    }.get(family)
    return patterns.compile(f"[；;。][^\\S\\r\\n]*({written})") if written else None


def _group_body(
    stream: list[Paragraph],
    skip: set[int],
    rest: set[int],
    heading: Paragraph | None,
    container: ScoreNode | None,
    each: dict[int, tuple[ScoreNode, ScoreClaim]],
) -> list[ScoreNode]:
    """``_group`` over a section's paragraphs, where an unnumbered line that heads items of its own
    (职责履行（分值30分）：甲分值8分，得8分；乙分值8分，…) is a sub-section of those items, as it is with a number
    in front, not a sibling of them."""
    items: list[ScoreNode] = []
    plain: list[Paragraph] = []
    i = 0
    while i < len(stream):
        paragraph = stream[i]
        sub = None if paragraph is heading else _sub_head(paragraph, stream[i + 1 :], skip)
        if sub is None:
            plain.append(paragraph)
            i += 1
            continue
        head, members = sub
        items += _group(plain, skip, rest, heading, container, each)
        plain = []
        label, span = _label(paragraph, paragraph.body_start, head[0].span.start)
        worth = next(c for c in head if c.kind is _MAX)
        node = ScoreNode(
            _SECTION, label=label, span=span or worth.span, max=worth, scores=[c for c in head if c.kind is _SCORE]
        )
        own = {id(c) for c in paragraph.claims if not any(c is h for h in head)}
        _adopt_all(node, _group([paragraph, *members], skip, own, paragraph, node, each))
        items.append(node)
        i += 1 + len(members)
    return items + _group(plain, skip, rest, heading, container, each)


def _sub_head(
    paragraph: Paragraph, following: list[Paragraph], skip: set[int]
) -> tuple[list[ScoreClaim], list[Paragraph]] | None:
    """The head claims of an unnumbered ``paragraph`` that names a sub-section and gives its 分值, and the
    paragraphs after it that hold the rest of its items: (head, []) when its items follow on the line
    (履职效益（分值15分）：经济效益分值5分，得5分；社会效益分值5分，…); (head, lines) when the line is only the head
    and a colon and the next lines state points of their own, up to where they add up to its 分值, or else up to
    the next such line or numbered line; None otherwise."""
    claims = _open_claims(paragraph, skip)
    if claims is None:
        return None
    if len(claims) > 2:  # the items follow on the line: the first of them states its own points
        head = _bracket_head(paragraph) if sum(c.kind is _MAX for c in claims) >= 3 else None
        if head is None or claims[0] is not head[0]:
            return None
        rest = [c for c in claims if not any(c is h for h in head) and c.role is _ITEM]
        if rest and rest[0].kind is _MAX and sum(c.kind is _MAX for c in rest) >= 2:
            return head, []
        return None
    if not _alone(paragraph, claims):
        return None
    worth, total, members = claims[0].value, Decimal(0), []
    for line in following:
        if line.marker is not None or _heads(line, skip):
            break
        members.append(line)
        total += sum((c.value for c in line.claims if c.kind is _MAX and c.role is _ITEM), Decimal(0))
        if total == worth:
            break
    if sum(1 for m in members for c in m.claims if c.kind is _MAX and c.role is _ITEM) < 2:
        return None
    return claims, members


def _open_claims(paragraph: Paragraph, skip: set[int]) -> list[ScoreClaim] | None:
    """The claims of an unnumbered line that opens with an item's 分值 (else None)."""
    if paragraph.marker is not None or not paragraph.claims or paragraph.claims[0].kind is not _MAX:
        return None  # (most lines: told before the claims are filtered)
    claims = [c for c in paragraph.claims if id(c) not in skip]
    if not claims or claims[0].kind is not _MAX or claims[0].role is not _ITEM:
        return None
    return claims


def _alone(paragraph: Paragraph, claims: list[ScoreClaim]) -> bool:
    """“职责履行（分值30分）：”: a short name, its 分值 (and score) and a colon, nothing after."""
    base, text = paragraph.span.start, paragraph.text
    if not text.rstrip(" \t\u3000").endswith(("：", ":")):
        return False
    if text[claims[-1].span.end - base :].strip(" \t\u3000）)") not in ("：", ":"):
        return False
    if len(claims) > 2 or (len(claims) == 2 and claims[1].kind is not _SCORE):
        return False
    if len(claims) == 2 and text[claims[0].span.end - base : claims[1].span.start - base].strip(_GAP_PUNCT + "（）()"):
        return False  # 实际完成率（分值7分）：……，得7分：the score stated after words is the indicator's own
    label = text[paragraph.body_start - base : claims[0].span.start - base]
    return bool(label.strip()) and len(label) <= 30 and not any(ch in label for ch in "，,。；;：:")


def _heads(paragraph: Paragraph, skip: set[int]) -> bool:
    """Whether ``paragraph`` heads items of its own, as ``_sub_head`` reads it, whatever follows it."""
    claims = _open_claims(paragraph, skip)
    if claims is None:
        return False
    return _alone(paragraph, claims) if len(claims) <= 2 else _sub_head(paragraph, [], skip) is not None


def _without_summing_up(section: Section) -> list[Paragraph]:
    """The paragraphs of ``section``'s body, up to one summing up the whole evaluation after the last scored
    section (综上，基础得分98分，加分2分，最终得分100分。): that is no part of the last section."""
    body = section.paragraphs
    parent = section.parent
    if not body or section.heading is None or parent is None or parent.children[-1] is not section:
        return body
    if _closes_list(section):
        return body  # after a list of one-line items: read as the list's parent's (see ``_collect_own``)
    for i, paragraph in enumerate(body):
        text = paragraph.text.lstrip(" \t\u3000")
        if paragraph.claims and text.startswith(_SUMMING_UP) and any(w in text for w in _WHOLE):
            return body[:i]
    return body


# Words opening a paragraph that sums up the whole evaluation, and words it then names the whole by (综上，本项得9分
# sums up the section itself).
_SUMMING_UP = ("综上", "综合以上", "综合评价", "经综合评价", "经综合评定", "总体来看", "总的来看", "总体而言")
_WHOLE = ("最终", "总分", "总得分", "综合得分", "整体", "等级", "基础得分")


def _closes_list(section: Section) -> bool:
    """Whether ``section`` is the last of a list of one-line items, each a whole sentence stating its score, so
    that the unnumbered paragraphs after it are not its body (unless the first of them says it goes on: 其中…)."""
    heading, parent = section.heading, section.parent
    if heading is None or parent is None or section.children or parent.children[-1] is not section:
        return False
    siblings = parent.children
    if len(siblings) < 2 or any(s.paragraphs or s.children for s in siblings[:-1]):
        return False
    if not heading.text.rstrip().endswith(("。", "；", ";")):
        return False
    return not section.paragraphs[0].text.lstrip(" \t\u3000").startswith(_GOES_ON)


# Words that open a paragraph continuing the item before it.
_GOES_ON = ("其中", "具体", "该项", "此项", "本项", "该指标", "本指标", "主要")


# A number of points not after 扣减加罚奖 or another number (the look back comes after its first digit, so that the
# search jumps from digit to digit).
_POINTS = patterns.compile(
    r"[0-9０-９](?<![扣减加罚奖0-9０-９.．][0-9０-９])[0-9０-９]*(?:[.．][0-9０-９]+)?[^\S\r\n]*分(?![钟率别数之类项层级配摊批段期局队院会管公中行析布解散担享工片线支组区户头步包拨流红部所站社店厂校册值])"
)


def _unread_points(paragraph: Paragraph) -> bool:
    """Points written without a word that says what they are (管理制度健全性3分、…均得满分): the items of
    that paragraph are not all read, so its section's sums are not checked."""
    claims = paragraph.claims
    if not claims:
        return False
    text, base = paragraph.text, paragraph.span.start
    if text.count("分") <= len(claims) + sum(1 for c in claims if "分" in c.keyword):
        return False  # every 分 is a claim's (its number's, and its keyword's: 分值, 得分)
    if not _bare_fen(text, base, claims):
        return False  # the others are words (扣分, 部分, 分别)
    starts = [c.span.start - base for c in claims]  # in order, none inside another
    for found in _POINTS.finditer(text):
        at = found.start()
        i = bisect_right(starts, at) - 1  # the last claim starting at or before the points
        if i < 0 or at >= claims[i].span.end - base:
            return True
    return False


def _bare_fen(text: str, base: int, claims: list[ScoreClaim]) -> bool:
    """Whether a 分 after a digit or a space stands outside the claims: where points written bare end (a claim
    never starts inside them)."""
    ends = [0, *(c.span.end - base for c in claims)]  # each gap: from a claim's end to the next one's start
    stops = [*(c.span.start - base for c in claims), len(text)]
    for end, stop in zip(ends, stops, strict=True):
        at = text.find("分", end, stop)
        while at >= 0:
            before = text[at - 1] if at else ""
            if before in _DIGITS or (before.isspace() and before not in "\r\n"):
                return True
            at = text.find("分", at + 1, stop)
    return False


_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _each_of(claim: ScoreClaim) -> ScoreClaim:
    """共3项，各10分 → the 10 points of each item."""
    value = claim.value / claim.count
    return ScoreClaim(claim.kind, value, claim.span, claim.value_at, claim.keyword, role=_EACH)


def _own_score(node: ScoreNode, heading: Paragraph, claims: list[ScoreClaim]) -> bool:
    """Whether the first of the heading's ``claims`` after its head is the section's own score: the only claim,
    or a score whose clause names the section again (产出指标自评得分49.60分, 本指标得分…)."""
    if not claims or claims[0].kind is not _SCORE or claims[0].role not in (_ITEM, _FULL):
        return False
    if len(claims) == 1:
        return True
    words = _clause_text(heading, claims[0]).strip(_GAP_PUNCT)
    if not words:
        return claims[0].total  # “。自评得分49.60分”, not “，得5.40分”
    if node.label and words.startswith(node.label):
        return words[len(node.label) :] in _OWN_WORDS
    return words in _OWN_NAMES


# What may stand between a section's name, written again, and its own score.
_OWN_WORDS = frozenset(("", "自评", "实际", "最终", "共", "共计", "合计", "总"))
# Words naming the section itself.
_OWN_NAMES = frozenset(("本指标", "该指标", "本项指标", "该项指标", "本指标自评", "该指标自评"))


def _full(scores: list[ScoreClaim], worth: ScoreClaim | None) -> list[ScoreClaim]:
    """Scores with 得满分 read as the item's points (dropped where the item states none)."""
    out = []
    for claim in scores:
        if claim.role is _FULL:
            if worth is None:
                continue
            claim = ScoreClaim(claim.kind, worth.value, claim.span, claim.value_at, claim.keyword)
        out.append(claim)
    return out


def _attach(
    node: ScoreNode, parent: ScoreNode | None, blocks: list[ScoreBlock], where: Section | None
) -> None:
    if parent is not None:
        _adopt(parent, node)
    elif blocks and blocks[-1].parent is where:
        blocks[-1].nodes.append(node)
    else:
        blocks.append(ScoreBlock(nodes=[node], parent=where))


def _adopt(parent: ScoreNode, child: ScoreNode) -> None:
    child.parent = parent
    parent.children.append(child)


def _adopt_all(parent: ScoreNode, children: list[ScoreNode]) -> None:
    """``_adopt`` for each of ``children``, with the parent's weak reference (``ScoreNode._parent``) made once."""
    up = weakref.ref(parent)
    for child in children:
        child._parent = up
    parent.children += children


@dataclass
class _Grouper:
    nodes: list[ScoreNode] = field(default_factory=list)
    current: ScoreNode | None = None
    parts_of: ScoreNode | None = None
    part: ScoreNode | None = None
    boundary: bool = True
    summary: tuple[ScoreClaim, ScoreNode | None] | None = None  # the subtotal just read, and the node it totals
    items: tuple[ScoreNode, ScoreClaim] | None = None  # 分值10分，设2项各5分: an indicator's points, item by item


def _group(
    paragraphs: list[Paragraph],
    skip: set[int],
    only: set[int],
    head: Paragraph | None,
    container: ScoreNode | None = None,
    each: dict[int, tuple[ScoreNode, ScoreClaim]] | None = None,
) -> list[ScoreNode]:
    if not any(map(_CLAIMS, paragraphs)):
        return []
    g = _Grouper()
    for paragraph in paragraphs:
        if not paragraph.claims:
            continue
        g.boundary = True
        g.parts_of = None
        g.part = None
        g.summary = None
        g.items = None
        claims = [c for c in paragraph.claims if id(c) not in skip and (paragraph is not head or id(c) in only)]
        if not claims:
            continue
        base, text = paragraph.span.start, paragraph.text
        clause_start = paragraph.body_start
        if paragraph is head:  # the items after a heading's own points are named after those points
            clause_start = max([clause_start, *(c.span.end for c in paragraph.claims if c.span.end <= claims[0].span.start)])
        # One search of the paragraph: each claim comes after the marks that start before it (no mark starts
        # where a claim does, nor runs into one).
        marks = _GROUP_MARKS.finditer(text, 0, claims[-1].span.start - base)
        mark = next(marks, None)
        for claim in claims:
            while mark is not None and mark.start() < claim.span.start - base:
                at = mark.start()
                clause_start = _after_mark(g, _MARK_KINDS[text[at]], base + at, paragraph, clause_start)
                mark = next(marks, None)
            summary, g.summary = g.summary, None
            if claim.role is _FULL:
                cur = g.current
                if cur is not None and cur.max is not None and not cur.scores and not g.boundary:
                    # 5项各3分，均得满分; 分值10分，设3项各3.33分，均得满分: the items' points, 9.99
                    items = g.items[1] if g.items is not None and g.items[0] is cur else None
                    cur.scores.extend(_full([claim], items or cur.max))
                continue
            if claim.role is not _ITEM:
                g.summary = claim, _place_summary(claim, paragraph, clause_start, container, each)
                continue
            if summary is not None and claim.kind is _MAX and _total_worth(g, summary, claim, paragraph, clause_start):
                continue
            if _outside_total(g, claim, paragraph, container):
                continue
            _place_claim(g, claim, paragraph, clause_start)
            if g.parts_of is not None:
                clause_start = claim.span.end
    return g.nodes


def _outside_total(g: _Grouper, claim: ScoreClaim, paragraph: Paragraph, container: ScoreNode | None) -> bool:
    """Whether the 总分 ``claim`` is no indicator's points (获总分92分 in a clause telling a result): within the clause
    of an item that states its points and no score yet (可持续影响（5分）：…获总分92分，得5分), or above the points of
    the section it stands in."""
    if claim.kind is not _MAX or not claim.keyword.startswith("总分") or claim.keyword.startswith("总分值"):
        return False
    if container is not None and container.max is not None and claim.value > container.max.value:
        return True
    cur = g.current
    return (
        cur is not None
        and cur.max is not None
        and not cur.scores
        and not cur.children
        and not g.boundary
        and g.parts_of is None
        and _in(cur, paragraph)
    )


# 其中研究生学历14名, 其中硕士研究生5人: a count broken down in the clause after 其中 (a number of anything but
# points, a rate or a date), not the indicator's points.
_COUNTED = patterns.compile(
    r"[^，,；;。\r\n]*?[0-9０-９](?:[.．]?[0-9０-９])*[^\S\r\n]*[^0-9０-９.．分%％‰年月日号\s，,；;。]"
)
_MARKS = patterns.compile("。|；|;|其中")  # each alternative a literal: the search skips to their first characters
_GROUP_MARKS = patterns.compile("。|；|;|其中|：|:")  # and the colons that may open an item's parts
_MARK_KINDS = {
    "。": Boundary.SENTENCE,
    "；": Boundary.CLAUSE,
    ";": Boundary.CLAUSE,
    "其": Boundary.BREAKDOWN,
    "：": Boundary.COLON,
    ":": Boundary.COLON,
}


def _after_mark(g: _Grouper, kind: Boundary, offset: int, paragraph: Paragraph, clause_start: int) -> int:
    """Read the clause mark (。 ； 其中) at ``offset``; return where the clause after it starts."""
    if kind is _CLAUSE:
        g.boundary = True
        return offset + 1
    if kind is _COLON:
        # 一是预算执行情况（14分），得12.5分：预算完成率（3分），得2.5分；…
        return offset + 1 if _opens_parts(g, paragraph, offset) else clause_start
    if kind is _BREAKDOWN:
        cur = g.current
        if cur is not None and cur.max is not None and not cur.scores and _in(cur, paragraph):
            if not _COUNTED.match(paragraph.text, offset + 2 - paragraph.span.start):
                g.parts_of = cur
                g.part = None
        return offset + 2
    if g.parts_of is None:  # a sentence ends, unless it lists an indicator's parts
        g.boundary = True
        cur = g.current
        if cur is not None and cur.span.start - paragraph.span.start <= _YI_SHI_LEAD and _YI_SHI.match(paragraph.text):
            _opens_parts(g, paragraph, offset)  # 四是社会效应（分值30分），自评得29分。经济效益（10分）：……得10分。…
        return offset + 1
    return clause_start


def _opens_parts(g: _Grouper, paragraph: Paragraph, offset: int) -> bool:
    """Whether the mark at ``offset``, right after the points and the one score of the item just read on this line,
    opens that item's parts (and make them so)."""
    cur = g.current
    if cur is None or cur.max is None or len(cur.scores) != 1 or cur.children or g.parts_of is not None:
        return False
    before = paragraph.text[: offset - paragraph.span.start].rstrip(" \t\u3000")
    if paragraph.span.start + len(before) != cur.scores[0].span.end or not _in(cur, paragraph):
        return False
    g.parts_of = cur
    g.part = None
    return True


# 一是, 二是…: a line numbered so that opens with a section's points and score, its parts after them on the line.
_YI_SHI = patterns.compile(r"[^\S\r\n]*[一二三四五六七八九十]{1,2}是")
_YI_SHI_LEAD = 4  # how far from the line's start the section's name may begin (after the 一是)


def _place_summary(
    claim: ScoreClaim,
    paragraph: Paragraph,
    clause_start: int,
    container: ScoreNode | None,
    each: dict[int, tuple[ScoreNode, ScoreClaim]] | None,
) -> ScoreNode | None:
    """A claim about several items: a subtotal closing a section, or the points of each of its items. Returns the
    section a subtotal totals."""
    if container is None:
        return None
    if claim.role is _EACH:
        alone = all(c.role is not _ITEM for c in paragraph.claims)
        if claim.kind is _MAX and alone and each is not None:
            each.setdefault(id(container), (container, claim))  # 以下各项分值均为10分 (the items follow)
        else:
            container.uncertain = True  # 5项各3分，均得满分: the items it covers are not listed one by one
        return None
    target = _subtotal_target(container, _clause_text(paragraph, claim))
    if target is not None and not target.scores:
        target.scores.append(claim)
    return target


def _total_worth(
    g: _Grouper,
    summary: tuple[ScoreClaim, ScoreNode | None],
    claim: ScoreClaim,
    paragraph: Paragraph,
    clause_start: int,
) -> bool:
    """Read the 分值 ``claim`` stated right after the subtotal ``summary`` (本项得48分（满分50分）) as the points
    of the section it totals; with no such section (完成5座，该项得6.67分（满分8分）), the two are one item."""
    score, target = summary
    if score.kind is not _SCORE or not _states_worth(score, claim, paragraph):
        return False
    if target is None:
        if score.role is _EACH:
            return False
        g.current = _new(_INDICATOR, score, paragraph, clause_start)
        g.current.max = claim
        g.nodes.append(g.current)
        g.boundary = True
        return True
    if target.max is None:
        target.max = claim
    return target.max.value == claim.value


def _subtotal_target(container: ScoreNode, label: str) -> ScoreNode | None:
    """The section a closing 合计/本项 line totals: the one it names, else the innermost with items."""
    words = [w for w in ("合计", "小计", "本项", "共计", "累计", "总计", "该项", "以上各项") if w in label]
    name = label.split(words[0])[0].strip() if words else label.strip()
    node: ScoreNode | None = container
    if name:
        while node is not None:
            if node.label and (node.label.startswith(name[:4]) or name.startswith(node.label[:4])):
                return node
            node = node.parent
        return None
    return container if container.children or container.max is not None else container.parent


def _in(node: ScoreNode, paragraph: Paragraph) -> bool:
    return paragraph.span.start <= node.span.start <= paragraph.span.end


def _place_claim(g: _Grouper, claim: ScoreClaim, paragraph: Paragraph, clause_start: int) -> None:
    if g.parts_of is not None:
        part = g.part
        if part is not None and claim.kind is _SCORE and not part.scores:
            part.scores.append(claim)
            return
        if part is not None and claim.kind is _MAX and _worth_of(part, claim, paragraph):
            part.max = part.max or claim
            return
        g.part = _new(_PART, claim, paragraph, clause_start)
        _adopt(g.parts_of, g.part)
        return
    cur = g.current
    if claim.count and cur is not None and not g.boundary and _split(cur, claim, paragraph):
        g.items = cur, claim  # 满意度指标分值10分，设2项各5分: the indicator's points, item by item
        return
    if claim.kind is _MAX and cur is not None and _worth_of(cur, claim, paragraph):
        cur.max = cur.max or claim
        g.boundary = True  # the item is told: a score after it is another item's (甲得3分（满分3分），乙得2分)
        return
    if claim.kind is _SCORE and cur is not None:
        if not cur.scores and not cur.children:
            cur.scores.append(claim)
            g.boundary = False
            return
        if cur.scores and not g.boundary:
            if _survey_result(cur, claim):
                cur.scores[-1].role = _EXTERNAL  # its own score follows: the figure before was the survey's
                cur.scores[-1] = claim
                return
            if not _next_indicator(cur, claim, paragraph):
                cur.scores.append(claim)
                return
            clause_start = cur.scores[-1].span.end
    g.current = _new(_INDICATOR, claim, paragraph, clause_start)
    g.nodes.append(g.current)
    g.boundary = False


def _survey_result(node: ScoreNode, claim: ScoreClaim) -> bool:
    """Whether ``node``'s score just read is a result on a 100-point scale (群众满意度（5分），……综合满意度得分91.6分，
    低于95分的目标值，扣0.5分，得4.5分) that ``claim``, within the item's points, follows as the item's own score."""
    worth, last = node.max, node.scores[-1]
    if worth is None or len(node.scores) != 1 or node.children:
        return False
    return last.value > worth.value and last.value >= _HUNDRED_SCALE and claim.value <= worth.value


_HUNDRED_SCALE = 60  # the least a result on a 100-point scale (a survey's, an exam's) is read as


# “，质量指标”: after a comma, nothing but the name of an indicator (of the 10号 forms: …指标).
_NEXT_INDICATOR = patterns.compile(r"[，,、][^\S\r\n]*[\u4e00-\u9fff]{1,12}指标[^\S\r\n]*")


def _next_indicator(node: ScoreNode, claim: ScoreClaim, paragraph: Paragraph) -> bool:
    """Whether the score ``claim``, in the clause after ``node``'s score, is the next indicator's (数量指标得20分，
    质量指标得15分，时效指标得10分) rather than another part of ``node``'s (……得3分，预算调整率……得0分): both
    are named as indicators, nothing but the name stands between them, and ``node`` states no points of its own."""
    if node.max is not None or node.children or not node.label.endswith("指标"):
        return False
    base = paragraph.span.start
    return _NEXT_INDICATOR.fullmatch(paragraph.text, node.scores[-1].span.end - base, claim.span.start - base) is not None


def _split(node: ScoreNode, counted: ScoreClaim, paragraph: Paragraph) -> bool:
    """Whether ``counted`` (设2项各5分, 共3项，每项3.33分) splits the points ``node`` states just before it in
    its clause into its items: they add up to them, but for rounding an even split (3.33 × 3 for 10)."""
    worth = node.max
    if worth is None or node.scores or node.children or counted.kind is not _MAX:
        return False
    if not paragraph.span.start <= worth.span.start:
        return False
    return _adds_up(counted, worth)


def _adds_up(counted: ScoreClaim, worth: ScoreClaim) -> bool:
    """Whether the points of the items ``counted`` makes (3项各3.33分) are ``worth``'s (10), but for rounding."""
    return abs(counted.value - worth.value) <= claim_slack(counted)


def _worth_of(node: ScoreNode, claim: ScoreClaim, paragraph: Paragraph) -> bool:
    """Whether the 分值 ``claim`` states the points of ``node``, an item whose score stands just before it: in
    brackets right after the score (得14.4分（满分15分）, 得6.67分（分值8分）), as its 满分 in the next clause
    (得14.4分，满分15分) or in the next clause naming the item again (得6.67分，该项分值8分); or they restate the points it states before its score (分值8分，得6.67分
    （满分8分）). A score above its points so stated is still that item's."""
    if not node.scores or node.children or claim.count:
        return False
    if node.max is not None and node.max.value != claim.value:
        return False
    return _states_worth(node.scores[-1], claim, paragraph)


def _states_worth(score: ScoreClaim, claim: ScoreClaim, paragraph: Paragraph) -> bool:
    """Whether the 分值 ``claim`` follows ``score`` as the points of what it scores (see ``_worth_of``)."""
    base, text = paragraph.span.start, paragraph.text
    if not base <= score.span.start < claim.span.start:
        return False
    gap = text[score.span.end - base : claim.span.start - base].strip(" \t\u3000")
    if not gap:
        return text[claim.span.start - base] in "（("
    words = gap[1:].lstrip(" \t\u3000").removesuffix("的")
    if not words:  # 得14.4分（总分15分）, 得14.4分，满分15分
        return gap in "（(" or (gap in "，," and claim.keyword.startswith(("满分", "总分")))
    return gap[0] in "，,；;。（(" and words in _ITEM_AGAIN


# Words naming again the item whose score the clause before states.
_ITEM_AGAIN = frozenset(("该项", "本项", "此项", "该指标", "本指标", "此指标", "该项指标", "本项指标", "此项指标"))


def _new(kind: NodeKind, claim: ScoreClaim, paragraph: Paragraph, clause_start: int) -> ScoreNode:
    label, span = _label(paragraph, max(clause_start, paragraph.body_start), claim.span.start)
    node = ScoreNode(kind, label, span or claim.span)  # (positional: a class call passes keywords in a dict)
    if claim.kind is _MAX:
        node.max = claim
    else:
        node.scores.append(claim)
    return node


def _label(paragraph: Paragraph, start: int, end: int) -> tuple[str, Span | None]:
    """The words naming what a claim scores (shortened for display), and where they stand."""
    if end <= start:
        return "", None
    base = paragraph.span.start
    found = _LABEL.match(paragraph.text, start - base, min(end, start + _LABEL_MAX) - base)
    assert found is not None  # the pattern matches the empty string
    label = found.group(1).rstrip(_TAIL_TRIM)
    if not label:
        return "", None
    start = base + found.start(1)
    return (label if len(label) <= 20 else label[:19] + "…"), Span(start, start + len(label))
