"""File names as text output shows them: control and format characters escaped, so a name cannot break a
line, move the cursor or reorder what follows. JSON output keeps names verbatim (JSON escapes them itself)."""

from __future__ import annotations

import re
from functools import cache

from linter import patterns

_UNSAFE = r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_name(name: str) -> str:
    """``name`` with each unsafe character written as an escape (``\\n``, ``\\x1b``, ``\\u202e``)."""
    if name.isprintable():  # every unsafe character is unprintable: plain names need no pattern
        return name
    return _unsafe().sub(_escape, name)


@cache
def _unsafe() -> re.Pattern[str]:
    return patterns.compile(_UNSAFE)


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"
