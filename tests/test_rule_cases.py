"""One harness for every rule's YAML cases (``rules/<family>/<code>_<slug>.cases.yaml``).

A ``pass_*`` case must produce no diagnostic of that rule; a ``fail_*`` case at least one, and exactly the
listed ``violations`` (line, and column when given) if there is a list. ``messages`` are substrings that the
messages must contain, in order. A case with ``todo`` is a placeholder written by ``jxlint new-rule`` and
fails until it is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from linter import registry
from linter.testing import lint

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def _cases() -> list[Any]:
    params = []
    for path in sorted(RULES_DIR.rglob("*.cases.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        code = data["rule"]
        for name, case in data["cases"].items():
            params.append(pytest.param(code, name, case, id=f"{code}::{name}"))
    return params


@pytest.mark.parametrize(("code", "name", "case"), _cases())
def test_case(code: str, name: str, case: dict[str, Any]) -> None:
    assert name.startswith(("pass_", "fail_")), name
    if "todo" in case:
        pytest.fail(f"{code}::{name} is a placeholder written by jxlint new-rule: {case['todo']}")
    lang = case.get("lang", "zh")
    result = lint(case["text"], code, config=case.get("config"))
    found = [d for d in result.diagnostics if d.code == code]
    where = [(*result.report.position(d.span.start), d.message.get(lang)) for d in found]
    if name.startswith("pass_"):
        assert not found, f"unexpected: {where}"
        return
    assert found, "expected at least one diagnostic"
    if "violations" in case:
        want = sorted((v["line"], v.get("column")) for v in case["violations"])
        got = sorted(
            (line, col if any(v.get("column") for v in case["violations"]) else None)
            for line, col, _ in where
        )
        assert got == want, where
    messages = [d.message.get(lang) for d in found]
    for needle in case.get("messages", []):
        assert any(needle in m for m in messages), (needle, messages)


def test_every_rule_has_pass_and_fail_cases() -> None:
    have: dict[str, set[str]] = {}
    for param in _cases():
        code, name, _ = param.values
        have.setdefault(code, set()).add(name.split("_")[0])
    for rule in registry.all_rules():
        assert have.get(rule.code, set()) >= {"pass", "fail"}, f"{rule.code} needs pass_ and fail_ cases"
