from __future__ import annotations

from linter.diagnostics import Severity
from linter.model import Report
from linter.rule import Context, Message, Rule
from rules.score.messages import name, num


class FrameworkMaxMismatch(Rule):
    """一级指标的分值与所用指标体系规定的分值不符。

    检查内容
        有的指标体系固定了一级指标的分值，例如财预〔2020〕10号项目支出绩效自评表：预算执行率10分、产出指标50分、
        效益指标30分、满意度指标10分。报告中某个一级指标写明的分值与之不同、而各一级指标分值合计仍等于总分时
        报告（分值在指标间挪动了）；合计不等于总分时由 max-sum-mismatch 报告，并在说明中指出与指标体系不符的指标。报告采用哪个指标体系由 jxlint
        根据一级指标名称识别（`jxlint scores` 显示识别结果和理由），也可以在 jxlint.yaml 中用 `framework` 指定；
        指标体系及其分值见 docs/frameworks.md。没有固定分值的指标体系（如2013年部门整体共性指标）不检查；
        分值一栏写作“权重”的自评表（四川等地的格式，各项目自定权重）只检查预算执行率。

    为什么
        一级指标分值由办法规定，“原则上”不得调整；确需调整（如未设置满意度指标）时应在报告中说明。分值写错常常
        连带总分对不上，评审会要求说明。

    反例
        ```text
        一、预算执行率（20分），自评得分18分。
        二、产出指标（40分），自评得分38分。
        三、效益指标（30分），自评得分30分。
        四、满意度指标（10分），自评得分10分。
        ```

    正例
        ```text
        一、预算执行率（10分），自评得分9分。
        二、产出指标（50分），自评得分45分。
        三、效益指标（30分），自评得分30分。
        四、满意度指标（10分），自评得分10分。
        ```
    """

    code = "SC701"
    slug = "framework-max-mismatch"
    summary_en = "A first-level indicator's points differ from those its framework fixes"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        framework = report.framework
        if framework is None:
            return
        for block in report.blocks:
            nodes = block.first_level_nodes()
            if not block.first_level or not all(n.key for n in nodes):
                continue  # a first level with indicators of its own is not the framework's
            maxima = [n.max_value for n in nodes]
            if any(m is None for m in maxima) or sum(m for m in maxima if m is not None) != framework.total:
                continue  # the total is off as well: max-sum-mismatch reports it, naming these indicators
            # 权重 set for each project, in a table's 权重 column or in the text (产出指标（权重40%）)
            weighted = block.weighted or any(n.max is not None and n.max.weight for n in nodes)
            for node in nodes:
                if weighted and node is not block.funds:
                    continue  # 权重 set for each project: the form fixes only the execution rate's
                indicator = framework.indicator(node.key) if node.key else None
                worth = node.max_value
                if indicator is None or not indicator.fixed or indicator.max is None or worth is None:
                    continue
                if worth == indicator.max:
                    continue
                stated, fixed = num(worth), num(indicator.max)
                ctx.report(
                    node.max.span if node.max else node.span,
                    Message(
                        f"{name(node)}：分值{stated}分，{framework.name}规定为{fixed}分",
                        f"{name(node)}: worth {stated} points, the {framework.name_en} fixes {fixed}",
                    ),
                )
