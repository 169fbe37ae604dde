"""Regular expressions compiled once per machine rather than once per process.

Python compiles a pattern in Python code, and a character class of Chinese characters or punctuation makes it
build and compress a table of 65,536 entries: the hundred-odd patterns of a check cost a fresh ``jxlint`` process
about as much time as checking a report does. The compiled form is a list of integers that ``re`` hands to its C
engine (``_sre.compile``). ``compile`` keeps those lists in jxlint's cache folder (beside the word lists,
``linter/data.py``), in a file named for the interpreter's version and the engine's ``MAGIC`` number, and later
processes give the stored list straight to the engine.

A list is stored only after the pattern it makes compares equal to ``re.compile``'s own (``re.Pattern``
equality compares the flags, the source and the compiled code), so a stored pattern is the very pattern ``re``
would build. Anything unexpected (an interpreter without these internals, an unreadable file) falls back to
``re.compile``. ``KEPT.save()`` writes what this process added; it is called once a file has been checked.
"""

from __future__ import annotations

import re
import sys
from contextlib import suppress
from functools import cache
from typing import Any, AnyStr

from linter.data import Kept

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # not CPython: compile as usual
    _sre = None  # type: ignore[assignment]

KEPT: Kept[tuple[str | bytes, int], tuple[Any, ...]] = Kept(
    f"patterns-{'-'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
    if _sre is not None
    else "patterns.marshal"
)


@cache
def compile(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``source`` compiled as ``re.compile(source, flags)`` would, from the stored code when there is one.
    Each pattern is compiled once per process, however many modules ask for it."""
    flags = int(flags)
    if _sre is None:
        return re.compile(source, flags)
    stored = KEPT.get((source, flags))
    if stored is not None:
        with suppress(Exception):
            return _sre.compile(source, *stored)  # type: ignore[no-any-return]
    expected = re.compile(source, flags)
    try:
        parts = _parts(source, flags)
        if _sre.compile(source, *parts) == expected:
            KEPT.add((source, flags), parts)
    except Exception:
        pass
    return expected


def _parts(source: str | bytes, flags: int) -> tuple[Any, ...]:
    """The arguments ``re`` gives ``_sre.compile`` after ``source``: what ``re._compiler.compile`` computes."""
    parsed = _parser.parse(source, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # opcodes are int subclasses marshal cannot keep
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return int(flags | state.flags), code, int(state.groups - 1), dict(state.groupdict), tuple(indexgroup)
