from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from linter.data import safe_load
from linter.diagnostics import Span
from linter.model import ClaimKind, Report
from linter.rule import Context, Message, Rule
from rules.score._common import num

_GRADE = re.compile(
    r"(?:评价等级|评价等次|等级|等次|评价结果|评级|评定)[为是：:]?\s*[“\"「]?(优秀|良好|中等|不合格|较差|合格|优|良|中|差)(?![\u4e00-\u9fff])"
)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = safe_load(
        resources.files("rules.score").joinpath("grades.yaml").read_text("utf-8")
    )
    return data


def _grade_of(score: Decimal) -> tuple[str, Decimal]:
    for band in _data()["bands"]:
        if score >= Decimal(str(band["min"])):
            return band["grade"], Decimal(str(band["min"]))
    raise AssertionError("the last band starts at 0")


class GradeMismatch(Rule):
    """评价等级与自评得分不符。

    检查内容
        同一段里写了总的自评得分和评价等级，而等级与分数段不符：优≥90分，良80（含）～90分，中60（含）～80分，差<60分
        （财预〔2020〕10号）。分数段在 grades.yaml 中定义。

    为什么
        等级由得分决定；“得分85分，等级为优”会让评审怀疑得分或等级之一是错的。

    反例
        ```text
        本项目绩效评价总分值为100分，项目绩效自评得分为85分，评价等级为“优”。
        ```

    正例
        ```text
        本项目绩效评价总分值为100分，项目绩效自评得分为85分，评价等级为“良”。
        ```
    """

    code = "SC601"
    slug = "grade-mismatch"
    summary_en = "The stated grade does not match the total self-score"

    def check(self, report: Report, ctx: Context) -> None:
        aliases: dict[str, str] = _data()["aliases"]
        for paragraph in report.paragraphs:
            totals = [c for c in paragraph.claims if c.kind is ClaimKind.SCORE and c.total]
            if not totals:
                continue
            for found in _GRADE.finditer(paragraph.text):
                word = found.group(1)
                stated = aliases.get(word, word)
                start = paragraph.span.start + found.start(1)
                before = [c for c in totals if c.span.start < start]
                claim = before[-1] if before else totals[0]
                expected, floor = _grade_of(claim.value)
                if expected == stated:
                    continue
                ctx.report(
                    Span(start, start + len(word)),
                    Message(
                        f"自评得分{num(claim.value)}分对应等级“{expected}”（≥{num(floor)}分），报告写为“{word}”",
                        f"a self-score of {num(claim.value)} is grade “{expected}” (≥{num(floor)}), "
                        f"the report says “{word}”",
                    ),
                    related=((claim.span, Message("自评得分在此", "self-score stated here")),),
                )
