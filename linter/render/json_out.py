"""``--format json``: stable, documented in docs/json-output.md.

The shape is fixed by linter/schema/jxlint-output.schema.json; the tests validate real output against it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from linter import __version__
from linter.outcome import SEVERITIES, FileResult, Finding, FixAt, Position, RelatedAt, by_path
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
    """``to_json`` written a finding at a time, never holding the whole text of a large file or batch."""
    data = to_data(outcomes, lang, diagnostics=False)
    results = by_path(outcomes)
    write = stream.write
    opening = "{\n  "
    for key, value in data.items():
        write(f"{opening}{encode_basestring(key)}: ")
        opening = ",\n  "
        if key == "files" and value:
            for index, (item, result) in enumerate(zip(value, results, strict=True)):
                write("[\n    " if index == 0 else ",\n    ")
                _write_file(write, item, result, lang)
            write("\n  ]")
        else:
            write(indented_json.dumps(value, 1))
    write("\n}\n")


def _write_file(write: Callable[[str], object], item: dict[str, Any], result: FileResult, lang: str) -> None:
    """``indented_json.dumps(_file(result, lang), 2)``, its diagnostics written by ``_write_diagnostics``."""
    opening = "{"
    for key, value in item.items():
        write(f"{opening}\n      {encode_basestring(key)}: ")
        opening = ","
        if key == "diagnostics" and result.findings:
            _write_diagnostics(write, result.findings, lang)
        else:
            write(indented_json.dumps(value, 3))
    write("\n    }")


def _diagnostics_text(findings: Sequence[Finding], lang: str) -> str:
    """``indented_json.dumps([_diagnostic(f, lang) for f in findings], 3)``, as ``_write_diagnostics`` writes it.
    ``tests/test_json_out.py`` holds the two equal on arbitrary findings."""
    if not findings:
        return "[]"
    parts: list[str] = []
    _write_diagnostics(parts.append, findings, lang)
    return "".join(parts)


def _write_diagnostics(write: Callable[[str], object], findings: Sequence[Finding], lang: str) -> None:
    """A non-empty list of findings, one ``write`` each, without building the dicts: a file's findings are most of
    a large output."""
    en = lang == "en"
    before = "[\n        "
    for finding in findings:
        write(_diagnostic_text(finding, before, en))
        before = ",\n        "
    write("\n      ]")


def _diagnostic_text(f: Finding, before: str, en: bool) -> str:
    code, slug, severity, message, position, location, related, fix = f
    line, column, end_line, end_column = position
    return (
        f'{before}{{\n          "code": {encode_basestring(code)},\n'
        f'          "rule": {encode_basestring(slug)},\n'
        f'          "severity": {encode_basestring(severity)},\n'  # a StrEnum member is its value
        f'          "message": {encode_basestring(message.en if en else message.zh)},\n'
        f'          "line": {line},\n          "column": {column},\n'
        f'          "end_line": {end_line},\n          "end_column": {end_column},\n'
        f'          "location": {"null" if location is None else indented_json.dumps(_location(location), 5)},\n'
        f'          "related": {_related_text(related, en) if related else "[]"},\n'
        f'          "fix": {"null" if fix is None else _fix_text(fix, en)}\n'
        f"        }}"
    )


def _related_text(related: tuple[RelatedAt, ...], en: bool) -> str:
    items = []
    for position, message, location in related:
        line, column, end_line, end_column = position
        items.append(
            f'{{\n              "line": {line},\n              "column": {column},\n'
            f'              "end_line": {end_line},\n              "end_column": {end_column},\n'
            f'              "location": {"null" if location is None else indented_json.dumps(_location(location), 7)},\n'
            f'              "message": {encode_basestring(message.en if en else message.zh)}\n'
            f"            }}"
        )
    return "[\n            " + ",\n            ".join(items) + "\n          ]"


def _fix_text(fix: FixAt, en: bool) -> str:
    edits = []
    for position, replacement in fix.edits:
        line, column, end_line, end_column = position
        edits.append(
            f'{{\n                "line": {line},\n                "column": {column},\n'
            f'                "end_line": {end_line},\n                "end_column": {end_column},\n'
            f'                "replacement": {encode_basestring(replacement)}\n'
            f"              }}"
        )
    title = fix.title
    listed = "[\n              " + ",\n              ".join(edits) + "\n            ]" if edits else "[]"
    return (
        f'{{\n            "title": {encode_basestring(title.en if en else title.zh)},\n'
        f'            "safe": {"true" if fix.safe else "false"},\n'
        f'            "edits": {listed}\n'
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
