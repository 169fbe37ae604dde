"""jxlint.yaml: selection, severity, options, and clear errors for mistakes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from linter.config import ConfigError, find_config, load_config, parse_config
from linter.diagnostics import Severity
from linter.engine import Linter

TEXT = "（6）满意度总分值为4分，自评分为4分\n其中：社会公众满意度得2分；服务对象满意度得5分。\n"


def codes(config: dict[str, object]) -> set[str]:
    return {d.code for d in Linter(parse_config(config)).lint_text(TEXT).diagnostics}


def test_select_by_code_slug_and_prefix() -> None:
    assert codes({"select": ["SC101"]}) == {"SC101"}
    assert codes({"select": ["score-sum-mismatch"]}) == {"SC201"}
    assert codes({"select": ["SC"]}) >= {"SC101", "SC201"}
    assert codes({"select": ["SC2"]}) == {"SC201"}


def test_ignore_and_extend_select() -> None:
    assert "SC101" not in codes({"select": ["SC"], "ignore": ["score-above-max"]})
    assert codes({"select": ["SC201"], "extend-select": ["SC101"]}) == {"SC101", "SC201"}


def test_severity_override() -> None:
    config = parse_config({"select": ["SC101"], "severity": {"score-above-max": "warning"}})
    (d,) = Linter(config).lint_text(TEXT).diagnostics
    assert d.severity is Severity.WARNING


def test_rule_options_are_typed() -> None:
    config = parse_config({"rules": {"SC201": {"tolerance": 0.5}}})
    from linter.registry import by_name

    assert config.rule_options(by_name("SC201")).tolerance == Decimal("0.5")


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({"selct": ["SC"]}, "select"),
        ({"select": ["score-above-maxx"]}, "score-above-max"),
        ({"ignore": ["SC999"]}, "“SC999”"),
        ({"severity": {"SC101": "fatal"}}, "error"),
        ({"rules": {"score-sum-mismatch": {"tolerence": 1}}}, "tolerance"),
        ({"rules": {"score-sum-mismatch": {"tolerance": "abc"}}}, "tolerance"),
        ({"rules": {"score-sum-mismatch": {"tolerance": [1]}}}, "tolerance"),
        ({"issuer-level": "村"}, "issuer-level"),
        (["select"], "顶层"),
    ],
)
def test_errors_name_the_problem(data: object, needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert needle in str(info.value)


def test_found_beside_or_above_the_report(tmp_path: Path) -> None:
    (tmp_path / "jxlint.yaml").write_text("select: [SC101]\nissuer-level: 区\n", encoding="utf-8")
    report = tmp_path / "a" / "b" / "r.txt"
    report.parent.mkdir(parents=True)
    report.write_text(TEXT, encoding="utf-8")
    found = find_config(report)
    assert found == tmp_path / "jxlint.yaml"
    config = load_config(found)
    assert config.issuer_level == "区" and config.select == ("SC101",)


def test_malformed_yaml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "jxlint.yaml"
    path.write_text("select: [SC101\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "jxlint.yaml" in str(info.value) and "YAML" in str(info.value)


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    path = tmp_path / "jxlint.yaml"
    path.write_text("select: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path)


def test_framework_key_overrides_detection(tmp_path: Path) -> None:
    from linter.config import load_config
    from linter.engine import Linter

    text = "一、投入（20分，得20分）\n二、过程（30分，得29分）\n"
    (tmp_path / "jxlint.yaml").write_text("framework: department-six\n", encoding="utf-8")
    configured = Linter(load_config(tmp_path / "jxlint.yaml")).lint_text(text).report
    detected = Linter().lint_text(text).report
    assert detected.framework is not None and detected.framework.id == "department-2013"
    assert configured.framework is not None and configured.framework.id == "department-six"
    assert configured.framework_reason == "配置文件指定（framework）"


def test_unknown_framework_names_the_nearest(tmp_path: Path) -> None:
    from linter.config import ConfigError, load_config

    (tmp_path / "jxlint.yaml").write_text("framework: project-2002\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="project-2020"):
        load_config(tmp_path / "jxlint.yaml")
