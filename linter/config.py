"""``jxlint.yaml``: which rules run, at what severity, with which options."""

from __future__ import annotations

import dataclasses
import difflib
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter import registry
from linter.diagnostics import Severity
from linter.rule import Rule

if TYPE_CHECKING:
    import yaml

CONFIG_NAME = "jxlint.yaml"
# Looked for in each folder from the report's own upwards, in this order; the first found wins.
CONFIG_NAMES = ("jxlint.yaml", ".jxlint.yaml", "pyproject.toml")
IGNORED_NAMES = ("jxlint.yml", ".jxlint.yml")  # present but never read: the user gets a warning
LEVELS = ("区", "县", "市", "州", "旗", "镇", "乡", "街道")
KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "rules",
    "issuer-level",
    "framework",
    "time-limit",
    "memory-limit",
)
MAX_NODES = 10_000  # YAML nodes a configuration may expand to with its aliases (a real one has a few dozen)


class ConfigError(ValueError):
    """A configuration problem; the message names the file and the problem (Chinese, with English when known)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else str(self)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("all",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # code → severity
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # code → raw option values
    issuer_level: str | None = None
    framework: str | None = None  # an indicator framework id, overriding the one jxlint detects
    source: str | None = None
    time_limit: float | None = None  # seconds per file; None: the default (see linter.limits)
    memory_limit: int | None = None  # bytes per file; None: the default

    def with_cli(self, select: list[str] | None, ignore: list[str] | None) -> Config:
        return dataclasses.replace(
            self,
            select=tuple(select) if select else self.select,
            extend_select=() if select else self.extend_select,
            ignore=self.ignore + tuple(ignore or ()),
        )

    def selected(self) -> list[type[Rule]]:
        try:
            chosen: dict[str, type[Rule]] = {}
            for sel in (*self.select, *self.extend_select):
                chosen.update((r.code, r) for r in registry.resolve(sel))
            for sel in self.ignore:
                for r in registry.resolve(sel):
                    chosen.pop(r.code, None)
        except registry.SelectorError as exc:
            raise ConfigError(str(exc)) from exc
        return [r for r in registry.all_rules() if r.code in chosen]

    def rule_options(self, rule: type[Rule]) -> Any:
        return build_options(rule, self.options.get(rule.code, {}))


def find_config(start: Path) -> Path | None:
    """The configuration nearest to ``start``: jxlint.yaml, .jxlint.yaml, or a pyproject.toml with a
    ``[tool.jxlint]`` table, in the folder of ``start`` or the nearest parent that has one."""
    return discover(start)[0]


def discover(start: Path) -> tuple[Path | None, list[Path]]:
    """The configuration that applies to ``start``, and the misspelt ones (jxlint.yml) seen on the way."""
    folder = start if start.is_dir() else start.parent
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):
        pass
    ignored: list[Path] = []
    for candidate in (folder, *folder.parents):
        ignored += [candidate / name for name in IGNORED_NAMES if (candidate / name).is_file()]
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path, ignored
    return None, ignored


def _has_tool_table(path: Path) -> bool:
    try:
        return "jxlint" in _toml(path).get("tool", {})
    except ConfigError:
        return "[tool.jxlint]" in path.read_text("utf-8", "replace")  # a broken one is reported when loaded


def _toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: 无法读取配置文件（{exc}）") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML 格式错误：{exc}") from exc


def load_config(path: Path) -> Config:
    if path.suffix.lower() == ".toml":
        tool = _toml(path).get("tool", {})
        data = tool.get("jxlint") if isinstance(tool, dict) else None
        if data is None:
            raise ConfigError(f"{path}: 没有 [tool.jxlint] 配置")
        try:
            return parse_config(data, source=str(path))
        except ConfigError as exc:
            raise ConfigError(f"{path} [tool.jxlint]: {exc}") from exc
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: 无法读取配置文件（{exc}）") from exc
    import yaml

    try:
        data = _load(text)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}", f"{path}: {exc.en}" if exc.en else None) from exc
    except yaml.YAMLError as exc:
        line, column, problem = _yaml_problem(exc)
        raise ConfigError(
            f"{path}: YAML 格式错误" + (f"（第{line}行第{column}列）" if line else "") + f": {problem}",
            f"{path}: YAML error" + (f" at line {line}, column {column}" if line else "") + f": {problem}",
        ) from exc
    try:
        return parse_config(data or {}, source=str(path))
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}", f"{path}: {exc.en}" if exc.en else None) from exc


def _load(text: str) -> Any:
    """The YAML document, refused before it is built when a key repeats or aliases make it explode."""
    import yaml

    loader_class: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_nodes(root: yaml.Node) -> None:
    """Count the nodes the document expands to (an alias counts its whole subtree again, without building
    it) and find repeated keys."""
    import yaml

    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 1  # a node that contains itself counts once
        total = 1
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    if key.value in seen:
                        mark = key.start_mark
                        name = _short(key.value)
                        raise ConfigError(
                            f"第{mark.line + 1}行：键“{name}”重复出现",
                            f"line {mark.line + 1}: the key “{name}” appears twice",
                        )
                    seen[key.value] = key
                total += size(key) + size(value)
                if total > MAX_NODES:
                    break
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                total += size(item)
                if total > MAX_NODES:
                    break
        sizes[id(node)] = total
        return total

    if size(root) > MAX_NODES:
        raise ConfigError(
            f"配置文件展开后超过 {MAX_NODES} 个节点（别名嵌套引用过多），已拒绝读取",
            f"refused: its aliases expand to more than {MAX_NODES} nodes",
        )


def _short(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, int | None, str]:
    """Where (1-based line and column, if known) and what: the library's own English wording."""
    mark = getattr(exc, "problem_mark", None)
    problem = str(getattr(exc, "problem", "") or exc).strip()
    if mark is None:
        return None, None, problem
    return mark.line + 1, mark.column + 1, problem


def parse_config(data: Any, source: str | None = None) -> Config:
    if not isinstance(data, dict):
        raise ConfigError("配置文件的顶层必须是键值映射")
    for key in data:
        if key not in KEYS:
            raise ConfigError(_unknown("配置项", str(key), KEYS))
    select = _selectors(data, "select") or ("all",)
    severity: dict[str, Severity] = {}
    for name, value in _mapping(data, "severity").items():
        rule = _rule(name)
        try:
            severity[rule.code] = Severity(str(value))
        except ValueError as exc:
            raise ConfigError(
                _unknown(f"{name} 的严重级别", str(value), [s.value for s in Severity])
            ) from exc
    options: dict[str, dict[str, Any]] = {}
    for name, values in _mapping(data, "rules").items():
        rule = _rule(name)
        if not isinstance(values, dict):
            raise ConfigError(f"rules.{name} 必须是键值映射")
        build_options(rule, values)  # validate now, not per file
        options[rule.code] = values
    level = data.get("issuer-level")
    if level is not None and level not in LEVELS:
        raise ConfigError(_unknown("issuer-level 取值", _short(level), LEVELS))
    framework = data.get("framework")
    if framework is not None:
        from linter.frameworks import framework_ids

        if framework not in framework_ids():
            raise ConfigError(_unknown("framework 取值", _short(framework), framework_ids()))
    config = Config(
        select=select,
        extend_select=_selectors(data, "extend-select"),
        ignore=_selectors(data, "ignore"),
        severity=severity,
        options=options,
        issuer_level=level,
        framework=framework,
        source=source,
        time_limit=_time_limit(data.get("time-limit")),
        memory_limit=_memory_limit(data.get("memory-limit")),
    )
    config.selected()  # validate selectors
    return config


def _time_limit(value: Any) -> float | None:
    """``time-limit``: seconds per file, a finite number ≥ 0 (0: no limit)."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < float("inf"):
        return float(value)
    shown = _short(repr(value))
    raise ConfigError(
        f"time-limit 的值 {shown} 不对（应为不小于 0 的秒数，0 表示不限）",
        f"time-limit {shown} is not a number of seconds ≥ 0 (0: no limit)",
    )


def _memory_limit(value: Any) -> int | None:
    """``memory-limit``: a size such as 1GB or 500MB, or bytes (0: no limit)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str):
        import argparse

        from linter.limits import parse_size

        try:
            return parse_size(value)
        except argparse.ArgumentTypeError:
            pass
    shown = _short(repr(value))
    raise ConfigError(
        f"memory-limit 的值 {shown} 不对（应为大小，例如 1GB、500MB）",
        f"memory-limit {shown} is not a size such as 1GB or 500MB",
    )


def describe(config: Config) -> dict[str, Any]:
    """The effective settings, as plain data (``jxlint check --show-config``)."""
    return {
        "config": config.source,
        "select": list(config.select),
        "extend-select": list(config.extend_select),
        "ignore": list(config.ignore),
        "severity": {code: level.value for code, level in config.severity.items()},
        "issuer-level": config.issuer_level,
        "framework": config.framework,
        "time-limit": config.time_limit,
        "memory-limit": config.memory_limit,
        "rules": {
            rule.code: {
                f.name.replace("_", "-"): _plain(getattr(config.rule_options(rule), f.name))
                for f in dataclasses.fields(rule.Options)
            }
            for rule in config.selected()
            if dataclasses.fields(rule.Options)
        },
        "enabled": [rule.code for rule in config.selected()],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _selectors(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} 必须是规则代码或名称的列表")
    return tuple(value)


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"{key} 必须是键值映射")
    return value


def _rule(name: Any) -> type[Rule]:
    try:
        return registry.by_name(str(name))
    except registry.SelectorError as exc:
        raise ConfigError(str(exc)) from exc


def build_options(rule: type[Rule], values: dict[str, Any]) -> Any:
    fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(rule.Options)}
    hints = typing.get_type_hints(rule.Options)
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        f = fields.get(str(key))
        if f is None:
            valid = list(fields) or ["（该规则没有选项）"]
            raise ConfigError(_unknown(f"{rule.slug} 的选项", str(key), valid))
        kwargs[f.name] = _convert(hints[f.name], value, f"{rule.slug}.{key}")
    return rule.Options(**kwargs)


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                raise ConfigError(f"{where} 的值 {value} 不能为负数", f"{where} {value} must not be negative")
            return value
    elif hint is Decimal:
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                number = None
            if number is not None:
                if not number.is_finite():
                    raise ConfigError(
                        f"{where} 的值 {_short(value)} 不是有限的数",
                        f"{where} {_short(value)} is not a finite number",
                    )
                if number < 0:
                    raise ConfigError(
                        f"{where} 的值 {_short(value)} 不能为负数",
                        f"{where} {_short(value)} must not be negative",
                    )
                return number
    elif hint is str:
        if isinstance(value, str):
            return value
    elif origin is tuple:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
    name = getattr(hint, "__name__", str(hint))
    raise ConfigError(f"{where} 的值 {_short(repr(value))} 类型不对（应为 {name}）")


def _unknown(what: str, name: str, valid: typing.Iterable[str]) -> str:
    name = _short(name)
    options = list(valid)
    close = difflib.get_close_matches(name, options, n=1, cutoff=0.5)
    if close:
        return f"未知的{what}“{name}”，是否想写“{close[0]}”？"
    if len(options) <= 8:
        return f"未知的{what}“{name}”，可选：{'、'.join(options)}"
    return f"未知的{what}“{name}”"
