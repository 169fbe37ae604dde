from __future__ import annotations

from decimal import Decimal

from linter import patterns
from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report, ScoreClaim, ScoreNode
from linter.parse.numbers import to_decimal
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num

_RATE = patterns.compile(r"执行率(?:为|达到|达|是|：|:)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]")


class ScoreRecomputeMismatch(Rule):
    """得分与所写数值按评分规则算不出来。

    检查内容
        指标体系为某些指标规定了评分算法。财预〔2020〕10号的预算执行率：得分 = min(执行率, 100%) × 分值。
        正文写明了执行率和该项得分时（分值未写则取指标体系的分值），复算得分，与所写得分不符时报告。
        得分写到几位小数，就按几位小数的舍入判断；整数得分不视为舍入（执行率95%得10分是错的）。
        自评表资金行的同一检查由 execution-rate-mismatch 负责。

    为什么
        执行率得分是唯一可以完全复算的一项，按满分填写而执行率不足100%是常见的“抬高分数”。

    反例
        ```text
        一、预算执行率（10分），自评得分10分。
        全年预算数200万元，全年执行数182.4万元，执行率91.2%。
        二、产出指标（50分），自评得分50分。
        三、效益指标（30分），自评得分30分。
        四、满意度指标（10分），自评得分10分。
        ```

    正例
        ```text
        一、预算执行率（10分），自评得分9.12分。
        全年预算数200万元，全年执行数182.4万元，执行率91.2%。
        二、产出指标（50分），自评得分50分。
        三、效益指标（30分），自评得分30分。
        四、满意度指标（10分），自评得分10分。
        ```
    """

    code = "SC702"
    slug = "score-recompute-mismatch"
    summary_en = "A score does not follow from the stated values under the framework's scoring rule"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        framework = report.framework
        if framework is None:
            return
        seen: set[int] = set()
        for block in report.blocks:
            if block.table is not None:
                continue  # a table's funds row is execution-rate-mismatch's
            for node in block.first_level_nodes() if block.first_level else block.nodes:
                indicator = framework.indicator(node.key) if node.key else None
                if indicator is None or indicator.scoring != "proportional-capped" or id(node) in seen:
                    continue
                seen.add(id(node))
                worth = node.max.value if node.max else indicator.max
                score = _own_score(node)
                if worth is None or score is None:
                    continue
                if score.value > worth or (indicator.fixed and worth != indicator.max):
                    continue  # above its points (score-above-max) or worth other points (the framework rules)
                found = _rate(report, node, score)
                if found is None:
                    continue
                rate, where = found
                if _own_method(report, where, score):
                    continue  # 按每低1个百分点扣0.5分: the report scores the rate by a rule of its own
                expected = min(rate / 100, Decimal(1)) * worth
                decimals = -score.value.normalize().as_tuple().exponent  # type: ignore[operator]
                tolerance = Decimal(5) / Decimal(10) ** (decimals + 1) if decimals > 0 else Decimal("0.01")
                if abs(expected - score.value) <= tolerance + Decimal("0.005"):
                    continue
                shown = num(expected.quantize(Decimal("0.01")))
                ctx.report(
                    score.span,
                    Message(
                        f"{name(node)}：执行率{num(rate)}%、分值{num(worth)}分，按 min(执行率,100%)×分值 应得{shown}分，"
                        f"报告为{num(score.value)}分",
                        f"{name(node)}: at an execution rate of {num(rate)}% and {num(worth)} points, "
                        f"min(rate, 100%) × points gives {shown}, the report says {num(score.value)}",
                    ),
                    related=((where, Message("执行率在此", "execution rate stated here")),),
                )


def _own_method(report: Report, rate: Span, score: ScoreClaim) -> bool:
    """Whether the words between the rate and its score state a scoring rule of their own (每低1个百分点扣0.5分,
    扣2分), other than the framework's (按“执行率×分值”计算)."""
    start, end = sorted((rate.end, score.span.start))
    between = report.text[start:end]
    return any(word in between for word in _OWN_METHOD_WORDS)


_OWN_METHOD_WORDS = ("扣", "每低", "每少", "每下降", "档", "区间")


def _own_score(node: ScoreNode) -> ScoreClaim | None:
    """The indicator's one score: its own, or that of the one paragraph under its heading that tells it (（一）预算执行率
    （分值10分） over 预算执行率96.97%，得9.90分), which states no points of its own."""
    if node.children:
        if node.scores or len(node.children) != 1:
            return None
        child = node.children[0]
        if child.max is not None or child.children or len(child.scores) != 1:
            return None
        return child.scores[0]
    return node.scores[0] if len(node.scores) == 1 else None


def _rate(report: Report, node: ScoreNode, score: ScoreClaim) -> tuple[Decimal, Span] | None:
    """The execution rate stated where the node or its score is stated, or in the paragraph right below its
    heading."""
    places: list[Paragraph] = []
    for claim_at in (node.span.start, *(c.span.start for c in node.scores), score.span.start):
        paragraph = _paragraph(report, claim_at)
        if paragraph is not None and paragraph not in places:
            places.append(paragraph)
    if places:
        after = places[-1].index + 1
        if after < len(report.paragraphs) and not report.paragraphs[after].claims:
            places.append(report.paragraphs[after])
    for paragraph in places:
        found = _RATE.search(paragraph.text)
        if found is not None:
            value = to_decimal(found.group(1))
            if value is not None:
                start = paragraph.span.start + found.start(1)
                return value, Span(start, paragraph.span.start + found.end())
    return None


def _paragraph(report: Report, offset: int) -> Paragraph | None:
    line, _ = report.position(offset)
    return report.paragraphs[line - 1] if 0 < line <= len(report.paragraphs) else None
