"""``--statistics``: how many findings each rule raised, most first; ``*`` marks rules with safe fixes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from linter.outcome import FileResult


def statistics(results: Sequence[FileResult]) -> list[tuple[str, str, int, int]]:
    """(code, slug, findings, of which safely fixable), most findings first, then by code."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[tuple[str, str]] = Counter()
    for result in results:
        for f in result.findings:
            counts[(f.code, f.slug)] += 1
            if f.fix is not None and f.fix.safe:
                fixable[(f.code, f.slug)] += 1
    rows = [(code, slug, n, fixable[(code, slug)]) for (code, slug), n in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def render_statistics(results: Sequence[FileResult], stream: TextIO, lang: str = "zh") -> None:
    rows = statistics(results)
    if not rows:
        stream.write("no findings\n" if lang == "en" else "没有发现问题\n")
        return
    width = max(len(str(n)) for _, _, n, _ in rows)
    for code, slug, n, fixable in rows:
        mark = "[*]" if fixable else "   "
        stream.write(f"{n:>{width}}\t{code}\t{mark} {slug}\n")
    total = sum(n for _, _, n, _ in rows)
    stream.write(f"{total:>{width}}\t{'total' if lang == 'en' else '合计'}\n")
