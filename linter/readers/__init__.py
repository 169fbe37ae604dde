"""Readers for document formats other than plain text. Each returns a Source (text + segments + tables)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from linter.source import Source

Reader = Callable[[Path, bytes], Source]

SUFFIXES: frozenset[str] = frozenset()


def reader_for(suffix: str) -> Reader | None:
    return None
