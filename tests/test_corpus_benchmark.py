"""benchmarks/corpus.py: matching findings against an answer key (found, missed, trap sprung, false alarm)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_benchmark", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load()

REPORT = """\
2023年度临江区文化旅游局惠民演出项目绩效自评报告
一、项目基本情况
临江区文化旅游局负责全区公共文化服务，本项目年度预算80万元。
二、绩效指标完成情况
1.惠民演出场次，分值5分。全年完成演出40场，得6分。
2.群众参与情况。我县群众参与热情高。
3.宣传推广情况。我县媒体报道12篇。
三、存在的问题
无。
"""

# Line 5: a planted score above its maximum (found). Line 9: a planted duplicate that is not there (missed).
# Line 6: keyed as a trap, but jxlint flags 我县 there (sprung). Line 7: 我县 again, not in the key (false alarm).
KEY = """\
R1:
  clean: false
  level: 区
  defects:
  - {type: score-above-max, line: 5, note: 分值5分，得6分}
  - {type: duplicate, line: 9, related: [2]}
  traps:
  - {type: admin, line: 6}
  - {type: admin, line: 3, note: 全区 of a 区 report}
"""


def test_a_tiny_corpus_gives_found_missed_sprung_and_false_alarm(tmp_path: Path) -> None:
    (tmp_path / "R1.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "key.yaml").write_text(KEY, encoding="utf-8")
    [outcome] = corpus.evaluate(tmp_path)
    assert outcome.error is None
    assert [(d.kind, sorted(d.lines)) for d, _ in outcome.found] == [("score-above-max", [5])]
    assert {f.code for _, hits in outcome.found for f in hits} == {"SC101"}
    assert [(d.kind, sorted(d.lines)) for d in outcome.missed] == [("duplicate", [2, 9])]
    assert [(t.kind, sorted(t.lines)) for t, _ in outcome.sprung] == [("admin", [6])]
    assert outcome.traps_kept == 1
    assert [(f.code, f.line) for f in outcome.false_alarms] == [("WD101", 7)]

    t = corpus.totals([outcome])
    assert (sum(t.planted.values()), sum(t.found.values()), t.sprung, t.false_alarms) == (2, 1, 1, 1)
    assert not t.ok
    page = corpus.render("tiny", [outcome], markdown=True)
    assert "| score-above-max | 1 | 1 | 100% |" in page and "| duplicate | 1 | 0 | 0% |" in page


def test_strict_exit_code_and_the_results_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "R1.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "key.yaml").write_text(KEY, encoding="utf-8")
    page = tmp_path / "corpus.md"
    page.write_text(
        f"# Results\n\nProse stays.\n\n{corpus.BEGIN}\nold\n{corpus.END}\n\nTail stays.\n", "utf-8"
    )
    assert corpus.main([str(tmp_path), "--markdown", str(page)]) == 0
    assert corpus.main([str(tmp_path), "--strict"]) == 1
    written = page.read_text(encoding="utf-8")
    assert "Prose stays." in written and "Tail stays." in written and "old" not in written
    assert "WD101" in written and "疑似误报" in capsys.readouterr().out


def _finding(code: str, location: dict[str, object] | None, message: str = "", line: int = 1) -> object:
    return corpus.Finding(code, "slug", "error", message, line, location)


def test_document_anchors_match_locations() -> None:
    match = corpus.anchor_matches
    assert match({"para": 7}, {"kind": "paragraph", "paragraph": 7, "label": "第7段"})
    assert not match({"para": 7}, {"kind": "paragraph", "paragraph": 8, "label": "第8段"})
    table = {"kind": "table", "table": 1, "row": 15, "column": 8, "label": "表1 第15行 第8列"}
    assert match({"table": 1, "row": 15}, table) and not match({"table": 2, "row": 15}, table)
    cell = {"kind": "sheet", "sheet": "自评表", "cell": "H17", "label": "自评表!H17"}
    assert match({"sheet": "自评表", "row": 17}, cell) and not match({"sheet": "自评表", "row": 1}, cell)
    assert not match({"sheet": "其他", "row": 17}, cell)
    page = {"kind": "page", "page": 2, "line": 7, "label": "第2页 第7行"}
    assert match({"page": 2, "lines": [6, 7]}, page) and not match({"page": 1, "lines": [6, 7]}, page)
    assert not match({"page": 2, "lines": [8, 9]}, page) and not match({"para": 1}, None)


def test_document_entries_use_codes_anchors_and_text() -> None:
    report = corpus.Report(
        name="W9",
        path=Path("W9.docx"),
        clean=False,
        defects=[
            corpus._entry(
                {"kind": "exec-rate", "codes": ["SC501"], "at": [{"table": 1, "row": 4}]}, trap=False
            ),
            corpus._entry(
                {
                    "kind": "grade",
                    "codes": ["SC601"],
                    "at": [{"para": 3}],
                    "text": "96.03",
                    "evidence": ["良"],
                },
                trap=False,
            ),
        ],
        traps=[corpus._entry({"kind": "admin-compound", "codes": ["WD101"], "at": [{"para": 9}]}, trap=True)],
    )
    findings = [
        # a rule of the kind (the new slug) at the anchor: found
        corpus.Finding(
            "SC999", "score-recompute-mismatch", "warning", "…", 40, {"kind": "table", "table": 1, "row": 4}
        ),
        # the right rule elsewhere, but its message names the key's snippet: found
        _finding("SC601", {"kind": "paragraph", "paragraph": 30}, "总分96.03分应为“优”"),
        # at the trap, a rule the trap names: sprung
        _finding("WD101", {"kind": "paragraph", "paragraph": 9}),
        # at the trap, another rule: a false alarm, not the trap
        _finding("SC201", {"kind": "paragraph", "paragraph": 9}),
        # info never counts
        corpus.Finding("NM301", "slug", "info", "", 1, {"kind": "paragraph", "paragraph": 9}),
    ]
    outcome = corpus.score(report, findings)
    assert [d.kind for d, _ in outcome.found] == ["exec-rate", "grade"] and not outcome.missed
    assert [t.kind for t, _ in outcome.sprung] == ["admin-compound"]
    assert [f.code for f in outcome.false_alarms] == ["SC201"]
    # found at the right place, but the message does not state the key's evidence: listed apart
    page = corpus.render("W9", [outcome], markdown=False)
    assert "found without the key's evidence" in page and "| 良 |" not in page and "grade  良" in page


def test_a_missing_report_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "key.yaml").write_text("X9:\n  file: X9.xlsx\n  clean: true\n", encoding="utf-8")
    [outcome] = corpus.evaluate(tmp_path)
    assert outcome.error and corpus.totals([outcome]).unreadable == 1


def test_the_project_corpus_keys_point_inside_their_reports() -> None:
    """Every report of benchmarks/corpus exists, every text line of its key is inside it, and every defect kind
    has rules to match."""
    folder = ROOT / "benchmarks" / "corpus"
    reports = [r for key in sorted(folder.rglob("key.yaml")) for r in corpus.load_key(key)]
    assert len(reports) >= 20 and sum(r.clean for r in reports) >= 6
    for report in reports:
        assert report.path.is_file(), report.path
        assert report.clean == (not report.defects), report.name
        for entry in report.defects:
            assert entry.rules, f"{report.name}: no rule for {entry.kind}"
            assert entry.lines or entry.anchors, f"{report.name}: {entry.kind} has no place"
        if report.path.suffix in (".txt", ".md"):
            count = len(report.path.read_text(encoding="utf-8").splitlines())
            lines = [n for e in report.defects + report.traps for n in e.lines]
            assert lines and all(1 <= n <= count for n in lines), report.name
