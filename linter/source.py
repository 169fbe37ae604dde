"""Reading report files: bytes → text, with the encoding detected and every character kept in place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class ReadError(Exception):
    """A file could not be read as a report; the message names the problem (not the path)."""


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str
    encoding: str


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"文件过大（{size} 字节，上限 {max_bytes} 字节）")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError("文件不存在") from exc
    except IsADirectoryError as exc:
        raise ReadError("这是一个目录，不是文件") from exc
    except PermissionError as exc:
        raise ReadError("没有读取权限") from exc
    except OSError as exc:
        raise ReadError(f"无法读取：{exc.strerror or exc}") from exc
    text, encoding = decode(data)
    return Source(str(path), text, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), GB18030/GBK, or what charset-normalizer finds; never silently lossy."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16").lstrip("\ufeff"), "utf-16"
            except UnicodeDecodeError:
                pass
        raise ReadError("不是文本文件（含有 NUL 字节）")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        return text, "gb18030"
    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise ReadError("无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）")
    return str(best), best.encoding


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01
