"""Reading report files: bytes → text, with the encoding detected and every character kept in place."""

from __future__ import annotations

from pathlib import Path

from linter.document import ReadError, Source, decode

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(
                f"文件过大（{size} 字节，上限 {max_bytes} 字节）",
                f"file too large ({size} bytes, limit {max_bytes})",
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError("文件不存在", "no such file") from exc
    except IsADirectoryError as exc:
        raise ReadError("这是一个目录，不是文件", "is a directory, not a file") from exc
    except PermissionError as exc:
        raise ReadError("没有读取权限", "permission denied") from exc
    except OSError as exc:
        raise ReadError(f"无法读取：{exc.strerror or exc}", f"cannot read: {exc.strerror or exc}") from exc
    return source_from_bytes(path, data)


def source_from_bytes(path: Path, data: bytes) -> Source:
    """A Source from a file's bytes; ``path`` gives its name and, by its suffix, its format."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        from linter.readers import reader_for

        reader = reader_for(suffix)
        if reader is not None:
            return reader(path, data)
    from linter.furniture import blank_furniture

    text, encoding = decode(data)
    # A report pasted from a web page brings the site's furniture: blanked, every other character in place.
    return Source(str(path), blank_furniture(text), encoding)


def supported_suffixes() -> frozenset[str]:
    """Suffixes picked up when a folder is checked."""
    from linter.readers import SUFFIXES

    return TEXT_SUFFIXES | SUFFIXES
