"""Text → typed Report. lark's lexer for report.lark (generated into lexer_table.py) finds the numbering markers
and score claims; each is placed on its line by offset."""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from linter import patterns
from linter.analysis import Facts
from linter.data import package_yaml
from linter.diagnostics import Span
from linter.model import (
    LINE_BREAK,
    WEIGHT,
    ClaimKind,
    Family,
    Marker,
    Paragraph,
    Report,
    Role,
    ScoreClaim,
)
from linter.parse import lexer_table
from linter.parse.numbers import chinese_marker_value, to_decimal
from linter.parse.scoring_rules import mark_rule_scores

# The members compared for every claim and node, bound to names once (see ``linter.model`` on enum lookups).
_SCORE, _MAX = ClaimKind.SCORE, ClaimKind.MAX
_ARABIC = Family.ARABIC
_ITEM, _SUBTOTAL, _EACH, _FULL = Role.ITEM, Role.SUBTOTAL, Role.EACH, Role.FULL
_EXTERNAL, _BASE = Role.EXTERNAL, Role.BASE
_CIRCLED, _PART = Family.CIRCLED, Family.PART
_PART_WORDS = {"分": Family.PART, "章": Family.CHAPTER, "节": Family.SECTION}  # by the last character: 第一部分
_CN_NUMERALS = frozenset("一二三四五六七八九十")

_MARKER_FAMILY = {
    "MARK_PART": Family.PART,  # its word tells 第一章 and 第一节 from it (``_PART_WORDS``)
    "MARK_CN": Family.CN,
    "MARK_PAREN_CN": Family.PAREN_CN,
    "MARK_ARABIC": Family.ARABIC,
    "MARK_PAREN_ARABIC": Family.PAREN_ARABIC,
    "MARK_HALF_PAREN_ARABIC": Family.HALF_PAREN_ARABIC,
    "MARK_CIRCLED": Family.CIRCLED,
}
_CLAIM_KINDS = {
    "MAX_CLAIM": ClaimKind.MAX,
    "PAREN_MAX": ClaimKind.MAX,
    "SCORE_CLAIM": ClaimKind.SCORE,
    "EACH_CLAIM": ClaimKind.MAX,  # 各得2分 is a score: told by its 得
    "FULL_CLAIM": ClaimKind.SCORE,
    "WEIGHT_CLAIM": ClaimKind.MAX,  # 权重10%: the points of a report that weights its indicators in per cent
}
_COUNT_BEFORE = patterns.compile(r"(?:共|计)?([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})(?:项|个方面)[，,、]?\s*$")
_CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MARK_NUMBER = patterns.compile(r"[0-9０-９]+|[一二三四五六七八九十]+")
_CLAIM_NUMBER = patterns.compile(
    r"([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)\s*分"
)
_WEIGHT_NUMBER = patterns.compile(r"([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]")
_TOTAL_KEYWORDS = ("总分值", "满分", "总分", "自评", "总得分")
_KEYWORD = patterns.compile(r"^[（(]?\s*([^\d０-９零〇一二两三四五六七八九十百为是：:\s]*)")
# Everything up to the last mark that ends a clause (or a sentence): the words after it are what follows the
# match. A NUL counts as a mark too; no phrase runs across a control character.
_THROUGH_CLAUSE = patterns.compile("(?s:.*)[，,。；;：:！？!?\r\n\0]")
_THROUGH_SENTENCE = patterns.compile("(?s:.*)[。\r\n\0]")
_AFTER_MARK = frozenset("，,。；;：:！？!?\r\n")
_PUNCT_AFTER = set("，,。；;：:、）)）！？!?\"“”'…—- \t\u3000")


def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("linter.parse", "lexicon.yaml")
    return data


@cache
def _tokens() -> re.Pattern[str]:
    """lark's lexer with the ignored tokens folded into the kept one after them (``lexer_table.SCAN``)."""
    return patterns.compile(lexer_table.SCAN, lexer_table.FLAGS)


def parse_paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into lines and find the markers and score claims in each."""
    return _paragraphs(text)[0]


def _paragraphs(text: str) -> tuple[list[Paragraph], list[int]]:
    """``parse_paragraphs``, with where each line starts."""
    paragraphs, starts = _lines(text)
    line, last = 0, len(paragraphs) - 1  # the line of the token read last: the tokens come in order
    claimed: list[Paragraph] = []  # the lines with claims, in order
    # What each distinct token says by itself, read once: a report repeats its markers and phrases.
    phrases: dict[tuple[str, str], _Phrase | None] = {}
    forms: dict[tuple[str, str], _Form | None] = {}
    kinds = _token_kinds()
    # Every character starts a terminal (prose, a lone character or a line break at worst), so the matches
    # follow each other as lark's lexer finds them, each a kept token after the ignored ones before it; the
    # last match may hold only the prose that ends the text (no group: the ignored ones are not captured).
    for found in _tokens().finditer(text):
        group = found.lastindex
        if group is None:
            continue
        kind = kinds[group]
        token = found.group(group)
        start = found.start(group)
        while line < last and starts[line + 1] <= start:
            line += 1
        paragraph = paragraphs[line]
        if kind in _CLAIM_KINDS:
            claims = paragraph.claims
            claim = _claim(kind, token, start, text, phrases, claims)
            if claim is not None:
                if not claims:
                    claimed.append(paragraph)
                claims.append(claim)
        elif token[0] not in "：:":
            paragraph.marker = _marker(kind, token, start, forms, inline=False)
        elif paragraph.marker is None and _is_label(paragraph, start + 1):  # after the colon
            paragraph.marker = _marker(kind, token[1:], start + 1, forms, inline=True)
    for paragraph in claimed:
        if len(paragraph.claims) > 1 and ("分，得" in paragraph.text or "分,得" in paragraph.text):
            _bare_points(paragraph, text)
        if "基础分" in paragraph.text or "加分" in paragraph.text:
            _base_points(paragraph)
        if "得分：" in paragraph.text or "得分:" in paragraph.text:
            _unit_left_out(paragraph)
        if len(paragraph.claims) > 1 and "权重" in paragraph.text:
            _weight_beside_points(paragraph)
        if "百分制" in paragraph.text:
            _on_a_hundred_scale(paragraph)
        mark_rule_scores(paragraph)
    _numbers_before_decimals(paragraphs, text)
    return paragraphs, starts


@cache
def _token_kinds() -> list[str]:
    """The names of the lexer's kept terminals by the number of their group."""
    kinds = [""] * (_tokens().groups + 1)
    for name, group in _tokens().groupindex.items():
        kinds[group] = name
    return kinds


# “2.65岁及以上…”, “4.2型糖尿病…”: a list number run into a number that follows it, which reads as a decimal.
_RUN_IN = patterns.compile(r"[^\S\r\n]*([0-9]{1,2})([.．])(?=[0-9])")


# Such a line after the first (a search that skips from line break to line break).
_RUN_IN_LATER = patterns.compile(r"\n[^\S\r\n]*[0-9]{1,2}[.．][0-9]")


def _numbers_before_decimals(paragraphs: list[Paragraph], text: str) -> None:
    """Number the lines opening with N. run into digits (2.65岁及以上…, 4.2型糖尿病…, 1.2024年2月…) that stand
    where a list's numbers are missing: their numbers count on from the numbered line before them (or from 1) up
    to the numbered line after them, all written the same way. Else they are decimals."""
    if "\r" not in text and _RUN_IN.match(text) is None and _RUN_IN_LATER.search(text) is None:
        return  # no line opens so (most reports)
    previous: Marker | None = None  # the last numbered line's marker
    pending: list[tuple[Paragraph, re.Match[str]]] = []
    for paragraph in paragraphs:
        marker = paragraph.marker
        if marker is None:
            found = _RUN_IN.match(paragraph.text)
            if found is not None:
                pending.append((paragraph, found))
            continue
        if pending and _run_in_fits(previous, pending, marker):
            for line, found in pending:
                start, end = line.span.start + found.start(1), line.span.start + found.end()
                line.marker = Marker(_ARABIC, int(found.group(1)), Span(start, end), found.group(1) + found.group(2))
        pending = []
        previous = marker


def _run_in_fits(before: Marker | None, lines: list[tuple[Paragraph, re.Match[str]]], after: Marker) -> bool:
    dot = after.text.strip()[-1:]
    if after.family is not _ARABIC or any(found.group(2) != dot for _, found in lines):
        return False
    values = [int(found.group(1)) for _, found in lines]
    follows = before is not None and before.family is _ARABIC and before.text.strip().endswith(dot)
    starts = {1, before.value + 1} if follows and before is not None else {1}
    first = values[0]
    return first in starts and values == list(range(first, first + len(values))) and after.value == values[-1] + 1


# “支付进度率2分，得2分”: an indicator's points written without 分值, just before its score, after the name of
# a rate or a quality (…率, …性, …度; 平均95分 and 扣1分 are no points of an indicator).
_BARE_POINTS = patterns.compile(r"(?<=[率性度])([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)[^\S\r\n]*分[^\S\r\n]*[，,][^\S\r\n]*$")


def _bare_points(paragraph: Paragraph, text: str) -> None:
    """Read as 分值 the bare points just before a score (支付进度率2分，得2分) where the paragraph states other
    items' 分值 too, or two such items: in a list of indicators, points before a score are the indicator's."""
    claims = paragraph.claims
    found: list[tuple[int, ScoreClaim]] = []
    for i, claim in enumerate(claims):
        start = claim.span.start
        if claim.kind is not _SCORE or claim.role is not _ITEM or text[start] != "得" or text[start - 1] not in "，,":
            continue
        floor = claims[i - 1].span.end if i else paragraph.span.start
        match = _BARE_POINTS.search(text, max(floor, start - 12), start)
        if match is None or text.endswith("满意度", 0, match.start()):
            continue  # 满意度95分，得5分: the survey's result, not the indicator's points
        value = to_decimal(match.group(1))
        if value is None or not claim.value <= value <= 100:
            continue
        end = match.start() + len(match.group().rstrip(" \t\u3000，,"))
        found.append((i, ScoreClaim(_MAX, value, Span(match.start(), end), match.span(1), "")))
    if not found or (len(found) < 2 and not any(c.kind is _MAX and c.role is _ITEM for c in claims)):
        return
    for offset, (i, claim) in enumerate(found):
        claims.insert(i + offset, claim)


# 基础分96分: the overall score before the bonus, written without 得 (基础得分96分 is a claim of its own).
_BASE_POINTS = patterns.compile(
    r"基础分(?:为|是|[：:])?[^\S\r\n]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[^\S\r\n]*分(?![钟率值数])"
)
# ……得分96分，加上加分1.5分: a bonus right after a score, which is then the score before it.
_BONUS_AFTER = patterns.compile(r"[，,][^\S\r\n]*(?:加上|另有|另加|再加)?(?:加分项?|奖励分|附加分)")


def _base_points(paragraph: Paragraph) -> None:
    """Read the score before a declared bonus, in a line stating the overall score (a total claim): 基础分96分
    (made a claim), or a plain score followed by the bonus (得分96分，加上加分1.5分，总得分97.5分)."""
    claims = paragraph.claims
    if not any(c.total and c.kind is _SCORE for c in claims):
        return
    base, text = paragraph.span.start, paragraph.text
    for found in _BASE_POINTS.finditer(text):
        start, end = base + found.start(), base + found.end()
        value = to_decimal(found.group(1))
        if value is None or value > _limit() or any(c.span.start < end and start < c.span.end for c in claims):
            continue
        at = bisect_right([c.span.start for c in claims], start)
        number = (base + found.start(1), base + found.end(1))
        claims.insert(at, ScoreClaim(_SCORE, value, Span(start, end), number, "基础分", role=_BASE))
    if any(c.role is _BASE for c in claims):
        return
    for claim, later in pairwise(claims):
        if claim.kind is not _SCORE or claim.role is not _ITEM or claim.total:
            continue
        if not later.total or later.kind is not _SCORE:
            continue
        if _BONUS_AFTER.match(text, claim.span.end - base, later.span.start - base):
            claim.role = _BASE
            return


# “得分：10。”: a score whose 分 is left out, closing its clause.
_SCORE_WITHOUT_UNIT = patterns.compile(
    r"(?:^|(?<=[，,。；;\s]))(?:自评)?得分[：:][^\S\r\n]*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)[^\S\r\n]*(?=$|[。；;，,])"
)


def _unit_left_out(paragraph: Paragraph) -> None:
    """Read as the item's score a 得分：10 written without 分 (1.指标甲（10分）：完成12个，得分：10。) after the item's
    points on its line, when no score follows those points yet."""
    claims = paragraph.claims
    base = paragraph.span.start
    for found in _SCORE_WITHOUT_UNIT.finditer(paragraph.text):
        start = base + found.start()
        before = [c for c in claims if c.span.end <= start]
        if not before or before[-1].kind is not _MAX or before[-1].role is not _ITEM:
            continue
        value = to_decimal(found.group(1))
        if value is None or value > before[-1].value:
            continue
        at = len(before)
        if at < len(claims) and claims[at].span.start < base + found.end():
            continue
        number = (base + found.start(1), base + found.end(1))
        claims.insert(at, ScoreClaim(_SCORE, value, Span(start, base + found.end(1)), number, "得分"))


def _weight_beside_points(paragraph: Paragraph) -> None:
    """Drop a weight stated beside the item's 分值 (（权重50%，分值50分）, （分值6分，权重20%）): the 分值 is its
    points, the weight its share, and the two are one item's, not two."""
    claims = paragraph.claims
    text, base = paragraph.text, paragraph.span.start
    for first, second in pairwise(list(claims)):
        if first.kind is not _MAX or second.kind is not _MAX or first.weight == second.weight:
            continue
        gap = text[first.span.end - base : second.span.start - base].strip(" \t\u3000")
        if gap in ("", "，", ",", "、", "；", ";"):
            claims.remove(first if first.weight else second)


# 综合得分80分（百分制）: a result told on a 100-point scale, to be converted into the item's points.
_HUNDRED_SCALE = patterns.compile(r"[^\S\r\n]*[（(]百分制[）)]")


def _on_a_hundred_scale(paragraph: Paragraph) -> None:
    """A score followed by （百分制） is a result on a 100-point scale (a survey's, an exam's) that the item's points
    are worked out from, not an indicator's score, nor the report's."""
    base = paragraph.span.start
    for claim in paragraph.claims:
        if claim.kind is _SCORE and _HUNDRED_SCALE.match(paragraph.text, claim.span.end - base):
            claim.role = _EXTERNAL
            claim.total = False


def _lines(text: str) -> tuple[list[Paragraph], list[int]]:
    """The lines of ``text`` (CRLF, CR and LF all end one), each a paragraph without its line break, and where
    each starts."""
    if "\r" in text:
        breaks = list(LINE_BREAK.finditer(text))
        starts = [0, *(m.end() for m in breaks)]
        ends = [*(m.start() for m in breaks), len(text)]
        lines = [
            Paragraph(i, Span(start, end), text[start:end])
            for i, (start, end) in enumerate(zip(starts, ends, strict=True))
        ]
        return lines, starts
    paragraphs = []
    starts = []
    start = 0
    for i, line in enumerate(text.split("\n")):  # each line ends one character before the next starts
        end = start + len(line)
        paragraphs.append(Paragraph(i, Span(start, end), line))
        starts.append(start)
        start = end + 1
    return paragraphs, starts


def _is_label(paragraph: Paragraph, marker_start: int) -> bool:
    """“主要成效：1、…”: the text before the colon is a short label, not a sentence."""
    before = paragraph.text[: marker_start - paragraph.span.start].strip()
    label = before.rstrip("：:").strip()
    return 0 < len(label) <= 30 and not any(ch in label for ch in "，,。；;：:")


_UNREAD: Any = object()  # a token not read yet


def _marker(
    kind: str, raw: str, start: int, forms: dict[tuple[str, str], _Form | None], *, inline: bool
) -> Marker | None:
    """The marker written as ``raw`` (a token, perhaps with its line's indentation) at ``start``, or None when
    its number cannot be read (十十、); ``forms`` keeps what the tokens read so far say."""
    form = forms.get((kind, raw), _UNREAD)
    if form is _UNREAD:
        form = forms[kind, raw] = _form(kind, raw)
    if form is None:
        return None
    family, value, lead, text = form
    start += lead  # a line's indentation is part of the token, not of the marker
    return Marker(family, value, Span(start, start + len(text)), text, inline)


# What a marker token says by itself: its family, its value, the length of the line's indentation the token starts
# with, and its text (a plain tuple, unpacked where it is read: no constructor of its own to call).
_Form = tuple[Family, int, int, str]


def _form(kind: str, raw: str) -> _Form | None:
    family = _MARKER_FAMILY[kind]
    if family is _PART:
        family = _PART_WORDS[raw.rstrip()[-1]]
    if family is _CIRCLED:
        value = _CIRCLED_DIGITS.index(raw.strip()) + 1
    else:
        found = _MARK_NUMBER.search(raw)
        assert found is not None
        number = found.group()
        if number[0] in _CN_NUMERALS:
            chinese = chinese_marker_value(number)
            if chinese is None:
                return None  # 十十: no number
            value = chinese
        else:
            value = int(number)  # int() reads full-width digits too
    text = raw.lstrip()
    return family, value, len(raw) - len(text), str(text)


class _Phrase(NamedTuple):
    """What a claim token says by itself, whatever stands around it (a report repeats its phrases)."""

    kind: ClaimKind
    value: Decimal
    number: tuple[int, int]  # where the number stands in the token
    keyword: str
    chinese: bool  # written in Chinese numerals (十分重要 may be an adverb)
    after_de: bool  # a score phrase that starts with 得 (显得十分 is no score)
    total: bool  # its keyword states a total (总分值, 满分, 自评得分), when it is an item's own claim


def _phrase(kind_name: str, raw: str) -> _Phrase | None:
    """The claim ``raw`` states, or None when it holds no plausible number of points."""
    found = (_WEIGHT_NUMBER if kind_name == "WEIGHT_CLAIM" else _CLAIM_NUMBER).search(raw)
    if found is None:
        return None
    value = to_decimal(found.group(1))
    if value is None or value > _limit():
        return None
    kind = _CLAIM_KINDS[kind_name]
    after_de = kind is _SCORE and raw.startswith("得")
    keyword_match = _KEYWORD.match(raw)
    keyword = keyword_match.group(1) if keyword_match else ""
    if kind_name == "PAREN_MAX":
        keyword = keyword or "（）"
    if kind_name == "EACH_CLAIM" and "得" in keyword:
        kind = _SCORE
    if kind_name == "WEIGHT_CLAIM":
        keyword = WEIGHT
    chinese = not found.group(1)[0].isdigit()
    total = keyword.startswith(_TOTAL_KEYWORDS)
    return _Phrase(kind, value, found.span(1), keyword, chinese, after_de, total)


@cache
def _limit() -> Decimal:
    """A score or 分值 above this is not an indicator's points."""
    return Decimal(_lexicon()["max-plausible-points"])


def _claim(
    kind_name: str,
    raw: str,
    start: int,
    text: str,
    phrases: dict[tuple[str, str], _Phrase | None],
    before: list[ScoreClaim] | None = None,
) -> ScoreClaim | None:
    """The claim the token ``raw`` makes at ``start`` in ``text``, if it is one; ``phrases`` keeps what the
    tokens read so far say; ``before`` are the claims before it on its line."""
    end = start + len(raw)
    lead = text[max(0, start - 2) : start]  # the two characters before the token, read once
    previous = lead[-1:]
    if kind_name == "FULL_CLAIM":
        if previous in _NEGATION and raw[0] in "计记予":
            return None  # 不予满分, 不计满分
        return ScoreClaim(_SCORE, Decimal(0), Span(start, end), (start, end), "满分", role=_FULL)
    phrase = phrases.get((kind_name, raw), _UNREAD)
    if phrase is _UNREAD:
        phrase = phrases[kind_name, raw] = _phrase(kind_name, raw)
    if phrase is None:
        return None
    if kind_name == "WEIGHT_CLAIM" and lead.endswith(_FACTOR_BEFORE):
        return None  # 按权重10%折算, 乘以权重10%: the weight a score is scaled by, not points
    if raw[0] == "计" and not _reckoned(text, start):
        return None  # 合计10分, 共计10分: no score of its own
    if phrase.chinese and end < len(text) and text[end] not in _PUNCT_AFTER and text[end] not in "\r\n":
        return None  # 十分重要: an adverb, not ten points
    if phrase.after_de and previous in _role_words().not_before_de:
        return None
    kind, value, keyword = phrase.kind, phrase.value, phrase.keyword
    value_at = (start + phrase.number[0], start + phrase.number[1])
    if keyword == "（）" and lead == "得分":
        role = _EXTERNAL if _quoted_outside(text, start) else _ITEM  # 评价得分（86.5分）: a score, no 分值
        return ScoreClaim(_SCORE, value, Span(start, end), value_at, "得分", False, role)
    role = _ITEM
    if kind_name == "EACH_CLAIM":
        role = _EACH
        counted = _COUNT_BEFORE.search(text, max(0, start - 12), start)
        count = to_decimal(counted.group(1)) if counted else None
        if counted is not None and count:  # 共3项，各5分: the items together
            span = Span(counted.start(), end)
            return ScoreClaim(kind, value * count, span, value_at, keyword, False, _ITEM, int(count))
    elif kind is _SCORE:  # (the role of a score is told first by the words before it, of a 分值 below)
        if lead == "分别":
            role = _EACH  # 甲、乙、丙分别得5分、4分、5分: several items' scores, of which the first is read
        elif previous and previous not in _AFTER_MARK:  # “……，得3分”: an item's
            role = _score_role(text, start)
        elif start > 2 and previous in "：:":  # “小计：得30分”
            if text.endswith(_role_words().subtotal, max(0, start - 7), start - 1):
                role = _SUBTOTAL
        elif text.startswith(("（满分", "(满分"), end) and _scaled_outside(text, start):
            role = _EXTERNAL  # “在全市……考核中，得分96.5分（满分100分）”
    if role is not _ITEM:
        return ScoreClaim(kind, value, Span(start, end), value_at, keyword, False, role)
    if before and before[-1].role is _EXTERNAL and _scale_of(before, phrase, text, start):
        role = _EXTERNAL
    elif kind is _MAX:
        if keyword.startswith("满分"):
            if kind_name != "PAREN_MAX":
                role = _max_role(text, start, value)
        elif keyword.startswith("总分") and not keyword.startswith("总分值"):
            if _names_outside(_after_last(_THROUGH_CLAUSE, text[max(0, start - 60) : start])):
                role = _EXTERNAL  # 参加全省知识竞赛获团体总分285分: the contest's total
    # 自评综合得分96分: the evaluation's overall score, as 自评得分 is
    total = role is _ITEM and (phrase.total or (kind is _SCORE and lead == "综合"))
    return ScoreClaim(kind, value, Span(start, end), value_at, keyword, total, role)


_NEGATION = frozenset("不未无没")
_FACTOR_BEFORE = ("按", "乘", "乘以", "×", "*", "＊", "x", "X")
_RECKON_NOT_AFTER = frozenset("合共总累统小估预")


def _reckoned(text: str, start: int) -> bool:
    """按满分计10分, 按完成比例计5.4分: a 计 at ``start`` states a score after 按 in its clause, or opening a clause
    after a result (计划覆盖168个，实际覆盖172个，计10分) — not after a count (共3项，计10分: their points)."""
    if start and text[start - 1] in _RECKON_NOT_AFTER:
        return False
    if start and text[start - 1] in "，,；;":
        clause = _after_last(_THROUGH_CLAUSE, text[max(0, start - 31) : start - 1])
        return not any(word in clause for word in _COUNT_WORDS)
    return "按" in _after_last(_THROUGH_CLAUSE, text[max(0, start - 30) : start])


_COUNT_WORDS = ("共", "合", "各", "项", "每", "总")


@cache
def _assessment_pattern(context: tuple[str, ...], events: tuple[str, ...]) -> re.Pattern[str]:
    return patterns.compile(f"(?:{'|'.join(context)})[^。；;]{{0,30}}(?:{'|'.join(events)})(?:工作)?中")


def _after_assessment(sentence: str, pattern: re.Pattern[str]) -> bool:
    """The claim follows the assessment it reports, with no other score and at most one comma between."""
    ends = [m.end() for m in pattern.finditer(sentence)]
    if not ends:
        return False
    gap = sentence[ends[-1] :]
    return gap.count("，") + gap.count(",") <= 1 and patterns.compile(r"[0-9０-９]\s*分").search(gap) is None


class _RoleWords(NamedTuple):
    base: tuple[str, ...]
    external: tuple[str, ...]
    subtotal: tuple[str, ...]
    context: re.Pattern[str]  # any of the words that name an outside assessment
    assessment: re.Pattern[str]
    not_before_de: frozenset[str]  # 显得十分: a 得 after these is no score
    outside_scale: tuple[str, ...]  # 全省考核满分100分: the 满分 of an outside assessment after these
    quoted: re.Pattern[str]  # 较…评价得分（86.5分）: words of a clause quoting another's score
    outside_total: re.Pattern[str]  # 知识竞赛, 代表队: words of a clause stating an outside total (总分285分)
    own_total: re.Pattern[str]  # 绩效, 本次: words naming the report's own evaluation


@cache
def _role_words() -> _RoleWords:
    words: dict[str, list[str]] = _lexicon()["claim-roles"]
    subtotal = tuple(words["subtotal-before"])
    return _RoleWords(
        tuple(words["base-before"]),
        tuple(words["external-before"]),
        subtotal + tuple(w + "指标" for w in subtotal),
        patterns.compile("|".join(map(re.escape, words["external-context"]))),
        _assessment_pattern(tuple(words["external-context"]), tuple(words["external-context-words"])),
        frozenset(_lexicon()["not-score-before-de"]),
        tuple(words["external-max-before"]),
        patterns.compile("|".join(map(re.escape, words["quoted-score-context"] + words["external-before"]))),
        patterns.compile("|".join(map(re.escape, words["outside-total-words"]))),
        patterns.compile("|".join(map(re.escape, words["own-total-words"]))),
    )


def _score_role(text: str, start: int) -> Role:
    """A score's role, told by the words of its clause before it (产出指标合计得48分, 考评得分96.5分): the
    claim at ``start`` follows a word of its clause."""
    words = _role_words()
    window = text[max(0, start - 60) : start]
    tight = _after_last(_THROUGH_CLAUSE, window).rstrip(" \t\u3000")
    if tight.endswith(words.base):
        return _BASE
    if tight.endswith(words.external) or (tight.endswith("获") and _names_outside(tight)):
        return _EXTERNAL  # 考评得分96.5分; 参加全市竞赛获得92分
    if not tight:
        return _ITEM
    if "中" in window and words.context.search(window) and _outside(window, text, start, tight, words):
        return _EXTERNAL
    if tight.endswith(words.subtotal):
        return _SUBTOTAL
    return _ITEM


def _names_outside(clause: str) -> bool:
    """Whether ``clause`` names a contest, a team or an assessment (知识竞赛, 代表队, 营商环境评价), not the report's
    own evaluation (本次绩效评价)."""
    words = _role_words()
    return words.outside_total.search(clause) is not None and words.own_total.search(clause) is None


def _quoted_outside(text: str, start: int) -> bool:
    """Whether the score in brackets at ``start``, after the 得分 ending its clause, is an outside one the clause
    quotes (较市财政局2022年重点绩效评价得分（86.5分）, 全省考核得分（95分）, 上年得分（96分）), not one the report
    gives (产出指标得分（48分）)."""
    words = _role_words()
    clause = _after_last(_THROUGH_CLAUSE, text[max(0, start - 60) : start - 2])
    if "自评" in clause:
        return False
    return bool(
        clause.endswith(words.external)
        or words.context.search(clause)
        or words.quoted.search(clause)
    )


def _scaled_outside(text: str, start: int) -> bool:
    """Whether a score at the start of its clause, on a scale given right after it, is the outside assessment's
    the sentence before it reports (在全市……考核中，得分96.5分（满分100分）; not 得8分（满分9分）)."""
    words = _role_words()
    window = text[max(0, start - 60) : start]
    return "中" in window and words.context.search(window) is not None and _outside(window, text, start, "", words)


def _outside(window: str, text: str, start: int, tight: str, words: _RoleWords) -> bool:
    """Whether the sentence before the score at ``start`` (the end of ``window``) reports an outside assessment
    (在全省…考核中，我局得分95.6分). Asked only where the window names one and holds the 中 that ends it."""
    sentence = _after_last(_THROUGH_SENTENCE, window)
    return bool(
        words.context.search(sentence)
        and not text.startswith("自评", start)
        and not tight.endswith("自评")
        and _after_assessment(sentence, words.assessment)
    )


def _scale_of(before: list[ScoreClaim], phrase: _Phrase, text: str, start: int) -> bool:
    """Whether the claim ``phrase`` at ``start`` completes the outside score that the last of ``before`` states: its
    满分 after its score (考核中得分96.5分（满分100分）), or its score after its 满分 (全省考核满分100分，我县得98.5分).
    Nothing but a bracket or one comma stands between the score and its scale; a score may follow its 满分 after a
    comma and a few words naming who got it."""
    outside = before[-1]
    kind, value = phrase.kind, phrase.value
    if kind is outside.kind:
        return False
    gap = text[outside.span.end : start]
    if kind is _SCORE:
        if outside.keyword.startswith("总分"):
            return False  # 获团体总分285分，得5分: a contest's total is no scale the next score is on
        if len(before) > 1 and before[-2].role is _EXTERNAL and before[-2].kind is _SCORE:
            return False  # the 满分 completed the score before it: the assessment is told
        return (
            value <= outside.value
            and len(gap) <= 12
            and gap.count("，") + gap.count(",") <= 1
            and not any(ch in _SENTENCE_ENDS for ch in gap)
            and not text.startswith("自评", start)
        )
    return (
        value >= outside.value
        and phrase.keyword.startswith(("满分", "总分", "（）"))
        and gap.strip(" \t\u3000（(，,") == ""
    )


_SENTENCE_ENDS = frozenset("。；;！？!?")


def _max_role(text: str, start: int, value: Decimal) -> Role:
    """A 满分 right after the name of an outside assessment in a sentence naming whose it is (全省考核满分100分),
    or on the scale of 100 (知识竞赛满分100分), is that assessment's, not an indicator's."""
    words = _role_words()
    window = text[max(0, start - 60) : start]
    tight = _after_last(_THROUGH_CLAUSE, window).rstrip(" \t\u3000")
    if not tight.endswith(words.outside_scale):
        return _ITEM
    if value >= 100 or words.context.search(_after_last(_THROUGH_SENTENCE, window)):
        return _EXTERNAL
    return _ITEM


def _after_last(through: re.Pattern[str], text: str) -> str:
    """``text`` after the last of the marks that ``through`` ends with (all of it when it has none)."""
    found = through.match(text)
    return text[found.end() :] if found else text


def parse(
    text: str, path: str = "<text>", framework: str | None = None, issuer_level: str | None = None
) -> Report:
    """Parse a whole report; ``framework`` (an id) overrides the framework jxlint would detect, ``issuer_level``
    (区 县 市 州 旗 镇 乡 街道) the issuer's level it would read from the text."""
    from linter.parse.first_level import assign_framework
    from linter.parse.scores import build_scores
    from linter.parse.structure import build_structure
    from linter.parse.table_items import adopt_tables
    from linter.parse.tables import find_tables, table_blocks

    lexicon = _lexicon()
    paragraphs, starts = _paragraphs(text)
    tables = find_tables(paragraphs, text)
    in_tables = {p.index for t in tables for p in t.paragraphs}
    root, lists = build_structure(paragraphs)
    scores = build_scores(paragraphs, root, lexicon["overall-cues"], in_tables, text)
    blocks = scores.blocks + adopt_tables(scores.blocks, table_blocks(tables, lexicon), paragraphs)
    title = next((p.text.strip() for p in paragraphs if not p.is_blank), "")
    base, bonus = _composition(paragraphs, starts, scores.overall)
    report = Report(
        path=path,
        text=text,
        paragraphs=paragraphs,
        root=root,
        lists=lists,
        blocks=blocks,
        tables=tables,
        overall=scores.overall,
        overall_max=scores.overall_max,
        overall_base=base,
        overall_bonus=bonus,
        restatements=scores.restatements,
        title=title,
        _line_starts=starts,
    )
    report.facts = Facts(report, issuer_level)
    assign_framework(report, framework)
    return report


def _composition(
    paragraphs: list[Paragraph], starts: list[int], overall: ScoreClaim | None
) -> tuple[ScoreClaim | None, list[ScoreClaim]]:
    """The overall score's parts stated with it: 基础得分99分 (the score before the bonus) in its line, and the
    bonus and deductions in its sentence (加分项1.5分, 扣分项0.5分, 含加分1.5分), deductions negative."""
    if overall is None:
        return None, []
    at = bisect_right(starts, overall.span.start) - 1
    paragraph = paragraphs[at]
    base = next((c for c in paragraph.claims if c.role is _BASE), None)
    text, offset = paragraph.text, paragraph.span.start
    if "加分" not in text and "奖励分" not in text and "扣" not in text and "减分" not in text:
        return base, []
    start, end = overall.span.start - offset, overall.span.end - offset
    opening = max(text.rfind(mark, 0, start) for mark in _SENTENCE_MARKS) + 1
    closing = min((i for mark in _SENTENCE_MARKS if (i := text.find(mark, end)) >= 0), default=len(text))
    bonus: list[ScoreClaim] = []
    kinds: set[bool] = set()
    included = False  # a bonus after the overall score said to be in it
    for found in _BONUS.finditer(text, opening, closing):
        deduction = found.group(2).startswith(("扣", "减"))
        if deduction in kinds:
            continue  # the first of each: the ones after it may break it down (获评先进加分1分)
        if found.start() < end and found.end() > start:
            continue
        if found.start() >= end:
            included = included or found.group(1) in _INCLUDED  # （含加分1.5分、扣分0.5分）
            if not included:
                continue  # 自评得分96分，加上加分1.5分：the bonus comes on top of this score
        lead = text[max(0, found.start() - 2) : found.start()]
        if lead.endswith(tuple(_NEGATION)) or lead.endswith(("不含", "未含", "不计", "未计")):
            continue
        if deduction and not found.group(2).endswith("项") and base is None and not included:
            continue  # 满分100分，扣分5分，综合得分95分: the points the indicators lost, not a deduction item
        value = to_decimal(found.group(3))
        if value is None:
            continue
        kinds.add(deduction)
        number = (offset + found.start(3), offset + found.end(3))
        span = Span(offset + found.start(2), offset + found.end())
        bonus.append(ScoreClaim(_SCORE, -value if deduction else value, span, number, found.group(2)))
    return base, bonus


# 加分项1.5分, 另有加分项1.5分, （含加分1.5分）, 扣分项0.5分: a bonus or a deduction added to the overall score.
_BONUS = patterns.compile(
    r"(含|包含|包括|其中|另有|另加|加上|再加|另)?(加分项?|奖励分|附加分|扣分项|减分项|扣分|减分|扣除|扣减)"
    r"(?:合计|共计|共|为|是|得|[：:])?[^\S\r\n]*([0-9０-９]+(?:[.．][0-9０-９]+)?)[^\S\r\n]*分(?![钟率值数])"
)
_SENTENCE_MARKS = "。！？!?"
# Words before a bonus stated after the overall score that say the score includes it.
_INCLUDED = frozenset(("含", "包含", "包括", "其中"))
