"""``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, about twice as fast.

With ``indent`` the standard library falls back from its C encoder to the pure-Python one, a generator per
level and a chunk per token. This walks the same JSON data (dicts with string keys, lists, tuples, strings,
integers, floats, booleans, None) once, appending to one list, and leaves string escaping to the C function
the standard library itself uses (``json.encoder.encode_basestring``). Anything else (a key that is not a
string, an unknown type, a cycle) is handed to ``json.dumps`` unchanged, so the result and the errors are
always exactly the standard library's. ``tests/test_indented_json.py`` compares the two on arbitrary data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:  # the C function json.encoder itself uses, without loading the json package (its decoder and scanner)
    from _json import encode_basestring
except ImportError:  # an interpreter without the C accelerator
    from json.encoder import encode_basestring  # type: ignore[attr-defined]

_FLOAT_SPECIALS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


class _Unsupported(Exception):
    pass


def dumps(value: Any, level: int = 0) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, nested ``level`` deep.

    ``level`` > 0 gives the text of a value that sits inside containers ``level`` deep (its inner lines
    indented accordingly), so a large document can be written one part at a time.
    """
    try:
        return _encode(value, "\n" + "  " * level)
    except (_Unsupported, RecursionError):
        import json

        text = json.dumps(value, ensure_ascii=False, indent=2)
        return text.replace("\n", "\n" + "  " * level) if level else text


def _float(o: float) -> str:
    text = float.__repr__(o)
    return _FLOAT_SPECIALS.get(text, text)


# The text of a scalar by its exact type, written in the same step as the key or comma before it; a subclass
# (an enum's value, a bool) takes the general path.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda o: "true" if o else "false",
    type(None): lambda o: "null",
}


def _encode(value: Any, newline: str) -> str:
    out: list[str] = []
    append = out.append
    encode = encode_basestring
    scalar = _SCALARS.get

    def walk(o: Any, indent: str) -> None:
        if isinstance(o, str):
            append(encode(o))
        elif o is None:
            append("null")
        elif o is True:
            append("true")
        elif o is False:
            append("false")
        elif isinstance(o, int):
            append(int.__repr__(o))
        elif isinstance(o, float):
            append(_float(o))
        elif isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = indent + "  "
            before = "{" + inner
            for key, item in o.items():
                if not isinstance(key, str):
                    raise _Unsupported
                text = scalar(type(item))
                if text is None:
                    append(before + encode(key) + ": ")
                    walk(item, inner)
                else:
                    append(before + encode(key) + ": " + text(item))
                before = "," + inner
            append(indent + "}")
        elif isinstance(o, list | tuple):
            if not o:
                append("[]")
                return
            inner = indent + "  "
            before = "[" + inner
            for item in o:
                text = scalar(type(item))
                if text is None:
                    append(before)
                    walk(item, inner)
                else:
                    append(before + text(item))
                before = "," + inner
            append(indent + "]")
        else:
            raise _Unsupported

    walk(value, newline)
    return "".join(out)
