"""A plain-text report typeset as a PDF (running header, page numbers, wrapped lines) reads back as the same
report: the same error and warning findings at the same places, with no finding made by the layout."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import fixtures_docs as fx
import pytest

from linter.diagnostics import Diagnostic, Severity
from linter.engine import Linter, LintResult
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
SAMPLE = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"


def _lint(path: Path) -> LintResult:
    return Linter().lint_text(read_source(path).text, str(path))


def _place(result: LintResult, d: Diagnostic) -> str:
    """Where a finding points, independent of the layout: the text of its paragraph from the span on (without
    spaces, and without “·”, which STSong-Light has no glyph for)."""
    text = result.report.text
    end = text.find("\n", d.span.start)
    return re.sub(r"[\s·]+", "", text[d.span.start : end if end >= 0 else len(text)])[:20]


def _findings(result: LintResult) -> Counter[tuple[str, str, str]]:
    """Errors and warnings as (code, place, message without line numbers)."""
    return Counter(
        (d.code, _place(result, d), re.sub(r"第[\d–]+行", "第…行", d.message))
        for d in result.diagnostics
        if d.severity is not Severity.INFO
    )


def _as_pdf(source: Path, folder: Path) -> tuple[LintResult, LintResult]:
    text = read_source(source).text
    pdf = fx.build_report_pdf(text, folder / (source.stem + ".pdf"), "绩效自评报告（公开版）")
    return _lint(source), _lint(pdf)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[LintResult, LintResult]:
    return _as_pdf(SAMPLE, tmp_path_factory.mktemp("sample-pdf"))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[LintResult, LintResult]:
    if not SEED.is_file():
        pytest.skip("seed report not available")
    return _as_pdf(SEED, tmp_path_factory.mktemp("seed-pdf"))


@pytest.fixture(params=["sample", "seed"])
def pair(request: pytest.FixtureRequest) -> tuple[LintResult, LintResult]:
    found: tuple[LintResult, LintResult] = request.getfixturevalue(request.param)
    return found


def test_same_errors_and_warnings_as_the_text(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    assert _findings(text)  # both reports have planted defects
    assert _findings(pdf) == _findings(text)


def test_no_bracket_finding_from_line_breaks(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    assert (
        Counter(d.code for d in pdf.diagnostics)["TX103"]
        == Counter(d.code for d in text.diagnostics)["TX103"]
    )


def test_page_furniture_is_not_report_text(pair: tuple[LintResult, LintResult]) -> None:
    _, pdf = pair
    assert "绩效自评报告（公开版）" not in pdf.report.text
    assert not re.search(r"^— \d+ —$", pdf.report.text, re.M)


def test_the_template_question_is_still_found(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    questions = [_place(pdf, d) for d in pdf.diagnostics if d.code == "TX104" and "是否" in d.message]
    assert questions and questions == [
        _place(text, d) for d in text.diagnostics if d.code == "TX104" and "是否" in d.message
    ]


def test_the_duplicate_block_has_the_same_extent(pair: tuple[LintResult, LintResult]) -> None:
    def blocks(result: LintResult) -> list[tuple[str, str, str]]:
        return [
            (
                _place(result, d),
                re.sub(r"\s+", "", result.report.text[d.span.start : d.span.end])[-20:],
                re.sub(r"第[\d–]+行", "", d.message),
            )
            for d in result.diagnostics
            if d.code == "ST101"
        ]

    text, pdf = pair
    assert blocks(text) and blocks(pdf) == blocks(text)


def test_seed_renders_to_seven_pages(seed: tuple[LintResult, LintResult], tmp_path: Path) -> None:
    import pdfplumber

    pdf = fx.build_report_pdf(SEED.read_text("utf-8"), tmp_path / "seed.pdf", "页眉")
    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 7
