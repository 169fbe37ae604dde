"""Reading report files: bytes → text, with the encoding detected and every character kept in place."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from linter.document import ReadError, Source, decode

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    return source_from_bytes(path, read_bytes(path, max_bytes))


def source_from_bytes(path: Path, data: bytes) -> Source:
    """A Source from a file's bytes; ``path`` gives its name and, by its suffix, its format. Text longer
    than a report can be is refused (see linter.limits)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        from linter.readers import reader_for

        reader = reader_for(suffix)
        if reader is not None:
            return check_size(reader(path, data))
    from linter.limits import MAX_TEXT_CHARS

    if len(data) > 4 * MAX_TEXT_CHARS:  # more characters than the cap in any encoding: not worth decoding
        raise ReadError(
            f"文件过长（{len(data):,} 字节），超过一份报告的文字上限（{MAX_TEXT_CHARS:,} 个字符）",
            f"file too long ({len(data):,} bytes) for the text limit of a report ({MAX_TEXT_CHARS:,} characters)",
        )
    text, encoding = decode(data)
    check_text(text)
    return Source(str(path), prepared(text, suffix in MARKDOWN_SUFFIXES), encoding)


def prepared(text: str, markdown: bool) -> str:
    """A plain-text report as it is checked: the furniture of a web page pasted with it blanked, and in a Markdown
    file the Markdown marks (``## 一、`` is a numbered heading), as in a .txt that clearly is Markdown; every other
    character stays in its place."""
    from linter.furniture import blank_furniture
    from linter.markdown import blank_markdown, looks_like_markdown

    text = blank_furniture(text)
    if markdown or looks_like_markdown(text):
        text = blank_markdown(text)
    return text


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``. A pipe, a device (a link to /dev/zero) or a
    folder is refused before anything is read, so reading can neither wait forever nor run out of memory."""
    try:
        # O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(info.st_mode):
                raise ReadError("不是普通文件（可能是管道或设备）", "not a regular file (a pipe or a device)")
            if info.st_size > max_bytes:
                raise _too_large(info.st_size, max_bytes)
            with os.fdopen(fd, "rb", closefd=False) as stream:
                data = stream.read(info.st_size + 1)
                if len(data) > info.st_size:  # it has grown since fstat
                    data += stream.read(max_bytes + 1 - len(data))
        finally:
            os.close(fd)
    except OSError as exc:
        raise os_read_error(exc) from exc
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def _too_large(size: int, max_bytes: int) -> ReadError:
    return ReadError(
        f"文件过大（{size} 字节，上限 {max_bytes} 字节）", f"file too large ({size} bytes, limit {max_bytes})"
    )


def check_size(source: Source) -> Source:
    """``source``, unless its text is longer than a report can be (see linter.limits): parsing that would take
    minutes and gigabytes."""
    check_text(source.text)
    return source


def check_text(text: str) -> None:
    from linter.limits import MAX_LINES, MAX_TEXT_CHARS, cap_error

    if len(text) > MAX_TEXT_CHARS:
        raise cap_error("文字", "characters", len(text), MAX_TEXT_CHARS)
    if len(text) > MAX_LINES:  # only then can there be that many lines
        lines = text.count("\n") + text.count("\r") - text.count("\r\n")
        if lines > MAX_LINES:
            raise cap_error("文本行", "lines", lines, MAX_LINES)


def supported_suffixes() -> frozenset[str]:
    """Suffixes picked up when a folder is checked."""
    from linter.readers import SUFFIXES

    return TEXT_SUFFIXES | SUFFIXES


def os_read_error(exc: OSError) -> ReadError:
    """The one-line reason a file could not be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return ReadError("文件不存在", "no such file")
    if isinstance(exc, IsADirectoryError):
        return ReadError("这是一个目录，不是文件", "is a directory, not a file")
    if isinstance(exc, PermissionError):
        return ReadError("没有读取权限", "permission denied")
    return ReadError(f"无法读取：{exc.strerror or exc}", f"cannot read: {exc.strerror or exc}")
