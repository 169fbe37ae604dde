"""``jxlint`` command line: check, scores, rules, explain.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage or configuration
error, or a file that could not be checked. Bad input is reported as one line naming the file and the
problem, never a traceback, and one bad file in a batch never stops or hides the others.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from linter import __version__
from linter.config import Config, ConfigError, find_config, load_config
from linter.diagnostics import Severity
from linter.outcome import FileOutcome
from linter.source import ReadError, read_source, supported_suffixes

if TYPE_CHECKING:
    from rich.console import Console

    from linter.engine import Linter

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")
LANGS = ("zh", "en")


class UsageError(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error (or --help / --version)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "scores":
            return _scores(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "explain":
            return _explain(args)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except (UsageError, ConfigError) as exc:
        print(f"jxlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into ``head``
        _silence_stdout()
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jxlint", description="绩效自评报告一致性检查 / self-evaluation report linter"
    )
    parser.add_argument("--version", action="version", version=f"jxlint {__version__}")
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="检查报告（文件或目录）/ lint reports")
    check.add_argument("paths", nargs="+", type=Path)
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="达到此级别的问题使退出码为 1（默认 error）/ exit 1 on findings at or above this severity",
    )
    check.add_argument("--select", action="append", default=None, help="只运行这些规则（代码、前缀或名称）")
    check.add_argument("--ignore", action="append", default=None, help="不运行这些规则")
    check.add_argument("--config", type=Path, default=None, help="配置文件（默认查找 jxlint.yaml）")
    check.add_argument("--lang", choices=LANGS, default="zh")
    check.add_argument("--no-color", action="store_true", help="不使用颜色（也可设置环境变量 NO_COLOR）")

    scores = sub.add_parser("scores", help="显示解析出的分值树 / show the parsed score tree")
    scores.add_argument("path", type=Path)
    scores.add_argument("--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="规则列表 / rule catalogue")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--lang", choices=LANGS, default="zh")
    docs = rules.add_mutually_exclusive_group()
    docs.add_argument(
        "--write-docs",
        type=Path,
        metavar="DIR",
        help="生成每条规则的文档页（如 docs/rules）/ write docs/rules pages",
    )
    docs.add_argument(
        "--check-docs",
        type=Path,
        metavar="DIR",
        help="文档页过期时退出码为 1 / exit 1 if the pages in DIR are stale",
    )

    explain = sub.add_parser("explain", help="规则说明 / explain a rule")
    explain.add_argument("rule", help="规则代码或名称，如 SC101 或 score-above-max")
    return parser


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


_FOLDER_DOCS = ("README", "CHANGELOG", "LICENSE")


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files to check: paths named explicitly as given, and the report files inside named folders.

    Inside a folder, hidden files and folders (``.git``, ``.venv``) and the folder's own documentation
    (README, CHANGELOG, LICENSE) are skipped.
    """
    suffixes = supported_suffixes()
    for path in paths:
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.stem.upper().startswith(_FOLDER_DOCS)
                and p.is_file()
            ]
            yield from sorted(found)
        else:
            yield path


def _check(args: argparse.Namespace) -> int:
    from linter.engine import Linter

    select, ignore = _split(args.select), _split(args.ignore)
    Config().with_cli(select, ignore).selected()  # a bad --select fails before any file is read
    fixed = load_config(args.config) if args.config else None
    configs: dict[Path | None, Config] = {}
    linters: dict[str | None, Linter] = {}

    def linter_for(path: Path) -> Linter:
        config = fixed
        if config is None:
            found = find_config(path)
            if found not in configs:
                configs[found] = load_config(found) if found else Config()
            config = configs[found]
        key = config.source
        if key not in linters:
            linters[key] = Linter(config.with_cli(select, ignore), lang=args.lang)
        return linters[key]

    outcomes: list[FileOutcome] = []
    seen: set[Path] = set()
    for path in iter_files(args.paths):
        key = _identity(path)
        if key in seen:
            continue
        seen.add(key)
        outcomes.append(_lint_one(path, linter_for, args.lang))
    if not outcomes:
        names = "、".join(str(p) for p in args.paths)
        raise UsageError(
            f"{names}：没有找到可检查的文件" if args.lang == "zh" else f"{names}: no files to check"
        )

    if args.format == "json":
        from linter.render.json_out import to_json

        sys.stdout.write(to_json(outcomes))
    else:
        from linter.render.text import render_text

        render_text(outcomes, make_console(args.no_color), args.lang)
    return exit_code(outcomes, args.fail_on)


def make_console(no_color: bool = False) -> Console:
    """The stdout console: never markup or emoji (report text has brackets); no ANSI at all without colour."""
    from rich.console import Console

    plain = no_color or bool(os.environ.get("NO_COLOR"))
    return Console(
        no_color=plain,
        color_system=None if plain else "auto",
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=True,
    )


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def _display(path: Path) -> str:
    """The path as text that can always be printed (undecodable file-name bytes become �)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _lint_one(path: Path, linter_for: Callable[[Path], Linter], lang: str = "zh") -> FileOutcome:
    name = _display(path)
    try:
        source = read_source(path)
    except ReadError as exc:
        return FileOutcome(name, error=exc.text(lang))
    linter = linter_for(path)  # a configuration error stops the run (exit 2)
    try:
        result = linter.lint_text(source.text, name)
    except RecursionError:
        return FileOutcome(
            name, error="structure nested too deeply" if lang == "en" else "结构嵌套过深，无法解析"
        )
    except Exception as exc:  # a bug in jxlint must not hide the other files
        prefix = "internal error" if lang == "en" else "内部错误"
        return FileOutcome(name, error=f"{prefix}：{type(exc).__name__}: {exc}")
    return FileOutcome(name, report=result.report, diagnostics=result.diagnostics, segments=source.segments)


def exit_code(outcomes: list[FileOutcome], fail_on: str) -> int:
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

    name = _display(args.path)
    try:
        source = read_source(args.path)
    except ReadError as exc:
        print(f"jxlint: {name}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        report = parse(source.text, name)
    except RecursionError:
        print(f"jxlint: {name}: 结构嵌套过深，无法解析", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        print(f"jxlint: {name}: 内部错误：{type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "json":
        print(json.dumps(scores_data(report), ensure_ascii=False, indent=2))
    else:
        print(scores_text(report))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from linter.docs import catalogue_data, catalogue_markdown, catalogue_text, stale_docs, write_docs

    if args.write_docs is not None:
        try:
            changed = write_docs(args.write_docs)
        except OSError as exc:
            raise UsageError(f"{args.write_docs}: 无法写入文档（{exc.strerror or exc}）") from exc
        for name in changed:
            print(args.write_docs / name)
        return EXIT_OK
    if args.check_docs is not None:
        stale = stale_docs(args.check_docs)
        for name in stale:
            print(
                f"{args.check_docs / name}: 已过期，请运行 jxlint rules --write-docs {args.check_docs}",
                file=sys.stderr,
            )
        return EXIT_FINDINGS if stale else EXIT_OK
    if args.format == "json":
        print(json.dumps(catalogue_data(), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        print(catalogue_markdown(), end="")
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
    print(rule_markdown(rule), end="")
    return EXIT_OK
