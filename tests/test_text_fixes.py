"""The text rules' fixes: applied to a case, they give its ``fixed`` text, which then lints clean.

A case in ``rules/text/*.cases.yaml`` may carry ``fixed`` (the text after applying every fix of that rule)
and ``fix-safe`` (whether all of those fixes are marked safe).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from linter.diagnostics import Diagnostic
from linter.testing import lint

ROOT = Path(__file__).resolve().parent.parent
TEXT_RULES = ROOT / "rules" / "text"
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"


def _load() -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for path in sorted(TEXT_RULES.glob("*.cases.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        cases += [(data["rule"], name, case) for name, case in data["cases"].items()]
    return cases


CASES = _load()


def apply_fixes(text: str, diagnostics: list[Diagnostic]) -> str:
    """``text`` with every edit of every fix applied; edits must not overlap."""
    edits = sorted((e for d in diagnostics if d.fix for e in d.fix.edits), key=lambda e: e.span.start)
    for before, after in pairwise(edits):
        assert before.span.end <= after.span.start, f"overlapping edits {before} {after}"
    for edit in reversed(edits):
        text = text[: edit.span.start] + edit.replacement + text[edit.span.end :]
    return text


@pytest.mark.parametrize(
    ("code", "case"),
    [pytest.param(code, case, id=f"{code}::{name}") for code, name, case in CASES if "fixed" in case],
)
def test_fix_gives_fixed_text_that_lints_clean(code: str, case: dict[str, Any]) -> None:
    found = [d for d in lint(case["text"], code).diagnostics if d.code == code]
    assert found and all(d.fix is not None for d in found)
    fixed = apply_fixes(case["text"], found)
    assert fixed == case["fixed"]
    if "fix-safe" in case:
        assert all(d.fix is not None and d.fix.safe is case["fix-safe"] for d in found)
    again = [d for d in lint(fixed, code).diagnostics if d.code == code]
    assert not again, [d.message for d in again]


@pytest.mark.parametrize("code", ["TX101", "TX102"])
def test_every_failing_case_has_a_fix(code: str) -> None:
    for rule, name, case in CASES:
        if rule == code and name.startswith("fail_"):
            found = [d for d in lint(case["text"], code).diagnostics if d.code == code]
            assert all(d.fix is not None for d in found), name


def test_rules_with_fixes_have_fixed_cases() -> None:
    have = {code for code, _, case in CASES if "fixed" in case}
    assert {"TX101", "TX102", "TX105"} <= have


def test_fixes_of_all_text_rules_do_not_overlap() -> None:
    for _, _, case in CASES:
        found = [d for d in lint(case["text"], "TX").diagnostics if d.fix is not None]
        apply_fixes(case["text"], found)  # asserts that no two edits overlap


@pytest.mark.skipif(not SEED.is_file(), reason="seed report not available")
def test_seed_findings_and_fixes() -> None:
    text = SEED.read_text("utf-8")
    result = lint(text, "TX")
    lines: dict[str, list[int]] = {}
    for d in result.diagnostics:
        lines.setdefault(d.code, []).append(result.report.position(d.span.start)[0])
    assert lines == {
        "TX101": [19, 111],
        "TX102": [7, 7, 7, 7, 9, 30, 99, 99, 99, 99, 101],
        "TX104": [97],
        "TX106": [60],
    }
    punctuation = [d for d in result.diagnostics if d.code in ("TX101", "TX102")]
    fixed = apply_fixes(text, punctuation)
    assert "=100%，得3分" in fixed and "主要成效：1、" in fixed
    assert not [d for d in lint(fixed, "TX101", "TX102").diagnostics]
