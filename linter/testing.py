"""Helpers for rule tests: lint a text with only some rules on."""

from __future__ import annotations

from typing import Any

from linter.config import parse_config
from linter.engine import Linter, LintResult


def lint(text: str, *select: str, config: dict[str, Any] | None = None) -> LintResult:
    """The findings carry both languages: ``d.message.zh``, ``d.message.en``, ``d.message.get(lang)``."""
    data = dict(config or {})
    if select:
        data["select"] = list(select)
    return Linter(parse_config(data)).lint_text(text)
