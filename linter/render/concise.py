"""``--output-format concise``: one line per finding, ``path:line:column: CODE [severity] message``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from linter.outcome import FileResult


def render_concise(results: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    for result in results:
        if result.error is not None:
            what = "error" if lang == "en" else "无法检查"
            stream.write(f"{result.path}:1:1: {what}: {_one_line(result.error.get(lang))}\n")
            continue
        for f in result.findings:
            p = f.position
            stream.write(
                f"{result.path}:{p.line}:{p.column}: {f.code} [{f.severity.value}] {_one_line(f.message.get(lang))}\n"
            )


def _one_line(text: str) -> str:
    return " ".join(text.split())
