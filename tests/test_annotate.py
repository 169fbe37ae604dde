"""``jxlint annotate``: a commented copy of a .docx/.xlsx, read back comment by comment."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from linter import cli
from linter.annotate import AUTHOR, annotate, read_comments
from linter.outcome import CheckOptions, check_file
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
DOCS = ROOT / "samples" / "documents"


def text_to_docx(text: str, path: Path, run_length: int = 5) -> Path:
    """Each line a paragraph, cut into runs of ``run_length`` characters (so comments must split runs)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        paragraph = document.add_paragraph()
        for i in range(0, len(line), run_length):
            paragraph.add_run(line[i : i + run_length])
    document.save(str(path))
    return path


def flagged_texts(path: Path) -> list[tuple[str, str, str]]:
    """(code, message, flagged text) of each finding of ``path``, as ``check`` finds them."""
    source = read_source(path)
    result = check_file(str(path), str(path), CheckOptions())
    from linter.model import line_starts

    starts = line_starts(source.text)
    found = []
    for f in result.findings:
        p = f.position
        start = starts[p.line - 1] + p.column - 1
        end = starts[p.end_line - 1] + p.end_column - 1
        found.append((f.code, f.message.zh, source.text[start:end]))
    return found


def _check_comments(original: Path, annotated: Path, count: int) -> None:
    findings = flagged_texts(original)
    comments = read_comments(annotated)
    assert count == len(findings) == len(comments)
    assert all(author == AUTHOR for author, _, _ in comments)
    for (code, message, flagged), (_, text, anchored) in zip(findings, comments, strict=True):
        assert message in text and code in text
        assert flagged.strip() and flagged.replace("\n", "").replace(" ", "") in anchored.replace(
            "\n", ""
        ).replace(" ", ""), (code, flagged, anchored)


@pytest.mark.skipif(not SEED.is_file(), reason="seed report not available")
def test_seed_as_docx_gets_one_comment_per_finding_on_its_text(tmp_path: Path) -> None:
    original = text_to_docx(SEED.read_text("utf-8"), tmp_path / "报告.docx")
    before = original.read_bytes()
    out, count = annotate(original)
    assert out == tmp_path / "报告.jxlint.docx"
    assert original.read_bytes() == before  # the original is never touched
    assert count > 40
    _check_comments(original, out, count)
    # Splitting runs changed no text: the copy lints exactly as the original.
    assert flagged_texts(out) == flagged_texts(original)


def test_comment_covers_exactly_the_flagged_characters(tmp_path: Path) -> None:
    text = "2022年度咸安区应急管理局整体绩效自评结果\n重特大森林火灾起数，分值3分。2022年度我县未发生重特大森林火灾，得3分。\n"
    original = text_to_docx(text, tmp_path / "a.docx", run_length=9)
    out, count = annotate(original, tmp_path / "copy.docx", config=CheckOptions(select=("WD101",)))
    assert count == 1
    [(_, comment, anchored)] = read_comments(out)
    assert anchored == "我县"
    assert comment.endswith("（WD101 inconsistent-self-reference）")


def test_sample_docx_findings_in_tables_land_in_their_cell(tmp_path: Path) -> None:
    original = shutil.copy(DOCS / "部门整体自评_区_缺陷.docx", tmp_path / "样例.docx")
    out, count = annotate(Path(original))
    _check_comments(Path(original), out, count)
    import docx

    document = docx.Document(str(out))
    in_tables = [
        cell
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        if cell._tc.xpath(".//w:commentRangeStart")
    ]
    assert in_tables, "the findings in the score table should be commented inside their cells"


def test_english_comments(tmp_path: Path) -> None:
    original = shutil.copy(DOCS / "部门整体自评_区_缺陷.docx", tmp_path / "r.docx")
    out, _ = annotate(Path(original), lang="en")
    texts = [text for _, text, _ in read_comments(out)]
    assert any("(SC101 score-above-max)" in t for t in texts)


def test_xlsx_findings_become_cell_comments(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    original = Path(shutil.copy(DOCS / "项目支出自评表_县.xlsx", tmp_path / "表.xlsx"))
    out, count = annotate(original)
    assert out.name == "表.jxlint.xlsx"
    book = load_workbook(out)
    comments = {
        f"{ws.title}!{cell.coordinate}": cell.comment
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.comment is not None
    }
    assert count == 4
    assert "SC101" in comments["自评表!G19"].text and comments["自评表!G19"].author == AUTHOR
    assert "WD101" in comments["说明!A5"].text


def test_directive_in_a_word_comment_suppresses_the_commented_paragraph(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2022年度咸安区应急管理局整体绩效自评结果")
    kept = document.add_paragraph("2022年度我县未发生重特大森林火灾。")
    quiet = document.add_paragraph("2022年度我县未发生重特大生产安全事故。")
    document.add_comment(quiet.runs, "jxlint: disable=WD101", "审核人")
    document.add_comment(kept.runs, "这里要核对", "审核人")
    path = tmp_path / "c.docx"
    document.save(str(path))
    result = check_file(str(path), "c.docx", CheckOptions(select=("WD101",)))
    assert [f.location.paragraph for f in result.findings if f.location] == [2]


def test_cli_annotate_and_its_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = Path(shutil.copy(DOCS / "部门整体自评_区_缺陷.docx", tmp_path / "r.docx"))
    assert cli.main(["annotate", str(original)]) == 0
    out = capsys.readouterr().out
    assert "r.jxlint.docx" in out and "条批注" in out
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    missing = tmp_path / "missing.docx"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert cli.main(["annotate", str(pdf), str(missing), str(broken), str(original)]) == 2
    captured = capsys.readouterr()
    assert "r.pdf" in captured.err and ".docx 和 .xlsx" in captured.err
    assert "missing.docx：文件不存在" in captured.err.replace(": ", "：")
    assert "broken.docx" in captured.err and "Traceback" not in captured.err
    assert "r.jxlint.docx" in captured.out  # the good file is still annotated
    assert cli.main(["annotate", str(original), "-o", str(original)]) == 2
    assert "不能覆盖原文件" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_annotated_copy_opens_in_libreoffice(tmp_path: Path) -> None:
    original = Path(shutil.copy(DOCS / "部门整体自评_区_缺陷.docx", tmp_path / "r.docx"))
    out, _ = annotate(original)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True,
        timeout=180,
        capture_output=True,
    )
    assert (tmp_path / "r.jxlint.pdf").stat().st_size > 1000
