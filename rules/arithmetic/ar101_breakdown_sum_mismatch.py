from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from linter import patterns
from linter.analysis.quantities import has_any
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.arithmetic.breakdowns import Part, Verdict, checks, vocabulary
from rules.arithmetic.messages import amount, part_notes, terms


@dataclass(frozen=True)
class Options:
    max_gap: Decimal = field(
        default=Decimal("0.2"),
        metadata={
            "doc": "分项之和与合计相差超过合计的这一比例时，视为“其中”只列举了部分分项，不报告；"
            "最后一项是“其他”“其余”时，以及分项之和超过合计而某一分项大于合计或各分项名称同类时不受此限"
        },
    )


class BreakdownSumMismatch(Rule):
    """“其中”所列分项之和与前面的合计不符。

    检查内容
        一个合计数后面用“其中”“包括”“分别为”或括号“（其中……）”列出分项（金额、人数、户数、起数、面积等），
        分项相加不等于合计，且差额超出各数字所写精度允许的四舍五入范围（3.33+3.33+3.33 记为 10 不算错）。
        “A和B各1起”按每项 1 起计。元、万元、亿元先换算再相加。

        只在能确定是“合计—分项”关系时检查：分项只有一个、分项与合计单位不同类（人与起）、分项是一级/二级
        这样的层级、数字是约数或区间、“各”前面数不清有几项时，都不检查。“其中”也常用来只点出几个部分，
        所以分项之和与合计相差很大（默认超过合计的 20%）时也不报告；分项之后接着用文字交代其余部分（“，其余由县级配套”）
        而分项之和小于合计时也不报告，除非最后一项是“其他”“其余”，或分项之和
        超过合计而这不可能是交叉分组：某一分项本身就大于合计，或各分项名称同一类（行政编制、事业编制，而不是
        党员、女职工这样可能重叠的分组）。

        分项之间的标点决定列举到哪里为止：以“、”或“，”分隔的列举遇到“；”即结束，以“；”分隔的列举中，一项里“，”后的
        “剩余……”“未……”是该项的说明，不是另一项。一项里有两个数而无标点隔开（“某资金210万元已支出188.60万元”）
        时，分项是其中之一：任一种读法相加等于合计即不报告，读不出唯一的分项时也不报告。其中前面有两个同类数
        （“全年预算数……，全年支出……，其中”）时，分项属于相加相符的那一个；都不相符时属于紧挨“其中”的那一个，
        但分项以另一个数的名称命名（“死亡5人，受伤8人，其中……死亡3人、受伤5人”）时不检查。

    为什么
        分项加不上合计，说明合计或某个分项填错了（常见于改了一个数忘了改另一个），评审会逐项核对。

    反例
        ```text
        2022年，我局财政下达预算1738.4万元（其中基本支出预算数523.85万元，项目支出预算数1214.45万元）。
        ```

    正例
        ```text
        2022年，我局财政下达预算1738.4万元（其中基本支出预算数523.85万元，项目支出预算数1214.55万元）。
        ```
    """

    code = "AR101"
    slug = "breakdown-sum-mismatch"
    summary_en = "The parts listed after 其中 do not add up to the total before it"
    Options = Options

    def check(self, report: Report, ctx: Context) -> None:
        for breakdown, result in checks(report):
            if result.verdict is not Verdict.MISMATCH:
                continue
            total = breakdown.total
            if result.difference > 0 and (_rest_in_words(report.text, result.parts) or _some_answers(result.parts)):
                continue  # 其余由县级配套; 其中满意1432份、基本满意100份: the rest has no figure
            if abs(result.difference) > self.options.max_gap * abs(total.value) and not _closed(result.parts):
                if result.difference > 0 or not _exceeds(result.parts, total.value):
                    continue  # 其中 picking out a few parts, not listing them all; or overlapping groups
            found = amount(result.total, total)
            gap = amount(abs(result.difference), total)
            listed = terms(result.parts, total)
            ctx.report(
                total.span,
                Message(
                    f"合计{total.text}，分项之和{found}（{listed}），相差{gap}",
                    f"the total is {total.text} but the parts add up to {found} ({listed}), {gap} apart",
                ),
                related=part_notes(result.parts),
            )


def _exceeds(parts: tuple[Part, ...], total: Decimal) -> bool:
    """The parts overrun the total as parts of one kind can only when a figure is wrong: one part alone is larger,
    or all are named alike (行政编制, 事业编制), not as groups that may overlap (党员, 女职工)."""
    if any(p.quantity.value > total for p in parts):
        return True
    labels = [p.label for p in parts]
    if has_any("\n".join(labels), vocabulary()["overlapping-groups"]):
        return False
    head = ""  # the words every name ends with
    for chars in zip(*(reversed(label) for label in labels), strict=False):
        if len(set(chars)) != 1:
            break
        head = chars[0] + head
    return bool(head) and all(label != head for label in labels) and "\u4e00" <= head[-1] <= "\u9fff"


def _rest_in_words(text: str, parts: tuple[Part, ...]) -> bool:
    """The clause right after the last part states the rest in words, with no figure (“，其余由县级配套”, “；剩余部分
    自筹”; not “，剩余13.60万元暂缓发放”, a figure of its own)."""
    end = parts[-1].quantity.span.end
    stop = min((i for i in (text.find("。", end), text.find("\n", end)) if i >= 0), default=len(text))
    clauses = _CLAUSES.split(text[end:stop])
    if len(clauses) < 2:
        return False
    clause = clauses[1].strip(" \u3000")
    return clause.startswith(tuple(vocabulary()["rest-words"])) and not _DIGIT.search(clause)


_CLAUSES = patterns.compile("[，,；;、]")
_DIGIT = patterns.compile("[0-9０-９]")


def _some_answers(parts: tuple[Part, ...]) -> bool:
    """The parts count a survey's favourable answers (满意, 基本满意) without the unfavourable ones: the questionnaires
    left over are those, not a figure missing from the list."""
    answers = vocabulary()["survey-answers"]
    labels = [p.label.rstrip("的”」’\"'") for p in parts]  # “满意”241份: the answer in quotes
    return all(label.endswith(tuple(answers["favourable"])) for label in labels) and not has_any(
        "".join(labels), answers["unfavourable"]
    )


def _closed(parts: tuple[Part, ...]) -> bool:
    """The last part is the rest (其他支出), so the list claims to be complete."""
    return parts[-1].label.startswith(tuple(vocabulary()["rest-words"]))
