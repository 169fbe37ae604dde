"""The cache of parsed YAML data: a hit gives the same value, an edit is parsed afresh, a bad cache is passed over."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from linter import data


@pytest.fixture
def folder(cache_folder: Path) -> Path:
    return cache_folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.marshal")) if folder.exists() else []


def test_first_load_parses_and_stores_then_the_cache_answers(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "words: [县, 区]\nlimit: 3\n".encode()
    assert data.cached_yaml(text) == {"words": ["县", "区"], "limit": 3}
    (stored,) = _files(folder)
    assert marshal.loads(stored.read_bytes()) == {"words": ["县", "区"], "limit": 3}

    def no_yaml(_: str) -> None:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(data, "safe_load", no_yaml)
    assert data.cached_yaml(text) == {"words": ["县", "区"], "limit": 3}


def test_an_edited_file_is_parsed_again(folder: Path) -> None:
    assert data.cached_yaml(b"limit: 3\n") == {"limit": 3}
    assert data.cached_yaml(b"limit: 4\n") == {"limit": 4}
    assert len(_files(folder)) == 2


def test_a_damaged_cache_file_is_parsed_over(folder: Path) -> None:
    data.cached_yaml(b"limit: 3\n")
    (stored,) = _files(folder)
    stored.write_bytes(b"\x00garbage")
    assert data.cached_yaml(b"limit: 3\n") == {"limit": 3}
    assert marshal.loads(stored.read_bytes()) == {"limit": 3}  # and mended


def test_values_marshal_cannot_keep_are_parsed_every_time(folder: Path) -> None:
    assert str(data.cached_yaml(b"day: 2022-12-31\n")["day"]) == "2022-12-31"
    assert _files(folder) == []


def test_an_unwritable_cache_folder_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("JXLINT_CACHE_DIR", str(blocker / "cache"))
    data.cache_dir.cache_clear()
    try:
        assert data.cached_yaml(b"limit: 3\n") == {"limit": 3}
    finally:
        data.cache_dir.cache_clear()


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JXLINT_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    data.cache_dir.cache_clear()
    try:
        assert data.cache_dir() is None
        assert data.cached_yaml(b"limit: 3\n") == {"limit": 3}
        assert os.listdir(tmp_path) == []
    finally:
        data.cache_dir.cache_clear()


def test_a_kept_table_is_read_back_and_stops_growing_at_its_limit(folder: Path) -> None:
    table: data.Kept[str, int] = data.Kept("table.marshal", limit=2)
    table.add("a", 1)
    table.add("b", 2)
    table.save()
    table.forget()
    assert (table.get("a"), table.get("b"), table.get("c")) == (1, 2, None)
    table.add("c", 3)
    table.save()  # full: nothing more is written
    table.forget()
    assert table.get("c") is None and marshal.loads((folder / "table.marshal").read_bytes()) == {"a": 1, "b": 2}
