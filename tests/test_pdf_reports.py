"""A plain-text report typeset as a PDF (running header, page numbers, wrapped lines) reads back as the same
report: the same error and warning findings at the same places, with no finding made by the layout."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import fixtures_docs as fx
import pytest

from linter.diagnostics import Diagnostic, Severity
from linter.engine import Linter, LintResult
from linter.source import read_source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
SAMPLE = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"


def _lint(path: Path) -> LintResult:
    return Linter().lint_text(read_source(path).text, str(path))


def _place(result: LintResult, d: Diagnostic) -> str:
    """Where a finding points, independent of the layout: the text of its paragraph from the span on (without
    spaces, and without “·”, which STSong-Light has no glyph for)."""
    text = result.report.text
    end = text.find("\n", d.span.start)
    return re.sub(r"[\s·]+", "", text[d.span.start : end if end >= 0 else len(text)])[:20]


def _findings(result: LintResult) -> Counter[tuple[str, str, str]]:
    """Errors and warnings as (code, place, message without line numbers)."""
    return Counter(
        (d.code, _place(result, d), re.sub(r"第[\d–]+行", "第…行", d.message.zh))
        for d in result.diagnostics
        if d.severity is not Severity.INFO
    )


def _as_pdf(source: Path, folder: Path) -> tuple[LintResult, LintResult]:
    text = read_source(source).text
    pdf = fx.build_report_pdf(text, folder / (source.stem + ".pdf"), "绩效自评报告（公开版）")
    return _lint(source), _lint(pdf)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[LintResult, LintResult]:
    return _as_pdf(SAMPLE, tmp_path_factory.mktemp("sample-pdf"))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[LintResult, LintResult]:
    if not SEED.is_file():
        pytest.skip("seed report not available")
    return _as_pdf(SEED, tmp_path_factory.mktemp("seed-pdf"))


@pytest.fixture(params=["sample", "seed"])
def pair(request: pytest.FixtureRequest) -> tuple[LintResult, LintResult]:
    found: tuple[LintResult, LintResult] = request.getfixturevalue(request.param)
    return found


def test_same_errors_and_warnings_as_the_text(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    assert _findings(text)  # both reports have planted defects
    assert _findings(pdf) == _findings(text)


def test_no_bracket_finding_from_line_breaks(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    assert (
        Counter(d.code for d in pdf.diagnostics)["TX103"]
        == Counter(d.code for d in text.diagnostics)["TX103"]
    )


def test_page_furniture_is_not_report_text(pair: tuple[LintResult, LintResult]) -> None:
    _, pdf = pair
    assert "绩效自评报告（公开版）" not in pdf.report.text
    assert not re.search(r"^— \d+ —$", pdf.report.text, re.M)


def test_the_template_question_is_still_found(pair: tuple[LintResult, LintResult]) -> None:
    text, pdf = pair
    questions = [_place(pdf, d) for d in pdf.diagnostics if d.code == "TX104" and "是否" in d.message.zh]
    assert questions and questions == [
        _place(text, d) for d in text.diagnostics if d.code == "TX104" and "是否" in d.message.zh
    ]


def test_the_duplicate_block_has_the_same_extent(pair: tuple[LintResult, LintResult]) -> None:
    def blocks(result: LintResult) -> list[tuple[str, str, str]]:
        return [
            (
                _place(result, d),
                re.sub(r"\s+", "", result.report.text[d.span.start : d.span.end])[-20:],
                re.sub(r"第[\d–]+行", "", d.message.zh),
            )
            for d in result.diagnostics
            if d.code == "ST101"
        ]

    text, pdf = pair
    assert blocks(text) and blocks(pdf) == blocks(text)


def test_seed_renders_to_seven_pages(seed: tuple[LintResult, LintResult], tmp_path: Path) -> None:
    import pdfplumber

    pdf = fx.build_report_pdf(SEED.read_text("utf-8"), tmp_path / "seed.pdf", "页眉")
    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 7


def _pages(path: Path, pages: list[list[tuple[float, float, str]]], sizes: dict[str, float] | None = None) -> Path:
    """A PDF drawn line by line: each page a list of (x, y from the top, text) in 10.5 pt STSong-Light, or in the
    size ``sizes`` gives for that text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = fx._cjk_font()
    page = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        for x, y, text in lines:
            page.setFont(font, (sizes or {}).get(text, 10.5))
            page.drawString(x, A4[1] - y, text)
        page.showPage()
    page.save()
    return path


def test_running_header_page_numbers_dropped_and_a_paragraph_joined_across_pages(tmp_path: Path) -> None:
    body = "本局认真落实预算绩效管理要求，全年开展应急救援演练4次，演练覆盖全部乡镇和重点企"
    pages = [
        [
            (200, 40, "某区应急管理局绩效自评报告"),
            (72, 100, "一、部门基本情况"),
            (93, 120, body),
            (285, 800, "第1页 共2页"),
        ],
        [
            (200, 40, "某区应急管理局绩效自评报告"),
            (72, 100, "业，参演人员达到三百余人次。"),
            (72, 120, "二、自评得分情况"),
            (285, 800, "第2页 共2页"),
        ],
    ]
    source = read_source(_pages(tmp_path / "two.pdf", pages))
    assert source.text.splitlines() == [
        "一、部门基本情况",
        body + "业，参演人员达到三百余人次。",
        "二、自评得分情况",
    ]
    second = source.text.index("业，参演")
    [segment] = [s for s in source.segments if s.start == second]
    assert segment.location.label() == "第2页 第2行"  # lines count from the top of the page, header included


def test_a_title_on_the_first_page_only_and_numbers_in_the_body_are_kept(tmp_path: Path) -> None:
    pages = [
        [
            (200, 40, "某区应急管理局绩效自评报告"),
            (72, 100, "一、部门基本情况"),
            (72, 120, "2022"),
            (72, 140, "年度预算执行情况良好。"),
        ],
        [(72, 40, "二、自评得分情况"), (72, 100, "自评得分为96分。"), (285, 800, "- 2 -")],
        [(72, 40, "三、存在的问题"), (72, 100, "无。"), (285, 800, "- 3 -")],
    ]
    lines = read_source(_pages(tmp_path / "three.pdf", pages)).text.splitlines()
    assert lines[:2] == ["某区应急管理局绩效自评报告", "一、部门基本情况"]
    assert "二、自评得分情况" in lines and "三、存在的问题" in lines  # top lines that differ page to page
    assert not any(line.startswith("- ") for line in lines)
    assert "2022" in lines  # a bare number inside the page is text; at its foot, a page number
    assert lines[-1] == "无。"


def test_a_short_line_before_an_unbreakable_number_continues_the_paragraph(tmp_path: Path) -> None:
    first = "绩效创新型指标占总指标的14%，其中履职效能为1%，创新型指标完成率为"
    pages = [
        [
            (72, 100, "（一）创新指标"),
            (93, 120, first),
            (72, 140, "100.00%，达到预期。"),
            (72, 160, "二、其他"),
        ]
    ]
    source = read_source(_pages(tmp_path / "short.pdf", pages))
    assert source.text.splitlines()[1] == first + "100.00%，达到预期。"


def test_a_line_set_left_of_the_margin_leaves_the_paragraphs_joined(tmp_path: Path) -> None:
    # One label drawn further left than the text (自评等级 at the table's edge) is no margin of the body.
    body = "本局认真落实预算绩效管理要求，全年开展应急救援演练4次，演练覆盖全部乡镇和重点企"
    pages = [
        [
            (72, 100, "一、部门基本情况"),
            (93, 120, body),
            (72, 140, "业，参演人员达到三百余人次。"),
            (72, 160, "二、自评得分情况"),
            (93, 180, body),
            (72, 200, "业，全年未发生较大事故。"),
            (40, 240, "自评等级：优"),
        ]
    ]
    lines = read_source(_pages(tmp_path / "label.pdf", pages)).text.splitlines()
    assert lines[1] == body + "业，参演人员达到三百余人次。"
    assert lines[3] == body + "业，全年未发生较大事故。"
    assert lines[-1] == "自评等级：优"


def test_a_title_across_the_page_is_not_continued_by_the_heading_under_it(tmp_path: Path) -> None:
    title = "桑原市白沙区市场监督管理局二〇二三年度部门整体支出绩效自评报告"  # 29 characters of 16 pt: the full width
    body = "我局内设十一个科室，下设八个市场监管所，核定行政编制四十六名、事业编制三十八名，合计八十四"
    pages = [[(72, 82, title), (72, 100, "一、部门基本情况"), (72, 120, body), (72, 140, "名。")]]
    source = read_source(_pages(tmp_path / "title.pdf", pages, {title: 16}))
    assert source.text.splitlines()[:3] == [title, "一、部门基本情况", body + "名。"]


def test_a_cell_wrapped_in_a_narrow_ruled_column_reads_as_one_name(tmp_path: Path) -> None:
    """Word and WPS wrap a long indicator name inside its cell; the lines join as a paragraph's do, with no space
    between Chinese characters, and a space only between Latin words or numbers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = fx._cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=14, wordWrap="CJK")
    rows = [
        ["三级指标", "分值", "得分"],
        [Paragraph("校舍安全隐患整改率", cell), "4", "5"],
        [Paragraph("Wi-Fi coverage of the county schools", cell), "2", "2"],
    ]
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    table = Table(rows, colWidths=[50, 60, 60], style=style)
    numbers = [[Paragraph(text, cell) for text in ("执行数", "执行率")], [Paragraph(t, cell) for t in ("888.00", "92.50%")]]
    narrow = Table(numbers, colWidths=[24, 24], style=style)  # too narrow for the numbers: they break inside
    pdf = tmp_path / "wrapped.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([table, Spacer(1, 20), narrow])

    source = read_source(pdf)
    rows_read = [line.split("\t") for line in source.text.splitlines()]
    assert rows_read[1] == ["校舍安全隐患整改率", "4", "5"]
    assert rows_read[2][0] == "Wi-Fi coverage of the county schools"
    assert rows_read[3:] == [["执行数", "执行率"], ["888.00", "92.50%"]]  # numbers broken inside a cell are whole
    result = Linter().lint_text(source.text, str(pdf))
    assert [d.message.zh for d in result.diagnostics if d.code == "SC101"] == ["校舍安全隐患整改率：分值4分，自评得5分"]


def _ruled(rows: list[list[str]], widths: list[float], spans: list[tuple[int, int, int, int]] = ()) -> object:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    commands = [("FONTNAME", (0, 0), (-1, -1), fx._cjk_font()), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    commands += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
    return Table(rows, colWidths=widths, style=TableStyle(commands))


def test_a_ruled_table_cut_by_a_page_break_goes_on_on_the_next_page(tmp_path: Path) -> None:
    """The 总分 row alone on the next page, its name cell merged over three columns: one table, each cell in its
    column, the row's place on its own page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

    header = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    body = [["产出指标", "数量指标", f"指标{i}", "10", "10"] for i in range(1, 6)]
    first = _ruled([header, *body], [80, 80, 120, 60, 60])
    total = _ruled([["总分", "", "", "50", "49"]], [80, 80, 120, 60, 60], spans=[(0, 0, 2, 0)])
    other = _ruled([["序号", "名称"], ["1", "附表说明"]], [100, 200])  # another table: narrower, not joined
    pdf = tmp_path / "cut.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([first, PageBreak(), total, Spacer(1, 20), PageBreak(), other])

    source = read_source(pdf)
    rows = [line.split("\t") for line in source.text.splitlines()]
    assert rows[:7] == [header, *body, ["总分", "", "", "50", "49"]]
    assert [table.name for table in source.tables] == ["表1", "表2"]
    [segment] = [s for s in source.segments if source.text[s.start : s.end] == "49"]
    assert (segment.location.page, segment.location.line, segment.location.row) == (2, 1, 7)
    result = Linter().lint_text(source.text, str(pdf))
    assert [d.code for d in result.diagnostics if d.code in ("SC201", "SC202")] == ["SC201"]  # 5×10 = 50, not 49


def test_a_row_with_a_blank_cell_stays_in_a_table_drawn_as_text(tmp_path: Path) -> None:
    """A table drawn as text lines without ruling: the row whose 得分 is left blank has two cells, not three, and
    still belongs to the table (its missing score is found, the rows after it are still read)."""
    columns = (72, 200, 280, 360)
    rows = [
        ("一级指标", "二级指标", "分值", "得分"),
        ("过程", "预算执行", "12", "11"),
        ("", "预算管理", "8", ""),
        ("", "资产管理", "5", "5"),
        ("合计", "", "25", "16"),
    ]
    lines = [
        (x, 100 + 20 * i, text) for i, row in enumerate(rows) for x, text in zip(columns, row, strict=True) if text
    ]
    source = read_source(_pages(tmp_path / "blank.pdf", [[(200, 60, "某旗农牧局2023年度部门整体支出绩效自评报告"), *lines]]))
    assert source.text.splitlines()[1:] == ["\t".join(row) for row in rows]
    result = Linter().lint_text(source.text, "blank.pdf")
    assert [d.code for d in result.diagnostics if d.code.startswith("SC")] == ["SC301"]


def test_a_header_row_repeated_on_the_next_page_leaves_the_indicator_whole(tmp_path: Path) -> None:
    """reportlab's repeatRows (Word's 重复标题行): the header printed again at the top of page 2 is no row of the
    table and does not end 产出, whose rows run on from page 1; a wrong 小计 after it is found with its numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer

    header = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    rows = [["产出", "职责履行", f"完成率{i}", "2", "2"] for i in range(1, 16)]

    def lint(subtotal: str) -> tuple[str, LintResult]:
        body = [header, *rows, ["产出小计", "", "", "30", subtotal], ["总分", "", "", "30", subtotal]]
        table = _ruled(body, [80, 80, 120, 60, 60])
        table.repeatRows = 1
        pdf = tmp_path / f"repeated{subtotal}.pdf"
        SimpleDocTemplate(str(pdf), pagesize=A4).build([Spacer(1, 520), table])
        source = read_source(pdf)
        return source.text, Linter().lint_text(source.text, str(pdf))

    text, result = lint("30")
    assert text.count("\t".join(header)) == 2  # the header on both pages
    assert [d.code for d in result.diagnostics if d.code.startswith("SC")] == []
    _, result = lint("29")
    assert [d.message.zh for d in result.diagnostics if d.code in ("SC201", "SC202")] == [
        "产出：分项得分合计30分（30），与自评分29分不符"
    ]


def test_a_wrapped_row_on_the_next_page_is_placed_where_a_reader_finds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ruled table whose name cells wrap onto three lines, cut by a page break with its header repeated: a finding
    in a row on page 2 names page 2, the row's first text line counted from the top of that page (each wrapped line
    counted, as a reader counts them), and the row as a reader counts the table's rows (the repeated header is not
    counted again), in the text and in the JSON output."""
    import json

    import pdfplumber
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from linter.cli import main

    cell = ParagraphStyle("c", fontName=fx._cjk_font(), fontSize=9, leading=12, wordWrap="CJK")
    header = ["一级指标", "三级指标", "分值", "得分"]
    names = [f"指标{i}" + ("（按列养里程平均计算的每公里年度养护成本）" if i % 3 == 0 else "") for i in range(1, 25)]
    scores = ["4" if name != "指标21（按列养里程平均计算的每公里年度养护成本）" else "5" for name in names]
    rows = [header, *(["产出", Paragraph(n, cell), "4", s] for n, s in zip(names, scores, strict=True))]
    rows.append(["总分", "", "96", "97"])
    table = Table(rows, colWidths=[60, 80, 50, 50], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fx._cjk_font()), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    pdf = tmp_path / "wrapped.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([Paragraph("某区某局2023年度项目支出绩效自评报告", cell), Spacer(1, 420), table])

    with pdfplumber.open(pdf) as document:
        assert len(document.pages) == 2
        page_lines = [line["text"] for line in document.pages[1].extract_text_lines()]
    first = next(i for i, text in enumerate(page_lines, start=1) if "指标21" in text)
    assert page_lines[first].startswith("里程")  # the name wraps
    assert page_lines[0].replace(" ", "") == "".join(header)  # the header is repeated on page 2

    main(["check", "--format", "json", "--select", "SC101", "--fail-on", "never", str(pdf)])
    (finding,) = json.loads(capsys.readouterr().out)["files"][0]["diagnostics"]
    assert "指标21" in finding["message"]
    location = finding["location"]
    assert (location["page"], location["line"], location["row"], location["column"]) == (2, first, 22, 4)
    assert location["label"] == "第2页 表1 第22行 第4列"
    main(["check", "--select", "SC101", "--no-color", "--fail-on", "never", str(pdf)])
    assert "(第2页 表1 第22行 第4列) 错误 SC101" in capsys.readouterr().out
