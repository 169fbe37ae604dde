"""Loading the YAML data files shipped beside the code (word lists, lexicons), and the cache folder that keeps
what a fresh process would otherwise work out again.

Importing PyYAML and parsing the word lists cost a fresh ``jxlint`` process more time than checking a report
does. So the parsed content of each shipped file is kept in a per-user cache folder, named by the file's length
and CRC-32: an edited file has another name and is parsed again, and a cache that cannot be read or written is
passed over. ``Kept`` is a table in the same folder, for the compiled patterns (``linter/patterns.py``) and the
dataclass methods (``linter/codecache.py``). ``JXLINT_CACHE_DIR`` names another folder; set to an empty value it
turns the cache off.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from contextlib import suppress
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any, Generic, TypeVar

from linter import __version__

K = TypeVar("K")
V = TypeVar("V")


def safe_load(text: str) -> Any:
    """Parse YAML text without constructing any objects (the C loader where PyYAML was built with libyaml)."""
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


@cache
def cache_dir() -> Path | None:
    """The folder for derived data (made if need be), or None when caching is turned off or impossible."""
    configured = os.environ.get("JXLINT_CACHE_DIR")
    if configured is not None:
        folder = Path(configured) if configured else None
    else:
        from platformdirs import user_cache_path

        major, minor = sys.version_info[:2]
        folder = user_cache_path("jxlint", appauthor=False) / f"{__version__}-py{major}{minor}"
    if folder is not None:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
    return folder


@cache
def package_yaml(package: str, name: str) -> Any:
    """A YAML file shipped in ``package`` (e.g. ``package_yaml("rules.text", "residue.yaml")``), parsed once."""
    return cached_yaml(package_file(package, name).read_bytes())


def package_file(package: str, name: str) -> Path:
    """A file shipped in ``package``'s folder. jxlint is always installed as folders on disk (never zipped),
    so this is the module's neighbour, found without loading ``importlib.resources``."""
    module = sys.modules.get(package) or import_module(package)
    assert module.__file__ is not None
    return Path(module.__file__).parent / name


def cached_yaml(data: bytes) -> Any:
    """``data`` (UTF-8 YAML) parsed, from the cache when it was parsed before."""
    folder = cache_dir()
    # Length and CRC-32 tell the versions of one shipped file apart; zlib is loaded already, hashlib would load OpenSSL.
    path = folder / f"{len(data)}-{zlib.crc32(data):08x}.marshal" if folder else None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass  # not cached yet, or unreadable: parse it
    value = safe_load(data.decode("utf-8"))
    if path is not None:
        _store(path, value)
    return value


class Kept(Generic[K, V]):
    """A table kept in the cache folder under ``name``: read when first looked in; what a process adds is
    written by ``save``. It holds at most ``limit`` entries: its keys are jxlint's own (patterns, generated
    source), but a cache must not grow without end."""

    def __init__(self, name: str, limit: int = 4096) -> None:
        self.name = name
        self.limit = limit
        self._table: dict[K, V] | None = None
        self._added: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self._read().get(key)

    def add(self, key: K, value: V) -> None:
        self._added[key] = value

    def save(self) -> None:
        """Write the table with what this process added (nothing to do once everything is kept)."""
        if not self._added:
            return
        added, self._added = self._added, {}
        table = self._read()
        folder = cache_dir()
        if folder is not None and len(table) < self.limit:
            self._table = {**table, **added}
            _store(folder / self.name, self._table)

    def forget(self) -> None:
        """Read the table again when next looked in, as a new process would; drop what was added."""
        self._table, self._added = None, {}

    def _read(self) -> dict[K, V]:
        if self._table is None:
            self._table = {}
            folder = cache_dir()
            if folder is not None:
                with suppress(OSError, ValueError, EOFError, TypeError):
                    loaded = marshal.loads((folder / self.name).read_bytes())
                    if isinstance(loaded, dict):
                        self._table = loaded
        return self._table


def _store(path: Path, value: Any) -> None:
    try:
        blob = marshal.dumps(value)
    except ValueError:
        return  # a value marshal cannot keep (a YAML date, say): parse it every time
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(blob)
        os.replace(partial, path)  # readers see the whole file or none
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
