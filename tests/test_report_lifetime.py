"""A linted report holds no reference cycle: dropped, it is freed at once by reference counting, and the cyclic
collector never has to walk its thousands of objects (parents and a report's facts are weak references)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.engine import Linter
from linter.parse.parser import parse
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.txt"))


@pytest.fixture
def collector_paused() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_a_dropped_report_leaves_no_cyclic_garbage(path: Path, collector_paused: None) -> None:
    text = read_source(path).text
    linter = Linter()
    linter.lint_text(text, path.name)  # what a first check loads (word lists, patterns) lives on
    gc.collect()
    result = linter.lint_text(text, path.name)
    assert result.report.root.children or result.report.blocks  # a report with a tree to drop
    del result
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert kinds == []


def test_parents_are_there_while_the_report_is() -> None:
    report = parse("一、投入\n（一）预算执行\n1、执行率（10分），得9分\n2、调整率（5分），得5分\n")
    sections = list(report.root.walk())
    assert all(s.parent is not None for s in sections[1:]) and report.root.parent is None
    assert sections[2].parent is sections[1] and sections[1].parent is sections[0]
    nodes = list(report.score_nodes())
    assert nodes and all(child.parent is node for node in nodes for child in node.children)
    assert report.facts.report is report


def test_facts_of_a_dropped_report_say_so() -> None:
    facts = parse("一、投入\n").facts
    with pytest.raises(ReferenceError):
        facts.paragraph_starts  # noqa: B018
