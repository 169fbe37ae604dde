"""Generated docs stay in step with the rules; the JSON output docs match the schema."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from linter import registry
from linter.config import parse_config
from linter.docs import GENERATED, INDEX, doc_pages, option_data, rule_markdown, stale_docs, write_docs
from linter.rule import Rule

ROOT = Path(__file__).resolve().parent.parent
RULE_DOCS = ROOT / "docs" / "rules"
JSON_DOC = ROOT / "docs" / "json-output.md"


def _schema() -> dict[str, Any]:
    text = resources.files("linter").joinpath("schema/jxlint-output.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def test_rule_docs_are_up_to_date() -> None:
    stale = stale_docs(RULE_DOCS)
    assert not stale, f"docs/rules is stale ({', '.join(stale)}): run `jxlint rules --write-docs docs/rules`"


def test_write_docs_writes_every_page_then_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    written = write_docs(folder)
    assert sorted(written) == sorted(doc_pages())
    assert {p.name for p in folder.iterdir()} == {f"{r.code}.md" for r in registry.all_rules()} | {INDEX}
    assert write_docs(folder) == []


def test_write_docs_repairs_edits_and_removes_pages_of_gone_rules(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    write_docs(folder)
    (folder / "SC101.md").write_text("hand edited", "utf-8")
    (folder / "ZZ999.md").write_text("a rule that no longer exists", "utf-8")
    (folder / "README.md").write_text("not a rule page", "utf-8")
    assert stale_docs(folder) == ["SC101.md", "ZZ999.md"]
    assert sorted(write_docs(folder)) == ["SC101.md", "ZZ999.md"]
    assert not (folder / "ZZ999.md").exists()
    assert (folder / "README.md").read_text("utf-8") == "not a rule page"
    assert stale_docs(folder) == []


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.code)
def test_rule_page(rule: type[Rule]) -> None:
    page = doc_pages()[f"{rule.code}.md"]
    assert page.startswith(f"# {rule.code} {rule.slug}\n")
    assert GENERATED in page
    for heading in ("## 检查内容", "## 为什么", "## 反例", "## 正例"):
        assert heading in page, heading
    assert page.count("```") % 2 == 0
    assert page.endswith("\n") and not page.endswith("\n\n")


def test_index_lists_every_rule_by_family() -> None:
    index = doc_pages()[INDEX]
    for rule in registry.all_rules():
        assert f"| [{rule.code}]({rule.code}.md) | `{rule.slug}` |" in index
    assert "## SC 分值与得分" in index


def test_options_are_documented_with_defaults() -> None:
    page = rule_markdown(registry.by_name("SC201"))
    assert "| `tolerance` | number | `0` |" in page
    assert "rules:\n  score-sum-mismatch:\n    tolerance: 0\n" in page
    assert "## 配置 / configuration" not in rule_markdown(registry.by_name("SC101"))


def test_schema_is_valid_draft_2020_12() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_json_doc_examples_validate() -> None:
    doc = JSON_DOC.read_text("utf-8")
    blocks = re.findall(r"```json\n(.*?)```", doc, re.S)
    assert len(blocks) == 2
    schema = _schema()
    jsonschema.Draft202012Validator(schema).validate(json.loads(blocks[0]))
    diagnostic_schema = {"$ref": "#/$defs/diagnostic", "$defs": schema["$defs"]}
    jsonschema.Draft202012Validator(diagnostic_schema).validate(json.loads(blocks[1]))


def _property_names(node: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        names |= set(node.get("properties", {}))
        for value in node.values():
            names |= _property_names(value)
    elif isinstance(node, list):
        for value in node:
            names |= _property_names(value)
    return names


def test_json_doc_mentions_every_field() -> None:
    doc = JSON_DOC.read_text("utf-8")
    missing = sorted(name for name in _property_names(_schema()) if f"`{name}`" not in doc)
    assert not missing, f"docs/json-output.md does not document {missing}"


def test_schema_rejects_unknown_fields() -> None:
    validator = jsonschema.Draft202012Validator(_schema())
    good = {
        "schema_version": 1,
        "tool": {"name": "jxlint", "version": "0"},
        "files": [{"path": "a.txt", "error": None, "diagnostics": []}],
        "summary": {"files": 1, "error": 0, "warning": 0, "info": 0, "unreadable": 0},
    }
    validator.validate(good)
    assert not validator.is_valid(good | {"extra": 1})
    bad_file = {"path": "a.txt", "error": None, "diagnostics": [], "encoding": "utf-8"}
    assert not validator.is_valid(good | {"files": [bad_file]})


@pytest.mark.parametrize("rule", [r for r in registry.all_rules() if option_data(r)], ids=lambda r: r.code)
def test_configuration_example_is_a_valid_config(rule: type[Rule]) -> None:
    page = rule_markdown(rule)
    [block] = re.findall(r"```yaml\n(.*?)```", page, re.S)
    config = parse_config(yaml.safe_load(block))
    assert config.rule_options(rule) == rule.Options()
