"""``.pre-commit-hooks.yaml``: pre-commit installs jxlint from this repository and runs it on a report.

One test (about half a minute: pre-commit builds a virtualenv and installs jxlint into it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
REPORT = "2022年度咸安区应急管理局整体绩效自评结果\n应急救援演练次数，分值为2分。全年进行了4次演练，得3分。\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed (pip install -e '.[test]')")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout of jxlint")
def test_try_repo_runs_jxlint_on_a_committed_report(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "NO_COLOR": "1",
    }
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    team = tmp_path / "reports"
    team.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=team, check=True, env=env)
    (team / "报告.txt").write_text(REPORT, "utf-8")
    (team / "README.md").write_text("说明文件，不是报告\n", "utf-8")
    subprocess.run(["git", "add", "."], cwd=team, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "reports"], cwd=team, check=True, env=env)

    done = subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "jxlint", "--all-files", "--verbose"],
        cwd=team,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output  # the hook failed: the report has a score above its points
    assert "报告.txt:2:26" in output and "SC101" in output, output
    assert "README.md" not in output.split("jxlint（")[-1]
