"""The methods ``dataclasses`` writes for jxlint's classes, kept compiled from one run of ``jxlint`` to the next.

For each class, ``dataclasses`` writes the source of ``__init__``, ``__eq__``, ``__repr__``, ``__hash__`` and
the rest, and compiles it with ``exec``: for jxlint's few dozen classes that is a sixth of a fresh ``jxlint
check``. Python keeps the compiled code of modules in ``__pycache__``; ``install`` does the same for that
generated source. It gives the ``dataclasses`` module an ``exec`` that compiles each source text once per
machine (``compile(text, "<string>", "exec")``, exactly what ``exec(text)`` does there) and keeps the code
objects in jxlint's cache folder (``linter/data.py``), in a file named for the bytecode's version. The classes
built are the same: only the compiling is skipped. ``tests/test_codecache.py`` compares every kept code object
with a fresh compile.

Only jxlint's own command installs it (``linter/__main__.py``), never an import of jxlint as a library; any
trouble (no cache folder, an unreadable file) means compiling as usual. ``KEPT.save()`` keeps what this
process added.
"""

from __future__ import annotations

import builtins
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any

from linter.data import Kept

KEPT: Kept[str, CodeType] = Kept(f"dataclass-code-{MAGIC_NUMBER.hex()}.marshal")


def install() -> None:
    """Let ``dataclasses`` compile its generated methods through the cache (for this process)."""
    import dataclasses

    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin by the module's code


def _exec(source: object, namespace: dict[str, Any] | None = None, names: dict[str, Any] | None = None) -> None:
    """``exec(source, namespace, names)``, a source text compiled only the first time it is seen."""
    if not isinstance(source, str):
        builtins.exec(source, namespace, names)  # type: ignore[arg-type]
        return
    code = KEPT.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        KEPT.add(source, code)
    builtins.exec(code, namespace, names)
