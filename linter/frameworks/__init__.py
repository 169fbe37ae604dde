"""Indicator frameworks as data: one YAML file per framework in this folder (documented in docs/frameworks.md).

A framework names its first-level indicators (with the words reports use for them), their points where the
framework fixes them, and how some of them are scored. The parser uses it to tell which score nodes are the
report's first level; the score rules use it for the checks that need to know what an indicator is worth.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from linter import patterns
from linter.data import package_file, package_yaml

FRAMEWORK_FILES = ("project-2020", "sichuan-project", "department-2013", "department-six")


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    name: str
    aliases: tuple[str, ...]
    max: Decimal | None = None  # its points, when the framework states them
    fixed: bool = False  # the framework fixes those points (a different value needs explaining)
    scoring: str | None = None  # how its score follows from stated values (proportional-capped)
    children: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    name_en: str
    total: Decimal
    cues: tuple[str, ...]
    first_level: tuple[Indicator, ...]

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.first_level if i.key == key), None)

    def match(self, label: str) -> Indicator | None:
        """The first-level indicator a label names (产出指标完成情况 → output), or None."""
        key = (self.id, label)
        if key not in _MATCHED:
            _MATCHED[key] = _match(self, label)
        return _MATCHED[key]


_MATCHED: dict[tuple[str, str], Indicator | None] = {}  # labels recur across reports: each matched once


def _match(framework: Framework, label: str) -> Indicator | None:
    bare = normalise(label)
    if not bare:
        return None
    best: tuple[int, Indicator] | None = None
    for indicator in framework.first_level:
        for alias in indicator.aliases:
            if bare.startswith(alias) and (best is None or len(alias) > best[0]):
                best = (len(alias), indicator)
    return best[1] if best else None


_NOISE = patterns.compile(r"[\s\u3000（(][^）)]*[）)]|[\s\u3000“”\"'：:，,。]|^[一二三四五六七八九十0-9０-９.．、]+")
_LEAD = ("本项目", "项目", "其中", "一级指标", "本单位", "部门")


@lru_cache(maxsize=4096)
def normalise(label: str) -> str:
    """A label without brackets, spaces, numbering and leading filler (本项目预算执行率 → 预算执行率)."""
    bare = _NOISE.sub("", label)
    for word in _LEAD:
        if bare.startswith(word) and len(bare) > len(word):
            bare = bare[len(word) :]
    return bare


def _indicator(data: dict[str, object]) -> Indicator:
    points = data.get("max")
    return Indicator(
        key=str(data["key"]),
        name=str(data["name"]),
        aliases=tuple(str(a) for a in data.get("aliases", ()) or ()),  # type: ignore[attr-defined]
        max=None if points is None else Decimal(str(points)),
        fixed=bool(data.get("fixed", False)),
        scoring=None if data.get("scoring") is None else str(data["scoring"]),
        children=tuple(str(c) for c in data.get("children", ()) or ()),  # type: ignore[attr-defined]
    )


@cache
def frameworks() -> tuple[Framework, ...]:
    """Every shipped framework, in the order of FRAMEWORK_FILES."""
    found = []
    for name in FRAMEWORK_FILES:
        data = package_yaml("linter.frameworks", f"{name}.yaml")
        found.append(
            Framework(
                id=str(data["id"]),
                name=str(data["name"]),
                name_en=str(data.get("name-en", data["name"])),
                total=Decimal(str(data.get("total", 100))),
                cues=tuple(str(c) for c in data.get("cues", ()) or ()),
                first_level=tuple(_indicator(i) for i in data["first-level"]),
            )
        )
    return tuple(found)


def by_id(framework_id: str) -> Framework | None:
    return next((f for f in frameworks() if f.id == framework_id), None)


def framework_ids() -> tuple[str, ...]:
    return tuple(f.id for f in frameworks())


def framework_file(framework_id: str) -> str:
    return str(package_file("linter.frameworks", f"{framework_id}.yaml"))
