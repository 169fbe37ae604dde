"""Mutation benchmark: plant one defect at a time in the correct sample reports and see which rule finds it.

Each *kind* of defect has an operator that lists the places where the defect can be planted in a clean sample
(its *sites*) and a rule that should find it. A mutant is a clean sample with exactly one defect planted at one
site; it is linted in-process with the default configuration and scored:

* **detected**: the expected rule fires on one of the mutant's expected lines (each kind states them; see docs/mutation.md);
* **extra findings**: warnings and errors that the unmutated sample does not have, from rules other than the
  expected one and the kind's accepted consequences (changing one score also breaks the sum above it). They are
  potential false positives.

The untouched clean samples are linted as well: every warning or error on them is a false positive.

    python benchmarks/mutation.py [--seed N] [--per-kind K] [--kind KIND ...] [--format text|markdown] [--details] [--list]
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from linter import registry
from linter.diagnostics import Diagnostic, Edit, Severity, Span
from linter.engine import Linter
from linter.model import Family, Marker, Paragraph, Report, ScoreBlock, ScoreClaim, ScoreNode, line_starts
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "samples" / "clean"
DEFAULT_SEED = 20230331
DEFAULT_PER_KIND = 40
REPORTED = (Severity.WARNING, Severity.ERROR)

# The issuer's level is the second part of a sample's file name: 部门整体自评_县_clean.txt → 县.
LEVEL_NAMES = {"区": "区", "县": "县", "县级市": "市", "市": "市", "州": "州", "旗": "旗"}

# ---- words the operators need (domain knowledge, kept out of the logic) ----------------------------------------

# Self-references: for an issuer of each level, the level planted instead and the forms used (DOMAIN §6).
# first-person 我X/本X, collective 全X, organ X委/X政府. A 县级市 may say 全县 of nothing, but a 市 report can come
# from a prefecture city too, and a 州 names its 县 freely: those are planted in unambiguous forms only.
SWAPS = {
    "区": ("县", ("first-person", "collective", "organ")),
    "县": ("区", ("first-person", "collective", "organ")),
    "旗": ("县", ("first-person", "collective", "organ")),
    "州": ("县", ("first-person", "collective")),
    "市": ("县", ("first-person",)),
}
# Words ending in 我/本/全 (基本县情, 安全区), and words starting with the level character (区域, 县级, 市场).
NOT_PREFIX = tuple("自我 基本 成本 根本 资本 样本 文本 版本 安全 健全 完全 齐全 保全".split())
NOT_LEVEL_WORD = tuple(
    "区域 区间 区块 区划 县级 县域 县城 县处 县乡 市场 市民 市政 市容 市县 州市 州县 旗帜 旗下 旗舰".split()
)
# An organ form (县委, 区政府) is planted only after punctuation or one of these words, where it cannot end a place
# name (通山县委).
ORGAN_AFTER = tuple("围绕 按照 根据 落实 贯彻 在 由 经 向 与 和 及 对 为 将 把 被 受 是".split())

# A report-year sentence about the unit's own results (year-mismatch sites).
SELF_SUBJECTS = tuple(
    "我局 本局 我单位 本单位 我中心 我委 我区 全区 我县 全县 我市 全市 我州 全州 我旗 全旗".split()
)
RESULT_CUES = tuple("完成 实现 未发生 开展 举办 接待 查处 得分".split())
OTHER_YEAR_CUES = tuple(
    "计划 拟 将 预计 下一步 较 比上年 同比 上年 原因 由于 导致 截至 截止 之前 以前 目标 指标值".split()
)
NOT_YEAR_RESULT_AFTER = tuple(
    "月 底 初 末 中 上半年 下半年 第 一季度 二季度 三季度 四季度 前 后 以来 以前 起 内 的 至 到".split()
)
OTHER_YEAR_SECTIONS = tuple("上年 上一年 以前年度 往年".split())

# Quantities in prose: a number and its unit. Units of one family add up (名 and 人 both count people).
UNITS = {
    "亿元": ("money", Decimal(100000000)),
    "万元": ("money", Decimal(10000)),
    "元": ("money", Decimal(1)),
    "万亩": ("mu", Decimal(10000)),
    "亩": ("mu", Decimal(1)),
    "名": ("people", Decimal(1)),
    "人次": ("person-times", Decimal(1)),
    "户次": ("household-times", Decimal(1)),
    "人": ("people", Decimal(1)),
    "户": ("households", Decimal(1)),
    "家次": ("times", Decimal(1)),
    "台次": ("machine-times", Decimal(1)),
    "批次": ("batches", Decimal(1)),
    "个": ("items", Decimal(1)),
    "件": ("cases", Decimal(1)),
    "起": ("incidents", Decimal(1)),
    "场": ("events", Decimal(1)),
    "次": ("times", Decimal(1)),
    "处": ("places", Decimal(1)),
    "份": ("copies", Decimal(1)),
    "公里": ("km", Decimal(1)),
}
# Words before a figure that make it the numerator or the denominator of a control rate.
NUMERATOR_WORDS = ("实际", "实有", "支出", "执行", "发生")
DENOMINATOR_WORDS = ("预算", "编制", "核定", "计划")
# A claim that the rate is at most 100%, right after the rate or its value (not “每低于100%一个百分点”).
AT_MOST_100 = re.compile(
    r"(?<=[，,率%％])(?:[<＜≤]|小于|低于|未超过|不超过|未超出|控制在)\s*100(?:\.0+)?\s*[%％](?:以内)?"
)

# ---- numbers -------------------------------------------------------------------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_DIGITS = "零一二三四五六七八九"
_CN_NUMERAL = "零〇一二两三四五六七八九十百"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_QUANTITY = re.compile(rf"(?<![0-9０-９.．])({_NUMBER})({'|'.join(sorted(UNITS, key=len, reverse=True))})")
_RATE = re.compile(rf"([\u4e00-\u9fff]{{1,10}}率)(?:为|是|达到|达)?\s*({_NUMBER})\s*[%％]")
_MARKER_NUMBER = re.compile(r"[0-9０-９]+|[一二三四五六七八九十]+|[①-⑳]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def decimal_of(text: str) -> Decimal:
    return Decimal(text.translate(_HALF_WIDTH))


def places(text: str) -> int:
    text = text.translate(_HALF_WIDTH)
    return len(text.partition(".")[2])


def chinese(value: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十 (1–99)."""
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def written_like(value: Decimal, like: str) -> str | None:
    """``value`` written as ``like`` is: Chinese numerals, or digits of its width with as many decimals.

    None when that is impossible (a fraction in Chinese numerals) or the value is not positive.
    """
    if value <= 0:
        return None
    if like[0] in _CN_NUMERAL:
        if value != value.to_integral_value() or not 0 < value < 100:
            return None
        return chinese(int(value))
    exponent = value.normalize().as_tuple().exponent
    decimals = max(places(like), -exponent if isinstance(exponent, int) else 0)
    text = f"{value:.{decimals}f}"
    if any("０" <= ch <= "９" for ch in like):
        text = text.translate(_FULL_WIDTH)
    return text


def marker_with(marker: Marker, value: int) -> str:
    """The marker's text with another number, written the same way (（3） → （4）, 三、 → 四、)."""
    found = _MARKER_NUMBER.search(marker.text)
    assert found is not None
    number = found.group()
    if number in _CIRCLED:
        new = _CIRCLED[value - 1]
    elif number[0] in "一二三四五六七八九十":
        new = chinese(value)
    elif "０" <= number[0] <= "９":
        new = str(value).translate(_FULL_WIDTH)
    else:
        new = str(value)
    return marker.text[: found.start()] + new + marker.text[found.end() :]


# ---- samples and mutants -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str  # the number as written
    unit: str
    span: Span  # the number

    @property
    def family(self) -> str:
        return UNITS[self.unit][0]

    @property
    def base(self) -> Decimal:
        return decimal_of(self.text) * UNITS[self.unit][1]


@dataclass(slots=True, eq=False)
class Sample:
    name: str
    text: str
    level: str | None
    report: Report
    baseline: list[Diagnostic]
    _sections: dict[int, list[Marker]] = field(default_factory=dict)

    def line(self, offset: int) -> int:
        return self.report.position(offset)[0]

    def paragraph(self, offset: int) -> Paragraph:
        return self.report.paragraphs[self.line(offset) - 1]

    def enclosing_markers(self, paragraph: Paragraph) -> list[Marker]:
        """Markers of the headings the paragraph's item is nested in, outermost first."""
        if not self._sections:
            for section in self.report.root.walk():
                chain: list[Marker] = []
                up = section.parent
                while up is not None and up.heading is not None:
                    if up.heading.marker is not None:
                        chain.insert(0, up.heading.marker)
                    up = up.parent
                if section.heading is not None:
                    self._sections[section.heading.index] = chain
        return self._sections.get(paragraph.index, [])

    def headings_above(self, paragraph: Paragraph) -> list[str]:
        """Texts of the headings the paragraph sits under (for sections about another year)."""
        for section in self.report.root.walk():
            if section.heading is paragraph or any(p is paragraph for p in section.paragraphs):
                texts = []
                up = section if section.heading is not paragraph else section.parent
                while up is not None and up.heading is not None:
                    texts.append(up.heading.text)
                    up = up.parent
                return texts
        return []


@dataclass(frozen=True, slots=True)
class Mutant:
    kind: str
    sample: Sample
    edits: tuple[Edit, ...]
    lines: frozenset[int]  # lines of the mutant where the expected rule should fire
    note: str  # what was changed

    @property
    def text(self) -> str:
        text = self.sample.text
        for edit in sorted(self.edits, key=lambda e: e.span.start, reverse=True):
            text = text[: edit.span.start] + edit.replacement + text[edit.span.end :]
        return text

    def moved(self, offset: int) -> int | None:
        """Where an offset of the clean sample is in the mutant (None if the edits removed it)."""
        shift = 0
        for edit in self.edits:
            start, end = edit.span.start, edit.span.end
            if (start == end and start <= offset) or (start < end <= offset):
                shift += len(edit.replacement) - (end - start)
            elif start <= offset < end:
                return None
        return offset + shift


Build = Callable[[random.Random], Mutant | None]
Sites = Callable[["Sample"], Iterator[Build]]


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    slug: str  # the rule expected to find it
    what: str  # how the defect is planted
    where: str  # which lines count as found
    sites: Sites  # the places where it can be planted in a sample, each as a mutant builder
    consequences: tuple[str, ...] = ()  # other rules a correct linter may also fire
    # Rules that report the very defect where the linter, saying each defect once, gives it to them instead.
    alternatives: tuple[str, ...] = ()


KINDS: list[Kind] = []  # in the order they are defined below


def defect(
    name: str,
    slug: str,
    what: str,
    where: str,
    consequences: tuple[str, ...] = (),
    alternatives: tuple[str, ...] = (),
) -> Callable[[Sites], Sites]:
    """Register an operator: the kind's name, the rule expected to find it, how it is planted (中文), which lines
    count as found (中文), the other rules a correct linter may fire as well, and the rules that may report
    the defect in the expected rule's place."""

    def register(sites: Sites) -> Sites:
        KINDS.append(Kind(name, slug, what, where, sites, consequences, alternatives))
        return sites

    return register


def replace(sample: Sample, span: Span, new: str) -> Edit:
    assert sample.text[span.start : span.end] != new, "a mutation must change the text"
    return Edit(span, new)


def mutant(kind: str, sample: Sample, edits: Iterable[Edit], anchors: Iterable[int], note: str) -> Mutant:
    """A mutant whose edits add or remove no line break: expected lines are those of the anchors' offsets."""
    return Mutant(kind, sample, tuple(edits), frozenset(sample.line(a) for a in anchors), note)


def shown(sample: Sample, span: Span) -> str:
    return sample.text[span.start : span.end]


# ---- helpers over the clean sample ---------------------------------------------------------------------------------


def prose(sample: Sample) -> Iterator[Paragraph]:
    """Non-blank lines that are neither the title nor table rows."""
    first = True
    for paragraph in sample.report.paragraphs:
        if paragraph.is_blank:
            continue
        if first:
            first = False
            continue
        if "\t" not in paragraph.text:
            yield paragraph


def clauses(paragraph: Paragraph, ends: str = "。；;！？!?") -> Iterator[tuple[int, str]]:
    """Pieces of a paragraph up to each of ``ends``, with their absolute start offsets."""
    start = 0
    text = paragraph.text
    for i, ch in enumerate(text):
        if ch in ends:
            yield paragraph.span.start + start, text[start : i + 1]
            start = i + 1
    if start < len(text):
        yield paragraph.span.start + start, text[start:]


def quantities(base: int, text: str) -> list[Quantity]:
    found = []
    for match in _QUANTITY.finditer(text):
        after = text[match.end() : match.end() + 1]
        if after in ("%", "％", "/") or (match.group(2) == "元" and after == "/"):
            continue
        found.append(
            Quantity(match.group(1), match.group(2), Span(base + match.start(1), base + match.end(1)))
        )
    return found


def in_claim(sample: Sample, offset: int) -> bool:
    return any(c.span.start <= offset < c.span.end for c in sample.paragraph(offset).claims)


def in_marker(paragraph: Paragraph, offset: int) -> bool:
    marker = paragraph.marker
    return marker is not None and marker.span.start <= offset < marker.span.end


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Quantity
    parts: tuple[Quantity, ...]


def breakdowns(sample: Sample) -> Iterator[Breakdown]:
    """“合计X，其中A、B、C” whose first two or more parts add up to the total exactly."""
    for paragraph in prose(sample):
        for start, clause in clauses(paragraph, "。！？!?"):
            cue = clause.find("其中")
            if cue < 0:
                continue
            before = quantities(start, clause[:cue])
            after = quantities(start + cue, clause[cue:])
            if not before:
                continue
            total = before[-1]
            parts = [q for q in after if q.family == total.family]
            running = Decimal(0)
            for n, part in enumerate(parts, start=1):
                running += part.base
                if n >= 2 and running == total.base:
                    yield Breakdown(total, tuple(parts[:n]))
                    break


def siblings(sample: Sample, node: ScoreNode) -> list[ScoreNode]:
    if node.parent is not None:
        return node.parent.children
    return next((b.nodes for b in sample.report.blocks if node in b.nodes), [])


def block_of(sample: Sample, node: ScoreNode) -> ScoreBlock | None:
    top = node
    while top.parent is not None:
        top = top.parent
    return next((b for b in sample.report.blocks if top in b.nodes), None)


def pick(rng: random.Random, *options: Decimal) -> Decimal:
    return rng.choice(options)


NUMBERING = ("numbering-gap", "numbering-repeat", "numbering-late-start", "numbering-style-mixed")


# ---- operators: scores (SC) ---------------------------------------------------------------------------------------


@defect(
    "score-over-max",
    "score-above-max",
    "指标得分改为高于其分值（无分值时高于上级分值）",
    "得分所在行",
    ("score-sum-mismatch", "table-text-mismatch"),
)
def score_over_max(sample: Sample) -> Iterator[Build]:
    """An indicator's 得分 raised above its 分值 (or above its parent's, when it states none)."""
    for node in sample.report.score_nodes():
        if len(node.scores) != 1:
            continue
        limit = node.max or (node.parent.max if node.parent is not None else None)
        if limit is None:
            continue
        claim = node.scores[0]

        def build(rng: random.Random, claim: ScoreClaim = claim, limit: ScoreClaim = limit) -> Mutant | None:
            like = shown(sample, claim.value_span)
            new = written_like(limit.value + pick(rng, Decimal(1), Decimal(2)), like)
            if new is None:
                return None
            edit = replace(sample, claim.value_span, new)
            note = f"得{like}分 → 得{new}分（分值{limit.value}分）"
            return mutant("score-over-max", sample, [edit], [claim.span.start], note)

        yield build


@defect(
    "section-score",
    "score-sum-mismatch",
    "一节（或全文、自评表合计）的自评分改动，与分项得分之和不符",
    "该自评分所在行",
    ("table-text-mismatch",),
    # 正文重述的整体得分改了而自评表合计与各项都对得上：一处缺陷只报一次，归 table-text-mismatch。
    ("table-text-mismatch",),
)
def section_score(sample: Sample) -> Iterator[Build]:
    """A stated 自评分 (a section's, the report's overall or a table's 合计) changed so its parts no longer add up."""
    for node in sample.report.score_nodes():
        if len(node.scores) != 1 or not node.children:
            continue
        parts = [c.score_value for c in node.children]
        if any(p is None for p in parts):
            continue
        yield _restated(
            sample, node.scores[0], node.max_value, sum((p for p in parts if p is not None), Decimal(0))
        )
    for block in sample.report.blocks:
        values = [n.score_value for n in block.nodes]
        if any(v is None for v in values):
            continue
        total = sum((v for v in values if v is not None), Decimal(0))
        if block.total_score is not None:
            limit = block.total_max.value if block.total_max else None
            yield _restated(sample, block.total_score, limit, total)
        elif block.table is None and len(block.nodes) > 1 and all(n.max for n in block.nodes):
            overall = sample.report.overall
            if overall is not None:
                yield _restated(sample, overall, Decimal(100), total)


def _restated(sample: Sample, claim: ScoreClaim, limit: Decimal | None, parts: Decimal) -> Build:
    def build(rng: random.Random) -> Mutant | None:
        like = shown(sample, claim.value_span)
        step = pick(rng, Decimal(1), Decimal(2), Decimal("0.5") if places(like) else Decimal(1))
        value = claim.value + step * rng.choice((-1, 1))
        if value < 0 or (limit is not None and value > limit) or value == parts:
            value = claim.value - step
        if value < 0 or (limit is not None and value > limit) or value == parts:
            return None
        new = written_like(value, like)
        if new is None:
            return None
        edit = replace(sample, claim.value_span, new)
        return mutant(
            "section-score", sample, [edit], [claim.span.start], f"自评分{like} → {new}（分项合计{parts}）"
        )

    return build


@defect(
    "indicator-points",
    "max-sum-mismatch",
    "一个指标的分值改动，分项分值之和与上级分值不符",
    "最近的写明分值的上级所在行；一级指标为总分、自评表合计或第一个一级指标所在行；或改动所在行",
    ("table-text-mismatch",),
)
def indicator_points(sample: Sample) -> Iterator[Build]:
    """An indicator's 分值 changed so the parts' points no longer add up to the nearest stated 分值 above."""
    for node in sample.report.score_nodes():
        if node.max is None:
            continue
        above, path_known = node.parent, all(s.max_value is not None for s in siblings(sample, node))
        while above is not None and above.max is None:
            path_known = path_known and all(s.max_value is not None for s in siblings(sample, above))
            above = above.parent
        if not path_known:
            continue
        if above is not None:
            anchors = [above.max.span.start] if above.max else []
        else:
            block = block_of(sample, node)
            if block is None:
                continue
            if block.total_max is not None:
                anchors = [block.total_max.span.start]
            elif block.table is None and sample.report.overall is not None and len(block.nodes) > 1:
                first = block.nodes[0]
                anchors = [(first.max.span if first.max else first.span).start]
                if sample.report.overall_max is not None:
                    anchors.append(sample.report.overall_max.span.start)
            else:
                continue
        yield _repointed(sample, node, node.max, anchors)


def _repointed(sample: Sample, node: ScoreNode, claim: ScoreClaim, anchors: list[int]) -> Build:
    def build(rng: random.Random) -> Mutant | None:
        like = shown(sample, claim.value_span)
        floor = max(node.score_value or Decimal(0), Decimal(1))
        step = pick(rng, Decimal(1), Decimal(2))
        value = claim.value + step if rng.random() < 0.5 or claim.value - step < floor else claim.value - step
        new = written_like(value, like)
        if new is None:
            return None
        edit = replace(sample, claim.value_span, new)
        note = f"分值{like} → {new}"
        return mutant("indicator-points", sample, [edit], [*anchors, claim.span.start], note)

    return build


@defect("score-clause-deleted", "missing-score", "删去有分值指标的“，得N分”", "该指标分值所在行")
def score_clause_deleted(sample: Sample) -> Iterator[Build]:
    """“，得N分” deleted from an indicator that has a 分值, while its siblings keep their scores."""
    for node in sample.report.score_nodes():
        if len(node.scores) != 1 or node.children:
            continue
        claim = node.scores[0]
        if "\t" in sample.paragraph(claim.span.start).text or not claim.keyword.startswith(("得", "自评得")):
            continue
        owner = node if node.max is not None else node.parent
        if owner is None or owner.max is None or (owner is not node and owner.children != [node]):
            continue
        if owner is not node and owner.scores:
            continue
        if not any(s is not owner and s.score_value is not None for s in siblings(sample, owner)):
            continue
        before = sample.text[claim.span.start - 1]
        after = sample.text[claim.span.end : claim.span.end + 1]
        if before not in "，," or after not in ("。", "；", ";", "\r", "\n", ""):
            continue
        span = Span(claim.span.start - 1, claim.span.end)
        max_at = owner.max.span.start

        def build(rng: random.Random, span: Span = span, max_at: int = max_at) -> Mutant:
            edit = replace(sample, span, "")
            return mutant("score-clause-deleted", sample, [edit], [max_at], f"删去“{shown(sample, span)}”")

        yield build


@defect(
    "table-score",
    "table-text-mismatch",
    "自评表中一个得分（或合计）改动，与正文不符",
    "正文对应得分所在行或改动所在行",
    ("score-sum-mismatch",),
)
def table_score(sample: Sample) -> Iterator[Build]:
    """A score in the score table changed so it differs from the text."""
    text_nodes: dict[str, ScoreNode] = {}
    for block in sample.report.blocks:
        if block.table is None:
            for top in block.nodes:
                for node in top.walk():
                    if node.label and node.score is not None:
                        text_nodes.setdefault(_key(node.label), node)
    for block in sample.report.blocks:
        if block.table is None:
            continue
        pairs: list[tuple[ScoreClaim, ScoreClaim, Decimal | None]] = []
        for top in block.nodes:
            for node in top.walk():
                other = text_nodes.get(_key(node.label))
                if len(node.scores) == 1 and other is not None and other.score is not None:
                    pairs.append((node.scores[0], other.score, node.max_value))
        overall = sample.report.overall
        if block.total_score is not None and overall is not None:
            pairs.append((block.total_score, overall, block.total_max.value if block.total_max else None))
        for cell, stated, limit in pairs:

            def build(
                rng: random.Random,
                cell: ScoreClaim = cell,
                stated: ScoreClaim = stated,
                limit: Decimal | None = limit,
            ) -> Mutant | None:
                like = shown(sample, cell.value_span)
                value = cell.value - pick(rng, Decimal(1), Decimal(2))
                if limit is not None and cell.value + 1 <= limit and rng.random() < 0.3:
                    value = cell.value + 1
                new = written_like(value, like)
                if new is None:
                    return None
                edit = replace(sample, cell.value_span, new)
                note = f"表中{like} → {new}"
                return mutant("table-score", sample, [edit], [cell.span.start, stated.span.start], note)

            yield build


def _key(label: str) -> str:
    return re.sub(r"[\s“”\"'（）()]", "", label)


# ---- operators: numbering (NM) -------------------------------------------------------------------------------------


def _lists(sample: Sample) -> Iterator[list[Paragraph]]:
    for numbered in sample.report.lists:
        items = [p for p in numbered.items if p.marker is not None and not p.marker.inline]
        if len(items) == len(numbered.items) and len(items) >= 2:
            yield items


def _renumber(sample: Sample, items: list[Paragraph], values: list[int]) -> list[Edit]:
    edits = []
    for item, value in zip(items, values, strict=True):
        assert item.marker is not None
        if item.marker.value != value:
            edits.append(replace(sample, item.marker.span, marker_with(item.marker, value)))
    return edits


def _nested_in_own_style(sample: Sample, item: Paragraph, family: Family) -> bool:
    """An enclosing heading uses ``family``: a marker of that style could belong to its list instead."""
    return any(m.family is family for m in sample.enclosing_markers(item))


@defect("heading-skip", "numbering-gap", "某项起编号加1（跳号）", "跳号的那一项")
def heading_skip(sample: Sample) -> Iterator[Build]:
    """Items k, k+1, … of a list numbered one higher: a number is skipped before item k."""
    for items in _lists(sample):
        family = items[0].marker.family if items[0].marker else None
        if family is None or _nested_in_own_style(sample, items[0], family):
            continue
        for k in range(1, len(items)):
            yield _numbering_build(sample, "heading-skip", items, k, +1, +1)


@defect("heading-repeat", "numbering-repeat", "某项编号与上一项相同，其后依次减1（重号）", "重号的那一项")
def heading_repeat(sample: Sample) -> Iterator[Build]:
    """Item k numbered like item k-1, and the items after it one lower: a number is repeated."""
    for items in _lists(sample):
        family = items[0].marker.family if items[0].marker else None
        if family is None or _nested_in_own_style(sample, items[0], family):
            continue
        for k in range(1, len(items)):
            yield _numbering_build(sample, "heading-repeat", items, k, -1, -1)


@defect("list-late-start", "numbering-late-start", "一组编号全部加1（从2开始）", "第一项")
def list_late_start(sample: Sample) -> Iterator[Build]:
    """Every item of a list numbered one higher: the list starts at 2."""
    for items in _lists(sample):
        first = items[0].marker
        if first is None or first.value != 1 or _nested_in_own_style(sample, items[0], first.family):
            continue
        yield _numbering_build(sample, "list-late-start", items, 0, +1, +1)


def _numbering_build(sample: Sample, kind: str, items: list[Paragraph], k: int, at: int, rest: int) -> Build:
    def build(rng: random.Random) -> Mutant | None:
        values = [p.marker.value if p.marker else 0 for p in items]
        new = values[:k] + [values[k] + at] + [v + rest for v in values[k + 1 :]]
        edits = _renumber(sample, items, new)
        marker = items[k].marker
        assert marker is not None
        note = f"{marker.text.strip()} → {marker_with(marker, new[k]).strip()}"
        if len(edits) > 1:
            note += f"（其后{len(edits) - 1}项随之改号）"
        return mutant(kind, sample, edits, [items[k].span.start], note)

    return build


_SHALLOWER = {Family.PAREN_ARABIC: Family.ARABIC, Family.CIRCLED: Family.PAREN_ARABIC}


@defect(
    "marker-style",
    "numbering-style-mixed",
    "（1）组中一项写成“4.”，①组中一项写成“（3）”",
    "改动的那一项",
)
def marker_style(sample: Sample) -> Iterator[Build]:
    """One item of a （1）/① list written in the next outer style: （4） → 4., ③ → （3）."""
    for items in _lists(sample):
        for item in items[1:]:
            marker = item.marker
            assert marker is not None
            target = _SHALLOWER.get(marker.family)
            if target is None or _nested_in_own_style(sample, item, target):
                continue
            after = sample.text[marker.span.end : marker.span.end + 1]
            if target is Family.ARABIC and (after.isdigit() or after in ".．"):
                continue
            digits = str(marker.value)
            if any("０" <= ch <= "９" for ch in marker.text):
                digits = digits.translate(_FULL_WIDTH)
            new = f"{digits}." if target is Family.ARABIC else f"（{digits}）"

            def build(
                rng: random.Random, item: Paragraph = item, marker: Marker = marker, new: str = new
            ) -> Mutant:
                edit = replace(sample, marker.span, new)
                return mutant("marker-style", sample, [edit], [item.span.start], f"{marker.text} → {new}")

            yield build


@defect(
    "marker-bracket-width",
    "numbering-bracket-mixed",
    "一个括号编号改用另一种宽度的括号：（2）→(2)",
    "改动的那一项",
)
def marker_bracket_width(sample: Sample) -> Iterator[Build]:
    """One bracketed marker written with the other bracket width: （2） → (2)."""
    bracketed = [
        p
        for items in _lists(sample)
        for p in items
        if p.marker and p.marker.family in (Family.PAREN_CN, Family.PAREN_ARABIC)
    ]
    full = [p for p in bracketed if p.marker and "（" in p.marker.text]
    half = [p for p in bracketed if p.marker and "(" in p.marker.text]
    majority, flip = (
        (full, str.maketrans("（）", "()")) if len(full) >= len(half) else (half, str.maketrans("()", "（）"))
    )
    if len(majority) < len(bracketed) - len(majority) + 3:
        return
    for item in majority:
        marker = item.marker
        assert marker is not None

        def build(rng: random.Random, item: Paragraph = item, marker: Marker = marker) -> Mutant:
            new = marker.text.translate(flip)
            edit = replace(sample, marker.span, new)
            return mutant("marker-bracket-width", sample, [edit], [item.span.start], f"{marker.text} → {new}")

        yield build


@defect(
    "marker-delimiter", "numbering-delimiter-mixed", "一组“1、”编号中一项改为“2.”（或反之）", "改动的那一项"
)
def marker_delimiter(sample: Sample) -> Iterator[Build]:
    """One item of a 1、 2、 3、 list written with the other delimiter: 2、 → 2. (or the reverse)."""
    for items in _lists(sample):
        markers = [p.marker for p in items if p.marker is not None]
        if any(m.family is not Family.ARABIC for m in markers):
            continue
        ends = {m.text.strip()[-1] for m in markers}
        if len(ends) != 1:
            continue
        end = ends.pop()
        for item in items[1:]:
            marker = item.marker
            assert marker is not None
            after = sample.text[marker.span.end : marker.span.end + 1]
            if end == "、" and (after.isdigit() or after in ".．"):
                continue
            cut = marker.text.rfind(end)
            other = "、" if end in ".．" else ("．" if any("０" <= c <= "９" for c in marker.text) else ".")
            new = marker.text[:cut] + other + marker.text[cut + 1 :]

            def build(
                rng: random.Random, item: Paragraph = item, marker: Marker = marker, new: str = new
            ) -> Mutant:
                edit = replace(sample, marker.span, new)
                return mutant("marker-delimiter", sample, [edit], [item.span.start], f"{marker.text} → {new}")

            yield build


@defect(
    "marker-extra-delimiter", "numbering-extra-delimiter", "括号编号后加“、”：（2）→（2）、", "改动的那一项"
)
def marker_extra_delimiter(sample: Sample) -> Iterator[Build]:
    """A bracketed marker followed by a 、: （2） → （2）、."""
    for items in _lists(sample):
        for item in items:
            marker = item.marker
            assert marker is not None
            if (
                marker.family not in (Family.PAREN_CN, Family.PAREN_ARABIC)
                or marker.text.rstrip()[-1] not in "）)"
            ):
                continue
            close = marker.span.start + len(marker.text.rstrip())

            def build(rng: random.Random, item: Paragraph = item, close: int = close) -> Mutant:
                edit = Edit(Span(close, close), "、")
                return mutant("marker-extra-delimiter", sample, [edit], [item.span.start], "编号后加“、”")

            yield build


# ---- operators: wording, structure, text ----------------------------------------------------------------------------


@defect(
    "self-reference",
    "inconsistent-self-reference",
    "按发文层级互换自称：区级报告“我区”→“我县”，县级“县委”→“区委”等",
    "改动所在行",
)
def self_reference(sample: Sample) -> Iterator[Build]:
    """我区 ↔ 我县 and the like: a self-reference of another level than the issuer's (see SWAPS)."""
    if sample.level not in SWAPS:
        return
    level = sample.level
    other, forms = SWAPS[level]
    for paragraph in prose(sample):
        text = paragraph.text
        for i, ch in enumerate(text):
            if ch != level or in_marker(paragraph, paragraph.span.start + i):
                continue
            if any(text.startswith(w, i) for w in NOT_LEVEL_WORD):
                continue
            before = text[:i]
            form = None
            if before.endswith(("我", "本")) and not before.endswith(NOT_PREFIX):
                form = "first-person"
            elif before.endswith("全") and not before.endswith(NOT_PREFIX):
                form = "collective"
            elif text.startswith(("委", "政府"), i + 1) and not text.startswith(("委托", "委员"), i + 1):
                if not before or not _HAN.match(before[-1]) or before.endswith(ORGAN_AFTER):
                    form = "organ"
            if form is None or form not in forms:
                continue
            at = paragraph.span.start + i
            word = text[i - 1 : i + 1] if form != "organ" else text[i : i + 2]

            def build(rng: random.Random, at: int = at, word: str = word) -> Mutant:
                edit = replace(sample, Span(at, at + 1), other)
                return mutant(
                    "self-reference", sample, [edit], [at], f"{word} → {word.replace(level, other)}"
                )

            yield build


@defect(
    "paragraph-run-copied",
    "duplicate-section",
    "连续1–3段（合计60字以上、无得分）复制到其后或后文某个编号标题之前",
    "复制出的各行",
    NUMBERING,
)
def paragraph_run_copied(sample: Sample) -> Iterator[Build]:
    """One to three consecutive paragraphs (60 or more Chinese characters, no score claims) pasted again later."""
    paragraphs = sample.report.paragraphs
    stop = min((p.index for p in paragraphs if "\t" in p.text), default=len(paragraphs))
    for start in range(1, stop):
        for size in (1, 2, 3):
            run = paragraphs[start : start + size]
            if len(run) < size or run[-1].index + 1 >= stop or any(p.is_blank or p.claims for p in run):
                continue
            if sum(len(_HAN.findall(p.text)) for p in run) < 60:
                continue
            after = paragraphs[run[-1].index + 1]
            later = [p for p in paragraphs[after.index + 1 : stop] if p.marker is not None and not p.claims]

            def build(
                rng: random.Random,
                run: list[Paragraph] = run,
                after: Paragraph = after,
                later: list[Paragraph] = later,
            ) -> Mutant:
                newline = _line_break(sample)
                copy = sample.text[run[0].span.start : run[-1].span.end] + newline
                where = rng.choice(later) if later and rng.random() < 0.5 else after
                first = sample.line(where.span.start)
                note = f"第{sample.line(run[0].span.start)}行起{len(run)}段复制到第{first}行"
                edit = Edit(Span(where.span.start, where.span.start), copy)
                return Mutant(
                    "paragraph-run-copied", sample, (edit,), frozenset(range(first, first + len(run))), note
                )

            yield build


def _line_break(sample: Sample) -> str:
    return "\r\n" if "\r\n" in sample.text else "\n"


_PAUSES = "，。；、"
_DOUBLED = {
    "，": ("。，", "，，", "，。"),
    "。": ("。。", "，。"),
    "；": ("；，", "；；"),
    "、": ("、、", "、，"),
}


@defect("punctuation-doubled", "doubled-punctuation", "句读标点重复：，→。，、，，等", "改动所在行")
def punctuation_doubled(sample: Sample) -> Iterator[Build]:
    """A pause mark doubled: ，→ 。， and the like."""
    for paragraph in prose(sample):
        text = paragraph.text
        for i, ch in enumerate(text):
            if ch not in _PAUSES or in_marker(paragraph, paragraph.span.start + i):
                continue
            if i == 0 or not (_HAN.match(text[i - 1]) or text[i - 1].isdigit() or text[i - 1] in "%％"):
                continue
            if i + 1 < len(text) and not _HAN.match(text[i + 1]) and not text[i + 1].isdigit():
                continue
            at = paragraph.span.start + i

            def build(rng: random.Random, at: int = at, ch: str = ch) -> Mutant:
                new = rng.choice(_DOUBLED[ch])
                return mutant(
                    "punctuation-doubled",
                    sample,
                    [replace(sample, Span(at, at + 1), new)],
                    [at],
                    f"{ch} → {new}",
                )

            yield build


_HALF = {"，": ",", "；": ";", "：": ":"}


@defect("punctuation-half-width", "mixed-width-punctuation", "汉字之间的，；：改为半角", "改动所在行")
def punctuation_half_width(sample: Sample) -> Iterator[Build]:
    """A full-width ，；： between Chinese characters written half-width."""
    for paragraph in prose(sample):
        text = paragraph.text
        for i, ch in enumerate(text):
            if (
                ch not in _HALF
                or i == 0
                or i + 1 >= len(text)
                or in_marker(paragraph, paragraph.span.start + i)
            ):
                continue
            if not (_HAN.match(text[i - 1]) and _HAN.match(text[i + 1])):
                continue
            at = paragraph.span.start + i

            def build(rng: random.Random, at: int = at, ch: str = ch) -> Mutant:
                edit = replace(sample, Span(at, at + 1), _HALF[ch])
                return mutant("punctuation-half-width", sample, [edit], [at], f"{ch} → {_HALF[ch]}")

            yield build


_PAIRS = {"（": "）", "“": "”", "《": "》"}


@defect("bracket-dropped", "unbalanced-brackets", "删去一对（）“”《》中的一半", "改动所在行")
def bracket_dropped(sample: Sample) -> Iterator[Build]:
    """One half of a （）, “” or 《》 pair deleted."""
    closing = {v: k for k, v in _PAIRS.items()}
    for paragraph in prose(sample):
        stack: list[int] = []
        for i, ch in enumerate(paragraph.text):
            at = paragraph.span.start + i
            if in_marker(paragraph, at):
                continue
            if ch in _PAIRS:
                stack.append(at)
            elif ch in closing and stack and sample.text[stack[-1]] == closing[ch]:
                opening = stack.pop()
                if stack:
                    continue  # nested: dropping one half might pair the other with the outer bracket

                def build(rng: random.Random, opening: int = opening, close: int = at) -> Mutant:
                    gone = rng.choice((opening, close))
                    edit = replace(sample, Span(gone, gone + 1), "")
                    return mutant("bracket-dropped", sample, [edit], [gone], f"删去“{sample.text[gone]}”")

                yield build


@defect("placeholder-xx", "template-residue", "正文中一个数字改为占位符“XX”", "改动所在行")
def placeholder_xx(sample: Sample) -> Iterator[Build]:
    """A figure in prose replaced by the template placeholder XX."""
    for paragraph in prose(sample):
        for quantity in quantities(paragraph.span.start, paragraph.text):
            if in_claim(sample, quantity.span.start):
                continue

            def build(rng: random.Random, quantity: Quantity = quantity) -> Mutant:
                edit = replace(sample, quantity.span, "XX")
                note = f"{quantity.text}{quantity.unit} → XX{quantity.unit}"
                return mutant("placeholder-xx", sample, [edit], [quantity.span.start], note)

            yield build


_YEAR = re.compile(r"([0-9]{4}|[０-９]{4})年")


@defect(
    "result-year", "year-mismatch", "陈述本单位本年度成绩的句子中，报告年度改为上一年或下一年", "改动所在行"
)
def result_year(sample: Sample) -> Iterator[Build]:
    """The report year of a sentence about the unit's own results changed to the year before or after."""
    title = sample.report.title
    found = _YEAR.search(title)
    if found is None:
        return
    year = int(found.group(1).translate(_HALF_WIDTH))
    for paragraph in prose(sample):
        if any(any(w in h for w in OTHER_YEAR_SECTIONS) for h in sample.headings_above(paragraph)):
            continue
        for start, sentence in clauses(paragraph):
            if not any(w in sentence for w in SELF_SUBJECTS) or not any(w in sentence for w in RESULT_CUES):
                continue
            if any(w in sentence for w in OTHER_YEAR_CUES) or "《" in sentence or "〔" in sentence:
                continue
            for match in _YEAR.finditer(sentence):
                digits = match.group(1)
                if int(digits.translate(_HALF_WIDTH)) != year:
                    continue
                rest = sentence[match.end() :].removeprefix("度")
                if rest.startswith(NOT_YEAR_RESULT_AFTER):
                    continue
                span = Span(start + match.start(1), start + match.end(1))

                def build(rng: random.Random, span: Span = span, digits: str = digits) -> Mutant:
                    new = str(year + rng.choice((-1, 1)))
                    if digits[0] in "０１２３４５６７８９":
                        new = new.translate(_FULL_WIDTH)
                    edit = replace(sample, span, new)
                    return mutant("result-year", sample, [edit], [span.start], f"{digits}年 → {new}年")

                yield build


_ATTACHMENT = re.compile(r"^\s*附(?:件|表)\s*[0-9０-９]*\s*[：:]")


@defect("attachment-emptied", "missing-attachment", "删去“附件：…”之后的全部内容", "附件标题所在行")
def attachment_emptied(sample: Sample) -> Iterator[Build]:
    """Everything after an 附件 line deleted: the attachment keeps only its title."""
    paragraphs = sample.report.paragraphs
    for paragraph in paragraphs:
        if not _ATTACHMENT.match(paragraph.text):
            continue
        rest = [p for p in paragraphs[paragraph.index + 1 :] if not p.is_blank]
        if not rest or any(p.marker is not None and "\t" not in p.text for p in rest):
            continue

        def build(rng: random.Random, paragraph: Paragraph = paragraph) -> Mutant:
            edit = replace(sample, Span(paragraph.span.end, len(sample.text)), _line_break(sample))
            return mutant("attachment-emptied", sample, [edit], [paragraph.span.start], "删去附件内容")

        yield build


# ---- operators: arithmetic in prose (AR) ---------------------------------------------------------------------------


@defect(
    "breakdown-part",
    "breakdown-sum-mismatch",
    "其中所列的一个分项（金额或人数、件数）改大或改小",
    "分项或合计所在行",
)
def breakdown_part(sample: Sample) -> Iterator[Build]:
    """One part of a 其中 breakdown changed so the parts no longer add up to the total."""
    for breakdown in breakdowns(sample):
        for part in breakdown.parts:

            def build(
                rng: random.Random, part: Quantity = part, total: Quantity = breakdown.total
            ) -> Mutant | None:
                value = decimal_of(part.text)
                step = pick(rng, Decimal(1), Decimal(2), Decimal(5), Decimal(10), Decimal(20))
                value = value + step if rng.random() < 0.5 or value - step <= 0 else value - step
                new = written_like(value, part.text)
                if new is None:
                    return None
                edit = replace(sample, part.span, new)
                note = f"{part.text}{part.unit} → {new}{part.unit}（合计{total.text}{total.unit}）"
                return mutant("breakdown-part", sample, [edit], [part.span.start, total.span.start], note)

            yield build


@defect("breakdown-unit", "unit-mismatch", "其中所列的一个金额分项“万元”改为“元”（或反之）", "该分项所在行")
def breakdown_unit(sample: Sample) -> Iterator[Build]:
    """万元 written 元 (or 元 written 万元) in one part of a money breakdown."""
    swap = {"万元": "元", "元": "万元"}
    for breakdown in breakdowns(sample):
        for part in breakdown.parts:
            if part.unit not in swap:
                continue
            unit = Span(part.span.end, part.span.end + len(part.unit))

            def build(rng: random.Random, part: Quantity = part, unit: Span = unit) -> Mutant:
                edit = replace(sample, unit, swap[part.unit])
                note = f"{part.text}{part.unit} → {part.text}{swap[part.unit]}"
                return mutant("breakdown-unit", sample, [edit], [part.span.start], note)

            yield build


def _ratios(figures: list[Quantity]) -> list[Decimal]:
    out = []
    for a in figures:
        for b in figures:
            if a is not b and a.family == b.family and b.base != 0:
                out.append(a.base / b.base * 100)
    return out


def _matches(stated: Decimal, decimals: int, ratio: Decimal) -> bool:
    return abs(ratio - stated) <= Decimal(5).scaleb(-decimals - 1) + Decimal("1e-9")


@defect(
    "rate-value",
    "percentage-mismatch",
    "由同句数字算得的“X率为N%”改动1–5个百分点",
    "该比率所在行",
    # A changed 执行率 also changes the score recomputed from it.
    ("rate-claim-contradiction", "score-recompute-mismatch"),
)
def rate_value(sample: Sample) -> Iterator[Build]:
    """A stated X率 that its figures give (执行数 ÷ 预算数) changed by 1–5 percentage points."""
    for paragraph in prose(sample):
        for start, clause in clauses(paragraph):
            figures = quantities(start, clause)
            for match in _RATE.finditer(clause):
                if match.group(1).endswith(("变动率", "增长率", "调整率")):
                    continue
                like = match.group(2)
                stated, decimals = decimal_of(like), places(like)
                ratios = _ratios(figures)
                if not any(_matches(stated, decimals, r) for r in ratios):
                    continue
                span = Span(start + match.start(2), start + match.end(2))

                def build(
                    rng: random.Random, span: Span = span, like: str = like, ratios: list[Decimal] = ratios
                ) -> Mutant | None:
                    stated, decimals = decimal_of(like), places(like)
                    step = Decimal(rng.choice((1, 2, 3, 4, 5)))
                    value = (
                        stated - step
                        if stated + step > 100 >= stated or rng.random() < 0.5
                        else stated + step
                    )
                    if value <= 0 or any(_matches(value, decimals, r) for r in ratios):
                        return None
                    new = written_like(value, like)
                    if new is None:
                        return None
                    edit = replace(sample, span, new)
                    return mutant("rate-value", sample, [edit], [span.start], f"{like}% → {new}%")

                yield build


@defect(
    "rate-figures",
    "rate-claim-contradiction",
    "“控制率<100%”句中的实际数改为超过预算（编制）数，所写比率随之改算",
    "该句所在行",
)
def rate_figures(sample: Sample) -> Iterator[Build]:
    """The actual figure of a “控制率<100%” sentence raised above the budgeted one (and its stated rate with it)."""
    for paragraph in prose(sample):
        for start, clause in clauses(paragraph):
            if not AT_MOST_100.search(clause):
                continue
            figures = quantities(start, clause)
            numerators, denominators = [], []
            last = start
            for figure in figures:
                label = sample.text[last : figure.span.start]
                last = figure.span.end
                if any(w in label for w in DENOMINATOR_WORDS):
                    denominators.append(figure)
                elif any(w in label for w in NUMERATOR_WORDS):
                    numerators.append(figure)
            if len(numerators) != 1 or len(denominators) != 1:
                continue
            top, bottom = numerators[0], denominators[0]
            if top.family != bottom.family or top.base > bottom.base:
                continue
            rate = next(
                (
                    m
                    for m in _RATE.finditer(clause)
                    if _matches(decimal_of(m.group(2)), places(m.group(2)), top.base / bottom.base * 100)
                ),
                None,
            )
            rate_span = Span(start + rate.start(2), start + rate.end(2)) if rate else None

            def build(
                rng: random.Random,
                top: Quantity = top,
                bottom: Quantity = bottom,
                rate_span: Span | None = rate_span,
            ) -> Mutant | None:
                factor = Decimal(rng.choice((104, 108, 112, 115, 120, 125))) / 100
                value = decimal_of(bottom.text) * UNITS[bottom.unit][1] / UNITS[top.unit][1] * factor
                new = written_like(
                    value.quantize(Decimal(1).scaleb(-places(top.text)), rounding=ROUND_HALF_UP), top.text
                )
                if new is None or decimal_of(new) * UNITS[top.unit][1] <= bottom.base:
                    return None
                edits = [replace(sample, top.span, new)]
                note = f"{top.text}{top.unit} → {new}{top.unit}"
                if rate_span is not None:
                    like = shown(sample, rate_span)
                    ratio = decimal_of(new) * UNITS[top.unit][1] / bottom.base * 100
                    rate_text = written_like(
                        ratio.quantize(Decimal(1).scaleb(-places(like)), rounding=ROUND_HALF_UP), like
                    )
                    if rate_text is None:
                        return None
                    edits.append(replace(sample, rate_span, rate_text))
                    note += f"，{like}% → {rate_text}%"
                return mutant("rate-figures", sample, edits, [top.span.start], note)

            yield build


# ---- the catalogue of kinds ----------------------------------------------------------------------------------------

# ---- running -------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    kind: Kind
    registered: bool
    sites: int = 0
    mutants: int = 0
    detected: int = 0
    extras: list[tuple[Mutant, Diagnostic, int]] = field(default_factory=list)
    misses: list[Mutant] = field(default_factory=list)


def load_samples(folder: Path, linter: Linter) -> list[Sample]:
    samples = []
    for path in sorted(folder.glob("*.txt")):
        text = read_source(path).text
        parts = path.stem.split("_")
        level = LEVEL_NAMES.get(parts[1]) if len(parts) > 1 else None
        result = linter.lint_text(text, str(path))
        samples.append(Sample(path.name, text, level, result.report, result.diagnostics))
    return samples


def plant(kind: Kind, samples: list[Sample], per_kind: int, rng: random.Random) -> tuple[int, list[Mutant]]:
    sites = [build for sample in samples for build in kind.sites(sample)]
    order = list(range(len(sites)))
    rng.shuffle(order)
    mutants: list[Mutant] = []
    seen: set[str] = set()
    for i in order:
        if len(mutants) >= per_kind:
            break
        built = sites[i](rng)
        if built is None:
            continue
        key = built.sample.name + built.text
        if key in seen:
            continue
        seen.add(key)
        mutants.append(built)
    return len(sites), mutants


def score(kind: Kind, mutants: list[Mutant], linter: Linter, registered: bool) -> Outcome:
    outcome = Outcome(kind, registered, mutants=len(mutants))
    allowed = {kind.slug, *kind.consequences}
    for m in mutants:
        text = m.text
        result = linter.lint_text(text, m.sample.name)
        starts = line_starts(text)

        def line(offset: int, starts: list[int] = starts) -> int:
            return bisect.bisect_right(starts, offset)

        before = {(d.code, line(at)) for d in m.sample.baseline if (at := m.moved(d.span.start)) is not None}
        finders = {kind.slug, *kind.alternatives}
        if any(d.slug in finders and line(d.span.start) in m.lines for d in result.diagnostics):
            outcome.detected += 1
        else:
            outcome.misses.append(m)
        for d in result.diagnostics:
            where = line(d.span.start)
            if d.severity in REPORTED and d.slug not in allowed and (d.code, where) not in before:
                outcome.extras.append((m, d, where))
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    parser.add_argument(
        "--per-kind",
        type=int,
        default=DEFAULT_PER_KIND,
        help=f"mutants per kind (default {DEFAULT_PER_KIND})",
    )
    parser.add_argument("--kind", action="append", choices=[k.name for k in KINDS], help="only these kinds")
    parser.add_argument("--samples", type=Path, default=CLEAN, help="folder of clean samples (*.txt)")
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    parser.add_argument("--details", action="store_true", help="list every miss and every extra finding")
    parser.add_argument(
        "--list", action="store_true", help="print the catalogue of kinds (Markdown) and exit"
    )
    args = parser.parse_args(argv)
    if args.list:
        print(catalogue())
        return 0

    began = time.perf_counter()
    linter = Linter()
    samples = load_samples(args.samples, linter)
    if not samples:
        print(f"no samples in {args.samples}", file=sys.stderr)
        return 2
    slugs = {rule.slug for rule in registry.all_rules()}
    outcomes = []
    for kind in KINDS:
        if args.kind and kind.name not in args.kind:
            continue
        rng = random.Random(f"{args.seed}:{kind.name}")  # a kind's mutants do not depend on the others
        sites, mutants = plant(kind, samples, args.per_kind, rng)
        outcome = score(kind, mutants, linter, kind.slug in slugs)
        outcome.sites = sites
        outcomes.append(outcome)
    elapsed = time.perf_counter() - began

    render = markdown if args.format == "markdown" else plain
    print(render(outcomes, samples, args.seed, args.per_kind, elapsed))
    if args.details:
        print(details(outcomes, samples))
    return 0


# ---- output --------------------------------------------------------------------------------------------------------


def _rows(outcomes: list[Outcome]) -> list[list[str]]:
    rows = []
    for o in outcomes:
        if not o.registered:
            found, recall = "—", "rule not registered"
        elif o.mutants == 0:
            found, recall = "—", "no sites"
        else:
            found, recall = str(o.detected), f"{o.detected / o.mutants:.0%}"
        rows.append([o.kind.name, o.kind.slug, str(o.mutants), found, recall, str(len(o.extras))])
    return rows


_HEADER = ["kind", "expected rule", "mutants", "detected", "recall", "extra findings"]


def _clean_rows(samples: list[Sample]) -> list[list[str]]:
    rows = []
    for s in samples:
        bad = [d for d in s.baseline if d.severity in REPORTED]
        rows.append([s.name, s.level or "—", str(len(bad)), ", ".join(sorted({d.slug for d in bad})) or "—"])
    return rows


_CLEAN_HEADER = ["clean sample", "issuer level", "warnings+errors", "rules"]


def _width(text: str) -> int:
    return sum(2 if _HAN.match(ch) or "\u3000" <= ch <= "\uffef" else 1 for ch in text)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for n, row in enumerate([header, *rows]):
        cells = [c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _summary(outcomes: list[Outcome], samples: list[Sample], seed: int, per_kind: int) -> str:
    planted = sum(o.mutants for o in outcomes)
    scored = [o for o in outcomes if o.registered and o.mutants]
    found = sum(o.detected for o in scored)
    total = sum(o.mutants for o in scored)
    recall = f"{found / total:.0%}" if total else "—"
    return (
        f"seed {seed}, up to {per_kind} mutants per kind, {len(samples)} clean samples, {planted} mutants; "
        f"overall recall {found}/{total} ({recall}), extra findings {sum(len(o.extras) for o in outcomes)}"
    )


def _extra_counts(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        counts = Counter(d.slug for _, d, _ in o.extras)
        if counts:
            shown_counts = ", ".join(f"{slug} ×{n}" for slug, n in counts.most_common())
            lines.append(f"{o.kind.name}: {shown_counts}")
    return lines


def plain(outcomes: list[Outcome], samples: list[Sample], seed: int, per_kind: int, elapsed: float) -> str:
    parts = [
        _summary(outcomes, samples, seed, per_kind) + f" ({elapsed:.0f}s)",
        "",
        _table(_HEADER, _rows(outcomes)),
        "",
        "extra findings by rule:",
        *(f"  {line}" for line in _extra_counts(outcomes) or ["none"]),
        "",
        _table(_CLEAN_HEADER, _clean_rows(samples)),
    ]
    return "\n".join(parts)


def markdown(outcomes: list[Outcome], samples: list[Sample], seed: int, per_kind: int, elapsed: float) -> str:
    def md(header: list[str], rows: list[list[str]], right: set[int], code: set[int]) -> list[str]:
        lines = ["| " + " | ".join(header) + " |"]
        lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|")
        for row in rows:
            lines.append("| " + " | ".join(f"`{c}`" if i in code else c for i, c in enumerate(row)) + " |")
        return lines

    parts = [
        _summary(outcomes, samples, seed, per_kind),
        "",
        *md(_HEADER, _rows(outcomes), {2, 3, 4, 5}, {0, 1}),
        "",
        *(f"- {line}" for line in _extra_counts(outcomes)),
        "",
        *md(_CLEAN_HEADER, _clean_rows(samples), {2}, set()),
    ]
    return "\n".join(parts)


def catalogue() -> str:
    lines = [
        "| kind | expected rule | 怎样埋入 / how it is planted | 算作检出 / counts as found | 允许的连带发现 / accepted |"
    ]
    lines.append("|---|---|---|---|---|")
    for k in KINDS:
        accepted = ", ".join(f"`{s}`" for s in k.consequences) or "—"
        expected = " / ".join(f"`{s}`" for s in (k.slug, *k.alternatives))
        lines.append(f"| `{k.name}` | {expected} | {k.what} | {k.where} | {accepted} |")
    return "\n".join(lines)


def details(outcomes: list[Outcome], samples: list[Sample]) -> str:
    lines = []
    for o in outcomes:
        for m in o.misses if o.registered else []:
            lines.append(
                f"MISS  {o.kind.name} {m.sample.name}:{','.join(map(str, sorted(m.lines)))} {m.note}"
            )
        for m, d, where in o.extras:
            lines.append(
                f"EXTRA {o.kind.name} {m.sample.name}:{where} {d.code} {d.slug} {d.message.zh}  ({m.note})"
            )
    for s in samples:
        for d in s.baseline:
            if d.severity in REPORTED:
                lines.append(f"CLEAN {s.name}:{s.line(d.span.start)} {d.code} {d.slug} {d.message.zh}")
    return "\n".join(["", *lines]) if lines else ""


if __name__ == "__main__":
    sys.exit(main())
