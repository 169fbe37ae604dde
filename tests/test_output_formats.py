"""Output formats (concise, SARIF, GitHub, JUnit), --statistics, standard input, baselines, config discovery."""

from __future__ import annotations

import io
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from linter import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
DEFECTS = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"
DOCX = ROOT / "samples" / "documents" / "部门整体自评_区_缺陷.docx"
REPORT = SEED if SEED.is_file() else DEFECTS  # the seed where it is available, else the bundled sample


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def findings_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> list[tuple[int, int, str, str]]:
    code, out, _ = run(capsys, "check", "--format", "json", "--fail-on", "never", *argv)
    assert code == 0
    [file] = json.loads(out)["files"]
    return [(d["line"], d["column"], d["code"], d["message"]) for d in file["diagnostics"]]


@cache
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


# --- SARIF ------------------------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = Path(shutil.copy(REPORT, tmp_path / "报告 1.txt"))
    missing = tmp_path / "missing.txt"
    code, out, _ = run(capsys, "check", "--output-format", "sarif", report, DOCX, missing)
    assert code == 2  # the missing file
    log = json.loads(out)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, [e.message for e in errors[:5]]
    [run_] = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert {"SC101", "WD101"} <= {r["id"] for r in rules}
    sc101 = next(r for r in rules if r["id"] == "SC101")
    assert sc101["helpUri"].endswith("docs/rules/SC101.md") and "## 检查内容" in sc101["help"]["markdown"]
    assert run_["columnKind"] == "unicodeCodePoints"
    results = run_["results"]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert any(u.endswith("%E6%8A%A5%E5%91%8A%201.txt") for u in uris)  # percent-encoded, absolute
    assert any(r.get("fixes") for r in results)
    in_docx = [r for r in results if "logicalLocations" in r["locations"][0]]
    assert in_docx and all("fixes" not in r for r in in_docx)
    assert run_["invocations"][0]["executionSuccessful"] is False
    assert "missing.txt" in run_["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_of_a_clean_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "ok.txt"
    report.write_text("一、部门基本情况\n一切正常。\n", "utf-8")
    code, out, _ = run(capsys, "check", "--format", "sarif", report)
    log = json.loads(out)
    assert code == 0 and not list(sarif_validator().iter_errors(log))
    assert log["runs"][0]["results"] == [] and log["runs"][0]["invocations"][0]["executionSuccessful"]


# --- GitHub, concise, JUnit, statistics -------------------------------------------------------------------


def test_github_annotations_carry_file_line_column_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--output-format", "github", "--fail-on", "never", REPORT)
    expected = findings_json(capsys, REPORT)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(expected)
    for line, (row, column, rule, message) in zip(lines, expected, strict=True):
        assert line.startswith(("::error ", "::warning ", "::notice "))
        head, _, text = line.partition("::")[2].partition("::")
        assert f"file={REPORT}".replace(":", "%3A").replace(",", "%2C") in head.replace("file=", "file=")
        assert f",line={row},col={column}," in head and f",title={rule} " in head
        assert text == message.replace("%", "%25")


def test_github_escapes_properties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "a,b:c.txt"
    report.write_text(
        "2022年度咸安区应急管理局整体绩效自评结果\n2022年度我县未发生重特大森林火灾。\n", "utf-8"
    )
    _, out, _ = run(capsys, "check", "--format", "github", report)
    assert "a%2Cb%3Ac.txt" in out and "title=WD101 inconsistent-self-reference::" in out


def test_concise_is_one_line_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--output-format", "concise", REPORT)
    expected = findings_json(capsys, REPORT)
    lines = out.splitlines()
    assert len(lines) == len(expected)
    for text, (line, column, rule, message) in zip(lines, expected, strict=True):
        assert text.startswith(f"{REPORT}:{line}:{column}: {rule} [") and text.endswith("] " + message)
    assert all(f"[{s}]" in out for s in ("error", "warning", "info"))


def test_junit_has_one_test_case_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "ok.txt"
    clean.write_text("一、部门基本情况\n一切正常。\n", "utf-8")
    code, out, _ = run(capsys, "check", "--output-format", "junit", REPORT, clean, tmp_path / "missing.txt")
    assert code == 2
    root = ET.fromstring(out)
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == sorted([str(REPORT), str(clean), str(tmp_path / "missing.txt")])
    by_name = {c.get("name"): c for c in cases}
    failure = by_name[str(REPORT)].find("failure")
    assert failure is not None and "SC101" in (failure.text or "")
    assert by_name[str(clean)].find("failure") is None
    assert by_name[str(tmp_path / "missing.txt")].find("error") is not None
    assert root.get("tests") == "3" and root.get("failures") == "1" and root.get("errors") == "1"


def test_statistics_counts_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--statistics", REPORT)
    expected = findings_json(capsys, REPORT)
    rows = [line.split("\t") for line in out.splitlines()]
    counts = {row[1]: int(row[0]) for row in rows[:-1]}
    assert code == 1
    assert counts == {c: sum(1 for *_, code_, _ in expected if code_ == c) for c in counts}
    assert sum(counts.values()) == len(expected) == int(rows[-1][0])
    assert "[*] doubled-punctuation" in out and "[*] score-above-max" not in out


# --- standard input ---------------------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_gives_the_same_findings_as_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = findings_json(capsys, REPORT)
    _stdin(monkeypatch, REPORT.read_bytes())
    code, out, _ = run(
        capsys, "check", "-", "--stdin-filename", "报告.txt", "--format", "json", "--fail-on", "never"
    )
    [file] = json.loads(out)["files"]
    assert code == 0 and file["path"] == "报告.txt"
    assert [(d["line"], d["column"], d["code"], d["message"]) for d in file["diagnostics"]] == expected


def test_stdin_document_format_from_its_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = findings_json(capsys, DOCX)
    _stdin(monkeypatch, DOCX.read_bytes())
    _code, out, _ = run(
        capsys, "check", "-", "--stdin-filename", "x.docx", "--format", "json", "--fail-on", "never"
    )
    [file] = json.loads(out)["files"]
    assert [(d["line"], d["column"], d["code"], d["message"]) for d in file["diagnostics"]] == expected


def test_stdin_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _stdin(monkeypatch, b"\x00\x01binary")
    code, out, err = run(capsys, "check", "-")
    assert code == 2 and "不是文本文件" in out + err and "Traceback" not in out + err
    code, _, err = run(capsys, "check", "-", REPORT)
    assert code == 2 and "标准输入" in err
    code, _, err = run(capsys, "check", REPORT, "--stdin-filename", "x.txt")
    assert code == 2 and "--stdin-filename" in err


# --- bad input in the new paths ---------------------------------------------------------------------------


def test_unknown_output_format_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--output-format", "xml", REPORT)
    assert code == 2 and "invalid choice: 'xml'" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "基线文件不存在"),
        (b"{not json", "不是 JSON 格式的基线文件"),
        (b'{"tool": "ruff"}', "不是 jxlint 的基线文件"),
        (b'{"tool": "jxlint", "baseline_version": 1, "files": {"a": [{"code": 1}]}}', "内容不完整"),
        (b"\xff\xfe\x00garbage", "无法读取基线文件"),
    ],
)
def test_unreadable_baseline_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, problem: str
) -> None:
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_bytes(content)
    code, out, err = run(capsys, "check", "--baseline", baseline, REPORT)
    assert code == 2 and problem in err and "Traceback" not in err and out == ""


# --- baselines --------------------------------------------------------------------------------------------


def test_baseline_shows_only_what_is_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "报告.txt"
    text = DEFECTS.read_text("utf-8")
    first.write_text(text, "utf-8")
    baseline = tmp_path / "jxlint-baseline.json"
    code, _, err = run(capsys, "check", "--write-baseline", baseline, first)
    assert code == 0 and "写入基线" in err
    assert run(capsys, "check", "--baseline", baseline, first)[0] == 0  # nothing new
    # The resubmitted report: paragraphs added at the top shift every line, and one new defect.
    lines = text.splitlines(keepends=True)
    resubmitted = tmp_path / "报告_修改稿.txt"
    resubmitted.write_text(
        lines[0]
        + "（补充说明）本次修改了部分内容。\n\n另起一段说明。\n"
        + "".join(lines[1:])
        + "本年度完成率=100%。，得3分\n",
        "utf-8",
    )
    code, out, err = run(
        capsys, "check", "--baseline", baseline, "--format", "json", "--fail-on", "warning", resubmitted
    )
    [file] = json.loads(out)["files"]
    assert [d["code"] for d in file["diagnostics"]] == ["TX101"]
    assert code == 1 and "基线中已有的" in err


def test_baseline_counts_repeated_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    line = "本年度完成率=100%。，得3分\n"
    report.write_text("标题\n" + line, "utf-8")
    baseline = tmp_path / "b.json"
    run(capsys, "check", "--write-baseline", baseline, report)
    report.write_text("标题\n" + line + line, "utf-8")
    _, out, _ = run(capsys, "check", "--baseline", baseline, "--format", "concise", report)
    assert out.count("TX101") == 1


# --- configuration discovery ------------------------------------------------------------------------------

SCORE = "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。\n"


def _codes(capsys: pytest.CaptureFixture[str], path: Path) -> set[str]:
    _code, out, _ = run(capsys, "check", "--format", "json", "--fail-on", "never", path)
    return {d["code"] for f in json.loads(out)["files"] for d in f["diagnostics"]}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("jxlint.yaml", "ignore: [SC101]\n"),
        (".jxlint.yaml", "ignore: [SC101]\n"),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.jxlint]\nignore = ["SC101"]\n'),
    ],
)
def test_config_files_found_where_python_users_look(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    report = tmp_path / "sub" / "r.txt"
    report.parent.mkdir()
    report.write_text("标题\n" + SCORE, "utf-8")
    assert "SC101" in _codes(capsys, report)
    (tmp_path / name).write_text(content, "utf-8")
    assert "SC101" not in _codes(capsys, report)
    code, out, _ = run(capsys, "check", "--show-config", report)
    assert code == 0 and f"# 配置文件：{tmp_path / name}" in out and "SC101" in out.split("ignore:")[1]


def test_nearest_config_wins_and_pyproject_without_table_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "a" / "r.txt"
    report.parent.mkdir()
    report.write_text("标题\n" + SCORE, "utf-8")
    (tmp_path / "jxlint.yaml").write_text("ignore: [SC101]\n", "utf-8")
    (report.parent / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")  # no [tool.jxlint]
    assert "SC101" not in _codes(capsys, report)
    (report.parent / ".jxlint.yaml").write_text("select: [SC]\n", "utf-8")
    assert "SC101" in _codes(capsys, report)
    code, out, _ = run(capsys, "check", "--show-config", "--format", "json", report)
    data = json.loads(out)
    assert code == 0 and data["config"] == str(report.parent / ".jxlint.yaml") and data["select"] == ["SC"]


def test_ignored_yml_gets_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text("标题\n" + SCORE, "utf-8")
    (tmp_path / "jxlint.yml").write_text("ignore: [SC101]\n", "utf-8")
    code, _, err = run(capsys, "check", report)
    assert code == 1 and "jxlint.yml：jxlint 不读取 .yml 文件，请改名为 jxlint.yaml" in err


def test_bad_pyproject_table_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text("标题\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.jxlint]\nselct = ["SC"]\n', "utf-8")
    code, _, err = run(capsys, "check", report)
    assert code == 2 and "[tool.jxlint]" in err and "select" in err
    (tmp_path / "pyproject.toml").write_text("[tool.jxlint\n", "utf-8")
    code, _, err = run(capsys, "check", "--config", tmp_path / "pyproject.toml", report)
    assert code == 2 and "TOML" in err and "Traceback" not in err
