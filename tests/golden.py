"""Comparing a file's findings with its golden ``.expected`` file, with a readable diff on mismatch."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def assert_golden(want: list[str], got: list[str], expected: Path, checked: Path, regen: str) -> None:
    if got == want:
        return
    diff = "\n".join(
        difflib.unified_diff(
            want, got, fromfile=rel(expected), tofile=f"jxlint check {rel(checked)}", lineterm=""
        )
    )
    pytest.fail(f"findings differ from the expected file (regenerate with `{regen}`):\n{diff}", pytrace=False)
