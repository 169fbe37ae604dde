"""--lang en: hints, fix titles, explain, scores and the help text in English; a library's English reason after a
Chinese phrase keeps a space and a colon."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from linter import cli, registry

ROOT = Path(__file__).resolve().parent.parent
DEFECTS = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"
HAN = re.compile(r"[\u4e00-\u9fff]")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _unquoted(text: str) -> str:
    """``text`` without what it quotes (“…”) or names in brackets: the words around the report's own text."""
    return re.sub(r"“[^”]*”|（[^）]*）", "", text)


def test_fix_titles_and_hints_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--lang", "en", "--format", "json", "--fail-on", "never", DEFECTS)
    titles = [d["fix"]["title"] for f in json.loads(out)["files"] for d in f["diagnostics"] if d["fix"]]
    assert titles and all(not HAN.search(_unquoted(t)) for t in titles), titles
    _, text, _ = run(capsys, "check", "--lang", "en", "--no-color", "--fail-on", "never", DEFECTS)
    hints = [line for line in text.splitlines() if line.strip().startswith("hint")]
    assert hints and all(not HAN.search(_unquoted(h)) for h in hints), hints


def test_fix_titles_in_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--format", "json", "--fail-on", "never", DEFECTS)
    titles = [d["fix"]["title"] for f in json.loads(out)["files"] for d in f["diagnostics"] if d["fix"]]
    assert titles and all(t.startswith(("改为", "删去")) for t in titles), titles


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_explain_in_english(capsys: pytest.CaptureFixture[str], rule: type) -> None:
    code, out, _ = run(capsys, "explain", "--lang", "en", rule.code)
    assert code == cli.EXIT_OK
    assert rule.summary_en in out and "## Flagged" in out and "## Not flagged" in out
    assert not any(h in out for h in ("## 检查内容", "## 反例", "## 正例", "默认严重级别"))


def test_scores_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scores", "--lang", "en", DEFECTS)
    assert code == cli.EXIT_OK
    assert (
        "overall score 92 (line 22)" in out and "group 1, first level:" in out and "points 10  score 8" in out
    )
    _, chinese, _ = run(capsys, "scores", DEFECTS)
    assert "整体自评得分 92 分（第22行）" in chinese


@pytest.mark.parametrize("command", ["check", "scores", "rules", "explain"])
def test_help_in_english(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit):
        cli._parser("en").parse_args([command, "--help"])
    out, _ = capsys.readouterr()
    assert out and not HAN.search(out), out
    code, out, _ = run(capsys, command, "--lang", "en", "--help")
    assert code == 0 and out and not HAN.search(out)


def test_help_in_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "报告文件或目录" in out


@pytest.mark.parametrize(
    ("lang", "wanted"),
    [
        ("zh", r"YAML 格式错误（第2行第1列）: did not find expected ',' or '\]'"),
        ("en", r"YAML error at line 2, column 1: did not find expected ',' or '\]'"),
    ],
)
def test_yaml_error_keeps_a_space_and_colon(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, wanted: str
) -> None:
    (tmp_path / "jxlint.yaml").write_text("select: [SC101\n", "utf-8")
    report = tmp_path / "r.txt"
    report.write_text("一、部门基本情况\n", "utf-8")
    code, _, err = run(capsys, "check", "--lang", lang, report)
    assert code == cli.EXIT_ERROR
    assert re.search(wanted, err), err


def test_library_reason_after_chinese_keeps_a_space_and_colon(tmp_path: Path) -> None:
    from linter.source import ReadError, read_source

    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 20)
    with pytest.raises(ReadError) as info:
        read_source(path)
    message = str(info.value)
    assert re.match(r"PDF 已损坏或无法解析(: [ -~]|：[^ -~])", message), message
