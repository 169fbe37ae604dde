"""The default human-readable output (placeholder: one line per finding)."""

from __future__ import annotations

from rich.console import Console

from linter.outcome import FileOutcome, position


def render_text(outcomes: list[FileOutcome], console: Console, lang: str) -> None:
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.error is not None:
            console.print(f"{outcome.path}: error: {outcome.error}", markup=False)
            continue
        assert outcome.report is not None
        for d in outcome.diagnostics:
            pos = position(outcome.report, d.span.start, d.span.end)
            console.print(
                f"{outcome.path}:{pos.line}:{pos.column}: {d.severity.value} {d.code} [{d.slug}] {d.message}",
                markup=False,
            )
