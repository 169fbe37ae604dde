from __future__ import annotations

from decimal import Decimal

from linter.analysis.rounding import max_slack, slack
from linter.diagnostics import Span
from linter.model import NodeKind, Report, ScoreBlock, ScoreClaim, ScoreNode
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num, terms

_SECTION = NodeKind.SECTION  # bound once: a read through the enum class is slow (linter/model.py)


class MaxSumMismatch(Rule):
    """分项分值之和与上级分值不符。

    检查内容
        一个指标的各分项分值相加，不等于该指标的分值；各一级指标分值相加，不等于报告声明的总分（未声明时为100分）。
        只在所有分项都写明分值时检查。把整数平均分成几份、写到两位小数的分项（10分分三项，各3.33分），合计只差四舍五入的
        零头时不报。表格的合计分值含加分项的分值（100分加最高3分，合计103分）时也不报。权重写作百分比（权重15%）时
        按分值相加；各分项权重合计100%而上级分值不是100分时，是上级分值的分配比例，不报。

    为什么
        指标体系的分值“散总一致”是评审的基本要求；对不上，说明漏列了指标或分值抄错了。

    反例
        ```text
        （1）管理效率总分值22分，自评分值为20分。
        其中：战略管理共2分，得2分；预算编制共5分，得5分；绩效管理共5分，得5分；财务管理共3分，得3分。
        ```

    正例
        ```text
        （1）管理效率总分值15分，自评分值为15分。
        其中：战略管理共2分，得2分；预算编制共5分，得5分；绩效管理共5分，得5分；财务管理共3分，得3分。
        ```
    """

    code = "SC202"
    slug = "max-sum-mismatch"
    summary_en = "Parts' points do not add up to the parent's points"

    def check(self, report: Report, ctx: Context) -> None:
        for node in report.facts.score_nodes:
            if node.max is not None and node.children and not node.uncertain:
                _check_parts(node, node.max, ctx)
        for block in report.blocks:
            if block.first_level:
                _check_first_level(report, block, ctx)


def _check_parts(node: ScoreNode, stated: ScoreClaim, ctx: Context) -> None:
    """The parts of ``node`` against the points it states, when every part's points are known."""
    maxes = [c.max_value if c.max is None and c.kind is _SECTION else _own(c) for c in node.children]
    if any(v is None for v in maxes):
        return
    parts = [v for v in maxes if v is not None]
    total = sum(parts, Decimal(0))
    if _rounded(total, stated.value, node.children):
        return
    added, shown, worth = num(total), terms(parts), num(stated.value)
    ctx.report(
        stated.span,
        Message(
            f"{name(node)}：分项分值合计{added}分（{shown}），与分值{worth}分不符",
            f"{name(node)}: parts are worth {added} ({shown}), but it is worth {worth}",
        ),
        related=tuple(
            (c.max.span if c.max else c.span, Message(f"分项“{name(c)}”", f"part “{name(c)}”"))
            for c in node.children
        ),
    )


def _check_first_level(report: Report, block: ScoreBlock, ctx: Context) -> None:
    """The first-level indicators of ``block`` against the total points, when every one's points are known."""
    nodes = block.first_level_nodes()
    maxes = [n.max_value or _framework_max(report, n) for n in nodes]
    if not nodes or any(v is None for v in maxes):
        return
    total_stated = _stated_total(report, block, nodes)
    if total_stated is None:
        return
    stated, anchor = total_stated
    parts = [v for v in maxes if v is not None]
    total = sum(parts, Decimal(0))
    if _rounded(total, stated, nodes):
        return
    bonus = sum((c.value for c in block.bonus_max), Decimal(0))
    if bonus and _rounded(total + bonus, stated, nodes):
        return  # 合计 103: the first level's 100 and the 加分项 row's 3 points
    added, shown, worth = num(total), terms(parts), num(stated)
    off_zh, off_en = _off_framework(report, nodes)
    ctx.report(
        anchor,
        Message(
            f"各一级指标分值合计{added}分（{shown}），与总分{worth}分不符{off_zh}",
            f"first-level points add up to {added} ({shown}), not the total {worth}{off_en}",
        ),
        related=tuple((n.max.span if n.max else n.span, Message(f"{name(n)}", f"{name(n)}")) for n in nodes),
    )


def _stated_total(report: Report, block: ScoreBlock, nodes: list[ScoreNode]) -> tuple[Decimal, Span] | None:
    """The total points the first-level indicators of ``block`` must add up to, and where it is stated: a table's
    总分 row; for prose, the report's stated 总分, else the framework's total (100). None for a table without one."""
    if block.total_max is not None:
        return block.total_max.value, block.total_max.span
    if block.table is not None:
        return None
    framework_total = report.framework.total if report.framework else Decimal(100)
    stated = report.overall_max.value if report.overall_max else framework_total
    first = nodes[0].max
    return stated, first.span if first else nodes[0].span


def _off_framework(report: Report, nodes: list[ScoreNode]) -> tuple[str, str]:
    """“；按…，预算执行率应为10分”: the first-level indicators whose points differ from those the framework fixes."""
    framework = report.framework
    if framework is None:
        return "", ""
    off = []
    for node in nodes:
        indicator = framework.indicator(node.key) if node.key else None
        worth = node.max_value
        if (
            indicator
            and indicator.fixed
            and indicator.max is not None
            and worth is not None
            and worth != indicator.max
        ):
            off.append((name(node), num(indicator.max)))
    if not off:
        return "", ""
    zh = "、".join(f"{n}应为{v}分" for n, v in off)
    en = ", ".join(f"{n} should be worth {v}" for n, v in off)
    return f"；按{framework.name}，{zh}", f"; under the {framework.name_en}, {en}"


def _framework_max(report: Report, node: ScoreNode) -> Decimal | None:
    """The points the framework gives an indicator stated without its own (预算执行率 in the funds paragraph)."""
    framework = report.framework
    indicator = framework.indicator(node.key) if framework and node.key else None
    return indicator.max if indicator else None


def _own(node: ScoreNode) -> Decimal | None:
    return node.max.value if node.max else None


def _rounded(total: Decimal, stated: Decimal, parts: list[ScoreNode]) -> bool:
    """Whether ``total`` is ``stated`` but for rounding evenly split parts (3.33 × 3 for 10)."""
    if total == stated:
        return True
    miss = abs(total - stated)
    if miss >= 1:
        return False  # (each rounded share is off by 0.005 at most: never a whole point)
    return miss <= slack(stated) + sum((max_slack(p) for p in parts), Decimal(0))
