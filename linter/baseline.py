"""Baselines: the findings a reviewer has seen already, so that a re-check shows only what is new.

``--write-baseline FILE`` records every finding of the run; ``--baseline FILE`` hides the findings it holds.
A finding is keyed by its rule code, the text it flags and a few characters either side, all normalised
(NFKC, whitespace removed), never by its line: a report that gained or lost paragraphs above a finding
still matches. Each key keeps a count, so a second identical finding beyond the recorded ones is new.
Entries are kept per file path; a checked file whose path the baseline does not hold uses the entries of
the baseline's only file when it has just one (a resubmitted report under a new name).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from linter.outcome import FileResult, Finding

VERSION = 1
CONTEXT = 6  # characters of context kept on each side of the flagged text


class BaselineError(ValueError):
    pass


Key = tuple[str, str, str, str]  # code, flagged text, text before, text after


def _normal(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def key(result: FileResult, finding: Finding) -> Key:
    p = finding.position
    line = result.lines.get(p.line, "")
    end = p.end_column - 1 if p.end_line == p.line else len(line)
    flagged = line[p.column - 1 : end]
    before = _normal(line[: p.column - 1])[-CONTEXT:]
    after = _normal(line[end:])[:CONTEXT]
    return finding.code, _normal(flagged), before, after


def build(results: Sequence[FileResult]) -> dict[str, Any]:
    files: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        if result.error is not None or not result.findings:
            continue
        counts = Counter(key(result, f) for f in result.findings)
        files[result.path] = [
            {"code": code, "text": text, "before": before, "after": after, "count": n}
            for (code, text, before, after), n in sorted(counts.items())
        ]
    return {"tool": "jxlint", "baseline_version": VERSION, "files": files}


def write(path: Path, results: Sequence[FileResult]) -> int:
    """Write the baseline of ``results`` to ``path``; returns how many findings it holds."""
    data = build(results)
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: 无法写入基线文件（{exc.strerror or exc}）") from exc
    return sum(e["count"] for entries in data["files"].values() for e in entries)


def load(path: Path) -> dict[str, Counter[Key]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: 基线文件不存在") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: 无法读取基线文件（{getattr(exc, 'strerror', None) or exc}）") from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"{path}: 不是 JSON 格式的基线文件（第{exc.lineno}行第{exc.colno}列：{exc.msg}）"
        ) from exc
    if not isinstance(data, dict) or data.get("tool") != "jxlint" or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: 不是 jxlint 的基线文件（应由 --write-baseline 生成）")
    if data.get("baseline_version") != VERSION:
        raise BaselineError(
            f"{path}: 基线文件版本 {data.get('baseline_version')!r} 不受支持（应为 {VERSION}）"
        )
    loaded: dict[str, Counter[Key]] = {}
    try:
        for name, entries in data["files"].items():
            counts: Counter[Key] = Counter()
            for e in entries:
                counts[(str(e["code"]), str(e["text"]), str(e["before"]), str(e["after"]))] += int(e["count"])
            loaded[str(name)] = counts
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BaselineError(f"{path}: 基线文件内容不完整或格式不对（{type(exc).__name__}: {exc}）") from exc
    return loaded


def apply(results: Sequence[FileResult], baseline: dict[str, Counter[Key]]) -> tuple[list[FileResult], int]:
    """``results`` without the findings the baseline holds, and how many were hidden."""
    only = next(iter(baseline.values())) if len(baseline) == 1 and len(results) == 1 else None
    out: list[FileResult] = []
    hidden = 0
    for result in results:
        entries = baseline.get(result.path, only)
        if entries is None or not result.findings:
            out.append(result)
            continue
        left = Counter(entries)
        kept: list[Finding] = []
        for finding in result.findings:
            k = key(result, finding)
            if left[k] > 0:
                left[k] -= 1
                hidden += 1
            else:
                kept.append(finding)
        out.append(replace(result, findings=tuple(kept)))
    return out, hidden
