"""Web-page furniture is not report text, in an .html page or pasted with the report into a text file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.engine import Linter
from linter.furniture import blank_furniture, is_furniture
from linter.source import read_source

FURNITURE = [
    "【字体：大 中 小】【打印本页】【关闭窗口】",
    "【字体：大 中 小】",
    "[ 打印 ] [ 关闭 ]",
    "发布时间：2023-05-06  来源：区财政局  阅读次数：123",
    "阅读次数：1234",
    "当前位置：首页 > 政务公开 > 财政资金",
    "首页 > 政务公开 > 预算绩效",
    "分享到：微信 微博 QQ空间",
    "上一篇：关于2021年度部门整体支出绩效自评的报告",
]
REPORT_TEXT = [
    "【请填写单位名称】",
    "【填写字体要求】",
    "时间：2022年度",
    "来源：本局测算，全年支出1000万元。",
    "一、部门基本情况",
    "阅读次数较上年增加了3倍。",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", REPORT_TEXT)
def test_report_text_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


PASTED = """2022年度某区应急管理局部门整体支出绩效自评报告
发布时间：2023-05-06  来源：区财政局  阅读次数：123
【字体：大 中 小】【打印本页】【关闭窗口】
一、部门基本情况
本局2022年度部门整体支出绩效自评得分为96分。
联系人：【请填写】
上一篇：2021年度某县应急管理局部门整体支出绩效自评报告
"""


def test_pasted_web_page_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, "utf-8")
    source = read_source(path)
    assert len(source.text) == len(PASTED) and source.text.count("\n") == PASTED.count("\n")
    assert "阅读次数" not in source.text and "上一篇" not in source.text
    found = Linter().lint_text(source.text, str(path))
    # the 【请填写】 residue is still found on its own line; the 2021年度/某县 of the previous-page link is not read
    assert [
        (d.code, found.report.position(d.span.start)[0])
        for d in found.diagnostics
        if d.code.startswith(("TX", "WD"))
    ] == [("TX104", 6)]


def test_blank_furniture_keeps_every_other_character_in_place() -> None:
    text = "第一行\r\n阅读次数：12\r\n第三行"
    blanked = blank_furniture(text)
    assert blanked.split("\r\n") == ["第一行", " " * len("阅读次数：12"), "第三行"]


def _blanked_line_by_line(text: str) -> str:
    """What blank_furniture means, said plainly: every line tested on its own."""
    return "\n".join(
        re.sub(r"[^\r]", " ", line) if is_furniture(line.rstrip("\r")) else line for line in text.split("\n")
    )


@given(
    st.lists(
        st.sampled_from([*FURNITURE, *REPORT_TEXT, *PASTED.splitlines(), ""]).flatmap(
            lambda line: st.tuples(st.sampled_from(["", " ", "\u3000", "｜", "\t"]), st.just(line))
        ),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_blank_furniture_is_the_line_by_line_test(lines: list[tuple[str, str]], newline: str) -> None:
    text = newline.join(indent + line for indent, line in lines)
    assert blank_furniture(text) == _blanked_line_by_line(text)


def test_html_furniture_inside_the_content(tmp_path: Path) -> None:
    page = """<html><body><div class="content">
    <p>【字体：大 中 小】【打印本页】</p>
    <p>一、部门基本情况</p><p>本局2022年度部门整体支出绩效自评得分为96分。</p>
    <div class="share-box">分享到：微信 微博</div>
    <p>阅读次数：99</p>
    </div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, "utf-8")
    assert read_source(path).text.splitlines() == [
        "一、部门基本情况",
        "本局2022年度部门整体支出绩效自评得分为96分。",
    ]
