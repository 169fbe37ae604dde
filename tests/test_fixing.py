"""``--fix`` and ``--diff``: safe fixes applied to plain text, idempotent, byte-exact outside the edits."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from linter import cli, registry
from linter.config import parse_config
from linter.diagnostics import Diagnostic
from linter.engine import Linter
from linter.fixing import apply, choose, fix_text
from linter.testing import lint

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
DEFECTS = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"


def _fixed_findings(code: str, case: dict[str, Any]) -> list[Diagnostic]:
    result = lint(case["text"], code, config=case.get("config"))
    return [d for d in result.diagnostics if d.code == code and d.fix is not None]


def _fix_cases() -> list[Any]:
    """Every fail case whose findings carry a fix, for every rule."""
    params = []
    for path in sorted((ROOT / "rules").rglob("*.cases.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for name, case in data["cases"].items():
            if name.startswith("fail_") and _fixed_findings(data["rule"], case):
                params.append(pytest.param(data["rule"], case, id=f"{data['rule']}::{name}"))
    return params


FIX_CASES = _fix_cases()


def _outside_edits_unchanged(before: str, after: str, edits: list[Any]) -> None:
    """The text between the edits is the same, piece by piece."""
    at_before = at_after = 0
    for edit in edits:
        piece = before[at_before : edit.span.start]
        assert after[at_after : at_after + len(piece)] == piece
        at_after += len(piece) + len(edit.replacement)
        at_before = edit.span.end
    assert after[at_after:] == before[at_before:]


@pytest.mark.parametrize(("code", "case"), FIX_CASES)
def test_fix_round_trip(code: str, case: dict[str, Any]) -> None:
    """Applying a rule's fixes (safe or not) removes the findings they fix and changes nothing else."""
    found = _fixed_findings(code, case)
    edits = choose(e for d in found if d.fix for e in d.fix.edits)
    fixed = apply(case["text"], edits)
    assert fixed != case["text"]
    _outside_edits_unchanged(case["text"], fixed, edits)
    before = [d for d in lint(case["text"], code, config=case.get("config")).diagnostics if d.code == code]
    after = [d for d in lint(fixed, code, config=case.get("config")).diagnostics if d.code == code]
    assert len(after) < len(before), [d.message for d in after]


def test_every_rule_with_a_fix_has_a_round_trip_case() -> None:
    import importlib

    with_cases = {p.values[0] for p in FIX_CASES}
    offering = {
        rule.code
        for rule in registry.all_rules()
        if "Fix(" in Path(importlib.import_module(rule.__module__).__file__ or "").read_text("utf-8")
    }
    assert offering >= {"TX101", "TX102", "TX105", "WD101", "NM301", "NM302", "NM303", "AR104"}
    assert offering <= with_cases, offering - with_cases


@pytest.mark.parametrize(("code", "case"), FIX_CASES)
def test_safe_fixing_is_idempotent(code: str, case: dict[str, Any]) -> None:
    linter = Linter(parse_config({"select": [code], **(case.get("config") or {})}))
    first = fix_text(linter, case["text"])
    second = fix_text(linter, first.after)
    assert not second.changed


def test_overlapping_edits_wait_for_the_next_pass() -> None:
    from linter.diagnostics import Edit, Span

    edits = choose(
        [Edit(Span(3, 5), "x"), Edit(Span(0, 4), "y"), Edit(Span(5, 6), "z"), Edit(Span(6, 6), "w")]
    )
    assert [(e.span.start, e.span.end) for e in edits] == [(0, 4), (5, 6), (6, 6)]


def _check(*argv: str | Path) -> int:
    return cli.main(["check", *(str(a) for a in argv)])


@pytest.mark.skipif(not SEED.is_file(), reason="seed report not available")
def test_fix_on_the_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = Path(shutil.copy(SEED, tmp_path / "seed.txt"))
    original = report.read_bytes()
    assert _check("--diff", report) == 1
    diff = capsys.readouterr().out
    assert report.read_bytes() == original  # --diff writes nothing
    assert diff.startswith("--- a/") and "-事故调查、处理结案率" in diff and "=100%，得3分" in diff
    _check("--fix", "--fail-on", "never", report)
    err = capsys.readouterr().err
    assert "已修复" in err
    text = report.read_text("utf-8")
    assert "。，" not in text
    assert "我县" not in text and "本县" not in text and "我区未发生重特大森林火灾" in text
    # Outside the fixes every line is as it was: same number of lines, the unflagged ones identical.
    before_lines, after_lines = original.decode("utf-8").splitlines(), text.splitlines()
    assert len(before_lines) == len(after_lines)
    assert before_lines[1] == after_lines[1] and before_lines[-1] == after_lines[-1]
    fixed_once = report.read_bytes()
    assert _check("--diff", report) == 0 and capsys.readouterr().out == ""
    _check("--fix", "--fail-on", "never", report)
    assert report.read_bytes() == fixed_once
    assert "已修复 0 处" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("encoding", "newline", "bom"),
    [
        ("utf-8", "\r\n", b""),
        ("utf-8", "\n", b"\xef\xbb\xbf"),
        ("gb18030", "\r\n", b""),
        ("utf-16-le", "\n", b"\xff\xfe"),
    ],
)
def test_fix_keeps_encoding_bom_and_line_endings(
    tmp_path: Path, encoding: str, newline: str, bom: bytes
) -> None:
    lines = [
        "2022年度咸安区应急管理局整体绩效自评结果",
        "本年度完成率=100%。，得3分",
        "2022年度我县未发生重特大森林火灾。",
        "",
    ]
    report = tmp_path / "r.txt"
    report.write_bytes(bom + newline.join(lines).encode(encoding))
    assert _check("--fix", "--fail-on", "never", "--select", "TX101,WD101", report) == 0
    data = report.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom) :].decode(encoding)
    assert text == newline.join(
        [
            "2022年度咸安区应急管理局整体绩效自评结果",
            "本年度完成率=100%，得3分",
            "2022年度我区未发生重特大森林火灾。",
            "",
        ]
    )


def test_unsafe_fixes_are_left_alone(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    text = "咸安区财政局2022年度部门整体支出绩效自评报告\n按照县委、县政府的部署开展工作。\n"
    report.write_text(text, "utf-8")
    assert _check("--fix", "--select", "WD101", report) == 1  # 县委 may be another county's: not fixed
    assert report.read_text("utf-8") == text
    text = "柘塘县交通运输局2023年度项目支出绩效自评报告\n力争2025年底前我市优良中等路率达到85%以上。\n"
    report.write_text(text, "utf-8")
    assert _check("--fix", "--select", "WD101", report) == 1  # 我市 may have meant the city: not fixed
    assert report.read_text("utf-8") == text


def test_documents_are_not_fixable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert _check("--fix", pdf) == 2
    err = capsys.readouterr().err
    assert "r.pdf：只能修复 .txt/.md 文本文件" in err and "Traceback" not in err
    assert pdf.read_bytes() == b"%PDF-1.4\n%%EOF\n"
    assert _check("--diff", "--lang", "en", pdf) == 2
    assert "not fixable" in capsys.readouterr().err


def test_a_document_among_text_files_is_reported_and_the_rest_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = Path(
        shutil.copy(ROOT / "samples" / "documents" / "部门整体自评_区_缺陷.docx", tmp_path / "a.docx")
    )
    before = docx.read_bytes()
    report = tmp_path / "b.txt"
    report.write_text("标题\n本年度完成率=100%。，得3分\n", "utf-8")
    _check("--fix", "--fail-on", "never", docx, report)
    err = capsys.readouterr().err
    assert "a.docx：只能修复" in err
    assert docx.read_bytes() == before
    assert "。，" not in report.read_text("utf-8")


def test_fix_and_diff_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    data = "标题\n本年度完成率=100%。，得3分\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _check("-", "--diff") == 1
    assert "+本年度完成率=100%，得3分" in capsys.readouterr().out


@pytest.mark.skipif(not DEFECTS.is_file(), reason="sample missing")
def test_fix_on_the_defects_sample_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = Path(shutil.copy(DEFECTS, tmp_path / "d.txt"))
    _check("--fix", "--fail-on", "never", report)
    once = report.read_bytes()
    _check("--fix", "--fail-on", "never", report)
    assert report.read_bytes() == once


def test_a_file_that_cannot_be_fixed_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("标题\n本年度完成率=100%。，得3分\n", "utf-8")
    assert _check("--fix", "--fail-on", "never", tmp_path / "missing.txt", good) == 2
    captured = capsys.readouterr()
    assert "missing.txt: 文件不存在" in captured.err and "Traceback" not in captured.err
    assert "。，" not in good.read_text("utf-8")
