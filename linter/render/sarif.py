"""``--output-format sarif``: SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, SonarQube).

One run; the driver lists every rule with its summary, its documentation page as help text and a help URI
into docs/rules. Columns are Unicode code points (``columnKind``), as everywhere in jxlint. Safe and unsafe
fixes of plain-text files become SARIF ``fixes``; a finding in a document (.docx, .xlsx, …) also carries
its document location (第3段 / 表1 第4行 第6列) as a logical location. An unreadable file is a tool
execution notification, and makes ``executionSuccessful`` false. The tests validate the output against the
official OASIS schema.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from linter import __version__
from linter.diagnostics import Severity
from linter.outcome import FileResult, Finding, Position

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
DOCS = "docs/rules/"  # the rule pages, relative to the project's home (see help_uri)


@cache
def _home() -> str | None:
    """The project's home page from the installed package's metadata, if it names one."""
    from importlib import metadata

    try:
        urls = metadata.metadata("jxlint").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("repository", "source", "homepage", "documentation"):
            return url.strip().rstrip("/") + "/"
    return None


def help_uri(code: str) -> str:
    """The rule's page: under the project's home page when the package names one, else relative
    (``docs/rules/SC101.md``, resolved against the jxlint repository)."""
    return f"{_home() or ''}{DOCS}{code}.md"


def _rules(lang: str) -> list[dict[str, Any]]:
    from linter import registry
    from linter.docs import rule_markdown

    out = []
    for rule in registry.all_rules():
        summary = rule.summary_en if lang == "en" else rule.summary()
        page = rule_markdown(rule)
        out.append(
            {
                "id": rule.code,
                "name": rule.slug,
                "shortDescription": {"text": summary},
                "fullDescription": {"text": f"{rule.summary()} / {rule.summary_en}"},
                "help": {"text": page, "markdown": page},
                "helpUri": help_uri(rule.code),
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {"tags": [rule.slug]},
            }
        )
    return out


def _uri(path: str) -> str:
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix())


def _region(p: Position, line_text: str | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": p.line,
        "startColumn": p.column,
        "endLine": p.end_line,
        "endColumn": p.end_column,
    }
    if line_text is not None and p.end_line == p.line and p.end_column > p.column:
        region["snippet"] = {"text": line_text[p.column - 1 : p.end_column - 1]}
    return region


def _location(uri: str, p: Position, result: FileResult) -> dict[str, Any]:
    return {
        "physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(p, result.lines.get(p.line))}
    }


def _result(
    result: FileResult, f: Finding, uri: str, index: dict[str, int], plain_text: bool, lang: str
) -> dict[str, Any]:
    from linter.baseline import key

    location = _location(uri, f.position, result)
    if f.location is not None:
        location["logicalLocations"] = [{"name": f.location.label(), "kind": "element"}]
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVEL[f.severity],
        "message": {"text": f.message.get(lang)},
        "locations": [location],
        "partialFingerprints": {
            "jxlint/v1": hashlib.sha256("\x1f".join(key(result, f)).encode()).hexdigest()[:32]
        },
    }
    if f.related:
        out["relatedLocations"] = [
            _location(uri, r.position, result) | {"id": i, "message": {"text": r.message.get(lang)}}
            for i, r in enumerate(f.related, start=1)
        ]
    if f.fix is not None and plain_text:
        out["fixes"] = [
            {
                "description": {"text": f.fix.title.get(lang)},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {"deletedRegion": _region(e.position), "insertedContent": {"text": e.replacement}}
                            for e in f.fix.edits
                        ],
                    }
                ],
                "properties": {"safe": f.fix.safe},
            }
        ]
    return out


def to_sarif(results: Sequence[FileResult], lang: str = "zh") -> dict[str, Any]:
    from linter.source import TEXT_SUFFIXES

    rules = _rules(lang)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    sarif_results = []
    notifications = []
    for result in results:
        uri = _uri(result.path)
        if result.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.path}: {result.error.get(lang)}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        plain = PurePath(result.path).suffix.lower() in TEXT_SUFFIXES
        sarif_results += [_result(result, f, uri, index, plain, lang) for f in result.findings]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "jxlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "language": "en-US" if lang == "en" else "zh-CN",
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }


def render_sarif(results: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    json.dump(to_sarif(results, lang), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
