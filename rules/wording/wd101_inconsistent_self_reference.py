from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from linter.analysis.issuer import is_han, place_suffixes
from linter.data import package_yaml
from linter.diagnostics import Edit, Fix, Span
from linter.model import Report
from linter.rule import Context, Message, Rule


class InconsistentSelfReference(Rule):
    """自称的行政层级与发文单位不符。

    检查内容
        发文单位是区级，正文却自称“我县”“本县”“全县”“县委、县政府”；县级单位自称“我区”“全区”“区委”，
        或自称“我市”“本市”（县、旗的报告可以说“全市”“市委”，但不会自称“我市”）；旗、州同理。发文单位的层级取自配置项 issuer-level，未配置时取自标题（“2022年度咸安区应急管理局……”
        → 区）或开头几行的“编制单位：”等。层级无法确定时不检查。名为“东城区”“城区”“郊区”“矿区”的区按区级；
        开发区、高新区、风景名胜区等的管委会、管理局自称“我区”，按区级（县属的不检查）。
        乡镇、街道（“向阳湖镇人民政府”“城关街道办事处”）的报告可以称所属的县、区（“全县”“县委”“我区各街道”），
        只报告另一类乡镇的自称：镇的报告称“我乡”“全乡”，乡的报告称“我镇”“全镇”，街道的报告称“全镇”“我乡”。

        不会报告：上级称谓（区、县报告中的“全市”“市委”，县报告中的“州委”），“各县区”“县（市、区）”
        “县级”“副县级”“县域”“市县”“美丽县城”等固定说法，县报告中的“社区”“园区”“开发区”“区域”
        “自治区”等，“安全县”“健全区级”中被拆开的“全县”“全区”，地名中的“通山县委”“该区政府”，以及引号里
        引述的别的单位的话（“乌蒙县在发言中表示：‘我县将……’”）。
        自治区（内蒙古、广西、宁夏、新疆、西藏）的县、旗等报告中，“全区”“区委”可能指自治区，不报告。
        州级报告常提到下辖各县的县委、县政府，只检查“我县”“全县”这类自称；市级报告可能出自县级市，
        只检查“我县”“本区”这类第一人称。

    为什么
        “我县”出现在区级单位的报告里，几乎都是套用别的单位模板后没改干净，评审一眼就能看出，
        也让人怀疑其余内容是否照抄。

    反例
        ```text
        2022年度咸安区应急管理局整体绩效自评结果
        重特大森林火灾起数，分值3分。2022年度我县未发生重特大森林火灾，得3分。
        ```

    正例
        ```text
        2022年度咸安区应急管理局整体绩效自评结果
        重特大森林火灾起数，分值3分。2022年度我区未发生重特大森林火灾，得3分。
        我区总得分为789540分，位列咸宁市各县区之首，全市排名靠前。
        ```

    修复
        把层级字改为发文单位的层级（“我县”改为“我区”）。第一人称的“我县”“本县”只能指发文单位自己，
        修复是安全的（--fix 会自动修改）；“全县”“县委”等可能确指别的单位，修复标为不安全，需人工确认。
    """

    code = "WD101"
    slug = "inconsistent-self-reference"
    summary_en = "A self-reference names a different administrative level than the issuer's"

    def check(self, report: Report, ctx: Context) -> None:
        issuer = report.issuer
        if issuer is None:
            return
        data = _data()
        wrong: dict[str, list[str]] = data["wrong"].get(issuer.level) or {}
        if not wrong:
            return
        text = report.text
        autonomous: bool | None = None  # worked out when a 区 first needs it
        level = data["levels"][issuer.level]
        if issuer.span is None:
            where = Message("配置项 issuer-level", "configured issuer-level")
            related: tuple[tuple[Span, Message], ...] = ()
        else:
            where = Message(issuer.name, issuer.name)
            related = ((issuer.span, Message(f"发文单位“{issuer.name}”在此", f"issuer “{issuer.name}”")),)
        for i, char in _positions(text, wrong):
            if char == "区":
                if autonomous is None:
                    autonomous = issuer.level in data["always-autonomous"] or any(
                        region in text for region in data["autonomous-regions"]
                    )
                if autonomous:
                    continue  # 全区 may be the autonomous region
            span = self_reference(text, i, wrong[char])
            if span is None or _quoted(text, span.start):
                continue  # 乌蒙县在发言中表示：“我县将……”: another unit's words
            word = report.slice(span)
            ctx.report(
                span,
                Message(
                    f"本报告的发文单位为{level['zh']}（{where.zh}），此处却称“{word}”",
                    f"The issuer is {level['en']}-level ({where.en}), but the text says “{word}”",
                ),
                related=related,
                fix=Fix(
                    Message(
                        f"改为“{word.replace(char, issuer.level, 1)}”",
                        f"change to “{word.replace(char, issuer.level, 1)}”",
                    ),
                    (Edit(Span(i, i + 1), issuer.level),),
                    safe=span.start == i - 1
                    and text[i - 1] in data["prefixes"]["first-person"]
                    and char not in data["superior-first-person"],
                ),
            )


def _positions(text: str, chars: Iterable[str]) -> list[tuple[int, str]]:
    """Where each of ``chars`` occurs in ``text``, in order (one quick search a character)."""
    found: list[tuple[int, str]] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append((at, char))
            at = text.find(char, at + 1)
    return sorted(found)


def self_reference(text: str, i: int, forms: Iterable[str]) -> Span | None:
    """The self-reference built on the level character at ``i`` (我县, 全县, 县委, 县政府), if it is one."""
    data = _data()
    before = text[i - 1] if i > 0 else ""
    for form in ("first-person", "collective"):
        if form not in forms or not before or before not in data["prefixes"][form]:
            continue
        if ends_with_any(text, i, _prefix_words()) and text[max(0, i - 3) : i - 1] not in data["prefix-word-breaks"]:
            continue  # 安全县, 基本县情 (but 确保全县)
        if form == "collective" and i > 1 and text[i - 2] in place_suffixes():
            continue  # 通山县全县
        if _part_of_word(text, i, "look-alikes"):
            continue  # 全区域, 本县级
        return Span(i - 1, i + 1)
    if "organ" not in forms:
        return None
    organs = _organs()
    if not text.startswith(organs, i + 1):
        return None
    organ = next(o for o in organs if text.startswith(o, i + 1))
    if text.startswith(tuple(data["organ-words"]), i + 1):
        return None
    if before and is_han(before) and before not in data["organ-lead-ins"]:
        return None  # 通山县委, 该区政府: a place name, not the issuer
    if _part_of_word(text, i, "look-alikes") or _part_of_word(text, i, "bare-look-alikes"):
        return None
    return Span(i, i + 1 + len(organ))


def _part_of_word(text: str, i: int, table: str) -> bool:
    """Whether the level character at ``i`` is part of one of ``table``'s words for it as written around it.

    As ``linter.analysis.issuer.within``, asking only about the words that have the character's neighbour next
    to it.
    """
    single, around = _spellings(table, text[i])
    candidates = (*around.get((True, text[i - 1 : i]), ()), *around.get((False, text[i + 1 : i + 2]), ()))
    return single or any(i >= at and text.startswith(word, i - at) for word, at in candidates)


@cache
def _spellings(table: str, char: str) -> tuple[bool, dict[tuple[bool, str], list[tuple[str, int]]]]:
    """The words of ``table`` (look-alikes, bare-look-alikes) for ``char``, by a neighbour of ``char`` in each.

    Whether one of the words is ``char`` alone; and the others, each with where ``char`` stands in it, keyed by
    the character before it there (True, 各县|区) or, at the word's start, the one after it (False, 区|域).
    """
    single = False
    around: dict[tuple[bool, str], list[tuple[str, int]]] = {}
    for word in _data()[table][char]:
        single = single or word == char
        at = word.find(char)
        while at >= 0 and len(word) > 1:
            key = (True, word[at - 1]) if at else (False, word[1])
            around.setdefault(key, []).append((word, at))
            at = word.find(char, at + 1)
    return single, around


def ends_with_any(text: str, i: int, words: Iterable[str]) -> bool:
    """Whether the character before ``i`` ends one of ``words`` (安全|县)."""
    return text.endswith(tuple(words), 0, i)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_yaml("rules.wording", "admin_levels.yaml")
    return data


@cache
def _organs() -> tuple[str, ...]:
    return tuple(sorted(_data()["organs"], key=len, reverse=True))


@cache
def _prefix_words() -> tuple[str, ...]:
    return tuple(_data()["prefix-words"])


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation (“……”) on its line: words quoted from someone else."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("“", line_start, at)
    if opened < 0 or text.rfind("”", opened, at) >= 0:
        return False
    line_end = text.find("\n", at)
    return text.find("”", at, line_end if line_end >= 0 else len(text)) >= 0
