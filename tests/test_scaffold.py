"""``jxlint new-rule`` in a copy of the project: the rule, its cases and its page, registered, and failing the
rule tests until written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for name in ("linter", "rules", "docs/rules"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("conftest.py", "test_rule_cases.py", "test_rule_meta.py"):
        (copy / "tests").mkdir(exist_ok=True)
        shutil.copy(ROOT / "tests" / name, copy / "tests" / name)
    return copy


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], cwd=project, capture_output=True, text=True, timeout=120
    )


def test_new_rule_scaffolds_and_registers(project: Path) -> None:
    done = _run(project, "new-rule", "SC", "score-example", "--root", str(project))
    assert done.returncode == 0, done.stderr
    highest = max(int(p.name[2:5]) for p in (ROOT / "rules" / "score").glob("sc[0-9]*.py"))
    code = f"SC{highest + 1}"
    module = project / "rules" / "score" / f"{code.lower()}_score_example.py"
    cases = yaml.safe_load(module.with_suffix(".cases.yaml").read_text("utf-8"))
    assert cases["rule"] == code and {"fail_todo", "pass_todo"} <= set(cases["cases"])
    assert "import ScoreExample" in (project / "rules" / "score" / "__init__.py").read_text("utf-8")
    page = (project / "docs" / "rules" / f"{code}.md").read_text("utf-8")
    assert page.startswith(f"# {code} score-example")
    assert f"[{code}]({code}.md)" in (project / "docs" / "rules" / "index.md").read_text("utf-8")
    listed = _run(project, "rules", "--format", "json")
    assert code in listed.stdout
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(module)], capture_output=True)
    assert ruff.returncode == 0, ruff.stdout

    # The placeholders fail the rule tests until they are written; the rule's other tests pass already.
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", code, "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    failed = {line.split(" - ")[0] for line in tests.stdout.splitlines() if line.startswith("FAILED")}
    assert failed == {
        f"FAILED tests/test_rule_cases.py::test_case[{code}::fail_todo]",
        f"FAILED tests/test_rule_cases.py::test_case[{code}::pass_todo]",
        f"FAILED tests/test_rule_meta.py::test_docstring_examples[{code}]",
    }, tests.stdout


def test_new_rule_refuses_a_taken_slug_and_an_unknown_family(project: Path) -> None:
    taken = _run(project, "new-rule", "score", "score-above-max", "--root", str(project))
    assert taken.returncode == 2 and "score-above-max" in taken.stderr
    unknown = _run(project, "new-rule", "ZZ", "some-check", "--root", str(project))
    assert unknown.returncode == 2 and "ZZ" in unknown.stderr
