"""Scoring rules written in prose: what an item WOULD get is no score it got.

A report often quotes the rule before the result: “评分标准：目标与部门职责相匹配的得4分，每有一项不符扣1分。本局目标与
职责一致，得4分。” The first 得4分 is the rule's full-marks clause; the second is the indicator's score. The rule is
told by a label opening its sentence (评分标准：, 计分方法：), or, without one, by a clause that makes its 得N分 a
condition's outcome (…的得4分, 完成率达到100%得满分, 95%以上得4分, 每完成一项得1分, 否则得0分). The words are in
``lexicon.yaml`` (``scoring-rule``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from linter import patterns
from linter.data import package_yaml
from linter.model import ClaimKind, Paragraph, Role

_SCORE = ClaimKind.SCORE
_ITEM, _FULL, _RULE = Role.ITEM, Role.FULL, Role.RULE
_SPACE = " \t\u3000"
# Everything up to the last mark that ends a clause: the words after it are the clause a claim stands in.
_THROUGH_CLAUSE = patterns.compile("(?s:.*)[，,。；;：:！？!?\r\n\0]")
_CLAUSE_MARK = patterns.compile("[，,；;]")
_SENTENCE_MARKS = "。！？!?"


class _RuleWords(NamedTuple):
    label: re.Pattern[str]  # a label opening the sentence of a scoring rule, with its colon (评分标准：)
    cited: tuple[str, ...]  # words before a label that cite the rule (根据评分标准：)
    own: tuple[str, ...]  # words opening a clause that states the report's own result (本局…, 经…)
    condition: re.Pattern[str]  # words making a bare 得N分 a condition's outcome (达到, ≥, 否则, 95%以上)


@cache
def _words() -> _RuleWords:
    words: dict[str, list[str]] = package_yaml("linter.parse", "lexicon.yaml")["scoring-rule"]
    labels = "|".join(map(re.escape, words["labels"]))
    conditions = "|".join(map(re.escape, words["conditions"]))
    return _RuleWords(
        patterns.compile(f"(?:{labels})[^\\S\\r\\n]*(?:为|是)?[^\\S\\r\\n]*[：:]"),
        tuple(words["cited-after"]),
        tuple(words["own-clause"]),
        # 95%以上, 90分（含）以上, 3次及以下: a bound, after the number or bracket it closes; 90%（含）至95%: a range;
        # 每完成一项, 每低1个百分点: a rate per unit (每季度均按时完成 is no rule)
        patterns.compile(
            f"{conditions}|[0-9０-９%％）)分][^\\S\\r\\n]*(?:及|或)?以[上下内]"
            "|[0-9０-９%％）)][^\\S\\r\\n]*[至到\\-—－~～][^\\S\\r\\n]*[0-9０-９]"
            "|每[^，,；;。]{0,6}?[一0-9０-９]"
        ),
    )


def mark_rule_scores(paragraph: Paragraph) -> None:
    """Mark as what a scoring rule gives (``Role.RULE``) the scores of ``paragraph`` that are no score of an
    indicator: those in the sentence a rule's label opens, up to a clause stating the report's own result
    (…每有一项不符扣1分，本局目标与职责一致，得4分), and a bare 得N分 or 得满分 that is a condition's outcome."""
    text, base = paragraph.text, paragraph.span.start
    words = _words()
    rules = rule_sentences(text) if "：" in text or ":" in text else []
    for claim in paragraph.claims:
        if claim.kind is not _SCORE or (claim.role is not _ITEM and claim.role is not _FULL):
            continue
        at = claim.span.start - base
        if rules and any(start <= at < end for start, end in rules):
            claim.role = _RULE
        elif claim.keyword == "得" or (claim.role is _FULL and "得" in text[at : claim.span.end - base]):
            # (not 超过100%的部分按满分计: how the item's own rate is reckoned)
            if _conditional(text, at, words):
                claim.role = _RULE


def rule_sentences(text: str) -> list[tuple[int, int]]:
    """Where the sentences stating a scoring rule stand in the line ``text`` (offsets in it), from their label
    on (根据评分标准：… cites the rule and states the result: no rule's sentence)."""
    words = _words()
    out = []
    for found in words.label.finditer(text):
        start = found.start()
        if _clause_of(text[max(0, start - 8) : start]).endswith(words.cited):
            continue
        end = min((i for mark in _SENTENCE_MARKS if (i := text.find(mark, found.end())) >= 0), default=len(text))
        for mark in _CLAUSE_MARK.finditer(text, found.end(), end):
            if text[mark.end() : end].lstrip(_SPACE).startswith(words.own):
                end = mark.start()  # …每有一项不符扣1分，本局目标与职责一致，得4分
                break
        out.append((start, end))
    return out


def is_conditional(text: str, at: int) -> bool:
    """Whether the outcome at ``at`` in ``text`` (得4分, 得满分, 不扣分) is a condition's (see ``_conditional``)."""
    return _conditional(text, at, _words())


def _conditional(text: str, at: int, words: _RuleWords) -> bool:
    """Whether the bare score at ``at`` in ``text`` is a condition's outcome: its clause holds a condition or ends
    with 的 (…相匹配的得4分), or it opens its clause after one ending with 的 (…相匹配的，得4分)."""
    if at and text[at - 1] in "，,":  # “…，得3分”, the usual case: the clause before it decides
        return text[max(0, at - 41) : at - 1].rstrip(_SPACE).endswith("的")
    window = text[max(0, at - 40) : at]
    clause = _clause_of(window)
    if clause.strip(_SPACE):
        return clause.rstrip(_SPACE).endswith("的") or words.condition.search(clause) is not None
    before = window.rstrip(_SPACE)
    return before.endswith(("，", ",")) and before[:-1].rstrip(_SPACE).endswith("的")


def _clause_of(text: str) -> str:
    """``text`` after its last clause mark (all of it when it has none)."""
    found = _THROUGH_CLAUSE.match(text)
    return text[found.end() :] if found else text
