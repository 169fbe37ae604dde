"""``jxlint scores``: the score tree the parser understood."""

from __future__ import annotations

from typing import Any

from linter.model import Report, ScoreClaim, ScoreNode
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
    }


def _node(report: Report, node: ScoreNode) -> dict[str, Any]:
    line, column = report.position(node.span.start)
    value = node.score_value
    return {
        "kind": node.kind.value,
        "label": node.label,
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
        "blocks": [[_node(report, n) for n in block.nodes] for block in report.blocks],
    }


def scores_text(report: Report, lang: str = "zh") -> str:
    en = lang == "en"
    lines = [report.path]
    if report.overall is not None:
        line, _ = report.position(report.overall.span.start)
        value = format_decimal(report.overall.value)
        lines.append(
            f"overall score {value} (line {line})" if en else f"整体自评得分 {value} 分（第{line}行）"
        )

    def walk(node: ScoreNode, depth: int) -> None:
        line, _ = report.position(node.span.start)
        if en:
            parts = [f"{'  ' * depth}- {node.label or '(no name)'} (line {line})"]
        else:
            parts = [f"{'  ' * depth}- {node.label or '（无名称）'}（第{line}行）"]
        if node.max is not None:
            parts.append(f"{'points' if en else '分值'} {format_decimal(node.max.value)}")
        value = node.score_value
        if value is not None:
            parts.append(f"{'score' if en else '得分'} {format_decimal(value)}")
        lines.append("  ".join(parts))
        for child in node.children:
            walk(child, depth + 1)

    for index, block in enumerate(report.blocks, 1):
        lines.append(f"group {index}:" if en else f"第{index}组：")
        for node in block.nodes:
            walk(node, 1)
    return "\n".join(lines)
