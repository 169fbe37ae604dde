"""The compiled methods of dataclasses kept between runs: the same code as a fresh compile, the same classes, and
a missing or damaged cache only costs the compiling."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter import codecache, data

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def cache(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of its own; ``dataclasses`` compiling through the cache for this test only."""
    codecache.KEPT.forget()
    monkeypatch.setattr(dataclasses, "exec", codecache._exec, raising=False)
    yield cache_folder
    codecache.KEPT.forget()


def _point() -> type:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    return Point


def test_what_a_fresh_jxlint_run_kept_is_what_python_compiles(checked_cache: Path) -> None:
    (path,) = checked_cache.glob("dataclass-code-*.marshal")
    kept = marshal.loads(path.read_bytes())
    assert len(kept) > 100  # some methods for each of jxlint's dataclasses
    for source, code in kept.items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True)


def test_a_class_built_from_the_cache_is_the_class_built_without_it(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)
    plain = _point()
    monkeypatch.setattr(dataclasses, "exec", codecache._exec, raising=False)
    first = _point()  # compiled, and kept
    codecache.KEPT.save()
    codecache.KEPT.forget()  # as a new process: read back from the file
    again = _point()
    assert not codecache.KEPT._added  # nothing compiled this time
    for cls in (first, again):
        for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__"):
            assert getattr(cls, name).__code__ == getattr(plain, name).__code__
        p = cls(1, tags=("a",))
        assert (p.x, p.y, p.tags) == (1, 0, ("a",))
        assert p == cls(1, tags=("b",)) and hash(p) == hash(cls(1))
        assert repr(p) == repr(plain(1, tags=("a",))) == "_point.<locals>.Point(x=1, y=0, tags=('a',))"
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 2  # type: ignore[misc]


def test_a_damaged_or_missing_cache_is_compiled_over(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _point()
    codecache.KEPT.save()
    (path,) = cache.glob("dataclass-code-*.marshal")
    path.write_bytes(b"\x00not marshal")
    codecache.KEPT.forget()
    assert _point()(3).x == 3
    monkeypatch.setenv("JXLINT_CACHE_DIR", "")
    data.cache_dir.cache_clear()
    codecache.KEPT.forget()
    assert _point()(4).x == 4
    codecache.KEPT.save()  # nowhere to keep it: nothing written, nothing raised


def test_importing_jxlint_as_a_library_leaves_dataclasses_alone() -> None:
    probe = "import dataclasses, linter.engine, linter.cli; print(dataclasses.__dict__.get('exec') is None)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
