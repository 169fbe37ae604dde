"""What the page shows of checked files: plain data for the templates, no HTML.

The document's text is cut into pieces at every finding's start and end, so that each piece knows which
findings cover it (they may overlap) and the template wraps it in one highlight. The score tree gets, for
every section with parts, the score recomputed from them and the sum of their points beside the ones it states.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from linter.diagnostics import Severity
from linter.model import line_starts
from linter.outcome import SEVERITIES, FileResult, Finding
from linter.parse.numbers import format_decimal
from linter.render.summary import score

UI: dict[str, dict[str, str]] = {
    "zh": {
        "title": "jxlint 绩效自评报告检查",
        "lead": "选择或拖入报告文件（.docx、.xlsx、.pdf、.txt、.md 等，可多选）。文件只在本机检查，不会上传到别处。",
        "choose": "选择文件",
        "drop": "或把文件拖到这里",
        "check": "检查",
        "checking": "检查中…",
        "limit": "一次上传不超过 {size}，每个文件检查时限 {timeout} 秒。",
        "other_lang": "English",
        "summary": "汇总",
        "file": "文件",
        "claimed": "自评得分",
        "recomputed": "重算得分",
        "error": "错误",
        "warning": "警告",
        "info": "信息",
        "unreadable": "无法检查",
        "findings": "问题列表",
        "no_findings": "没有发现问题。",
        "text": "报告正文（标出问题所在）",
        "scores": "分值与得分",
        "no_scores": "没有识别出分值结构。",
        "section": "指标",
        "points": "分值",
        "score": "得分",
        "parts_score": "重算（各项得分之和）",
        "parts_points": "各项分值之和",
        "line": "行",
        "overall": "整体自评得分",
        "all_rules": "全部规则",
        "show": "显示：",
        "download_json": "下载 JSON 结果",
        "download_docx": "下载带批注的副本",
        "fix": "建议：",
        "related": "相关位置：",
        "sep": "：",
        "sev_error": "错误",
        "sev_warning": "警告",
        "sev_info": "信息",
        "rule_page": "规则说明",
        "close": "关闭",
        "position": "位置",
        "message": "说明",
        "rule": "规则",
        "severity": "级别",
        "no_file": "请先选择要检查的文件。",
        "back": "返回",
        "rules_title": "规则说明",
    },
    "en": {
        "title": "jxlint: self-evaluation report checker",
        "lead": "Pick or drop report files (.docx, .xlsx, .pdf, .txt, .md and more; several at once). They are checked on "
        "this computer and sent nowhere else.",
        "choose": "Choose files",
        "drop": "or drop them here",
        "check": "Check",
        "checking": "Checking…",
        "limit": "At most {size} per upload; each file is given {timeout} seconds.",
        "other_lang": "中文",
        "summary": "Summary",
        "file": "file",
        "claimed": "claimed",
        "recomputed": "recomputed",
        "error": "errors",
        "warning": "warnings",
        "info": "info",
        "unreadable": "could not be checked",
        "findings": "Findings",
        "no_findings": "No findings.",
        "text": "The report's text, findings highlighted",
        "scores": "Points and scores",
        "no_scores": "No score structure found.",
        "section": "section",
        "points": "points",
        "score": "score",
        "parts_score": "recomputed from the parts",
        "parts_points": "sum of the parts' points",
        "line": "line",
        "overall": "overall self-assessed score",
        "all_rules": "all rules",
        "show": "Show:",
        "download_json": "Download the JSON result",
        "download_docx": "Download a commented copy",
        "fix": "suggestion: ",
        "related": "related: ",
        "sep": ": ",
        "sev_error": "error",
        "sev_warning": "warning",
        "sev_info": "info",
        "rule_page": "about this rule",
        "close": "Close",
        "position": "where",
        "message": "message",
        "rule": "rule",
        "severity": "severity",
        "no_file": "Choose the files to check first.",
        "back": "Back",
        "rules_title": "Rule",
    },
}


@dataclass(slots=True)
class Piece:
    text: str
    ids: tuple[int, ...] = ()  # indexes into FileView.findings of the findings covering this piece
    severity: str = ""  # the most severe of them


@dataclass(slots=True)
class ScoreRow:
    depth: int
    label: str
    line: int
    points: str
    score: str
    parts_score: str = ""  # recomputed from the parts (a part without a score counts 0)
    parts_points: str = ""
    score_differs: bool = False  # the parts' scores do not add up to the section's
    points_differ: bool = False
    above_max: bool = False


@dataclass(slots=True)
class FileView:
    index: int
    result: FileResult
    findings: list[Finding] = field(default_factory=list)
    lines: list[list[Piece]] = field(default_factory=list)
    scores: list[list[ScoreRow]] = field(default_factory=list)  # one list per score block
    overall: str = ""
    commentable: bool = False  # a commented copy can be offered

    @property
    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings})

    def count(self, severity: str) -> int:
        return self.result.count(Severity(severity))

    @property
    def differs(self) -> bool:
        r = self.result
        return r.recomputed is not None and r.claimed not in (None, r.recomputed)

    @property
    def claimed(self) -> str:
        return score(self.result.claimed)

    @property
    def recomputed(self) -> str:
        return score(self.result.recomputed)


def file_view(index: int, result: FileResult, text: str, scores: dict[str, Any] | None) -> FileView:
    view = FileView(index, result, list(result.findings))
    if result.error is None:
        view.lines = pieces(text, view.findings)
        view.scores = score_rows(scores)
        overall = (scores or {}).get("overall")
        view.overall = overall["value"] if overall else ""
    return view


def pieces(text: str, findings: list[Finding]) -> list[list[Piece]]:
    """The text line by line, each line cut where a finding starts or ends."""
    starts = line_starts(text)
    ends = [*starts[1:], len(text)]
    covering: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # line → (start, end, finding)
    for number, f in enumerate(findings):
        p = f.position
        if p.line > len(starts):
            continue
        start = starts[p.line - 1] + p.column - 1
        end = starts[min(p.end_line, len(starts)) - 1] + p.end_column - 1
        if end <= start:  # a point: show the character after it (or before, at the end of a line)
            end = start + 1
            line_end = ends[p.line - 1]
            if start >= line_end or text[start] in "\r\n":
                start, end = max(starts[p.line - 1], start - 1), start
        for line in range(p.line, min(p.end_line, len(starts)) + 1):
            covering[line].append((start, end, number))
    out = []
    for number, (line_start, line_end) in enumerate(zip(starts, ends, strict=True), 1):
        stop = line_end
        while stop > line_start and text[stop - 1] in "\r\n":
            stop -= 1
        spans = covering.get(number, [])
        cuts = sorted(
            {line_start, stop, *(max(line_start, min(stop, x)) for s, e, _ in spans for x in (s, e))}
        )
        row = []
        for a, b in pairwise(cuts):
            ids = tuple(i for s, e, i in spans if s < b and a < e)
            worst = max((findings[i].severity for i in ids), key=lambda s: s.rank, default=None)
            row.append(Piece(text[a:b], ids, worst.value if worst else ""))
        out.append(row)
    if len(starts) > 1 and starts[-1] == len(text):
        out.pop()  # the empty "line" after a final line break
    return out


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def score_rows(scores: dict[str, Any] | None) -> list[list[ScoreRow]]:
    """Each score block as rows in tree order, with the sums of each section's parts."""
    if not scores:
        return []

    def walk(node: dict[str, Any], depth: int, rows: list[ScoreRow]) -> None:
        points = _decimal((node.get("max") or {}).get("value"))
        value = _decimal(node.get("score_value"))
        children = node.get("children") or []
        row = ScoreRow(
            depth,
            node.get("label") or "—",
            node.get("line") or 0,
            score(points),
            score(value),
            above_max=points is not None and value is not None and value > points,
        )
        if children:
            recomputed = _decimal(node.get("recomputed"))  # the score model's own sum of the parts
            if recomputed is not None:
                row.parts_score = format_decimal(recomputed)
                row.score_differs = value is not None and recomputed != value
            child_points = [_decimal((c.get("max") or {}).get("value")) for c in children]
            if all(v is not None for v in child_points):
                total = sum((v for v in child_points if v is not None), Decimal(0))
                row.parts_points = format_decimal(total)
                row.points_differ = points is not None and total != points
        rows.append(row)
        for child in children:
            walk(child, depth + 1, rows)

    blocks = []
    for block in scores.get("blocks") or []:
        rows: list[ScoreRow] = []
        for node in block:
            walk(node, 0, rows)
        blocks.append(rows)
    return blocks


def totals(views: list[FileView]) -> dict[str, int]:
    return {s.value: sum(v.result.count(s) for v in views) for s in SEVERITIES}
