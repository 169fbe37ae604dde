"""``jxlint scores``: the score tree the parser understood."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from linter.model import IssuerFound, Report, Role, ScoreClaim, ScoreNode
from linter.parse.numbers import format_decimal


def _claim(report: Report, claim: ScoreClaim | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    line, column = report.position(claim.span.start)
    return {
        "value": format_decimal(claim.value),
        "text": report.slice(claim.span),
        "line": line,
        "column": column,
        "role": claim.role.value,
    }


def _node(report: Report, node: ScoreNode) -> dict[str, Any]:
    line, column = report.position(node.span.start)
    value = node.score_value
    recomputed = node.recomputed_value()
    return {
        "kind": node.kind.value,
        "label": node.label,
        "key": node.key,
        "uncertain": node.uncertain,
        "recomputed": None if recomputed is None else format_decimal(recomputed),
        "line": line,
        "column": column,
        "max": _claim(report, node.max),
        "scores": [_claim(report, c) for c in node.scores],
        "score_value": None if value is None else format_decimal(value),
        "children": [_node(report, c) for c in node.children],
    }


def scores_data(report: Report) -> dict[str, Any]:
    return {
        "path": report.path,
        "overall": _claim(report, report.overall),
        "overall_max": _claim(report, report.overall_max),
        "overall_base": _claim(report, report.overall_base),
        "framework": _framework(report),
        "issuer": _issuer(report),
        "blocks": [[_node(report, n) for n in block.nodes] for block in report.blocks],
        "first_level": [block.first_level for block in report.blocks],
        "restatements": [
            {"items": [_node(report, n) for n in r.items], "total": _claim(report, r.total)}
            for r in report.restatements
        ],
    }


def _framework(report: Report) -> dict[str, Any] | None:
    framework = report.framework
    if framework is None:
        return None
    return {"id": framework.id, "name": framework.name, "reason": report.framework_reason}


def _issuer(report: Report) -> dict[str, Any] | None:
    issuer = report.issuer
    if issuer is None:
        return None
    line = column = None
    if issuer.span is not None:
        line, column = report.position(issuer.span.start)
    return {
        "level": issuer.level,
        "name": issuer.name,
        "found": str(issuer.found),
        "configured": issuer.configured,
        "line": line,
        "column": column,
    }


def _issuer_line(report: Report, t: Callable[[str, str], str]) -> str:
    issuer = report.issuer
    if issuer is None:
        return t("发文单位层级：未能确定", "issuer level: not found")
    if issuer.span is None:
        return t(
            f"发文单位层级：{issuer.level}（配置项 issuer-level）",
            f"issuer level: {issuer.level} (configured issuer-level)",
        )
    line, _ = report.position(issuer.span.start)
    where = t("标题", "the title") if issuer.found is IssuerFound.TITLE else t("发文单位行", "an issuer line")
    return t(
        f"发文单位层级：{issuer.level}（{issuer.name}，第{line}行{where}）",
        f"issuer level: {issuer.level} ({issuer.name}, line {line}, {where})",
    )


def _role(claim: ScoreClaim | None, t: Callable[[str, str], str]) -> str:
    """How a number was read, where it is not an item's own: a closing 合计 line, 各项分值, 共N项."""
    if claim is None:
        return ""
    if claim.role is Role.SUBTOTAL:
        return t("（合计行）", " (subtotal line)")
    if claim.role is Role.EACH:
        return t("（各项分值）", " (each item's points)")
    if claim.count:
        return t(f"（{claim.count}项合计）", f" ({claim.count} items together)")
    return ""


def scores_text(report: Report, lang: str = "zh") -> str:
    def t(zh: str, en: str) -> str:
        return en if lang == "en" else zh

    lines = [report.path]
    if report.framework is not None:
        lines.append(
            t(
                f"指标体系：{report.framework.name}（{report.framework_reason}）",
                f"framework: {report.framework.name} ({report.framework_reason})",
            )
        )
    else:
        lines.append(
            t(
                "指标体系：未能识别（只按报告自己写明的分值检查）",
                "framework: not recognised (checked only against the points the report states)",
            )
        )
    lines.append(_issuer_line(report, t))
    if report.overall is not None:
        line, _ = report.position(report.overall.span.start)
        value = format_decimal(report.overall.value)
        lines.append(t(f"整体自评得分 {value} 分（第{line}行）", f"overall score {value} (line {line})"))
    if report.overall_base is not None:
        base = format_decimal(report.overall_base.value)
        lines.append(
            t(
                f"基础得分 {base} 分（一级指标合计按基础得分核对）",
                f"base score {base} (the first-level total is checked against it)",
            )
        )

    def walk(node: ScoreNode, depth: int) -> None:
        line, _ = report.position(node.span.start)
        name = node.label or t("（无名称）", "(no name)")
        parts = [f"{'  ' * depth}- " + t(f"{name}（第{line}行）", f"{name} (line {line})")]
        if node.max is not None:
            parts.append(f"{t('分值', 'points')} {format_decimal(node.max.value)}{_role(node.max, t)}")
        value = node.score_value
        if value is not None:
            parts.append(f"{t('得分', 'score')} {format_decimal(value)}{_role(node.score, t)}")
        elif node.unreadable:
            parts.append(t("得分读不到数值（公式或分不开的单元格）", "score cannot be read (a formula, or cells run together)"))
        recomputed = node.recomputed_value()
        if node.children and recomputed is not None and recomputed != value:
            parts.append(f"{t('重算', 'recomputed')} {format_decimal(recomputed)}")
        if node.key and report.framework is not None:
            indicator = report.framework.indicator(node.key)
            parts.append(f"〔{indicator.name if indicator else node.key}〕")
        if node.uncertain:
            parts.append(
                t("（分项未逐项列出，不核对合计）", "(parts not all listed: the total is not checked)")
            )
        lines.append("  ".join(parts))
        for child in node.children:
            walk(child, depth + 1)

    for index, block in enumerate(report.blocks, 1):
        if block.first_level:
            lines.append(t(f"第{index}组，一级指标：", f"group {index}, first level:"))
        else:
            lines.append(t(f"第{index}组：", f"group {index}:"))
        for node in block.nodes:
            walk(node, 1)
        for node in block.borrowed:
            line, _ = report.position(node.span.start)
            name = node.label or t("该项", "this item")
            lines.append(
                t(
                    f"  （计入一级指标：{name}，第{line}行）",
                    f"  (counted in the first level: {name}, line {line})",
                )
            )
        for claim in block.bonus:
            line, _ = report.position(claim.span.start)
            value = format_decimal(claim.value)
            lines.append(t(f"  加分项（第{line}行）  得分 {value}", f"  bonus (line {line})  score {value}"))
    for restatement in report.restatements:
        line, _ = report.position(restatement.total.span.start)
        shown = "、".join(f"{n.label}{format_decimal(n.scores[0].value)}" for n in restatement.items)
        total = format_decimal(restatement.total.value)
        lines.append(
            t(
                f"复述（第{line}行）：{shown}，合计声明 {total}",
                f"restated (line {line}): {shown}, stated total {total}",
            )
        )
    return "\n".join(lines)
