from __future__ import annotations

import itertools

from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.arithmetic.rates import (
    RateClaim,
    bracket_claims,
    growth_claims,
    of_claims,
    percent_places,
    ratio_claims,
    share_claims,
    shown,
)


class PercentageMismatch(Rule):
    """所写的比率、占比或增减幅度与同一处给出的数字算不出来。

    检查内容
        同一句（以句号或分号为界）里既给了数字又给了由它们算出的百分比，而百分比与数字不符，且超出百分比
        所写精度的四舍五入范围（写 95% 即允许 94.5%～95.5%）：

        - 执行率、支付率、支出率、控制率、完成率等 = 实际数 ÷ 预算（计划、编制、指标值）数；给出“未支付”等余数时为
          实际数 ÷（实际数 + 余数）；只写了实际数（“已支出”“实际开展”）时，分母是它前面唯一一个不带这些词的
          同类数（“某资金210万元已支出188.60万元”）；名称说明了比的是什么（“预算完成率”）时，也按其他比率的
          词分辨分子分母；
        - 以自身数字命名的比率（“按期结案20起，按期结案率……”）= 该数 ÷ 同一处唯一的另一个同类数；有两个可能的
          分母（发放问卷、有效问卷）时不检查；
        - “其中”分项后的“占比”“占受益人口的”（占的是合计本身：名称与合计的名称相合，或“总数”等）= 分项 ÷ 合计；
          不在“其中”之后时，“占受益人口的”= 该数 ÷ 同一处前面唯一以此命名的同类数；
        - “累计完成 A，完成年初预算数 B 的 X%”= A ÷ B；
        - “由 A 增加到 B，增长 X%”“比上年 A 增长 X%”“较上年新增的 A 增长 X%”“B，上年为 A，同比增长 X%”“比上年增加 C，增长 X%”；
        - 比率后面括号里写明的分子分母：“控制率92.00%（实有47人/编制50人）”“比例为64.20%（直补个人311.69万元÷全年支出
          499.50万元）”，以“/”“÷”或“占”相连，括号里只有这两个数（可带“×100%”）。

        分不清哪个是分子、哪个是分母（同一句里有两个预算数等）、数字是约数、增幅按“同口径”等另一口径
        计算时不检查。元、万元、亿元先换算；数字本身的四舍五入也计入允许范围。

    为什么
        比率是评审最先核算的数字；与正文数字算不上，会被认为数据不实。

    反例
        ```text
        资金支付18501.096万元，未支付703万元，支付率95%。
        ```

    正例
        ```text
        资金支付18501.096万元，未支付703万元，支付率96.3%。
        ```
    """

    code = "AR102"
    slug = "percentage-mismatch"
    summary_en = "A stated rate, share or growth does not follow from the figures beside it"

    def check(self, report: Report, ctx: Context) -> None:
        reported: set[int] = set()  # a rate checked two ways is reported once
        for claim in itertools.chain(
            ratio_claims(report), of_claims(report), share_claims(report), growth_claims(report), bracket_claims(report)
        ):
            if claim.stated.exact and claim.contradicted() and claim.stated.span.start not in reported:
                reported.add(claim.stated.span.start)
                self._report(ctx, claim)

    def _report(self, ctx: Context, claim: RateClaim) -> None:
        stated = claim.stated
        value = shown(claim.computed.point, percent_places(stated))
        formula = claim.computed.formula
        ctx.report(
            stated.span,
            Message(
                f"{claim.name}{stated.text}与所列数字不符：{formula}≈{value}%",
                f"{claim.name} {stated.text} does not follow from the figures: "
                f"{claim.computed.formula_en} ≈ {value.replace('−', '-')}%",
            ),
            related=tuple(
                (q.span, Message(f"{zh}：{q.text}", f"{en}: {q.text}")) for q, zh, en in claim.operands
            ),
        )
