"""What the commands share: the usage error, exit codes, printable paths, the console, and the choice of
renderer for ``jxlint check``'s output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from linter.outcome import FileResult
    from linter.render.console import PlainConsole
    from linter.render.text import Prepared

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def split_list(values: list[str] | None) -> list[str] | None:
    """Values given as repeated options, each possibly a comma-separated list."""
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def display_path(path: Path) -> str:
    """The path as text that can always be printed (undecodable file-name bytes become �)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def make_console(no_color: bool = False) -> Console | PlainConsole:
    """The stdout console: never markup or emoji (report text has brackets); no ANSI at all without colour.
    Into a file or pipe, where rich would print no styles, the plain writer that does not load rich."""
    from linter.render.console import plain_console

    plain_output = plain_console()
    if plain_output is not None:
        return plain_output
    from rich.console import Console

    plain = no_color or bool(os.environ.get("NO_COLOR"))
    return Console(
        no_color=plain,
        color_system=None if plain else "auto",
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=True,
    )


def render(results: list[FileResult], args: argparse.Namespace, prepared: Prepared | None = None) -> None:
    """Print ``results`` in the output format asked for (text: with the blocks ``prepared`` already)."""
    lang = args.lang
    if args.format == "json":
        from linter.render.json_out import write_json

        write_json(results, sys.stdout, lang)
    elif args.format == "summary":
        from linter.render.summary import render_summary

        render_summary(results, make_console(args.no_color), lang, args.sort, args.reverse)
    elif args.format in ("concise", "sarif", "github", "junit"):
        import importlib

        module = importlib.import_module(f"linter.render.{args.format}")
        getattr(module, f"render_{args.format}")(results, sys.stdout, lang)
    else:
        from linter.render.text import render_text

        console = make_console(args.no_color)
        render_text(results, console, lang, sort=args.sort, reverse=args.reverse, prepared=prepared)


def exit_code(results: Sequence[FileResult], fail_on: str) -> int:
    from linter.diagnostics import Severity

    if any(r.error is not None for r in results):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    failing = tuple(s for s in Severity if s.rank >= threshold)  # compared by identity, not ranked one by one
    return EXIT_FINDINGS if any(f.severity in failing for r in results for f in r.findings) else EXIT_OK
