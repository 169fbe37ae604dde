"""``--format json``: stable, documented in docs/json-output.md.

The shape is fixed by linter/schema/jxlint-output.schema.json; the tests validate real output against it.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from linter import __version__
from linter.diagnostics import Diagnostic, Severity
from linter.model import Report
from linter.outcome import FileOutcome, position
from linter.source import Location

SCHEMA_VERSION = 1


def to_data(outcomes: list[FileOutcome]) -> dict[str, Any]:
    files = [_file(o) for o in sorted(outcomes, key=lambda o: o.path)]
    summary = {"files": len(outcomes)} | {
        s.value: sum(o.count(s) for o in outcomes) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    }
    summary["unreadable"] = sum(1 for o in outcomes if o.error is not None)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jxlint", "version": __version__},
        "files": files,
        "summary": summary,
    }


def to_json(outcomes: list[FileOutcome]) -> str:
    return json.dumps(to_data(outcomes), ensure_ascii=False, indent=2) + "\n"


def _file(outcome: FileOutcome) -> dict[str, Any]:
    diagnostics: list[dict[str, Any]] = []
    if outcome.report is not None:
        report = outcome.report
        diagnostics = [_diagnostic(report, d, outcome) for d in outcome.diagnostics]
        diagnostics.sort(key=lambda d: (d["line"], d["column"], d["code"], d["message"]))
    return {
        "path": outcome.path,
        "error": None if outcome.error is None else {"message": outcome.error},
        "diagnostics": diagnostics,
    }


def _diagnostic(report: Report, d: Diagnostic, outcome: FileOutcome) -> dict[str, Any]:
    pos = position(report, d.span.start, d.span.end)
    return {
        "code": d.code,
        "rule": d.slug,
        "severity": d.severity.value,
        "message": d.message,
        "line": pos.line,
        "column": pos.column,
        "end_line": pos.end_line,
        "end_column": pos.end_column,
        "location": _location(outcome.location(d.span.start)),
        "related": [_related(report, r.span.start, r.span.end, r.message) for r in d.related],
        "fix": None
        if d.fix is None
        else {
            "title": d.fix.title,
            "safe": d.fix.safe,
            "edits": [
                _related(report, e.span.start, e.span.end, None) | {"replacement": e.replacement}
                for e in d.fix.edits
            ],
        },
    }


def _related(report: Report, start: int, end: int, message: str | None) -> dict[str, Any]:
    pos = position(report, start, end)
    data: dict[str, Any] = {
        "line": pos.line,
        "column": pos.column,
        "end_line": pos.end_line,
        "end_column": pos.end_column,
    }
    if message is not None:
        data["message"] = message
    return data


def _location(location: Location | None) -> dict[str, Any] | None:
    """Where the finding sits in a .docx/.xlsx/.pdf/.html document; null for plain text."""
    if location is None:
        return None
    data = {k: v for k, v in dataclasses.asdict(location).items() if v is not None}
    data["label"] = location.label()
    return data
