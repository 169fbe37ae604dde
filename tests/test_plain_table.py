"""The summary table's plain text is the text rich prints for it, character for character."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from linter.cli import main
from linter.render import summary
from linter.render.plain_table import plain_markdown
from linter.render.summary import UNWRAPPED

ROOT = Path(__file__).resolve().parent.parent


def _by_rich(table: Table) -> str:
    console = Console(
        file=io.StringIO(),
        width=UNWRAPPED,
        no_color=True,
        color_system=None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=True,
    )
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _table(header: list[tuple[str, str]], rows: list[list[str]], footer: list[str] | None) -> Table:
    table = Table(box=box.MARKDOWN, show_edge=False, pad_edge=False, show_footer=footer is not None)
    for i, (name, justify) in enumerate(header):
        table.add_column(
            name,
            justify=justify,
            footer=Text(footer[i], style="bold") if footer else "",  # type: ignore[arg-type]
            overflow="fold" if i == 0 else "ellipsis",
            no_wrap=i > 0,
        )
    for row in rows:
        table.add_row(*(Text(cell, style="red") if i % 2 else cell for i, cell in enumerate(row)))
    return table


cells = st.text(alphabet="ab 中文—①９.-|/\t", max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_same_text_as_rich(data: st.DataObject) -> None:
    width = data.draw(st.integers(min_value=1, max_value=5))
    header = [(data.draw(cells), data.draw(st.sampled_from(["left", "right"]))) for _ in range(width)]
    rows = data.draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=5))
    footer = data.draw(st.none() | st.lists(cells, min_size=width, max_size=width))
    table = _table(header, rows, footer)
    plain = plain_markdown(table)
    if plain is not None:
        assert plain == _by_rich(table)


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


def test_tables_it_does_not_know_are_left_to_rich() -> None:
    table = Table(box=box.ROUNDED)
    table.add_column("a")
    assert plain_markdown(table) is None
    table = _table([("a", "center")], [["x"]], None)
    assert plain_markdown(table) is None
