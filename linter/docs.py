"""Rule metadata → the catalogue, ``jxlint explain`` and the generated pages in docs/rules/."""

from __future__ import annotations

import dataclasses
import inspect
import json
import sys
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

from linter import patterns, registry
from linter.rule import Rule

INDEX = "index.md"
GENERATED = "<!-- 由 `jxlint rules --write-docs docs/rules` 生成，请勿手工修改 / generated, do not edit -->"
_PAGE = patterns.compile(r"^[A-Z]{2}\d{3}\.md$")
_FAMILY_DOC = patterns.compile(r"^([A-Z]{2}):\s*(.+?)\s*(?:—\s*(.+))?$")


def rule_markdown(rule: type[Rule]) -> str:
    """A rule's page: its docstring as Markdown, plus its metadata and options."""
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
    lines += _options_markdown(rule)
    return "\n".join(lines).rstrip() + "\n"


_HEADINGS_EN = {
    "检查内容": "What it checks (described in Chinese)",
    "为什么": "Why (in Chinese)",
    "反例": "Flagged",
    "正例": "Not flagged",
    "配置项": "Options (in Chinese)",
}


def rule_explanation(rule: type[Rule], lang: str = "zh") -> str:
    """``jxlint explain``: the rule's page; in English, its summary, metadata and examples under English
    headings (the descriptions themselves are written in Chinese)."""
    if lang != "en":
        return rule_markdown(rule)
    doc = inspect.cleandoc(rule.__doc__ or "")
    _, _, body = doc.partition("\n")
    lines = [
        f"# {rule.code} {rule.slug}",
        "",
        f"**{rule.summary_en}**",
        "",
        f"- code: `{rule.code}`",
        f"- slug: `{rule.slug}`",
        f"- default severity: `{rule.severity.value}`",
        "",
    ]
    for block in body.strip().split("\n\n"):
        head, _, rest = block.partition("\n")
        if rest.startswith("    ") and head.strip() and not head.startswith(" "):
            lines += [f"## {_HEADINGS_EN.get(head.strip(), head.strip())}", "", inspect.cleandoc(rest), ""]
        else:
            lines += [inspect.cleandoc(block), ""]
    options = option_data(rule)
    if options:
        lines += ["## Configuration", "", "| option | type | default |", "|---|---|---|"]
        lines += [f"| `{o['name']}` | {o['type']} | `{o['default_yaml']}` |" for o in options]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _options_markdown(rule: type[Rule]) -> list[str]:
    options = option_data(rule)
    if not options:
        return []
    lines = [
        "## 配置 / configuration",
        "",
        "| 选项 | 类型 | 默认值 | 说明 |",
        "|---|---|---|---|",
    ]
    for o in options:
        lines.append(f"| `{o['name']}` | {o['type']} | `{o['default_yaml']}` | {_cell(o['doc'])} |")
    lines += ["", "```yaml", "# jxlint.yaml", "rules:", f"  {rule.slug}:"]
    lines += [f"    {o['name']}: {o['default_yaml']}" for o in options]
    lines += ["```", ""]
    return lines


def option_data(rule: type[Rule]) -> list[dict[str, Any]]:
    """A rule's options as written in jxlint.yaml: name, type, default and the field's ``doc`` metadata."""
    hints = typing.get_type_hints(rule.Options)
    found = []
    for f in dataclasses.fields(rule.Options):
        default: Any = f.default
        if default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()  # type: ignore[misc,operator]
        found.append(
            {
                "name": f.name.replace("_", "-"),
                "type": _type_name(hints[f.name]),
                "default_yaml": _yaml_value(default),
                "doc": str(f.metadata.get("doc", "")),
            }
        )
    return found


def _type_name(hint: Any) -> str:
    if typing.get_origin(hint) is tuple:
        return "list"
    return {bool: "bool", int: "int", Decimal: "number", str: "string"}.get(
        hint, getattr(hint, "__name__", "?")
    )


def _yaml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | int):
        return str(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_yaml_value(v) for v in value) + "]"
    if value is None or value is dataclasses.MISSING:
        return "null"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML string


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


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
        rows.append(f"| [{r.code}]({r.code}.md) | `{r.slug}` | {r.severity.value} | {_cell(r.summary())} |")
    return "\n".join(rows) + "\n"


def _family(rule: type[Rule]) -> tuple[str, str]:
    """The rule family's prefix and title, from its package docstring (``SC: 分值与得分 — …``)."""
    prefix = rule.code[:2]
    package = sys.modules.get(rule.__module__.rpartition(".")[0])
    doc = (package.__doc__ or "").strip() if package else ""
    match = _FAMILY_DOC.match(doc.splitlines()[0]) if doc else None
    if match and match.group(1) == prefix:
        return prefix, match.group(2)
    return prefix, ""


def index_markdown() -> str:
    """docs/rules/index.md: every rule, grouped by family."""
    lines = [
        "# 规则列表 / Rules",
        "",
        GENERATED,
        "",
        "每条规则的代码或名称都可用于 `select`、`ignore` 和 `jxlint explain`。",
        "Select, ignore or explain a rule by its code or its slug.",
    ]
    seen: set[str] = set()
    for rule in registry.all_rules():
        prefix, title = _family(rule)
        if prefix not in seen:
            seen.add(prefix)
            lines += ["", f"## {prefix} {title}".rstrip(), ""]
            lines += ["| 代码 | 名称 | 默认级别 | 说明 | Summary |", "|---|---|---|---|---|"]
        cells = (
            f"[{rule.code}]({rule.code}.md)",
            f"`{rule.slug}`",
            rule.severity.value,
            rule.summary(),
            rule.summary_en,
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def doc_pages() -> dict[str, str]:
    """File name → content for every generated page in docs/rules/."""
    pages = {
        f"{r.code}.md": rule_markdown(r).replace("\n", f"\n\n{GENERATED}\n", 1) for r in registry.all_rules()
    }
    pages[INDEX] = index_markdown()
    return pages


def stale_docs(folder: Path) -> list[str]:
    """Pages in ``folder`` that are missing, out of date, or left over from a rule that no longer exists."""
    pages = doc_pages()
    stale = []
    for name, content in pages.items():
        path = folder / name
        if not path.is_file() or path.read_text("utf-8") != content:
            stale.append(name)
    if folder.is_dir():
        stale += sorted(p.name for p in folder.iterdir() if _PAGE.match(p.name) and p.name not in pages)
    return sorted(stale)


def write_docs(folder: Path) -> list[str]:
    """Bring ``folder`` up to date; returns the names of pages written or removed."""
    pages = doc_pages()
    changed = stale_docs(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in changed:
        path = folder / name
        if name in pages:
            path.write_text(pages[name], "utf-8", newline="\n")
        else:
            path.unlink()
    return changed
