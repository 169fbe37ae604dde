"""The arithmetic rules' quantity extractor and breakdown finder, with properties checked by hypothesis."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from linter.analysis.quantities import (
    Quantity,
    _per_unit,
    _starts_range,
    bound_words,
    chinese_to_decimal,
    extract,
    has_any,
    minimal_words,
    percent_signs,
)
from linter.parse.parser import parse
from linter.testing import lint
from rules.arithmetic.breakdowns import Breakdown, Verdict, breakdowns, check

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"

# The seed report's sentences that state a total and its parts (its lines 31, 39 and 72).
SEED_ACCIDENTS = (
    "今年以来，共统计上报生产安全事故21起、亡22人，其中道路交通类事故19起、亡19人，"
    "工业企业和建筑施工领域各发生生产安全事故1起，未发生较大及以上生产安全事故。"
)
SEED_PUNISHMENTS = (
    "三是坚持依法惩处。对违规用火肇事者惩处45人，其中经济处政罚8人，刑事立案2人，行政拘留2人，训诫鸣锣33人。"
    "纪检监察机关加大问责力度，问责8人，其中党内警告2人，村干部免职1人，通报批评5人。"
)
SEED_BUDGET = (
    "部门支出情况：2022年，我局财政下达预算1738.4万元（其中基本支出预算数523.85万元，项目支出预算数1214.55万元），"
    "本年收入为1590.68万元，上年结转147.72万元。本年支出为1738.4万元，（其中工资福利支出606.68万元，"
    "商品和服务支出510.78万元，对个人和家庭的补助470.07万元，基本性支出150.55万元，其他支出0.32万元）"
)

UNITS = {  # written unit → (family, base units per unit)
    "元": ("money", Decimal(1)),
    "万元": ("money", Decimal(10000)),
    "亿元": ("money", Decimal(10**8)),
    "人": ("people", Decimal(1)),
    "人次": ("person-times", Decimal(1)),
    "户": ("households", Decimal(1)),
    "起": ("count:起", Decimal(1)),
    "家次": ("count:家次", Decimal(1)),
    "平方米": ("area", Decimal(1)),
    "公顷": ("area", Decimal(10000)),
    "亩": ("area-mu", Decimal(1)),
    "%": ("percent", Decimal(1)),
}
LABELS = ("资金", "其中", "共", "合计", "、", "，", "本年支出为", "道路交通类事故")


def _one(text: str) -> Quantity:
    found = extract(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def _figures(breakdown: Breakdown) -> tuple[str, list[tuple[str, int]]]:
    return breakdown.total.text, [(p.quantity.text, p.count) for p in breakdown.parts]


# --- extraction -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "family", "shown"),
    [
        ("预算1738.4万元。", Decimal("17384000"), "money", "1738.4万元"),
        ("总投资2.5亿元。", Decimal("250000000"), "money", "2.5亿元"),
        ("共１２３．５万元。", Decimal("1235000"), "money", "１２３．５万元"),
        ("合计1,738.4万元。", Decimal("17384000"), "money", "1,738.4万元"),
        ("受灾12232户。", Decimal("12232"), "households", "12232户"),
        ("出动执法人员6963人次。", Decimal("6963"), "person-times", "6963人次"),
        ("检查企业3263家次。", Decimal("3263"), "count:家次", "3263家次"),
        ("彩条布3万平方米。", Decimal("30000"), "area", "3万平方米"),
        ("受灾面积12965公顷。", Decimal("129650000"), "area", "12965公顷"),
        ("志愿者3210名。", Decimal("3210"), "people", "3210名"),
        ("培训1.2万人。", Decimal("12000"), "people", "1.2万人"),
        ("接待一百二十人。", Decimal("120"), "people", "一百二十人"),
        ("接待两千人。", Decimal("2000"), "people", "两千人"),
        ("补助三千五百元。", Decimal("3500"), "money", "三千五百元"),
        ("补助五十万元。", Decimal("500000"), "money", "五十万元"),
        ("发生事故一起。", Decimal("1"), "count:起", "一起"),
        ("两个综合减灾示范村", Decimal("2"), "count:个", "两个"),
        ("支付率96.3%。", Decimal("96.3"), "percent", "96.3%"),
        ("达到百分之九十五。", Decimal("95"), "percent", "百分之九十五"),
        ("达到百分之95。", Decimal("95"), "percent", "百分之95"),
        ("变动率为-5%。", Decimal("-5"), "percent", "5%"),
    ],
)
def test_extracts(text: str, value: Decimal, family: str, shown: str) -> None:
    q = _one(text)
    assert (q.value, q.family, q.text) == (value, family, shown)
    assert q.exact


@pytest.mark.parametrize(
    "text",
    [
        "2022年7月12日",
        "根据〔2023〕10号文件",
        "联系电话：0715-8123456",
        "第3次会议",
        "人均完成线上学习80个学时",
        "用时2个月",
        "与上级资金一起捆绑使用",
        "未发生一起森林火灾",
        "一次性补助",
        "得3分，分值为2分",
        "三公经费",
        "千家万户",
        "（1）运行成本",
    ],
)
def test_look_alikes_are_not_quantities(text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "comparator", "approximate"),
    [
        ("人员控制率<100%", "<", False),
        ("满意度大于95%", ">", False),
        ("执行率≥90%", ">=", False),
        ("95%以上", ">=", False),
        ("约3人", None, True),
        ("送水190余次", None, True),
        ("帮助4000多人", None, True),
        ("5-10人", None, True),
        ("三四个", None, True),
        ("100人左右", None, True),
    ],
)
def test_bounds_and_rough_figures_are_not_exact(text: str, comparator: str | None, approximate: bool) -> None:
    q = extract(text)[-1]
    assert (q.comparator, q.approximate, q.exact) == (comparator, approximate, False)


def test_range_marks_both_ends() -> None:
    assert [q.approximate for q in extract("每组5人至10人")] == [True, True]


def test_per_unit_figures() -> None:
    assert [q.per_unit for q in extract("每人补助1000元，标准100元/人，合计5万元")] == [True, True, False]


def test_spans_and_units() -> None:
    text = "下达预算1738.4万元"
    q = _one(text)
    assert text[q.span.start : q.span.end] == "1738.4万元"
    assert text[q.number_span.start : q.number_span.end] == "1738.4"
    assert text[q.unit_span.start : q.unit_span.end] == "万元" == q.unit_text
    assert (q.decimals, q.ulp) == (1, Decimal(1000))
    bound = _one("人员控制率<100%")
    assert (
        bound.claim_span is not None
        and "人员控制率<100%"[bound.claim_span.start : bound.claim_span.end] == "<100%"
    )


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百零五", 105),
        ("一千零五十", 1050),
        ("两千", 2000),
        ("三千五", 3500),
        ("三千五百", 3500),
        ("一万二", 12000),
        ("一万二千", 12000),
        ("一万零二", 10002),
        ("十万零三", 100003),
        ("一亿二千万", 120000000),
        ("三点五", Decimal("3.5")),
    ],
)
def test_chinese_numerals(numeral: str, value: int | Decimal) -> None:
    assert chinese_to_decimal(numeral) == (Decimal(value), False)


# --- properties -------------------------------------------------------------------------------------------------

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
_CN = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """The standard reading of ``n`` (0 < n < 10**12) in Chinese numerals."""

    def section(x: int) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            digit = x // size % 10
            if digit == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + _CN[digit] + unit
                zero = False
        return out

    out = ""
    for value, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            continue
        if out and value < 1000:
            out += "零"
        out += section(value) + unit
    out = out.replace("零零", "零")
    return out[1:] if out.startswith("一十") else out


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2)


@given(
    value=amounts,
    places=st.integers(0, 2),
    unit=st.sampled_from(sorted(UNITS)),
    label=st.sampled_from(LABELS),
)
def test_arabic_figures_round_trip(value: Decimal, places: int, unit: str, label: str) -> None:
    number = value.quantize(Decimal(1).scaleb(-places))
    assume(number > 0)
    written = f"{number}{unit}"
    text = f"{label}{written}。"
    q = _one(text)
    family, scale = UNITS[unit]
    assert (q.text, q.family, q.value, q.decimals) == (written, family, number * scale, places)
    assert text[q.span.start : q.span.end] == written
    wide = _one(text.translate(_FULL))
    assert (wide.value, wide.span, wide.unit_text) == (q.value, q.span, q.unit_text)


@given(n=st.integers(1, 10**12 - 1), unit=st.sampled_from(["人", "元", "起", "户"]))
def test_chinese_figures_round_trip(n: int, unit: str) -> None:
    written = _chinese(n) + unit
    q = _one(f"共{written}。")
    assert q.value == n * UNITS[unit][1]
    assert q.text == written


@given(
    st.text(
        alphabet="0123456789０１２３４５６７８９.,-%％一二两三十百千万亿元人起户个次其中共约余<>、，。（）第年号分 ",
        max_size=60,
    )
)
def test_extraction_is_well_formed(text: str) -> None:
    previous_end = 0
    for q in extract(text):
        assert text[q.span.start : q.span.end] == q.text
        assert q.span.start <= q.number_span.start < q.number_span.end <= q.span.end
        assert q.whole_span.start <= q.span.start and q.span.end <= q.whole_span.end
        assert q.span.start >= previous_end
        previous_end = q.span.end


# --- shortcuts: each answers what the plain computation it stands for would ------------------------------------

_NEAR = st.text(alphabet="0123456789１５一十 \u3000-－~～—至到/每人均平户单价元，,。；：、（）!", max_size=12)


@given(_NEAR)
def test_a_range_starts_where_the_plain_pattern_says(after: str) -> None:
    plain = re.compile(r"[-－~～—至到]\s?[0-9０-９零〇一二两三四五六七八九十]")
    assert _starts_range(after) == bool(plain.match(after))


@given(_NEAR)
def test_the_per_unit_clause_is_the_one_after_the_last_break(before: str) -> None:
    prefixes = ("每", "人均", "平均", "户均", "单价")
    clause = re.split(r"[，,。；;：:、（()）！？\r\n]", before)[-1]
    assert _per_unit(before, prefixes) == any(w in clause for w in prefixes)


@given(st.lists(st.text(alphabet="增长加下降减少率", min_size=1, max_size=3), min_size=1, max_size=6), _NEAR)
def test_the_minimal_words_are_in_a_text_when_any_word_is(words: list[str], text: str) -> None:
    text += "".join(words[: len(text) % 3])  # sometimes hold a word
    assert has_any(text, minimal_words(words)) == any(w in text for w in words)


@given(st.text(alphabet="0123456789%％百分之一二十元人<>≥以上不低于超过约，。 ", max_size=40))
def test_percentages_and_bounds_need_their_signs_and_words(text: str) -> None:
    found = extract(text)
    assert sum(1 for q in found if q.family == "percent") <= percent_signs(text)
    if any(q.comparator is not None for q in found):
        assert has_any(text, bound_words())


parts_lists = st.lists(
    st.decimals(min_value=Decimal("1.00"), max_value=Decimal("5000.00"), places=2), min_size=2, max_size=5
)
deltas = st.decimals(min_value=Decimal("0.04"), max_value=Decimal("0.9"), places=2)


def _sentence(total: Decimal, written: list[str]) -> str:
    listed = "，".join(f"{'ABCDE'[i]}类支出{w}" for i, w in enumerate(written))
    return f"本年支出合计{total}万元，其中{listed}。"


@given(parts=parts_lists)
def test_parts_that_add_up_are_recognised_and_accepted(parts: list[Decimal]) -> None:
    total = sum(parts, Decimal(0))
    text = _sentence(total, [f"{p}万元" for p in parts])
    (found,) = breakdowns(parse(text))
    assert found.total.value == total * 10000
    assert [p.quantity.value for p in found.parts] == [p * 10000 for p in parts]
    result = check(found)
    assert result is not None and result.verdict is Verdict.CONSISTENT
    assert not lint(text, "AR").diagnostics


@given(parts=parts_lists, which=st.integers(0, 4), delta=deltas, up=st.booleans())
def test_one_changed_part_is_reported(parts: list[Decimal], which: int, delta: Decimal, up: bool) -> None:
    total = sum(parts, Decimal(0))
    assume(delta <= total / 10)  # a far bigger gap reads as a few parts picked out (max-gap)
    changed = list(parts)
    changed[which % len(parts)] += delta if up else -delta
    found = lint(_sentence(total, [f"{p}万元" for p in changed]), "AR101").diagnostics
    assert len(found) == 1
    assert f"相差{delta.normalize():f}万元" in found[0].message.zh


@given(parts=parts_lists, which=st.integers(0, 4))
def test_one_part_in_yuan_converts(parts: list[Decimal], which: int) -> None:
    total = sum(parts, Decimal(0))
    index = which % len(parts)
    converted = [f"{p}万元" if i != index else f"{p * 10000:.0f}元" for i, p in enumerate(parts)]
    assert not lint(_sentence(total, converted), "AR").diagnostics
    slipped = [f"{p}万元" if i != index else f"{p}元" for i, p in enumerate(parts)]
    assert [d.code for d in lint(_sentence(total, slipped), "AR").diagnostics] == ["AR104"]


# --- the seed report's breakdowns ------------------------------------------------------------------------------


def test_seed_accidents_are_a_breakdown_with_each() -> None:
    found = [_figures(b) for b in breakdowns(parse(SEED_ACCIDENTS))]
    assert ("21起", [("19起", 1), ("1起", 2)]) in found  # 各发生……1起: once for each of the two fields
    assert ("22人", [("19人", 1)]) in found  # one part only: not a sum claim
    by_total = {b.total.text: check(b) for b in breakdowns(parse(SEED_ACCIDENTS))}
    assert by_total["21起"] is not None and by_total["21起"].verdict is Verdict.CONSISTENT
    assert by_total["22人"] is None


def test_seed_punishments_are_breakdowns() -> None:
    found = breakdowns(parse(SEED_PUNISHMENTS))
    assert [_figures(b) for b in found] == [
        ("45人", [("8人", 1), ("2人", 1), ("2人", 1), ("33人", 1)]),
        ("8人", [("2人", 1), ("1人", 1), ("5人", 1)]),
    ]
    assert all(check(b).verdict is Verdict.CONSISTENT for b in found)  # type: ignore[union-attr]


def test_seed_budget_is_three_breakdowns() -> None:
    found = breakdowns(parse(SEED_BUDGET))
    assert sorted((_figures(b), b.claimed) for b in found) == sorted(
        [
            (("1738.4万元", [("523.85万元", 1), ("1214.55万元", 1)]), True),
            (("1738.4万元", [("1590.68万元", 1), ("147.72万元", 1)]), False),  # funding sources beside a 预算
            (
                (
                    "1738.4万元",
                    [
                        ("606.68万元", 1),
                        ("510.78万元", 1),
                        ("470.07万元", 1),
                        ("150.55万元", 1),
                        ("0.32万元", 1),
                    ],
                ),
                True,
            ),
        ]
    )
    assert all(check(b).verdict is Verdict.CONSISTENT for b in found)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "changed", "message"),
    [
        (
            SEED_ACCIDENTS,
            ("道路交通类事故19起", "道路交通类事故18起"),
            "合计21起，分项之和20起（18+1×2），相差1起",
        ),
        (SEED_PUNISHMENTS, ("训诫鸣锣33人", "训诫鸣锣35人"), "合计45人，分项之和47人（8+2+2+35），相差2人"),
        (SEED_PUNISHMENTS, ("问责8人", "问责9人"), "合计9人，分项之和8人（2+1+5），相差1人"),
        (
            SEED_BUDGET,
            ("1214.55", "1214.45"),
            "合计1738.4万元，分项之和1738.3万元（523.85+1214.45），相差0.1万元",
        ),
        (SEED_BUDGET, ("0.32万元", "0.23万元"), "合计1738.4万元，分项之和1738.31万元"),
    ],
)
def test_seed_breakdowns_with_one_number_changed(text: str, changed: tuple[str, str], message: str) -> None:
    assert not lint(text, "AR").diagnostics
    found = lint(text.replace(*changed), "AR").diagnostics
    assert [d.code for d in found] == ["AR101"]
    assert message in found[0].message.zh


@pytest.mark.skipif(not SEED.is_file(), reason="seed report not available")
def test_seed_report_has_no_arithmetic_findings() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = lint(text, "AR")
    assert result.diagnostics == []
    report = result.report
    recognised = {
        (report.position(b.total.span.start)[0], b.total.text, len(b.parts)) for b in breakdowns(report)
    }
    assert {
        (31, "21起", 2),
        (39, "45人", 4),
        (39, "8人", 3),
        (72, "1738.4万元", 2),
        (72, "1738.4万元", 5),
    } <= recognised
