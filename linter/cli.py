"""``jxlint`` command line: check, scores, rules, explain."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from linter import __version__
from linter.config import Config, ConfigError, find_config, load_config
from linter.diagnostics import Severity
from linter.outcome import FileOutcome
from linter.source import TEXT_SUFFIXES, ReadError, read_source

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


class UsageError(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "scores":
            return _scores(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "explain":
            return _explain(args)
        parser.print_help()
        return EXIT_ERROR
    except (UsageError, ConfigError) as exc:
        print(f"jxlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jxlint", description="绩效自评报告一致性检查 / self-evaluation report linter")
    parser.add_argument("--version", action="version", version=f"jxlint {__version__}")
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="检查报告（文件或目录）/ lint reports")
    check.add_argument("paths", nargs="+", type=Path)
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--fail-on", choices=FAIL_ON, default="error")
    check.add_argument("--select", action="append", default=None, help="只运行这些规则（代码、前缀或名称）")
    check.add_argument("--ignore", action="append", default=None, help="不运行这些规则")
    check.add_argument("--config", type=Path, default=None, help="配置文件（默认查找 jxlint.yaml）")
    check.add_argument("--lang", choices=("zh", "en"), default="zh")
    check.add_argument("--no-color", action="store_true")

    scores = sub.add_parser("scores", help="显示解析出的分值树 / show the parsed score tree")
    scores.add_argument("path", type=Path)
    scores.add_argument("--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="规则列表 / rule catalogue")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--lang", choices=("zh", "en"), default="zh")

    explain = sub.add_parser("explain", help="规则说明 / explain a rule")
    explain.add_argument("rule")
    return parser


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def iter_files(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    """Files to check, each with whether it was named explicitly."""
    for path in paths:
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()]
            for p in sorted(found):
                yield p, False
        else:
            yield path, True


def _check(args: argparse.Namespace) -> int:
    from linter.engine import Linter

    select, ignore = _split(args.select), _split(args.ignore)
    fixed = load_config(args.config) if args.config else None
    linters: dict[str | None, Linter] = {}

    def linter_for(path: Path) -> Linter:
        config = fixed
        if config is None:
            found = find_config(path)
            key = str(found) if found else None
            if key in linters:
                return linters[key]
            config = load_config(found) if found else Config()
        key = config.source
        if key not in linters:
            linters[key] = Linter(config.with_cli(select, ignore), lang=args.lang)
        return linters[key]

    outcomes: list[FileOutcome] = []
    seen: set[str] = set()
    for path, _explicit in iter_files(args.paths):
        name = str(path)
        if name in seen:
            continue
        seen.add(name)
        outcomes.append(_lint_one(path, linter_for))
    if not outcomes:
        raise UsageError("没有找到可检查的文件" if args.lang == "zh" else "no files to check")

    if args.format == "json":
        from linter.render.json_out import to_json

        sys.stdout.write(to_json(outcomes))
    else:
        from rich.console import Console

        from linter.render.text import render_text

        no_color = args.no_color or "NO_COLOR" in os.environ
        console = Console(no_color=no_color, highlight=False, soft_wrap=True, emoji=False)
        render_text(outcomes, console, args.lang)
    return _exit_code(outcomes, args.fail_on)


def _lint_one(path: Path, linter_for: object) -> FileOutcome:
    try:
        source = read_source(path)
    except ReadError as exc:
        return FileOutcome(str(path), error=str(exc))
    try:
        linter = linter_for(path)  # type: ignore[operator]
        result = linter.lint_text(source.text, str(path))
    except ConfigError:
        raise
    except RecursionError:
        return FileOutcome(str(path), error="结构嵌套过深，无法解析")
    except Exception as exc:  # a bug in jxlint must not hide the other files
        return FileOutcome(str(path), error=f"内部错误：{type(exc).__name__}: {exc}")
    return FileOutcome(str(path), report=result.report, diagnostics=result.diagnostics)


def _exit_code(outcomes: list[FileOutcome], fail_on: str) -> int:
    if any(o.error is not None for o in outcomes):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    worst = max((d.severity.rank for o in outcomes for d in o.diagnostics), default=0)
    return EXIT_FINDINGS if worst >= threshold else EXIT_OK


def _scores(args: argparse.Namespace) -> int:
    from linter.parse.parser import parse
    from linter.render.scores import scores_data, scores_text

    try:
        source = read_source(args.path)
    except ReadError as exc:
        print(f"jxlint: {args.path}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    report = parse(source.text, str(args.path))
    if args.format == "json":
        print(json.dumps(scores_data(report), ensure_ascii=False, indent=2))
    else:
        print(scores_text(report))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from linter.docs import catalogue_data, catalogue_markdown, catalogue_text

    if args.format == "json":
        print(json.dumps(catalogue_data(), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        print(catalogue_markdown())
    else:
        print(catalogue_text(args.lang))
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from linter import registry
    from linter.docs import rule_markdown

    try:
        rule = registry.by_name(args.rule)
    except registry.SelectorError as exc:
        raise UsageError(str(exc)) from exc
    print(rule_markdown(rule))
    return EXIT_OK
