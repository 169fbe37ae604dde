"""The ways into and out of ``jxlint check`` beyond reading files and printing findings: standard input,
``--fix``/``--diff``, baselines, ``--statistics``, ``--show-config``, and the ``annotate`` command.

Kept apart from ``linter.cli`` so that the command line's core stays small; every error here is a one-line
message and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from linter.command import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    display_path,
    exit_code,
    render,
    split_list,
)

if TYPE_CHECKING:
    from linter.baseline import Key
    from linter.outcome import CheckOptions, FileResult
    from linter.render.text import Prepared



def _say(zh: str, en: str, lang: str) -> str:
    return en if lang == "en" else zh


def add_check_options(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "--statistics", action="store_true", help="只输出每条规则的问题数 / print counts per rule instead"
    )
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument(
        "--fix",
        action="store_true",
        help="就地应用安全的修复（仅 .txt/.md）/ apply safe fixes in place (.txt/.md)",
    )
    fixing.add_argument(
        "--diff",
        action="store_true",
        help="以统一差异格式显示修复，不修改文件 / show the fixes as a diff, write nothing",
    )
    check.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="不报告基线文件中已有的问题 / hide findings recorded in FILE",
    )
    check.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="把本次的全部问题写入基线文件 / record all findings in FILE",
    )
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="标准输入（“-”）的文件名，用于显示位置、判断格式和查找配置 / name for standard input",
    )
    check.add_argument(
        "--show-config",
        action="store_true",
        help="显示所用的配置文件和生效的设置 / print the configuration file used and the effective settings",
    )


def add_annotate_options(annotate: argparse.ArgumentParser, langs: Sequence[str]) -> None:
    annotate.add_argument("files", nargs="+", type=Path, help=".docx 或 .xlsx 文件")
    annotate.add_argument(
        "--output",
        "-o",
        type=Path,
        default=None,
        help="副本的路径（只给一个文件时可用）/ the copy's path (one file only)",
    )
    annotate.add_argument("--config", type=Path, default=None, help="配置文件（默认查找 jxlint.yaml）")
    annotate.add_argument("--select", action="append", default=None, help="只运行这些规则")
    annotate.add_argument("--ignore", action="append", default=None, help="不运行这些规则")
    annotate.add_argument("--lang", choices=langs, default="zh")


# --- checks on the flags -----------------------------------------------------------------------------------


def check_flags(args: argparse.Namespace) -> dict[str, Counter[Key]] | None:
    """Reject flag combinations that cannot work, and load the baseline; returns the baseline, if any."""
    lang = args.lang
    stdin = [p for p in args.paths if str(p) == "-"]
    if not args.paths and not args.show_config:
        raise UsageError(
            _say("请给出要检查的文件或目录（“-”表示标准输入）", "no files given (- reads stdin)", lang)
        )
    if stdin and len(args.paths) > 1:
        raise UsageError(
            _say("“-”（标准输入）不能与其他路径同时使用", "- (stdin) cannot be mixed with paths", lang)
        )
    if args.stdin_filename is not None and not stdin:
        raise UsageError(
            _say("--stdin-filename 只能与“-”一起使用", "--stdin-filename needs - as the path", lang)
        )
    if args.statistics and args.format not in ("text",):
        raise UsageError(
            _say("--statistics 不能与 --output-format 同时使用", "--statistics prints its own table", lang)
        )
    if (args.fix or args.diff) and (args.baseline or args.write_baseline):
        raise UsageError(
            _say("--fix/--diff 不能与基线选项同时使用", "--fix/--diff cannot be used with a baseline", lang)
        )
    if args.baseline is not None and args.write_baseline is not None:
        raise UsageError(
            _say("--baseline 与 --write-baseline 不能同时使用", "use --baseline or --write-baseline", lang)
        )
    if args.baseline is None:
        return None
    from linter.baseline import BaselineError, load

    try:
        return load(args.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from exc


def warn_ignored_configs(paths: Sequence[Path], explicit: Path | None, lang: str) -> None:
    """A jxlint.yml sitting where jxlint looks is never read: say so once."""
    if explicit is not None:
        return
    from linter.config import discover

    seen: set[Path] = set()
    folders = dict.fromkeys(p.parent for p in paths)
    for folder in folders:
        for ignored in discover(folder / "_")[1]:
            if ignored in seen:
                continue
            seen.add(ignored)
            print(
                "jxlint: "
                + _say(
                    f"{ignored}：jxlint 不读取 .yml 文件，请改名为 {ignored.stem}.yaml",
                    f"{ignored}: ignored; jxlint reads {ignored.stem}.yaml (rename it)",
                    lang,
                ),
                file=sys.stderr,
            )


# --- the configuration ------------------------------------------------------------------------------------


def show_config(args: argparse.Namespace, select: list[str] | None, ignore: list[str] | None) -> int:
    import json

    from linter.config import Config, describe, discover, load_config

    start = (
        Path(args.stdin_filename) if args.stdin_filename else (args.paths[0] if args.paths else Path.cwd())
    )
    if str(start) == "-":
        start = Path.cwd()
    if args.config is not None:
        path: Path | None = args.config
    else:
        path = discover(start)[0]
        warn_ignored_configs([start / "_" if start.is_dir() else start], None, args.lang)
    config = load_config(path) if path is not None else Config()
    data = describe(config.with_cli(select, ignore))
    if path is None:
        data["config"] = None
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    import yaml

    used = str(path) if path is not None else _say("（无，使用默认设置）", "(none: the defaults)", args.lang)
    print(_say(f"# 配置文件：{used}", f"# configuration file: {used}", args.lang))
    data.pop("config")
    print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None).rstrip())
    return EXIT_OK


# --- standard input ---------------------------------------------------------------------------------------


def check_stdin(
    args: argparse.Namespace,
    select: list[str] | None,
    ignore: list[str] | None,
    baseline: dict[str, Counter[Key]] | None,
) -> int:
    from linter.config import find_config
    from linter.diagnostics import Message
    from linter.fixing import NotFixable, fix_bytes
    from linter.outcome import CheckOptions, FileResult, check_source, linter_for, within_budget
    from linter.source import DEFAULT_MAX_BYTES, ReadError, source_from_bytes

    lang = args.lang
    name = args.stdin_filename or "-"
    path = Path(name if name != "-" else "stdin.txt")
    config = str(args.config) if args.config else (str(found) if (found := find_config(path)) else None)
    if args.config is None and args.no_config:
        config = None
    options = CheckOptions(
        config,
        tuple(select) if select else None,
        tuple(ignore) if ignore else None,
        args.max_size,
        time_limit=args.time_limit,
        memory_limit=args.memory_limit,
    )
    linter = linter_for(options)
    limit = args.max_size or DEFAULT_MAX_BYTES
    data = sys.stdin.buffer.read(limit + 1)  # never more: the input may be endless (< /dev/zero)
    if len(data) > limit:
        result = FileResult(name, error=Message("输入过大", "input too large"))
        return finish([result], args, baseline)
    if args.fix or args.diff:
        try:
            fixed, new = fix_bytes(linter, data, path)
        except (NotFixable, ReadError) as exc:
            print(f"jxlint: {name}: {exc.text(lang)}", file=sys.stderr)
            return EXIT_ERROR
        if args.diff:
            sys.stdout.write(fixed.diff(name))
            return EXIT_FINDINGS if fixed.changed else EXIT_OK
        sys.stdout.buffer.write(new)  # --fix on standard input: the fixed text goes to standard output
        sys.stdout.flush()
        return EXIT_OK

    def work() -> FileResult:
        try:
            source = source_from_bytes(path, data)
        except ReadError as exc:
            return FileResult(name, error=exc.message())
        return check_source(source, name, options)

    return finish([within_budget(name, options, work)], args, baseline)


# --- fixing -----------------------------------------------------------------------------------------------


def fix_files(
    files: Sequence[tuple[Path, str]],
    options_for: Callable[[Path], CheckOptions],
    args: argparse.Namespace,
) -> int | None:
    """Apply (``--fix``) or show (``--diff``) the safe fixes. Returns the exit code when the run ends here
    (``--diff``, or nothing given could be fixed), None when checking goes on with the fixed files (a file
    that could not be fixed is reported and checked all the same, and makes the exit code 2)."""
    from linter.document import ReadError
    from linter.fixing import NotFixable, fix_bytes, fixable, read_for_fix
    from linter.outcome import linter_for

    lang = args.lang
    changed = edits = errors = 0
    attempted = 0
    for path, display in files:
        if not fixable(path):
            message = NotFixable(
                f"{display}：只能修复 .txt/.md 文本文件，此文件未修改",
                f"{display}: not fixable (only .txt/.md files are), left unchanged",
            )
            print(f"jxlint: {message.text(lang)}", file=sys.stderr)
            continue
        attempted += 1
        try:
            data = read_for_fix(path)
            fixed, new = fix_bytes(linter_for(options_for(path)), data, path)
        except (NotFixable, ReadError) as exc:
            print(f"jxlint: {display}: {exc.text(lang)}", file=sys.stderr)
            errors += 1
            continue
        if not fixed.changed:
            continue
        changed += 1
        edits += fixed.applied
        if args.diff:
            sys.stdout.write(fixed.diff(display))
        else:
            try:
                path.write_bytes(new)
            except OSError as exc:
                print(
                    f"jxlint: {display}: {_say('无法写入', 'cannot write', lang)}（{exc.strerror or exc}）",
                    file=sys.stderr,
                )
                errors += 1
    if attempted == 0:
        return EXIT_ERROR
    if args.diff:
        return EXIT_ERROR if errors else (EXIT_FINDINGS if changed else EXIT_OK)
    print(
        "jxlint: "
        + _say(
            f"已修复 {edits} 处，涉及 {changed} 个文件",
            f"fixed {edits} {'edit' if edits == 1 else 'edits'} in {changed} {'file' if changed == 1 else 'files'}",
            lang,
        ),
        file=sys.stderr,
    )
    args.fix_failed = bool(errors)  # the files that failed are still checked; the exit code is 2 in the end
    return None


# --- after checking ---------------------------------------------------------------------------------------


def finish(
    results: list[FileResult],
    args: argparse.Namespace,
    baseline: dict[str, Counter[Key]] | None,
    prepared: Prepared | None = None,
) -> int:
    """Baselines, notes, output and the exit code of a checked batch."""
    lang = args.lang
    for result in results:
        for note in result.notes:
            print(f"jxlint: {result.path}: {note.get(lang)}", file=sys.stderr)
    if args.write_baseline is not None:
        from linter.baseline import BaselineError, write

        try:
            n = write(args.write_baseline, results)
        except BaselineError as exc:
            raise UsageError(str(exc)) from exc
        print(
            "jxlint: "
            + _say(
                f"已把 {n} 个问题写入基线 {args.write_baseline}",
                f"wrote {n} findings to {args.write_baseline}",
                lang,
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR if any(r.error is not None for r in results) else EXIT_OK
    if baseline is not None:
        from linter.baseline import apply

        results, hidden = apply(results, baseline)
        if hidden:
            print(
                "jxlint: "
                + _say(
                    f"基线中已有的 {hidden} 个问题未列出",
                    f"{hidden} findings in the baseline not shown",
                    lang,
                ),
                file=sys.stderr,
            )
    if args.statistics:
        from linter.render.statistics import render_statistics

        render_statistics(results, sys.stdout, lang)
    else:
        render(results, args, prepared)
    return EXIT_ERROR if getattr(args, "fix_failed", False) else exit_code(results, args.fail_on)


# --- annotate ---------------------------------------------------------------------------------------------


def annotate_command(args: argparse.Namespace) -> int:
    from linter.annotate import AnnotateError, annotate
    from linter.config import Config, ConfigError, find_config, load_config
    from linter.document import ReadError
    from linter.outcome import CheckOptions

    lang = args.lang
    if args.output is not None and len(args.files) > 1:
        raise UsageError(_say("--output 只能在给出一个文件时使用", "--output needs exactly one file", lang))
    select, ignore = split_list(args.select), split_list(args.ignore)
    Config().with_cli(select, ignore).selected()
    if args.config is not None:
        load_config(args.config)
    status = EXIT_OK
    for path in args.files:
        name = display_path(path)
        config = args.config if args.config is not None else find_config(path)
        options = CheckOptions(
            str(config) if config else None,
            tuple(select) if select else None,
            tuple(ignore) if ignore else None,
        )
        try:
            out, count = annotate(path, args.output, lang=lang, config=options)
        except (AnnotateError, ReadError) as exc:
            print(f"jxlint: {name}: {exc.text(lang)}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        except ConfigError:
            raise
        except Exception as exc:  # a document python-docx or openpyxl chokes on: this file's error only
            print(
                f"jxlint: {name}: {_say('内部错误', 'internal error', lang)}：{type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            status = EXIT_ERROR
            continue
        print(
            _say(
                f"{name} → {display_path(out)}（{count} 条批注）",
                f"{name} → {display_path(out)} ({count} comments)",
                lang,
            )
        )
    return status
