"""The rule catalogue keeps its conventions; every docstring's examples run."""

from __future__ import annotations

import re
from typing import Any

import pytest

from linter import registry
from linter.diagnostics import Diagnostic, Edit, Fix, Severity, Span
from linter.rule import Context, Message, NoOptions, Rule
from linter.testing import lint

HEADINGS = ("检查内容", "为什么", "反例", "正例")


def _block(doc: str, heading: str) -> str:
    match = re.search(heading + r"\s*\n\s*```text\n(.*?)\n\s*```", doc, re.S)
    assert match, f"no ```text block under {heading}"
    lines = match.group(1).splitlines()
    indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
    return "\n".join(x[indent:] for x in lines) + "\n"


def test_catalogue_is_consistent() -> None:
    assert registry.check_metadata() == []


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_docstring_has_headings(rule: type[Rule]) -> None:
    doc = rule.__doc__ or ""
    positions = [doc.find(h) for h in HEADINGS]
    assert all(p > 0 for p in positions) and positions == sorted(positions), rule.code
    assert rule.summary() and rule.summary_en


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_docstring_examples(rule: type[Rule]) -> None:
    doc = rule.__doc__ or ""
    bad = lint(_block(doc, "反例"), rule.code)
    good = lint(_block(doc, "正例"), rule.code)
    assert [d for d in bad.diagnostics if d.code == rule.code], "反例 must trigger the rule"
    assert not [d for d in good.diagnostics if d.code == rule.code], "正例 must not trigger the rule"


@pytest.mark.parametrize(
    "where",
    [
        {"span": Span(5, 2)},
        {"span": Span(0, 1), "related": ((Span(-1, 1), Message("此处", "here")),)},
        {"span": Span(0, 1), "fix": Fix("改", (Edit(Span(4, 3), ""),))},
    ],
    ids=["finding", "related", "fix"],
)
def test_a_malformed_span_in_a_finding_is_refused(where: dict[str, Any]) -> None:
    rule = registry.all_rules()[0](NoOptions())
    found: list[Diagnostic] = []
    context = Context(rule, Severity.ERROR, "zh", found.append)
    with pytest.raises(ValueError, match="bad span"):
        context.report(message=Message("错", "wrong"), **where)
    assert found == []
