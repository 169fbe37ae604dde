"""lexer_table.py is lark's lexer for report.lark, current, and gives the tokens lark's parser gives."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.parse import lexer_build, lexer_table
from linter.parse.parser import _tokens
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent


@cache
def _lark():  # type: ignore[no-untyped-def]
    return lexer_build.lark_parser()


def _by_lark(text: str) -> list[tuple[str, str, int]]:
    return [(t.type, str(t), t.start_pos) for t in _lark().parse(text).children]


def _by_table(text: str) -> list[tuple[str, str, int]]:
    """The kept tokens of lark's own expression (PATTERN), matched at each position where the last ended."""
    pattern = re.compile(lexer_table.PATTERN, lexer_table.FLAGS)
    return [
        (m.lastgroup or "", m.group(), m.start())
        for m in pattern.finditer(text)
        if m.lastgroup not in lexer_table.IGNORE
    ]


def _by_scan(text: str) -> list[tuple[str, str, int]]:
    """The kept tokens as the parser finds them (SCAN: the ignored ones folded into each match)."""
    kept = [m for m in _tokens().finditer(text) if m.lastgroup not in lexer_table.IGNORE and m.lastgroup]
    return [(m.lastgroup or "", m.group(m.lastgroup or 0), m.start(m.lastgroup or 0)) for m in kept]


def test_the_table_is_generated_from_the_grammar_as_it_is() -> None:
    current = (ROOT / "linter" / "parse" / "lexer_table.py").read_text("utf-8")
    assert current == lexer_build.generate(), "report.lark changed: run python -m linter.parse.lexer_build"


def test_same_tokens_as_lark_on_the_samples() -> None:
    paths = sorted((ROOT / "samples").glob("*/*.txt")) + sorted(
        (ROOT / "benchmarks" / "corpus").glob("*/*.txt")
    )
    texts = [read_source(p).text for p in paths]
    assert texts
    for text in texts:
        assert _by_table(text) == _by_lark(text)
        assert _by_scan(text) == _by_lark(text)


# characters the terminals care about, so random text starts claims and markers often
ALPHABET = "得分总值满共计自评权重各均每项为是：:（）()、.．，。1２0十一二三四五①⑳ \t\r\n\u3000我区年度"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=30))
def test_same_tokens_as_lark_on_arbitrary_text(text: str) -> None:
    assert _by_table(text) == _by_lark(text)
    assert _by_scan(text) == _by_lark(text)
