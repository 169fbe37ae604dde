"""``--output-format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE slug::message`` (warning/notice for the
other severities); GitHub shows them on the changed lines of a pull request. Values are escaped as the
workflow-command syntax requires (``%``, CR and LF everywhere; ``:`` and ``,`` in properties too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from linter.diagnostics import Severity
from linter.outcome import FileResult

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    for result in results:
        path = _property(result.path)
        if result.error is not None:
            title = "jxlint: file not checked" if lang == "en" else "jxlint：无法检查"
            stream.write(f"::error file={path},title={_property(title)}::{_data(result.error.get(lang))}\n")
            continue
        for f in result.findings:
            p = f.position
            where = f"file={path},line={p.line},col={p.column},endLine={p.end_line},endColumn={p.end_column}"
            title = _property(f"{f.code} {f.slug}")
            stream.write(f"::{LEVEL[f.severity]} {where},title={title}::{_data(f.message.get(lang))}\n")
