"""The indented JSON writer gives exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.cli import main
from linter.render import indented_json

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


def _standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@given(values)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert indented_json.dumps(value) == _standard(value)


@given(values, st.integers(min_value=1, max_value=3))
def test_nested_value_matches_its_place_in_the_whole(value: object, level: int) -> None:
    whole = value
    for _ in range(level):
        whole = [whole]
    inner = _standard(whole)
    prefix = "".join("[\n" + "  " * (i + 1) for i in range(level))
    suffix = "".join("\n" + "  " * i + "]" for i in reversed(range(level)))
    assert inner == prefix + indented_json.dumps(value, level) + suffix


def test_tuples_enums_and_special_floats() -> None:
    value = {"t": (1, "二", None), "f": [float("nan"), float("inf"), -float("inf"), 1e300, -0.0]}
    assert indented_json.dumps(value) == _standard(value)


def test_what_it_does_not_know_goes_to_the_standard_library() -> None:
    assert indented_json.dumps({1: "a", "b": [{2.5: None}]}) == _standard({1: "a", "b": [{2.5: None}]})
    cycle: list[object] = []
    cycle.append(cycle)
    try:
        indented_json.dumps(cycle)
    except ValueError as exc:
        assert "Circular" in str(exc)
    else:
        raise AssertionError("a cycle must raise as json.dumps does")


def test_json_output_written_in_parts_is_the_whole_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3)
    paths = [str(p) for p in sorted(SAMPLES.glob("*/*.txt"))[:3]] + [str(tmp_path / "bad.txt")]
    main(["check", "--format", "json", "--fail-on", "never", "--jobs", "1", *paths])
    out = capsys.readouterr().out
    assert out == _standard(json.loads(out)) + "\n"
    assert len(json.loads(out)["files"]) == 4
    main(["check", "--format", "json", "--fail-on", "never", str(tmp_path / "none")])
    out = capsys.readouterr().out
    assert out == "" or out == _standard(json.loads(out)) + "\n"
