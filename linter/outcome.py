"""What checking one file produced: its findings, or why it could not be checked.

A ``FileResult`` is everything about one checked file that the outputs show: each rule's ``Diagnostic``
placed as a ``Finding`` (line and column, where it sits in a document), the source lines the code frames
show, and the file's claimed and recomputed overall scores. It is plain data, small and picklable, so a
worker process sends it back instead of the whole Report. ``file_result`` builds one from a linted report;
``check_file`` is the whole of checking one file, for the command line and for its worker processes alike.
See docs/architecture.md.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from linter import codecache, patterns
from linter.analysis.rounding import scores_rounded
from linter.diagnostics import Diagnostic, Message, Severity, Span

if TYPE_CHECKING:
    from linter.config import Config
    from linter.document import Location, Segment, Source
    from linter.engine import Linter
    from linter.model import Report, ScoreNode

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
# A named tuple made from its fields at C speed: its class's own ``__new__`` is a Python function, a call that
# costs as much again as the tuple, and a large report's findings have thousands of positions.
_new_tuple = tuple.__new__


class Position(NamedTuple):
    """1-based line and column of a range's start, and of the position just after its end."""

    line: int
    column: int
    end_line: int
    end_column: int


class RelatedAt(NamedTuple):
    position: Position
    message: Message
    location: Location | None = None  # where it sits in a .docx/.xlsx/.pdf/.html document


class EditAt(NamedTuple):
    position: Position
    replacement: str


class FixAt(NamedTuple):
    title: Message
    safe: bool
    edits: tuple[EditAt, ...]


class Finding(NamedTuple):
    """A Diagnostic placed in its file: line and column instead of offsets, and where it sits in a document."""

    code: str
    slug: str
    severity: Severity
    message: Message  # both languages; the output picks one
    position: Position
    location: Location | None = None  # where it sits in a .docx/.xlsx/.pdf/.html document
    related: tuple[RelatedAt, ...] = ()
    fix: FixAt | None = None

    def sort_key(self) -> tuple[int, int, str, str, int, int]:
        p = self.position
        return p.line, p.column, self.code, self.message, p.end_line, p.end_column


@dataclass(frozen=True, slots=True)
class FileResult:
    """Everything the renderers need about one file; plain data."""

    path: str
    error: Message | None = None  # why it could not be checked
    findings: tuple[Finding, ...] = ()  # sorted by line, column, code, message
    lines: dict[int, str] = field(default_factory=dict)  # the source lines findings point at, by number
    claimed: Decimal | None = None  # the report's stated overall score
    recomputed: Decimal | None = None  # the sum of its first complete block of first-level scores
    notes: tuple[Message, ...] = ()  # what the user should know that is not a finding (a bad suppression)
    framework: tuple[str, str, str] | None = None  # (id, name, why) of the indicator framework it follows

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


class Locations:
    """Where text offsets sit in the original document (第N段, 表M 第r行 第c列, sheet!cell, page), from the
    reader's segments; nothing for plain text."""

    __slots__ = ("_segments", "_starts")

    def __init__(self, segments: tuple[Segment, ...]) -> None:
        self._segments = segments
        self._starts = [s.start for s in segments]

    def at(self, offset: int) -> Location | None:
        if not self._segments:
            return None
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        segment = self._segments[index]
        if offset <= segment.end:
            return segment.location
        following = self._segments[index + 1] if index + 1 < len(self._segments) else None
        if (
            following is not None
            and following.location.kind in ("table", "sheet")
            and offset < following.start
        ):
            return following.location  # a tab between two cells belongs to the row
        return segment.location if segment.location.kind in ("paragraph", "page") else None


def file_result(
    path: str,
    report: Report,
    diagnostics: Iterable[Diagnostic],
    *,
    segments: tuple[Segment, ...] = (),
    text: str | None = None,
    notes: tuple[Message, ...] = (),
) -> FileResult:
    """The FileResult of a linted report: every diagnostic placed (line, column, document location), the
    source lines the findings point at, the scores. ``text`` is the text as read, if the report's differs."""
    from linter.model import line_starts

    starts = line_starts(report.text)
    locations = Locations(segments) if segments else None
    findings = sorted([_finding(d, starts, locations) for d in diagnostics], key=Finding.sort_key)
    wanted = {f.position.line for f in findings} | {r.position.line for f in findings for r in f.related}
    lines = source_lines(report.text, wanted, starts) if text is None else source_lines(text, wanted)
    return FileResult(
        path,
        None,
        tuple(findings),
        lines,
        claimed=claimed_score(report),
        recomputed=recomputed_score(report),
        framework=None
        if report.framework is None
        else (report.framework.id, report.framework.name, report.framework_reason),
        notes=notes,
    )


def _finding(d: Diagnostic, starts: list[int], locations: Locations | None) -> Finding:
    fix = None
    if d.fix is not None:
        edits = tuple([_new_tuple(EditAt, (_position(starts, e.span), e.replacement)) for e in d.fix.edits])
        fix = _new_tuple(FixAt, (d.fix.title, d.fix.safe, edits))
    related = ()
    if d.related:
        related = tuple(
            [
                _new_tuple(
                    RelatedAt,
                    (_position(starts, r.span), r.message, None if locations is None else locations.at(r.span.start)),
                )
                for r in d.related
            ]
        )
    location = None if locations is None else locations.at(d.span.start)
    fields = (d.code, d.slug, d.severity, d.message, _position(starts, d.span), location, related, fix)
    return _new_tuple(Finding, fields)


def _position(starts: list[int], span: Span) -> Position:
    """Where ``span`` starts and ends, given where the text's lines start (most spans end on the line they start on)."""
    start, end = span.start, span.end
    line = bisect_right(starts, start)
    end_line = line if line == len(starts) or end < starts[line] else bisect_right(starts, end, line)
    return _new_tuple(Position, (line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1))


def by_path(results: Iterable[FileResult]) -> list[FileResult]:
    """The results sorted by path."""
    return sorted(results, key=lambda r: r.path)


def source_lines(text: str, numbers: Iterable[int], starts: list[int] | None = None) -> dict[int, str]:
    """The text of the 1-based lines ``numbers``, without their line breaks (``starts``: where the text's lines
    start, when known)."""
    if starts is None:
        from linter.model import line_starts

        starts = line_starts(text)
    count = len(starts)
    return {
        number: text[starts[number - 1] : starts[number] if number < count else len(text)].rstrip("\r\n")
        for number in numbers
    }


def claimed_score(report: Report) -> Decimal | None:
    """The report's stated overall score: its own statement, else the 总分 row of its score table."""
    if report.overall is not None:
        return report.overall.value
    table_total = next((b.total_score for b in report.blocks if b.table is not None and b.total_score), None)
    return table_total.value if table_total is not None else None


def recomputed_score(report: Report) -> Decimal | None:
    """The overall score worked out again from the leaves up (see ``ScoreNode.recomputed_value``) over the
    report's first level: the first block read as the first level, else the first block whose every section
    states points and a score, with the framework's first-level indicators that only the conclusion restates.
    None when there is no such block.
    """
    block = next((b for b in report.blocks if b.first_level), None)
    if block is None:
        block = next(
            (
                b
                for b in report.blocks
                if b.nodes and all(n.score_value is not None and n.max_value is not None for n in b.nodes)
            ),
            None,
        )
    if block is None:
        return None
    nodes = block.first_level_nodes()
    if all(n.key is not None for n in nodes):  # the framework's first-level indicators, and only those
        nodes += _restated_only(report, nodes)
    if any(n.hides_score for n in nodes):
        return None  # a score written as a formula without its value: the sum cannot be worked out
    # The 加分项 rows count, as in the total they lift; not when the table's total is the score before them (a 总分
    # row above the 加分项 rows and no 最终得分 row below).
    before_bonus = block.base_score is not None and block.base_score is block.total_score
    bonus = Decimal(0) if before_bonus else sum((c.value for c in block.bonus), Decimal(0))
    return sum((_recomputed(n) for n in nodes), bonus)


def _restated_only(report: Report, nodes: list[ScoreNode]) -> list[ScoreNode]:
    """The first-level indicators ``nodes`` lack that the conclusion restates (……预算执行率得9.93分，产出指标得50分
    …… with no section of its own for the 预算执行率): their scores count as restated."""
    keys = {n.key for n in nodes if n.key is not None}
    found = []
    for restatement in report.restatements:
        for item in restatement.items:
            if item.key is not None and item.key not in keys:
                keys.add(item.key)
                found.append(item)
    return found


def _recomputed(node: ScoreNode) -> Decimal:
    """``node.recomputed_value()``, except that the score a node states stands when its parts miss it by no more
    than rounding evenly split shares explains (3.33 × 3 under a written 10; score-sum-mismatch does not report it)."""
    if not node.children or node.uncertain:
        return node.recomputed_value() or Decimal(0)
    total = sum((_recomputed(c) for c in node.children), Decimal(0))
    stated = node.score
    if stated is not None and total != stated.value and scores_rounded(total, stated.value, node.children):
        return stated.value
    return total


# --- checking one file -----------------------------------------------------------------------------------


class CheckOptions(NamedTuple):
    """How to check a file: plain values only, so worker processes receive them cheaply."""

    config: str | None = None  # the jxlint.yaml that applies, or None for the defaults
    select: tuple[str, ...] | None = None  # --select
    ignore: tuple[str, ...] | None = None  # --ignore
    max_bytes: int | None = None  # None: the reader's default limit
    time_limit: float | None = None  # seconds per file (--time-limit); None: the config's, else the default
    memory_limit: int | None = None  # bytes per file (--memory-limit); None: the config's, else the default

    @property
    def linter_key(self) -> tuple[str | None, tuple[str, ...] | None, tuple[str, ...] | None]:
        return self.config, self.select, self.ignore


_LINTERS: dict[tuple[str | None, tuple[str, ...] | None, tuple[str, ...] | None], Linter] = {}


def linter_for(options: CheckOptions) -> Linter:
    """The Linter for these options, built once per process (configuration errors propagate)."""
    key = options.linter_key
    linter = _LINTERS.get(key)
    if linter is None:
        from linter.config import Config, load_config
        from linter.engine import Linter

        config = load_config(Path(options.config)) if options.config else Config()
        select = list(options.select) if options.select else None
        ignore = list(options.ignore) if options.ignore else None
        linter = _LINTERS[key] = Linter(config.with_cli(select, ignore))
    return linter


def check_file(path: str, display: str, options: CheckOptions, keep: list[object] | None = None) -> FileResult:
    """Read and lint one file within its time and memory budget. Never raises for anything the file
    contains: problems become its error. ``keep``: see ``check_source``."""
    return within_budget(display, options, lambda: _check_file(path, display, options, keep))


def within_budget(display: str, options: CheckOptions, work: Callable[[], FileResult]) -> FileResult:
    """``work()`` within the time and memory budget of ``options``; over it, the file's error says which."""
    from linter.limits import BudgetExceeded, budget, budget_message

    seconds, memory = limits_for(options, linter_for(options).config)
    try:
        with budget(seconds, memory):
            return work()
    except BudgetExceeded:
        return FileResult(display, error=budget_message("time", seconds))
    except MemoryError:
        return FileResult(display, error=budget_message("memory", memory))


def limits_for(options: CheckOptions, config: Config) -> tuple[float, int]:
    """The time (seconds) and memory (bytes) budget of a file: the command line's, else the config's, else
    the defaults; 0 means none."""
    from linter.limits import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT

    seconds = options.time_limit if options.time_limit is not None else config.time_limit
    memory = options.memory_limit if options.memory_limit is not None else config.memory_limit
    return (
        DEFAULT_TIME_LIMIT if seconds is None else seconds,
        DEFAULT_MEMORY_LIMIT if memory is None else memory,
    )


def read_file(path: str, options: CheckOptions) -> Source:
    """A file's Source. Every failure, a library's included, is a ReadError naming the problem."""
    from linter.source import DEFAULT_MAX_BYTES, ReadError, read_source

    try:
        return read_source(Path(path), options.max_bytes or DEFAULT_MAX_BYTES)
    except ReadError as exc:
        if isinstance(exc.__cause__, MemoryError):
            raise exc.__cause__ from None
        raise
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # a reader that let a library's error through: still this file's error only
        from linter.readers._build import one_line

        reason = f"{type(exc).__name__}: {one_line(str(exc))}".rstrip(": ")
        raise ReadError(f"无法读取此文件（{reason}）", f"cannot read this file ({reason})") from exc


def _check_file(path: str, display: str, options: CheckOptions, keep: list[object] | None) -> FileResult:
    from linter.document import ReadError

    try:
        source = read_file(path, options)
    except ReadError as exc:
        return FileResult(display, error=exc.message())
    except RecursionError:
        return FileResult(display, error=_too_deep())
    return check_source(source, display, options, keep)


def check_source(
    source: Source, display: str, options: CheckOptions, keep: list[object] | None = None
) -> FileResult:
    """Lint a Source already read, its inline suppressions applied. Never raises for what it contains.

    ``keep``, for the last file of a process about to end (``linter.cli.run_checks``), receives the linted
    report instead of it being freed, and what the check made is set aside from the cyclic collector
    (``gc.freeze``): freeing a large report object by object, or the collector walking it, would cost a
    tenth of its check, and the process ends without doing either (``linter.cli.run``)."""
    from linter.suppress import lint_source

    collecting = gc.isenabled()
    gc.disable()  # a report is many small objects: collecting them mid-check makes long reports superlinear
    try:
        linter = linter_for(options)
        linted = lint_source(linter, source, display)
        if keep is not None:
            keep.append(linted)
        report = linted.result.report
        return file_result(
            display,
            report,
            linted.diagnostics,
            segments=source.segments,
            text=source.text if report.text is not source.text else None,
            notes=tuple(linted.problems()),
        )
    except RecursionError:
        return FileResult(display, error=_too_deep())
    except MemoryError:
        raise
    except Exception as exc:  # a bug in jxlint must not hide the other files
        return FileResult(display, error=internal_error(exc))
    finally:
        if keep is not None:
            gc.freeze()
        if collecting:
            gc.enable()
        patterns.KEPT.save()  # what this check compiled first, for the next process
        codecache.KEPT.save()


def _too_deep() -> Message:
    return Message("结构嵌套过深，无法解析", "structure nested too deeply")


def check_files(items: list[tuple[str, str, CheckOptions]]) -> list[FileResult]:
    """A chunk of files, in a worker process."""
    return [check_file(path, display, options) for path, display, options in items]


def internal_error(exc: BaseException) -> Message:
    return Message(f"内部错误：{type(exc).__name__}: {exc}", f"internal error：{type(exc).__name__}: {exc}")
