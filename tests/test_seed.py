"""Acceptance on the real seed report (skipped when ../shared/seed is absent)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from linter import registry
from linter.engine import Linter
from linter.source import read_source

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"

SEED = SEED_DIR / "000_2ec9bfa385b23c94.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="seed report not available")


@pytest.fixture(scope="module")
def found() -> dict[str, list[int]]:
    result = Linter().lint_text(read_source(Path(SEED)).text, str(SEED))
    lines: dict[str, list[int]] = defaultdict(list)
    for d in result.diagnostics:
        lines[d.slug].append(result.report.position(d.span.start)[0])
    for d in result.diagnostics:
        if d.severity.value != "info":
            lines["_" + d.slug.split("-")[0] + "_not_info"].append(result.report.position(d.span.start)[0])
    return lines


def _registered(slug: str) -> None:
    if slug not in {r.slug for r in registry.all_rules()}:
        pytest.skip(f"{slug} is not registered")


def test_score_above_max(found: dict[str, list[int]]) -> None:
    assert {11, 12, 103, 104} <= set(found["score-above-max"])


def test_satisfaction_sum(found: dict[str, list[int]]) -> None:
    lines = set(found["score-sum-mismatch"]) | set(found["score-above-max"])
    assert lines & {25, 26} and lines & {117, 118}


def test_management_efficiency(found: dict[str, list[int]]) -> None:
    assert set(found["max-sum-mismatch"]) & {8, 9} and set(found["max-sum-mismatch"]) & {100, 101}
    assert set(found["score-sum-mismatch"]) & {8, 9} and set(found["score-sum-mismatch"]) & {100, 101}


def test_performance_points(found: dict[str, list[int]]) -> None:
    assert 10 in found["max-sum-mismatch"] and 102 in found["max-sum-mismatch"]


def test_missing_score(found: dict[str, list[int]]) -> None:
    assert sorted(found["missing-score"]) == [17, 109]


def test_correct_totals_not_flagged(found: dict[str, list[int]]) -> None:
    score_lines = {line for slug in ("score-sum-mismatch", "max-sum-mismatch") for line in found[slug]}
    assert not score_lines & {5, 7, 21, 22, 99, 113, 114}
    assert 34 not in {line for lines in found.values() for line in lines}


def test_self_reference(found: dict[str, list[int]]) -> None:
    _registered("inconsistent-self-reference")
    assert sorted(set(found["inconsistent-self-reference"])) == [14, 15, 22, 24, 106, 107, 114, 116]


def test_numbering(found: dict[str, list[int]]) -> None:
    _registered("numbering-gap")
    assert sorted(set(found["_numbering_not_info"])) == [27, 43, 102]


def test_duplicate_section(found: dict[str, list[int]]) -> None:
    _registered("duplicate-section")
    assert found["duplicate-section"] == [99]
