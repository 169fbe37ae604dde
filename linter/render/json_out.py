"""``--format json``: stable, documented in docs/json-output.md.

The shape is fixed by linter/schema/jxlint-output.schema.json; the tests validate real output against it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from linter import __version__
from linter.outcome import SEVERITIES, FileResult, Finding, FixAt, Position, by_path
from linter.parse.numbers import format_decimal
from linter.render import indented_json
from linter.render.indented_json import encode_basestring

if TYPE_CHECKING:
    from linter.document import Location

SCHEMA_VERSION = 1


def to_data(outcomes: Sequence[FileResult], lang: str = "zh", *, diagnostics: bool = True) -> dict[str, Any]:
    """The JSON document, messages in ``lang`` (each file's ``diagnostics`` left empty without ``diagnostics``)."""
    results = by_path(outcomes)
    files = [_file(r, lang, diagnostics) for r in results]
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
    data = to_data(outcomes, lang, diagnostics=False)
    results = by_path(outcomes)
    opening = "{\n  "
    for key, value in data.items():
        stream.write(opening + json.dumps(key, ensure_ascii=False) + ": ")
        opening = ",\n  "
        if key == "files" and value:
            for index, (item, result) in enumerate(zip(value, results, strict=True)):
                stream.write(("[\n    " if index == 0 else ",\n    ") + _file_text(item, result, lang))
            stream.write("\n  ]")
        else:
            stream.write(indented_json.dumps(value, 1))
    stream.write("\n}\n")


def _file_text(item: dict[str, Any], result: FileResult, lang: str) -> str:
    """``indented_json.dumps(_file(result, lang), 2)``, its diagnostics written by ``_diagnostics_text``."""
    parts = []
    for key, value in item.items():
        text = _diagnostics_text(result.findings, lang) if key == "diagnostics" else indented_json.dumps(value, 3)
        parts.append(f"\n      {encode_basestring(key)}: {text}")
    return "{" + ",".join(parts) + "\n    }"


def _diagnostics_text(findings: Sequence[Finding], lang: str) -> str:
    """``indented_json.dumps([_diagnostic(f, lang) for f in findings], 3)`` without building the dicts: a file's
    findings are most of a large output. ``tests/test_json_out.py`` holds the two equal on arbitrary findings."""
    if not findings:
        return "[]"
    items = ",\n        ".join([_diagnostic_text(f, lang) for f in findings])
    return f"[\n        {items}\n      ]"


def _diagnostic_text(f: Finding, lang: str) -> str:
    p = f.position
    related = ",\n            ".join(
        [
            f"{{\n              {_range_text(r.position, '              ')},\n"
            f'              "location": {_location_text(r.location, 7)},\n'
            f'              "message": {encode_basestring(r.message.get(lang))}\n'
            f"            }}"
            for r in f.related
        ]
    )
    return (
        f'{{\n          "code": {encode_basestring(f.code)},\n'
        f'          "rule": {encode_basestring(f.slug)},\n'
        f'          "severity": {encode_basestring(f.severity.value)},\n'
        f'          "message": {encode_basestring(f.message.get(lang))},\n'
        f"          {_range_text(p, '          ')},\n"
        f'          "location": {_location_text(f.location, 5)},\n'
        f'          "related": {f"[{chr(10)}            {related}{chr(10)}          ]" if related else "[]"},\n'
        f'          "fix": {_fix_text(f.fix, lang)}\n'
        f"        }}"
    )


def _range_text(p: Position, pad: str) -> str:
    return (
        f'"line": {int.__repr__(p.line)},\n{pad}"column": {int.__repr__(p.column)},\n'
        f'{pad}"end_line": {int.__repr__(p.end_line)},\n{pad}"end_column": {int.__repr__(p.end_column)}'
    )


def _location_text(location: Location | None, level: int) -> str:
    return "null" if location is None else indented_json.dumps(_location(location), level)


def _fix_text(fix: FixAt | None, lang: str) -> str:
    if fix is None:
        return "null"
    edits = ",\n              ".join(
        [
            f"{{\n                {_range_text(e.position, '                ')},\n"
            f'                "replacement": {encode_basestring(e.replacement)}\n'
            f"              }}"
            for e in fix.edits
        ]
    )
    return (
        f'{{\n            "title": {encode_basestring(fix.title.get(lang))},\n'
        f'            "safe": {"true" if fix.safe else "false"},\n'
        f'            "edits": {f"[{chr(10)}              {edits}{chr(10)}            ]" if edits else "[]"}\n'
        f"          }}"
    )


def _file(result: FileResult, lang: str, diagnostics: bool = True) -> dict[str, Any]:
    framework = result.framework
    return {
        "path": result.path,
        "error": None if result.error is None else {"message": result.error.get(lang)},
        "diagnostics": [_diagnostic(f, lang) for f in result.findings] if diagnostics else [],
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
