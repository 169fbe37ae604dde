"""Checking many files: worker processes, deterministic order, hostile inputs, exclusions, size limits."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter import cli, outcome
from linter.cli import MAX_CHUNK, _chunks
from linter.outcome import CheckOptions, FileResult

# SC101 fires once per file (line 2, column 26).
ABOVE_MAX = (
    "（1）履职效能总分值为4分，自评分值为4分\n应急救援演练次数，分值为2分。全年进行了4次演练，得3分。\n"
)
WITHIN_MAX = ABOVE_MAX.replace("得3分", "得2分")
NUL_GARBAGE = bytes(range(256)) * 4
UNDECODABLE = bytes(range(1, 32)) * 3 + b"\xff\xfe\x81\x30"  # neither UTF-8 nor GB18030 text

FORK = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
needs_fork = pytest.mark.skipif(not FORK, reason="patches reach worker processes only when they are forked")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, "check", "--format", "json", *argv)
    return code, json.loads(out)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def errors(data: dict[str, Any]) -> dict[str, str]:
    return {Path(f["path"]).name: f["error"]["message"] for f in data["files"] if f["error"]}


def hostile_folder(root: Path) -> tuple[Path, bool]:
    """Good reports around every kind of bad file; returns the folder and whether locked.txt is unreadable."""
    folder = root / "reports"
    for name in ("a.txt", "k.txt", "sub/z.md"):
        write(folder / name, ABOVE_MAX)
    write(folder / "garbage.txt", NUL_GARBAGE)
    write(folder / "mojibake.txt", UNDECODABLE)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)  # a folder link loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    locked = write(folder / "locked.txt", ABOVE_MAX)
    locked.chmod(0)
    return folder, not os.access(locked, os.R_OK)


# --- hostile inputs ---------------------------------------------------------------------------------------


def test_hostile_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder, locked = hostile_folder(tmp_path)
    try:
        code, data = run_json(capsys, "--select", "SC101", "--jobs", "1", folder)
        assert code == cli.EXIT_ERROR
        paths = [f["path"] for f in data["files"]]
        assert paths == sorted(paths) and len(paths) == 6  # self.txt, a link to itself, is no report
        bad = errors(data)
        assert bad["garbage.txt"] == "不是文本文件（含有 NUL 字节）"
        assert "编码" in bad["mojibake.txt"]
        if locked:
            assert bad["locked.txt"] == "没有读取权限"
        checked = {Path(f["path"]).name: len(f["diagnostics"]) for f in data["files"] if not f["error"]}
        assert checked == {"a.txt": 1, "k.txt": 1, "z.md": 1} | ({} if locked else {"locked.txt": 1})

        code, out, err = run(capsys, "check", "--select", "SC101", "--jobs", "1", folder)
        assert code == cli.EXIT_ERROR and "Traceback" not in out + err
        for name in bad:
            [line] = [x for x in out.splitlines() if x.startswith(str(folder / name) + ": ")]
            assert "无法检查：" in line
    finally:
        (folder / "locked.txt").chmod(0o644)


@pytest.mark.parametrize("fmt", ["json", "text", "summary"])
def test_output_is_the_same_for_any_jobs_and_argument_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    folder, _ = hostile_folder(tmp_path)
    try:
        explicit = [folder / "k.txt", folder / "garbage.txt", folder / "a.txt", tmp_path / "missing.txt"]
        outputs = set()
        for jobs in ("1", "2"):
            for paths in (explicit, explicit[::-1], [folder], [folder, *explicit]):
                code, out, _ = run(capsys, "check", "--format", fmt, "--jobs", jobs, *paths)
                assert code == cli.EXIT_ERROR
                if paths[0] != folder:
                    outputs.add(out)
        assert len(outputs) == 1
    finally:
        (folder / "locked.txt").chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait for a writer forever
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "d" / "inner.txt")
    report = write(tmp_path / "d" / "a.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--select", "SC101", tmp_path / "pipe.txt", tmp_path / "d")
    assert code == cli.EXIT_ERROR
    assert errors(data) == {"pipe.txt": "不是普通文件"}  # the one inside the folder is passed over
    assert [f["path"] for f in data["files"]] == [str(report), str(tmp_path / "pipe.txt")]


def test_folder_link_loop_does_not_repeat_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "d"
    write(folder / "a.txt", ABOVE_MAX)
    (folder / "inner").mkdir()
    (folder / "inner" / "up").symlink_to(folder, target_is_directory=True)
    (folder / "inner" / "again").symlink_to(folder / "inner", target_is_directory=True)
    code, data = run_json(capsys, "--select", "SC101", folder)
    assert code == cli.EXIT_FINDINGS
    assert [f["path"] for f in data["files"]] == [str(folder / "a.txt")]


def test_a_file_that_vanishes_mid_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    for name in ("a.txt", "gone.txt", "z.txt"):
        write(folder / name, ABOVE_MAX)
    real = cli.collect

    def collect_then_delete(*args: Any, **kwargs: Any) -> cli.Collected:
        found = real(*args, **kwargs)
        (folder / "gone.txt").unlink()
        return found

    monkeypatch.setattr(cli, "collect", collect_then_delete)
    for jobs in ("1", "2"):
        write(folder / "gone.txt", ABOVE_MAX)
        code, data = run_json(capsys, "--select", "SC101", "--jobs", jobs, folder)
        assert code == cli.EXIT_ERROR
        assert errors(data) == {"gone.txt": "文件不存在"}
        assert [len(f["diagnostics"]) for f in data["files"]] == [1, 0, 1]


def test_the_same_file_twice_is_checked_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = write(tmp_path / "d" / "a.txt", ABOVE_MAX)
    (tmp_path / "link.txt").symlink_to(report)
    spellings = ["d/a.txt", "./d/a.txt", "d/../d/a.txt", "d", str(report), "link.txt"]
    code, data = run_json(capsys, "--select", "SC101", *spellings)
    assert code == cli.EXIT_FINDINGS
    assert [f["path"] for f in data["files"]] == [str(report)]  # the smallest of the names it was given as
    code, data = run_json(capsys, "--select", "SC101", "d/a.txt", "./d/a.txt")
    assert [f["path"] for f in data["files"]] == ["d/a.txt"]
    assert data["summary"]["error"] == 1


@needs_fork
def test_a_worker_that_dies_takes_only_its_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(7):
        write(tmp_path / "d" / f"r{index}.txt", ABOVE_MAX)
    write(tmp_path / "d" / "r3.txt", WITHIN_MAX)
    real = outcome.check_file

    def crash_on_r3(path: str, display: str, options: CheckOptions) -> FileResult:
        if path.endswith("r3.txt"):
            os._exit(3)  # what a segfault in a document library looks like from outside
        return real(path, display, options)

    monkeypatch.setattr(outcome, "check_file", crash_on_r3)
    code, data = run_json(capsys, "--select", "SC101", "--jobs", "2", tmp_path / "d")
    assert code == cli.EXIT_ERROR
    assert errors(data) == {"r3.txt": "检查此文件的工作进程意外退出"}
    assert [len(f["diagnostics"]) for f in data["files"]] == [1, 1, 1, 0, 1, 1, 1]


@needs_fork
def test_an_exception_escaping_a_worker_is_that_files_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / "d" / name, ABOVE_MAX)
    real = outcome.check_file

    def exit_on_b(path: str, display: str, options: CheckOptions) -> FileResult:
        if path.endswith("b.txt"):
            raise SystemExit("a library called sys.exit")
        return real(path, display, options)

    monkeypatch.setattr(outcome, "check_file", exit_on_b)
    code, data = run_json(capsys, "--select", "SC101", "--jobs", "2", tmp_path / "d")
    assert code == cli.EXIT_ERROR
    assert errors(data) == {"b.txt": "内部错误：SystemExit: a library called sys.exit"}


def test_results_are_plain_data() -> None:
    options = CheckOptions(select=("SC101",))
    path = write(Path("r.txt"), ABOVE_MAX)
    result = outcome.check_file(str(path), "r.txt", options)
    assert pickle.loads(pickle.dumps(result)) == result
    [finding] = result.findings
    assert (finding.code, finding.position.line, finding.position.column) == ("SC101", 2, 26)
    assert result.lines == {2: ABOVE_MAX.splitlines()[1]}  # only the lines a code frame shows
    # 履职效能 states 自评分值为4分, but recomputed from its leaves it is the indicator's 得3分
    assert result.claimed is None and result.recomputed == Decimal(3)


def test_the_last_files_report_is_kept_for_the_process_exit_with_the_same_result() -> None:
    """The command's last file: its linted report is handed over (and set aside from the collector) instead of
    being freed, since the process ends without freeing anything; the result is the same."""
    import gc

    options = CheckOptions(select=("SC101",))
    path = write(Path("r.txt"), ABOVE_MAX)
    kept: list[object] = []
    try:
        result = outcome.check_file(str(path), "r.txt", options, kept)
    finally:
        gc.unfreeze()
    assert result == outcome.check_file(str(path), "r.txt", options)
    [linted] = kept
    assert linted.result.report.text == ABOVE_MAX  # type: ignore[attr-defined]


# --- which files -----------------------------------------------------------------------------------------


def test_exclude_globs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    for name in ("a.txt", "draft_a.txt", "old/b.txt", "old/deep/c.txt", "2023/d.txt", "2024/e.txt"):
        write(folder / name, ABOVE_MAX)
    code, data = run_json(capsys, "--exclude", "draft_*", "--exclude", "old", "--exclude", "2023/*", folder)
    assert code == cli.EXIT_FINDINGS
    assert [Path(f["path"]).relative_to(folder).as_posix() for f in data["files"]] == ["2024/e.txt", "a.txt"]


def test_exclude_as_the_readme_writes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--exclude '*/草稿/*' 报告目录/`` skips 报告目录/草稿/x.txt: patterns see the path as the user gave it."""
    monkeypatch.chdir(tmp_path)
    for name in ("报告目录/a.txt", "报告目录/草稿/x.txt", "报告目录/2023/草稿/y.txt", "报告目录/草稿本.txt"):
        write(tmp_path / name, ABOVE_MAX)
    code, data = run_json(capsys, "--exclude", "*/草稿/*", "报告目录/")
    assert code == cli.EXIT_FINDINGS
    assert sorted(f["path"] for f in data["files"]) == ["报告目录/a.txt", "报告目录/草稿本.txt"]


@pytest.mark.parametrize(
    ("pattern", "kept"),
    [
        ("**/草稿", ["a.txt", "草稿本.txt"]),  # a folder named 草稿 at any depth
        ("草稿/", ["a.txt", "草稿本.txt"]),  # a folder, at any depth
        ("/草稿", ["2023/草稿/y.txt", "a.txt", "草稿本.txt"]),  # anchored to the folder given
        ("2023/**", ["a.txt", "草稿/x.txt", "草稿本.txt"]),
        ("草稿本.txt", ["2023/草稿/y.txt", "a.txt", "草稿/x.txt"]),
        (
            "报告目录",
            ["2023/草稿/y.txt", "a.txt", "草稿/x.txt", "草稿本.txt"],
        ),  # the folder given is not inside itself
    ],
)
def test_exclude_gitignore_style(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pattern: str, kept: list[str]
) -> None:
    folder = tmp_path / "报告目录"
    for name in ("a.txt", "草稿/x.txt", "2023/草稿/y.txt", "草稿本.txt"):
        write(folder / name, ABOVE_MAX)
    code, data = run_json(capsys, "--exclude", pattern, folder)
    assert code == cli.EXIT_FINDINGS
    assert sorted(Path(f["path"]).relative_to(folder).as_posix() for f in data["files"]) == kept


def test_everything_excluded_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", ABOVE_MAX)
    code, out, err = run(capsys, "check", "--exclude", "*.txt", tmp_path / "d")
    assert code == cli.EXIT_ERROR and out == "" and "没有找到可检查的文件" in err


def test_explicit_file_of_unknown_format_is_skipped_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = write(tmp_path / "a.txt", WITHIN_MAX)
    notes = write(tmp_path / "notes.bak", ABOVE_MAX)
    write(tmp_path / "d" / "inside.bak", ABOVE_MAX)
    code, out, err = run(capsys, "check", "--select", "SC101", notes, report, tmp_path / "d")
    assert code == cli.EXIT_OK, err
    assert err == f"jxlint: {notes}：不是可检查的报告格式，已跳过\n"  # the folder's .bak is ignored silently
    assert "共检查 1 个文件" in out
    _, _, err = run(capsys, "check", "--lang", "en", "--select", "SC101", notes, report)
    assert err == f"jxlint: {notes}: skipped, not a report format jxlint reads\n"


def test_unreadable_subfolder_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "d"
    write(folder / "a.txt", ABOVE_MAX)
    write(folder / "locked" / "b.txt", ABOVE_MAX)
    (folder / "locked").chmod(0)
    try:
        if os.access(folder / "locked", os.R_OK):
            pytest.skip("running as a user who can read any folder")
        code, data = run_json(capsys, "--select", "SC101", folder)
        assert code == cli.EXIT_ERROR
        assert errors(data) == {"locked": "没有读取权限"}
    finally:
        (folder / "locked").chmod(0o755)


# --- size limit ------------------------------------------------------------------------------------------


def test_max_size(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", ABOVE_MAX * 20)
    small = write(tmp_path / "small.txt", ABOVE_MAX)
    code, data = run_json(capsys, "--select", "SC101", "--max-size", "1KB", big, small)
    assert code == cli.EXIT_ERROR
    size = big.stat().st_size
    assert errors(data) == {"big.txt": f"文件过大（{size} 字节，上限 1024 字节）"}
    code, data = run_json(capsys, "--select", "SC101", "--max-size", "1MB", big, small)
    assert code == cli.EXIT_FINDINGS and not errors(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("50MB", 50 * 1024**2),
        ("50mb", 50 * 1024**2),
        ("500KB", 500 * 1024),
        ("1.5G", 3 * 1024**3 // 2),
        ("2MiB", 2 * 1024**2),
        ("1000", 1000),
        ("10 B", 10),
    ],
)
def test_parse_size(text: str, expected: int) -> None:
    assert cli.parse_size(text) == expected


@pytest.mark.parametrize(
    "argv", [["--max-size", "lots"], ["--max-size", "0"], ["--jobs", "0"], ["--jobs", "x"]]
)
def test_bad_batch_options_are_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, "check", *argv, "a.txt")
    assert code == cli.EXIT_ERROR and out == "" and err


def test_default_jobs_is_the_cpu_count() -> None:
    assert 1 <= cli.default_jobs() <= (os.cpu_count() or 1)


# --- summary and progress --------------------------------------------------------------------------------


def test_summary_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    overall = "二、绩效自评情况\n" + ABOVE_MAX + "整体自评得分为4分。\n"
    write(tmp_path / "d" / "b.txt", overall)
    write(tmp_path / "d" / "a.txt", overall.replace("为4分。", "为5分。"))
    write(tmp_path / "d" / "c.txt", NUL_GARBAGE)
    code, out, err = run(capsys, "check", "--format", "summary", "--select", "SC101", tmp_path / "d")
    assert code == cli.EXIT_ERROR and err == ""
    lines = out.splitlines()
    assert lines[0].split("|")[1:] == [" 自评得分 ", " 重算得分 ", " 错误 ", " 警告 ", " 信息"]
    rows = [[cell.strip() for cell in line.split("|")] for line in lines[2:5]]
    assert [r[0] for r in rows] == [str(tmp_path / "d" / n) for n in ("a.txt", "b.txt", "c.txt")]
    # recomputed from the leaves: the indicator's 得3分, whatever the section and the total claim
    assert rows[0][1:] == ["5", "3", "1", "0", "0"]
    assert rows[1][1:] == ["4", "3", "1", "0", "0"]
    assert rows[2][1:] == ["—"] * 5
    assert lines[6].split("|")[0].strip() == "合计（3 个文件）" and lines[6].split("|")[3].strip() == "2"
    assert lines[7].endswith("无法检查：不是文本文件（含有 NUL 字节）")
    assert lines[-1] == "共检查 3 个文件：2 个错误，0 个警告，0 条信息；1 个文件无法检查"

    _, out, _ = run(capsys, "check", "--format", "summary", "--sort", "claimed", "--reverse", tmp_path / "d")
    assert [line.split("|")[0].strip()[-5:] for line in out.splitlines()[2:5]] == ["a.txt", "b.txt", "c.txt"]
    _, out, _ = run(capsys, "check", "--format", "summary", "--sort", "claimed", tmp_path / "d")
    assert [line.split("|")[0].strip()[-5:] for line in out.splitlines()[2:5]] == ["b.txt", "a.txt", "c.txt"]


def test_text_output_has_the_table_only_for_several_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    one = write(tmp_path / "one.txt", ABOVE_MAX)
    _, out, _ = run(capsys, "check", "--select", "SC101", one)
    assert "重算得分" not in out
    two = write(tmp_path / "two.txt", ABOVE_MAX)
    _, out, _ = run(capsys, "check", "--select", "SC101", one, two)
    lines = out.splitlines()
    table = next(i for i, line in enumerate(lines) if "重算得分" in line)
    assert all("SC101" not in line for line in lines[table:])  # after every finding
    assert lines[-1] == "共检查 2 个文件：2 个错误，0 个警告，0 条信息"


def test_no_progress_bar_unless_stderr_is_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(10):
        write(tmp_path / "d" / f"r{index}.txt", ABOVE_MAX)
    _, _, err = run(capsys, "check", "--jobs", "1", tmp_path / "d")
    assert err == ""
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # let rich draw into the captured stream
    _, _, err = run(capsys, "check", "--jobs", "1", tmp_path / "d")
    assert "检查中" in err and "10/10" in err
    _, out, err = run(capsys, "check", "--format", "json", "--jobs", "1", tmp_path / "d")
    assert err == "" and json.loads(out)["summary"]["files"] == 10
    _, _, err = run(capsys, "check", "--jobs", "1", *sorted((tmp_path / "d").iterdir())[:8])
    assert err == ""  # a handful of files


@given(st.lists(st.integers(), max_size=400, unique=True), st.integers(min_value=1, max_value=8))
def test_chunks_cover_every_file_once_and_shrink_towards_the_end(indices: list[int], workers: int) -> None:
    chunks = _chunks(indices, workers)
    assert [i for chunk in chunks for i in chunk] == indices
    sizes = [len(chunk) for chunk in chunks]
    assert all(1 <= size <= MAX_CHUNK for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    if len(indices) >= workers * 4:
        assert sizes[-1] == 1  # the last files go one at a time
