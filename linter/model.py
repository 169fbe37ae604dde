"""The typed report model that rules consume. Rules never see lark trees."""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar, Generic, NamedTuple, TypeVar

from linter import patterns
from linter.diagnostics import Span
from linter.frameworks import Framework

# On Python 3.11 a member read through its class (``Role.ITEM``) goes through ``EnumType.__getattr__``'s hook,
# about twenty times the cost of reading a module name: code that compares members for every claim or node binds
# them to names once (linter/parse/).


class Family(StrEnum):
    """Numbering families of Chinese official documents, outermost first."""

    PART = "part"  # 第一部分
    CHAPTER = "chapter"  # 第一章
    SECTION = "section"  # 第一节
    CN = "cn"  # 一、
    PAREN_CN = "paren_cn"  # （一）
    ARABIC = "arabic"  # 1、 1. 1．
    PAREN_ARABIC = "paren_arabic"  # （1）
    HALF_PAREN_ARABIC = "half_paren_arabic"  # 1） 1)
    CIRCLED = "circled"  # ①


@dataclass(slots=True, unsafe_hash=True)
class Marker:
    """A numbering marker such as 一、 （1） 2. ①."""

    family: Family
    value: int
    span: Span
    text: str
    inline: bool = False  # started after a colon inside a paragraph (“主要成效：1、…”)

    @property
    def label(self) -> str:
        return self.text.strip()


class ClaimKind(StrEnum):
    MAX = "max"  # 分值为2分, 满分10分, （10分）
    SCORE = "score"  # 得3分, 自评得分为96分


class Role(StrEnum):
    """What a claim's number does beyond being a maximum or a score (the phrase around it says so)."""

    ITEM = "item"  # an indicator's own 分值 or 得分
    SUBTOTAL = "subtotal"  # 产出指标合计得48分, 本项得8分, a 小计 row: the sum of the items above it
    EACH = "each"  # 以下各项分值均为10分, 各得2分: the value of each of several items
    EXTERNAL = "external"  # 全省考核得分95.6分, 满意度测评得分92.3分: not one of the report's indicator scores
    BASE = "base"  # 基础得分99分: the overall score before a declared bonus
    FULL = "full"  # 均得满分: the item's full points, whatever they are
    RULE = "rule"  # 评分标准：…相匹配的得4分, 达到95%得满分: what a scoring rule gives, not a score given


WEIGHT = "权重%"  # the keyword of a weight in per cent (权重10%), which is the indicator's points


@dataclass(slots=True, unsafe_hash=True)
class ScoreClaim:
    kind: ClaimKind
    value: Decimal
    span: Span  # the whole phrase, e.g. 分值为2分
    value_at: tuple[int, int]  # where just the number stands: its start and end offsets
    keyword: str  # the phrase's leading keyword, e.g. 分值 / 自评得分 / 得
    total: bool = False  # a section total or overall statement (总分值, 自评分值, 自评得分)
    role: Role = Role.ITEM
    count: int = 0  # 共3项，各5分: the number of items the value is the total of

    @property
    def weight(self) -> bool:
        """A weight in per cent (权重10%), read as the indicator's points."""
        return self.keyword == WEIGHT

    @property
    def value_span(self) -> Span:
        """Just the number (made when asked for: the parser makes a claim for every phrase it reads, and no
        rule reads this)."""
        return Span(*self.value_at)


class Boundary(StrEnum):
    CLAUSE = "clause"  # ；
    SENTENCE = "sentence"  # 。
    BREAKDOWN = "breakdown"  # 其中
    COLON = "colon"  # ： right after an item's points and score (一是预算执行情况（14分），得12.5分：…): its parts follow


@dataclass(slots=True)
class Paragraph:
    """One line of the source (a paragraph in plain-text reports)."""

    index: int
    span: Span  # the content, without the line break
    text: str
    marker: Marker | None = None
    claims: list[ScoreClaim] = field(default_factory=list)

    @property
    def body_start(self) -> int:
        return self.marker.span.end if self.marker else self.span.start

    @property
    def is_blank(self) -> bool:
        return not self.text or self.text.isspace()  # what strip() would empty, without the copy


@dataclass(slots=True, eq=False)
class NumberedList:
    """Consecutive sibling items of one numbering level."""

    family: Family  # the family of its first item
    items: list[Paragraph] = field(default_factory=list)
    parent: Paragraph | None = None

    def markers(self) -> list[Marker]:
        return [p.marker for p in self.items if p.marker is not None]


def _no_parent() -> None:
    return None


N = TypeVar("N")


class _Parent(Generic[N]):
    """A tree node's ``parent``, kept as a weak reference in the node's ``_parent`` field: the tree holds no
    reference cycle, so a report is freed as soon as it is dropped, without the cyclic collector walking all its
    objects. A tree lives as long as what holds its top (``Report.root``, the score blocks)."""

    def __get__(self, node: Any, owner: type | None = None) -> N | None:
        parent: N | None = node._parent()
        return parent

    def __set__(self, node: Any, parent: N | None) -> None:
        node._parent = _no_parent if parent is None else weakref.ref(parent)


@dataclass(slots=True, eq=False, weakref_slot=True)
class Section:
    """A numbered heading and everything up to its next sibling or ancestor."""

    heading: Paragraph | None  # None for the document root
    children: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)  # body paragraphs, not in children
    _parent: Callable[[], Section | None] = field(default=_no_parent, repr=False)
    parent: ClassVar[_Parent[Section]] = _Parent()

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


_UNSET: Any = object()  # a value not yet worked out
_UNREAD: Any = object()  # a value that needs a score no one can read


class NodeKind(StrEnum):
    SECTION = "section"  # a numbered heading that states a total (（2）管理效率总分值22分，自评分值为20分)
    INDICATOR = "indicator"  # an indicator with its 分值 and/or 得分
    PART = "part"  # a part listed after 其中 inside an indicator


@dataclass(slots=True, eq=False, weakref_slot=True)
class ScoreNode:
    """An indicator, section or part of the score tree."""

    kind: NodeKind
    label: str
    span: Span  # where the node is named (its label or first claim)
    max: ScoreClaim | None = None
    scores: list[ScoreClaim] = field(default_factory=list)
    children: list[ScoreNode] = field(default_factory=list)
    _parent: Callable[[], ScoreNode | None] = field(default=_no_parent, repr=False)
    key: str | None = None  # the framework indicator it names (budget-execution, output …), when it names one
    uncertain: bool = False  # its items cannot all be told apart (各得10分 over an unstated number of items)
    unreadable: bool = False  # its score is written as something that cannot be read (a formula without its value)
    deducted: ScoreClaim | None = None  # the deduction told between its points and its score (（6分），……扣1分，得5分)
    # Its values, worked out when first asked for: the rules ask about most nodes, many more than once. The tree
    # is complete when the parser returns it; nothing reads a value before.
    _score_value: Any = field(default=_UNSET, init=False, repr=False, compare=False)
    _max_value: Any = field(default=_UNSET, init=False, repr=False, compare=False)
    _recomputed: Any = field(default=_UNSET, init=False, repr=False, compare=False)
    parent: ClassVar[_Parent[ScoreNode]] = _Parent()

    @property
    def score(self) -> ScoreClaim | None:
        """The node's own stated 得分 (its first score claim)."""
        return self.scores[0] if self.scores else None

    @property
    def score_value(self) -> Decimal | None:
        """The points this node contributes to its parent (worked out once, when first asked for).

        One score, or the same score restated (“得10分……，得10分”), counts once; different scores
        within one indicator (“……得3分，预算调整率……得0分”) are its components and add up. A node
        without a score of its own counts the sum of its children when all of them have one.
        """
        value = self._score_value
        if value is _UNSET:
            value = self._score_value = self._own_score()
        return value

    def _own_score(self) -> Decimal | None:
        if self.scores:
            first = self.scores[0].value
            if all(c.value == first for c in self.scores):
                return first
            return sum((c.value for c in self.scores), Decimal(0))
        values = [c.score_value for c in self.children]
        if values and all(v is not None for v in values):
            return sum((v for v in values if v is not None), Decimal(0))
        return None

    def recomputed_value(self) -> Decimal | None:
        """Its score worked out again from the leaves up: the sum of its children's recomputed values when it has
        children whose items can be told apart, else its own score. A leaf without a score counts 0 towards its
        parent (a reviewer gives no points for an indicator left unscored; missing-score reports it)."""
        value = self._recomputed
        if value is _UNSET:
            value = self._recomputed = self._recompute()
        return None if value is _UNREAD else value

    @property
    def hides_score(self) -> bool:
        """Its recomputed value needs a score that cannot be read (its own or one below it)."""
        self.recomputed_value()
        return self._recomputed is _UNREAD

    def _recompute(self) -> Any:
        if self.unreadable:
            return _UNREAD
        if self.children and not self.uncertain:
            total = Decimal(0)
            for child in self.children:
                part = child.recomputed_value()
                if child._recomputed is _UNREAD:
                    return _UNREAD
                total += part or Decimal(0)
            return total
        return self.score_value

    @property
    def max_value(self) -> Decimal | None:
        """The node's 分值, or the sum of its children's when it states none and all of them do (worked out once)."""
        value = self._max_value
        if value is _UNSET:
            value = self._max_value = self._own_max()
        return value

    def _own_max(self) -> Decimal | None:
        if self.max is not None:
            return self.max.value
        values = [c.max_value for c in self.children]
        if values and all(v is not None for v in values):
            return sum((v for v in values if v is not None), Decimal(0))
        return None

    def walk(self) -> Iterator[ScoreNode]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True, eq=False)
class ScoreBlock:
    """Sibling top-level score sections stated together (the six 一级指标 of one score statement, or one table)."""

    nodes: list[ScoreNode]
    parent: Section | None = None  # the section under which they are stated
    table: Table | None = None  # set when the block comes from a score table
    total_max: ScoreClaim | None = None  # a table's 总分 row
    total_score: ScoreClaim | None = None
    base_score: ScoreClaim | None = None  # a table's 基础得分 row, when a 加分 row lifts its total
    bonus: list[ScoreClaim] = field(default_factory=list)  # a table's 加分项 rows: scores with no points of their own
    bonus_max: list[ScoreClaim] = field(default_factory=list)  # their 分值 (最高3分), which a 合计 row may include
    funds: ScoreNode | None = None  # a table's 项目资金 row: the execution rate's points and score
    first_level: bool = False  # its nodes are the report's first-level indicators (by the framework's names)
    weighted: bool = False  # a table whose points column is 权重 (四川-style forms: weights set for each project)
    borrowed: list[ScoreNode] = field(default_factory=list)  # first-level nodes stated elsewhere (预算执行率)

    def first_level_nodes(self) -> list[ScoreNode]:
        """Its first-level nodes with those borrowed from elsewhere; an indicator stated twice (the funds row
        and a 预算执行率 row of one table) counts once."""
        seen: set[str] = set()
        out = []
        for node in [*self.borrowed, *self.nodes]:
            if node.key is not None:
                if node.key in seen:
                    continue
                seen.add(node.key)
            out.append(node)
        return out


@dataclass(slots=True, eq=False)
class Restatement:
    """A sentence that restates the first-level scores and the total (其中预算执行率9.7分、产出48分……)."""

    items: list[ScoreNode]
    total: ScoreClaim


@dataclass(slots=True, unsafe_hash=True)
class TableCell:
    row: int  # 0-based within the table
    column: int  # 0-based
    span: Span
    text: str


@dataclass(slots=True, eq=False)
class Table:
    """Consecutive tab-separated lines (a table of a .docx/.xlsx/.pdf, or a table typed into a text file)."""

    paragraphs: list[Paragraph]
    rows: list[list[TableCell]]
    # rows with numbers whose 分值 and 得分 could not be told apart (cells set apart by spaces, some left blank)
    unread: set[int] = field(default_factory=set)


class IssuerFound(StrEnum):
    """How the issuer's level was found."""

    CONFIG = "config"  # the configuration's issuer-level, which overrides the text
    TITLE = "title"  # the place names of the title
    LABEL = "label"  # an issuer line near the top (编制单位：……)


class Issuer(NamedTuple):
    """The body that issues the report, as far as its administrative level goes."""

    level: str  # 区 县 市 州 旗, or a township's 镇 乡 街道 苏木
    name: str  # the place name it was found as (咸安区); empty when configured
    span: Span | None  # where it was found; None when configured
    found: IssuerFound = IssuerFound.CONFIG

    @property
    def configured(self) -> bool:
        """Whether the configuration's issuer-level set it (rather than the text)."""
        return self.found is IssuerFound.CONFIG


@dataclass(slots=True, eq=False, weakref_slot=True)
class Report:
    path: str
    text: str
    paragraphs: list[Paragraph]
    root: Section
    lists: list[NumberedList]
    blocks: list[ScoreBlock]
    tables: list[Table] = field(default_factory=list)
    overall: ScoreClaim | None = None  # 部门整体绩效自评得分为96分
    overall_max: ScoreClaim | None = None  # a stated 总分 for the whole report, if any
    overall_base: ScoreClaim | None = None  # 基础得分99分 where a declared bonus lifts the overall score
    # 加分项1.5分, 扣分项0.5分 stated with the overall score, which includes them (deductions negative)
    overall_bonus: list[ScoreClaim] = field(default_factory=list)
    restatements: list[Restatement] = field(default_factory=list)
    framework: Framework | None = None  # the indicator framework the report follows, when it can be told
    framework_reason: str = ""  # why that framework was chosen
    title: str = ""
    _line_starts: list[int] = field(default_factory=list, repr=False)
    # What rules share about the report, each worked out when first asked for: a ``linter.analysis.Facts``, set
    # by the parser (the analysis layer reads the model, so the model does not name its type).
    facts: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._line_starts:
            self._line_starts = line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a 0-based offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @property
    def issuer(self) -> Issuer | None:
        """The issuing body's administrative level, and how it was found (see ``linter.analysis.issuer``);
        worked out once, when first asked for."""
        issuer: Issuer | None = self.facts.issuer
        return issuer

    def score_nodes(self) -> Iterator[ScoreNode]:
        for block in self.blocks:
            for node in block.nodes:
                yield from node.walk()

    def claims(self) -> Iterator[ScoreClaim]:
        for paragraph in self.paragraphs:
            yield from paragraph.claims


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; CRLF, CR and LF all end a line."""
    breaks = LINE_BREAK if "\r" in text else _NEWLINE  # a text without CR: a search for one character, faster
    return [0, *(m.end() for m in breaks.finditer(text))]


LINE_BREAK = patterns.compile(r"\r\n|\r|\n")  # what ends a line: CRLF, CR or LF
_NEWLINE = patterns.compile(r"\n")
