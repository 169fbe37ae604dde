"""Patterns compiled once per machine: a stored pattern is exactly what ``re.compile`` builds, and a damaged or
missing store only costs the time to compile again."""

from __future__ import annotations

import marshal
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter import data, patterns
from linter.parse import lexer_table
from linter.testing import lint

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def store(cache_folder: Path) -> Iterator[Path]:
    """An empty store in a folder of its own, and a process that has compiled nothing yet."""
    _forget()
    yield cache_folder
    _forget()


def _forget() -> None:
    """As a new process: the store not read yet, nothing compiled."""
    patterns.KEPT.forget()
    patterns.compile.cache_clear()


def test_every_pattern_of_a_check_comes_back_from_the_store_as_re_builds_it(
    store: Path, checked_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.mkdir(parents=True, exist_ok=True)
    for kept_file in checked_cache.glob("patterns-*.marshal"):
        shutil.copy(kept_file, store)  # what a fresh check stored, as this test's store
    patterns.compile(r"(?P<year>\d{4})年|(?i:total)", re.MULTILINE)  # named groups and flags kept too
    patterns.KEPT.save()
    (path,) = store.glob("patterns-*.marshal")
    kept = marshal.loads(path.read_bytes())
    assert len(kept) > 50  # every pattern a fresh process compiled, those of its imports among them
    assert (lexer_table.SCAN, int(lexer_table.FLAGS)) in kept  # the lexer the parser runs
    _forget()

    def not_compiled(source: str, flags: int) -> None:
        raise AssertionError(f"compiled again instead of taken from the store: {source!r}")

    monkeypatch.setattr(patterns, "_parts", not_compiled)
    for source, flags in kept:
        built = patterns.compile(source, flags)
        expected = re.compile(source, flags)
        assert built == expected  # re.Pattern equality: the same source, flags and compiled code
        assert (built.groups, built.groupindex) == (expected.groups, expected.groupindex)
    assert not patterns.KEPT._added


def test_a_check_is_the_same_with_the_store_without_it_and_with_a_damaged_one(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (SAMPLES / "defects" / "部门整体自评_全部缺陷.txt").read_text("utf-8")

    def findings() -> list[tuple[str, int, int]]:
        return [(d.code, d.span.start, d.span.end) for d in lint(text).diagnostics]

    first = findings()  # compiled and stored
    patterns.KEPT.save()
    _forget()
    assert findings() == first  # from the store
    (path,) = store.glob("patterns-*.marshal")
    path.write_bytes(b"\x00not marshal")
    _forget()
    assert findings() == first  # a damaged store is passed over
    monkeypatch.setenv("JXLINT_CACHE_DIR", "")
    data.cache_dir.cache_clear()
    _forget()
    assert findings() == first
    patterns.KEPT.save()  # nowhere to keep them: nothing written, nothing raised


def test_a_pattern_is_compiled_once_per_process(store: Path) -> None:
    assert patterns.compile(r"[。！？]+") is patterns.compile(r"[。！？]+")
    assert patterns.compile(r"a", re.IGNORECASE) is not patterns.compile(r"a")


def test_every_module_compiles_its_patterns_through_the_store() -> None:
    """``re.compile`` (or ``re.search(pattern, …)``) in a module would compile in every fresh process again."""
    root = Path(__file__).resolve().parent.parent
    calls = re.compile(r"\bre\.(?:compile|search|match|fullmatch|sub|subn|findall|finditer|split)\(")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("linter", "rules")
        for path in sorted((root / folder).rglob("*.py"))
        if path.name != "patterns.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if calls.search(line)
    ]
    assert not offenders, offenders
