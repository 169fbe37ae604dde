"""Parse a report once, run the selected rules, return sorted diagnostics. Knows no individual rule."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from linter.config import Config
from linter.diagnostics import Diagnostic
from linter.model import Report
from linter.parse.parser import parse
from linter.rule import Context, Rule


@dataclass(frozen=True, slots=True)
class LintResult:
    report: Report
    diagnostics: list[Diagnostic]


class Linter:
    def __init__(self, config: Config | None = None, lang: str = "zh") -> None:
        self.config = config or Config()
        self.lang = lang
        self.rules: list[Rule] = [r(self.config.rule_options(r)) for r in self.config.selected()]

    def lint_text(self, text: str, path: str = "<text>") -> LintResult:
        # The model is many small acyclic objects: the cyclic collector would rescan them all again and again
        # while a large report is built, making the time grow faster than the text.
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._lint(text, path)
        finally:
            if paused:
                gc.enable()

    def _lint(self, text: str, path: str) -> LintResult:
        report = parse(text, path, framework=self.config.framework, issuer_level=self.config.issuer_level)
        found: list[Diagnostic] = []
        for rule in self.rules:
            severity = self.config.severity.get(rule.code, rule.severity)
            rule.check(report, Context(rule, severity, self.lang, found.append))
        keyed = {(d.code, d.span, d.message): d for d in found}  # a rule may reach one finding twice
        diagnostics = sorted(keyed.values(), key=lambda d: (d.span.start, d.span.end, d.code, d.message))
        return LintResult(report, diagnostics)
