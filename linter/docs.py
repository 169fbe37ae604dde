"""Rule metadata → the catalogue, ``jxlint explain`` and docs/rules/*.md."""

from __future__ import annotations

import inspect
from typing import Any

from linter import registry
from linter.rule import Rule


def rule_markdown(rule: type[Rule]) -> str:
    doc = inspect.cleandoc(rule.__doc__ or "")
    summary, _, body = doc.partition("\n")
    lines = [
        f"# {rule.code} {rule.slug}",
        "",
        f"**{summary.strip()}** — {rule.summary_en}",
        "",
        f"- 代码 / code: `{rule.code}`",
        f"- 名称 / slug: `{rule.slug}`",
        f"- 默认严重级别 / default severity: `{rule.severity.value}`",
        "",
    ]
    for block in body.strip().split("\n\n"):
        head, _, rest = block.partition("\n")
        if rest.startswith("    ") and head.strip() and not head.startswith(" "):
            lines += [f"## {head.strip()}", "", inspect.cleandoc(rest), ""]
        else:
            lines += [inspect.cleandoc(block), ""]
    return "\n".join(lines).rstrip() + "\n"


def catalogue_data() -> list[dict[str, Any]]:
    return [
        {
            "code": r.code,
            "rule": r.slug,
            "severity": r.severity.value,
            "summary": r.summary(),
            "summary_en": r.summary_en,
        }
        for r in registry.all_rules()
    ]


def catalogue_text(lang: str) -> str:
    rows = []
    for r in registry.all_rules():
        summary = r.summary_en if lang == "en" else r.summary()
        rows.append(f"{r.code}  {r.slug:<30} {r.severity.value:<8} {summary}")
    return "\n".join(rows)


def catalogue_markdown() -> str:
    rows = ["| 代码 | 名称 | 默认级别 | 说明 |", "|---|---|---|---|"]
    for r in registry.all_rules():
        rows.append(f"| [{r.code}]({r.code}.md) | `{r.slug}` | {r.severity.value} | {r.summary()} |")
    return "\n".join(rows) + "\n"
