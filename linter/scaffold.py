"""``jxlint new-rule FAMILY SLUG``: a new rule's module, its cases and its page, registered in its family.

The rule gets the family's next free code. Its examples and cases are placeholders that the tests recognise:
the docstring's 反例 does not trigger the empty ``check`` and each case carries ``todo``, so the suite fails
on the new rule until its check, examples and cases are written.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from linter import patterns
from linter.command import UsageError

_SLUG = patterns.compile(r"^[a-z]+(?:-[a-z]+){0,3}$")
_MODULE = patterns.compile(r"^([a-z]{2})(\d{3})_(\w+)\.py$")

MODULE = '''from __future__ import annotations

from linter.model import Report
from linter.rule import Context, Rule


class {cls}(Rule):
    """TODO 一句话说明这条规则发现的问题。

    检查内容
        TODO 什么样的文字会被报告，什么样的不会。

    为什么
        TODO 评审为什么在意这个问题。

    反例
        ```text
        TODO 一段会被报告的文字
        ```

    正例
        ```text
        TODO 一段相似但不会被报告的文字
        ```
    """

    code = "{code}"
    slug = "{slug}"
    summary_en = "TODO one line in English"

    def check(self, report: Report, ctx: Context) -> None:
        """TODO: call ``ctx.report(Span(start, end), Message("……", "…"))`` once per problem (``Span`` from
        linter.diagnostics, ``Message`` from linter.rule), the message stating the numbers involved."""
'''

CASES = """rule: {code}
cases:
  fail_todo:
    todo: 写出一段必须报告的文字，并写明位置 / write text this rule must flag, with where
    text: |
      TODO
    violations: [{{line: 1}}]
  pass_todo:
    todo: 写出一段相似、但不应报告的文字 / write a look-alike this rule must not flag
    text: |
      TODO
"""


@dataclass(frozen=True)
class Scaffolded:
    code: str
    written: list[Path]
    docs: Path | None  # the folder of rule pages brought up to date, if the project has one


def new_rule(family: str, slug: str, root: Path | None = None) -> Scaffolded:
    """Write the rule ``slug`` into ``family`` (a folder name such as ``score``, or a prefix such as ``SC``)
    of the project at ``root`` (the folder holding ``rules/``; by default the one jxlint runs from)."""
    root = root if root is not None else _default_root()
    folder = _family_folder(root / "rules", family)
    if not _SLUG.match(slug):
        raise UsageError(f"“{slug}”不是规则名称：应为小写英文单词，用 - 连接，如 score-above-max")
    existing = [_MODULE.match(p.name) for p in (root / "rules").glob("*/*.py")]
    if any(m and m.group(3) == slug.replace("-", "_") for m in existing):
        raise UsageError(f"已有名为 {slug} 的规则")
    prefix = _prefix(folder)
    numbers = [int(m.group(2)) for m in existing if m and m.group(1) == prefix.lower()]
    code = f"{prefix}{max(numbers) + 1 if numbers else 101:03d}"
    module = f"{code.lower()}_{slug.replace('-', '_')}"
    cls = "".join(word.capitalize() for word in slug.split("-"))
    rule_file = folder / f"{module}.py"
    cases_file = folder / f"{module}.cases.yaml"
    rule_file.write_text(MODULE.format(cls=cls, code=code, slug=slug), "utf-8", newline="\n")
    cases_file.write_text(CASES.format(code=code), "utf-8", newline="\n")
    _register(folder / "__init__.py", f"rules.{folder.name}.{module}", cls)
    docs = root / "docs" / "rules"
    if docs.is_dir():
        # A fresh process, so that the catalogue includes the new rule: it writes its page and the index.
        subprocess.run(
            [sys.executable, "-m", "linter", "rules", "--write-docs", str(docs)],
            cwd=root,
            check=True,
            capture_output=True,
        )
    return Scaffolded(code, [rule_file, cases_file, folder / "__init__.py"], docs if docs.is_dir() else None)


def _default_root() -> Path:
    """The folder above the ``rules`` package jxlint loads (found, not imported: linter/ imports no rule)."""
    import importlib.util

    spec = importlib.util.find_spec("rules")
    if spec is None or not spec.submodule_search_locations:
        raise UsageError("找不到 rules 包：请用 --root 指定项目目录")
    return Path(next(iter(spec.submodule_search_locations))).resolve().parent


def _family_folder(rules_dir: Path, family: str) -> Path:
    families = sorted(p.parent for p in rules_dir.glob("*/__init__.py"))
    for folder in families:
        if family.lower() == folder.name or family.upper() == _prefix(folder):
            return folder
    names = "、".join(f"{f.name}（{_prefix(f)}）" for f in families)
    raise UsageError(f"未知的规则类别“{family}”，可选：{names}")


def _prefix(folder: Path) -> str:
    """The family's code prefix, from the first line of its package docstring (``SC: 分值与得分 — …``)."""
    match = patterns.compile(r'"""([A-Z]{2}):').search((folder / "__init__.py").read_text("utf-8"))
    if match is None:
        raise UsageError(f"{folder}/__init__.py 的说明没有以类别代码开头（如 “SC: …”）")
    return match.group(1)


def _register(init: Path, module: str, cls: str) -> None:
    """Import the rule in its family's ``__init__.py`` and append it to RULES."""
    text = init.read_text("utf-8")
    imports = list(patterns.compile(r"^from rules\.\S+ import \w+\n", re.M).finditer(text))
    at = imports[-1].end() if imports else text.index("\nRULES") + 1
    text = text[:at] + f"from {module} import {cls}\n" + text[at:]
    closing = patterns.compile(r"^RULES = \((?:.|\n)*?^\)", re.M).search(text)
    if closing is None:
        raise UsageError(f"{init} 里没有 RULES = (...)")
    end = closing.end() - 1
    text = text[:end] + f"    {cls},\n" + text[end:]
    init.write_text(text, "utf-8", newline="\n")
