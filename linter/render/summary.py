"""``--format summary``: one row per file with its claimed and recomputed overall score and its counts.

The table is drawn as a Markdown table (``|`` and ``-``): box-drawing characters are of ambiguous width and
take two cells in many Chinese terminals, which would break the columns, and a Markdown table can be pasted
into a document as it is. The claimed score is the report's
own overall statement (整体自评得分); the recomputed one adds up the first-level sections of its first complete
score block. A recomputed score that differs from the claimed one is highlighted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from linter.diagnostics import Severity
from linter.outcome import SEVERITIES, FileResult, by_path
from linter.render.console import SEVERITY_STYLE, PlainConsole, emit, summary_text, unreadable_line, words
from linter.render.names import escape_name
from linter.render.plain_table import Column, Grid, plain_markdown

UNKNOWN = "—"
SORT_KEYS = ("path", "claimed", "recomputed", "error", "warning", "info")
MISMATCH_STYLE = "bold yellow"
UNWRAPPED = 100_000  # cells: the console width used for a table printed into a file or pipe


@dataclass(frozen=True, slots=True)
class Columns:
    path: str
    claimed: str
    recomputed: str
    counts: dict[Severity, str]
    total: str  # "合计（{n} 个文件）"
    unreadable: str


COLUMNS = {
    "zh": Columns(
        path="文件",
        claimed="自评得分",
        recomputed="重算得分",
        counts={Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "信息"},
        total="合计（{n} 个文件）",
        unreadable="无法检查",
    ),
    "en": Columns(
        path="file",
        claimed="claimed",
        recomputed="recomputed",
        counts={Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"},
        total="total ({n} {file})",
        unreadable="could not be checked",
    ),
}


def sort_results(results: list[FileResult], key: str = "path", reverse: bool = False) -> list[FileResult]:
    """Rows ordered by one column; ties (and unknown scores, always last) in path order."""
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r}")
    by_path = sorted(results, key=lambda r: r.path)
    if key == "path":
        return by_path[::-1] if reverse else by_path

    def value(result: FileResult) -> Decimal | int | None:
        if key in ("claimed", "recomputed"):
            found: Decimal | None = getattr(result, key)
            return found
        return None if result.error is not None else result.count(Severity(key))

    known = [r for r in by_path if value(r) is not None]
    unknown = [r for r in by_path if value(r) is None]
    known.sort(key=lambda r: value(r) or 0, reverse=reverse)  # stable: equal values stay in path order
    return known + unknown


def summary_grid(
    outcomes: Sequence[FileResult], lang: str = "zh", sort: str = "path", reverse: bool = False
) -> Grid:
    """The table's cells and styles: one row per file, totals in the footer."""
    results = sort_results(by_path(outcomes), sort, reverse)
    c = COLUMNS.get(lang, COLUMNS["zh"])
    n = len(results)
    counted = [None if r.error is not None else _counts(r) for r in results]
    totals = [sum(counts[i] for counts in counted if counts is not None) for i in range(len(SEVERITIES))]
    columns = [
        Column(c.path, footer=(c.total.format(n=n, file="file" if n == 1 else "files"), "")),
        Column(c.claimed, right=True, wrap=False),
        Column(c.recomputed, right=True, wrap=False),
        *(
            Column(c.counts[s], right=True, wrap=False, footer=(str(t), SEVERITY_STYLE[s] if t else ""))
            for s, t in zip(SEVERITIES, totals, strict=True)
        ),
    ]
    grid = Grid(tuple(columns))
    unknown = (UNKNOWN, "")
    for result, counts in zip(results, counted, strict=True):
        path = escape_name(result.path)
        if counts is None:
            grid.rows.append(
                ((path, SEVERITY_STYLE[Severity.ERROR]), unknown, unknown, *(unknown for _ in SEVERITIES))
            )
            continue
        differs = result.recomputed is not None and result.claimed not in (None, result.recomputed)
        recomputed = (score(result.recomputed), MISMATCH_STYLE if differs else "")
        shown = ((str(k), SEVERITY_STYLE[s] if k else "") for s, k in zip(SEVERITIES, counts, strict=True))
        grid.rows.append(((path, ""), (score(result.claimed), ""), recomputed, *shown))
    return grid


def summary_table(
    outcomes: Sequence[FileResult], lang: str = "zh", sort: str = "path", reverse: bool = False
) -> Table:
    return summary_grid(outcomes, lang, sort, reverse).table()


def _counts(result: FileResult) -> list[int]:
    """The file's findings of each severity, in the order of SEVERITIES."""
    found = Counter(f.severity for f in result.findings)
    return [found[s] for s in SEVERITIES]


def score(value: Decimal | None) -> str:
    if value is None:
        return UNKNOWN
    from linter.parse.numbers import format_decimal

    return format_decimal(value)


def print_table(
    outcomes: Sequence[FileResult],
    console: Console | PlainConsole,
    lang: str = "zh",
    sort: str = "path",
    reverse: bool = False,
) -> None:
    """The table, as wide as it needs when the output is not a terminal (a file or a pipe is not wrapped)."""
    grid = summary_grid(outcomes, lang, sort, reverse)
    if console.color_system is None and not console.record and not console.is_terminal:
        plain = plain_markdown(grid)  # the same characters as rich's layout below, without its cost
        if plain is not None:
            console.file.write(plain)
            return
    table = grid.table()
    if console.is_terminal:
        console.print(table)
        return
    saved = console.width
    console.width = (
        UNWRAPPED  # the table takes only the width it needs, and Console.print never more than this
    )
    try:
        console.print(table)
    finally:
        console.width = saved


def render_summary(
    outcomes: Sequence[FileResult],
    console: Console | PlainConsole,
    lang: str = "zh",
    sort: str = "path",
    reverse: bool = False,
) -> None:
    """The table, then one line for each file that could not be checked, then the summary line."""
    results = by_path(outcomes)
    print_table(results, console, lang, sort, reverse)
    w = words(lang)
    for result in results:
        if result.error is not None:
            emit(console, unreadable_line(result, w))
    emit(console, summary_text(results, lang))
