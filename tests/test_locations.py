"""Findings in documents carry the document's own location in the JSON output and the text view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures_docs import build_docx, build_xlsx

from linter.cli import main

pytest.importorskip("openpyxl")


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    main(["check", "--format", "json", "--fail-on", "never", *args])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_xlsx_total_mismatch_points_at_the_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    path = build_xlsx(tmp_path / "自评表.xlsx")
    book = openpyxl.load_workbook(path)
    book["自评表"]["F12"] = 97
    book.save(path)
    data = _json(capsys, "--select", "SC201", str(path))
    (diagnostic,) = data["files"][0]["diagnostics"]  # type: ignore[index]
    assert "与总得分97分不符" in diagnostic["message"]
    assert diagnostic["location"] == {
        "kind": "sheet",
        "sheet": "自评表",
        "cell": "F12",
        "label": "自评表!F12",
    }


def test_docx_finding_names_its_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = build_docx(tmp_path / "报告.docx")
    data = _json(capsys, "--select", "SC101", str(path))
    (diagnostic,) = data["files"][0]["diagnostics"]  # type: ignore[index]
    location = diagnostic["location"]
    assert location["kind"] == "paragraph" and location["label"] == f"第{location['paragraph']}段"
    assert location["quote"] == "应急救援演练次数，分值为…"  # the paragraph's first words, to search for
    (related,) = diagnostic["related"]
    assert related["location"] == location  # the evidence is in the same paragraph
    main(["check", "--select", "SC101", "--no-color", str(path)])
    out = capsys.readouterr().out
    assert f"({location['label']} “应急救援演练次数，分值为…”) 错误 SC101" in out
    assert f"({location['label']} “应急救援演练次数，分值为…”) 分值在此" in out


def test_plain_text_has_no_location(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text("培训场次，分值为2分。全年培训五场，得3分。\n", encoding="utf-8")
    data = _json(capsys, "--select", "SC101", str(path))
    assert data["files"][0]["diagnostics"][0]["location"] is None  # type: ignore[index]
