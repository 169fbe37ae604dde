"""The rule catalogue keeps its conventions; every docstring's examples run."""

from __future__ import annotations

import re

import pytest

from linter import registry
from linter.rule import Rule
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
