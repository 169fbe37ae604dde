from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from linter import patterns
from linter.analysis.scan import paragraphs_with
from linter.diagnostics import Severity, Span
from linter.model import ClaimKind, Paragraph, Report, Role, ScoreClaim, ScoreNode, TableCell
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule
from rules.score.cells import cell_number
from rules.score.messages import label_key, num

_NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_STATED = patterns.compile(rf"得分率\s*(?:为|是|达到|达|：|:)?\s*({_NUMBER})\s*[%％]")
_SENTENCE_END = "。；;！？!?"
_HEADER_NOISE = patterns.compile(r"[\s（）()％%]")
_POINTS_HEADERS = ("分值", "权重", "标准分", "满分")
_SCORE_HEADERS = ("得分", "自评得分", "评价得分", "实际得分")
_OWN_ROLES = (Role.ITEM, Role.SUBTOTAL)
_HEADING_NAME = patterns.compile(r"[^\s，,。；;：:（(．.、]{2,20}(?=$|[\s，,。；;：:（(．.])")


class ScoreRateMismatch(Rule):
    """写明的得分率与得分、分值算不出来。

    检查内容
        正文在同一句里先写分值和得分、紧接着写得分率（“效益指标分值30分，得分27分，得分率90%”；分值也可以写在
        该指标的标题里：“（一）资产管理（分值10分）”下的“……得9.5分，得分率为95%”；或只写在评分表里与该指标或其标题
        同名、得分相同的一行：“资产管理	10	9.5”），
        或评分表有“分值”“得分”“得分率”三列时，得分率应为 得分 ÷ 分值。允许所写小数位数带来的舍入和截断
        （29÷30 写成 96.67% 或 96.66% 都不报）。得分率前面不是紧挨着的一个分值和一个得分时（问卷的得分率、
        几项指标合写的一句）不检查。

    为什么
        得分率是评审最先看的数，它和得分、分值对不上，读者就不知道哪个数是对的；多半是改了得分而忘了改得分率，
        或者照抄了别的指标。

    反例
        ```text
        效益指标分值30分，得分27分，得分率99%。
        ```

    正例
        ```text
        效益指标分值30分，得分27分，得分率90%。
        服务对象满意度调查共回收问卷320份，问卷得分率96.5%。
        ```
    """

    code = "SC703"
    slug = "score-rate-mismatch"
    summary_en = "A stated score rate does not equal the score divided by the points"
    severity = Severity.ERROR

    def check(self, report: Report, ctx: Context) -> None:
        owners: _Owners | None = None  # each score's node and the tables' points by name, when first needed
        for paragraph in paragraphs_with(report, _STATED):
            if owners is None:
                owners = _owners(report)
            self._prose(report, paragraph, ctx, owners)
        for table in report.tables:
            self._table(table.rows, ctx)

    def _prose(self, report: Report, paragraph: Paragraph, ctx: Context, owners: _Owners) -> None:
        text = report.text
        for found in _STATED.finditer(text, paragraph.span.start, paragraph.span.end):
            start = found.start()
            sentence = max(text.rfind(mark, paragraph.span.start, start) for mark in _SENTENCE_END) + 1
            before = [c for c in paragraph.claims if sentence <= c.span.start and c.span.end <= start]
            pair = _points_and_score(before[-2:]) or _score_of_node(before[-1:], paragraph, owners)
            stated = to_decimal(found.group(1))
            if pair is None or stated is None:
                continue
            points, score = pair
            where = Span(found.start(1), found.end())
            written = text[where.start : where.end]
            rate = (stated, _decimals(found.group(1)), written)
            self._compare(ctx, where, rate, (score.value, score.span), (points.value, points.span))

    def _table(self, rows: list[list[TableCell]], ctx: Context) -> None:
        columns: tuple[int, int, int] | None = None
        for row in rows:
            header = _header(row)
            if header is not None:
                columns = header
                continue
            if columns is None:
                continue
            cells = [cell_number(row[i]) if i < len(row) else None for i in columns]
            points, score, rate = cells
            if points is None or score is None or rate is None:
                continue
            percent = rate[2] or rate[0] > 1  # 92.0% or 92.0, else a fraction: 0.92
            value = rate[0] if percent else rate[0] * 100
            decimals = rate[1] if percent else max(0, rate[1] - 2)
            written = row[columns[2]].text.strip()
            self._compare(ctx, rate[3], (value, decimals, written), (score[0], score[3]), (points[0], points[3]))

    def _compare(
        self,
        ctx: Context,
        where: Span,
        rate: tuple[Decimal, int, str],
        score: tuple[Decimal, Span],
        points: tuple[Decimal, Span],
    ) -> None:
        if points[0] <= 0 or score[0] > points[0]:
            return  # no points to divide by; a score above them is score-above-max's
        stated, decimals, written = rate  # in %, with the decimals of the % written, and as written
        actual = score[0] / points[0] * 100
        if abs(actual - stated) < Decimal(1).scaleb(-decimals):  # rounded or cut off at the decimals written
            return
        shown = num(actual.quantize(Decimal("0.01")).normalize())
        ctx.report(
            where,
            Message(
                f"得分率{written}与得分、分值不符：{num(score[0])}÷{num(points[0])}≈{shown}%",
                f"score rate {written} does not follow from the score and points: "
                f"{num(score[0])}/{num(points[0])} ≈ {shown}%",
            ),
            related=((score[1], Message("得分", "score")), (points[1], Message("分值", "points"))),
        )


class _Owners(NamedTuple):
    nodes: dict[int, ScoreNode]  # the node of each score claim, by the claim's id
    in_tables: dict[str, list[ScoreNode]]  # the score tables' indicators with a 分值, by label_key of their names
    headings: dict[int, Paragraph]  # the heading each paragraph stands under (or is), by paragraph index


def _owners(report: Report) -> _Owners:
    nodes: dict[int, ScoreNode] = {}
    in_tables: dict[str, list[ScoreNode]] = {}
    for block in report.blocks:
        for node in (n for top in block.nodes for n in top.walk()):
            nodes.update((id(c), node) for c in node.scores)
            if block.table is not None and node.max is not None and node.label:
                in_tables.setdefault(label_key(node.label), []).append(node)
    headings: dict[int, Paragraph] = {}
    for section in report.root.walk():
        if section.heading is not None:
            headings[section.heading.index] = section.heading
            headings.update((p.index, section.heading) for p in section.paragraphs)
    return _Owners(nodes, in_tables, headings)


def _score_of_node(
    last: list[ScoreClaim], paragraph: Paragraph, owners: _Owners
) -> tuple[ScoreClaim, ScoreClaim] | None:
    """The 分值 of the indicator whose score is the one claim right before the rate, stated elsewhere: in its
    heading (（一）资产管理（分值10分） above …得9.5分，得分率为95%), else in the score table's row named as the
    indicator or its heading with the same score (（四）资产管理。……得9.5分，得分率为95% and the row 资产管理	10	9.5:
    a sub-indicator's score under the heading is not the row's), when the tables give that name one 分值."""
    if len(last) != 1 or last[0].kind is not ClaimKind.SCORE or last[0].role not in _OWN_ROLES:
        return None
    node = owners.nodes.get(id(last[0]))
    if node is None or len(node.scores) != 1 or node.children:
        return None
    parent = node.parent
    if node.max is None and parent is not None and len(parent.children) == 1 and parent.scores in ([], node.scores):
        node = parent  # the score told on the line under its heading: the heading's 分值
    if node.max is not None:
        return node.max, last[0]
    heading = owners.headings.get(paragraph.index)
    for name in (node.label, _heading_name(heading) if heading is not None else ""):
        rows = [n for n in owners.in_tables.get(label_key(name), []) if n.score_value == last[0].value] if name else []
        if rows and len({n.max_value for n in rows}) == 1 and rows[0].max is not None:
            return rows[0].max, last[0]
    return None


def _heading_name(heading: Paragraph) -> str:
    """What a heading names: its words after the number, up to the first mark (（四）资产管理。资产账实相符… →
    资产管理)."""
    assert heading.marker is not None
    found = _HEADING_NAME.match(heading.text, heading.marker.span.end - heading.span.start)
    return found.group() if found else ""


def _decimals(number: str) -> int:
    return len(number.replace("．", ".").partition(".")[2])


def _points_and_score(last_two: list[ScoreClaim]) -> tuple[ScoreClaim, ScoreClaim] | None:
    """The 分值 and the 得分 that the score rate right after them divides: the last two claims before it, one of
    each kind, each an indicator's own (分值30分，得分27分 or 得27分（满分30分）)."""
    if len(last_two) != 2 or any(c.role not in _OWN_ROLES for c in last_two):
        return None
    points = [c for c in last_two if c.kind is ClaimKind.MAX]
    scores = [c for c in last_two if c.kind is ClaimKind.SCORE]
    if len(points) != 1 or len(scores) != 1:
        return None
    return points[0], scores[0]


def _header(row: list[TableCell]) -> tuple[int, int, int] | None:
    """The columns of the 分值, the 得分 and the 得分率 when ``row`` is a header naming all three."""
    texts = [_HEADER_NOISE.sub("", c.text) for c in row]
    rate = next((i for i, t in enumerate(texts) if t.startswith("得分率")), None)
    if rate is None:
        return None
    points = next((i for i, t in enumerate(texts) if t.startswith(_POINTS_HEADERS)), None)
    score = next((i for i, t in enumerate(texts) if t.startswith(_SCORE_HEADERS) and i != rate), None)
    return None if points is None or score is None else (points, score, rate)
