"""Hostile documents: each made-up file answers within its budget with one clear error or correct findings,
no traceback, and the rest of the batch intact, with one job and with two. Every file is generated here."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fixtures_docs as fx
import pytest

from linter import cli
from linter.config import ConfigError, load_config
from linter.invisible import strip_invisible
from linter.limits import MAX_PAGE_CHARS
from linter.readers.pdf import check_glyph_codes
from linter.source import ReadError, decode, read_source

# SC101 fires once (line 2): the score 3 is above the points 2.
HEAD = "（1）履职效能总分值为4分，自评分值为4分"
BODY = "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。"
REPORT = f"{HEAD}\n{BODY}\n"
GUARD = 60  # seconds: a generous guard against a hang, not a speed test
POSIX = os.name == "posix"


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


# --- the made-up files ------------------------------------------------------------------------------------


def _docx(path: Path, change: Callable[[Any], None] | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(HEAD)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "得分"
    if change is not None:
        change(table)
    document.save(path)
    return path


def _grid(name: str, where: str) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        def change(table: Any) -> None:
            if where == "row":
                props = table.rows[0]._tr.get_or_add_trPr()
            else:
                props = table.cell(0, 0)._tc.get_or_add_tcPr()
            element = OxmlElement(f"w:{name}")
            element.set(qn("w:val"), "50000000")
            props.append(element)

        return _docx(path, change)

    return build


def corrupt_content_types(path: Path) -> Path:
    """A .docx with one byte of its [Content_Types].xml member's compressed data flipped."""
    _docx(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("[Content_Types].xml")
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _replace_member(path: Path, member: str, change: Callable[[str], str]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = change(members[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def docx_entity(path: Path) -> Path:
    """A run whose text has a DTD entity reference in the middle."""
    import docx

    document = docx.Document()
    document.add_paragraph(HEAD)
    document.add_paragraph("PLACEHOLDER")
    document.save(path)

    def change(xml: str) -> str:
        xml = xml.replace("<w:document", '<!DOCTYPE w:document [<!ENTITY e "x">]><w:document', 1)
        return xml.replace("PLACEHOLDER", BODY.replace("。全年", "。&e;全年"))

    _replace_member(path, "word/document.xml", change)
    return path


def xlsx_merged_everything(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = HEAD
    workbook.save(path)
    _replace_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
        ),
    )
    return path


def xlsx_column_xfd(path: Path) -> Path:
    """The report in column A, and 2,000 stray values in the last column (XFD)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["A2"] = HEAD, BODY
    for row in range(1, 2001):
        sheet.cell(row=row, column=16384, value="x")
    workbook.save(path)
    return path


def html_undefined_charset(path: Path) -> Path:
    path.write_bytes(f'<meta charset="undefined"><p>{HEAD}</p><p>{BODY}</p>'.encode())
    return path


def html_wrong_charset(path: Path) -> Path:
    path.write_bytes(f'<meta charset="utf-8"><p>{HEAD}</p><p>{BODY}</p>'.encode("gb18030"))
    return path


def html_spans(path: Path) -> Path:
    cell = '<td rowspan="200" colspan="200">x</td>'
    rows = "".join(f"<tr>{cell * 10}</tr>" for _ in range(200))
    path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    return path


def html_nested(path: Path) -> Path:
    depth = 10_000
    path.write_text(f"<html><body>{'<div>' * depth}<p>{BODY}</p>{'</div>' * depth}</body></html>", "utf-8")
    return path


def pdf_many_objects(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=(2000, 2000))
    for index in range(20_000):
        page.drawString(10 + (index % 200) * 9, 1990 - (index // 200) * 19, "8")
    page.save()
    return path


def pdf_glyph_codes(path: Path, glyphs: int = 40) -> Path:
    """A PDF whose font is an Identity-H CID font without a ToUnicode map: its text has no characters."""
    codes = "".join(f"{0x1000 + i:04X}" for i in range(glyphs))
    content = f"BT /F1 12 Tf 50 700 Td <{codes}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def text_50mb(path: Path) -> Path:
    path.write_bytes(b"1\n" * 25_000_000)
    return path


def utf32_report(path: Path) -> Path:
    path.write_bytes(REPORT.encode("utf-32"))  # with its BOM
    return path


def invisible_report(path: Path) -> Path:
    path.write_text(REPORT.replace("得3分", "得\u200b3分").replace("4次", "4\u00ad次"), encoding="utf-8")
    return path


# name → (builder, what the file gives: an error containing this text, or None for one SC101 finding)
CASES: dict[str, tuple[Callable[[Path], Path], str | None]] = {
    "content-types.docx": (corrupt_content_types, "文件已损坏"),
    "grid-before.docx": (_grid("gridBefore", "row"), "表格列过多"),
    "grid-span.docx": (_grid("gridSpan", "cell"), "表格列过多"),
    "entity.docx": (docx_entity, None),
    "merged.xlsx": (xlsx_merged_everything, "合并单元格过多"),
    "column-xfd.xlsx": (xlsx_column_xfd, None),
    "undefined-charset.html": (html_undefined_charset, None),
    "wrong-charset.html": (html_wrong_charset, None),
    "spans.html": (html_spans, "表格列过多"),
    "nested.html": (html_nested, "嵌套层过多"),
    "objects.pdf": (pdf_many_objects, "文字对象过多"),
    "glyph-codes.pdf": (pdf_glyph_codes, "(cid:…) 字形代码"),
    "huge.txt": (text_50mb, "文件过长"),
    "utf32.txt": (utf32_report, None),
    "invisible.txt": (invisible_report, None),
}


def batch(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "z-good.txt").write_text(REPORT, encoding="utf-8")
    CASES[name][0](folder / name)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_in_a_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, jobs: str
) -> None:
    folder = batch(tmp_path, name)
    limits = ("--memory-limit", "500MB", "--time-limit", str(GUARD))
    started = time.monotonic()
    code, out, err = run(
        capsys, "check", "--format", "json", "--select", "SC101", "-j", jobs, *limits, folder
    )
    assert time.monotonic() - started < GUARD
    assert "Traceback" not in out + err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert [len(files[good]["diagnostics"]) for good in ("a-good.txt", "z-good.txt")] == [1, 1]
    expected = CASES[name][1]
    if expected is None:
        assert code == cli.EXIT_FINDINGS and files[name]["error"] is None
        assert [d["code"] for d in files[name]["diagnostics"]] == ["SC101"]
    else:
        assert code == cli.EXIT_ERROR
        assert expected in files[name]["error"]["message"]
        assert "内部错误" not in files[name]["error"]["message"]


def test_text_output_names_the_file_and_the_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = batch(tmp_path, "content-types.docx")
    code, out, err = run(capsys, "check", "--select", "SC101", "-j", "1", folder)
    assert code == cli.EXIT_ERROR and "Traceback" not in out + err
    [line] = [x for x in out.splitlines() if "content-types.docx: " in x]
    assert "无法检查：文件已损坏：压缩包成员 [Content_Types].xml 无法解压" in line
    assert out.count("SC101") >= 2


def test_an_uncomputed_formula_is_reported_as_a_value_not_seen(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()  # openpyxl saves formulas without values, as a generated file has them
    sheet = workbook.active
    sheet.append(["指标", "分值", "得分"])
    sheet.append(["产出指标", 30, "=SUM(B2:B2)"])
    sheet.append(["效益指标", 20, 18])
    workbook.save(tmp_path / "f.xlsx")
    code, out, _ = run(capsys, "check", "--format", "json", "--select", "TX107", tmp_path / "f.xlsx")
    [finding] = json.loads(out)["files"][0]["diagnostics"]
    assert finding["severity"] == "info" and "“=SUM(B2:B2)”是公式，没有计算结果" in finding["message"]
    assert finding["location"]["cell"] == "C2"
    workbook["Sheet"]["C2"] = 28
    workbook.save(tmp_path / "g.xlsx")
    code, out, _ = run(capsys, "check", "--format", "json", "--select", "TX107", tmp_path / "g.xlsx")
    assert code == cli.EXIT_OK and not json.loads(out)["files"][0]["diagnostics"]


def test_docx_entity_text_is_kept(tmp_path: Path) -> None:
    text = read_source(docx_entity(tmp_path / "e.docx")).text
    assert "&e;全年进行了4次演练，得3分。" in text


def test_utf32_and_utf16_with_a_bom() -> None:
    for encoding in ("utf-32", "utf-32-be", "utf-16", "utf-16-le"):
        data = REPORT.encode(encoding)
        if encoding.endswith(("-be", "-le")):
            data = ("\ufeff" + REPORT).encode(encoding)
        text, _ = decode(data)
        assert text == REPORT, encoding


def test_glyph_codes_only_when_they_are_most_of_the_text() -> None:
    with pytest.raises(ReadError, match="字形代码"):
        check_glyph_codes("(cid:12)(cid:13)(cid:14) 1")
    check_glyph_codes("一份正常的报告，只有一个符号 (cid:7) 无法映射。")  # a stray symbol: read as it is
    check_glyph_codes("")


def test_a_page_at_the_cap_is_read(tmp_path: Path) -> None:
    """Only pages beyond the cap are refused; an ordinary page is not de-duplicated needlessly either."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "dense.pdf"
    page = canvas.Canvas(str(path), pagesize=(2000, 2000))
    for index in range(min(MAX_PAGE_CHARS, 2000)):
        page.drawString(10 + (index % 200) * 9, 1990 - (index // 200) * 19, "8")
    page.drawString(10, 100, "x")
    page.drawString(10.2, 100.1, "x")  # fake bold: the doubled character is dropped
    page.save()
    text = read_source(path).text
    assert text.count("8") == min(MAX_PAGE_CHARS, 2000) and text.count("x") == 1


# --- scores reads like check ------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="device files and named pipes")
def test_scores_refuses_devices_and_pipes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    for name in ("zero.txt", "pipe.txt"):
        code, out, err = run(capsys, "scores", tmp_path / name)
        assert code == cli.EXIT_ERROR and f"{name}: 不是普通文件" in err and "Traceback" not in err
    text_50mb(tmp_path / "huge.txt")
    code, _, err = run(capsys, "scores", "--max-size", "10MB", tmp_path / "huge.txt")
    assert code == cli.EXIT_ERROR and "文件过大" in err
    code, _, err = run(capsys, "scores", tmp_path / "huge.txt")
    assert code == cli.EXIT_ERROR and "文件过长" in err
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    code, out, _ = run(capsys, "scores", tmp_path / "ok.txt")
    assert code == cli.EXIT_OK and "应急救援演练次数" in out


@pytest.mark.skipif(not POSIX, reason="device files")
def test_endless_standard_input_is_refused(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        command = [sys.executable, "-m", "linter", "check", "--format", "json", "--max-size", "1MB", "-"]
        done = subprocess.run(command, stdin=zero, capture_output=True, timeout=GUARD, check=False)
    assert done.returncode == cli.EXIT_ERROR and not done.stderr
    assert json.loads(done.stdout)["files"][0]["error"]["message"] == "输入过大"


@pytest.mark.skipif(not POSIX, reason="device files")
def test_check_refuses_a_link_to_a_device(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path / "zero.txt")
    assert code == cli.EXIT_ERROR
    assert json.loads(out)["files"][0]["error"]["message"].startswith("不是普通文件")


# --- budgets ----------------------------------------------------------------------------------------------

SLOW = "（1）得1分。" * 100_000  # one line of 700,000 characters: seconds of work and over 100 MB


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_over_its_budget_is_that_files_error(tmp_path: Path, jobs: str) -> None:
    """In a fresh process each (the memory budget counts the address space a process grows by, and a long
    test process has room to spare from earlier tests)."""
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "slow.txt").write_text(SLOW, encoding="utf-8")
    (folder / "z.txt").write_text(REPORT, encoding="utf-8")
    for flags, message in (
        (("--time-limit", "0.5"), "超过单个文件的时间上限（0.5 秒"),
        (("--memory-limit", "40MB"), "所需内存超过单个文件的上限（40 MB"),
    ):
        command = [
            sys.executable,
            "-m",
            "linter",
            "check",
            "--format",
            "json",
            "--select",
            "SC101",
            "-j",
            jobs,
        ]
        done = subprocess.run(
            [*command, *flags, str(folder)], capture_output=True, timeout=GUARD, check=False
        )
        assert done.returncode == cli.EXIT_ERROR and not done.stderr
        files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
        assert files["slow.txt"]["error"]["message"].startswith(message)
        assert len(files["a.txt"]["diagnostics"]) == len(files["z.txt"]["diagnostics"]) == 1


def test_budget_from_the_config_and_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "slow.txt").write_text(SLOW, encoding="utf-8")
    (tmp_path / "jxlint.yaml").write_text("time-limit: 0.5\nmemory-limit: 2GB\n", encoding="utf-8")
    assert load_config(tmp_path / "jxlint.yaml").memory_limit == 2 * 1024**3
    code, out, _ = run(capsys, "check", "--format", "json", tmp_path / "slow.txt")
    assert "0.5 秒" in json.loads(out)["files"][0]["error"]["message"]
    code, out, _ = run(capsys, "check", "--format", "json", "--time-limit", "0.25", tmp_path / "slow.txt")
    assert "0.25 秒" in json.loads(out)["files"][0]["error"]["message"]  # the command line wins
    code, _, err = run(capsys, "check", "--time-limit", "-1", tmp_path / "slow.txt")
    assert code == cli.EXIT_ERROR and "不是秒数" in err


# --- signals ----------------------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(p) for p in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


def _slow_batch(tmp_path: Path, jobs: int = 2) -> subprocess.Popen[bytes]:
    """``jxlint check -j 2`` busy in two workers on slow files (or ``-j 1`` busy itself), started in a
    session of its own (as a terminal would run it: Ctrl-C goes to the whole group)."""
    folder = tmp_path / "slow"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")  # checked by the parent before the workers fork
    for index in range(4):
        (folder / f"s{index}.txt").write_text(SLOW, encoding="utf-8")
    command = [sys.executable, "-m", "linter", "check", "-j", str(jobs), "--time-limit", "0", str(folder)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + GUARD
    while len(_children(process.pid)) < jobs and jobs > 1:
        assert process.poll() is None and time.monotonic() < deadline, "the workers never started"
        time.sleep(0.05)
    time.sleep(0.3)  # the workers are reading their files
    return process


def _stopped(process: subprocess.Popen[bytes], workers: set[int], within: float = 10.0) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError("jxlint did not stop") from None
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "a worker was left running"
    return process.returncode, err.decode("utf-8", "replace")


linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads worker processes from /proc")


@linux_only
def test_sigterm_to_the_parent_ends_its_workers(tmp_path: Path) -> None:
    process = _slow_batch(tmp_path)
    workers = _children(process.pid)
    process.terminate()
    code, err = _stopped(process, workers)
    assert code == 143 and "Traceback" not in err


@linux_only
def test_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL leaves the parent no chance to stop them: they learn of its death from the kernel."""
    process = _slow_batch(tmp_path)
    workers = _children(process.pid)
    process.kill()
    code, _ = _stopped(process, workers)
    assert code == -signal.SIGKILL


@linux_only
@pytest.mark.parametrize(("jobs", "presses"), [(2, 1), (2, 2), (1, 1), (1, 2)])
def test_ctrl_c_stops_promptly_without_a_traceback(tmp_path: Path, jobs: int, presses: int) -> None:
    process = _slow_batch(tmp_path, jobs)
    if jobs == 1:
        time.sleep(1.0)  # into the slow files
    workers = _children(process.pid)
    started = time.monotonic()
    for _ in range(presses):
        os.killpg(process.pid, signal.SIGINT)  # the terminal sends Ctrl-C to the whole process group
        time.sleep(0.1)
    code, err = _stopped(process, workers)
    assert time.monotonic() - started < GUARD / 2
    assert code == 130 and "Traceback" not in err


@pytest.mark.skipif(not POSIX, reason="process groups")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_converter_is_killed_with_its_children(tmp_path: Path, jobs: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "grandchild.pid"
    soffice = bin_dir / "soffice"
    soffice.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pid_file}\nsleep 300\n", encoding="utf-8")
    soffice.chmod(0o755)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "old.doc").write_bytes(fx.fake_ole("WordDocument"))
    (folder / "z.txt").write_text(REPORT, encoding="utf-8")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [sys.executable, "-m", "linter", "check", "--format", "json", "--select", "SC101", "-j", jobs]
    command += ["--time-limit", "2"]
    done = subprocess.run([*command, str(folder)], capture_output=True, env=env, timeout=GUARD, check=False)
    assert done.returncode == cli.EXIT_ERROR and b"Traceback" not in done.stderr
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    assert files["old.doc"]["error"]["message"].startswith("超过单个文件的时间上限")
    assert len(files["z.txt"]["diagnostics"]) == 1
    grandchild = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while _pid_exists(grandchild) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _pid_exists(grandchild), "the converter's child survived"


def _pid_exists(pid: int) -> bool:
    if sys.platform == "linux":
        return _alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


# --- configuration ----------------------------------------------------------------------------------------

ALIAS_BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefg", "bcdefgh", strict=True))
    + "select: *h\n"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ALIAS_BOMB, "别名"),
        ("select: [all]\nselect: [SC]\n", "第2行：键“select”重复出现"),
        ("rules:\n  score-sum-mismatch:\n    tolerance: .nan\n", "tolerance 的值 nan 不是有限的数"),
        ("rules:\n  score-sum-mismatch:\n    tolerance: .inf\n", "不是有限的数"),
        ("rules:\n  score-sum-mismatch:\n    tolerance: -0.5\n", "不能为负数"),
        ("rules:\n  duplicate-section:\n    min-chars: -3\n", "min-chars 的值 -3 不能为负数"),
        ("time-limit: .nan\n", "time-limit 的值"),
        ("memory-limit: lots\n", "memory-limit 的值"),
        ("issuer-level: " + "区" * 5000 + "\n", "…"),
    ],
)
def test_bad_configurations_are_refused_quickly(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "jxlint.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert time.monotonic() - started < 5
    assert message in str(caught.value) and str(caught.value).startswith(str(path))
    assert len(str(caught.value)) < 300


def test_anchors_that_do_not_explode_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "jxlint.yaml"
    path.write_text("ignore: &quiet [NM301]\nextend-select: *quiet\n", encoding="utf-8")
    assert load_config(path).ignore == ("NM301",)


def test_a_config_that_silences_every_rule_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "sent"
    folder.mkdir()
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")
    (folder / "jxlint.yaml").write_text("ignore: [all]\n", encoding="utf-8")
    code, out, err = run(capsys, "check", folder)
    assert code == cli.EXIT_OK and "关闭了全部规则" in err and "--no-config" in err
    code, out, err = run(capsys, "check", "--no-config", folder)
    assert code == cli.EXIT_FINDINGS and "SC101" in out and not err
    other = tmp_path / "other"  # (another path: the linter of a config is built once per process)
    other.mkdir()
    (other / "r.txt").write_text(REPORT, encoding="utf-8")
    (other / "jxlint.yaml").write_text("ignore: [NM301]\n", encoding="utf-8")
    code, out, err = run(capsys, "check", other)
    assert code == cli.EXIT_FINDINGS and not err


# --- file names -------------------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="file names with control characters")
def test_file_names_are_escaped_in_text_and_verbatim_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = "报告\n\x1b[31m伪造\u202e.txt"
    (tmp_path / name).write_text(REPORT, encoding="utf-8")
    (tmp_path / "broken\r.txt").write_bytes(b"\x00" * 10)
    _, out, _ = run(capsys, "check", "--select", "SC101", "--no-color", tmp_path)
    assert "报告\\n\\x1b[31m伪造\\u202e.txt:2:" in out and "broken\\r.txt: 无法检查" in out
    assert "\x1b" not in out and "\u202e" not in out and "\r" not in out
    _, out, _ = run(capsys, "check", "--format", "json", tmp_path)
    assert {Path(f["path"]).name for f in json.loads(out)["files"]} == {name, "broken\r.txt"}


# --- invisible characters inside numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden", ["\u200b", "\u200d", "\u00ad", "\u200e", "\u2066", "\ufeff", "\u200b\u200f"]
)
def test_invisible_characters_inside_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hidden: str
) -> None:
    """得1\\u200b0分 is 10 points, and the finding points at the characters the user sees."""
    line = f"应急救援演练次数，分值为2分。全年进行了4次演练，得1{hidden}0分。"
    (tmp_path / "r.txt").write_text(f"{HEAD}\n{line}\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--format", "json", "--select", "SC101", tmp_path / "r.txt")
    [finding] = json.loads(out)["files"][0]["diagnostics"]
    assert "自评得10分" in finding["message"]
    assert finding["message"].endswith(f"（其中有不可见字符 {'、'.join(f'U+{ord(c):04X}' for c in hidden)}）")
    start = line.index("1" + hidden)
    assert (finding["line"], finding["column"]) == (2, start - 1 + 1)  # the span starts at 得
    assert (finding["end_line"], finding["end_column"]) == (2, line.index("分。", start) + 2)


def test_invisible_characters_elsewhere_keep_later_columns_right(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    line = "应急\u200b救援\u00ad演练次数，分值为2分。全年进行了4次演练，得3分。"
    (tmp_path / "r.txt").write_text(f"{HEAD}\n{line}\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--format", "json", "--select", "SC101", tmp_path / "r.txt")
    [finding] = json.loads(out)["files"][0]["diagnostics"]
    assert finding["column"] == line.index("得3分") + 1 and "不可见" not in finding["message"]
    assert [r["column"] for r in finding["related"]] == [line.index("分值为2分") + 1]


def test_strip_invisible_maps_offsets_back() -> None:
    text = "a\u200bb\u200b\u200bc"
    clean, removed = strip_invisible(text)
    assert clean == "abc" and removed is not None
    assert [removed.start(i) for i in range(4)] == [0, 2, 5, 6]
    assert [removed.end(i) for i in range(4)] == [0, 1, 3, 6]
    assert strip_invisible("普通文字") == ("普通文字", None)


def test_look_alikes_are_not_changed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Visible characters between digits still separate them: 得1 0分 is no score of 10."""
    for between in (" ", "\u3000", "、"):
        line = f"应急救援演练次数，分值为2分。全年进行了4次演练，得1{between}0分。"
        (tmp_path / "r.txt").write_text(f"{HEAD}\n{line}\n", encoding="utf-8")
        _, out, _ = run(capsys, "check", "--format", "json", "--select", "SC101", tmp_path / "r.txt")
        assert all("10分" not in d["message"] for d in json.loads(out)["files"][0]["diagnostics"])
