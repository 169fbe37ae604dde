from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from linter.analysis.rounding import scores_rounded as _rounded
from linter.diagnostics import Span
from linter.model import Report, ScoreClaim, ScoreNode
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num, terms


@dataclass(frozen=True)
class Options:
    tolerance: Decimal = field(default=Decimal("0"), metadata={"doc": "允许的差额（分），用于四舍五入"})


class ScoreSumMismatch(Rule):
    """分项得分之和与上级自评分不符。

    检查内容
        一个指标的各分项得分相加，不等于该指标自己声明的自评分；各一级指标得分相加，不等于报告的整体自评得分。
        只要有一个分项没有得分，就不做加总（由 missing-score 报告）；只列出一个没有自己分值的分项时（往往只是说明扣分），
        也不做加总。把整数平均分成几份、写到两位小数的分项（10分分三项，各3.33分），合计只差四舍五入的零头时不报。
        自评表在“总分”行下列出“加分项”、再写“最终得分”（总得分（含加分））时，总分与一级指标之和核对，最终得分与
        总分加上加分核对。正文写明整体得分的构成（基础分96分，加分项1.5分，扣分项0.5分，综合得分97分；综合得分97.5分
        （含加分1.5分））时，一级指标之和与基础分（未写基础分时与综合得分减去加分、加回扣分）核对，基础分加上加分、减去
        扣分与综合得分核对。

    为什么
        合计对不上，说明要么分项、要么合计填错了，评审会要求说明。

    反例
        ```text
        （1）满意度总分值为10分，自评分为9分
        其中：社会公众满意度得4分；服务对象满意度得4分。
        ```

    正例
        ```text
        （1）满意度总分值为10分，自评分为8分
        其中：社会公众满意度得4分；服务对象满意度得4分。
        ```
    """

    code = "SC201"
    slug = "score-sum-mismatch"
    summary_en = "Parts' self-scores do not add up to the stated self-score"
    Options = Options

    def check(self, report: Report, ctx: Context) -> None:
        tolerance: Decimal = self.options.tolerance
        for node in report.facts.score_nodes:
            stated = node.score
            if stated is None or not node.children or node.uncertain:
                continue
            scores = [c.score_value for c in node.children]
            if any(v is None for v in scores):
                continue
            parts = [v for v in scores if v is not None]
            total = sum(parts, Decimal(0))
            if abs(total - stated.value) > tolerance and not _rounded(total, stated.value, node.children):
                if abs(_corrected(node.children) - stated.value) <= tolerance:
                    continue  # a part's own score is wrong (its items say so, and it is reported), not this one
                self._report(ctx, node, stated.span, stated.value, parts, total)
        table_totals = {b.total_score.value for b in report.blocks if b.table is not None and b.total_score}
        self._with_bonus(ctx, report.overall_base, report.overall, report.overall_bonus, tolerance)
        for block in report.blocks:
            self._with_bonus(ctx, block.base_score, block.total_score, block.bonus, tolerance)
            if block.first_level:
                stated = block.base_score or block.total_score
                bonus = [c.value for c in block.bonus] if block.base_score is None else []
                quiet: set[Decimal] = set()
                if stated is None and block.table is None:
                    stated = report.overall_base or report.overall
                    quiet = table_totals  # the text's sections agree with the table: table-text-mismatch says it
                    if report.overall_base is None and report.overall_bonus:
                        # 综合得分97.5分（含加分1.5分）: the sections add up to the score without the bonus
                        # (or to the score itself: whether the bonus was in it is then not told)
                        bonus = [c.value for c in report.overall_bonus]
                        if stated is not None and _sum(block.first_level_nodes()) == stated.value:
                            continue
                    if stated is not None and _as_in_table(report, block.first_level_nodes()) == stated.value:
                        continue  # with the table's score for the section the text restates wrongly, it adds up
                base = stated is not None and stated is report.overall_base
                self._total(ctx, block.first_level_nodes(), stated, tolerance, quiet, bonus, base=base)
        for restatement in report.restatements:
            framework = report.framework
            keys = {n.key for n in restatement.items}
            if framework is not None and keys >= {i.key for i in framework.first_level}:
                quiet = table_totals if restatement.total is report.overall else frozenset()
                if _as_in_table(report, restatement.items) == restatement.total.value:
                    continue  # the score restated wrongly differs from the table: table-text-mismatch says which
                self._total(ctx, restatement.items, restatement.total, tolerance, quiet)

    def _total(
        self,
        ctx: Context,
        nodes: list[ScoreNode],
        stated: ScoreClaim | None,
        tolerance: Decimal,
        quiet: set[Decimal] | frozenset[Decimal] = frozenset(),
        bonus: list[Decimal] | None = None,
        *,
        base: bool = False,
    ) -> None:
        """``bonus``: the 加分项 rows' scores, which the total score includes on top of the first level's;
        ``base``: ``stated`` is the score before the bonus (基础得分)."""
        known = [n.score_value for n in nodes]
        if stated is None or not nodes or any(v is None for v in known):
            return
        parts = [v for v in known if v is not None]
        extra = sum(bonus or (), Decimal(0))
        total = sum(parts, Decimal(0))
        if abs(total + extra - stated.value) <= tolerance or total + extra in quiet:
            return
        if _rounded(total + extra, stated.value, nodes):
            return
        if abs(_corrected(nodes) + extra - stated.value) <= tolerance:
            return  # a wrong 小计: the section is reported, not the total that its items make right
        added, shown, claimed = num(total), terms(parts), num(stated.value)
        plus_zh = f"，加分{num(extra)}分" if extra > 0 else f"，扣分{num(-extra)}分" if extra else ""
        plus_en = f" plus a bonus of {num(extra)}" if extra > 0 else f" less a deduction of {num(-extra)}" if extra else ""
        ctx.report(
            stated.span,
            Message(
                f"各一级指标得分合计{added}分（{shown}）{plus_zh}，与{'基础得分' if base else '总得分'}{claimed}分不符",
                f"first-level scores add up to {added} ({shown}){plus_en}, "
                f"not the stated {'base' if base else 'total'} score {claimed}",
            ),
            related=tuple(
                (n.score.span if n.score else n.span, Message(f"{name(n)}在此", f"{name(n)} here")) for n in nodes
            ),
        )

    def _with_bonus(
        self,
        ctx: Context,
        base: ScoreClaim | None,
        final: ScoreClaim | None,
        bonus: list[ScoreClaim],
        tolerance: Decimal,
    ) -> None:
        """The score before the bonus (a table's 总分 or 基础得分 row, 基础分96分 in the text) plus the bonus (its
        加分项 rows, 加分项1.5分 and 扣分项0.5分 in the sentence) against the total with the bonus (最终得分, 综合得分)."""
        if base is None or final is None or final is base or not bonus:
            return
        extra = sum((c.value for c in bonus), Decimal(0))
        if abs(base.value + extra - final.value) <= tolerance:
            return
        worked, before, claimed = num(base.value + extra), num(base.value), num(final.value)
        added = sum((c.value for c in bonus if c.value > 0), Decimal(0))
        taken = -sum((c.value for c in bonus if c.value < 0), Decimal(0))
        steps_zh = "".join(
            [f"加上加分{num(added)}分" if added else "", "、" if added and taken else "", f"减去扣分{num(taken)}分" if taken else ""]
        )
        steps_en = " ".join([f"plus the bonus {num(added)}" if added else "", f"less {num(taken)}" if taken else ""])
        ctx.report(
            final.span,
            Message(
                f"加分前得分{before}分{steps_zh}为{worked}分，与含加分的总得分{claimed}分不符",
                f"the score before the bonus {before} {steps_en.strip()} is {worked}, not the stated total {claimed}",
            ),
            related=(
                (base.span, Message("加分前得分在此", "score before the bonus here")),
                *(
                    (c.span, Message("加分在此", "bonus here") if c.value > 0 else Message("扣分在此", "deduction here"))
                    for c in bonus
                ),
            ),
        )

    def _report(
        self, ctx: Context, node: ScoreNode, span: Span, stated: Decimal, parts: list[Decimal], total: Decimal
    ) -> None:
        added, shown, claimed = num(total), terms(parts), num(stated)
        ctx.report(
            span,
            Message(
                f"{name(node)}：分项得分合计{added}分（{shown}），与自评分{claimed}分不符",
                f"{name(node)}: parts score {added} ({shown}), but the stated self-score is {claimed}",
            ),
            related=tuple(
                (c.scores[0].span if c.scores else c.span, Message(f"分项“{name(c)}”", f"part “{name(c)}”"))
                for c in node.children
            ),
        )


def _corrected(nodes: list[ScoreNode]) -> Decimal:
    """The scores of ``nodes`` added up, each that its own items contradict replaced by their sum (a 小计 row
    written wrong under a right 合计); only called where every score is known."""
    total = Decimal(0)
    for node in nodes:
        value = node.score_value or Decimal(0)
        items = [c.score_value for c in node.children]
        if items and not node.uncertain and all(v is not None for v in items):
            value = sum((v for v in items if v is not None), Decimal(0))
        total += value
    return total


def _sum(nodes: list[ScoreNode]) -> Decimal | None:
    values = [n.score_value for n in nodes]
    return None if any(v is None for v in values) else sum((v for v in values if v is not None), Decimal(0))


def _as_in_table(report: Report, nodes: list[ScoreNode]) -> Decimal | None:
    """The text's first-level scores added up with the score table's value for each indicator the table states
    (table-text-mismatch reports those that differ); None when the table states none of them or a score is unknown."""
    table = {
        n.key: n.score_value
        for b in report.blocks
        if b.table is not None and b.first_level
        for n in b.first_level_nodes()
        if n.key is not None
    }
    values = [table.get(n.key, n.score_value) if n.key is not None else n.score_value for n in nodes]
    if not table or any(v is None for v in values) or all(n.key not in table for n in nodes):
        return None
    return sum((v for v in values if v is not None), Decimal(0))
