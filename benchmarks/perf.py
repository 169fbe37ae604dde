"""Performance benchmark: how fast jxlint checks reports, and how much memory it takes, against fixed targets.

One command measures everything, prints one table with PASS/MISS against each target, and (unless
``--quick``) writes the table into docs/performance.md together with the command and the machine it ran on:

    python benchmarks/perf.py              # the full run (a few minutes on two cores)
    python benchmarks/perf.py --quick      # fewer runs and files; prints only, unless --write

What is measured:

(a) one seed-sized report (about 10,000 characters) linted in-process: median and p95 over the runs;
(b) ``jxlint check`` on that report as a fresh process, through ``python -m linter`` and the console script;
(c) the same report concatenated x10, x35 and x100: time relative to x1 (linear is x10, x35, x100);
(d) a folder of report files (copies of the samples with small variations) checked with ``--jobs 1`` and
    ``--jobs 2``: files per second and the peak memory of the largest jxlint process;
(e) autocorrect-py (``pip install -e '.[bench]'``), a CJK copy-writing linter, on the same texts, with
    jxlint's time as a multiple of its time;
(f) the ratios the project's speed targets are set in, each pair measured side by side, alternating run by
    run (A, B, A, B, …) so that a change in the machine's load touches both: the median of the per-round
    ratios decides PASS/MISS, and the ratio of the two minimums is shown beside it. Fresh ``jxlint check`` on
    the seed against ``python -c pass``; ``jxlint check --format json`` on 1 MB against autocorrect-py
    checking the same file in a fresh process, and both in-process; jxlint in-process on the seed against
    autocorrect-py's ``lint_for``; files per second of ``--jobs 2`` against ``--jobs 1`` on the batch folder.

Fresh processes run with a bytecode cache (as after an ordinary ``pip install``), kept in a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from linter import __version__
from linter.engine import Linter
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "defects" / "部门整体自评_全部缺陷.txt"
SEED_DIR = ROOT.parent / "shared" / "seed"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- perf:begin -->", "<!-- perf:end -->"

SEED_CHARS = 10_000  # "seed-sized": a 2022 district report runs to about this many characters
ONE_MB = 1_000_000  # bytes of UTF-8

# Targets: (limit, True when the value must stay at or below it).
IN_PROCESS_MS = 5.0
FRESH_MS = 150.0
FILES_PER_SECOND = 250.0
PEAK_MB = 150.0
X100_RATIO = 120.0
# Ratios (f): jxlint's time as a multiple of the other's at most, or (batch) a speed-up at least.
FRESH_VS_PYTHON = 4.0
MEGABYTE_VS_AUTOCORRECT = 1.5
IN_PROCESS_VS_AUTOCORRECT = 1.5
JOBS2_SPEEDUP = 1.8


@dataclass(frozen=True, slots=True)
class Plan:
    in_process_runs: int
    fresh_runs: int
    scale_runs: dict[int, int]  # copies → runs
    batch_files: int
    batch_runs: int
    other_runs: int
    ratio_runs: int  # rounds of each side-by-side pair in (f)
    ratio_batch_runs: int


FULL = Plan(
    in_process_runs=50,
    fresh_runs=10,
    scale_runs={10: 5, 35: 3, 100: 3},
    batch_files=1000,
    batch_runs=3,
    other_runs=20,
    ratio_runs=20,
    ratio_batch_runs=5,
)
QUICK = Plan(
    in_process_runs=50,
    fresh_runs=10,
    scale_runs={10: 2, 35: 1, 100: 1},
    batch_files=200,
    batch_runs=1,
    other_runs=5,
    ratio_runs=8,
    ratio_batch_runs=2,
)


@dataclass(frozen=True, slots=True)
class Row:
    group: str
    what: str
    value: str
    target: str = ""
    passed: bool | None = None  # None: no target

    @property
    def result(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "MISS")


# --- helpers ------------------------------------------------------------------------------------------------


def timed(function: Callable[[], object], runs: int) -> list[float]:
    """Wall seconds of each of ``runs`` calls."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return times


def without_collector(function: Callable[..., object], *args: object) -> None:
    """Call ``function`` with the cyclic garbage collector paused (as ``check_file`` does)."""
    gc.disable()
    try:
        function(*args)
    finally:
        gc.enable()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def padded(text: str, chars: int) -> str:
    """Whole copies of ``text``, as many as come nearest to ``chars`` characters."""
    return text * max(1, round(chars / len(text)))


def seed_text() -> tuple[str, str] | None:
    seeds = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not seeds:
        return None
    return seeds[0].name, read_source(seeds[0]).text


def fresh_environment(cache: Path, data: Path | None = None) -> dict[str, str]:
    """Bytecode cached in ``cache``; jxlint's data cache in ``data`` (default: beside it), not the user's."""
    env = dict(
        os.environ,
        PYTHONPYCACHEPREFIX=str(cache),
        JXLINT_CACHE_DIR=str(data or cache / "jxlint-data"),
        NO_COLOR="1",
        PYTHONIOENCODING="utf-8",
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cold_runs(command: list[str], cache: Path, runs: int) -> list[float]:
    """Wall times of ``command``, each with an empty jxlint data cache (its first run on a machine)."""
    times = []
    for index in range(runs):
        env = fresh_environment(cache, cache / f"cold-{index}")
        began = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - began)
    return times


def console_script() -> str | None:
    """The ``jxlint`` script installed beside this interpreter (not a shell shim that finds it)."""
    name = "jxlint.exe" if os.name == "nt" else "jxlint"
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("jxlint")


# A child that runs a command and reports its wall time and the peak memory of its largest process
# (RUSAGE_CHILDREN covers the command's own worker processes too, once they have been waited for).
MEASURE = """
import json, resource, subprocess, sys, time
began = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "peak_kb": peak / 1024 if sys.platform == "darwin" else peak, "code": code}))
"""


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall seconds and peak resident memory (MB) of one run of ``command``."""
    if sys.platform == "win32":  # no resource module: wall time only
        began = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        return time.perf_counter() - began, None
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, env=env, check=True, text=True
    ).stdout
    data = json.loads(out)
    return data["wall"], data["peak_kb"] / 1024


# --- the measurements ---------------------------------------------------------------------------------------


def in_process(texts: list[tuple[str, str]], linter: Linter, plan: Plan) -> tuple[list[Row], float]:
    rows = []
    reference = 0.0
    for label, text in texts:
        linter.lint_text(text, label)  # warm: parser tables, word lists, compiled patterns
        times = timed(partial(linter.lint_text, text, label), plan.in_process_runs)
        median = statistics.median(times)
        reference = reference or median
        rows.append(
            Row(
                "a",
                f"in-process lint, {label} ({len(text):,} chars), median of {len(times)}",
                ms(median),
                f"≤ {IN_PROCESS_MS:g} ms",
                median * 1000 <= IN_PROCESS_MS,
            )
        )
        rows.append(Row("a", f"in-process lint, {label}, p95", ms(p95(times))))
    return rows, reference


def fresh(report: Path, label: str, plan: Plan, cache: Path) -> list[Row]:
    env = fresh_environment(cache)
    commands = {"python -m linter check": [sys.executable, "-m", "linter", "check", str(report)]}
    script = console_script()
    if script is not None:
        commands["jxlint check (console script)"] = [script, "check", str(report)]
    rows = []
    baseline = [sys.executable, "-c", "pass"]
    subprocess.run(baseline, env=env, check=False)
    floor = statistics.median(timed(partial(subprocess.run, baseline, env=env, check=False), plan.fresh_runs))
    version = [sys.executable, "-m", "linter", "--version"]
    for name, command in commands.items():
        subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=False)  # writes the bytecode cache
        times = timed(
            partial(
                subprocess.run,
                command,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                check=False,
            ),
            plan.fresh_runs,
        )
        median = statistics.median(times)
        rows.append(
            Row(
                "b",
                f"fresh `{name}` on {label}, median of {len(times)}",
                ms(median),
                f"≤ {FRESH_MS:g} ms",
                median * 1000 <= FRESH_MS,
            )
        )
    subprocess.run(version, stdout=subprocess.DEVNULL, env=env, check=False)
    start = statistics.median(
        timed(
            partial(subprocess.run, version, stdout=subprocess.DEVNULL, env=env, check=False), plan.fresh_runs
        )
    )
    cold = statistics.median(cold_runs(commands["python -m linter check"], cache, plan.fresh_runs))
    rows.append(
        Row(
            "b",
            "for comparison: `python -m linter check`, first run (empty jxlint cache)",
            ms(cold),
        )
    )
    rows.append(Row("b", "for comparison: `python -m linter --version` (start-up only)", ms(start)))
    rows.append(Row("b", "for comparison: `python -c pass` (the interpreter alone)", ms(floor)))
    return rows


def scaling(text: str, linter: Linter, single: float, plan: Plan) -> list[Row]:
    rows = [Row("c", f"x1 ({len(text):,} chars)", ms(single))]
    for copies, runs in plan.scale_runs.items():
        big = text * copies
        median = statistics.median(timed(partial(linter.lint_text, big, "scaled"), runs))
        ratio = median / single
        if copies == 100:
            paused = statistics.median(
                timed(partial(without_collector, linter.lint_text, big, "scaled"), runs)
            )
            rows.append(
                Row(
                    "c",
                    f"x100 ({len(big):,} chars), median of {runs}: time relative to x1",
                    f"{ratio:.0f}x ({ms(median)})",
                    f"≤ {X100_RATIO:g}x",
                    ratio <= X100_RATIO,
                )
            )
            rows.append(
                Row(
                    "c",
                    "x100 with the cyclic garbage collector paused during the check, as `jxlint check` runs it",
                    f"{paused / single:.0f}x ({ms(paused)})",
                )
            )
        else:
            rows.append(
                Row(
                    "c",
                    f"x{copies} ({len(big):,} chars), median of {runs}: time relative to x1",
                    f"{ratio:.1f}x ({ms(median)})",
                )
            )
    return rows


def batch_folder(folder: Path, count: int) -> None:
    """``count`` report files: the samples in turn, each copy with a different year, number and archive line."""
    sources = sorted(SAMPLES.glob("*/*.txt"))
    texts = [read_source(p).text for p in sources]
    for index in range(count):
        text = texts[index % len(texts)]
        text = text.replace("2022", str(2015 + index % 9), 1)
        if index % 2:  # every other copy claims one point more somewhere
            text = re.sub(r"得(\d+)分", lambda m: f"得{int(m[1]) + 1}分", text, count=1)
        text += f"\n（归档编号 {index:04d}）\n"
        path = folder / f"{index // 100:02d}" / f"report_{index:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")


def batch(folder: Path, count: int, plan: Plan, cache: Path) -> list[Row]:
    env = fresh_environment(cache)
    rows = []
    for jobs in (1, 2):
        command = [sys.executable, "-m", "linter", "check", "--jobs", str(jobs), str(folder)]
        runs = [measured(command, env) for _ in range(plan.batch_runs)]
        wall = statistics.median(w for w, _ in runs)
        peaks = [p for _, p in runs if p is not None]
        rate = count / wall
        target = jobs == 2
        rows.append(
            Row(
                "d",
                f"{count:,} files, `--jobs {jobs}`, median of {len(runs)}: files per second ({wall:.1f} s)",
                f"{rate:.0f} files/s",
                f"≥ {FILES_PER_SECOND:g} files/s" if target else "",
                rate >= FILES_PER_SECOND if target else None,
            )
        )
        if peaks:
            peak = max(peaks)
            rows.append(
                Row(
                    "d",
                    f"{count:,} files, `--jobs {jobs}`: peak memory of the largest process",
                    f"{peak:.0f} MB",
                    f"≤ {PEAK_MB:g} MB",
                    peak <= PEAK_MB,
                )
            )
    return rows


AUTOCORRECT_LINES = 200  # lines per call when a text is too large for one autocorrect-py call


def autocorrect(texts: list[tuple[str, str]], linter: Linter, plan: Plan) -> list[Row]:
    try:
        import autocorrect_py
    except ImportError:
        return [Row("e", "autocorrect-py", "not installed (pip install -e '.[bench]')")]

    def whole(text: str) -> None:
        autocorrect_py.lint_for(text, "report.txt")

    def pieces(text: str) -> None:
        lines = text.splitlines(keepends=True)
        for start in range(0, len(lines), AUTOCORRECT_LINES):
            autocorrect_py.lint_for("".join(lines[start : start + AUTOCORRECT_LINES]), "report.txt")

    rows = []
    for label, text in texts:
        runs = plan.other_runs if len(text) < 100_000 else 3
        how = f"`lint_for`, {label}"
        run = whole
        try:
            whole(text)
        except ValueError as exc:  # its parser gives up on large inputs
            reason = str(exc).strip().splitlines()[-1].strip(" =")
            rows.append(Row("e", f"autocorrect-py {how}", f"fails: {reason}"))
            how = f"`lint_for` on {AUTOCORRECT_LINES} lines at a time, {label}"
            run = pieces
            run(text)
        theirs = statistics.median(timed(partial(run, text), runs))
        linter.lint_text(text, label)
        ours = statistics.median(timed(partial(linter.lint_text, text, label), runs))
        rows.append(Row("e", f"autocorrect-py {how}, median of {runs}", ms(theirs)))
        rows.append(
            Row(
                "e",
                "jxlint on the same text, as a multiple of autocorrect-py",
                f"{ours / theirs:.1f}x ({ms(ours)})",
            )
        )
    return rows


# --- (f) side-by-side ratios ----------------------------------------------------------------------------------

# autocorrect-py checking a file in a fresh process: the whole text, or 200 lines at a time when it gives up
AUTOCORRECT_SCRIPT = f"""
import sys, autocorrect_py
text = open(sys.argv[1], encoding="utf-8").read()
try:
    autocorrect_py.lint_for(text, "report.txt")
except ValueError:
    lines = text.splitlines(keepends=True)
    for start in range(0, len(lines), {AUTOCORRECT_LINES}):
        autocorrect_py.lint_for("".join(lines[start : start + {AUTOCORRECT_LINES}]), "report.txt")
"""


@dataclass(frozen=True, slots=True)
class Pair:
    """Wall times of two things measured alternately, round by round."""

    ours: list[float]
    theirs: list[float]

    @property
    def ratio(self) -> float:
        """The median of the per-round ratios: the two runs of a round saw nearly the same load."""
        return statistics.median(a / b for a, b in zip(self.ours, self.theirs, strict=True))

    @property
    def ratio_of_minimums(self) -> float:
        return min(self.ours) / min(self.theirs)

    def describe(self) -> str:
        return (
            f"{self.ratio:.2f}x (minimums {self.ratio_of_minimums:.2f}x; medians "
            f"{ms(statistics.median(self.ours))} / {ms(statistics.median(self.theirs))})"
        )


def alternating(ours: Callable[[], object], theirs: Callable[[], object], runs: int) -> Pair:
    ours()
    theirs()  # warm: bytecode and data caches, parser tables, page cache
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a += timed(ours, 1)
        b += timed(theirs, 1)
    return Pair(a, b)


def run_quietly(command: list[str], env: dict[str, str]) -> Callable[[], object]:
    return partial(
        subprocess.run, command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False
    )


def ratios(
    seed: tuple[str, str], megabyte: Path, folder: Path, count: int, linter: Linter, plan: Plan, cache: Path
) -> list[Row]:
    env = fresh_environment(cache)
    label, text = seed
    seed_file = cache.parent / "seed.txt"
    seed_file.write_text(text, encoding="utf-8")
    jxlint = [sys.executable, "-m", "linter", "check"]
    rows = []

    def row(what: str, pair: Pair, target: float, *, at_most: bool = True) -> Row:
        passed = pair.ratio <= target if at_most else pair.ratio >= target
        return Row("f", what, pair.describe(), f"{'≤' if at_most else '≥'} {target:g}x", passed)

    fresh = alternating(
        run_quietly([*jxlint, str(seed_file)], env),
        run_quietly([sys.executable, "-c", "pass"], env),
        plan.ratio_runs,
    )
    rows.append(row(f"fresh `jxlint check` on {label} / `python -c pass`", fresh, FRESH_VS_PYTHON))
    fresh_json = alternating(
        run_quietly([*jxlint, "--format", "json", str(seed_file)], env),
        run_quietly([sys.executable, "-c", "pass"], env),
        plan.ratio_runs,
    )
    rows.append(Row("f", "for comparison: with `--format json` / `python -c pass`", fresh_json.describe()))
    try:
        import autocorrect_py
    except ImportError:
        rows.append(Row("f", "autocorrect-py", "not installed (pip install -e '.[bench]')"))
        autocorrect_py = None
    if autocorrect_py is not None:
        theirs = [sys.executable, "-c", AUTOCORRECT_SCRIPT]
        pair = alternating(
            run_quietly([*jxlint, str(seed_file)], env),
            run_quietly([*theirs, str(seed_file)], env),
            plan.ratio_runs,
        )
        rows.append(
            Row(
                "f",
                f"for comparison: fresh `jxlint check` / autocorrect-py, fresh, on {label}",
                pair.describe(),
            )
        )
        big_runs = max(3, plan.ratio_runs // 2)
        pair = alternating(
            run_quietly([*jxlint, "--format", "json", "--fail-on", "never", str(megabyte)], env),
            run_quietly([*theirs, str(megabyte)], env),
            big_runs,
        )
        size = megabyte.stat().st_size
        rows.append(
            row(
                f"fresh `jxlint check --format json` on 1 MB ({size:,} bytes) / autocorrect-py on it, fresh",
                pair,
                MEGABYTE_VS_AUTOCORRECT,
            )
        )
        big = megabyte.read_text(encoding="utf-8")
        lines = big.splitlines(keepends=True)

        def pieces() -> None:
            for start in range(0, len(lines), AUTOCORRECT_LINES):
                autocorrect_py.lint_for("".join(lines[start : start + AUTOCORRECT_LINES]), "report.txt")

        pair = alternating(partial(linter.lint_text, big, "big"), pieces, big_runs)
        rows.append(
            Row("f", "for comparison: the same 1 MB in-process / autocorrect-py `lint_for`", pair.describe())
        )
        pair = alternating(
            partial(linter.lint_text, text, label),
            partial(autocorrect_py.lint_for, text, "report.txt"),
            plan.in_process_runs,
        )
        rows.append(
            row(f"in-process on {label} / autocorrect-py `lint_for`", pair, IN_PROCESS_VS_AUTOCORRECT)
        )
    one = alternating(
        run_quietly([*jxlint, "--jobs", "2", "--fail-on", "never", str(folder)], env),
        run_quietly([*jxlint, "--jobs", "1", "--fail-on", "never", str(folder)], env),
        plan.ratio_batch_runs,
    )
    speedup = Pair(one.theirs, one.ours)  # files/s of --jobs 2 over --jobs 1 = time of 1 over time of 2
    rows.append(
        Row(
            "f",
            f"{count:,} files: files/s of `--jobs 2` / of `--jobs 1`",
            f"{speedup.ratio:.2f}x (minimums {speedup.ratio_of_minimums:.2f}x; medians "
            f"{count / statistics.median(one.ours):.0f} / {count / statistics.median(one.theirs):.0f} files/s)",
            f"≥ {JOBS2_SPEEDUP:g}x",
            speedup.ratio >= JOBS2_SPEEDUP,
        )
    )
    return rows


# --- output -------------------------------------------------------------------------------------------------

GROUPS = {
    "a": "(a) one seed-sized report, in-process",
    "b": "(b) `jxlint check` on one report, fresh process",
    "c": "(c) scaling: the report concatenated",
    "d": "(d) batch",
    "e": "(e) autocorrect-py side by side",
    "f": "(f) ratios, each pair measured alternately: median of the per-round ratios (ratio of minimums)",
}


def table(rows: list[Row]) -> str:
    lines = ["| | measurement | value | target | result |", "|---|---|---:|---|---|"]
    group = None
    for row in rows:
        label = GROUPS[row.group].split(")")[0] + ")" if row.group != group else ""
        group = row.group
        lines.append(f"| {label} | {row.what} | {row.value} | {row.target} | {row.result} |")
    return "\n".join(lines)


def machine() -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(errors="replace"), re.MULTILINE)
        if found:
            cpu = found[1].strip()
    facts = [
        f"jxlint {__version__}, Python {platform.python_version()} ({platform.python_implementation()})",
        f"{platform.system()} {platform.release()}, {cpu}",
        f"{usable} usable cores (of {os.cpu_count()})",
    ]
    if hasattr(os, "getloadavg"):
        facts.append("load average at the start: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    return facts


def load_now() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def write_doc(path: Path, command: str, rows: list[Row], facts: list[str]) -> None:
    body = "\n".join(
        [
            BEGIN,
            f"Measured on {date.today().isoformat()} with `{command}`:",
            "",
            *(f"- {fact}" for fact in facts),
            "",
            table(rows),
            "",
            "Groups: " + "; ".join(GROUPS.values()) + ".",
            END,
        ]
    )
    old = path.read_text(encoding="utf-8") if path.is_file() else "# Performance\n\n"
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + body + old[old.index(END) + len(END) :]
    else:
        new = old.rstrip("\n") + "\n\n" + body + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and files (about a minute)")
    parser.add_argument("--write", action="store_true", help="write docs/performance.md even with --quick")
    parser.add_argument("--no-write", action="store_true", help="only print the table")
    parser.add_argument("--ratios", action="store_true", help="only (f), the side-by-side ratios")
    parser.add_argument(
        "--output", type=Path, default=DOC, help="the document to update (default docs/performance.md)"
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    facts = machine()
    print("\n".join(facts), file=sys.stderr)

    linter = Linter()
    reference = padded(read_source(REFERENCE).text, SEED_CHARS)
    label = f"{REFERENCE.name} x{len(reference) // len(read_source(REFERENCE).text)}"
    texts = [(label, reference)]
    seed = seed_text()
    if seed is not None:
        texts.append((f"the seed {seed[0]}", seed[1]))

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="jxlint-perf-") as temp:
        work = Path(temp)
        cache = work / "pycache"
        report = work / "report.txt"
        report.write_text(reference, encoding="utf-8")

        folder = work / "batch"
        folder.mkdir()
        batch_folder(folder, plan.batch_files)
        if not args.ratios:
            step("(a) in-process")
            found, single = in_process(texts, linter, plan)
            rows += found
            step("(b) fresh processes")
            rows += fresh(report, "the seed-sized report", plan, cache)
            step("(c) scaling")
            rows += scaling(reference, linter, single, plan)
            step(f"(d) batch of {plan.batch_files} files")
            rows += batch(folder, plan.batch_files, plan, cache)
            step("(e) autocorrect-py")
            copies = -(-ONE_MB // len(reference.encode("utf-8")))
            big = reference * copies
            megabyte = (f"a 1 MB file ({len(big.encode('utf-8')):,} bytes)", big)
            rows += autocorrect([texts[-1], megabyte], linter, plan)  # the seed when there is one
        step("(f) side-by-side ratios")
        megabyte_file = work / "megabyte.txt"
        base = seed[1] if seed is not None else reference
        megabyte_file.write_text(base * -(-ONE_MB // len(base.encode("utf-8"))), encoding="utf-8")
        rows += ratios(texts[-1], megabyte_file, folder, plan.batch_files, linter, plan, cache)

    facts.append(f"load average at the end: {load_now()}")
    print(table(rows))
    misses = [row for row in rows if row.passed is False]
    print(f"\n{len(misses)} of {sum(row.passed is not None for row in rows)} targets missed", file=sys.stderr)
    if (args.write or not (args.quick or args.ratios)) and not args.no_write:
        command = (
            "python benchmarks/perf.py"
            + (" --quick" if args.quick else "")
            + (" --ratios" if args.ratios else "")
        )
        write_doc(args.output, command, rows, facts)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def step(name: str) -> None:
    print(f"… {name}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
