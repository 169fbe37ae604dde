"""What one file may cost: caps on what a document may expand to, and a time and memory budget per file.

Reports arrive from others, so every file is untrusted. The caps stop a small file from growing into an
enormous table or text (a real 自评表 has a few dozen rows and at most a few dozen columns); the budget stops
whatever still takes too long or too much memory. A file over a cap or over its budget gets one clear error
and the batch goes on. The page docs/limits.md lists them.

The budget is enforced in the process that checks the file (the command's own with ``--jobs 1``, each worker
otherwise), without a process per file: time by an interval timer whose signal interrupts the check, memory
by the process's address-space limit (``RLIMIT_AS``), raised again when the file is done. Both are one
system call each, so the ordinary fast path stays as fast. The timer interrupts Python code; the steps that
run long inside C libraries (XML and HTML parsing, decompression) are bounded by the caps on input size.
Where the platform has no interval timer or address-space limit (Windows), the caps still apply.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from linter import patterns
from linter.diagnostics import Message
from linter.document import ReadError

# --- caps -------------------------------------------------------------------------------------------------

MAX_TEXT_CHARS = 2_000_000  # characters of text a file may expand to (a 100-page report has about 100,000)
MAX_LINES = 100_000  # lines of text
MAX_TABLE_COLUMNS = 64  # columns of one table row (Word allows 63)
MAX_TABLE_CELLS = 200_000  # grid positions (rows × columns) of one table
MAX_SPAN = 64  # columns or rows one merged cell may cover (HTML rowspan/colspan, Word gridSpan/gridBefore)
MAX_MERGED_CELLS = 100_000  # cells the merged ranges of one worksheet may cover together
MAX_DEPTH = 200  # nesting depth of HTML elements
MAX_PAGE_CHARS = 10_000  # text objects on one PDF page (a dense page of small print has about 5,000)

# --- budgets ----------------------------------------------------------------------------------------------

DEFAULT_TIME_LIMIT = 60.0  # seconds per file
DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes per file, on top of what the process holds before it


class BudgetExceeded(BaseException):
    """A file used up its time budget. A BaseException, so the readers' ``except Exception`` let it through."""


def cap_error(what_zh: str, what_en: str, found: int, limit: int) -> Exception:
    """The ReadError for a document over one of the caps."""
    return ReadError(
        f"{what_zh}过多（{found:,} 个，上限 {limit:,}），不像一份自评报告，已停止读取",
        f"too many {what_en} ({found:,}, limit {limit:,}); not a self-evaluation report, reading stopped",
    )


def budget_message(kind: str, limit: float) -> Message:
    """The error for a file that used up its time (``kind`` "time") or memory budget."""
    if kind == "time":
        seconds = f"{limit:g}"
        return Message(
            f"超过单个文件的时间上限（{seconds} 秒，可用 --time-limit 调整），已停止检查",
            f"not finished within the time limit ({seconds} s per file; see --time-limit)",
        )
    if not limit:
        return Message("内存不足，已停止检查", "out of memory")
    megabytes = f"{limit / (1024 * 1024):g}"
    return Message(
        f"所需内存超过单个文件的上限（{megabytes} MB，可用 --memory-limit 调整），已停止检查",
        f"needs more memory than the limit ({megabytes} MB per file; see --memory-limit)",
    )


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise BudgetExceeded


@contextmanager
def budget(seconds: float | None, memory: int | None) -> Iterator[None]:
    """Run the body with at most ``seconds`` of wall time (BudgetExceeded) and ``memory`` more bytes of
    address space (MemoryError) than the process holds now; 0 or None means no limit."""
    timed = (
        bool(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    previous_handler = None
    if timed:
        previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    restore = _limit_memory(memory) if memory else None
    try:
        yield
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        if restore is not None:
            _set_address_limit(restore)


def _limit_memory(extra: int) -> int | None:
    """Cap the address space at its current size plus ``extra``; the soft limit to restore, or None."""
    if sys.platform != "linux":
        return None  # elsewhere RLIMIT_AS is missing or not enforced
    import resource

    try:
        with open("/proc/self/statm", "rb") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = size + extra
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft <= wanted:
            return None  # a stricter limit is set already
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (OSError, ValueError):
        return None
    return soft


def _set_address_limit(soft: int) -> None:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (soft, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (OSError, ValueError):
        pass


def unlimited_child() -> None:
    """For a converter started while a file's budget applies: it gets its own address-space allowance
    (LibreOffice reserves far more than it uses), and its own time limit from the caller."""
    if sys.platform == "linux":
        import resource

        try:
            hard = resource.getrlimit(resource.RLIMIT_AS)[1]
            resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        except (OSError, ValueError):
            pass


# Process groups of converters running now (LibreOffice, antiword): ended with the file, or when the process
# checking it is told to stop.
CHILD_GROUPS: set[int] = set()


def kill_child_groups() -> None:
    """Kill every process group in CHILD_GROUPS (a worker told to stop calls this first)."""
    for group in list(CHILD_GROUPS):
        kill_group(group)


def kill_group(group: int) -> None:
    try:
        os.killpg(group, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        pass


# --- sizes ------------------------------------------------------------------------------------------------

_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def parse_size(text: str) -> int:
    """A size such as ``50MB``, ``500KB``, ``1.5G`` or ``1000`` (bytes) → bytes; K, M and G count in 1024s."""
    import argparse
    import re
    from decimal import Decimal

    match = patterns.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([KMG])(?:I?B)?|(B))?\s*", re.IGNORECASE).fullmatch(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"“{text}”不是文件大小，例如 50MB / not a size such as 50MB")
    unit = (match[2] or match[3] or "").upper()
    value = int(Decimal(match[1]) * _UNITS[unit])
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}”：大小必须大于 0 / the size must be above 0")
    return value
