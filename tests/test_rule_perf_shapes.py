"""The rules on texts shaped to make them slow, and the shortcuts that keep them fast.

No test here measures time. The shapes are the worst inputs found for the rules' regular expressions and
loops (long runs of one character or token on a single line, a document that repeats itself); were any of
them quadratic again, this file alone would take minutes. The other tests check that each shortcut
(scanning the whole text at once, skipping what cannot matter, looking up by bisection) answers exactly
what the plain computation it replaces would.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.analysis.quantities import PERCENT_FAMILIES, Figures, Marks, Prose, _numbers, _pattern, extract
from linter.analysis.repeats import (
    CANDIDATES,
    POSTING_CAP,
    _aligned,
    _bound,
    _grams,
    _Index,
    find_runs,
)
from linter.analysis.scan import paragraphs_with
from linter.data import package_yaml
from linter.parse.parser import parse
from linter.testing import lint
from rules.arithmetic.ar103_rate_claim_contradiction import _chain, _pairs
from rules.arithmetic.breakdowns import _depths
from rules.arithmetic.clues import clues
from rules.structure.st101_duplicate_section import _fold
from rules.text.common import load
from rules.text.tx101_doubled_punctuation import _find_runs, _runs
from rules.text.tx103_unbalanced_brackets import _balanced, _brackets
from rules.text.tx105_year_mismatch import _Ahead, _Spans, _years

SIZE = 30_000  # characters in one line: enough for a quadratic rule to take minutes

# One unit repeated into a single line of SIZE characters; each was slow in some rule once.
SHAPES = {
    "digits": "1",
    "full-width digits": "１",
    "full stops": "。",
    "commas": "，",
    "half-width commas": ",",
    "half-width colons after Chinese": "得:",
    "opening brackets": "（",
    "closing brackets": "）",
    "half-width opening brackets": "(",
    "half-width closing brackets": ")",
    "opening quotes": "“",
    "title marks and brackets": "《（",
    "lenticular brackets": "【",
    "spaces": " ",
    "ideographic spaces": "\u3000",
    "latin letters": "a",
    "placeholder letters": "X",
    "asterisks": "*",
    "years": "2021年",
    "years with results": "2021年我局完成了",
    "numbers with commas": "1,",
    "numbers with points": "1.",
    "cue words": "其中",
    "whether": "是否",
    "web addresses": "http://a",
    "at signs": "a@",
    "numbering labels": "1）",
    "money": "1万元，",
    "percentages": "1%，",
    "rates": "执行率1%，",
    "mixed marks": "（1）“《",
    "score claims": "分值2分",
    "scores and grades": "自评得分为85分，等级为优",
    "months": "X月",
}


def _line(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_a_long_line_of_one_shape_is_linted(unit: str) -> None:
    text = f"2022年度区应急管理局整体绩效自评报告\n{_line(unit)}\n"
    result = lint(text)
    assert all(0 <= d.span.start <= d.span.end <= len(text) for d in result.diagnostics)


def test_nested_half_width_brackets_around_one_character_are_linted() -> None:
    half = SIZE // 2
    result = lint("(" * half + "中" + ")" * half + "\n", "TX102", "TX103")
    assert {d.code for d in result.diagnostics} == {"TX102"}


def test_a_long_line_of_real_prose_is_linted() -> None:
    prose = "".join(
        [
            "2022年，我局财政下达预算1738.4万元（其中基本支出预算数523.85万元，项目支出预算数1214.45万元）。",
            "资金支付18501.096万元，未支付703万元，支付率95%。共发生事故21起，其中道路交通事故19起。",
            "2021年度本单位进行了4次应急救援演练，得2分。公用经费控制率为22.25%，<100%,得2分。",
        ]
    )
    assert lint(_line(prose) + "\n").diagnostics


def test_a_document_that_repeats_itself_is_reported_from_its_second_copy_on() -> None:
    copy = "\n".join(
        f"（{i}）第{i}项工作：全年共开展安全生产检查{i * 7}次，发现并整改隐患{i * 3}处。" for i in range(1, 9)
    )
    result = lint("\n".join([copy] * 40) + "\n", "ST101")
    lines = [
        (result.report.position(d.span.start)[0], result.report.position(d.span.end)[0])
        for d in result.diagnostics
    ]
    assert lines[0][0] == 9
    assert lines[-1][1] == 320
    assert all(later[0] == earlier[1] + 1 for earlier, later in itertools.pairwise(lines))


# ST101: the repeats finder


def _counted(keys: list[str]) -> int:
    calls = 0

    def score(earlier: int, later: int) -> float | None:
        nonlocal calls
        calls += 1
        return 1.0 if keys[earlier] == keys[later] else None

    find_runs(keys, score)
    return calls


@pytest.mark.parametrize("copies", [1, 10, 100])
def test_items_are_compared_a_bounded_number_of_times(copies: int) -> None:
    """A run's continuation, CANDIDATES fresh candidates and the item after each: never all pairs."""
    unique = [
        f"第{i}段内容，全年开展检查{i}次，整改隐患{i * 2}处，群众满意度{90 + i % 10}%。" for i in range(50)
    ]
    keys = unique * copies
    assert _counted(keys) <= (1 + 2 * CANDIDATES) * len(keys)


_GRAMS = st.lists(
    st.sampled_from(["安全", "生产", "检查", "隐患", "整改", "资金", "预算", "12", "万元", "，", "。"])
)


@given(st.lists(st.builds("".join, _GRAMS), min_size=1, max_size=30))
def test_the_index_votes_as_capped_posting_lists_do(keys: list[str]) -> None:
    index = _Index()
    postings: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        own = set(filter(None, key.split("，")))  # its clauses, as the finder indexes them
        want: dict[int, int] = {}
        for gram in own:
            for item in postings.get(gram, []):
                want[item] = want.get(item, 0) + 1
        if k % 3:
            assert index.add_and_vote(k, own) == want
        else:
            index.add(k, own)  # as for an item that continues a run: indexed, no votes asked for
        for gram in own:
            posting = postings.setdefault(gram, [])
            if len(posting) < POSTING_CAP:
                posting.append(k)


@given(st.builds("".join, _GRAMS), st.builds("".join, _GRAMS))
def test_the_cheap_bound_is_never_below_the_alignment(a: str, b: str) -> None:
    assert _bound(_grams(a), _grams(b)) >= _aligned(_grams(a), _grams(b))


@given(st.text(alphabet=st.sampled_from("，：；（）％？！．０９Ａ 　\xa0…①㎡中文12abc")))
def test_folding_full_width_forms_keeps_nfkc(text: str) -> None:
    assert unicodedata.normalize("NFKC", _fold(text)) == unicodedata.normalize("NFKC", text)
    assert len(_fold(text)) == len(text)


# Arithmetic: quantities, bracket depths, lookups by position

_PROSE = st.text(
    alphabet=st.sampled_from("0123456789１２.．,%％万元人起次个其中共约多余至-百分之一二三十（）()。，；、 ")
)


# A number as a plain pattern reads it: 百分之 first (not right after a numeral: 三百分之一 is a fraction), then an
# Arabic number or a Chinese numeral, each after a lookbehind of what may not stand before it.
_PLAIN_NUMBER = (
    r"(?:(?<![零〇一二两三四五六七八九十百千万亿])(?P<pct>百分之)|)"
    r"(?:(?<![0-9０-９.．A-Za-z第])(?P<arabic>[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*+(?:[.．][0-9０-９]+)?+)"
    r"|(?<![零〇一二两三四五六七八九十百千万亿第])"
    r"(?P<chinese>(?:[零〇一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千万亿]*+(?:点[零〇一二三四五六七八九]+)?+))"
)


_NUMBER_PIECES = st.lists(st.sampled_from([*"0123456789１２.．,Aa第%％万千百元人米起个约多余来至-点零〇一二两三十（），。 ", "百分之", "分之"]))


@given(_NUMBER_PIECES.map("".join))
def test_the_number_pattern_reads_what_a_plain_pattern_reads(text: str) -> None:
    body = _numbers().pattern
    plain = re.compile(_PLAIN_NUMBER + body[body.index(r"\s?+") :])  # the same unit, multiplier and infix after it
    want = [
        (m.start(), m.span("arabic") if m.group("arabic") else m.span("chinese"), m.span(4), m.span(5), m.span(6))
        for m in plain.finditer(text)
    ]
    got = [
        (m.start() - (3 if m.group("pct") is not None else 0), m.span(1), m.span(3), m.span(4), m.span(5))
        for m in _numbers().finditer(text)
    ]
    assert got == want


@given(_NUMBER_PIECES.map("".join))
def test_the_figure_pattern_finds_the_numbers_with_a_unit_or_bai_fen_zhi(text: str) -> None:
    numbers = [
        (m.span(), m.groups()) for m in _numbers().finditer(text) if m.group("unit") or m.group("pct") is not None
    ]
    assert [(m.span(), m.groups()) for m in _pattern().finditer(text)] == numbers


@given(st.text(alphabet=st.sampled_from("一二十百千万亿第1２ 起批人元森%其多，")))
def test_a_paragraph_said_to_hold_no_amount_has_no_figure_but_percentages(text: str) -> None:
    report = parse(text)
    for paragraph in report.paragraphs:
        prose = report.facts.prose(paragraph)
        if not prose.may_hold_amounts:
            assert all(q.family in PERCENT_FAMILIES for q in prose.figures.items)


@given(st.text(alphabet=st.sampled_from("0123.%％-~至，、；（)万元人约以上不低于< 。百分之五")))
def test_the_percentages_read_from_their_clauses_are_those_of_every_figure(text: str) -> None:
    report = parse(text)
    for paragraph in report.paragraphs:
        alone = Prose(report.text, paragraph).percentages
        assert alone == [q for q in report.facts.prose(paragraph).figures.items if q.family == "percent"]


_RATE_PIECES = [
    *["95%", "22.25％", "100%", "百分之五十", "1", "０", ".", "%", "五", "元", "人", "为", "率", "以上", "以内", "至"],
    *["，", ",", "、", "；", "。", " ", "\u3000", "<", "≥", "＞", "不低于", "约", "-", "−", "控制在", "均在", "在"],
]


@given(st.lists(st.sampled_from(_RATE_PIECES), max_size=25))
def test_a_paragraph_without_the_chain_pattern_has_no_percentage_with_a_bound_after_it(pieces: list[str]) -> None:
    report = parse("".join(pieces))
    for paragraph in report.paragraphs:
        if "百分之" not in paragraph.text and _chain().search(paragraph.text) is None:
            assert list(_pairs(report.facts.prose(paragraph))) == []


@given(_PROSE)
def test_bracket_depths_are_those_of_a_walk_through_every_character(text: str) -> None:
    want, depth = [], 0
    for ch in text:
        if ch in "）)":
            depth = max(0, depth - 1)
        want.append(depth)
        if ch in "（(":
            depth += 1
    assert _depths(text, 0, len(text)) == want


@given(_PROSE, st.integers(0, 60), st.integers(0, 60))
def test_figures_between_two_offsets_are_those_a_filter_finds(text: str, lo: int, hi: int) -> None:
    quantities = extract(text)
    figures = Figures(quantities)
    assert figures.within(lo, hi) == [q for q in quantities if lo <= q.span.start and q.span.end <= hi]
    assert figures.starting(lo, hi) == [q for q in quantities if lo <= q.span.start < hi]
    assert figures.first_ending(lo, hi) == next((q for q in quantities if lo <= q.span.end < hi), None)


@given(_PROSE, st.integers(0, 60), st.integers(0, 60))
def test_the_last_mark_is_the_one_a_backward_walk_meets(text: str, floor: int, position: int) -> None:
    floor, position = min(floor, len(text)), min(position, len(text))
    want = next((i + 1 for i in range(position - 1, floor - 1, -1) if text[i] in "。；"), floor)
    assert Marks(text, 0, len(text), "。；").after_last(floor, position) == want


@given(st.lists(st.sampled_from(["其中", "分别", "部分", "3", "三", "个", "大类", "方面", "结转", "本年收入", "项", "。", "\n"])))
def test_the_arithmetic_clues_are_the_paragraphs_each_search_finds(pieces: list[str]) -> None:
    report = parse("".join(pieces))
    measures = "|".join(sorted(package_yaml("rules.arithmetic", "enumerations.yaml")["measures"], key=len, reverse=True))
    counts = re.compile(f"[0-9０-９一二两三四五六七八九十](?:{measures})")
    found = clues(report)
    assert found.counts == [p for p in report.paragraphs if counts.search(p.text)]
    assert found.parts == [p for p in report.paragraphs if re.search("其中|包括|分别|具体为|结转|结余", p.text)]


# Text rules: whole-text scans, shortcuts and lookups


@given(st.lists(st.sampled_from(["是否", "一致", "。", "X", "【", "\n", "\r\n", "安全"]), max_size=20))
def test_a_whole_text_scan_finds_the_paragraphs_a_search_of_each_finds(pieces: list[str]) -> None:
    report = parse("".join(pieces))
    pattern = re.compile("是否|X|【")
    assert paragraphs_with(report, pattern) == [p for p in report.paragraphs if pattern.search(p.text)]


@given(st.text(alphabet=st.sampled_from("XxＸｘ×○＊*AZaz年月日号2中 ")))
def test_every_placeholder_has_one_of_the_placeholder_characters(text: str) -> None:
    data = load("residue")
    for pattern in data["placeholders"]:
        for match in re.finditer(pattern, text):
            assert set(match.group()) & set(data["placeholder-characters"]), (pattern, match.group())


@given(st.lists(st.sampled_from(["，", "。", "、", "？", "！", ",", ";", "?", " ", "\t", "\u3000", "\n", "\r\n", "中"])))
def test_the_runs_of_marks_are_those_one_search_of_the_whole_text_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    data = load("punctuation")
    marks, half = data["pause-marks"], data["half-width-pause"]
    found = [m.span() for m in _find_runs(text, marks, half)]
    assert found == [m.span() for m in _runs(marks, half).finditer(text)]


@given(st.text(alphabet=st.sampled_from("（()）“”《》【】〔〕「」『』中")))
def test_brackets_that_simply_pair_up_are_not_reported(text: str) -> None:
    b = _brackets()
    if _balanced(b, b.pattern.findall(text)):
        assert not lint(text, "TX103").diagnostics


# What the year finder must find, as one regular expression over text whose digits are made ASCII.
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[^\S\r\n]*年(度)?")


@given(st.text(alphabet=st.sampled_from("12０９１２２０年度 \t\n中")))
def test_the_year_finder_finds_what_the_year_pattern_finds(text: str) -> None:
    ascii = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    want = [(m.start(), m.end(), m.group(1), m.group(2) is not None) for m in _YEAR.finditer(ascii)]
    assert list(_years(text)) == want


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 5)), max_size=8),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_spans_answer_as_a_scan_of_every_span_does(
    pieces: list[tuple[int, int]], start: int, end: int
) -> None:
    text = "".join("中" * gap + "《" + "a" * size + "》" for gap, size in pieces)
    matches = list(re.finditer("《[^《》]*》", text))
    spans = _Spans(iter(matches))
    assert spans.holds(start) == any(m.start() <= start < m.end() for m in matches)
    want = any(m.start() <= start < m.end() or m.start() < end <= m.end() for m in matches)
    assert spans.overlaps(start, end) == want


@given(st.text(alphabet=st.sampled_from("了完成12%人次，年")), st.lists(st.integers(0, 20), max_size=10))
def test_looking_ahead_answers_as_a_search_of_the_rest_does(text: str, positions: list[int]) -> None:
    ahead = _Ahead(text)
    pattern = re.compile("[0-9]+[%次]")
    for at in sorted(positions):
        assert ahead.has("完成", at) == ("完成" in text[at:])
        assert ahead.has(pattern, at) == (pattern.search(text[at:]) is not None)
