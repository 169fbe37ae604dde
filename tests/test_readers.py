"""Document readers: text, locations and tables from .docx/.xlsx/.pdf/.html/.doc, and clear errors for bad files."""

from __future__ import annotations

import shutil
import sys
import textwrap
import zipfile
from decimal import Decimal
from pathlib import Path

import fixtures_docs as fx
import pytest

from linter.engine import Linter
from linter.outcome import recomputed_score
from linter.readers import SUFFIXES, reader_for
from linter.readers import legacy as legacy_reader
from linter.readers._container import check_sizes
from linter.readers._numbering import format_number
from linter.readers.sheet import display
from linter.source import ReadError, Source, read_source, supported_suffixes


def lines(source: Source) -> list[str]:
    return source.text.splitlines()


def at(source: Source, text: str) -> list[str]:
    """Labels of the segments that hold ``text``."""
    labels = [s.location.label() for s in source.segments if source.text[s.start : s.end] == text]
    assert labels, f"no segment holds {text!r}"
    return labels


def codes(source: Source) -> list[str]:
    return [d.code for d in Linter().lint_text(source.text, source.path).diagnostics]


def read_bytes(tmp_path: Path, name: str, data: bytes) -> Source:
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(path)


def read_error(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(ReadError) as caught:
        read_bytes(tmp_path, name, data)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    fx.build_docx(folder / "report.docx")
    fx.build_xlsx(folder / "table.xlsx")
    fx.build_pdf(folder / "report.pdf")
    fx.build_html(folder / "report.html")
    return folder


# ---- registry


def test_suffixes_and_reader_for() -> None:
    assert {".docx", ".xlsx", ".xlsm", ".pdf", ".html", ".htm", ".doc", ".wps"} <= SUFFIXES
    assert SUFFIXES <= supported_suffixes()
    assert reader_for(".DOCX") is reader_for(".docx")
    assert callable(reader_for(".wps"))
    assert reader_for(".txt") is None
    assert reader_for(".odf") is None


# ---- .docx


def test_docx_text_in_document_order_with_restored_numbering(docs: Path) -> None:
    source = read_source(docs / "report.docx")
    assert source.encoding == "docx"
    assert lines(source) == [
        fx.REPORT_TITLE,
        "一、部门基本情况",
        "本局内设机构5个。",
        "二、自评得分情况",
        "（1）履职效能总分值为4分，自评分值为4分",
        fx.SCORE_SENTENCE,
        "（2）满意度总分值为4分，自评分值为4分",
        "1. 社会公众满意度",
        "2. 服务对象满意度",
        "一级指标\t二级指标\t分值\t得分",
        "产出指标\t数量指标\t10\t9",
        "\t质量指标\t10\t10",
        "总分\t\t20\t19",
        "三、存在的问题",
        "1. 预算编制不够精准",
        "2. 绩效目标不够细化",
        "第一行 含制表符",
    ]
    assert "页眉" not in source.text and "页脚" not in source.text


def test_docx_locations_and_tables(docs: Path) -> None:
    source = read_source(docs / "report.docx")
    assert at(source, "二、自评得分情况") == ["第4段"]
    assert at(source, fx.SCORE_SENTENCE) == ["第6段"]
    assert at(source, "三、存在的问题") == ["第10段"]  # numbering continues after the table
    assert at(source, "产出指标") == ["表1 第2行 第1列"]
    assert at(source, "质量指标") == ["表1 第3行 第2列"]
    assert at(source, "19") == ["表1 第4行 第4列"]
    [table] = source.tables
    assert table.name == "表1"
    grid = {(c.row, c.column): source.text[c.start : c.end] for c in table.cells}
    assert grid[(1, 0)] == "产出指标" and grid[(2, 0)] == ""  # vertical merge: text once
    assert grid[(3, 0)] == "总分" and grid[(3, 1)] == ""  # horizontal merge: text once
    assert len(grid) == 16


def test_docx_score_rules_see_the_paragraph(docs: Path) -> None:
    source = read_source(docs / "report.docx")
    result = Linter().lint_text(source.text, source.path)
    [above] = [d for d in result.diagnostics if d.code == "SC101"]
    assert "分值2分，自评得3分" in above.message.zh
    segment = next(s for s in source.segments if s.start <= above.span.start < s.end)
    assert segment.location.label() == "第6段"


def _body_xml(*paragraphs: str) -> list[object]:
    from docx.oxml import parse_xml

    return [parse_xml(f'<w:p xmlns:w="{fx.W_NS}">{p}</w:p>') for p in paragraphs]


def test_docx_hidden_deleted_toc_and_content_controls(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("目录", style="TOC Heading")
    body = document.element.body
    sect = body[-1]
    ns = f'xmlns:w="{fx.W_NS}"'
    toc_style = document.styles.add_style("toc 1", 1)
    raw = [
        f'<w:p {ns}><w:pPr><w:pStyle w:val="{toc_style.style_id}"/></w:pPr><w:r><w:t>一、基本情况……1</w:t></w:r></w:p>',
        f'<w:sdt {ns}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>目录控件里的条目</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        f"<w:p {ns}><w:r><w:t>实际</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        '<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>文字</w:t></w:r></w:p>",
        f"<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        f"<w:p {ns}><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>",
    ]
    for xml in raw:
        sect.addprevious(parse_xml(xml))
    path = tmp_path / "features.docx"
    document.save(str(path))
    source = read_source(path)
    assert lines(source) == ["目录", "实际插入的链接文字", "控件中的段落", "第一行", "第二行"]
    assert (
        at(source, "第一行") == at(source, "第二行") == ["第4段"]
    )  # a manual line break stays in its paragraph


def _numbered_document(tmp_path: Path) -> Path:
    """Lists that continue and restart, heading numbering from a style, bullets and unsupported formats."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    ns = f'xmlns:w="{fx.W_NS}"'
    abstracts = [
        f'<w:abstractNum {ns} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        "</w:abstractNum>",
        f'<w:abstractNum {ns} w:abstractNumId="93"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/></w:lvl>'
        "</w:abstractNum>",
        f'<w:abstractNum {ns} w:abstractNumId="94"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="ordinalText"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>',
        f'<w:abstractNum {ns} w:abstractNumId="95"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>',
    ]
    first_num = numbering.find(f"{{{fx.W_NS}}}num")
    for xml in abstracts:
        first_num.addprevious(parse_xml(xml))
    for num_id, abstract, extra in (
        ("91", "91", ""),
        ("92", "91", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
        ("93", "93", ""),
        ("94", "94", ""),
        ("95", "95", ""),
    ):
        numbering.append(
            parse_xml(f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{extra}</w:num>')
        )
    heading = document.styles["Heading 1"].element
    heading.get_or_add_pPr().append(parse_xml(f'<w:numPr {ns}><w:numId w:val="93"/></w:numPr>'))

    def numbered(text: str, num_id: str, level: int = 0, style: str | None = None) -> None:
        paragraph = document.add_paragraph(text, style=style)
        fx._number(paragraph, num_id, level)

    document.add_heading("基本情况", level=1)
    numbered("甲", "91")
    numbered("甲一", "91", 1)
    numbered("甲二", "91", 1)
    numbered("乙", "91")
    numbered("乙一", "91", 1)
    document.add_heading("得分情况", level=1)
    numbered("丙", "91")  # the same list continues
    numbered("重新开始", "92")  # a restart of the same definition
    numbered("接着", "92")
    document.add_paragraph("要点", style="List Bullet")
    numbered("序数", "94")
    numbered("圆圈", "95")
    unnumbered = document.add_heading("不编号的标题", level=1)
    fx._number(unnumbered, "0", 0)
    document.add_heading("问题", level=1)
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    return path


def test_docx_numbering_counts_like_word(tmp_path: Path) -> None:
    source = read_source(_numbered_document(tmp_path))
    assert lines(source) == [
        "一、基本情况",
        "1、甲",
        "1.1 甲一",
        "1.2 甲二",
        "2、乙",
        "2.1 乙一",
        "二、得分情况",
        "3、丙",
        "1、重新开始",
        "2、接着",
        "要点",  # a bullet adds no marker
        "序数",  # a format without a rendering adds nothing rather than a wrong number
        "①圆圈",
        "不编号的标题",
        "三、问题",
    ]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCountingThousand", "一百零五"),
        (110, "chineseCounting", "一百一十"),
        (11, "chineseLegalSimplified", "壹拾壹"),
        (3, "ideographTraditional", "丙"),
        (3, "decimalEnclosedCircle", "③"),
        (12, "decimalFullWidth", "１２"),
        (7, "decimalZero", "07"),
        (28, "upperLetter", "BB"),
        (14, "lowerRoman", "xiv"),
        (2, "decimalEnclosedParen", "(2)"),
        (1, "ordinal", None),
    ],
)
def test_number_formats(value: int, fmt: str, expected: str | None) -> None:
    assert format_number(value, fmt) == expected


# ---- .xlsx


def test_xlsx_rows_cells_and_numbers(docs: Path) -> None:
    source = read_source(docs / "table.xlsx")
    assert source.encoding == "xlsx"
    text = lines(source)
    assert text[0] == "2022年度部门整体支出绩效自评表"
    assert text[1] == "一级指标\t二级指标\t三级指标\t完成值\t分值\t得分"
    assert text[2] == "产出指标\t数量指标\t培训人次\t1200\t10\t10"
    assert text[3] == "\t\t检查次数\t24\t10\t9"  # merged A3:A6 and B3:B4 hold their value once
    assert text[4] == "\t质量指标\t验收合格率\t98.5%\t10\t9.5"
    assert text[5] == "\t时效指标\t完成及时率\t100%\t10\t10"
    assert text[9] == "成本指标\t经济成本\t成本节约率\t5%\t10\t10"  # 10.0 shows as 10
    assert text[11] == "总分\t\t\t\t100\t96.5"
    assert text[12] == "得分依据见报告正文"  # the second sheet
    assert "隐藏" not in source.text  # hidden sheets are not read
    assert at(source, "96.5") == ["自评表!F12"]
    assert at(source, "98.5%") == ["自评表!D5"]
    assert at(source, "得分依据见报告正文") == ["说明!B2"]
    sheet, notes = source.tables
    assert (sheet.name, notes.name) == ("自评表", "说明")
    total = next(c for c in sheet.cells if source.text[c.start : c.end] == "96.5")
    assert (total.row, total.column) == (11, 5)
    assert [(c.row, c.column) for c in notes.cells] == [(1, 1)]


def test_xlsx_total_mismatch_points_at_the_cell(tmp_path: Path, docs: Path) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(docs / "table.xlsx")
    workbook["自评表"]["F12"] = 97
    path = tmp_path / "wrong_total.xlsx"
    workbook.save(path)
    source = read_source(path)
    assert codes(read_source(docs / "table.xlsx")) == []
    result = Linter().lint_text(source.text, source.path)
    sums = [d for d in result.diagnostics if d.code.startswith("SC2")]
    assert sums, result.diagnostics
    cells = {s.location.label() for d in sums for s in source.segments if s.start <= d.span.start < s.end}
    assert "自评表!F12" in cells


def ten_hao_sheet(path: Path, scores: dict[str, object] | None = None) -> Path:
    """The 10号 自评表 as Excel draws it: 指标名称 merged over B:D with 一级/二级/三级指标 on the row below, and
    年度指标值 … 得分 each merged down over both header rows."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "自评表"
    sheet.append(["项目资金（万元）", None, None, "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    sheet.append([None, "年度资金总额", None, 100, 100, 10, 1, 10])
    sheet.append([])
    sheet.append([])
    sheet.append(["绩效指标", "指标名称", None, None, "年度指标值", "实际完成值", "分值", "得分"])
    sheet.merge_cells("B5:D5")
    for column in "EFGH":
        sheet.merge_cells(f"{column}5:{column}6")
    sheet.append([None, "一级指标", "二级指标", "三级指标"])
    rows = [
        ("产出指标", "数量指标", "完成数量", 30),
        (None, "质量指标", "验收合格率", 20),
        ("效益指标", "社会效益指标", "受益人数", 20),
        (None, "生态效益指标", "节能率", 10),
        ("满意度指标", "服务对象满意度指标", "满意度", 10),
    ]
    for first, second, third, points in rows:
        sheet.append([None, first, second, third, "达标", "达标", points, points])
    sheet.append(["总分", None, None, None, None, None, 100, 100])
    for cell, value in (scores or {}).items():
        sheet[cell] = value
    workbook.save(path)
    return path


def test_xlsx_name_header_over_two_rows(tmp_path: Path) -> None:
    source = read_source(ten_hao_sheet(tmp_path / "ten.xlsx"))
    assert "绩效指标\t指标名称\t\t\t年度指标值\t实际完成值\t分值\t得分" in lines(source)
    assert codes(source) == []
    missing = read_source(ten_hao_sheet(tmp_path / "missing.xlsx", {"H10": None}))
    found = [d for d in Linter().lint_text(missing.text, missing.path).diagnostics if d.code.startswith("SC")]
    assert [d.code for d in found] == ["SC301"] and "节能率" in found[0].message.zh


def _with_copy(path: Path, copy: Path, changes: dict[str, object]) -> Path:
    """The workbook at ``path`` with a second sheet copying its 自评表 cell for cell, but for ``changes``."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    printed = workbook.copy_worksheet(workbook["自评表"])
    printed.title = "打印稿"
    for cell, value in changes.items():
        printed[cell] = value
    workbook.save(copy)
    return copy


def test_xlsx_sheet_copied_cell_for_cell_is_read_once(tmp_path: Path) -> None:
    # A print copy of the form (its cells linked to the first sheet by formulas) is no paste to report.
    original = read_source(ten_hao_sheet(tmp_path / "ten.xlsx"))
    copied = read_source(_with_copy(tmp_path / "ten.xlsx", tmp_path / "copied.xlsx", {}))
    assert copied.text == original.text
    assert codes(copied) == []


def test_xlsx_sheet_copied_with_a_change_is_read_and_reported(tmp_path: Path) -> None:
    # Another sheet that differs in a single cell is no copy of the form: its rows are read, and ST101 reports
    # the repeat with the number that differs.
    source = read_source(_with_copy(ten_hao_sheet(tmp_path / "ten.xlsx"), tmp_path / "changed.xlsx", {"H7": 9}))
    assert source.text.count("验收合格率") == 2
    found = [d for d in Linter().lint_text(source.text, source.path).diagnostics if d.code == "ST101"]
    assert len(found) == 1 and "“9”" in found[0].message.zh


def test_xlsx_score_formula_without_value_is_not_a_missing_score(tmp_path: Path) -> None:
    # openpyxl saves formulas without computed values: the score is there, jxlint only cannot read it.
    source = read_source(ten_hao_sheet(tmp_path / "formula.xlsx", {"H2": "=ROUND(MIN(G2,1)*F2,2)", "H10": "=G10"}))
    result = Linter().lint_text(source.text, source.path)
    assert sorted(d.code for d in result.diagnostics) == ["TX107", "TX107"]
    assert recomputed_score(result.report) is None  # the sum needs a score no one can read


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        (9.5, "0.00", "9.5"),
        (25 / 3, "0.00", "8.33"),  # a stored formula value shows the format's decimals
        (97.1333333333333, "0.00", "97.13"),
        (9.875, "0.00", "9.88"),  # half up, as Excel rounds
        (0.98512, "0.00%", "98.51%"),
        (1234.5678, "#,##0.00", "1234.57"),
        (9.5, "0", "10"),
        (8.3333, '0.00_);[Red](0.00)', "8.33"),
        (8.3333, '0.00"分"', "8.33"),
        (8.3333, "General", "8.3333"),
        (1.23456e-3, "0.00E+00", "0.00123456"),
        (0.985, "0.00%", "98.5%"),
        (1, "0%", "100%"),
        (0.5, '0.0"%"', "0.5"),  # a quoted % is a literal, not a percentage format
        (1e-05, "General", "0.00001"),
        (12345678901, "General", "12345678901"),
        (Decimal("2.50"), "General", "2.5"),
        (True, "General", "TRUE"),
        (None, "General", ""),
        ("分值\n（分）", "General", "分值 （分）"),
    ],
)
def test_xlsx_display(value: object, number_format: str, expected: str) -> None:
    assert display(value, number_format) == expected


def test_xlsx_dates() -> None:
    import datetime as dt

    assert display(dt.datetime(2022, 12, 31)) == "2022-12-31"
    assert display(dt.datetime(2022, 12, 31, 8, 30)) == "2022-12-31 08:30:00"


# ---- .pdf


def test_pdf_text_tables_and_locations(docs: Path) -> None:
    source = read_source(docs / "report.pdf")
    assert source.encoding == "pdf"
    assert lines(source) == [
        fx.REPORT_TITLE,
        "一、部门基本情况",
        fx.LONG_PARAGRAPH,  # wrapped lines are joined back into one paragraph
        "二、自评得分情况",
        "一级指标\t分值\t得分",
        "产出指标\t10\t9",
        "总分\t20\t19",
        "表后说明文字。",
        "三、存在的问题",
    ]
    start = source.text.index(fx.LONG_PARAGRAPH)
    pieces = [s for s in source.segments if start <= s.start < start + len(fx.LONG_PARAGRAPH)]
    assert [s.location.label() for s in pieces] == ["第1页 第3行", "第1页 第4行", "第1页 第5行"]
    assert at(source, "三、存在的问题") == ["第2页 第1行"]
    assert at(source, "总分") == ["第1页 表1 第3行 第1列"]  # a PDF table cell names its page
    cell = next(s for s in source.segments if source.text[s.start : s.end] == "总分")
    assert cell.location.page == 1
    [table] = source.tables
    assert [source.text[c.start : c.end] for c in table.cells if c.row == 2] == ["总分", "20", "19"]


def test_pdf_score_rules_see_the_paragraph(docs: Path) -> None:
    assert "SC101" in codes(read_source(docs / "report.pdf"))


TEN_HAO_ROWS = [  # the 10号 自评表 with its two-line indicator header (merged as listed in TEN_HAO_SPANS)
    ["项目资金（万元）", "", "", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "", "100", "100", "10", "100%", "10"],
    ["绩效指标", "指标名称", "", "", "年度指标值", "实际完成值", "分值", "得分"],
    ["", "一级指标", "二级指标", "三级指标", "", "", "", ""],
    ["", "产出指标", "数量指标", "完成数量", "≥30", "32", "30", "30"],
    ["", "", "质量指标", "合格率", "100%", "100%", "20", "20"],
    ["", "效益指标", "社会效益", "受益人数", "≥500", "520", "20", "20"],
    ["", "", "生态效益", "节能率", "≥5%", "5%", "10", "10"],
    ["", "满意度指标", "服务对象", "满意度", "≥90%", "95%", "10", "10"],
    ["总分", "", "", "", "", "", "100", "100"],
]
TEN_HAO_SPANS = [((1, 2), (3, 2)), ((0, 2), (0, 3))] + [((c, 2), (c, 3)) for c in range(4, 8)]  # (col, row)


def test_pdf_and_docx_name_header_over_two_rows(tmp_path: Path) -> None:
    import docx
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    font = fx._cjk_font()
    table = Table(TEN_HAO_ROWS, colWidths=[55, 60, 55, 60, 55, 55, 35, 35])
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] + [("SPAN", a, b) for a, b in TEN_HAO_SPANS]
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(tmp_path / "ten.pdf"), pagesize=A4).build([table])
    document = docx.Document()
    word_table = document.add_table(rows=len(TEN_HAO_ROWS), cols=len(TEN_HAO_ROWS[0]))
    for (left, top), (right, bottom) in TEN_HAO_SPANS:
        word_table.cell(top, left).merge(word_table.cell(bottom, right))
    for r, values in enumerate(TEN_HAO_ROWS):
        for c, value in enumerate(values):
            if value:
                word_table.cell(r, c).text = value
    document.save(str(tmp_path / "ten.docx"))
    for name in ("ten.pdf", "ten.docx"):
        source = read_source(tmp_path / name)
        assert [c for c in codes(source) if c.startswith("SC")] == [], name
        wrong = source.text.replace("\t20\t20\n", "\t20\t19\n", 1)  # a wrong total is still found
        assert [d.code for d in Linter().lint_text(wrong).diagnostics if d.code.startswith("SC")] == ["SC201"], name


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = fx.build_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ReadError, match=r"^PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再检查$"):
        read_source(path)


def test_pdf_bad_files(tmp_path: Path, docs: Path) -> None:
    assert read_error(tmp_path, "empty.pdf", b"") == "PDF 文件是空的（0 字节）"
    assert "不是有效的 PDF" in read_error(tmp_path, "fake.pdf", "这不是PDF".encode())
    good = (docs / "report.pdf").read_bytes()
    assert read_error(tmp_path, "cut.pdf", good[: len(good) // 3]).startswith("PDF 已损坏或无法解析")
    encrypted = fx.build_encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(ReadError, match="PDF 设有打开密码"):
        read_source(encrypted)


# ---- .html


def test_html_body_without_site_chrome(docs: Path) -> None:
    source = read_source(docs / "report.html")
    assert source.encoding == "html"
    assert lines(source) == [
        fx.REPORT_TITLE,  # the title block just before the content is kept
        "一、部门基本情况",
        "本局内设机构5个，在职人员32人。",  # a source line break between Chinese characters is no space
        "二、自评得分情况",
        fx.SCORE_SENTENCE,
        "一级指标\t二级指标\t分值\t得分",
        "产出指标\t数量指标\t10\t9",
        "\t质量指标\t10\t10",
        "总分\t\t20\t19",
        "1. 预算编制不够精准",
        "2. 绩效目标不够细化",
        "三、下一步工作",
        "加强预算管理。",
    ]
    for noise in ("首页", "政务公开", "当前位置", "版权所有", "分享到", "var menu", "color", "门户网站"):
        assert noise not in source.text
    assert at(source, fx.SCORE_SENTENCE) == ["第5段"]
    assert at(source, "总分") == ["表1 第4行 第1列"]
    [table] = source.tables
    assert len(table.cells) == 16
    assert "SC101" in codes(source)


def test_html_prefers_article_and_reads_layout_tables(tmp_path: Path) -> None:
    page = textwrap.dedent(
        """\
        <html><head><meta charset="utf-8"></head><body>
        <header><h1>门户网站</h1></header>
        <table><tr><td><ul class="menu"><li><a href="#">首页</a></li></ul></td>
        <td><article><h1>绩效自评报告</h1><div class="article-header">发布日期：2023-05-10</div>
        <table><tr><td><p>一、基本情况</p><p>内容一</p></td></tr></table>
        <p style="display:none">隐藏内容</p><p>二、得分情况</p></article></td></tr></table>
        <aside>相关文章</aside><footer>联系我们</footer></body></html>
        """
    )
    source = read_bytes(tmp_path, "page.htm", page.encode("utf-8"))
    assert lines(source) == ["绩效自评报告", "一、基本情况", "内容一", "二、得分情况"]
    assert source.tables == ()


def test_html_layout_table_page_keeps_short_headings(tmp_path: Path) -> None:
    long = "本年度各项工作有序推进，" * 40
    page = f"""<html><head><meta charset="utf-8"></head><body>
        <table width="980"><tr><td><a href="/">首页</a> <a href="/a">机构设置</a> <a href="/b">政务公开</a></td></tr>
        <tr><td><div class="TRS_Editor"><p>一、基本情况</p><p>{long}</p><p>二、自评结论</p>
        <p>自评得分为96分。</p></div></td></tr>
        <tr><td>主办单位：某县人民政府办公室</td></tr></table></body></html>"""
    source = read_bytes(tmp_path, "gov.html", page.encode("utf-8"))
    assert lines(source) == ["一、基本情况", long, "二、自评结论", "自评得分为96分。"]


def test_html_charset_declared_wrongly_is_detected(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>一、部门整体支出绩效自评报告正文内容</p></body></html>'
    source = read_bytes(tmp_path, "gbk.html", page.encode("gb18030"))
    assert lines(source) == ["一、部门整体支出绩效自评报告正文内容"]


def test_html_empty(tmp_path: Path) -> None:
    assert read_error(tmp_path, "empty.html", b"") == "文件是空的（没有内容）"


# ---- bad Office files


def test_docx_bad_files(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy_reader, "converter", lambda: None)
    good = (docs / "report.docx").read_bytes()
    assert read_error(tmp_path, "empty.docx", b"") == "文件是空的（0 字节）"
    assert read_error(tmp_path, "cut.docx", good[: len(good) // 2]).startswith("文件已损坏或不完整")
    assert read_error(tmp_path, "old.docx", fx.fake_ole("WordDocument")).startswith(
        "这是旧版 Word（.doc）格式的文件，扩展名却是 .docx：请在 Word 或 WPS 中打开并另存为 .docx"
    )
    locked = fx.fake_ole("EncryptionInfo", "EncryptedPackage")
    assert read_error(tmp_path, "locked.docx", locked).startswith("文件设有打开密码（已加密）")
    assert "不是有效的 Word 文档" in read_error(tmp_path, "text.docx", "纯文本".encode())
    excel = (docs / "table.xlsx").read_bytes()
    assert (
        read_error(tmp_path, "excel.docx", excel)
        == "这是 Excel 文件（.xlsx），扩展名却是 .docx：请改回 .xlsx"
    )
    no_body = fx.plain_zip({"[Content_Types].xml": "<Types/>"})
    assert read_error(tmp_path, "nobody.docx", no_body) == "不是 Word 文档：压缩包里没有 word/document.xml"
    broken = fx.plain_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<<<"})
    message = read_error(tmp_path, "broken.docx", broken)
    assert message.startswith("无法读取 Word 文档: ") and "BytesIO" not in message  # the library's English after ": "
    macro = fx.plain_zip(
        {
            "[Content_Types].xml": '<Types><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
            "word/document.xml": "<w:document/>",
        }
    )
    assert read_error(tmp_path, "macro.docx", macro).startswith("这是启用宏的 Word 文档（.docm）")


def test_xlsx_bad_files(tmp_path: Path, docs: Path) -> None:
    assert read_error(tmp_path, "empty.xlsx", b"") == "文件是空的（0 字节）"
    assert read_error(tmp_path, "old.xlsx", fx.fake_ole("Workbook")).startswith(
        "这是旧版 Excel（.xls）格式的文件"
    )
    locked = fx.fake_ole("EncryptionInfo", "EncryptedPackage")
    assert read_error(tmp_path, "locked.xlsm", locked).startswith("文件设有打开密码")
    good = (docs / "table.xlsx").read_bytes()
    assert read_error(tmp_path, "cut.xlsx", good[:3000]).startswith("文件已损坏或不完整")
    word = (docs / "report.docx").read_bytes()
    assert read_error(tmp_path, "word.xlsx", word).startswith("这是 Word 文件（.docx）")
    broken = fx.plain_zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<<<"})
    assert read_error(tmp_path, "broken.xlsx", broken).startswith("无法读取 Excel 工作簿: File contains")


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = fx.zip_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 100_000
    with pytest.raises(ReadError, match=r"word/document\.xml 的压缩比异常.*疑似压缩炸弹"):
        read_source(path)


def test_zip_total_size_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index in range(3):
            archive.writestr(f"part{index}.xml", "x" * 600_000)
    with zipfile.ZipFile(path) as archive:
        check_sizes(archive, max_total=2_000_000)
        with pytest.raises(ReadError, match="压缩包解压后超过 1 MB"):
            check_sizes(archive, max_total=1024 * 1024)


# ---- .doc and .wps


def _tool(folder: Path, name: str, body: str) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    script.chmod(0o755)


def test_doc_without_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    message = read_error(tmp_path, "old.doc", fx.fake_ole("WordDocument"))
    assert message == "无法读取 .doc 文件：请安装 LibreOffice（soffice）后重试，或另存为 .docx"
    assert read_error(tmp_path, "junk.wps", b"plain words").startswith("不是 Word 文档")
    assert read_error(tmp_path, "empty.doc", b"") == "文件是空的（0 字节）"
    locked = fx.fake_ole("EncryptionInfo", "EncryptedPackage")
    assert read_error(tmp_path, "locked.doc", locked).startswith("文件设有打开密码")


def test_doc_converted_by_soffice(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _tool(
        bin_dir,
        "soffice",
        """\
        import os, pathlib, shutil, sys
        args = sys.argv[1:]
        assert "--headless" in args and any(a.startswith("-env:UserInstallation=file:") for a in args)
        assert args[args.index("--convert-to") + 1] == "docx"
        out = pathlib.Path(args[args.index("--outdir") + 1])
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(os.environ["FAKE_DOCX"], out / (pathlib.Path(args[-1]).stem + ".docx"))
        """,
    )
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("FAKE_DOCX", str(docs / "report.docx"))
    source = read_bytes(tmp_path, "old.doc", fx.fake_ole("WordDocument"))
    assert source.encoding == "doc"
    assert fx.SCORE_SENTENCE in lines(source)
    assert at(source, "产出指标") == ["表1 第2行 第1列"]
    # a .docx that is really an old .doc is converted too when LibreOffice is there
    assert read_bytes(tmp_path, "renamed.docx", fx.fake_ole("WordDocument")).encoding == "doc"


def test_doc_soffice_failure_and_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _tool(
        bin_dir, "soffice", 'import sys\nprint("Error: source file could not be loaded", file=sys.stderr)\n'
    )
    monkeypatch.setenv("PATH", str(bin_dir))
    message = read_error(tmp_path, "old.doc", fx.fake_ole("WordDocument"))
    assert (
        message == "LibreOffice 未能转换此文件（Error: source file could not be loaded），请手动另存为 .docx"
    )
    _tool(bin_dir, "soffice", "import time\ntime.sleep(10)\n")
    monkeypatch.setattr(legacy_reader, "CONVERT_TIMEOUT", 0.5)
    assert read_error(tmp_path, "slow.wps", fx.fake_ole("WordDocument")).startswith("LibreOffice 转换超时")


def test_doc_read_by_antiword(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    output = tmp_path / "antiword-output.txt"
    output.write_text(
        f"一、部门基本情况\n\n{fx.SCORE_SENTENCE}\n|一级指标 |分值 |得分 |\n|产出指标 |10 |9 |\n结束。\n",
        encoding="utf-8",
    )
    _tool(
        bin_dir,
        "antiword",
        f"""\
        import sys
        assert sys.argv[1:3] == ["-m", "UTF-8.txt"]
        sys.stdout.buffer.write(open({str(output)!r}, "rb").read())
        """,
    )
    monkeypatch.setenv("PATH", str(bin_dir))
    source = read_bytes(tmp_path, "old.doc", fx.fake_ole("WordDocument"))
    assert lines(source) == [
        "一、部门基本情况",
        fx.SCORE_SENTENCE,
        "一级指标\t分值\t得分",
        "产出指标\t10\t9",
        "结束。",
    ]
    assert at(source, fx.SCORE_SENTENCE) == ["第2段"]
    assert at(source, "10") == ["表1 第2行 第2列"]
    assert "SC101" in codes(source)


def test_doc_that_is_really_docx_or_html(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    renamed = read_bytes(tmp_path, "renamed.doc", (docs / "report.docx").read_bytes())
    assert renamed.encoding == "docx" and fx.SCORE_SENTENCE in renamed.text
    page = (docs / "report.html").read_bytes()
    web = read_bytes(tmp_path, "export.doc", page)
    assert web.encoding == "html" and fx.SCORE_SENTENCE in web.text
    mht = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + __import__("base64").encodebytes(f"<html><body><p>{fx.SCORE_SENTENCE}</p></body></html>".encode())
        + b"\r\n--b--\r\n"
    )
    assert lines(read_bytes(tmp_path, "archive.doc", mht)) == [fx.SCORE_SENTENCE]


# ---- .xls, .et, .ods and .odt


def _fake_soffice(bin_dir: Path, target: str) -> None:
    """A soffice that “converts” by copying the file named in FAKE_OUTPUT, after checking it was asked for
    ``target``."""
    _tool(
        bin_dir,
        "soffice",
        f"""\
        import os, pathlib, shutil, sys
        args = sys.argv[1:]
        assert "--headless" in args and args[args.index("--convert-to") + 1] == {target!r}
        out = pathlib.Path(args[args.index("--outdir") + 1])
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(os.environ["FAKE_OUTPUT"], out / (pathlib.Path(args[-1]).stem + ".{target}"))
        """,
    )


def test_old_spreadsheets_converted_by_soffice(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _fake_soffice(bin_dir, "xlsx")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("FAKE_OUTPUT", str(docs / "table.xlsx"))
    expected = lines(read_source(docs / "table.xlsx"))
    for name, data in (
        ("old.xls", fx.fake_ole("Workbook")),
        ("wps.et", fx.fake_ole("Workbook")),
        ("open.ods", fx.plain_zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})),
    ):
        source = read_bytes(tmp_path, name, data)
        assert source.encoding == name.rsplit(".", 1)[1]
        assert lines(source) == expected
        assert at(source, "96.5") == ["自评表!F12"]  # sheets and cells as the workbook names them


def test_odt_converted_by_soffice(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _fake_soffice(bin_dir, "docx")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("FAKE_OUTPUT", str(docs / "report.docx"))
    odt = fx.plain_zip({"mimetype": "application/vnd.oasis.opendocument.text"})
    source = read_bytes(tmp_path, "report.odt", odt)
    assert source.encoding == "odt" and fx.SCORE_SENTENCE in lines(source)


def test_old_spreadsheet_that_is_really_xlsx_or_a_web_page(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no converter needed
    renamed = read_bytes(tmp_path, "renamed.xls", (docs / "table.xlsx").read_bytes())
    assert renamed.encoding == "xlsx" and "总分\t\t\t\t100\t96.5" in lines(renamed)
    page = b"<table><tr><td>\xe4\xb8\x80\xe7\xba\xa7\xe6\x8c\x87\xe6\xa0\x87</td><td>10</td></tr></table>"
    web = read_bytes(tmp_path, "export.xls", b"<html><body>" + page + b"</body></html>")
    assert web.encoding == "html" and "一级指标" in web.text


def test_old_spreadsheet_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert read_error(tmp_path, "old.xls", fx.fake_ole("Workbook")) == (
        "无法读取 .xls 文件：请安装 LibreOffice（soffice）后重试，或另存为 .xlsx"
    )
    assert read_error(tmp_path, "open.ods", fx.plain_zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})) == (
        "无法读取 .ods 文件：请安装 LibreOffice（soffice）后重试，或另存为 .xlsx"
    )
    assert read_error(tmp_path, "empty.et", b"") == "文件是空的（0 字节）"
    assert read_error(tmp_path, "junk.xls", b"plain words").startswith("不是表格文件")
    assert read_error(tmp_path, "locked.xls", fx.fake_ole("EncryptionInfo", "EncryptedPackage")).startswith(
        "文件设有打开密码"
    )
    assert read_error(tmp_path, "junk.odt", b"plain words").startswith("不是 OpenDocument 文档")
    bin_dir = tmp_path / "bin"
    _tool(bin_dir, "soffice", 'import sys\nprint("Error: source file could not be loaded", file=sys.stderr)\n')
    monkeypatch.setenv("PATH", str(bin_dir))
    assert read_error(tmp_path, "bad.xls", fx.fake_ole("Workbook")) == (
        "LibreOffice 未能转换此表格（Error: source file could not be loaded），请手动另存为 .xlsx"
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_workbook_saved_as_xls_and_ods_reads_as_the_xlsx(tmp_path: Path, docs: Path) -> None:
    """With the real LibreOffice: the same workbook as .xlsx, .xls and .ods gives the same text and findings."""
    import subprocess

    original = read_source(docs / "table.xlsx")
    for target in ("xls", "ods"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
             "--convert-to", target, "--outdir", str(tmp_path), str(docs / "table.xlsx")],
            check=True, capture_output=True, timeout=120,
        )
        converted = read_source(tmp_path / f"table.{target}")
        assert lines(converted) == lines(original)
        assert codes(converted) == codes(original)


def test_html_list_nested_right_in_a_list_keeps_its_numbers(tmp_path: Path) -> None:
    """LibreOffice writes a heading list's second level as an <ol start> right inside the first <ol>: numbered as
    a browser shows it."""
    page = (
        "<html><body><ol><li><h1>部门基本情况</h1><ol><li><h2>主要职能</h2></li></ol></li></ol>"
        "<p>本局负责全县市场监管。</p><ol><ol start=\"2\"><li><h2>机构和人员情况</h2></li></ol></ol></body></html>"
    )
    source = read_bytes(tmp_path, "exported.html", page.encode())
    assert lines(source) == ["1. 部门基本情况", "1. 主要职能", "本局负责全县市场监管。", "2. 机构和人员情况"]


REPEATED_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
BEFORE_THE_BREAK = [["产出", "职责履行", "实际完成率", "10", "10"]]
AFTER_THE_BREAK = [["产出", "职责履行", "完成及时率", "20", "19.5"], ["产出小计", "", "", "30", "{subtotal}"]]


def _sums(source: Source) -> list[str]:
    return [d.message.zh for d in Linter().lint_text(source.text, source.path).diagnostics if d.code[:3] == "SC2"]


@pytest.mark.parametrize("between", [None, "", "续表", "表1（续）"], ids=["one-table", "blank", "续表", "表1（续）"])
def test_docx_table_with_its_header_again_after_the_break(tmp_path: Path, between: str | None) -> None:
    """The header typed again inside a Word table, or a table cut in two with a caption (续表) between the parts,
    each starting with the header: 产出 goes on over the break; a wrong 小计 is still found with its numbers."""
    import docx

    def build(subtotal: str) -> Source:
        document = docx.Document()
        document.add_paragraph("某县某局2023年度部门整体支出绩效自评报告")
        after = [[c.format(subtotal=subtotal) for c in row] for row in AFTER_THE_BREAK]
        parts = [[REPEATED_HEADER, *BEFORE_THE_BREAK, REPEATED_HEADER, *after]]
        if between is not None:
            parts = [[REPEATED_HEADER, *BEFORE_THE_BREAK], [REPEATED_HEADER, *after]]
        for index, rows in enumerate(parts):
            if index:
                document.add_paragraph(between)
            table = document.add_table(rows=len(rows), cols=len(REPEATED_HEADER))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    table.cell(r, c).text = value
        path = tmp_path / f"repeated{subtotal}.docx"
        document.save(str(path))
        return read_source(path)

    assert _sums(build("29.5")) == []
    assert _sums(build("29")) == ["产出：分项得分合计29.5分（29.5），与自评分29分不符"]


def test_a_caption_with_a_sentence_between_two_tables_keeps_them_apart() -> None:
    """Two tables with the same header and a sentence between them are two tables."""
    from linter.parse.parser import parse

    rows = "一级指标\t二级指标\t分值\t得分\n产出\t数量指标\t10\t10\n"
    assert len(parse(rows + "续表\n" + rows).tables) == 1
    assert len(parse(rows + "以下为二期项目：\n" + rows).tables) == 2
    assert len(parse(rows + "\n\n\n\n" + rows).tables) == 2  # four blank lines: not one table


def test_xlsx_header_row_typed_again(tmp_path: Path) -> None:
    import openpyxl

    def build(subtotal: str) -> Source:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "自评表"
        for row in [REPEATED_HEADER, *BEFORE_THE_BREAK, REPEATED_HEADER, *AFTER_THE_BREAK]:
            sheet.append([float(c) if c[:1].isdigit() else c.format(subtotal=subtotal) or None for c in row])
        path = tmp_path / f"repeated{subtotal}.xlsx"
        workbook.save(str(path))
        return read_source(path)

    assert _sums(build("29.5")) == []
    assert _sums(build("29")) == ["产出：分项得分合计29.5分（29.5），与自评分29分不符"]


def test_pdf_pages_keep_their_own_margins(tmp_path: Path) -> None:
    """An attachment's page set wider than the report's (its lines starting further left) does not make the
    report's body lines look indented: each page's wrapped lines are joined by its own margins."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = fx._cjk_font()
    path = tmp_path / "margins.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(font, 12)
    body = fx.LONG_PARAGRAPH
    # the report's body: a first line indented by two characters, then 36 characters a line from x = 70
    wrapped = [body[:34], *(body[i : i + 36] for i in range(34, len(body), 36))]
    for i, piece in enumerate(wrapped):
        pdf.drawString(94 if i == 0 else 70, 780 - 18 * i, piece)
    for i, piece in enumerate(["二、存在的问题", "个别指标设置不够细化。"]):
        pdf.drawString(70, 780 - 18 * (len(wrapped) + i), piece)
    pdf.showPage()
    pdf.setFont(font, 12)
    for i, row in enumerate(["附件：自评表", "指标名称 分值 得分", "应急演练次数 2 2", "宣传培训场次 3 3", "合计 5 5"]):
        pdf.drawString(40, 780 - 18 * i, row)  # the attachment's page: every line from x = 40
    pdf.save()
    source = read_source(path)
    assert fx.LONG_PARAGRAPH in lines(source)


def test_pdf_unruled_table_with_a_wrapped_cell(tmp_path: Path) -> None:
    """A table drawn without rules, one of its names too long for its column: the rest of the name on a line of
    its own belongs to that cell, and the table goes on below it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = fx._cjk_font()
    path = tmp_path / "wrapped.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(font, 10)
    columns = (50, 150, 300, 360)
    rows = [
        ("指标名称", "年度指标值", "分值", "得分"),
        ("乡镇综合文化站提", "≥9个", "10", "10"),
        ("升改造个数",),
        ("农家书屋补充图书", "≥3.6万册", "10", "10"),
        ("总分", "", "20", "20"),
    ]
    for i, row in enumerate(rows):
        for x, text in zip(columns, row, strict=False):
            pdf.drawString(x, 780 - 16 * i, text)
    pdf.save()
    source = read_source(path)
    assert [r.split("\t") for r in lines(source)][1:3] == [
        ["乡镇综合文化站提升改造个数", "≥9个", "10", "10"],
        ["农家书屋补充图书", "≥3.6万册", "10", "10"],
    ]
