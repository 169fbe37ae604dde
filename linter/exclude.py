"""``--exclude`` patterns, matched the way users write them.

A pattern matches a file or folder when

- it matches the path relative to the folder given as a gitignore pattern does (``**`` for any number of
  folders, ``草稿/`` for a folder at any depth, ``/草稿`` anchored to the folder given, ``2023/*``);
- or, written with a ``/``, it matches as a shell glob whose ``*`` also spans ``/`` either that relative path
  or the path as the user sees it, the folder given included (``--exclude '*/草稿/*' 报告目录/`` skips
  ``报告目录/草稿/x.txt``);
- or it matches the name as a shell glob (``draft_*``).
"""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase


class Excluder:
    def __init__(self, patterns: Sequence[str]) -> None:
        self.globs = [p.rstrip("/") or p for p in patterns]
        self.path_globs = [g for g in self.globs if "/" in g]
        self.spec = None
        if patterns:
            import pathspec

            self.spec = pathspec.GitIgnoreSpec.from_lines(patterns)

    def excludes(self, relative: str, shown: str, name: str, folder: bool = False) -> bool:
        """Whether the file or folder ``name``, at ``relative`` in the folder given and shown as ``shown``
        (both in POSIX form), is excluded."""
        if self.spec is None:
            return False
        relative = relative.removeprefix("./")
        if self.spec.match_file(relative + ("/" if folder else "")):
            return True
        if any(
            fnmatchcase(path, g) for path in (relative, shown.removeprefix("./")) for g in self.path_globs
        ):
            return True
        return any(fnmatchcase(name, g) for g in self.globs)
