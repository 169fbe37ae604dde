"""ST101 duplicate-section as properties: unique paragraphs in any order never repeat; a copied run is found.

The last tests check the shortcuts of the comparison against the plain computation they stand for.
"""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from linter.analysis.repeats import GRAM, _covered, _cut, _pieces, common_chars
from linter.parse.parser import parse
from linter.testing import lint
from rules.structure.st101_duplicate_section import _Compared, _number_changes

_ALPHABET = (
    "的是在有和人这中大为上个国我以要他时来用们生到作地于出就对成会可主发年动同工也能下过子说产种面而方后多定行"
    "学法所民得经部门整体绩效自评预算资金管理项目支出执行控制率完成情况问题原因措施安全生产应急救援演练防灾减灾"
)

# Paragraphs that look alike but are not copies of each other (the rule must keep them apart).
_LOOK_ALIKES = [
    "应急突发事件保障率，分值得3分，本年度我区先后遭遇雪灾、旱灾，加之受疫情影响，给我区群众生产生活造成严重影响，"
    "咸安区应急管理局积极谋划，尽早布局，主动作为，有力保障了防灾减灾工作有序开展，应急突发事件保障率=100%，得3分。",
    "全年，我区先后遭遇雪灾、旱灾，加之受疫情影响，给我区群众生产生活造成严重影响，咸安区应急管理局积极谋划，"
    "尽早布局，主动作为，有力保障了防灾减灾工作有序开展。",
    "进一步加强预算管理意识，遵循预算管理办法，科学合理使用财政资金，确保财政资金发挥最大效益。",
    "进一步加强管理人员对相关业务知识的学习，规范部门预算收支核算，切实提高部门预算收支管理水平。",
    "2021年：基本支出预算数523.85万元，项目支出预算数1214.55万元，本年收入为1590.68万元，上年结转147.72万元。",
    "2022年：基本支出预算数498.30万元，项目支出预算数1120.75万元，本年收入为1462.10万元，上年结转156.95万元。",
]


def _random_paragraphs(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(40, 90))) + "。" for _ in range(count)]


POOL = _LOOK_ALIKES + _random_paragraphs(24, seed=2022)


def _findings(text: str) -> list[tuple[int, int, int, str]]:
    """(first line, last line, related first line, message) of each ST101 finding."""
    result = lint(text, "ST101")
    report = result.report
    return [
        (
            report.position(d.span.start)[0],
            report.position(d.span.end)[0],
            report.position(d.related[0].span.start)[0],
            d.message.zh,
        )
        for d in result.diagnostics
        if d.code == "ST101"
    ]


@given(st.permutations(POOL), st.booleans())
def test_unique_paragraphs_in_any_order_are_not_repeats(paragraphs: list[str], numbered: bool) -> None:
    lines = [f"（{i + 1}）{p}" if numbered else p for i, p in enumerate(paragraphs)]
    assert _findings("\n".join(lines) + "\n") == []


@st.composite
def _documents_with_a_copy(draw: st.DrawFn) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """A document of unique paragraphs plus a copy of one run of them; the line ranges of the run and its copy."""
    paragraphs = draw(st.permutations(POOL))[: draw(st.integers(2, 12))]
    start = draw(st.integers(0, len(paragraphs) - 1))
    end = draw(st.integers(start + 1, len(paragraphs)))
    at = draw(st.integers(end, len(paragraphs)))  # the copy goes after the run, maybe after other text
    numbered = draw(st.booleans())  # number every paragraph, so the copy's numbers differ from the run's
    copy = paragraphs[start:end]
    order = [*paragraphs[:at], *copy, *paragraphs[at:]]
    lines: list[str] = []
    run_lines: list[int] = []
    copy_lines: list[int] = []
    for position, paragraph in enumerate(order):
        in_copy = at <= position < at + len(copy)
        if in_copy and position > at and draw(st.booleans()):
            lines.append(draw(st.sampled_from(["", "　", " "])))  # a blank line inside the copy
        lines.append(f"（{position + 1}）{paragraph}" if numbered else paragraph)
        if in_copy:
            copy_lines.append(len(lines))
        elif start <= position < end:
            run_lines.append(len(lines))
    return "\n".join(lines) + "\n", (run_lines[0], run_lines[-1]), (copy_lines[0], copy_lines[-1])


@given(_documents_with_a_copy())
def test_a_copied_run_is_found_with_its_lines(case: tuple[str, tuple[int, int], tuple[int, int]]) -> None:
    text, (run_first, run_last), (copy_first, copy_last) = case
    findings = _findings(text)
    assert [(f[0], f[1], f[2]) for f in findings] == [(copy_first, copy_last, run_first)], findings
    copied = f"{copy_first}–{copy_last}" if copy_last > copy_first else f"{copy_first}"
    source = f"{run_first}–{run_last}" if run_last > run_first else f"{run_first}"
    assert findings[0][3].startswith(f"第{copied}行与第{source}行内容重复")


# The shortcuts of the comparison


def _plain_similarity(compared: _Compared, a: int, b: int) -> float | None:
    """What ``_Compared.similarity`` answers, worked out the long way: keys of the raw text, every number."""
    keys = []
    for i in (a, b):
        start, end = compared._body(i)
        marker = compared.paragraphs[i].marker
        text = compared.text
        body = text[start:end]
        if marker is not None and marker.inline:
            body = text[start : marker.span.start] + text[marker.span.end : end]
        keys.append("".join(unicodedata.normalize("NFKC", body).split()).casefold())
    key_a, key_b = keys
    longer = max(len(key_a), len(key_b))
    if min(len(key_a), len(key_b)) < compared.threshold * longer:
        return None
    similarity = common_chars(key_a, key_b) / longer
    if similarity < compared.threshold:
        return None
    numbers_a, numbers_b = compared.numbers(a), compared.numbers(b)
    numbers = max(len(numbers_a), len(numbers_b))
    if numbers >= 2 and 2 * _number_changes(numbers_a, numbers_b)[1] > numbers:
        return None
    return similarity


_WIDE = str.maketrans("0123456789.,:;()%", "０１２３４５６７８９．，：；（）％")


@st.composite
def _paragraph_pairs(draw: st.DrawFn) -> str:
    """Two lines: a paragraph and a copy of it, or of a look-alike, perhaps edited the way copies are."""
    first = draw(st.sampled_from(POOL))
    second = draw(st.sampled_from([first, first, *_LOOK_ALIKES]))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(second)))
        edit = draw(st.sampled_from(["width", "space", "digit", "word", "inline"]))
        if edit == "width":
            second = second[:at] + second[at:].translate(_WIDE)
        elif edit == "space":
            second = second[:at] + draw(st.sampled_from([" ", "\u3000", "\t"])) + second[at:]
        elif edit == "digit":
            second = second[:at] + str(draw(st.integers(0, 99))) + second[at:]
        elif edit == "word":
            second = second[:at] + "开展" + second[at + 2 :]
        else:
            second = "主要成效：" + str(draw(st.integers(1, 9))) + "、" + second
    markers = draw(
        st.lists(st.sampled_from(["", "（1）", "（2）", "1、", "主要成效：2、"]), min_size=2, max_size=2)
    )
    return f"{markers[0]}{first}\n{markers[1]}{second}\n"


@given(_paragraph_pairs(), st.sampled_from([0.5, 0.85, 0.95]))
def test_similarity_answers_as_the_plain_computation(text: str, threshold: float) -> None:
    compared = _Compared(parse(text, "t"), threshold)
    if len(compared.bodies) == 2:
        assert compared.similarity(0, 1) == _plain_similarity(compared, 0, 1)


@given(st.lists(st.booleans()))
def test_covered_counts_the_characters_a_walk_over_the_grams_counts(hits: list[bool]) -> None:
    seq = [str(i) if hit else "-" for i, hit in enumerate(hits)]
    other = {str(i) for i in range(len(hits))}
    covered = end = 0
    for i, gram in enumerate(seq):
        if gram in other:
            covered += i + GRAM - max(i, end)
            end = i + GRAM
    assert _covered(seq, other) == covered


@given(st.lists(st.text(alphabet=st.sampled_from("安全生产，,。、;：\n \t12"))))
def test_pieces_cut_all_at_once_are_those_of_each_key(keys: list[str]) -> None:
    assert _pieces(keys) == [_cut(key).split() for key in keys]
