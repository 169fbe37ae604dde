"""``--format json``: stable, documented in docs/json-output.md.

The shape is fixed by linter/schema/jxlint-output.schema.json; the tests validate real output against it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from linter import __version__
from linter.outcome import SEVERITIES, FileResult, Finding, Position, by_path
from linter.parse.numbers import format_decimal
from linter.render import indented_json

if TYPE_CHECKING:
    from linter.document import Location

SCHEMA_VERSION = 1


def to_data(outcomes: Sequence[FileResult], lang: str = "zh") -> dict[str, Any]:
    """The JSON document, messages in ``lang``."""
    results = by_path(outcomes)
    files = [_file(r, lang) for r in results]
    summary = {"files": len(results)} | {s.value: sum(r.count(s) for r in results) for s in SEVERITIES}
    summary["unreadable"] = sum(1 for r in results if r.error is not None)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jxlint", "version": __version__},
        "files": files,
        "summary": summary,
    }


def to_json(outcomes: Sequence[FileResult], lang: str = "zh") -> str:
    return indented_json.dumps(to_data(outcomes, lang)) + "\n"


def write_json(outcomes: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    """``to_json`` written a file at a time, never holding the whole text of a large batch."""
    data = to_data(outcomes, lang)
    opening = "{\n  "
    for key, value in data.items():
        stream.write(opening + json.dumps(key, ensure_ascii=False) + ": ")
        opening = ",\n  "
        if key == "files" and value:
            for index, item in enumerate(value):
                stream.write(("[\n    " if index == 0 else ",\n    ") + indented_json.dumps(item, 2))
            stream.write("\n  ]")
        else:
            stream.write(indented_json.dumps(value, 1))
    stream.write("\n}\n")


def _file(result: FileResult, lang: str) -> dict[str, Any]:
    framework = result.framework
    return {
        "path": result.path,
        "error": None if result.error is None else {"message": result.error.get(lang)},
        "diagnostics": [_diagnostic(f, lang) for f in result.findings],
        "framework": None if framework is None else dict(zip(("id", "name", "reason"), framework, strict=True)),
        "scores": {
            "claimed": None if result.claimed is None else format_decimal(result.claimed),
            "recomputed": None if result.recomputed is None else format_decimal(result.recomputed),
        },
    }


def _diagnostic(f: Finding, lang: str) -> dict[str, Any]:
    return {
        "code": f.code,
        "rule": f.slug,
        "severity": f.severity.value,
        "message": f.message.get(lang),
        **_range(f.position),
        "location": _location(f.location),
        "related": [
            _range(r.position) | {"location": _location(r.location), "message": r.message.get(lang)} for r in f.related
        ],
        "fix": None
        if f.fix is None
        else {
            "title": f.fix.title.get(lang),
            "safe": f.fix.safe,
            "edits": [_range(e.position) | {"replacement": e.replacement} for e in f.fix.edits],
        },
    }


def _range(p: Position) -> dict[str, Any]:
    return {"line": p.line, "column": p.column, "end_line": p.end_line, "end_column": p.end_column}


def _location(location: Location | None) -> dict[str, Any] | None:
    """Where the finding sits in a .docx/.xlsx/.pdf/.html document; null for plain text."""
    if location is None:
        return None
    data = {k: v for k, v in location._asdict().items() if v is not None}
    data["label"] = location.label()
    return data
