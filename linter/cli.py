"""``jxlint`` command line: check, scores, rules, explain, lsp, serve.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage or configuration
error, or a file that could not be checked. Bad input is reported as one line naming the file and the
problem, never a traceback, and one bad file in a batch never stops or hides the others.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from linter import __version__, patterns
from linter.command import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    display_path,
    split_list,
)
from linter.exclude import Excluder
from linter.limits import parse_size

if TYPE_CHECKING:
    from collections import Counter
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    from linter.baseline import Key
    from linter.outcome import CheckOptions, FileResult
    from linter.render.text import Prepared

FAIL_ON = ("error", "warning", "info", "never")
LANGS = ("zh", "en")
FORMATS = ("text", "concise", "json", "sarif", "github", "junit", "summary")
SORT_KEYS = ("path", "claimed", "recomputed", "error", "warning", "info")
PROGRESS_MIN_FILES = 9  # a progress bar only for more than a handful of files
MAX_CHUNK = 16  # files sent to a worker at once
# A forked worker is ready at once; a spawned one imports jxlint afresh, which costs as much as checking
# a dozen files, so it is worth starting only for more files than that.
FILES_PER_WORKER = {"fork": 2, "spawn": 16, "forkserver": 16}


class Terminated(BaseException):
    """SIGTERM arrived: stop like Ctrl-C does, workers and converters included."""


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """SIGTERM raises Terminated in the main thread, so every ``finally`` runs and the workers are stopped."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _ignore_signals() -> None:
    import signal

    for name in ("SIGINT", "SIGTERM"):
        try:
            signal.signal(getattr(signal, name), signal.SIG_IGN)
        except (AttributeError, ValueError, OSError):
            pass


_STOPPED_WORKERS: list[object] = []  # pools whose workers were ended by a stop (Ctrl-C, SIGTERM)
_LEFT_TO_EXIT: list[object] = []  # the last file's report, freed by the process's end (see check_source)


def run() -> None:
    """The ``jxlint`` command: ``main()``, then exit with its code at once, once standard output and error are
    flushed. The interpreter's own teardown (freeing every module and object one by one, a last garbage
    collection) would add a sixth to a fresh check's time, and after workers were ended by Ctrl-C or SIGTERM the
    process pool's exit handler would print a traceback about the pipes those workers left behind. Every file
    jxlint writes is written and closed before ``main`` returns. Under a profiler or a coverage tracer, which
    write their results at exit, the process ends the ordinary way (unless workers were stopped)."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    if _STOPPED_WORKERS or (sys.gettrace() is None and sys.getprofile() is None):
        os._exit(code)
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    parser = _parser(_lang_of(given), _command_of(given))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error (or --help / --version)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if args.command != "check":
        _collect_from_now_on()  # the servers run for hours, the others may read many documents
    try:
        if args.command == "check":
            with stop_on_sigterm():
                return _check(args)
        if args.command == "scores":
            with stop_on_sigterm():
                return _scores(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "annotate":
            from linter.workflow import annotate_command

            return annotate_command(args)
        if args.command == "new-rule":
            return _new_rule(args)
        if args.command == "lsp":
            from linter.lsp import main as lsp_main  # pygls is loaded only for this command

            return lsp_main()
        if args.command == "serve":
            from linter.web.app import main as serve_main  # as are Starlette and uvicorn

            return serve_main(args.port, args.open, args.max_size, args.timeout)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"jxlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into ``head``
        _silence_stdout()
        return EXIT_ERROR
    except KeyboardInterrupt:
        _ignore_signals()  # a second Ctrl-C while shutting down prints nothing
        return 130
    except MemoryError:  # outside any file's budget (standard input, --fix): still no traceback
        print("jxlint: 内存不足 / out of memory", file=sys.stderr)
        return EXIT_ERROR
    except Terminated:
        _ignore_signals()
        return 143
    except Exception as exc:
        from linter.config import ConfigError  # imported only now: ``check`` has it loaded already

        if not isinstance(exc, ConfigError):
            raise
        print(f"jxlint: {exc.text(getattr(args, 'lang', 'zh'))}", file=sys.stderr)
        return EXIT_ERROR


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parser(lang: str = "zh", command: str | None = None) -> argparse.ArgumentParser:
    """The command line. Given a known ``command``, only its parser is built (all commands' when None): a fresh
    ``jxlint check`` need not build the other commands, their options and their help formatters."""

    def t(zh: str, en: str) -> str:
        return en if lang == "en" else zh

    parser = argparse.ArgumentParser(
        prog="jxlint",
        description=t(
            "绩效自评报告一致性检查", "a consistency linter for budget-performance self-evaluation reports"
        ),
    )
    parser.add_argument("--version", action="version", version=f"jxlint {__version__}")
    sub = parser.add_subparsers(dest="command")
    # A known command needs only its own parser; the list of all of them is for help and for mistakes.
    for name in [command] if command in _COMMANDS else _COMMANDS:
        zh, en, arguments = _COMMANDS[name]
        one = sub.add_parser(name, help=t(zh, en))
        if command is None or command == name:
            arguments(one, t)
    if lang == "en":
        _english_help(parser)
    return parser


def _command_of(argv: Sequence[str]) -> str:
    """The command named on the command line: its first word that is not an option ("" when there is none)."""
    return next((arg for arg in argv if not arg.startswith("-")), "")


def _lang_help(t: Callable[[str, str], str]) -> str:
    return t("说明文字的语言（zh 中文，en 英文）", "language of messages and help (zh Chinese, en English)")


def _check_arguments(check: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help=t("报告文件或目录；“-”表示标准输入", "report files or folders, or - for standard input"),
    )
    check.add_argument(
        "--output-format",
        "--format",
        dest="format",
        choices=FORMATS,
        default="text",
        help=t(
            "text：问题及汇总；concise：每个问题一行；json；sarif；github：GitHub Actions 注释；junit；"
            "summary：每个文件的得分与问题数（见 docs/output-formats.md）",
            "text: findings and totals; concise: one line a finding; json; sarif; github: GitHub Actions "
            "annotations; junit; summary: a per-file table (see docs/output-formats.md)",
        ),
    )
    from linter.workflow import add_check_options

    add_check_options(check)
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help=t("达到此级别的问题使退出码为 1（默认 error）", "exit 1 on findings at or above this severity"),
    )
    check.add_argument(
        "--select",
        action="append",
        default=None,
        help=t("只运行这些规则（代码、前缀或名称）", "run only these rules (code, prefix or name)"),
    )
    check.add_argument(
        "--ignore", action="append", default=None, help=t("不运行这些规则", "skip these rules")
    )
    check.add_argument(
        "--config",
        type=Path,
        default=None,
        help=t("配置文件（默认查找 jxlint.yaml）", "config file (default: jxlint.yaml)"),
    )
    check.add_argument("--lang", choices=LANGS, default="zh", help=_lang_help(t))
    check.add_argument(
        "--no-color",
        action="store_true",
        help=t("不使用颜色（也可设置环境变量 NO_COLOR）", "no colours (or set NO_COLOR)"),
    )
    check.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        default=None,
        metavar="N",
        help=t(
            "并行检查的进程数（默认为 CPU 核数；1 表示不另起进程）", "worker processes (default: CPU count)"
        ),
    )
    check.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help=t(
            "跳过匹配的文件或目录（gitignore 写法，支持 **；与目录内的相对路径、含所给目录的路径或文件名比较，可重复）",
            "skip matching files and folders (gitignore-style, with **; matched against the path inside the "
            "folder given, the path with that folder, and the name; repeatable)",
        ),
    )
    check.add_argument(
        "--max-size",
        type=parse_size,
        default=None,
        metavar="SIZE",
        help=t(
            "超过此大小的文件不检查（默认 50MB；可写 500KB、2GB）",
            "refuse files larger than this (default 50MB)",
        ),
    )
    _limit_arguments(check, t)
    check.add_argument(
        "--no-config",
        action="store_true",
        help=t(
            "不使用找到的配置文件（--config 仍然有效）", "ignore configuration files found beside the reports"
        ),
    )
    check.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="path",
        help=t("汇总表按此列排序（默认 path）", "sort the summary table by this column"),
    )
    check.add_argument("--reverse", action="store_true", help=t("汇总表倒序", "reverse the summary table"))


def _scores_arguments(scores: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    scores.add_argument("path", type=Path, help=t("报告文件", "a report file"))
    scores.add_argument("--format", choices=("text", "json"), default="text")
    scores.add_argument("--lang", choices=LANGS, default="zh", help=_lang_help(t))
    scores.add_argument(
        "--config", type=Path, default=None, help=t("配置文件（默认就近查找）", "configuration file (default: nearest)")
    )
    scores.add_argument(
        "--max-size",
        type=parse_size,
        default=None,
        metavar="SIZE",
        help=t("文件大小上限（默认 50MB）", "refuse files larger than this (default 50MB)"),
    )
    _limit_arguments(scores, t)


def _rules_arguments(rules: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--lang", choices=LANGS, default="zh", help=_lang_help(t))
    docs = rules.add_mutually_exclusive_group()
    docs.add_argument(
        "--write-docs",
        type=Path,
        metavar="DIR",
        help=t("生成每条规则的文档页（如 docs/rules）", "write the rule pages (such as docs/rules)"),
    )
    docs.add_argument(
        "--check-docs",
        type=Path,
        metavar="DIR",
        help=t("文档页过期时退出码为 1", "exit 1 if the pages in DIR are stale"),
    )


def _explain_arguments(explain: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    explain.add_argument(
        "rule", help=t("规则代码或名称，如 SC101 或 score-above-max", "a rule code or name, such as SC101")
    )
    explain.add_argument("--lang", choices=LANGS, default="zh", help=_lang_help(t))


def _new_rule_arguments(new_rule: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    new_rule.add_argument("family", help=t("规则类别，如 score 或 SC", "rule family, such as score or SC"))
    new_rule.add_argument("slug", help=t("规则名称，如 score-above-max", "rule name, such as score-above-max"))
    new_rule.add_argument(
        "--root", type=Path, default=None, help=t("含 rules/ 的项目目录", "the project folder holding rules/")
    )


def _lsp_arguments(lsp: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    lsp.add_argument(
        "--stdio", action="store_true", help=t("经标准输入输出通信（默认）", "talk on stdio (the default)")
    )


def _serve_arguments(serve: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    serve.add_argument(
        "--port", type=int, default=8765, help=t("端口（默认 8765；0 表示任选）", "port (0: any free one)")
    )
    serve.add_argument(
        "--open", action="store_true", help=t("启动后打开浏览器", "open the page in a browser")
    )
    serve.add_argument(
        "--max-size",
        type=parse_size,
        default=20 * 1024**2,
        metavar="SIZE",
        help=t("一次上传的大小上限（默认 20MB）", "limit of one upload (default 20MB)"),
    )
    serve.add_argument(
        "--timeout",
        type=_positive_int,
        default=60,
        metavar="SECONDS",
        help=t("每个文件的检查时限（默认 60 秒）", "time limit for each file (default 60 s)"),
    )


def _annotate_arguments(annotate: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    from linter.workflow import add_annotate_options

    add_annotate_options(annotate, LANGS)


Arguments = Callable[[argparse.ArgumentParser, Callable[[str, str], str]], None]
_COMMANDS: dict[str, tuple[str, str, Arguments]] = {
    "check": ("检查报告（文件或目录）", "lint reports (files or folders)", _check_arguments),
    "scores": ("显示解析出的分值树", "show the parsed score tree", _scores_arguments),
    "rules": ("规则列表", "rule catalogue", _rules_arguments),
    "annotate": (
        "生成带批注的副本（报告.jxlint.docx）",
        "write a copy with a comment on each finding",
        _annotate_arguments,
    ),
    "explain": ("规则说明", "explain a rule", _explain_arguments),
    "new-rule": ("新建一条规则：模块、用例和文档页", "scaffold a rule: module, cases and doc page", _new_rule_arguments),
    "lsp": ("语言服务器（供编辑器使用）", "language server for editors", _lsp_arguments),
    "serve": ("在浏览器中检查报告的本机网页", "a local web page for checking reports", _serve_arguments),
}


def _english_help(parser: argparse.ArgumentParser) -> None:
    """Help written “中文 / English” shows only its English part."""

    def english(text: str | None) -> str | None:
        parts = patterns.compile(r"(?<=[^\x00-\x7f])\s*/\s+|\s+/\s+").split(text or "")
        return parts[-1] if len(parts) > 1 else text

    for action in parser._actions:
        action.help = english(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = english(choice.help)
            for sub in set(action.choices.values()):
                _english_help(sub)


def _lang_of(argv: Sequence[str]) -> str:
    """The --lang given on the command line (for the help text, printed before the arguments are parsed)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


def _limit_arguments(parser: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    """The per-file budget (linter.limits), for check and scores alike."""
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=t(
            "单个文件的检查时间上限（默认 60 秒，0 为不限）", "time budget per file (default 60 s, 0: none)"
        ),
    )
    parser.add_argument(
        "--memory-limit",
        type=_size_or_zero,
        default=None,
        metavar="SIZE",
        help=t(
            "单个文件可用的内存上限（默认 1GB，0 为不限）", "memory budget per file (default 1GB, 0: none)"
        ),
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"“{text}”不是秒数（不小于 0）/ not a number of seconds")
    return value


def _size_or_zero(text: str) -> int:
    return 0 if text.strip() == "0" else parse_size(text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}”不是正整数 / not a positive integer")
    return value


def default_jobs() -> int:
    """The CPUs this process may use."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return max(1, count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# --- which files ------------------------------------------------------------------------------------------

_FOLDER_DOCS = ("README", "CHANGELOG", "LICENSE")


@dataclass(slots=True)
class Collected:
    """The files to check (path and display name, sorted by display name), and what was left out."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # explicitly named files of an unknown format
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)  # name, reason (zh), reason (en)


def collect(paths: Sequence[Path], exclude: Sequence[str] = ()) -> Collected:
    """Files named explicitly, and the report files inside named folders; each file once, sorted.

    Inside a folder, hidden files and folders (``.git``, ``.venv``), the folder's own documentation (README,
    CHANGELOG, LICENSE) and files of other formats are skipped silently; symbolic links to folders are not
    followed, so a link loop cannot make the walk endless. An explicitly named file of an unknown format is
    skipped with a note. ``exclude`` patterns are matched as ``linter.exclude`` describes; a matching folder
    is not entered.
    """
    from linter.source import supported_suffixes

    suffixes = supported_suffixes()
    patterns = Excluder(exclude)
    found = Collected()
    for given in paths:
        if given.is_dir():
            for path in _walk(given, suffixes, patterns, found):
                found.files.append((path, display_path(path)))
        elif patterns.excludes(given.name, given.as_posix(), given.name):
            continue
        elif given.suffix.lower() not in suffixes and os.path.lexists(given):
            found.skipped.append(display_path(given))
        elif given.exists() and not given.is_file():  # a pipe or a device: reading it could wait forever
            found.unreadable.append((display_path(given), "不是普通文件", "not a regular file"))
        else:
            found.files.append((given, display_path(given)))  # a missing file is that file's error
    # The same file named twice (a.txt, ./a.txt, a link to it) is checked once, under the smallest name.
    unique: dict[object, tuple[Path, str]] = {}
    for path, display in found.files:
        key = _identity(path)
        if key not in unique or display < unique[key][1]:
            unique[key] = (path, display)
    found.files = sorted(unique.values(), key=lambda item: item[1])
    found.skipped = sorted(set(found.skipped))
    return found


def _walk(top: Path, suffixes: frozenset[str], patterns: Excluder, found: Collected) -> Iterator[Path]:
    def failed(exc: OSError) -> None:
        found.unreadable.append((display_path(Path(exc.filename or top)), *_os_error_text(exc)))

    for folder, subfolders, names in os.walk(top, onerror=failed):  # links to folders are not followed
        rel = Path(os.path.relpath(folder, top)).as_posix()
        prefix = "" if rel == "." else rel + "/"
        shown = top.as_posix().rstrip("/") + "/" + prefix
        subfolders[:] = [
            d
            for d in subfolders
            if not d.startswith(".") and not patterns.excludes(prefix + d, shown + d, d, folder=True)
        ]
        for name in names:
            stem, suffix = os.path.splitext(name)
            if (
                suffix.lower() not in suffixes
                or name.startswith(".")
                or stem.upper().startswith(_FOLDER_DOCS)
                or patterns.excludes(prefix + name, shown + name, name)
            ):
                continue
            path = Path(folder, name)
            if path.is_file():  # not a dangling link
                yield path


def _identity(path: Path) -> object:
    """What makes two names the same file: its device and inode (one ``stat``, links followed), or for a
    file that cannot be reached, its absolute path."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return os.path.abspath(path)
    return found.st_dev, found.st_ino


# --- check ------------------------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    """``jxlint check``: options validated, files collected, checked, then rendered with an exit code."""
    from linter import workflow

    select, ignore, baseline = _validated(args)
    if args.show_config:
        return workflow.show_config(args, select, ignore)
    if args.paths == [Path("-")]:
        return workflow.check_stdin(args, select, ignore, baseline)
    found = _files_to_check(args)
    options_for = _options_by_folder(args, select, ignore)
    workflow.warn_ignored_configs([path for path, _ in found.files], args.config, args.lang)
    if args.fix or args.diff:
        _collect_from_now_on()
        done = workflow.fix_files(found.files, options_for, args)
        if done is not None:
            return done
    prepared = _prepared(args)
    results = _run(found, options_for, args, prepared)
    return workflow.finish(results, args, baseline, prepared)


def _prepared(args: argparse.Namespace) -> Prepared | None:
    """For plain text output (into a file or pipe), the files' blocks are laid out as their results arrive
    (``render.text.Prepared``)."""
    if args.format != "text" or args.statistics:
        return None
    from linter.render.console import plain_console

    console = plain_console()
    if console is None:
        return None
    from linter.render.text import Prepared

    return Prepared(console.width, args.lang)


def _validated(
    args: argparse.Namespace,
) -> tuple[list[str] | None, list[str] | None, dict[str, Counter[Key]] | None]:
    """The rule selectors and the baseline; a bad selector, configuration, flag combination or baseline fails
    here (exit 2) before any file is read."""
    from linter import workflow
    from linter.config import Config, load_config

    select, ignore = split_list(args.select), split_list(args.ignore)
    Config().with_cli(select, ignore).selected()
    if args.config is not None:
        load_config(args.config)
    return select, ignore, workflow.check_flags(args)


def _files_to_check(args: argparse.Namespace) -> Collected:
    """The files under the paths given; a note for each file skipped, and an error when there is none."""
    from linter.render.names import escape_name

    lang = args.lang
    found = collect(args.paths, args.exclude)
    for name in map(escape_name, found.skipped):
        note = (
            f"{name}: skipped, not a report format jxlint reads"
            if lang == "en"
            else f"{name}：不是可检查的报告格式，已跳过"
        )
        print(f"jxlint: {note}", file=sys.stderr)
    if not found.files and not found.unreadable:
        names = "、".join(escape_name(display_path(p)) for p in args.paths)
        raise UsageError(f"{names}：没有找到可检查的文件" if lang == "zh" else f"{names}: no files to check")
    return found


def _options_by_folder(
    args: argparse.Namespace, select: list[str] | None, ignore: list[str] | None
) -> Callable[[Path], CheckOptions]:
    """The options a file is checked with: the command line's, and the configuration nearest to it (looked
    up once per folder) unless --config or --no-config says otherwise."""
    from linter.config import find_config
    from linter.outcome import CheckOptions

    base = CheckOptions(
        select=tuple(select) if select else None,
        ignore=tuple(ignore) if ignore else None,
        max_bytes=args.max_size,
        time_limit=args.time_limit,
        memory_limit=args.memory_limit,
    )
    configs: dict[Path, str | None] = {}

    def options_for(path: Path) -> CheckOptions:
        if args.config is not None:
            config: str | None = str(args.config)
        elif args.no_config:
            config = None
        else:
            folder = path.parent
            if folder not in configs:
                located = find_config(path)
                configs[folder] = str(located) if located else None
            config = configs[folder]
        return base._replace(config=config)

    return options_for


def _run(
    found: Collected,
    options_for: Callable[[Path], CheckOptions],
    args: argparse.Namespace,
    prepared: Prepared | None = None,
) -> list[FileResult]:
    """Every file checked (in worker processes when there are several and --jobs allows), the unreadable ones
    as errors, in path order."""
    from linter.diagnostics import Message
    from linter.outcome import FileResult, linter_for

    lang = args.lang
    items = [(str(path), display, options_for(path)) for path, display in found.files]
    jobs = args.jobs or default_jobs()
    context = _pool_context() if jobs > 1 and len(items) > 1 else None
    if context is not None:
        jobs = worker_count(jobs, len(items), context.get_start_method())
        context = context if jobs > 1 else None
    for options in dict.fromkeys(options for _, _, options in items):
        linter = linter_for(options)  # a configuration error stops the run here (exit 2), before any file is read
        if not linter.rules and options.config is not None and args.config is None:
            _note_silenced(options.config, lang)

    show_progress = args.format != "json" and len(items) >= PROGRESS_MIN_FILES and _is_terminal(sys.stderr)
    with _Progress(show_progress, len(items), lang) as progress:

        def arrived(results: list[FileResult]) -> None:
            progress.advance(len(results))
            if prepared is not None:
                prepared.add(results)

        results = run_checks(items, jobs, arrived, context)
    results += [FileResult(name, error=Message(zh, en)) for name, zh, en in found.unreadable]
    results.sort(key=lambda r: r.path)
    return results


def _note_silenced(config: str, lang: str) -> None:
    """A configuration found beside the reports turns every rule off: say so, since nothing is checked."""
    from linter.render.names import escape_name

    name = escape_name(config)
    if lang == "en":
        note = f"{name} turns every rule off: files under it are not checked (--no-config ignores it)"
    else:
        note = f"{name} 关闭了全部规则，其下的文件没有做任何检查（可用 --no-config 忽略该配置）"
    print(f"jxlint: {note}", file=sys.stderr)


def _os_error_text(exc: OSError) -> tuple[str, str]:
    """Why a folder could not be listed, in Chinese and in English."""
    if isinstance(exc, PermissionError):
        return "没有读取权限", "permission denied"
    reason = exc.strerror or str(exc)
    return f"无法读取：{reason}", f"cannot read: {reason}"


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def run_checks(
    items: list[tuple[str, str, CheckOptions]],
    jobs: int,
    advance: Callable[[list[FileResult]], None] = lambda results: None,
    context: BaseContext | None = None,
) -> list[FileResult]:
    """Check every item (path, display name, options); results in the order of ``items``.

    With one job everything runs in this process. Otherwise chunks of files go to a pool of worker
    processes; one file never stops the others, and a worker that dies takes only its own file with it.
    """
    from linter.outcome import check_file
    from linter.source import TEXT_SUFFIXES

    _collect_from_now_on()
    if jobs <= 1 or len(items) <= 1:
        results = []
        _LEFT_TO_EXIT.clear()
        for index, (path, display, options) in enumerate(items):
            last = index == len(items) - 1
            results.append(check_file(path, display, options, _LEFT_TO_EXIT if last else None))
            advance(results[-1:])
        return results
    context = context or _pool_context()
    done: dict[int, FileResult] = {}
    if context.get_start_method() == "fork":
        # Check one plain-text file here first: it loads the parser tables, word lists and patterns once,
        # for every forked worker to inherit. (Not a document: its reader runs C libraries that may crash.)
        first = next(
            (i for i, (p, _, _) in enumerate(items) if Path(p).suffix.lower() in TEXT_SUFFIXES), None
        )
        if first is not None:
            done[first] = check_file(*items[first])
            advance([done[first]])
    rest = [i for i in range(len(items)) if i not in done]
    if rest:
        import gc

        gc.freeze()  # what the workers inherit stays shared: their collector never touches (copies) it
        try:
            _pool_pass(rest, items, jobs, done, advance, context)
        finally:
            gc.unfreeze()
    return [done[i] for i in range(len(items))]


def _collect_from_now_on() -> None:
    """``jxlint`` starts with the cyclic garbage collector paused (linter/__main__.py). Once the start-up is
    over (files are about to be checked, a server starts) it runs again, over what is made from now on: the
    start-up's modules and tables are set aside."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def worker_count(jobs: int, files: int, start_method: str) -> int:
    """At most ``jobs`` workers, and only as many as the files keep busy."""
    per_worker = FILES_PER_WORKER.get(start_method, 16)
    return max(1, min(jobs, -(-files // per_worker)))


def _pool_context() -> BaseContext:
    """Forked workers start at once and inherit the loaded rules; elsewhere the platform's default."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _pool_pass(
    indices: list[int],
    items: list[tuple[str, str, CheckOptions]],
    jobs: int,
    done: dict[int, FileResult],
    advance: Callable[[list[FileResult]], None],
    context: BaseContext,
) -> None:
    """Check ``items[indices]`` in one pool. If a worker dies, check what is left in halves, each in a
    fresh pool, until the file that kills a worker on its own is found: that file's result is the error."""
    failures = _one_pool(indices, items, jobs, done, advance, context)
    left = [i for i in indices if i not in done]
    if not left:
        return
    if len(indices) == 1:
        [index] = indices
        _, display, _ = items[index]
        done[index] = _failure_result(display, failures.get(index))
        advance([done[index]])
        return
    middle = (len(left) + 1) // 2
    for part in (left[:middle], left[middle:]):
        if part:
            _pool_pass(part, items, jobs, done, advance, context)


def _one_pool(
    indices: list[int],
    items: list[tuple[str, str, CheckOptions]],
    jobs: int,
    done: dict[int, FileResult],
    advance: Callable[[list[FileResult]], None],
    context: BaseContext,
) -> dict[int, BaseException]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from linter.outcome import check_files

    workers = min(jobs, len(indices))
    chunks = _chunks(indices, workers)
    failures: dict[int, BaseException] = {}
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    try:
        futures = {pool.submit(check_files, [items[i] for i in chunk]): chunk for chunk in chunks}
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                results = future.result()
            except (Exception, SystemExit) as exc:  # a dead worker, or something that escaped check_file
                failures.update((i, exc) for i in chunk)
                continue
            done.update(zip(chunk, results, strict=True))
            advance(results)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | Terminated):
            _ignore_signals()  # stopping: a second Ctrl-C must not interrupt the cleanup
        _stop_workers(pool)
        _STOPPED_WORKERS.append(pool)
        raise
    pool.shutdown(wait=True)
    return failures


def _chunks(indices: list[int], workers: int) -> list[list[int]]:
    """``indices`` cut into the pieces sent to workers: up to MAX_CHUNK files, fewer towards the end (a quarter
    of what is left for each worker), so that the workers run out of files at about the same time."""
    chunks = []
    at = 0
    while at < len(indices):
        size = max(1, min(MAX_CHUNK, (len(indices) - at) // (workers * 4)))
        chunks.append(indices[at : at + size])
        at += size
    return chunks


def _worker_start(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle; SIGTERM, or the parent's death, ends the worker at
    once, its converters (LibreOffice) with it."""
    import signal

    import linter.limits  # noqa: F401 - loaded before the handler that uses it can run

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_stop)
    _collect_from_now_on()  # a spawned worker ran linter/__main__.py's start-up again, collector paused
    if sys.platform == "linux":
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: SIGTERM when the parent dies
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before that was set
        _worker_stop(signal.SIGTERM, None)


def _worker_stop(signum: int, frame: object) -> None:
    try:
        from linter.limits import kill_child_groups  # imported already by _worker_start: nothing to load here

        kill_child_groups()
    finally:
        os._exit(128 + signum)


def _stop_workers(pool: ProcessPoolExecutor, grace: float = 2.0) -> None:
    """Cancel what has not started and end the workers now, instead of waiting for their files."""
    import time

    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public handle before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + grace
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(1.0)


def _failure_result(display: str, exc: BaseException | None) -> FileResult:
    from concurrent.futures.process import BrokenProcessPool

    from linter.diagnostics import Message
    from linter.outcome import FileResult, internal_error

    if exc is None or isinstance(exc, BrokenProcessPool):
        return FileResult(display, error=Message("检查此文件的工作进程意外退出", "the worker process checking this file died"))
    return FileResult(display, error=internal_error(exc))


class _Progress:
    """A progress bar on stderr, redrawn at most ten times a second, without a background thread (workers
    are forked while it is shown)."""

    def __init__(self, enabled: bool, total: int, lang: str) -> None:
        self.enabled = enabled
        self.total = total
        self.lang = lang
        self._last = 0.0

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            console = Console(stderr=True, markup=False, emoji=False, highlight=False)
            self._bar = Progress(
                TextColumn("checking" if self.lang == "en" else "检查中"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                auto_refresh=False,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total)
        return self

    def advance(self, n: int) -> None:
        if not self.enabled:
            return
        import time

        self._bar.advance(self._task, n)
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self._bar.refresh()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.stop()


def _scores(args: argparse.Namespace) -> int:
    """The parsed score tree of one file, read with the same checks and budget as ``check``."""
    import json

    from linter.config import Config, ConfigError, find_config, load_config
    from linter.document import ReadError
    from linter.invisible import strip_invisible
    from linter.limits import BudgetExceeded, budget, budget_message
    from linter.outcome import CheckOptions, limits_for, read_file
    from linter.parse.parser import parse
    from linter.render.names import escape_name
    from linter.render.scores import scores_data, scores_text

    name = display_path(args.path)
    lang = args.lang
    try:
        found = args.config or find_config(args.path)
        config = load_config(found) if found else Config()
    except ConfigError as exc:
        print(f"jxlint: {exc.text(lang)}", file=sys.stderr)
        return EXIT_ERROR
    options = CheckOptions(
        max_bytes=args.max_size, time_limit=args.time_limit, memory_limit=args.memory_limit
    )
    seconds, memory = limits_for(options, config)
    problem = None
    try:
        with budget(seconds, memory):
            source = read_file(str(args.path), options)
            report = parse(
                strip_invisible(source.text)[0],
                name,
                framework=config.framework,
                issuer_level=config.issuer_level,
            )
    except ReadError as exc:
        problem = exc.text(lang)
    except BudgetExceeded:
        problem = budget_message("time", seconds).get(lang)
    except MemoryError:
        problem = budget_message("memory", memory).get(lang)
    except RecursionError:
        problem = "structure nested too deeply" if lang == "en" else "结构嵌套过深，无法解析"
    except Exception as exc:
        problem = f"{'internal error' if lang == 'en' else '内部错误'}：{type(exc).__name__}: {exc}"
    if problem is not None:
        print(f"jxlint: {escape_name(name)}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "json":
        print(json.dumps(scores_data(report), ensure_ascii=False, indent=2))
    else:
        print(scores_text(report, args.lang))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    import json

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


def _new_rule(args: argparse.Namespace) -> int:
    from linter.scaffold import new_rule

    made = new_rule(args.family, args.slug, args.root)
    for path in made.written:
        print(f"{made.code}: {display_path(path)}")
    if made.docs is not None:
        print(f"{made.code}: {display_path(made.docs / (made.code + '.md'))}")
    print(f"{made.code}: 请写出检查、文档中的例子和用例（标有 TODO）/ write the check, examples and cases (marked TODO)")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from linter import registry
    from linter.docs import rule_explanation

    try:
        rule = registry.by_name(args.rule)
    except registry.SelectorError as exc:
        raise UsageError(str(exc)) from exc
    print(rule_explanation(rule, args.lang), end="")
    return EXIT_OK
