"""The command line, run in-process through ``linter.cli.main`` (plus one real ``python -m linter``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from linter import cli
from linter.engine import Linter

# SC101 fires once, on 得3分 (line 2, columns 26..29); SC201/SC202 stay quiet only when selected away.
ABOVE_MAX = (
    "（1）履职效能总分值为4分，自评分值为4分\n应急救援演练次数，分值为2分。全年进行了4次演练，得3分。\n"
)
WITHIN_MAX = (
    "（1）履职效能总分值为4分，自评分值为4分\n应急救援演练次数，分值为2分。全年进行了4次演练，得2分。\n"
)
# SC301 (a warning) fires once: 宣传培训场次 has points but no score.
MISSING_SCORE = (
    "（1）履职效能总分值为6分，自评分值为6分\n"
    "应急救援演练次数，分值为3分。全年进行了4次演练，得3分。\n"
    "宣传培训场次，分值3分。全年进行了5次宣传\n"
)
NUL_GARBAGE = b"\x00\x01\x02binary\x00\xff\xfe garbage"
UNDECODABLE = bytes(range(1, 32)) * 3 + b"\xff\xfe\x81\x30"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    text = resources.files("linter").joinpath("schema/jxlint-output.schema.json").read_text("utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, "check", "--format", "json", *argv)
    data = json.loads(out)
    _validator().validate(data)
    return code, data


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def positions(data: dict[str, Any]) -> list[tuple[str, int, int, int, int, str]]:
    return [
        (d["code"], d["line"], d["column"], d["end_line"], d["end_column"], d["message"])
        for f in data["files"]
        for d in f["diagnostics"]
    ]


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run inside tmp_path, with no colour settings inherited from the environment."""
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)


# --- exit codes ------------------------------------------------------------------------------------------


def test_clean_file_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "clean.txt", WITHIN_MAX)
    code, out, err = run(capsys, "check", "--select", "SC101", report)
    assert code == cli.EXIT_OK, err
    assert "未发现问题" in out


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [(None, 1), ("error", 1), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_error_finding_exit_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str | None, expected: int
) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    extra = ["--fail-on", fail_on] if fail_on else []
    code, _, err = run(capsys, "check", "--select", "SC101", *extra, report)
    assert code == expected, err


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [(None, 0), ("error", 0), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_warning_finding_exit_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str | None, expected: int
) -> None:
    report = write(tmp_path / "r.txt", MISSING_SCORE)
    extra = ["--fail-on", fail_on] if fail_on else []
    code, data = run_json(capsys, "--select", "SC301", *extra, report)
    assert [d["severity"] for d in data["files"][0]["diagnostics"]] == ["warning"]
    assert code == expected


@pytest.mark.parametrize(("fail_on", "expected"), [("warning", 0), ("info", 1)])
def test_severity_from_config_counts_for_fail_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str, expected: int
) -> None:
    write(tmp_path / "jxlint.yaml", "select: [SC101]\nseverity:\n  score-above-max: info\n")
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--fail-on", fail_on, report)
    assert data["summary"]["info"] == 1 and data["summary"]["error"] == 0
    assert code == expected


def test_unreadable_file_exits_2_even_with_fail_on_never(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.txt").write_bytes(NUL_GARBAGE)
    code, _, _ = run(capsys, "check", "--fail-on", "never", tmp_path / "bad.txt")
    assert code == cli.EXIT_ERROR


# --- JSON ------------------------------------------------------------------------------------------------


def test_json_validates_and_is_sorted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write(folder / "b.txt", ABOVE_MAX)
    write(folder / "a.txt", ABOVE_MAX + ABOVE_MAX)
    write(folder / "sub" / "c.md", MISSING_SCORE)
    write(folder / "notes.docx.bak", "not a report")
    write(folder / ".hidden" / "x.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--select", "SC", folder)
    assert code == cli.EXIT_FINDINGS
    paths = [f["path"] for f in data["files"]]
    assert paths == sorted(paths)
    assert [Path(p).name for p in paths] == ["a.txt", "b.txt", "c.md"]
    for f in data["files"]:
        keys = [(d["line"], d["column"], d["code"]) for d in f["diagnostics"]]
        assert keys == sorted(keys)
        assert f["error"] is None and f["diagnostics"]
    summary = data["summary"]
    assert summary["files"] == 3 and summary["unreadable"] == 0
    assert summary["error"] == sum(d["severity"] == "error" for f in data["files"] for d in f["diagnostics"])
    assert data["tool"]["name"] == "jxlint" and data["schema_version"] == 1


def test_json_positions_are_characters_and_end_exclusive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    _, data = run_json(capsys, "--select", "SC101", report)
    [d] = data["files"][0]["diagnostics"]
    line = ABOVE_MAX.splitlines()[d["line"] - 1]
    assert line[d["column"] - 1 : d["end_column"] - 1] == "得3分"
    [related] = d["related"]
    assert line[related["column"] - 1 : related["end_column"] - 1] == "分值为2分"
    assert d["fix"] is None and d["rule"] == "score-above-max"


# --- bad input never hides the other files ---------------------------------------------------------------


@pytest.mark.parametrize("content", [NUL_GARBAGE, UNDECODABLE], ids=["nul-bytes", "undecodable"])
def test_folder_with_unreadable_file_reports_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes
) -> None:
    folder = tmp_path / "reports"
    write(folder / "a.txt", ABOVE_MAX)
    (folder / "m.txt").write_bytes(content)
    write(folder / "z.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--select", "SC101", folder)
    assert code == cli.EXIT_ERROR
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["m.txt"]["error"]["message"]
    assert by_name["m.txt"]["diagnostics"] == []
    assert len(by_name["a.txt"]["diagnostics"]) == len(by_name["z.txt"]["diagnostics"]) == 1
    assert data["summary"]["unreadable"] == 1

    code, out, err = run(capsys, "check", "--select", "SC101", folder)
    assert code == cli.EXIT_ERROR
    [line] = [x for x in out.splitlines() if "m.txt" in x and "无法检查" in x]
    assert line.startswith(str(folder / "m.txt")) and "Traceback" not in out + err
    assert out.count("SC101") == 2


def test_missing_path_is_that_files_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--select", "SC101", tmp_path / "nope.txt", report)
    assert code == cli.EXIT_ERROR
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["nope.txt"]["error"] == {"message": "文件不存在"}
    assert len(by_name["r.txt"]["diagnostics"]) == 1


def test_internal_error_in_one_file_does_not_hide_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Linter.lint_text

    def flaky(self: Linter, text: str, path: str = "<text>") -> Any:
        if path.endswith("boom.txt"):
            raise ValueError("kaboom")
        return real(self, text, path)

    monkeypatch.setattr(Linter, "lint_text", flaky)
    write(tmp_path / "d" / "boom.txt", ABOVE_MAX)
    write(tmp_path / "d" / "ok.txt", ABOVE_MAX)
    code, out, err = run(capsys, "check", "--select", "SC101", tmp_path / "d")
    assert code == cli.EXIT_ERROR
    assert "kaboom" in out and "ok.txt:2:26:" in out
    assert "Traceback" not in out + err


def test_empty_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "check", tmp_path / "empty")
    assert code == cli.EXIT_ERROR
    assert "没有找到可检查的文件" in err and out == ""


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ("selekt: [SC101]\n", "select"),
        ("select: [SC999]\n", "SC999"),
        ("rules:\n  score-sum-mismatch:\n    tolerence: 1\n", "tolerance"),
        ("select: [SC101\n", "YAML"),
    ],
    ids=["unknown-key", "unknown-rule", "unknown-option", "bad-yaml"],
)
def test_config_error_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, config: str, needle: str
) -> None:
    write(tmp_path / "jxlint.yaml", config)
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, out, err = run(capsys, "check", report)
    assert code == cli.EXIT_ERROR
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err and "jxlint.yaml" in err


def test_missing_config_file_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, _, err = run(capsys, "check", "--config", tmp_path / "nope.yaml", report)
    assert code == cli.EXIT_ERROR
    assert len(err.strip().splitlines()) == 1 and "nope.yaml" in err


def test_unknown_selector_suggests_the_nearest(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(NUL_GARBAGE)  # reported even when no file can be read
    code, out, err = run(capsys, "check", "--select", "score-abve-max", tmp_path / "bad.txt")
    assert code == cli.EXIT_ERROR
    assert "score-above-max" in err and out == ""


@pytest.mark.parametrize("argv", [[], ["check"], ["check", "--fail-on", "sometimes", "x.txt"], ["lint"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == cli.EXIT_ERROR
    assert err and "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("jxlint ")


# --- encodings and line breaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("gb18030", "\n"), ("utf-8-sig", "\n"), ("utf-8", "\r\n"), ("gb18030", "\r\n"), ("utf-8-sig", "\r\n")],
    ids=["gb18030", "utf8-bom", "crlf", "gb18030-crlf", "bom-crlf"],
)
def test_encodings_and_line_breaks_give_the_same_positions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str, newline: str
) -> None:
    text = "二、绩效自评情况\n" + MISSING_SCORE + ABOVE_MAX
    write(tmp_path / "plain.txt", text)
    write(tmp_path / "other.txt", text.replace("\n", newline), encoding)
    _, plain = run_json(capsys, "--select", "SC", "--fail-on", "never", tmp_path / "plain.txt")
    _, other = run_json(capsys, "--select", "SC", "--fail-on", "never", tmp_path / "other.txt")
    assert positions(plain) and positions(other) == positions(plain)
    assert other["files"][0]["error"] is None


def test_crlf_text_output_has_no_carriage_returns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX.replace("\n", "\r\n"))
    _, out, _ = run(capsys, "check", "--select", "SC101", report)
    assert "\r" not in out and "r.txt:2:26:" in out


# --- text output -----------------------------------------------------------------------------------------


def test_text_output_names_finding_and_shows_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    _, out, _ = run(capsys, "check", "--select", "SC101", report)
    assert f"{report}:2:26: 错误 SC101 [score-above-max] 应急救援演练次数：分值2分，自评得3分" in out
    assert "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。" in out
    assert "分值在此" in out
    assert "共检查 1 个文件：1 个错误，0 个警告，0 条信息" in out


def test_lang_en(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    _, out, _ = run(capsys, "check", "--lang", "en", "--select", "SC101", report)
    assert f"{report}:2:26: error SC101 [score-above-max]" in out
    assert "worth 2 points, self-scored 3" in out
    assert "points stated here" in out
    assert "Checked 1 file: 1 error, 0 warnings, 0 info" in out
    assert "错误" not in out and "共检查" not in out


def test_report_text_is_never_markup_or_emoji(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = ABOVE_MAX.replace("应急救援演练次数", "应急救援演练[/]次数[bold]:smile:")
    report = write(tmp_path / "r[1].txt", text)
    code, out, err = run(capsys, "check", "--select", "SC101", report)
    assert code == cli.EXIT_FINDINGS, err
    assert "演练[/]次数[bold]:smile:" in out and "r[1].txt:2:" in out


@pytest.mark.parametrize("how", ["env", "flag"])
def test_no_color_means_no_ansi_escapes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    monkeypatch.setenv("FORCE_COLOR", "1")  # pretend stdout is a colour terminal
    monkeypatch.setenv("TERM", "xterm-256color")
    _, coloured, _ = run(capsys, "check", "--select", "SC101", report)
    assert "\x1b[" in coloured  # the check below means something
    if how == "env":
        monkeypatch.setenv("NO_COLOR", "1")
        _, out, _ = run(capsys, "check", "--select", "SC101", report)
    else:
        _, out, _ = run(capsys, "check", "--no-color", "--select", "SC101", report)
    assert "\x1b" not in out
    assert "SC101" in out


def test_not_a_terminal_means_no_ansi_escapes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    _, out, _ = run(capsys, "check", "--select", "SC101", report)
    assert "\x1b" not in out


# --- scores, rules, explain ------------------------------------------------------------------------------


def test_scores_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, out, _ = run(capsys, "scores", report)
    assert code == 0
    assert "履职效能" in out and "应急救援演练次数" in out


def test_scores_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    code, out, _ = run(capsys, "scores", "--format", "json", report)
    assert code == 0
    data = json.loads(out)
    [[section]] = data["blocks"]
    assert section["label"] == "履职效能" and section["max"]["value"] == "4"
    [child] = section["children"]
    assert child["label"] == "应急救援演练次数"
    assert child["max"]["value"] == "2" and child["score_value"] == "3"
    assert (child["line"], child["max"]["text"]) == (2, "分值为2分")


def test_scores_unreadable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "scores", tmp_path / "nope.txt")
    assert code == cli.EXIT_ERROR and "nope.txt" in err and "文件不存在" in err


def test_rules_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert any(line.startswith("SC101") and "score-above-max" in line for line in out.splitlines())
    _, english, _ = run(capsys, "rules", "--lang", "en")
    assert "A self-score is higher than the indicator's points" in english


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    data = json.loads(out)
    sc101 = next(r for r in data if r["code"] == "SC101")
    assert sc101 == {
        "code": "SC101",
        "rule": "score-above-max",
        "severity": "error",
        "summary": "自评得分超过该项分值。",
        "summary_en": "A self-score is higher than the indicator's points",
    }
    assert len({r["code"] for r in data}) == len(data)


@pytest.mark.parametrize("name", ["SC101", "sc101", "score-above-max"])
def test_explain(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, _ = run(capsys, "explain", name)
    assert code == 0
    assert out.startswith("# SC101 score-above-max\n")
    for heading in ("## 检查内容", "## 为什么", "## 反例", "## 正例"):
        assert heading in out
    assert "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。" in out


@pytest.mark.parametrize(
    ("name", "hint"), [("NOPE", None), ("score-abve-max", "score-above-max"), ("SC1O1", "SC101")]
)
def test_explain_unknown_rule(capsys: pytest.CaptureFixture[str], name: str, hint: str | None) -> None:
    code, out, err = run(capsys, "explain", name)
    assert code == cli.EXIT_ERROR and out == ""
    assert name in err and len(err.strip().splitlines()) == 1
    if hint:
        assert hint in err


def test_check_docs_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "rules", "--check-docs", tmp_path / "docs")
    assert code == cli.EXIT_FINDINGS and "index.md" in err
    code, out, _ = run(capsys, "rules", "--write-docs", tmp_path / "docs")
    assert code == 0 and "SC101.md" in out
    code, _, err = run(capsys, "rules", "--check-docs", tmp_path / "docs")
    assert code == 0 and err == ""


# --- the real entry point --------------------------------------------------------------------------------


def test_python_dash_m(tmp_path: Path) -> None:
    report = write(tmp_path / "报告.txt", ABOVE_MAX)
    proc = subprocess.run(
        [sys.executable, "-m", "linter", "check", "--format", "json", "--select", "SC101", str(report)],
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
        env=dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1"),
    )
    assert proc.returncode == cli.EXIT_FINDINGS, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    _validator().validate(data)
    assert [d["code"] for d in data["files"][0]["diagnostics"]] == ["SC101"]


def test_folder_documentation_is_not_linted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "README.md").write_text("培训场次，分值为2分。得3分。\n", encoding="utf-8")
    (tmp_path / "report.md").write_text("培训场次，分值为2分。得2分。\n", encoding="utf-8")
    assert cli.main(["check", "--format", "json", str(tmp_path)]) == 0
    paths = [f["path"] for f in json.loads(capsys.readouterr().out)["files"]]
    assert [Path(p).name for p in paths] == ["report.md"]


def test_read_errors_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--lang", "en", "--format", "json", str(tmp_path / "missing.txt")]) == 2
    assert json.loads(capsys.readouterr().out)["files"][0]["error"]["message"] == "no such file"


def test_start_up_imports_only_what_the_command_needs(tmp_path: Path) -> None:
    """``--version`` and ``--help`` load no rules, parser or renderer; JSON output never loads rich; a warm cache
    spares the YAML parser."""
    report = write(tmp_path / "r.txt", ABOVE_MAX)
    probe = (
        "import sys\n"
        "from linter import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        "heavy = {'rich', 'yaml', 'lark', 'rules', 'charset_normalizer', 'multiprocessing'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy), file=sys.stderr)\n"
    )

    def loaded(*argv: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-c", probe, *argv], capture_output=True, timeout=120, cwd=tmp_path, text=True
        )
        return proc.stderr.strip().splitlines()[-1]

    assert loaded("--version") == "[]"
    check = ("check", "--format", "json", "--select", "SC101", str(report))
    loaded(*check)  # fills the data cache, if an earlier test has not
    assert loaded(*check) == "['rules']"  # word lists come from the cache: no YAML parser; lark's lexer is generated


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "a.txt", "--format", "json", "--jobs", "2", "--select", "SC,AR101"],
        ["check", "-", "--stdin-filename", "x.txt", "--fail-on", "never", "--lang", "en"],
        ["scores", "a.txt", "--format", "json"],
        ["rules", "--format", "markdown"],
        ["annotate", "a.docx", "-o", "b.docx"],
        ["explain", "SC101"],
        ["new-rule", "score", "some-slug"],
        ["serve", "--port", "0"],
        ["lsp"],
    ],
)
def test_the_parser_built_for_one_command_reads_it_as_the_whole_parser_does(argv: list[str]) -> None:
    whole = cli._parser("zh").parse_args(argv)
    assert cli._parser("zh", cli._command_of(argv)).parse_args(argv) == whole


def test_the_collector_paused_at_start_up_runs_again_for_the_files() -> None:
    """``python -m linter`` pauses the cyclic collector while it loads; checking files turns it back on, with
    what was loaded set aside (a batch of documents makes cyclic garbage that must still be collected)."""
    import gc

    gc.disable()
    try:
        cli.run_checks([], jobs=1)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_command_exits_with_everything_written() -> None:
    """The process leaves without the interpreter's teardown: the output must be complete all the same."""
    report = Path(__file__).resolve().parent.parent / "samples" / "defects" / "部门整体自评_全部缺陷.txt"
    done = subprocess.run(
        [sys.executable, "-m", "linter", "check", "--format", "json", "--fail-on", "never", str(report)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["files"] == 1
