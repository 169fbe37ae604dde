"""The rule interface: metadata, options and the context a rule reports through."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from itertools import starmap
from typing import Any, ClassVar

from linter.diagnostics import Diagnostic, Fix, Message, Related, Severity, Span
from linter.model import Report


@dataclass(frozen=True)
class NoOptions:
    """This rule has no options."""


class Context:
    """Collects a rule's findings, stamping code, slug and configured severity."""

    def __init__(self, rule: Rule, severity: Severity, sink: Callable[[Diagnostic], None]):
        self._code = rule.code
        self._slug = rule.slug
        self._severity = severity
        self._sink = sink

    def report(
        self,
        span: Span,
        message: Message,
        *,
        related: tuple[tuple[Span, Message], ...] = (),
        fix: Fix | None = None,
    ) -> None:
        span.check()
        for where, _ in related:
            where.check()
        for edit in fix.edits if fix else ():
            edit.span.check()
        links = tuple(starmap(Related, related)) if related else ()
        self._sink(Diagnostic(self._code, self._slug, self._severity, message, span, links, fix))


class Rule(ABC):
    """Base class. The docstring is the rule's documentation page.

    Its first line is the summary; the body has the headings 检查内容 / 为什么 / 反例 / 正例 (Chinese) and
    documents options only through the ``doc`` metadata of its Options fields (the pages show them). The 反例
    block must trigger the rule and the 正例 block must raise nothing: tests run both.
    """

    code: ClassVar[str]
    slug: ClassVar[str]
    summary_en: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    Options: ClassVar[type] = NoOptions

    def __init__(self, options: Any = None) -> None:
        self.options = options if options is not None else self.Options()

    @abstractmethod
    def check(self, report: Report, ctx: Context) -> None:
        """Call ``ctx.report`` once per problem."""

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]
