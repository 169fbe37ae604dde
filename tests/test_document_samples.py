"""Golden tests for the Word and Excel samples in samples/documents/.

Every document ``<name>.docx`` / ``<name>.xlsx`` has ``<name>.expected`` beside it: one line per finding,
``line:col CODE slug location``, as ``python -m linter check <file> --format json`` reports them, the location
being the finding's ``location.label`` (第12段, 表1 第17行 第5列, 自评表!G19). After a rule or reader change,
regenerate them and review the diff:

    python tests/test_document_samples.py --regen

Besides the golden comparison: every defect in samples/documents/planted.yaml is found by its rule at its
location (or is still missing, when marked ``expected_missing``), the documents yield nothing else but the listed
false positives, the clean report has no warning or error, and ``samples/documents/make_documents.py`` builds
documents that read and lint exactly like the committed ones.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from golden import assert_golden, rel

from linter import cli, registry
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "samples" / "documents"
GENERATOR = DOCUMENTS / "make_documents.py"
PLANTED = DOCUMENTS / "planted.yaml"
CLEAN = DOCUMENTS / "部门整体自评_县_clean.docx"
CLEAN_TEXT = ROOT / "samples" / "clean" / "部门整体自评_县_clean.txt"
REGEN = "python tests/test_document_samples.py --regen"


def documents() -> list[Path]:
    return sorted(p for p in DOCUMENTS.iterdir() if p.suffix in (".docx", ".xlsx"))


def expected_path(document: Path) -> Path:
    return document.with_suffix(".expected")


def lint(document: Path) -> list[dict[str, Any]]:
    """The diagnostics of ``jxlint check <document> --format json``, run in-process."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["check", str(document), "--format", "json", "--fail-on", "never"])
    data = json.loads(out.getvalue())
    (file,) = data["files"]
    assert code == cli.EXIT_OK and file["error"] is None, f"{document.name}: {file['error']}"
    return list(file["diagnostics"])


@cache
def findings(document: Path) -> tuple[dict[str, Any], ...]:
    return tuple(lint(document))


def label(diagnostic: dict[str, Any]) -> str:
    location = diagnostic.get("location") or {}
    return location.get("label") or "-"


def golden_lines(diagnostics: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> list[str]:
    ordered = sorted(diagnostics, key=lambda d: (d["line"], d["column"], d["code"]))
    return [f"{d['line']}:{d['column']} {d['code']} {d['rule']} {label(d)}" for d in ordered]


def read_expected(document: Path) -> list[str]:
    path = expected_path(document)
    if not path.is_file():
        return []
    return [line for line in path.read_text("utf-8").splitlines() if line.strip()]


def write_expected(document: Path) -> bool:
    """Write the document's .expected file; True if it changed."""
    text = "".join(f"{line}\n" for line in golden_lines(findings(document)))
    path = expected_path(document)
    if path.is_file() and path.read_text("utf-8") == text:
        return False
    path.write_text(text, "utf-8")
    return True


@cache
def planted() -> dict[str, tuple[dict[str, Any], ...]]:
    data = yaml.safe_load(PLANTED.read_text("utf-8"))
    assert isinstance(data, dict) and set(data) <= {"defects", "false_positives"}, "planted.yaml layout"
    return {key: tuple(data.get(key) or ()) for key in ("defects", "false_positives")}


def _id(entry: Any) -> str:
    return f"{entry['file']}:{entry['rule']}@{entry['location']}" if isinstance(entry, dict) else str(entry)


def _matches(entry: dict[str, Any]) -> list[dict[str, Any]]:
    found = findings(DOCUMENTS / entry["file"])
    return [d for d in found if d["rule"] == entry["rule"] and label(d) == entry["location"]]


@cache
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_documents", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- golden files


@pytest.mark.parametrize("document", documents(), ids=lambda p: p.name)
def test_document_matches_expected(document: Path) -> None:
    want = read_expected(document)
    got = golden_lines(findings(document))
    assert_golden(want, got, expected_path(document), document, REGEN)


def test_every_document_has_a_golden_file() -> None:
    assert len(documents()) == 3
    for document in documents():
        assert expected_path(document).is_file(), f"{document.name}: run `{REGEN}`"


def test_json_output_is_what_the_cli_prints(capsys: pytest.CaptureFixture[str]) -> None:
    document = DOCUMENTS / "项目支出自评表_县.xlsx"
    cli.main(["check", "--format", "json", "--fail-on", "never", str(document)])
    (file,) = json.loads(capsys.readouterr().out)["files"]
    assert golden_lines(file["diagnostics"]) == golden_lines(findings(document))


# ---- planted defects


@pytest.mark.parametrize("defect", planted()["defects"], ids=_id)
def test_planted_defect_is_found(defect: dict[str, Any]) -> None:
    if defect["rule"] not in {rule.slug for rule in registry.all_rules()}:
        pytest.skip(f"{defect['rule']}: rule not registered")
    found = _matches(defect)
    if defect.get("expected_missing"):
        assert not found, (
            f"{defect['rule']} now finds {defect['what']} at {defect['location']}: "
            "remove `expected_missing` from samples/documents/planted.yaml"
        )
        pytest.xfail(defect.get("note", "known gap"))
    same_rule = sorted(
        {label(d) for d in findings(DOCUMENTS / defect["file"]) if d["rule"] == defect["rule"]}
    )
    assert found, (
        f"{defect['rule']} should report {defect['what']} at {defect['location']} in {defect['file']}; "
        f"it reported {same_rule}"
    )


@pytest.mark.parametrize("entry", planted()["false_positives"], ids=_id)
def test_known_false_positive_is_still_reported(entry: dict[str, Any]) -> None:
    assert _matches(entry), (
        f"{entry['rule']} no longer reports {entry['location']} in {entry['file']}: "
        "remove it from false_positives in samples/documents/planted.yaml"
    )


@pytest.mark.parametrize("document", documents(), ids=lambda p: p.name)
def test_document_has_only_planted_findings(document: Path) -> None:
    entries = [*planted()["defects"], *planted()["false_positives"]]
    listed = {(e["rule"], e["location"]) for e in entries if e["file"] == document.name}
    extra = [d for d in findings(document) if (d["rule"], label(d)) not in listed]
    shown = "\n".join(f"{label(d)} {d['code']} {d['rule']} {d['message']}" for d in extra)
    assert not extra, f"findings in {document.name} that planted.yaml does not list:\n{shown}"


def test_planted_files_exist() -> None:
    names = {p.name for p in documents()}
    for entry in (*planted()["defects"], *planted()["false_positives"]):
        assert entry["file"] in names, entry


def test_readme_lists_the_planted_defects() -> None:
    rows = [
        line for line in (DOCUMENTS / "README.md").read_text("utf-8").splitlines() if line.startswith("|")
    ]
    for defect in planted()["defects"]:
        wanted = (defect["file"], defect["location"], f"`{defect['rule']}`")
        assert any(all(part in row for part in wanted) for row in rows), f"README.md has no row for {wanted}"


# ---- the clean report


def test_clean_document_has_no_warning_or_error() -> None:
    bad = [d for d in findings(CLEAN) if d["severity"] in ("warning", "error")]
    shown = "\n".join(f"{label(d)} {d['code']} {d['rule']} {d['message']}" for d in bad)
    assert not bad, f"{CLEAN.name} should be clean:\n{shown}"


def test_clean_document_reads_as_the_clean_text_sample() -> None:
    """Word's automatic 一、/（一） numbering and the merged table cells come back exactly as typed in the .txt."""
    typed = [line for line in CLEAN_TEXT.read_text("utf-8").splitlines() if line.strip()]
    assert read_source(CLEAN).text.splitlines() == typed


def test_header_and_footer_are_not_linted() -> None:
    """The defect report's header (全县…) and footer (我县…) hold words its body must not contain."""
    import docx

    section = docx.Document(str(DOCUMENTS / "部门整体自评_区_缺陷.docx")).sections[0]
    assert "全县" in section.header.paragraphs[0].text
    assert "我县" in section.footer.paragraphs[0].text
    text = read_source(DOCUMENTS / "部门整体自评_区_缺陷.docx").text
    assert "全县" not in text and "印制" not in text


# ---- the generator


def test_regenerated_documents_read_and_lint_like_the_committed_ones(tmp_path: Path) -> None:
    written = generator().generate(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in documents())
    for path in written:
        committed = DOCUMENTS / path.name
        assert read_source(path).text == read_source(committed).text, path.name
        assert golden_lines(lint(path)) == read_expected(committed), path.name


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = generator().generate(tmp_path / "first")
    second = generator().generate(tmp_path / "second")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_checking_the_folder_lints_only_the_documents() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["check", str(DOCUMENTS), "--format", "json"])
    files = json.loads(out.getvalue())["files"]
    assert sorted(Path(f["path"]).name for f in files) == sorted(p.name for p in documents())
    assert all(f["error"] is None for f in files)
    assert code == cli.EXIT_FINDINGS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate or check the document samples' .expected files.")
    parser.add_argument(
        "--regen", action="store_true", help="rewrite the .expected files from the current rules"
    )
    args = parser.parse_args(argv)
    stale = 0
    for document in documents():
        if args.regen:
            if write_expected(document):
                print(f"updated {rel(expected_path(document))}")
        elif golden_lines(findings(document)) != read_expected(document):
            stale += 1
            print(f"stale   {rel(expected_path(document))}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
