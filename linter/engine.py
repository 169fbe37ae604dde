"""Parse a report once, run the selected rules, return sorted diagnostics. Knows no individual rule."""

from __future__ import annotations

import dataclasses
import gc
from dataclasses import dataclass

from linter.config import Config
from linter.diagnostics import Diagnostic, Message, Span
from linter.invisible import Removed, strip_invisible
from linter.model import Report, line_starts
from linter.parse.parser import parse
from linter.rule import Context, Rule


@dataclass(frozen=True, slots=True)
class LintResult:
    report: Report
    diagnostics: list[Diagnostic]


class Linter:
    """Runs the selected rules over a text. Findings carry their messages in both languages: the language
    is the output's choice, not the linter's."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.rules: list[Rule] = [r(self.config.rule_options(r)) for r in self.config.selected()]

    def lint_text(self, text: str, path: str = "<text>") -> LintResult:
        # The model is many small acyclic objects: the cyclic collector would rescan them all again and again
        # while a large report is built, making the time grow faster than the text.
        paused = gc.isenabled()
        gc.disable()
        try:
            visible, removed = strip_invisible(text)
            result = self._lint(visible, path)
            return result if removed is None else _restore(result, text, removed)
        finally:
            if paused:
                gc.enable()

    def _lint(self, text: str, path: str) -> LintResult:
        report = parse(text, path, framework=self.config.framework, issuer_level=self.config.issuer_level)
        found: list[Diagnostic] = []
        for rule in self.rules:
            severity = self.config.severity.get(rule.code, rule.severity)
            rule.check(report, Context(rule, severity, found.append))
        return LintResult(report, _in_order(found))


def _in_order(found: list[Diagnostic]) -> list[Diagnostic]:
    """``found`` without repeats (a rule may reach one finding twice: the same code, span and message), by
    span, code and message. Keyed by the spans' offsets and the messages' texts, which is what their equality
    and order compare."""
    keyed = {(d.span.start, d.span.end, d.code, d.message.zh, d.message.en): d for d in found}
    return [keyed[key] for key in sorted(keyed)]


def _restore(result: LintResult, text: str, removed: Removed) -> LintResult:
    """The result of linting ``text`` without its invisible characters, told in terms of ``text`` itself:
    the diagnostics' spans map back to it, the report's text (used for line and column) is the original, and
    a message whose span hides such characters says which."""

    def span(s: Span) -> Span:
        return Span(removed.start(s.start), max(removed.start(s.start), removed.end(s.end)))

    diagnostics = []
    for d in result.diagnostics:
        related = tuple(dataclasses.replace(r, span=span(r.span)) for r in d.related)
        fix = d.fix
        if fix is not None:
            edits = tuple(dataclasses.replace(e, span=span(e.span)) for e in fix.edits)
            fix = dataclasses.replace(fix, edits=edits)
        where = span(d.span)
        hidden = removed.inside(where.start, where.end)
        message = d.message
        if hidden:
            message += Message(
                f"（其中有不可见字符 {'、'.join(hidden)}）", f" (it hides the invisible character {', '.join(hidden)})"
            )
        diagnostics.append(dataclasses.replace(d, span=where, related=related, fix=fix, message=message))
    report = dataclasses.replace(result.report, text=text, _line_starts=line_starts(text))
    return LintResult(report, diagnostics)
