"""Imported by the fork server of ``jxlint serve`` (and only there): it builds the default linters and loads
the data a first check loads, so that every child forked to check a file starts with them ready."""

import contextlib

from linter.outcome import CheckOptions, linter_for
from linter.web.worker import inspect_file  # noqa: F401  (what each child runs)

with contextlib.suppress(Exception):  # a child meets the same problem with its own file, and reports it
    linter_for(CheckOptions()).lint_text("", "")
