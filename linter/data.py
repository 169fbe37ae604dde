"""Loading the YAML data files shipped beside the code (word lists, lexicons), and the cache that keeps them.

Importing PyYAML and parsing the word lists cost a fresh ``jxlint`` process more time than checking a report
does. So the parsed content of each shipped file is kept in a per-user cache folder, named by the file's length
and CRC-32: an edited file has another name and is parsed again, and a cache that cannot be read or written is
passed over. ``JXLINT_CACHE_DIR`` names another folder;
set to an empty value it turns the cache off.
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
from typing import Any

from linter import __version__


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


def kept(name: str) -> Any:
    """The value ``keep`` put in the cache folder under ``name``; None when there is none (or no folder, or
    the file cannot be read)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return marshal.loads((folder / name).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep(name: str, value: Any) -> None:
    """Keep ``value`` (anything ``marshal`` can write) in the cache folder under ``name``; nothing when caching
    is off or the folder cannot be written."""
    folder = cache_dir()
    if folder is not None:
        _store(folder / name, value)


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
