"""Corpus benchmark: score jxlint against folders of reports that carry an answer key.

A folder holds reports and one or more ``key.yaml`` files (any depth). A key lists, per report, its planted
**defects** (what jxlint must report there, with a rule of that kind) and its **traps** (correct text that looks
wrong: any error or warning there is a false alarm). Two forms of entry are understood:

* text reports — the entry's name is the file's stem (``S01`` → ``S01.txt``, or ``file:`` names it); each defect
  or trap has ``type``, a 1-based ``line`` and optional ``related`` lines. A finding is at the place when its line
  is ``line`` or one of ``related``.
* office documents — the entry has ``file``; each defect or trap has ``kind``, ``codes`` and machine anchors
  ``at`` (any one of them is the right place): ``{para: N}``, ``{table: T, row: R}``, ``{sheet: S, row: R}``,
  ``{page: P, lines: [a, b]}``. They are compared with the finding's ``location``. A finding whose message
  contains the entry's ``text`` snippet is at the place too.

A defect is **found** when an error or warning of a matching rule (the entry's ``codes`` and the rules of its kind
in ``KIND_RULES``) is at its place. A trap is **sprung** when an error or warning that no defect accounts for is at
its place (for an entry with ``codes``: one of those rules or the rules of its kind). Every other error or warning
is listed as a **suspected false alarm**. Info findings are ignored.

    python benchmarks/corpus.py [FOLDER ...] [--markdown FILE] [--strict] [--quiet]

Without folders it reads ``../shared/corpus`` (beside the repository, when present) and ``benchmarks/corpus``.
The exit code is 0 unless ``--strict`` is given and a defect is missed, a trap sprung or a false alarm raised.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (ROOT.parent / "shared" / "corpus", ROOT / "benchmarks" / "corpus")
REPORTED = ("error", "warning")

# Defect and trap kinds of the keys → the rules (codes or slugs) that report that kind of problem. A key entry's
# own ``codes`` are added to these. Slugs let a rule that does not exist yet count as soon as it lands.
KIND_RULES: dict[str, frozenset[str]] = {
    kind: frozenset(rules.split())
    for kind, rules in {
        "score-above-max": "SC101 score-above-max",
        "score": "SC705 deduction-mismatch SC101 SC201 SC702",  # a score that does not follow from what is told
        "score-sum": "SC201 score-sum-mismatch",
        "max-sum": "SC202 max-sum-mismatch",
        "missing-score": "SC301 missing-score",
        "text-table": "SC401 table-text-mismatch SC201",
        "exec-rate": "SC501 execution-rate-mismatch score-recompute-mismatch",
        "score-recompute": "score-recompute-mismatch SC501",
        "framework-max": "framework-max-mismatch",
        "grade": "SC601 grade-mismatch",
        "numbering": "NM101 NM102 NM103 NM104 NM105",
        "self-reference": "WD101 inconsistent-self-reference",
        "duplicate": "ST101 duplicate-section",
        "breakdown-sum": "AR101 AR104 breakdown-sum-mismatch unit-mismatch",
        "breakdown": "AR101 AR104 breakdown-sum-mismatch unit-mismatch",  # (the name some keys give it)
        "percentage": "AR102 AR103 AR107 SC703 percentage-mismatch rate-claim-contradiction adjustment-rate-mismatch "
        "score-rate-mismatch",
        "year": "TX105 year-mismatch",
        "template": "TX104 template-residue",
        "attachment": "TX106 missing-attachment",
        "brackets": "TX103 unbalanced-brackets",
        "punctuation": "TX101 doubled-punctuation",
    }.items()
}


# ---- the key ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Entry:
    """One defect or trap of a key."""

    kind: str
    rules: frozenset[str]  # empty for a text trap: any error or warning there springs it
    lines: frozenset[int] = frozenset()  # text reports
    anchors: tuple[dict[str, Any], ...] = ()  # office documents
    text: str = ""
    note: str = ""
    evidence: tuple[str, ...] = ()  # snippets a good message states (the expected number …)

    def place(self) -> str:
        if self.lines:
            return "第" + "、".join(str(n) for n in sorted(self.lines)) + "行"
        return "; ".join(_anchor_label(a) for a in self.anchors[:2]) or self.text


@dataclass(slots=True)
class Report:
    name: str
    path: Path
    clean: bool
    defects: list[Entry]
    traps: list[Entry]


@dataclass(slots=True)
class Finding:
    code: str
    rule: str
    severity: str
    message: str
    line: int
    location: dict[str, Any] | None

    def place(self) -> str:
        return str((self.location or {}).get("label") or f"第{self.line}行")


def load_key(key_file: Path) -> list[Report]:
    """The reports a key.yaml describes; a report's file is beside the key."""
    data = yaml.safe_load(key_file.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{key_file}: the key is not a mapping of report names")
    reports = []
    for name, body in data.items():
        if not isinstance(body, dict):
            raise ValueError(f"{key_file}: entry {name} is not a mapping")
        path = _report_file(key_file.parent, str(name), body.get("file"))
        reports.append(
            Report(
                name=str(name),
                path=path,
                clean=bool(body.get("clean", False)),
                defects=[_entry(item, trap=False) for item in body.get("defects") or []],
                traps=[_entry(item, trap=True) for item in body.get("traps") or []],
            )
        )
    return reports


def _report_file(folder: Path, name: str, file: str | None) -> Path:
    if file:
        return folder / file
    found = sorted(p for p in folder.glob(f"{name}.*") if p.name != "key.yaml")
    if len(found) != 1:
        raise ValueError(f"{folder}: expected one file named {name}.*, found {len(found)}")
    return found[0]


def _entry(item: dict[str, Any], trap: bool) -> Entry:
    kind = str(item.get("type") or item.get("kind") or "")
    codes = frozenset(str(c) for c in item.get("codes") or [])
    rules = codes | KIND_RULES.get(kind, frozenset())
    if trap and not codes:
        rules = frozenset()  # a text trap: any error or warning there is a false alarm
    lines = (
        frozenset(int(n) for n in [item["line"], *(item.get("related") or [])])
        if "line" in item
        else frozenset()
    )
    return Entry(
        kind=kind,
        rules=rules,
        lines=lines,
        anchors=tuple(item.get("at") or ()),
        text=str(item.get("text") or ""),
        note=str(item.get("note") or item.get("where") or ""),
        evidence=tuple(str(e) for e in item.get("evidence") or ()),
    )


# ---- matching --------------------------------------------------------------------------------------------------


def _anchor_label(anchor: dict[str, Any]) -> str:
    if "para" in anchor:
        return f"第{anchor['para']}段"
    if "sheet" in anchor:
        return f"{anchor['sheet']}!第{anchor['row']}行"
    if "page" in anchor:
        a, b = anchor["lines"]
        return f"第{anchor['page']}页 第{a}–{b}行" if a != b else f"第{anchor['page']}页 第{a}行"
    return f"表{anchor['table']} 第{anchor['row']}行"


def _row_of_cell(cell: str | None) -> int | None:
    found = re.search(r"\d+$", cell or "")
    return int(found.group()) if found else None


def anchor_matches(anchor: dict[str, Any], location: dict[str, Any] | None) -> bool:
    """Whether a finding's document location is the place an anchor of the key names."""
    if not location:
        return False
    if "para" in anchor:
        return location.get("kind") == "paragraph" and location.get("paragraph") == anchor["para"]
    if "sheet" in anchor:
        return (
            location.get("sheet") == anchor["sheet"] and _row_of_cell(location.get("cell")) == anchor["row"]
        )
    if "page" in anchor:
        first, last = anchor["lines"]
        line = location.get("line")
        return location.get("page") == anchor["page"] and line is not None and first <= line <= last
    return location.get("table") == anchor["table"] and location.get("row") == anchor["row"]


def at_place(entry: Entry, finding: Finding) -> bool:
    if entry.lines and finding.location is None:
        return finding.line in entry.lines
    if any(anchor_matches(anchor, finding.location) for anchor in entry.anchors):
        return True
    return bool(entry.text) and entry.text in finding.message


def of_rule(entry: Entry, finding: Finding) -> bool:
    return not entry.rules or finding.code in entry.rules or finding.rule in entry.rules


@dataclass(slots=True)
class Outcome:
    report: Report
    error: str | None = None
    found: list[tuple[Entry, list[Finding]]] = field(default_factory=list)
    missed: list[Entry] = field(default_factory=list)
    sprung: list[tuple[Entry, list[Finding]]] = field(default_factory=list)
    traps_kept: int = 0
    false_alarms: list[Finding] = field(default_factory=list)


def score(report: Report, findings: Sequence[Finding], error: str | None = None) -> Outcome:
    """Match one report's errors and warnings against its key."""
    outcome = Outcome(report, error)
    pending = [f for f in findings if f.severity in REPORTED]
    accounted: set[int] = set()
    for defect in report.defects:
        hits = [f for f in pending if of_rule(defect, f) and at_place(defect, f)]
        if hits:
            outcome.found.append((defect, hits))
            accounted.update(id(f) for f in hits)
        else:
            outcome.missed.append(defect)
    for trap in report.traps:
        hits = [f for f in pending if id(f) not in accounted and of_rule(trap, f) and at_place(trap, f)]
        if hits:
            outcome.sprung.append((trap, hits))
        else:
            outcome.traps_kept += 1
    sprung = {id(f) for _, hits in outcome.sprung for f in hits}
    outcome.false_alarms = [f for f in pending if id(f) not in accounted and id(f) not in sprung]
    return outcome


# ---- running jxlint ----------------------------------------------------------------------------------------------


def run_jxlint(paths: Sequence[Path]) -> dict[str, tuple[list[Finding], str | None]]:
    """Findings per file (by resolved path), from `python -m linter check --format json` in a fresh process."""
    if not paths:
        return {}
    command = [sys.executable, "-m", "linter", "check", "--format", "json", "--fail-on", "never"]
    done = subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=False
    )
    if not done.stdout.strip():
        raise RuntimeError(f"jxlint produced no output (exit {done.returncode}): {done.stderr.strip()}")
    results: dict[str, tuple[list[Finding], str | None]] = {}
    for file in json.loads(done.stdout)["files"]:
        findings = [
            Finding(d["code"], d["rule"], d["severity"], d["message"], d["line"], d.get("location"))
            for d in file["diagnostics"]
        ]
        error = file["error"]["message"] if file.get("error") else None
        results[str(Path(file["path"]).resolve())] = (findings, error)
    return results


def evaluate(folder: Path) -> list[Outcome]:
    reports = [report for key in sorted(folder.rglob("key.yaml")) for report in load_key(key)]
    results = run_jxlint([r.path for r in reports if r.path.exists()])
    outcomes = []
    for report in reports:
        findings, error = results.get(str(report.path.resolve()), ([], "文件不存在 / file not found"))
        outcomes.append(score(report, findings, error))
    return outcomes


# ---- output ------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Totals:
    reports: int
    clean: int
    planted: Counter[str]
    found: Counter[str]
    traps: int
    sprung: int
    false_alarms: int
    false_alarm_rules: Counter[str]
    unreadable: int

    @property
    def ok(self) -> bool:
        return (
            sum(self.found.values()) == sum(self.planted.values())
            and not self.sprung
            and not self.false_alarms
            and not self.unreadable
        )


def totals(outcomes: Iterable[Outcome]) -> Totals:
    outcomes = list(outcomes)
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for o in outcomes:
        planted.update(d.kind for d in o.report.defects)
        found.update(d.kind for d, _ in o.found)
    alarms = [f for o in outcomes for f in o.false_alarms]
    return Totals(
        reports=len(outcomes),
        clean=sum(o.report.clean for o in outcomes),
        planted=planted,
        found=found,
        traps=sum(len(o.report.traps) for o in outcomes),
        sprung=sum(len(o.sprung) for o in outcomes),
        false_alarms=len(alarms),
        false_alarm_rules=Counter(f.code for f in alarms),
        unreadable=sum(o.error is not None for o in outcomes),
    )


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "–"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(folder: str, outcomes: list[Outcome], markdown: bool) -> str:
    """One corpus's results: recall per kind, sprung traps, suspected false alarms and totals."""
    t = totals(outcomes)
    rows: list[str] = []

    def table(header: Sequence[str], body: Iterable[Sequence[object]]) -> None:
        body = [[str(c) for c in row] for row in body]
        if markdown:
            rows.append("| " + " | ".join(header) + " |")
            rows.append("|" + "---|" * len(header))
            rows.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in body)
        else:
            widths = [
                max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(header)
            ]
            rows.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
            rows.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body)
        rows.append("")

    heading = "### " if markdown else "== "
    planted = sum(t.planted.values())
    found = sum(t.found.values())
    rows.append(f"{heading}{folder}")
    rows.append("")
    rows.append(
        f"{t.reports} 份报告（{t.clean} 份无缺陷）/ reports ({t.clean} clean); "
        f"缺陷 / defects found {found}/{planted} ({_pct(found, planted)}); "
        f"陷阱触发 / traps sprung {t.sprung}/{t.traps}; "
        f"疑似误报 / suspected false alarms {t.false_alarms} ({t.false_alarms / max(t.reports, 1):.1f} per report)"
        + (f"; 无法读取 / unreadable {t.unreadable}" if t.unreadable else "")
    )
    rows.append("")
    table(
        ("缺陷类别 / kind", "埋入 / planted", "发现 / found", "召回 / recall"),
        [(k, t.planted[k], t.found[k], _pct(t.found[k], t.planted[k])) for k in sorted(t.planted)]
        + [("**total**" if markdown else "total", planted, found, _pct(found, planted))],
    )
    unstated = [
        (o.report.name, d, hits)
        for o in outcomes
        for d, hits in o.found
        if d.evidence and not any(e in f.message for e in d.evidence for f in hits)
    ]
    if unstated:
        rows.append(
            ("#### " if markdown else "-- ")
            + f"发现但消息未给出答案的证据 / found without the key's evidence in the message ({len(unstated)})"
        )
        rows.append("")
        table(
            ("report", "kind", "evidence", "rule", "message"),
            [(n, d.kind, " / ".join(d.evidence), hits[0].code, hits[0].message) for n, d, hits in unstated],
        )
    missed = [(o.report.name, d) for o in outcomes for d in o.missed]
    if missed:
        rows.append(("#### " if markdown else "-- ") + f"漏报 / missed ({len(missed)})")
        rows.append("")
        table(("report", "kind", "place", "note"), [(n, d.kind, d.place(), d.note) for n, d in missed])
    sprung = [(o.report.name, trap, f) for o in outcomes for trap, hits in o.sprung for f in hits]
    if sprung:
        rows.append(("#### " if markdown else "-- ") + f"触发的陷阱 / traps sprung ({t.sprung})")
        rows.append("")
        table(
            ("report", "trap", "place", "rule", "message"),
            [(n, trap.kind, f.place(), f.code, f.message) for n, trap, f in sprung],
        )
    alarms = [(o.report.name, f) for o in outcomes for f in o.false_alarms]
    if alarms:
        by_rule = ", ".join(f"{code} {n}" for code, n in sorted(t.false_alarm_rules.items()))
        rows.append(
            ("#### " if markdown else "-- ") + f"疑似误报 / suspected false alarms ({len(alarms)}: {by_rule})"
        )
        rows.append("")
        table(
            ("report", "place", "rule", "severity", "message"),
            [(n, f.place(), f.code, f.severity, f.message) for n, f in alarms],
        )
    errors = [(o.report.name, o.error) for o in outcomes if o.error]
    if errors:
        rows.append(("#### " if markdown else "-- ") + "无法读取 / unreadable")
        rows.append("")
        table(("report", "error"), errors)
    return "\n".join(rows)


def _display(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(ROOT))
    except ValueError:
        try:
            return "../" + str(folder.resolve().relative_to(ROOT.parent))
        except ValueError:
            return str(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "folders", nargs="*", type=Path, help="folders holding key.yaml files and their reports"
    )
    parser.add_argument(
        "--markdown", type=Path, metavar="FILE", help="also write the results page (Markdown)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on a missed defect, sprung trap or false alarm"
    )
    parser.add_argument("--quiet", action="store_true", help="print only the headline of each corpus")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    if not folders:
        print("no corpus folder found", file=sys.stderr)
        return 2
    ok = True
    pages = []
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        try:
            outcomes = evaluate(folder)
        except (ValueError, OSError, RuntimeError, yaml.YAMLError) as exc:
            print(f"{folder}: {exc}", file=sys.stderr)
            return 2
        ok = ok and totals(outcomes).ok
        text = render(_display(folder), outcomes, markdown=False)
        print(text.split("\n\n")[0] + "\n" + text.split("\n\n")[1] if args.quiet else text)
        print()
        pages.append(render(_display(folder), outcomes, markdown=True))
    if args.markdown:
        write_page(args.markdown, pages, [_display(f) for f in args.folders])
    return 1 if args.strict and not ok else 0


BEGIN = "<!-- corpus-results:begin -->"
END = "<!-- corpus-results:end -->"


def write_page(path: Path, sections: Sequence[str], folders: Sequence[str] = ()) -> None:
    """Put the results between the markers of the page (the prose around them stays); a new page gets a title."""
    command = " ".join(["python benchmarks/corpus.py", *folders, "--markdown", _display(path)])
    block = f"{BEGIN}\n\n`{command}`\n\n" + "\n\n".join(sections) + f"\n\n{END}"
    old = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else f"# 语料基准 / Corpus benchmark\n\n{BEGIN}\n{END}\n"
    )
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        new = head + block + rest.split(END, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
