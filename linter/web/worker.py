"""Checking one uploaded file in a child process that is killed when it runs out of time.

A hostile or merely huge document must not hang or take down the page's server, so every file is read and
linted in a process of its own. Children are forked from a fork server that has imported jxlint and built the
default linters already (it imports ``linter.web.preload``), so a child starts in
milliseconds; where there is no fork server (Windows) each child is spawned afresh.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linter.outcome import CheckOptions, FileResult, check_source

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext


@dataclass(frozen=True, slots=True)
class Inspected:
    """What the page shows of one file: the result ``jxlint check`` gives, the text it read, the score tree."""

    result: FileResult
    text: str = ""
    scores: dict[str, Any] | None = None  # ``jxlint scores --format json``


def inspect_file(path: str, display: str, options: CheckOptions) -> Inspected:
    """``check_file`` (the same result, through the same code), and the text and the score tree it read."""
    from linter.document import ReadError
    from linter.outcome import read_file
    from linter.parse.parser import parse
    from linter.render.scores import scores_data

    try:
        source = read_file(path, options)  # a library's own error is this file's error too
    except ReadError as exc:
        return Inspected(FileResult(display, error=exc.message()))
    result = check_source(source, display, options)
    if result.error is not None:
        return Inspected(result)
    try:
        scores = scores_data(parse(source.text, display))  # as ``jxlint scores`` shows it
    except Exception:  # RecursionError included
        scores = None  # the findings stand without the tree
    return Inspected(result, source.text, scores)


class TimedOut(Exception):
    pass


class Died(Exception):
    pass


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["linter.web.preload"])
        return context
    return multiprocessing.get_context("spawn")


def _child(conn: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        conn.send((True, function(*args)))
    except BaseException as exc:
        conn.send((False, f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_isolated(function: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
    """``function(*args)`` in a child process; TimedOut after ``timeout`` seconds (the child is killed),
    Died if it exits without an answer, RuntimeError carrying its message if it raised."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TimedOut
        try:
            ok, value = receiver.recv()
        except (EOFError, OSError) as exc:
            raise Died from exc
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
    if not ok:
        raise RuntimeError(value)
    return value
