"""Old binary Word (.doc) and WPS (.wps) files: converted by LibreOffice, or read as text by antiword. Old
binary Excel (.xls), WPS spreadsheets (.et) and OpenDocument files (.ods, .odt): converted by LibreOffice to
.xlsx or .docx and read as those are.

Files that only carry the old extension are recognised by their content and read directly: a .docx
renamed to .doc, an .xlsx renamed to .xls, an HTML page or MHT archive saved as .doc or .xls (as many web systems
export reports and forms), and an old binary document renamed to .docx (``read_word``, the reader for .docx files).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from linter.document import Location, ReadError, Source, TableCellText
from linter.readers._build import TextBuilder, cell_text, clean, joined, one_line, quote
from linter.readers._container import OLE_MAGIC, ole_streams
from linter.readers.word import read_docx

CONVERT_TIMEOUT = 60  # seconds
NO_CONVERTER = "无法读取 .doc 文件：请安装 LibreOffice（soffice）后重试，或另存为 .docx"
_ZIP = b"PK\x03\x04"
_OPEN_DOCUMENT = b"mimetypeapplication/vnd.oasis.opendocument."  # the first entry of every .odt/.ods archive


def converter() -> tuple[str, str] | None:
    """("soffice", path) or ("antiword", path) for the first tool found on PATH."""
    for kind, names in (("soffice", ("soffice", "libreoffice")), ("antiword", ("antiword",))):
        for name in names:
            found = shutil.which(name)
            if found:
                return kind, found
    return None


def read_word(path: Path, data: bytes) -> Source:
    """A .docx file: read as one, unless it is an old binary Word document under the new name and a converter
    is installed to read it."""
    if data.startswith(OLE_MAGIC) and "WordDocument" in ole_streams(data) and converter() is not None:
        return read_doc(path, data)
    return read_docx(path, data)


def read_doc(path: Path, data: bytes) -> Source:
    if not data:
        raise ReadError("文件是空的（0 字节）")
    head = data[:2048].lower()
    if data.startswith(b"PK"):
        return read_docx(path, data)  # a .docx under an old extension
    if not data.startswith(OLE_MAGIC) and (b"<html" in head or b"mime-version:" in head):
        return _as_html(path, data)
    if data.startswith(OLE_MAGIC) and "EncryptedPackage" in ole_streams(data):
        raise ReadError("文件设有打开密码（已加密），无法读取：请在 Office 或 WPS 中取消密码后另存，再检查")
    word_xml = b"<w:worddocument" in head  # Word 2003 XML saved under a .doc name
    if not (data.startswith((OLE_MAGIC, b"{\\rtf")) or word_xml):
        raise ReadError("不是 Word 文档：既不是旧版 .doc（OLE 复合文档），也不是 .docx、RTF 或 Word XML")
    tool = converter()
    if tool is None:
        raise ReadError(NO_CONVERTER)
    kind, executable = tool
    if kind == "soffice":
        return _with_soffice(path, data, executable)
    if not data.startswith(OLE_MAGIC):
        raise ReadError(
            "这是 RTF 或 XML 格式的 Word 文件，antiword 无法读取：请安装 LibreOffice（soffice）后重试，或另存为 .docx"
        )
    return _with_antiword(path, data, executable)


def run_converter(command: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    """Run a converter in a process group of its own, and kill the whole group (LibreOffice starts
    processes of its own) when it times out, or when checking stops for any reason (budget, Ctrl-C, SIGTERM)."""
    from linter.limits import CHILD_GROUPS, kill_group, unlimited_child

    posix = os.name == "posix"
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=posix,
        preexec_fn=unlimited_child if posix else None,  # no threads run where converters do
    )
    if posix:
        CHILD_GROUPS.add(process.pid)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    finally:
        if posix:
            CHILD_GROUPS.discard(process.pid)
            kill_group(process.pid)
        if process.poll() is None:
            process.kill()
        process.wait()


def _as_html(path: Path, data: bytes) -> Source:
    """A web page saved with a Word extension; a single-file web archive (MHT) holds the page as one part."""
    from linter.readers.web import read_html

    if b"<html" not in data[:2048].lower():
        import email

        message = email.message_from_bytes(data)
        pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
        payload = pages[0].get_payload(decode=True) if pages else None
        if not isinstance(payload, bytes):
            raise ReadError("这是网页归档（MHT）文件，但其中没有网页内容：请在 Word 中打开并另存为 .docx")
        data = payload
    return read_html(path, data)


def read_sheet(path: Path, data: bytes) -> Source:
    """An old binary Excel (.xls) or WPS (.et) workbook, or an OpenDocument spreadsheet (.ods)."""
    from linter.readers.sheet import read_xlsx

    if not data:
        raise ReadError("文件是空的（0 字节）", "the file is empty (0 bytes)")
    head = data[:2048].lower()
    if data.startswith(_ZIP) and _OPEN_DOCUMENT not in data[:100]:
        return read_xlsx(path, data)  # an .xlsx under an old extension
    if not data.startswith((OLE_MAGIC, _ZIP)) and (b"<html" in head or b"<table" in head or b"mime-version:" in head):
        return _as_html(path, data)  # a web page saved as .xls: what many web systems export
    if data.startswith(OLE_MAGIC) and "EncryptedPackage" in ole_streams(data):
        raise ReadError(
            "文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存，再检查",
            "the workbook is password-protected (encrypted): remove the password in Excel or WPS, save, and check again",
        )
    if not data.startswith((OLE_MAGIC, _ZIP)):
        raise ReadError(
            "不是表格文件：既不是旧版 .xls/.et（OLE 复合文档），也不是 .xlsx、.ods 或网页表格",
            "not a spreadsheet: neither an old .xls/.et (OLE compound file) nor an .xlsx, .ods or web page table",
        )
    return _converted(path, data, "xlsx", "表格")


def read_odt(path: Path, data: bytes) -> Source:
    """An OpenDocument text (.odt), as LibreOffice and WPS save it."""
    if not data:
        raise ReadError("文件是空的（0 字节）", "the file is empty (0 bytes)")
    if data.startswith(_ZIP) and _OPEN_DOCUMENT not in data[:100]:
        return read_docx(path, data)  # a .docx under another name
    if not data.startswith(_ZIP):
        raise ReadError("不是 OpenDocument 文档（.odt 应是 ZIP 压缩包）", "not an OpenDocument file (an .odt is a zip archive)")
    return _converted(path, data, "docx", "文档")


def _converted(path: Path, data: bytes, target: str, what: str) -> Source:
    """``data`` converted by LibreOffice to .docx or .xlsx and read as that."""
    tool = converter()
    if tool is None or tool[0] != "soffice":
        suffix = path.suffix.lower() or "." + target
        raise ReadError(
            f"无法读取 {suffix} 文件：请安装 LibreOffice（soffice）后重试，或另存为 .{target}",
            f"cannot read {suffix} files: install LibreOffice (soffice) and try again, or save the file as .{target}",
        )
    return _with_soffice(path, data, tool[1], target, what, path.suffix.lower().lstrip(".") or target)


def _with_soffice(
    path: Path, data: bytes, executable: str, target: str = "docx", what: str = "文件", encoding: str = "doc"
) -> Source:
    from linter.readers.sheet import read_xlsx

    with tempfile.TemporaryDirectory(prefix="jxlint-") as tmp:
        folder = Path(tmp)
        source = folder / ("report" + (path.suffix.lower() or ".doc"))
        source.write_bytes(data)
        outdir = folder / "out"
        profile = (folder / "profile").as_uri()  # a private profile: no clash with a running LibreOffice
        command = [
            executable,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ]
        try:
            done = run_converter(command, CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(f"LibreOffice 转换超时（超过 {CONVERT_TIMEOUT} 秒），请手动另存为 .{target}") from exc
        except OSError as exc:
            raise ReadError(joined("无法运行 LibreOffice", one_line(str(exc)))) from exc
        converted = outdir / f"report.{target}"
        if not converted.is_file():
            reason = one_line(done.stderr.decode("utf-8", "replace")) or f"退出码 {done.returncode}"
            raise ReadError(f"LibreOffice 未能转换此{what}（{reason}），请手动另存为 .{target}")
        read = read_xlsx if target == "xlsx" else read_docx
        result = read(path, converted.read_bytes())
    return dataclasses.replace(result, encoding=encoding)


def _with_antiword(path: Path, data: bytes, executable: str) -> Source:
    with tempfile.TemporaryDirectory(prefix="jxlint-") as tmp:
        source = Path(tmp) / "report.doc"
        source.write_bytes(data)
        try:
            done = run_converter([executable, "-m", "UTF-8.txt", "-w", "0", str(source)], CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(f"antiword 读取超时（超过 {CONVERT_TIMEOUT} 秒），请手动另存为 .docx") from exc
        except OSError as exc:
            raise ReadError(joined("无法运行 antiword", one_line(str(exc)))) from exc
    if done.returncode != 0:
        reason = one_line(done.stderr.decode("utf-8", "replace")) or f"退出码 {done.returncode}"
        raise ReadError(f"antiword 无法读取此文件（{reason}）")
    return _antiword_text(path, done.stdout.decode("utf-8", "replace"))


def _antiword_text(path: Path, text: str) -> Source:
    """antiword prints one paragraph per line (with -w 0) and table rows as ``|cell|cell|``."""
    out = TextBuilder()
    paragraphs = 0
    tables = 0
    rows: list[list[str]] = []

    def end_table() -> None:
        nonlocal tables
        if not rows:
            return
        tables += 1
        placed: list[TableCellText] = []
        for index, cells in enumerate(rows):
            located: list[tuple[str, Location | None]] = [
                (cell, Location("table", table=tables, row=index + 1, column=column + 1))
                for column, cell in enumerate(cells)
            ]
            placed += out.row(located, index)
        out.table(f"表{tables}", placed)
        rows.clear()

    for line in clean(text).split("\n"):
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            rows.append([cell_text(cell) for cell in stripped[1:-1].split("|")])
            continue
        end_table()
        if stripped:
            paragraphs += 1
            out.line(
                line.replace("\t", " ").rstrip(),
                Location("paragraph", paragraph=paragraphs, quote=quote(line)),
            )
    end_table()
    return out.build(str(path), "doc")
