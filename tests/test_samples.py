"""Golden tests for the bundled sample reports in samples/.

Every sample ``<name>.txt`` has ``<name>.expected`` beside it: one line per finding, ``line:col CODE slug``, as
``python -m linter check <file> --format json`` reports them (messages are left out so their wording can change).
After a rule change, regenerate them and review the diff:

    python tests/test_samples.py --regen

Besides the golden comparison: the clean samples must have no warning or error, and every defect listed in
samples/defects/planted.yaml must be found by its rule on its line (skipped while the rule is not in the catalogue),
with no other finding in that sample.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden import assert_golden, rel

from linter import cli, registry

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CLEAN = SAMPLES / "clean"
DEFECTS = SAMPLES / "defects"
DEFECTS_SAMPLE = DEFECTS / "部门整体自评_全部缺陷.txt"
PLANTED = DEFECTS / "planted.yaml"
REGEN = "python tests/test_samples.py --regen"


def sample_files() -> list[Path]:
    return sorted(SAMPLES.rglob("*.txt"))


def expected_path(sample: Path) -> Path:
    return sample.with_suffix(".expected")


@cache
def findings(sample: Path) -> tuple[dict[str, Any], ...]:
    """The diagnostics of ``jxlint check <sample> --format json``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["check", str(sample), "--format", "json", "--fail-on", "never"])
    data = json.loads(out.getvalue())
    (file,) = data["files"]
    assert code == cli.EXIT_OK and file["error"] is None, f"{sample.name}: {file['error']}"
    return tuple(file["diagnostics"])


def golden_lines(sample: Path) -> list[str]:
    found = sorted(findings(sample), key=lambda d: (d["line"], d["column"], d["code"]))
    return [f"{d['line']}:{d['column']} {d['code']} {d['rule']}" for d in found]


def read_expected(sample: Path) -> list[str]:
    path = expected_path(sample)
    if not path.is_file():
        return []
    return [line for line in path.read_text("utf-8").splitlines() if line.strip()]


def write_expected(sample: Path) -> bool:
    """Write the sample's .expected file; True if it changed."""
    lines = golden_lines(sample)
    text = "".join(f"{line}\n" for line in lines)
    path = expected_path(sample)
    old = path.read_text("utf-8") if path.is_file() else None
    if old == text:
        return False
    path.write_text(text, "utf-8")
    return True


@cache
def planted() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load(PLANTED.read_text("utf-8"))
    assert isinstance(data, list), "planted.yaml must be a list of {rule, line}"
    return tuple(data)


def registered_slugs() -> set[str]:
    return {rule.slug for rule in registry.all_rules()}


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.name)
def test_sample_matches_expected(sample: Path) -> None:
    want = read_expected(sample)
    got = golden_lines(sample)
    assert_golden(want, got, expected_path(sample), sample, REGEN)


@pytest.mark.parametrize("sample", sorted(CLEAN.glob("*.txt")), ids=lambda p: p.name)
def test_clean_sample_has_no_warning_or_error(sample: Path) -> None:
    bad = [d for d in findings(sample) if d["severity"] in ("warning", "error")]
    shown = "\n".join(f"{d['line']}:{d['column']} {d['code']} {d['rule']} {d['message']}" for d in bad)
    assert not bad, f"{sample.name} should be clean:\n{shown}"


@pytest.mark.parametrize(
    "defect", planted(), ids=lambda d: f"{d['rule']}@{d['line']}" if isinstance(d, dict) else str(d)
)
def test_planted_defect_is_found(defect: dict[str, Any]) -> None:
    slug, line = defect["rule"], defect["line"]
    if slug not in registered_slugs():
        pytest.skip(f"{slug}: rule not registered yet")
    same_rule = [d for d in findings(DEFECTS_SAMPLE) if d["rule"] == slug]
    assert any(d["line"] == line for d in same_rule), (
        f"{slug} should fire on line {line} ({defect.get('what', '')}); "
        f"it fired on lines {sorted({d['line'] for d in same_rule})}"
    )


def test_defects_sample_has_only_planted_findings() -> None:
    wanted = {(d["rule"], d["line"]) for d in planted()}
    extra = [d for d in findings(DEFECTS_SAMPLE) if (d["rule"], d["line"]) not in wanted]
    shown = "\n".join(f"{d['line']}:{d['column']} {d['code']} {d['rule']} {d['message']}" for d in extra)
    assert not extra, f"findings on lines with no planted defect of that rule:\n{shown}"


_README_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*`([a-z-]+)`\s*\|")


def test_defects_readme_lists_the_planted_defects() -> None:
    rows = (DEFECTS / "README.md").read_text("utf-8").splitlines()
    listed = sorted((m.group(2), int(m.group(1))) for row in rows if (m := _README_ROW.match(row)))
    assert listed == sorted((d["rule"], d["line"]) for d in planted())


def test_planted_lines_exist() -> None:
    lines = DEFECTS_SAMPLE.read_text("utf-8").splitlines()
    for defect in planted():
        assert 1 <= defect["line"] <= len(lines) and lines[defect["line"] - 1].strip(), defect


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate or check the samples' .expected files.")
    parser.add_argument(
        "--regen", action="store_true", help="rewrite the .expected files from the current rules"
    )
    args = parser.parse_args(argv)
    stale = 0
    for sample in sample_files():
        if args.regen:
            if write_expected(sample):
                print(f"updated {rel(expected_path(sample))}")
        elif golden_lines(sample) != read_expected(sample):
            stale += 1
            print(f"stale   {rel(expected_path(sample))}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
