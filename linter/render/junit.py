"""``--output-format junit``: JUnit XML, one test case per file, failing when the file has findings.

CI servers (GitLab, Jenkins, Azure) show it as a test report: each report file is a test case whose
failure lists its findings, one per line with line, column, code and message; an unreadable file is an
error case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TextIO

from linter.outcome import FileResult


def render_junit(results: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    failures = sum(1 for r in results if r.error is None and r.findings)
    errors = sum(1 for r in results if r.error is not None)
    suites = ET.Element(
        "testsuites", name="jxlint", tests=str(len(results)), failures=str(failures), errors=str(errors)
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="jxlint",
        tests=str(len(results)),
        failures=str(failures),
        errors=str(errors),
    )
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="jxlint", name=result.path, file=result.path)
        if result.error is not None:
            error = result.error.get(lang)
            ET.SubElement(case, "error", message=error, type="unreadable").text = error
            continue
        if not result.findings:
            continue
        counted = f"{len(result.findings)} findings" if lang == "en" else f"{len(result.findings)} 个问题"
        lines = [
            f"{result.path}:{f.position.line}:{f.position.column}: {f.code} [{f.severity.value}] {f.message.get(lang)}"
            for f in result.findings
        ]
        worst = max(result.findings, key=lambda f: f.severity.rank).severity.value
        ET.SubElement(case, "failure", message=counted, type=worst).text = "\n".join(lines)
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")
