"""The summary table's plain text is the text rich prints for it, character for character."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.table import Table

from linter.cli import main
from linter.render import summary
from linter.render.console import PlainConsole
from linter.render.plain_table import Column, Grid, plain_markdown
from linter.render.summary import UNWRAPPED

ROOT = Path(__file__).resolve().parent.parent


def _by_rich(table: Table) -> str:
    """What rich prints for ``table`` where jxlint lets it: without styles, at unlimited width."""
    out = io.StringIO()
    PlainConsole(out, UNWRAPPED).print(table)
    return out.getvalue()


def _grid(header: list[tuple[str, str]], rows: list[list[str]], footer: list[str] | None) -> Grid:
    columns = tuple(
        Column(
            name, right=justify == "right", footer=(footer[i], "bold") if footer else ("", ""), wrap=i == 0
        )
        for i, (name, justify) in enumerate(header)
    )
    return Grid(
        columns,
        [tuple((cell, "red" if i % 2 else "") for i, cell in enumerate(row)) for row in rows],
        show_footer=footer is not None,
    )


cells = st.text(alphabet="ab 中文—①９.-|/\t", max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_same_text_as_rich(data: st.DataObject) -> None:
    width = data.draw(st.integers(min_value=1, max_value=5))
    header = [(data.draw(cells), data.draw(st.sampled_from(["left", "right"]))) for _ in range(width)]
    rows = data.draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=5))
    footer = data.draw(st.none() | st.lists(cells, min_size=width, max_size=width))
    grid = _grid(header, rows, footer)
    plain = plain_markdown(grid)
    if plain is not None:
        assert plain == _by_rich(grid.table())


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("form", ["text", "summary"])
def test_the_command_line_prints_what_rich_would(
    lang: str, form: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(p) for p in sorted((ROOT / "samples").glob("*/*")) if p.is_file()]
    command = ["check", "--format", form, "--lang", lang, "--fail-on", "never", "--jobs", "1", *paths]
    main(command)
    fast = capsys.readouterr().out
    monkeypatch.setattr(summary, "plain_markdown", lambda table: None)
    main(command)
    assert fast == capsys.readouterr().out
    assert "|" in fast


def test_cells_it_cannot_lay_out_are_left_to_rich() -> None:
    assert plain_markdown(Grid(())) is None
    for cell in ["a\tb", " a", "a  b", "\x85"]:
        assert plain_markdown(_grid([("x", "left")], [[cell]], None)) is None
    assert plain_markdown(_grid([("x", "left"), ("y", "right")], [["1", "2"]], ["3", "4"])) == (
        "x | y\n--|--\n1 | 2\n--|--\n3 | 4\n"
    )
