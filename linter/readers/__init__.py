"""Readers for document formats other than plain text. Each returns a Source (text + segments + tables).

A reader takes the file's path (for the Source only) and its bytes, and raises ``ReadError`` with a
one-line Chinese reason for anything it cannot read. The libraries behind them are imported on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import cast

from linter.document import Source

Reader = Callable[[Path, bytes], Source]

_READERS: dict[str, tuple[str, str]] = {
    ".docx": ("legacy", "read_word"),  # an old .doc renamed to .docx goes to the converter
    ".xlsx": ("sheet", "read_xlsx"),
    ".xlsm": ("sheet", "read_xlsx"),
    ".pdf": ("pdf", "read_pdf"),
    ".html": ("web", "read_html"),
    ".htm": ("web", "read_html"),
    ".doc": ("legacy", "read_doc"),
    ".wps": ("legacy", "read_doc"),
    ".xls": ("legacy", "read_sheet"),
    ".et": ("legacy", "read_sheet"),
    ".ods": ("legacy", "read_sheet"),
    ".odt": ("legacy", "read_odt"),
}

SUFFIXES: frozenset[str] = frozenset(_READERS)


def reader_for(suffix: str) -> Reader | None:
    """The reader for a file suffix such as ".docx" (any case), or None for plain text and unknown suffixes."""
    found = _READERS.get(suffix.lower())
    if found is None:
        return None
    module, name = found
    return cast(Reader, getattr(importlib.import_module(f"linter.readers.{module}"), name))
