"""The rule catalogue and selector resolution. The only place that imports ``rules``."""

from __future__ import annotations

import difflib
from functools import cache

from linter import patterns
from linter.rule import Rule

_CODE = patterns.compile(r"^[A-Z]{2}\d{3}$")
_SLUG = patterns.compile(r"^[a-z]+(?:-[a-z]+){0,3}$")


class SelectorError(ValueError):
    pass


@cache
def all_rules() -> tuple[type[Rule], ...]:
    from rules import ALL_RULES

    return tuple(ALL_RULES)


def by_name(name: str) -> type[Rule]:
    """A rule by code or slug (case-insensitive for codes)."""
    for rule in all_rules():
        if name.upper() == rule.code or name == rule.slug:
            return rule
    raise SelectorError(_unknown("规则", name, _names()))


def resolve(selector: str) -> list[type[Rule]]:
    """Rules matched by a selector: ``all``, a code, a code prefix (SC, SC1), a slug, or a slug prefix (numbering)."""
    sel = selector.strip()
    if sel.lower() == "all":
        return list(all_rules())
    upper = sel.upper()
    if patterns.compile(r"[A-Z]{2}\d{0,3}").fullmatch(upper):
        found = [r for r in all_rules() if r.code.startswith(upper)]
    else:
        prefix = sel.rstrip("-*")
        found = [r for r in all_rules() if r.slug == sel or r.slug.startswith(prefix + "-")]
    if not found:
        raise SelectorError(_unknown("规则选择器", sel, _names()))
    return found


def _names() -> list[str]:
    return [n for r in all_rules() for n in (r.code, r.slug)]


def _unknown(what: str, name: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.5)
    hint = f"，是否想写“{close[0]}”？" if close else ""
    return f"未知的{what}“{name}”{hint}"


def check_metadata() -> list[str]:
    """Problems with the catalogue itself (used by the tests)."""
    problems = []
    codes: set[str] = set()
    slugs: set[str] = set()
    for rule in all_rules():
        if not _CODE.match(rule.code):
            problems.append(f"{rule.__name__}: bad code {rule.code}")
        if not _SLUG.match(rule.slug):
            problems.append(f"{rule.__name__}: bad slug {rule.slug}")
        if rule.code in codes or rule.slug in slugs:
            problems.append(f"{rule.__name__}: duplicate {rule.code}/{rule.slug}")
        codes.add(rule.code)
        slugs.add(rule.slug)
    return problems
