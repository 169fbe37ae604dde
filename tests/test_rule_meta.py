"""The rule catalogue keeps its conventions; every docstring's examples run."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from linter import registry
from linter.diagnostics import Diagnostic, Edit, Fix, Severity, Span
from linter.docs import option_data
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
    """The 反例 raises this rule; the 正例 raises nothing, with every rule on. An example is an excerpt, not a
    whole report, so not-a-report (ST301) is left out except for its own examples."""
    doc = rule.__doc__ or ""
    bad = lint(_block(doc, "反例"))
    good = lint(_block(doc, "正例"))
    assert [d for d in bad.diagnostics if d.code == rule.code], "反例 must trigger the rule"
    raised = [(d.code, d.message) for d in good.diagnostics if d.code != "ST301" or rule.code == "ST301"]
    assert not raised, f"正例 must raise nothing: {raised}"


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_file_code_slug_and_family_agree(rule: type[Rule]) -> None:
    """rules/<family>/<code>_<slug>.py, in a family whose package docstring starts with the code's prefix,
    listed in that family's RULES, with its cases beside it naming the same code."""
    family, _, name = rule.__module__.removeprefix("rules.").rpartition(".")
    assert name == f"{rule.code.lower()}_{rule.slug.replace('-', '_')}", rule.__module__
    package = importlib.import_module(f"rules.{family}")
    assert (package.__doc__ or "").startswith(f"{rule.code[:2]}:"), f"rules/{family} is not family {rule.code[:2]}"
    assert rule in package.RULES
    cases = Path(inspect.getfile(rule)).with_suffix(".cases.yaml")
    assert yaml.safe_load(cases.read_text("utf-8"))["rule"] == rule.code, cases.name


def test_every_rule_module_is_registered() -> None:
    modules = {r.__module__ for r in registry.all_rules()}
    root = Path(inspect.getfile(registry.all_rules()[0])).parents[1]
    found = {
        f"rules.{p.parent.name}.{p.stem}" for p in root.glob("*/*.py") if re.match(r"[a-z]{2}\d{3}_", p.name)
    }
    assert found == modules


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_options_are_documented_by_their_fields_only(rule: type[Rule]) -> None:
    """The pages document options from the Options fields' ``doc``; a docstring does not describe them again."""
    assert "\n    配置项\n" not in (rule.__doc__ or ""), "options are documented by the Options fields' doc"
    for option in option_data(rule):
        assert option["doc"], f"{rule.code}: option {option['name']} has no doc"


@pytest.mark.parametrize(
    "where",
    [
        {"span": Span(5, 2)},
        {"span": Span(0, 1), "related": ((Span(-1, 1), Message("此处", "here")),)},
        {"span": Span(0, 1), "fix": Fix(Message("改", "change"), (Edit(Span(4, 3), ""),))},
    ],
    ids=["finding", "related", "fix"],
)
def test_a_malformed_span_in_a_finding_is_refused(where: dict[str, Any]) -> None:
    rule = registry.all_rules()[0](NoOptions())
    found: list[Diagnostic] = []
    context = Context(rule, Severity.ERROR, found.append)
    with pytest.raises(ValueError, match="bad span"):
        context.report(message=Message("错", "wrong"), **where)
    assert found == []
