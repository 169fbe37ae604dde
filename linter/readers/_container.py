"""Checks on Office files before a library opens them: old binary formats, encryption, damage, zip bombs."""

from __future__ import annotations

import io
import zipfile
import zlib

from linter.document import ReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes of all members together
MAX_RATIO = 100  # members larger than MAX_PLAIN_MEMBER must not be compressed more than this
MAX_PLAIN_MEMBER = 10 * 1024 * 1024

_KINDS = {
    "docx": ("Word", "word/document.xml", ".docx"),
    "xlsx": ("Excel", "xl/workbook.xml", ".xlsx"),
}


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_streams(data: bytes) -> set[str]:
    """Names of well-known streams found in an OLE compound file's directory (a byte search suffices)."""
    names = ("EncryptedPackage", "WordDocument", "Workbook", "Book", "PowerPoint Document")
    return {name for name in names if _utf16(name) in data}


def ole_error(data: bytes, expected: str) -> ReadError:
    """Why an OLE compound file cannot be read as the OOXML format ``expected`` ("docx" or "xlsx")."""
    streams = ole_streams(data)
    if "EncryptedPackage" in streams:
        return ReadError("文件设有打开密码（已加密），无法读取：请在 Office 或 WPS 中取消密码后另存，再检查")
    if "WordDocument" in streams:
        return ReadError(
            f"这是旧版 Word（.doc）格式的文件，扩展名却是 .{expected}：请在 Word 或 WPS 中打开并另存为 .docx，"
            "或安装 LibreOffice（soffice）后以 .doc 扩展名检查"
        )
    if streams & {"Workbook", "Book"}:
        return ReadError(
            f"这是旧版 Excel（.xls）格式的文件，扩展名却是 .{expected}：请在 Excel 或 WPS 中打开并另存为 .xlsx"
        )
    return ReadError(f"这是旧版 Office 二进制格式的文件，不是 .{expected}：请另存为 .{expected} 后再检查")


def open_ooxml(data: bytes, kind: str) -> zipfile.ZipFile:
    """Open an Office Open XML package (``kind`` "docx" or "xlsx") after checking it is safe to read."""
    app, main_part, suffix = _KINDS[kind]
    if not data:
        raise ReadError("文件是空的（0 字节）")
    if data.startswith(OLE_MAGIC):
        raise ole_error(data, kind)
    if not data.startswith(b"PK"):
        raise ReadError(f"不是有效的 {app} 文档：{suffix} 文件应是 ZIP 压缩包，而这个文件不是")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise ReadError(f"文件已损坏或不完整，无法作为 {app} 文档（ZIP 压缩包）打开") from exc
    check_sizes(archive)
    names = set(archive.namelist())
    if main_part not in names:
        archive.close()
        for other, (other_app, other_part, other_suffix) in _KINDS.items():
            if other != kind and other_part in names:
                raise ReadError(
                    f"这是 {other_app} 文件（{other_suffix}），扩展名却是 {suffix}：请改回 {other_suffix}"
                )
        raise ReadError(f"不是 {app} 文档：压缩包里没有 {main_part}")
    return archive


def check_sizes(archive: zipfile.ZipFile, max_total: int = MAX_TOTAL) -> None:
    """Refuse archives that would expand to more than ``max_total`` bytes or hold an extreme-ratio member."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > max_total:
            archive.close()
            raise ReadError(f"压缩包解压后超过 {max_total // (1024 * 1024)} MB，疑似压缩炸弹，已拒绝读取")
        if info.file_size > MAX_PLAIN_MEMBER and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            archive.close()
            raise ReadError(
                f"压缩包成员 {info.filename} 的压缩比异常（约 {ratio}:1），疑似压缩炸弹，已拒绝读取"
            )


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One member's bytes (empty if it is missing); a damaged member is the file's error, not a crash."""
    try:
        return archive.read(name)
    except KeyError:
        return b""
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ReadError(
            f"文件已损坏：压缩包成员 {name} 无法解压（{exc}）",
            f"damaged file: {name} cannot be unpacked ({exc})",
        ) from exc
