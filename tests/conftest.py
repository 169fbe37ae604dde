from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "deep", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("JXLINT_HYPOTHESIS", "ci"))

# The parsed-data and parser caches of this test run (the commands the tests start inherit it), not the user's.
if "JXLINT_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="jxlint-test-cache-")
    os.environ["JXLINT_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def checked_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder a fresh ``python -m linter check samples/`` filled (compiled patterns, dataclass code)."""
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("checked-cache")
    done = subprocess.run(
        [sys.executable, "-m", "linter", "check", "--fail-on", "never", str(ROOT / "samples")],
        env={**os.environ, "JXLINT_CACHE_DIR": str(folder)},
        stdout=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0
    return folder


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """jxlint's cache folder for this test alone, empty (``linter.data.cache_dir`` asked again before and after)."""
    from linter import data

    monkeypatch.setenv("JXLINT_CACHE_DIR", str(tmp_path / "cache"))
    data.cache_dir.cache_clear()
    yield tmp_path / "cache"
    data.cache_dir.cache_clear()
SEED_DIR = ROOT.parent / "shared" / "seed"
