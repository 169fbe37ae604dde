from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import chain

from linter import patterns
from linter.analysis.rounding import claim_slack, max_slack, score_slack
from linter.diagnostics import Span
from linter.model import ClaimKind, NodeKind, Report, Role, ScoreBlock, ScoreClaim, ScoreNode
from linter.rule import Context, Message, Rule
from rules.score.messages import label_key, name, num


class TableTextMismatch(Rule):
    """正文所述得分与自评表不一致。

    检查内容
        正文里某个指标（或整体）的自评得分、分值，与同一文件中自评表里同名指标的数值不同。

    为什么
        自评表是自评结果的载体，正文应与之一致；两处数字不同，评审无法判断哪个为准。

    反例
        ```text
        部门整体绩效自评得分为96分。
        （1）产出指标总分值为60分，自评分值为58分。
        一级指标	二级指标	分值	得分
        产出指标	数量指标	60	55
        效益指标	社会效益	40	40
        总分		100	95
        ```

    正例
        ```text
        部门整体绩效自评得分为95分。
        （1）产出指标总分值为60分，自评分值为55分。
        一级指标	二级指标	分值	得分
        产出指标	数量指标	60	55
        效益指标	社会效益	40	40
        总分		100	95
        ```
    """

    code = "SC401"
    slug = "table-text-mismatch"
    summary_en = "A score stated in the text differs from the score table"

    def check(self, report: Report, ctx: Context) -> None:
        table_blocks = [b for b in report.blocks if b.table is not None]
        if not table_blocks:
            return
        # Every table's nodes by name: a file may hold several projects' forms, and the text states each
        # project's scores; it differs from the tables only where it differs from every one that names the node.
        in_table: dict[str, list[ScoreNode]] = {}
        first_level: dict[str, list[ScoreNode]] = {}  # the tables' first-level indicators, by the framework's names
        for block in table_blocks:
            for node in (n for top in block.nodes for n in top.walk()):
                in_table.setdefault(label_key(node.label), []).append(node)
            if block.first_level:
                for node in block.nodes:
                    if node.key is not None:
                        first_level.setdefault(node.key, []).append(node)
        named_totals = ((node, True) for node in _named_totals(report, table_blocks))  # 效益指标合计得29.5分
        for node, named in chain(_text_nodes(report), named_totals):
            others = _named_alike(in_table, node.label)
            if not others and named and node.key is not None:
                others = first_level.get(node.key)  # 效益指标完成情况（分值30分，得分28分） and the table's 效益指标
            if not others or not node.label:
                continue
            scores = [(o, o.score_value, score_slack(o)) for o in others]
            self._compare(ctx, node, node.score, _nearest(node, scores), "自评得分", "self-score")
            if node.max is not None:
                maxima = [(o, o.max_value, max_slack(o)) for o in others]
                self._compare(ctx, node, node.max, _nearest(node, maxima), "分值", "points")
        if report.overall is not None:
            totals = [b.total_score for b in table_blocks if b.total_score is not None]
            if not totals or any(t.value == report.overall.value for t in totals):
                return
            total = min(totals, key=lambda t: abs(t.span.start - report.overall.span.start))
            ctx.report(
                report.overall.span,
                Message(
                    f"正文整体自评得分{num(report.overall.value)}分，自评表总分为{num(total.value)}分",
                    f"the text states an overall score of {num(report.overall.value)}, "
                    f"the table's total is {num(total.value)}",
                ),
                related=((total.span, Message("自评表总分", "table total")),),
            )

    def _compare(
        self,
        ctx: Context,
        node: ScoreNode,
        claim: ScoreClaim | None,
        candidates: list[tuple[ScoreNode, Decimal | None, Decimal]],
        zh: str,
        en: str,
    ) -> None:
        """Report ``claim`` where it differs from every table's value (each a node, its value and how far rounding
        evenly split shares may put it off: 正文分值10分 for three rows of 3.33) by more than rounding explains; the
        message names the nearest table's value."""
        known: list[tuple[ScoreNode, Decimal, Decimal]] = [(o, v, d) for o, v, d in candidates if v is not None]
        if claim is None or not known:
            return
        if any(v == claim.value or abs(v - claim.value) <= slack + claim_slack(claim) for _, v, slack in known):
            return
        other, value, _ = known[0]
        anchor = other.score.span if zh == "自评得分" and other.score else other.span
        ctx.report(
            claim.span,
            Message(
                f"{name(node)}：正文{zh}{num(claim.value)}分，自评表为{num(value)}分",
                f"{name(node)}: the text states {en} {num(claim.value)}, the table {num(value)}",
            ),
            related=((anchor, Message("自评表中的数值", "value in the table")),),
        )


def _named_alike(in_table: dict[str, list[ScoreNode]], label: str) -> list[ScoreNode] | None:
    """The table rows named ``label``, or named as its words before a figure: the text names an indicator with
    its result run on (培训合格率93.6%，……得8.5分 for the row 培训合格率)."""
    key = label_key(label)
    found = in_table.get(key)
    if found:
        return found
    figure = _FIGURE.search(key)
    return in_table.get(key[: figure.start()]) if figure is not None and figure.start() >= 3 else None


_FIGURE = patterns.compile("[0-9０-９]")


def _nearest(
    node: ScoreNode, candidates: list[tuple[ScoreNode, Decimal | None, Decimal]]
) -> list[tuple[ScoreNode, Decimal | None, Decimal]]:
    """``candidates`` nearest ``node`` first (the table of its own project, in a file of several)."""
    return sorted(candidates, key=lambda c: abs(c[0].span.start - node.span.start))


def _named_totals(report: Report, tables: list[ScoreBlock]) -> Iterator[ScoreNode]:
    """A first-level indicator's score told in the narrative as a total of its own (产出指标合计得48分) where the
    text scores none of its items, so no node of the text holds it: a node of its own, named as the table names it."""
    framework = report.framework
    if framework is None:
        return
    held = {id(c) for block in report.blocks for top in block.nodes for n in top.walk() for c in n.scores}
    in_tables = {id(p) for block in tables if block.table is not None for p in block.table.paragraphs}
    for paragraph in report.paragraphs:
        if id(paragraph) in in_tables:
            continue
        for claim in paragraph.claims:
            if claim.role is not Role.SUBTOTAL or claim.kind is not ClaimKind.SCORE or id(claim) in held:
                continue
            before = paragraph.text[: claim.span.start - paragraph.span.start]
            word = next((w for w in _TOTAL_WORDS if before.endswith("指标" + w)), None)
            if word is None:
                continue
            start = max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1
            label = before[start : -len(word)].strip()
            indicator = framework.match(label)
            if indicator is not None:
                at = paragraph.span.start + start
                yield ScoreNode(NodeKind.INDICATOR, label, Span(at, at + len(label)), scores=[claim], key=indicator.key)


_TOTAL_WORDS = ("合计", "共计", "小计", "累计")
_CLAUSE_MARKS = "，,。；;：:"


def _text_nodes(report: Report) -> Iterator[tuple[ScoreNode, bool]]:
    """The text's score nodes, each with whether it is a first-level indicator of a block read as the first level
    (the first-level scores a conclusion restates are)."""
    for restatement in report.restatements:
        for item in restatement.items:
            yield item, True
    for block in report.blocks:
        if block.table is None:
            for top in block.nodes:
                yield top, block.first_level
                for node in top.walk():
                    if node is not top:
                        yield node, False
