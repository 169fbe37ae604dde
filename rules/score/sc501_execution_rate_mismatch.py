from __future__ import annotations

from decimal import Decimal

from linter import patterns
from linter.data import package_yaml
from linter.diagnostics import Severity, Span
from linter.model import Report, TableCell
from linter.rule import Context, Message, Rule
from rules.score.cells import NUMBER, cell_number
from rules.score.messages import num


def _headers() -> dict[str, list[str]]:
    data: dict[str, list[str]] = package_yaml("rules.score", "execution.yaml")
    return data


def _is_other_header(row: list[TableCell]) -> bool:
    """A row of three or more labels and no numbers starts another block of the table."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    return len(texts) >= 3 and not any(patterns.compile(NUMBER).match(t) for t in texts)


_RATE_NAMES = patterns.compile(r"(?:预算)?执行率(?:[（(][^（()）]*[）)])?")
_ACTUAL_HEADERS = ("实际完成值", "实际完成", "完成值", "实际值", "全年实际完成值")


def _refines(row: list[TableCell], columns: dict[str, int]) -> bool:
    """Whether ``row`` is a second header row naming the columns under a spanning one (预算数 over 年初预算数 and
    全年预算数): ``columns`` then takes the more specific ones it names. A row with a number is no header."""
    texts = [_HEADER_CHARS.sub("", c.text) for c in row]
    if not any(texts) or any(patterns.compile(NUMBER).match(c.text) for c in row if c.text.strip()):
        return False
    refined = False
    for key in ("budget", "spent"):
        for word in _headers()[key]:  # most specific first
            index = next((i for i, t in enumerate(texts) if t.startswith(word)), None)
            if index is not None:
                columns[key] = index
                refined = True
                break
    return refined


_HEADER_CHARS = patterns.compile(r"[\s（）()A-Za-z/／]")


def _proportional(report: Report) -> bool:
    """Whether the report's framework scores the execution rate in proportion (10号: min(rate, 100%) × points); a
    部门整体 framework scores it by its own bands."""
    framework = report.framework
    indicator = framework.indicator("budget-execution") if framework is not None else None
    return indicator is not None and indicator.scoring == "proportional-capped"


def _indicator_header(row: list[TableCell]) -> dict[str, int] | None:
    """The columns of an indicator block's header (… 年度指标值 实际完成值 分值 得分): the actual value, the points
    and the score."""
    texts = [patterns.compile(r"[\s（）()]").sub("", c.text) for c in row]
    actual = next((i for i, t in enumerate(texts) if t.startswith(_ACTUAL_HEADERS)), None)
    points = next((i for i, t in enumerate(texts) if t in ("分值", "权重")), None)
    score = next((i for i, t in enumerate(texts) if t in ("得分", "自评得分")), None)
    if actual is None or points is None or score is None:
        return None
    return {"actual": actual, "points": points, "score": score}


def _half(decimals: int) -> Decimal:
    return Decimal(5) / Decimal(10) ** (decimals + 1)


class ExecutionRateMismatch(Rule):
    """自评表中的预算执行率或其得分与预算数、执行数算不出来。

    检查内容
        项目支出绩效自评表的资金行（年度资金总额等）：执行率应为 全年执行数(B) ÷ 全年预算数(A)；
        该行的得分应为 min(执行率, 100%) × 分值（财预〔2020〕10号的通行算法）。按10号表（或四川项目表）评分的报告，
        指标部分的“预算执行率”行（实际完成值写为百分数）的得分同样按 min(实际完成值, 100%) × 分值 复算。允许所写小数位数带来的舍入误差。

    为什么
        执行率和它的得分是自评表里唯一可以完全复算的一项，算错多半是抄错了数或套用了别的项目的表。
        有的地方对执行率得分另设分档规则，因此本规则默认只作警告。

    反例
        ```text
        项目资金（万元）	全年预算数（A）	全年执行数（B）	分值	执行率（B/A）	得分
        年度资金总额	480.00	470.40	10	97.00%	9.8
        ```

    正例
        ```text
        项目资金（万元）	全年预算数（A）	全年执行数（B）	分值	执行率（B/A）	得分
        年度资金总额	480.00	470.40	10	98.00%	9.8
        ```
    """

    code = "SC501"
    slug = "execution-rate-mismatch"
    summary_en = "The budget execution rate or its score does not follow from the budget and spending"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        for table in report.tables:
            columns: dict[str, int] | None = None
            indicators: dict[str, int] | None = None  # the indicator block's 实际完成值, 分值 and 得分
            for row in table.rows:
                found = self._header(row)
                if found is not None:
                    columns = found
                    continue
                if columns is not None and _refines(row, columns):
                    continue  # 预算数 spanning 年初预算数 | 全年预算数 on the row below
                block = _indicator_header(row) if _proportional(report) else None
                if block is not None:
                    indicators, columns = block, None
                    continue
                if indicators is not None:
                    self._rate_row(row, indicators, ctx)
                if _is_other_header(row):
                    columns = None  # e.g. the 一级指标/二级指标 block below the funds block
                if columns is not None:
                    self._row(row, columns, ctx)

    def _header(self, row: list[TableCell]) -> dict[str, int] | None:
        texts = [_HEADER_CHARS.sub("", c.text) for c in row]
        columns: dict[str, int] = {}
        for key, words in _headers().items():
            for word in words:  # most specific word first, so 全年预算数 wins over 年初预算数/预算数
                index = next(
                    (i for i, t in enumerate(texts) if t.startswith(word) and i not in columns.values()), None
                )
                if index is not None:
                    columns[key] = index
                    break
        return columns if {"budget", "spent", "rate"} <= columns.keys() else None

    def _rate_row(self, row: list[TableCell], columns: dict[str, int], ctx: Context) -> None:
        """The 预算执行率 row of the indicator block (预算执行率 … 100% 95.20% 10 9.80): its score from its rate."""
        actual = columns["actual"]
        if actual >= len(row) or not any(_RATE_NAMES.fullmatch(c.text.strip()) for c in row[:actual]):
            return
        rate = cell_number(row[actual])
        points = cell_number(row[columns["points"]]) if columns["points"] < len(row) else None
        score = cell_number(row[columns["score"]]) if columns["score"] < len(row) else None
        if rate is None or not rate[2] or points is None or score is None or score[0] > points[0]:
            return  # no rate in %, or a score above its points (score-above-max's)
        self._score(min(rate[0] / 100, Decimal(1)), points, score, "预算执行率", ctx, rate[3])

    def _row(self, row: list[TableCell], columns: dict[str, int], ctx: Context) -> None:
        def cell(key: str) -> TableCell | None:
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None

        budget, spent, rate = cell_number(cell("budget")), cell_number(cell("spent")), cell_number(cell("rate"))
        if budget is None or spent is None or budget[0] <= 0:
            return
        actual = spent[0] / budget[0]
        label = row[0].text.strip() or "资金"
        if rate is not None:
            stated = rate[0] / 100 if rate[2] or rate[0] > 1 else rate[0]
            decimals = rate[1] + (2 if rate[2] or rate[0] > 1 else 0)
            if abs(actual - stated) > _half(decimals) + Decimal("1e-9"):
                shown = num((actual * 100).quantize(Decimal("0.01")))
                message = Message(
                    f"{label}：执行率应为{num(spent[0])}÷{num(budget[0])}={shown}%，表中为{cell('rate').text.strip()}",  # type: ignore[union-attr]
                    f"{label}: the execution rate is {num(spent[0])}/{num(budget[0])} = {shown}%, "
                    f"the table says {cell('rate').text.strip()}",  # type: ignore[union-attr]
                )
                ctx.report(
                    rate[3],
                    message + _score_too(actual, cell_number(cell("points")), cell_number(cell("score"))),
                    related=(
                        (budget[3], Message("全年预算数", "budget")),
                        (spent[3], Message("全年执行数", "spending")),
                    ),
                )
                return
        points, score = cell_number(cell("points")), cell_number(cell("score"))
        if points is None or score is None:
            return
        self._score(actual, points, score, label, ctx)

    def _score(
        self,
        actual: Decimal,
        points: tuple[Decimal, int, bool, Span],
        score: tuple[Decimal, int, bool, Span],
        label: str,
        ctx: Context,
        rate: Span | None = None,
    ) -> None:
        """The score of an execution rate ``actual`` (a fraction) against min(rate, 100%) × points."""
        expected = min(actual, Decimal(1)) * points[0]
        tolerance = _half(score[1]) if score[1] else Decimal("0.01")  # “10” for 9.8 is not a rounding
        if abs(expected - score[0]) > max(tolerance, Decimal("0.01")):
            shown = num(expected.quantize(Decimal("0.01")))
            ctx.report(
                score[3],
                Message(
                    f"{label}：得分应为 min(执行率,100%)×分值 = {shown}分，表中为{num(score[0])}分",
                    f"{label}: the score should be min(rate, 100%) × points = {shown}, the table says {num(score[0])}",
                ),
                related=((points[3], Message("分值", "points")),)
                + (((rate, Message("执行率", "execution rate")),) if rate is not None else ()),
            )


def _score_too(
    actual: Decimal, points: tuple[Decimal, int, bool, Span] | None, score: tuple[Decimal, int, bool, Span] | None
) -> Message:
    """What the row's score comes to at the right rate, where it states points and a score that differ from it."""
    if points is None or score is None:
        return Message("", "")
    expected = min(actual, Decimal(1)) * points[0]
    if abs(expected - score[0]) <= max(_half(score[1]) if score[1] else Decimal("0.01"), Decimal("0.01")):
        return Message("", "")
    shown = num(expected.quantize(Decimal("0.01")))
    return Message(f"；得分相应应为{shown}分，表中为{num(score[0])}分", f"; the score then is {shown}, the table says {num(score[0])}")
