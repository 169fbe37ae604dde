"""Build a fresh set of office documents with planted defects and traps, and their answer key.

    python benchmarks/corpus/fresh-documents/make_fresh.py [OUTPUT_FOLDER]

Writes G01–G07 (.docx, .xlsx, .pdf) and ``key.yaml`` beside this script (or into OUTPUT_FOLDER). The key has the
office-document format of ``../shared/corpus/documents/key.yaml``; its anchors are counted while the documents are
written. Archives get fixed timestamps and PDFs no creation date, so the same libraries give the same bytes.

Every issuer and place is invented. Each document is internally consistent except for the defects its key lists.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_packages import fixed_archive, save_workbook  # noqa: E402

FIXED_TIME = datetime(2024, 4, 8, 10, 30, 0)
AUTHOR = "jxlint 语料"

SCORE_RULES = ["SC101", "SC201", "SC202", "SC301", "SC401", "SC501", "SC601"]
ADMIN_RULES = ["WD101"]
SUM_RULES = ["AR101", "AR104"]
RATE_RULES = ["AR102", "AR103"]
NUMBERING_RULES = ["NM101", "NM102", "NM103", "NM104"]

Key = dict[str, Any]


def entry(
    kind: str,
    where: str,
    codes: Sequence[str],
    at: Sequence[dict[str, Any]],
    note: str,
    text: str = "",
    evidence: Sequence[str] = (),
) -> Key:
    item: Key = {"kind": kind, "where": where, "codes": list(codes), "at": list(at)}
    if text:
        item["text"] = text
    if evidence:
        item["evidence"] = list(evidence)
    item["note"] = note
    return item


def d(text: str) -> Decimal:
    return Decimal(text)


def check_sum(parts: Sequence[str], total: str, what: str) -> None:
    got = sum((d(p) for p in parts), Decimal(0))
    assert got == d(total), f"{what}: {' + '.join(parts)} = {got}, not {total}"


# ---- writers that count anchors ---------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class Word:
    """A .docx body: ``p`` returns the paragraph's anchor number, ``table`` the table's number."""

    def __init__(self) -> None:
        from docx import Document
        from docx.shared import Pt

        self.document = Document()
        self.document.styles["Normal"].font.size = Pt(10.5)
        self.paragraphs = 0
        self.tables = 0

    def auto_number_headings(self) -> None:
        """Link Heading 1 / Heading 2 to a Word list “一、” / “（一）”, the way a department template does: the
        numbers live in numbering.xml, not in the paragraph text."""
        from docx.oxml import parse_xml

        numbering = self.document.part.numbering_part.element
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        abstract = parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
            '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
            '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
            "</w:abstractNum>"
        )
        num = parse_xml(f'<w:num {ns} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
        first_num = numbering.find(f"{W}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)
        for level, name in ((0, "Heading 1"), (1, "Heading 2")):
            ppr = self.document.styles[name].element.get_or_add_pPr()
            ppr.insert(
                0,
                parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'),
            )

    def p(self, text: str, heading: int | None = None) -> int:
        if heading is None:
            self.document.add_paragraph(text)
        else:
            self.document.add_heading(text, level=heading)
        self.paragraphs += 1
        return self.paragraphs

    def table(self, rows: Sequence[Sequence[str]], merges: Sequence[tuple[int, int, int, int]] = ()) -> int:
        """Rows of cell texts; each merge is (first row, first column, last row, last column), 1-based. Merged
        cells keep the text of their first cell only."""
        width = max(len(r) for r in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r0, c0, r1, c1 in merges:
            keep = table.cell(r0 - 1, c0 - 1).text
            for r in range(r0 - 1, r1):
                for c in range(c0 - 1, c1):
                    if (r, c) != (r0 - 1, c0 - 1):
                        table.cell(r, c).text = ""
            merged = table.cell(r0 - 1, c0 - 1).merge(table.cell(r1 - 1, c1 - 1))
            merged.text = keep
        self.tables += 1
        return self.tables

    def save(self, path: Path, title: str) -> None:
        properties = self.document.core_properties
        properties.author = AUTHOR
        properties.title = title
        properties.created = FIXED_TIME
        properties.modified = FIXED_TIME
        properties.last_modified_by = AUTHOR
        properties.revision = 1
        buffer = io.BytesIO()
        self.document.save(buffer)
        path.write_bytes(fixed_archive(buffer.getvalue(), FIXED_TIME))


def column_merges(
    rows: Sequence[Sequence[str]], column: int, first_row: int
) -> list[tuple[int, int, int, int]]:
    """Vertical merges of runs of equal, non-empty cells in ``column`` (1-based) from ``first_row`` on; the later
    cells of a run are expected to be written as the same text."""
    merges = []
    r = first_row
    while r <= len(rows):
        text = rows[r - 1][column - 1] if column - 1 < len(rows[r - 1]) else ""
        end = r
        while text and end + 1 <= len(rows) and rows[end][column - 1] == text:
            end += 1
        if end > r:
            merges.append((r, column, end, column))
        r = end + 1
    return merges


class Pdf:
    """A4 pages of text lines without ruling, with a running header line at the top of every page (line 1) and a
    footer line “第 n 页 共 N 页”. ``p`` wraps a paragraph (first line indented) and returns its anchors (one per
    page it touches); ``row`` draws table cells at fixed x positions on one line."""

    LEFT, RIGHT, TOP, BOTTOM = 60.0, 535.0, 790.0, 80.0
    SIZE, LEADING, PARAGRAPH_GAP = 10.5, 17.0, 6.0
    FONT = "STSong-Light"

    def __init__(self, path: Path, title: str, header: str, total_pages: int) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(self.FONT))
        self.width = pdfmetrics.stringWidth
        self.canvas = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(AUTHOR)
        self.header = header
        self.total_pages = total_pages
        self.page = 0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self._footer()
            self.canvas.showPage()
        self.page += 1
        self.canvas.setFont(self.FONT, 9)
        self.canvas.drawString(self.LEFT, self.TOP + 20, self.header)
        self.canvas.setFont(self.FONT, self.SIZE)
        self.line = 1  # the header is line 1 of every page
        self.y = self.TOP + 20

    def _footer(self) -> None:
        self.canvas.setFont(self.FONT, 9)
        text = f"第 {self.page} 页 共 {self.total_pages} 页"
        self.canvas.drawString((self.LEFT + self.RIGHT) / 2 - 40, 45, text)
        self.canvas.setFont(self.FONT, self.SIZE)

    def _next_line(self, gap: float = 0.0) -> None:
        self.y -= self.LEADING + gap if self.line > 1 else 26.0
        if self.y < self.BOTTOM:
            self._new_page()
            self.y -= 26.0
        self.line += 1

    def _wrap(self, text: str, first_indent: float) -> list[str]:
        lines: list[str] = []
        current = ""
        room = self.RIGHT - self.LEFT - first_indent
        for char in text:
            if self.width(current + char, self.FONT, self.SIZE) > room:
                lines.append(current)
                current = ""
                room = self.RIGHT - self.LEFT
            current += char
        lines.append(current)
        return lines

    def p(self, text: str, indent: bool = True) -> list[dict[str, Any]]:
        first_indent = 2 * self.SIZE if indent else 0.0
        spans: dict[int, list[int]] = {}
        for index, piece in enumerate(self._wrap(text, first_indent)):
            self._next_line(self.PARAGRAPH_GAP if index == 0 else 0.0)
            spans.setdefault(self.page, [self.line, self.line])[1] = self.line
            x = self.LEFT + (first_indent if index == 0 else 0.0)
            self.canvas.drawString(x, self.y, piece)
        return [{"page": page, "lines": lines} for page, lines in spans.items()]

    def row(self, cells: Sequence[str], xs: Sequence[float], size: float = 9.0) -> list[dict[str, Any]]:
        self._next_line()
        self.canvas.setFont(self.FONT, size)
        for text, x in zip(cells, xs, strict=True):
            if text:
                self.canvas.drawString(self.LEFT + x, self.y, text)
        self.canvas.setFont(self.FONT, self.SIZE)
        return [{"page": self.page, "lines": [self.line, self.line]}]

    def lines_left(self) -> int:
        return int((self.y - self.BOTTOM) // self.LEADING)

    def save(self) -> int:
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.page


class Sheet:
    """A worksheet: ``row`` appends a row and returns its number."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def row(self, *values: Any) -> int:
        self.sheet.append(list(values))
        return int(self.sheet.max_row)

    def merge(self, first_row: int, first_column: int, last_row: int, last_column: int) -> None:
        self.sheet.merge_cells(
            start_row=first_row, start_column=first_column, end_row=last_row, end_column=last_column
        )








def rate(score: str, full: str) -> str:
    return f"{(d(score) / d(full) * 100).quantize(Decimal('0.01'))}%"


# ---- G01: 10号 table as a Word table (merged 一级/二级, 小计, 合计, text numbers, 得分率), 县 -------------------------


def build_g01(folder: Path) -> Key:
    issuer = "柘塘县交通运输局"
    project = "2023年度农村公路养护提升项目"
    w = Word()
    w.p(f"{issuer}{project}支出绩效自评报告", heading=0)
    w.p("一、项目基本情况", heading=1)
    roads = w.p("（一）项目概况。全县农村公路总里程1846公里，其中县道312公里、乡道598公里、村道936公里。")
    county_area = w.p(
        "为推进县域交通基础设施提档升级，县委、县政府将农村公路养护提升列为2023年度十件民生实事之一。项目由我局统筹，"
        "县农村公路管理所具体实施，重点实施县道路面大中修、乡村道安全生命防护工程和危桥改造。"
    )
    funds_para = w.p(
        "（二）资金情况。项目年初预算1200.00万元，年中调入上年结转资金50.00万元，全年预算数1250.00万元。全年实际执行"
        "1268.40万元，其中本年财政拨款1200.00万元、上年结转资金50.00万元、沿线乡镇自筹资金18.40万元，预算执行率101.47%。"
    )
    w.p("二、绩效目标完成情况", heading=1)
    bridges = w.p(
        "全年计划完成县道路面大中修35公里以上、乡村道安全生命防护工程60公里、危桥改造4座。实际完成县道路面大中修36.2公里、"
        "安防工程54公里、危桥改造4座，分别为上坪桥、龙潭桥、谢家湾桥和枫坳桥。"
    )
    w.p("三、自评结论", heading=1)
    w.p("经自评，项目合计得分98.90分，评价等级为“优”，各项指标得分详见附件。")
    w.p("四、绩效指标分析", heading=1)
    exec_para = w.p(
        "（一）预算执行情况（分值10分）。乡镇自筹资金未列入全年预算数，全年执行数超过全年预算数，执行率101.47%，"
        "按满分计10.00分。"
    )
    output_para = w.p(
        "（二）产出指标（分值50分）。产出指标自评得分49.60分。7项三级指标中6项全部完成；乡村道安全生命防护工程完成54公里，"
        "完成率90.00%，按完成比例得5.40分。"
    )
    benefit_para = w.p(
        "（三）效益指标（分值30分）。抽样测算沿线农产品运输成本平均降低4.75%，未达到5%的目标，按完成比例得9.50分；"
        "社会效益3项指标各3.33分，全部达标；养护长效管护机制健全，得10.00分。效益指标合计得29.50分。"
    )
    survey = w.p(
        "（四）满意度指标（分值10分）。向沿线群众发放问卷520份，回收有效问卷500份，有效回收率96.15%；表示满意的467份，"
        "满意度93.40%，得10.00分。"
    )
    w.p("五、存在的问题", heading=1)
    w.p("1. 部分村道安防工程因沿线林地审批滞后，未能在年内实施。")
    w.p("2. 乡镇自筹资金到位偏晚，影响了部分路段的施工进度。")
    w.p("六、下一步改进措施", heading=1)
    w.p("1. 提前开展林地报批，2024年一季度完成剩余6公里安防工程。")
    self_ref = w.p(
        "2. 建立“路长制”考核机制，将农村公路养护纳入乡镇年度目标考核，力争2025年底前我市优良中等路率达到85%以上。"
    )
    city = w.p("3. 对照全市“四好农村路”考核细则查漏补缺，巩固2023年在全市考核中排名第三的成绩。")
    w.p("附件：项目支出绩效自评表")

    head = [
        ["项目名称"] + [project] * 8,
        ["主管部门"] + [issuer] * 4 + ["实施单位"] + ["柘塘县农村公路管理所"] * 3,
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [
            "项目资金（万元）",
            "年度资金总额",
            "年度资金总额",
            "1200.00",
            "1250.00",
            "1268.40",
            "10.00",
            "101.47%",
            "10.00",
        ],
        [
            "项目资金（万元）",
            "其中：本年财政拨款",
            "其中：本年财政拨款",
            "1200.00",
            "1200.00",
            "1200.00",
            "—",
            "—",
            "—",
        ],
        ["项目资金（万元）", "上年结转资金", "上年结转资金", "0.00", "50.00", "50.00", "—", "—", "—"],
        ["项目资金（万元）", "其他资金", "其他资金", "0.00", "0.00", "18.40", "—", "—", "—"],
        ["年度总体目标"] + ["预期目标"] * 4 + ["实际完成情况"] * 4,
        ["年度总体目标"]
        + [
            "完成县道路面大中修35公里以上、乡村道安全生命防护工程60公里、危桥改造4座，优良中等路率达到80%以上。"
        ]
        * 4
        + ["完成县道路面大中修36.2公里、安防工程54公里、危桥改造4座，优良中等路率83.6%。"] * 4,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "得分率",
            "偏差原因分析及改进措施",
        ],
    ]
    check_sum(["1200.00", "50.00", "18.40"], "1268.40", "G01 执行数")
    check_sum(["1200.00", "50.00", "0.00"], "1250.00", "G01 全年预算")
    assert rate("1268.40", "1250.00") == "101.47%"
    output = [
        ("数量指标", "县道路面大中修里程", "≥35公里", "36.2公里", "8.00", "8.00", ""),
        (
            "数量指标",
            "乡村道安全生命防护工程里程",
            "≥60公里",
            "54公里",
            "6.00",
            "5.40",
            "林地审批滞后，剩余6公里顺延至2024年",
        ),
        ("数量指标", "危桥改造座数", "≥4座", "4座", "6.00", "6.00", ""),
        ("质量指标", "养护工程交工验收合格率", "100%", "100%", "8.00", "8.00", ""),
        ("质量指标", "优良中等路率", "≥80%", "83.6%", "6.00", "6.00", ""),
        ("时效指标", "汛期水毁路段抢通时限", "≤48小时", "36小时", "6.00", "6.00", ""),
        ("成本指标", "路面大中修单位成本", "≤45万元/公里", "43.8万元/公里", "10.00", "10.00", ""),
    ]
    benefit = [
        (
            "经济效益指标",
            "沿线农产品运输成本降低率",
            "≥5%",
            "4.75%",
            "10.00",
            "9.50",
            "部分路段完工较晚，效益未完全显现",
        ),
        ("社会效益指标", "群众出行时间", "明显缩短", "明显缩短", "3.33", "3.33", ""),
        ("社会效益指标", "通客车建制村比例", "100%", "100%", "3.33", "3.33", ""),
        ("社会效益指标", "农村公路交通事故起数", "同比下降", "同比下降8.5%", "3.33", "3.33", ""),
        ("可持续影响指标", "养护长效管护机制", "健全", "健全", "10.00", "10.00", ""),
    ]
    satisfaction = [("服务对象满意度指标", "沿线群众满意度", "≥90%", "93.4%", "10.00", "10.00", "")]
    rows = [list(r) for r in head]
    subtotal_rows: dict[str, int] = {}
    row_of: dict[str, int] = {}
    for level1, items, full, got in (
        ("产出指标", output, "50.00", "49.40"),
        ("效益指标", benefit, "30.00", "29.50"),
        ("满意度指标", satisfaction, "10.00", "10.00"),
    ):
        for level2, name, target, actual, points, score, reason in items:
            rows.append([level1, level2, name, target, actual, points, score, rate(score, points), reason])
            row_of[name] = len(rows)
        rows.append([level1, "小计", "小计", "小计", "小计", full, got, rate(got, full), ""])
        subtotal_rows[level1] = len(rows)
    check_sum([i[5] for i in output], "49.40", "G01 产出得分")
    check_sum([i[4] for i in output], "50.00", "G01 产出分值")
    check_sum([i[5] for i in benefit], "29.49", "G01 效益得分（按3.33×3=9.99，报告按10计为29.50）")
    check_sum([i[4] for i in benefit], "29.99", "G01 效益分值（3.33×3 计为10）")
    check_sum(["10.00", "49.40", "29.50", "10.00"], "98.90", "G01 合计")
    rows.append(["合计"] * 5 + ["100.00", "98.90", "98.90%", ""])
    total_row = len(rows)
    rows.append(["自评等级"] + ["优"] * 8)
    merges = [
        (1, 2, 1, 9),
        (2, 2, 2, 5),
        (2, 7, 2, 9),
        (3, 1, 7, 1),
        (3, 2, 3, 3),
        (4, 2, 4, 3),
        (5, 2, 5, 3),
        (6, 2, 6, 3),
        (7, 2, 7, 3),
        (8, 1, 9, 1),
        (8, 2, 8, 5),
        (8, 6, 8, 9),
        (9, 2, 9, 5),
        (9, 6, 9, 9),
        (total_row, 1, total_row, 5),
        (total_row + 1, 2, total_row + 1, 9),
    ]
    merges += [(r, 2, r, 5) for r in subtotal_rows.values()]
    merges += column_merges(rows, 1, 11)
    level2_merges = [m for m in column_merges(rows, 2, 11) if rows[m[0] - 1][1] != "小计"]
    merges += level2_merges
    table = w.table(rows, merges)
    w.save(folder / "G01.docx", f"{issuer}{project}支出绩效自评报告")
    benefit_rows = [row_of[name] for _, name, *_ in benefit]
    return {
        "file": "G01.docx",
        "format": "docx",
        "level": "县",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            entry(
                "text-table",
                "四（二）产出指标段“产出指标自评得分49.60分”；附件表产出小计行得分49.40（7项相加49.40）",
                ["SC401", "SC201"],
                [{"para": output_para}, {"table": table, "row": subtotal_rows["产出指标"]}],
                "正文一级指标得分与自评表不符（多0.2分）；合计98.90按49.40相加成立",
                text="49.60",
                evidence=["49.40"],
            ),
            entry(
                "self-reference",
                "六、改进措施第2条“力争2025年底前我市优良中等路率达到85%以上”",
                ["WD101"],
                [{"para": self_ref}],
                "县级报告自称“我市”",
                text="我市",
                evidence=["我市"],
            ),
        ],
        "traps": [
            entry(
                "exec-over-100",
                "表年度资金总额行：全年预算1250.00、执行1268.40，执行率101.47%，得分10.00；一（二）、四（一）段同",
                SCORE_RULES,
                [{"table": table, "row": 4}, {"para": funds_para}, {"para": exec_para}],
                "1268.40/1250.00 = 101.47%；min(执行率,100%)×10 = 10，正确",
            ),
            entry(
                "breakdown-ok",
                "1846 = 312 + 598 + 936；1268.40 = 1200.00 + 50.00 + 18.40",
                SUM_RULES,
                [
                    {"para": roads},
                    {"para": funds_para},
                    {"table": table, "row": 5},
                    {"table": table, "row": 7},
                ],
                "其中分项相加正确；资金表其中行相加等于年度资金总额",
            ),
            entry(
                "admin-compound",
                "“为推进县域交通基础设施提档升级”",
                ADMIN_RULES,
                [{"para": county_area}],
                "县域 是县级报告的正常用语",
                text="县域",
            ),
            entry(
                "admin-superior",
                "“对照全市……考核细则”“在全市考核中排名第三”",
                ADMIN_RULES,
                [{"para": city}],
                "全市 = 上级市",
                text="全市",
            ),
            entry(
                "enumeration-ok",
                "“危桥改造4座，分别为上坪桥、龙潭桥、谢家湾桥和枫坳桥”",
                ["AR105"],
                [{"para": bridges}],
                "4座，列出4座",
            ),
            entry(
                "rounding",
                "效益指标：社会效益3项各3.33分（3.33×3 = 9.99 按10计），小计分值30.00、得分29.50；四（三）段同",
                SCORE_RULES + SUM_RULES,
                [{"table": table, "row": r} for r in benefit_rows]
                + [{"table": table, "row": subtotal_rows["效益指标"]}, {"para": benefit_para}],
                "10+3.33×3+10 = 29.99 ≈ 30；9.50+3.33×3+10 = 29.49 ≈ 29.50，三等分的舍入",
            ),
            entry(
                "score-rate-column",
                "“得分率”列（90.00%、98.33%等）与以文本存放的分值得分“10.00”",
                SCORE_RULES,
                [
                    {"table": table, "row": row_of["乡村道安全生命防护工程里程"]},
                    {"table": table, "row": total_row},
                ],
                "得分率 = 得分/分值，是百分比，不是得分；5.40/6.00 = 90.00%",
            ),
            entry(
                "percentage-ok",
                "问卷：有效500/发放520 = 96.15%，满意467/500 = 93.40%",
                RATE_RULES,
                [{"para": survey}],
                "两个比率都正确",
            ),
        ],
    }


# ---- G02: 部门整体 (2013 common indicators), Word auto-numbered heading styles, 权重 table, 区 ----------------------


def build_g02(folder: Path) -> Key:
    issuer = "澄岭市北湖区市场监督管理局"
    w = Word()
    w.auto_number_headings()
    w.p(f"{issuer}2023年度部门整体支出绩效自评报告", heading=0)
    w.p("部门基本情况", heading=1)
    staff = w.p(
        "我局为区政府工作部门，内设办公室、登记注册科、质量监督科等9个科室，下辖市场监管所6个。核定行政编制45名，"
        "年末实有在职人员41人，在职人员控制率91.11%。"
    )
    zones = w.p(
        "辖区内有北湖经济开发区和滨江高新技术产业园区两个重点园区，共有各类市场主体4.86万户，其中企业1.12万户、"
        "个体工商户3.71万户、农民专业合作社0.03万户。"
    )
    original = w.p(
        "2023年，我局坚持监管与服务并重，围绕食品安全、特种设备安全和重点工业产品质量安全三条底线，深化“双随机、一公开”"
        "跨部门联合监管，推行“综合查一次”改革，全年联合抽查任务较上年增加12项，企业重复迎检次数明显减少。"
    )
    w.p("部门整体支出情况", heading=1)
    budget = w.p(
        "2023年度部门预算总额2975.00万元，其中基本支出2130.00万元、项目支出845.00万元；全年支出2856.00万元，"
        "预算完成率96.00%。"
    )
    three = w.p(
        "“三公”经费支出6.72万元，上年为7.35万元，变动率为-8.57%，其中公务用车运行维护费5.10万元、公务接待费1.62万元，"
        "未发生因公出国（境）费用。"
    )
    check_sum(["2130.00", "845.00"], "2975.00", "G02 预算")
    check_sum(["5.10", "1.62"], "6.72", "G02 三公")
    check_sum(["1.12", "3.71", "0.03"], "4.86", "G02 市场主体")
    w.p("绩效自评得分情况", heading=1)
    summary = w.p(
        "对照部门整体支出绩效评价共性指标体系，我局从投入、过程、产出、效果四个方面开展自评，合计得分97.54分，"
        "评价等级为“优”。各项指标权重及得分见表1。"
    )
    w.p("表1  部门整体支出绩效自评指标权重及得分表")
    data = [
        ("投入", "目标设定", "绩效目标合理性", "4", "4"),
        ("投入", "目标设定", "绩效指标明确性", "4", "3.5"),
        ("投入", "预算配置", "在职人员控制率", "3", "3"),
        ("投入", "预算配置", "“三公经费”变动率", "2", "2"),
        ("投入", "预算配置", "重点支出安排率", "2", "2"),
        ("过程", "预算执行", "预算完成率", "4", "3.84"),
        ("过程", "预算执行", "预算调整率", "2", "2"),
        ("过程", "预算执行", "支付进度率", "2", "2"),
        ("过程", "预算执行", "结转结余率", "2", "1.5"),
        ("过程", "预算执行", "公用经费控制率", "2", "2"),
        ("过程", "预算执行", "“三公经费”控制率", "2", "2"),
        ("过程", "预算执行", "政府采购执行率", "2", "2"),
        ("过程", "预算管理", "管理制度健全性", "3", "3"),
        ("过程", "预算管理", "资金使用合规性", "3", "3"),
        ("过程", "预算管理", "预决算信息公开性", "1", "1"),
        ("过程", "资产管理", "资产管理安全性", "1", "1"),
        ("过程", "资产管理", "固定资产利用率", "1", "1"),
        ("产出", "职责履行", "实际完成率", "10", "9.6"),
        ("产出", "职责履行", "完成及时率", "8", "8"),
        ("产出", "职责履行", "质量达标率", "9", "9"),
        ("产出", "职责履行", "重点工作办结率", "8", "7.5"),
        ("效果", "履职效益", "经济效益", "5", "5"),
        ("效果", "履职效益", "社会效益", "10", "9.5"),
        ("效果", "履职效益", "社会公众或服务对象满意度", "10", "9.6"),
    ]
    written = {
        "投入": ("15", "14.5"),
        "过程": ("25", "24.84"),
        "产出": ("35", "34.1"),
        "效果": ("25", "24.1"),
    }
    rows: list[list[str]] = [["一级指标", "二级指标", "三级指标", "权重", "得分"]]
    subtotal: dict[str, int] = {}
    for level1, (weight, score) in written.items():
        items = [r for r in data if r[0] == level1]
        check_sum([r[3] for r in items], weight, f"G02 {level1}权重")
        if level1 != "过程":
            check_sum([r[4] for r in items], score, f"G02 {level1}得分")
        for r in items:
            rows.append(list(r))
        rows.append([level1, "小计", "小计", weight, score])
        subtotal[level1] = len(rows)
    check_sum([r[4] for r in data if r[0] == "过程"], "24.34", "G02 过程得分（写成24.84）")
    check_sum([s for _, s in written.values()], "97.54", "G02 合计（按所写小计）")
    rows.append(["合计", "合计", "合计", "100", "97.54"])
    total_row = len(rows)
    merges = [(r, 2, r, 3) for r in subtotal.values()] + [(total_row, 1, total_row, 3)]
    merges += column_merges(rows, 1, 2)
    merges += [m for m in column_merges(rows, 2, 2) if rows[m[0] - 1][1] != "小计"]
    table = w.table(rows, merges)
    w.p("绩效指标完成情况分析", heading=1)
    w.p("投入指标", heading=2)
    w.p("投入指标权重15分，得14.50分。绩效指标明确性方面，部分科室的年度指标以定性描述为主，扣0.50分。")
    w.p("过程指标", heading=2)
    process = w.p(
        "过程指标权重25分，得24.84分。预算完成率96.00%，得3.84分；年末结转结余率2.40%，超过2%的控制目标，扣0.50分；"
        "其余各项均得满分。"
    )
    w.p("产出指标", heading=2)
    output = w.p(
        "产出指标权重35分，得34.10分。全年完成食品安全监督抽检3264批次，计划3400批次，实际完成率96.00%，得9.60分；"
        "年初确定的16项重点工作办结15项，办结率93.75%，得7.50分。"
    )
    w.p("效果指标", heading=2)
    effect = w.p(
        "效果指标权重25分，得24.10分。委托第三方开展服务对象满意度调查，有效样本600份，满意576份，满意度96.00%，"
        "得9.60分。"
    )
    w.p("存在的问题", heading=1)
    w.p("1. 绩效目标编制质量不高，个别指标难以量化考核。")
    w.p("2. 年末结转结余偏多，资金使用效率有待提高。")
    w.p("改进措施", heading=1)
    w.p("1. 强化绩效目标审核，督促各科室细化、量化年度指标。")
    w.p("2. 加快项目支出进度，压减年末结转结余规模。")
    copied = w.p(
        "2023年，我局坚持监管与服务并重，围绕食品安全、特种设备安全和重点工业产品质量安全三条底线，深化“双随机、一公开”"
        "跨部门联合监管，推行“综合查一次”改革，全年联合抽查任务较上年增加12项，企业重复迎检次数明显减少。"
    )
    city = w.p("3. 对标全市市场监管系统绩效考评细则，力争2024年度考评成绩进入全市各县（市、区）前三位。")
    w.save(folder / "G02.docx", f"{issuer}2023年度部门整体支出绩效自评报告")
    process_rows = [{"table": table, "row": i + 1} for i, r in enumerate(rows) if r[0] == "过程"]
    return {
        "file": "G02.docx",
        "format": "docx",
        "level": "区",
        "kind": "整体-2013",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            entry(
                "score-sum",
                "表1 过程小计行得分24.84，下列12项相加24.34；四（二）段同写24.84",
                ["SC201"],
                [
                    {"table": table, "row": subtotal["过程"]},
                    {"table": table, "row": total_row},
                    {"para": process},
                    *process_rows,
                ],
                "合计97.54 = 14.5+24.84+34.1+24.1 按所写小计相加成立；多写0.5分",
                text="24.84",
                evidence=["24.34"],
            ),
            entry(
                "duplicate",
                "五、改进措施第2条后逐字重复一、部门基本情况第3段",
                ["ST101"],
                [{"para": copied}, {"para": original}],
                "复制粘贴的整段",
                text="综合查一次",
            ),
        ],
        "traps": [
            entry(
                "word-heading-numbering",
                "一级、二级标题由 Heading 1/2 样式的自动编号生成（一、……（一）……），正文无编号文字",
                NUMBERING_RULES,
                [{"para": 2}, {"para": 6}, {"para": 9}, {"para": process - 1}],
                "编号连续",
            ),
            entry(
                "percentage-ok",
                "在职人员控制率 41/45 = 91.11%",
                RATE_RULES,
                [{"para": staff}],
                "正确",
            ),
            entry(
                "percentage-ok",
                "“三公”经费 6.72 对 7.35，变动率 -8.57%；6.72 = 5.10 + 1.62",
                RATE_RULES + SUM_RULES,
                [{"para": three}],
                "(6.72-7.35)/7.35 = -8.57%，正确",
            ),
            entry(
                "breakdown-ok",
                "2975.00 = 2130.00 + 845.00，2856.00/2975.00 = 96.00%；4.86 = 1.12 + 3.71 + 0.03",
                SUM_RULES + RATE_RULES,
                [{"para": budget}, {"para": zones}],
                "正确",
            ),
            entry(
                "admin-compound",
                "“北湖经济开发区和滨江高新技术产业园区”",
                ADMIN_RULES,
                [{"para": zones}],
                "开发区、园区 是“区”字复合词",
                text="开发区",
            ),
            entry(
                "admin-superior",
                "“对标全市市场监管系统……进入全市各县（市、区）前三位”",
                ADMIN_RULES,
                [{"para": city}],
                "全市 = 上级市",
                text="全市",
            ),
            entry(
                "percentage-ok",
                "3264/3400 = 96.00% 得9.60；15/16 = 93.75% 得7.50；576/600 = 96.00%",
                RATE_RULES + SCORE_RULES,
                [{"para": output}, {"para": effect}],
                "正确",
            ),
            entry(
                "summary-score",
                "三、自评得分“合计得分97.54分”与表1合计97.54一致",
                ["SC401"],
                [{"para": summary}, {"table": table, "row": total_row}],
                "按所写小计相加成立，不是另一处缺陷",
            ),
        ],
    }


# ---- G03 / G04: 财政部 项目支出绩效自评表 in Excel ---------------------------------------------------------------

Indicator = tuple[
    str, str, str, str, str, Any, Any, str
]  # 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因


def ministry_sheet(
    ws: Any,
    project: str,
    department: str,
    unit: str,
    funds: Sequence[Sequence[Any]],
    goal: tuple[str, str],
    indicators: Sequence[Indicator],
    total: tuple[Any, Any],
    percent_format: bool = True,
) -> dict[str, Any]:
    """One sheet in the layout of 财预〔2020〕10号 附件1: two title rows, 项目/部门 rows, the funds block, 年度总体目标,
    a two-line merged header over the indicators, indicator rows with 一级/二级 merged down, the 总分 row. Returns
    the row numbers."""
    s = Sheet(ws)
    s.row("项目支出绩效自评表")
    s.merge(1, 1, 1, 9)
    s.row("（2023年度）")
    s.merge(2, 1, 2, 9)
    r = s.row("项目名称", project)
    s.merge(r, 2, r, 9)
    r = s.row("主管部门", department, None, None, None, "实施单位", unit)
    s.merge(r, 2, r, 5)
    s.merge(r, 7, r, 9)
    first = s.row(
        "项目资金（万元）",
        None,
        None,
        "年初预算数",
        "全年预算数（A）",
        "全年执行数（B）",
        "分值",
        "执行率（B/A）",
        "得分",
    )
    s.merge(first, 2, first, 3)
    rows: dict[str, Any] = {"funds": {}}
    for name, *values in funds:
        r = s.row(None, name, None, *values)
        s.merge(r, 2, r, 3)
        rows["funds"][name] = r
        if percent_format and isinstance(values[4], float):
            ws.cell(r, 8).number_format = "0.00%"
    s.merge(first, 1, r, 1)
    g = s.row("年度总体目标", "预期目标", None, None, None, "实际完成情况")
    s.merge(g, 2, g, 5)
    s.merge(g, 6, g, 9)
    g2 = s.row(None, goal[0], None, None, None, goal[1])
    s.merge(g2, 2, g2, 5)
    s.merge(g2, 6, g2, 9)
    s.merge(g, 1, g2, 1)
    rows["goal"] = g2
    h1 = s.row(
        "绩效指标",
        "指标名称",
        None,
        None,
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    h2 = s.row(None, "一级指标", "二级指标", "三级指标")
    s.merge(h1, 2, h1, 4)
    for c in (5, 6, 7, 8, 9):
        s.merge(h1, c, h2, c)
    rows["header"] = (h1, h2)
    rows["indicator"] = {}
    runs: dict[int, list[tuple[int, str]]] = {2: [], 3: []}
    for level1, level2, name, target, actual, points, score, reason in indicators:
        r = s.row(None, level1, level2, name, target, actual, points, score, reason or None)
        rows["indicator"][name] = r
        runs[2].append((r, level1))
        runs[3].append((r, level1 + level2))
    for column, cells in runs.items():
        i = 0
        while i < len(cells):
            j = i
            while j + 1 < len(cells) and cells[j + 1][1] == cells[i][1]:
                j += 1
            if j > i:
                for k in range(i + 1, j + 1):
                    ws.cell(cells[k][0], column).value = None
                s.merge(cells[i][0], column, cells[j][0], column)
            i = j + 1
    t = s.row("总分", None, None, None, None, None, total[0], total[1])
    s.merge(t, 1, t, 6)
    s.merge(h1, 1, t - 1, 1)
    rows["total"] = t
    ws.column_dimensions["D"].width = 26
    ws.column_dimensions["I"].width = 30
    return rows


def build_g03(folder: Path) -> Key:
    from openpyxl import Workbook

    issuer = "沙泉县农业农村局"
    wb = Workbook()
    first = wb.active
    first.title = "高标准农田建设"
    farm_funds = [
        ("年度资金总额", 3200, 3450, 3312, 10, 0.98, 9.8),
        ("其中：财政拨款", 3200, 3200, 3080, "—", "—", "—"),
        ("其他资金", 0, 250, 232, "—", "—", "—"),
    ]
    assert 3080 + 232 == 3312 and 3200 + 250 == 3450
    farm = [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.0万亩", "3.12万亩", 15, 15, ""),
        (
            "产出指标",
            "数量指标",
            "高效节水灌溉面积",
            "≥1.2万亩",
            "1.08万亩",
            10,
            9,
            "2个片区水源工程未完工，1200亩顺延",
        ),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
        ("产出指标", "时效指标", "当年项目开工率", "100%", "100%", 5, 5, ""),
        ("产出指标", "成本指标", "亩均财政投资", "≤1500元", "1472元", 10, 10, ""),
        ("效益指标", "经济效益指标", "项目区亩均增产粮食", "≥50公斤", "56公斤", 10, 10, ""),
        ("效益指标", "社会效益指标", "受益农户", "≥6000户", "6240户", 10, 10, ""),
        ("效益指标", "生态效益指标", "项目区化肥使用量减少", "≥5%", "5.8%", 5, 5, ""),
        (
            "效益指标",
            "可持续影响指标",
            "工程管护责任落实率",
            "100%",
            "95%",
            5,
            4.75,
            "新建片区管护协议年底前未全部签订",
        ),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.2%", 10, 10, ""),
    ]
    assert sum(i[5] for i in farm) == 90 and abs(sum(i[6] for i in farm) + 9.8 - 98.55) < 1e-9
    farm_rows = ministry_sheet(
        first,
        "2023年度高标准农田建设项目",
        issuer,
        "沙泉县农田建设服务中心",
        farm_funds,
        (
            "落实自治区下达的建设任务，新建高标准农田3万亩，其中高效节水灌溉1.2万亩，项目区粮食亩均增产50公斤以上，"
            "建成后达到全区高标准农田建设平均水平，受益农户满意度90%以上。",
            "新建高标准农田3.12万亩，其中高效节水灌溉1.08万亩，亩均增产粮食56公斤，受益农户6240户，满意度94.2%。",
        ),
        farm,
        (100, 98.55),
    )
    second = wb.create_sheet("农村人居环境整治")
    toilet_funds = [
        ("年度资金总额", 860, 820, 836.5, 10, 1.0201, 10),
        ("其中：财政拨款", 860, 820, 820, "—", "—", "—"),
        ("其他资金", 0, 0, 16.5, "—", "—", "—"),
    ]
    toilet = [
        ("产出指标", "数量指标", "改造农村卫生户厕", "≥2400户", "2460户", 15, 15, ""),
        ("产出指标", "数量指标", "建设村级垃圾收集点", "≥120个", "120个", 10, 10, ""),
        ("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", "97.3%", 10, None, ""),
        ("产出指标", "时效指标", "年底前完工率", "100%", "100%", 5, 5, ""),
        ("产出指标", "成本指标", "户厕改造户均补助", "≤2500元", "2500元", 10, 10, ""),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥75%", "78.6%", 10, 10, ""),
        ("效益指标", "生态效益指标", "生活垃圾收运处置村庄覆盖率", "≥90%", "92%", 10, 10, ""),
        ("效益指标", "可持续影响指标", "长效管护机制", "建立", "基本建立", 10, 8, "部分村管护经费来源未落实"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "91.5%", 10, 10, ""),
    ]
    assert sum(i[5] for i in toilet) == 90 and sum(i[6] or 0 for i in toilet) + 10 == 88
    toilet_rows = ministry_sheet(
        second,
        "2023年度农村人居环境整治提升项目",
        issuer,
        "沙泉县乡村振兴服务中心",
        toilet_funds,
        (
            "改造农村卫生户厕2400户以上，建设村级垃圾收集点120个，农村卫生厕所普及率达到75%以上。",
            "改造户厕2460户，建成垃圾收集点120个，卫生厕所普及率78.6%，农户满意度91.5%。",
        ),
        toilet,
        (100, 98),
    )
    save_workbook(wb, folder / "G03.xlsx", f"{issuer}2023年度项目支出绩效自评表", AUTHOR, FIXED_TIME)
    a, b = "高标准农田建设", "农村人居环境整治"
    return {
        "file": "G03.xlsx",
        "format": "xlsx",
        "level": "县",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "province": "宁夏",
        "clean": False,
        "defects": [
            entry(
                "exec-rate",
                "工作表“高标准农田建设”年度资金总额行：全年预算3450、执行3312，执行率写98.00%、得分9.8（应为96.00%、9.6）",
                ["SC501"],
                [{"sheet": a, "row": farm_rows["funds"]["年度资金总额"]}],
                "3312/3450 = 96.00%；总分98.55按9.8相加成立",
                text="3312",
                evidence=["96.00%", "9.6"],
            ),
            entry(
                "missing-score",
                "工作表“农村人居环境整治”“户厕改造验收合格率”行：分值10，得分空白",
                ["SC301"],
                [{"sheet": b, "row": toilet_rows["indicator"]["户厕改造验收合格率"]}],
                "总分98按此项满分10分计算",
                text="户厕改造验收合格率",
                evidence=["户厕改造验收合格率"],
            ),
        ],
        "traps": [
            entry(
                "autonomous-region",
                "年度总体目标“达到全区高标准农田建设平均水平”",
                ADMIN_RULES,
                [{"sheet": a, "row": farm_rows["goal"]}],
                "全区 = 宁夏回族自治区（同一单元格写明“自治区下达的建设任务”）",
                text="全区",
            ),
            entry(
                "exec-over-100",
                "工作表“农村人居环境整治”年度资金总额行：820 预算、836.5 执行，执行率102.01%，得分10",
                SCORE_RULES,
                [{"sheet": b, "row": toilet_rows["funds"]["年度资金总额"]}],
                "836.5/820 = 102.01%，满分10",
            ),
            entry(
                "second-tree",
                "两张工作表各是一个项目，各自总分100",
                SCORE_RULES,
                [{"sheet": a, "row": farm_rows["total"]}, {"sheet": b, "row": toilet_rows["total"]}],
                "不能合并相加",
            ),
            entry(
                "merged-header",
                "两行合并表头（指标名称 / 一级二级三级指标）",
                SCORE_RULES,
                [
                    {"sheet": s, "row": r}
                    for s, rr in ((a, farm_rows), (b, toilet_rows))
                    for r in rr["header"]
                ],
                "表头不是指标",
            ),
            entry(
                "breakdown-ok",
                "资金块“其中：财政拨款”“其他资金”相加等于年度资金总额",
                SUM_RULES,
                [
                    {"sheet": s, "row": rr["funds"][n]}
                    for s, rr in ((a, farm_rows), (b, toilet_rows))
                    for n in ("其中：财政拨款", "其他资金")
                ],
                "3080+232 = 3312；820+16.5 = 836.5",
            ),
        ],
    }


def build_g04(folder: Path) -> Key:
    from openpyxl import Workbook

    issuer = "霁川市文化广电和旅游局"
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    funds = [
        ("年度资金总额", "1500.00", "1560.00", "1498.60", "10.00", "", ""),
        ("其中：财政拨款", "1500.00", "1500.00", "1460.00", "—", "—", "—"),
        ("其他资金", "0.00", "60.00", "38.60", "—", "—", "—"),
    ]
    check_sum(["1460.00", "38.60"], "1498.60", "G04 执行")
    check_sum(["1500.00", "60.00"], "1560.00", "G04 预算")
    indicators = [
        ("产出指标", "数量指标", "送戏下乡场次", "≥300场", "318场", "10.00", "10.00", ""),
        (
            "产出指标",
            "数量指标",
            "公共图书馆年流通人次",
            "≥85万人次",
            "91.3万人次",
            "8.00",
            "8.50",
            "超额完成",
        ),
        ("产出指标", "数量指标", "乡镇综合文化站免费开放数量", "56个", "56个", "8.00", "8.00", ""),
        ("产出指标", "质量指标", "文化活动群众参与率", "≥60%", "63.5%", "8.00", "8.00", ""),
        ("产出指标", "时效指标", "补助资金下达及时率", "100%", "100%", "6.00", "6.00", ""),
        ("产出指标", "成本指标", "场均送戏补助标准", "≤0.8万元", "0.78万元", "10.00", "10.00", ""),
        (
            "效益指标",
            "社会效益指标",
            "基层群众文化获得感",
            "明显提升",
            "明显提升",
            "10.00",
            "9.00",
            "部分偏远村演出场次偏少",
        ),
        ("效益指标", "社会效益指标", "非遗项目保护传承", "有效", "有效", "10.00", "10.00", ""),
        ("效益指标", "可持续影响指标", "基层文化队伍建设", "持续加强", "持续加强", "8.00", "8.00", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "92.6%", "10.00", "10.00", ""),
    ]
    check_sum([i[5] for i in indicators], "88.00", "G04 指标分值（效益只有28）")
    rows = ministry_sheet(
        ws,
        "2023年度公共文化服务体系建设补助资金",
        issuer,
        "霁川市文化馆、霁川市图书馆",
        funds,
        (
            "全市开展送戏下乡300场以上，56个乡镇综合文化站全部免费开放，公共图书馆年流通85万人次以上，群众满意度85%以上。",
            "全市送戏下乡318场，覆盖各县（市、区）；56个乡镇综合文化站全部免费开放；图书馆年流通91.3万人次；满意度92.6%。",
        ),
        indicators,
        ("100.00", ""),
        percent_format=False,
    )
    fr = rows["funds"]["年度资金总额"]
    ws.cell(fr, 8).value = f"=F{fr}/E{fr}"
    ws.cell(fr, 8).number_format = "0.00%"
    ws.cell(fr, 9).value = f"=ROUND(MIN(H{fr},1)*G{fr},2)"
    score_cells = [f"I{fr}"] + [f"H{r}" for r in rows["indicator"].values()]
    ws.cell(rows["total"], 8).value = "=" + "+".join(score_cells)
    save_workbook(wb, folder / "G04.xlsx", f"{issuer}2023年度项目支出绩效自评表", AUTHOR, FIXED_TIME)
    sheet = "自评表"
    return {
        "file": "G04.xlsx",
        "format": "xlsx",
        "level": "市",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            entry(
                "score-above-max",
                "“公共图书馆年流通人次”行：分值“8.00”、得分“8.50”（均以文本存放）",
                ["SC101"],
                [{"sheet": sheet, "row": rows["indicator"]["公共图书馆年流通人次"]}],
                "超额完成也不能超过分值",
                text="公共图书馆年流通人次",
                evidence=["8.5"],
            ),
            entry(
                "max-sum",
                "总分行分值“100.00”；10 + 产出50 + 效益28 + 满意度10 = 98（效益指标只有28分）",
                ["SC202", "SC701"],
                [{"sheet": sheet, "row": rows["total"]}]
                + [
                    {"sheet": sheet, "row": rows["indicator"][n]}
                    for n in ("基层群众文化获得感", "非遗项目保护传承", "基层文化队伍建设")
                ],
                "分值合计不足100；效益指标分值28与10号规定的30不符",
                evidence=["98"],
            ),
        ],
        "traps": [
            entry(
                "formula-score",
                "年度资金总额行执行率“=F/E”、得分“=ROUND(MIN(H,1)*G,2)”，总分行得分为“=I+H+…”公式（openpyxl 写入，无缓存值）",
                ["SC301", "SC501", "SC201"],
                [{"sheet": sheet, "row": fr}, {"sheet": sheet, "row": rows["total"]}],
                "公式单元格在读取时没有数值：不是漏填得分，也不是执行率算错；应只有 TX107 信息",
            ),
            entry(
                "text-numbers",
                "分值、得分、预算数都以文本“10.00”“1560.00”存放",
                ["SC201", "SC202"],
                [
                    {"sheet": sheet, "row": rows["indicator"]["送戏下乡场次"]},
                    {"sheet": sheet, "row": rows["funds"]["其他资金"]},
                ],
                "文本数字与数值相同",
            ),
            entry(
                "admin-own",
                "年度总体目标“全市开展送戏下乡……覆盖各县（市、区）”",
                ADMIN_RULES,
                [{"sheet": sheet, "row": rows["goal"]}],
                "市级报告称全市、所辖县（市、区）正确",
                text="全市",
            ),
            entry(
                "breakdown-ok",
                "资金块：1460.00 + 38.60 = 1498.60；1500.00 + 60.00 = 1560.00",
                SUM_RULES,
                [
                    {"sheet": sheet, "row": rows["funds"]["其中：财政拨款"]},
                    {"sheet": sheet, "row": rows["funds"]["其他资金"]},
                ],
                "正确",
            ),
        ],
    }


# ---- G05: PDF, tables as text lines, running header and footer, a paragraph over a page break, 区 -----------------


def build_g05(folder: Path) -> Key:
    issuer = "枞溪市南岸区城市管理局"
    title = f"{issuer}2023年度城区道路照明设施提升改造项目支出绩效自评报告"
    header = f"{issuer}　　2023年度项目支出绩效自评报告"
    xs = [0, 63, 144, 252, 331, 410, 448]

    def write(pdf: Pdf) -> dict[str, Any]:
        at: dict[str, Any] = {}
        pdf.p(title, indent=False)
        pdf.p("一、项目概况", indent=False)
        pdf.p(
            "为解决老城区路灯老化、亮灯率低、能耗高等问题，区政府将道路照明设施提升改造列入2023年为民办实事项目。项目计划"
            "改造LED路灯2600盏，新建智慧照明单灯控制系统1套，由我局市政设施管理所组织实施。"
        )
        pdf.p(
            "项目采取公开招标方式确定施工单位，分三个标段同步推进。我局成立项目工作专班，实行周调度、月通报制度，"
            "邀请人大代表、政协委员和沿街居民代表参与中间验收和竣工验收，全过程接受群众监督。"
        )
        at["funds"] = pdf.p(
            "项目年初预算1600.00万元，年中追加80.00万元，全年预算数1680.00万元，全部为区级财政资金；全年执行数1680.00万元，"
            "预算执行率100.00%。"
        )
        pdf.p(
            "项目资金实行国库集中支付，按合同约定和工程进度分期拨付，预付款、进度款和结算款支付前均经跟踪审计单位审核，"
            "未发现截留、挪用和超范围支出等问题。工程结算审减金额全部用于增补背街小巷路灯。"
        )
        pdf.p("二、绩效目标完成情况", indent=False)
        at["lamps"] = pdf.p(
            "全年改造LED路灯2746盏，其中主干道1128盏、次干道965盏、背街小巷563盏，超额完成年度计划；建成智慧照明单灯控制"
            "系统1套，实现对全区路灯的远程开关和故障报警。"
        )
        pdf.p(
            "项目建立了“一灯一码”设施档案，路灯编号、位置、功率和维修记录全部录入城市照明管理平台，为后续精细化运维"
            "打下基础。"
        )
        pdf.p("三、自评结论", indent=False)
        at["conclusion"] = pdf.p("经自评，项目总分96.86分，评价等级为“优”。各项指标完成及得分情况见附表。")
        pdf.p("四、绩效指标分析", indent=False)
        at["exec"] = pdf.p(
            "（一）预算执行率。全年预算数1680.00万元，执行1680.00万元，执行率100.00%，得10分。"
        )
        pdf.p("（二）产出指标。产出指标分值50分，得48分。")
        pdf.p("1）数量指标：改造LED路灯2746盏，建成单灯控制系统1套，均完成目标。")
        pdf.p("2）质量指标：抽查亮灯率99.2%，高于98%的目标。")
        pdf.p("3）时效指标：受供货延迟影响，项目于2023年11月20日完工，较计划推迟20天，扣2分。")
        pdf.p("4）成本指标：单盏路灯综合改造成本0.60万元，低于0.62万元的控制标准。")
        at["survey"] = pdf.p(
            "（三）满意度指标。通过线上问卷和入户走访调查市民1200人，满意1064人，满意度88.67%，按88.7%计，低于90%的目标，"
            "按完成比例得9.86分。"
        )
        at["county"] = pdf.p("项目实施后，我区在全市各县区城市管理综合考核中位列第二名，较上年前进三位。")
        pdf.p("（四）效益指标。", indent=False)
        at["wrap"] = pdf.p(
            "改造完成后，城区主次干道平均照度由改造前的12.6勒克斯提高到18.9勒克斯，提高50.00%，夜间出行安全感明显增强；"
            "路灯年用电量由上年的486.0万千瓦时降至312.4万千瓦时，下降35.72%，全年节约电费108.6万元，其中主干道节约61.2万元、"
            "次干道节约29.8万元、背街小巷节约17.6万元。单灯控制系统投入使用后，故障发现时间由平均2天缩短到2小时以内，"
            "维修响应更加及时。但部分背街小巷路灯的日常巡查仍依赖人工，运维机制还需健全，该项扣2分。效益指标分值30分，"
            "得28分。"
        )
        pdf.p("五、存在的问题", indent=False)
        pdf.p("1）项目前期设备招标用时较长，供货延迟导致完工时间推后。")
        pdf.p("2）部分背街小巷路灯运维仍以人工巡查为主。")
        pdf.p("六、改进措施", indent=False)
        pdf.p("1）提前谋划年度项目，在上年第四季度完成设备招标准备。")
        pdf.p("2）将背街小巷路灯全部接入单灯控制系统，2024年底前实现全覆盖。")
        pdf.p("附表  项目支出绩效自评表", indent=False)
        fx = [0, 100, 170, 240, 310, 360, 430]
        pdf.row(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], fx)
        at["funds_row"] = pdf.row(
            ["年度资金总额", "1600.00", "1680.00", "1680.00", "10", "100.00%", "10"], fx
        )
        pdf.row(["其中：财政资金", "1600.00", "1680.00", "1680.00", "—", "—", "—"], fx)
        pdf.row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], xs)
        table = [
            ("产出指标", "数量指标", "改造LED路灯数量", "≥2600盏", "2746盏", "15", "15"),
            ("", "", "单灯控制系统建设", "1套", "1套", "5", "5"),
            ("", "质量指标", "亮灯率", "≥98%", "99.2%", "10", "10"),
            ("", "时效指标", "项目完工时间", "2023年10月底前", "2023年11月20日", "10", "8"),
            ("", "成本指标", "单盏改造成本", "≤0.62万元", "0.60万元", "10", "10"),
            ("小计", "产出指标", "", "", "", "50", "48"),
            ("效益指标", "社会效益指标", "主次干道平均照度提升", "≥30%", "50.00%", "10", "10"),
            ("", "生态效益指标", "路灯节电率", "≥30%", "35.72%", "10", "10"),
            ("", "可持续影响指标", "设施运维机制", "健全", "基本健全", "10", "8"),
            ("小计", "效益指标", "", "", "", "30", "29"),
            ("满意度指标", "服务对象满意度", "市民满意度", "≥90%", "88.7%", "10", "9.86"),
            ("小计", "满意度指标", "", "", "", "10", "9.86"),
            ("总分", "", "", "", "", "100", "96.86"),
        ]
        for cells in table:
            at[cells[1] + "小计" if cells[0] == "小计" else cells[0] or cells[2]] = pdf.row(list(cells), xs)
        return at

    check_sum(["1128", "965", "563"], "2656", "G05 路灯分项（报告写2746）")
    check_sum(["61.2", "29.8", "17.6"], "108.6", "G05 电费")
    check_sum(["15", "5", "10", "8", "10"], "48", "G05 产出")
    check_sum(["10", "10", "8"], "28", "G05 效益（小计写29）")
    check_sum(["10", "48", "29", "9.86"], "96.86", "G05 总分（按所写小计）")
    assert round((18.9 - 12.6) / 12.6 * 100, 2) == 50.0 and round((486.0 - 312.4) / 486.0 * 100, 2) == 35.72
    assert round(1064 / 1200 * 100, 2) == 88.67 and round(88.7 / 90 * 10, 2) == 9.86

    path = folder / "G05.pdf"
    pages = Pdf(path, title, header, 0)
    write(pages)
    total = pages.save()
    pdf = Pdf(path, title, header, total)
    at = write(pdf)
    assert pdf.save() == total
    assert len(at["wrap"]) == 2, f"the 效益 paragraph should cross a page break: {at['wrap']}"
    return {
        "file": "G05.pdf",
        "format": "pdf",
        "level": "区",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            entry(
                "breakdown-sum",
                "二、“改造LED路灯2746盏，其中主干道1128盏、次干道965盏、背街小巷563盏”：1128+965+563 = 2656",
                ["AR101"],
                at["lamps"],
                "分项相加比合计少90盏",
                text="2746",
                evidence=["2656"],
            ),
            entry(
                "score-sum",
                "附表效益指标小计行得分29；10+10+8 = 28",
                ["SC201", "SC401"],
                at["效益指标小计"]
                + at["效益指标"]
                + at["路灯节电率"]
                + at["设施运维机制"]
                + at["总分"]
                + at["wrap"],
                "总分96.86 = 10+48+29+9.86 按所写小计相加成立；正文四（四）段写“得28分”，与各项相符而与小计不符",
                text="29",
                evidence=["28"],
            ),
        ],
        "traps": [
            entry(
                "exec-100",
                "执行率100.00%，得10分（一、四（一）段与附表）",
                SCORE_RULES,
                at["funds"] + at["exec"] + at["funds_row"],
                "1680/1680 = 100%",
            ),
            entry(
                "page-break-paragraph",
                "四（四）效益段跨页（中间隔着页脚“第 n 页 共 N 页”和下一页页眉）：50.00%、35.72%、108.6 = 61.2+29.8+17.6",
                RATE_RULES + SUM_RULES + ["ST101"],
                at["wrap"],
                "比率与分项都正确；页眉页脚不是正文",
            ),
            entry(
                "running-header-footer",
                "每页的页眉“枞溪市南岸区城市管理局 2023年度项目支出绩效自评报告”与页脚“第 n 页 共 N 页”",
                ["ST101", "NM101", "NM102", "NM103", "NM104"],
                [{"page": p, "lines": [1, 1]} for p in range(1, total + 1)],
                "页眉页脚每页重复是版式，不是重复段落",
            ),
            entry(
                "proportional-score",
                "满意度88.67%（按88.7%计）低于90%，得9.86 = 88.7/90×10",
                SCORE_RULES + RATE_RULES,
                at["survey"] + at["满意度指标"],
                "1064/1200 = 88.67%；按比例得分正确",
            ),
            entry(
                "admin-compound",
                "“在全市各县区城市管理综合考核中位列第二名”",
                ADMIN_RULES,
                at["county"],
                "县区 = 上级市所辖县、区的合称",
                text="各县区",
            ),
        ],
    }


# ---- G06: a clean 市级 project report, Word table with 小计 rows, ① and （1） lists ---------------------------------


def build_g06(folder: Path) -> Key:
    issuer = "蓼洲市生态环境局"
    project = "2023年度大气污染防治专项资金"
    w = Word()
    w.p(f"{project}绩效自评报告", heading=0)
    w.p(f"{issuer}")
    w.p("2024年3月")
    w.p("一、基本情况", heading=1)
    w.p(
        "为持续改善环境空气质量，市政府印发《蓼洲市2023年大气污染防治攻坚行动方案》，安排专项资金支持燃煤锅炉淘汰、"
        "重点行业超低排放改造和扬尘在线监测能力建设，项目由我局牵头，各县（市、区）生态环境分局配合实施。"
    )
    funds = w.p(
        "项目年初预算2400.00万元，年中安排上年结转资金250.00万元，全年预算数2650.00万元；全年执行数2632.10万元，"
        "其中本年财政拨款2400.00万元、上年结转资金232.10万元，预算执行率99.32%。"
    )
    check_sum(["2400.00", "232.10"], "2632.10", "G06 执行数")
    assert rate("2632.10", "2650.00") == "99.32%"
    w.p("二、绩效目标实现情况", heading=1)
    boilers = w.p(
        "（一）产出。全年淘汰燃煤小锅炉43台，其中10蒸吨以下35台、10至20蒸吨8台；完成6家重点企业超低排放改造；"
        "新建扬尘在线监测点位27个，计划30个，另3个点位因选址调整顺延至2024年上半年。"
    )
    check_sum(["35", "8"], "43", "G06 锅炉")
    air = w.p(
        "（二）效果。全市PM2.5年均浓度33.2微克/立方米，较上年的36.0微克/立方米下降7.78%；空气质量优良天数319天，"
        "优良天数比率87.40%；重污染天数2天。"
    )
    assert round((36.0 - 33.2) / 36.0 * 100, 2) == 7.78 and round(319 / 365 * 100, 2) == 87.40
    w.p("三、自评得分情况", heading=1)
    conclusion = w.p("经自评，项目得分98.48分，等级为“优”。其中：")
    w.p("① 预算执行率得9.93分（执行率99.32%×10分）；")
    w.p("② 产出指标得48.89分，扬尘在线监测点位和项目按期完成率未达目标，分别扣1.00分和0.11分；")
    w.p("③ 效益指标得29.66分，臭氧浓度上升势头基本遏制，扣0.34分；")
    w.p("④ 满意度指标得10.00分。")
    check_sum(["9.93", "48.89", "29.66", "10.00"], "98.48", "G06 总分")
    province = w.p(
        "另外，在省生态环境厅组织的2023年度各市大气污染防治工作考核中，我市得分95.5分，位列全省第三，连续两年获评“优秀”。"
    )
    w.p("四、存在的问题和改进措施", heading=1)
    w.p("（1）臭氧污染防控基础薄弱。下一步将开展挥发性有机物走航监测，建立重点企业“一企一策”减排清单。")
    w.p("（2）部分县（市、区）扬尘监测点位建设滞后。将把点位建设纳入对县（市、区）的年度考核。")
    w.p("（3）资金支付进度前慢后快。将按季度通报支付进度，年底前执行率确保达到95%以上。")
    w.p("附：项目支出绩效自评表")
    rows: list[list[str]] = [
        ["项目名称", project, project, project, project, project, project, project],
        [
            "项目资金（万元）",
            "项目资金（万元）",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["年度资金总额", "年度资金总额", "2400.00", "2650.00", "2632.10", "10", "99.32%", "9.93"],
        ["其中：本年财政拨款", "其中：本年财政拨款", "2400.00", "2400.00", "2400.00", "—", "—", "—"],
        ["上年结转资金", "上年结转资金", "0.00", "250.00", "232.10", "—", "—", "—"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
    ]
    indicators = [
        ("产出指标", "数量指标", "淘汰燃煤小锅炉", "≥40台", "43台", "10", "10", ""),
        ("产出指标", "数量指标", "重点企业超低排放改造", "≥6家", "6家", "10", "10", ""),
        (
            "产出指标",
            "数量指标",
            "新建扬尘在线监测点位",
            "≥30个",
            "27个",
            "10",
            "9",
            "3个点位选址调整，2024年上半年建成",
        ),
        ("产出指标", "质量指标", "改造项目验收达标率", "100%", "100%", "10", "10", ""),
        (
            "产出指标",
            "时效指标",
            "项目按期完成率",
            "≥90%",
            "88%",
            "5",
            "4.89",
            "2个锅炉淘汰项目因企业停产搬迁延期",
        ),
        ("产出指标", "成本指标", "锅炉淘汰每蒸吨补助", "≤3万元", "2.9万元", "5", "5", ""),
        ("产出指标", "小计", "小计", "小计", "小计", "50", "48.89", ""),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤35微克/立方米", "33.2微克/立方米", "10", "10", ""),
        ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥85%", "87.40%", "3.33", "3.33", ""),
        ("效益指标", "生态效益指标", "重污染天数", "≤3天", "2天", "3.33", "3.33", ""),
        (
            "效益指标",
            "生态效益指标",
            "臭氧浓度上升势头",
            "得到遏制",
            "基本遏制",
            "3.34",
            "3",
            "夏季臭氧浓度仍偏高",
        ),
        ("效益指标", "可持续影响指标", "大气污染防治长效机制", "健全", "健全", "10", "10", ""),
        ("效益指标", "小计", "小计", "小计", "小计", "30", "29.66", ""),
        ("满意度指标", "服务对象满意度指标", "公众对空气质量满意度", "≥85%", "88.1%", "10", "10", ""),
        ("满意度指标", "小计", "小计", "小计", "小计", "10", "10", ""),
    ]
    check_sum([i[6] for i in indicators[:6]], "48.89", "G06 产出")
    check_sum([i[5] for i in indicators[:6]], "50", "G06 产出分值")
    check_sum([i[6] for i in indicators[7:12]], "29.66", "G06 效益")
    check_sum([i[5] for i in indicators[7:12]], "30", "G06 效益分值")
    assert round(27 / 30 * 10, 2) == 9 and round(88 / 90 * 5, 2) == 4.89
    first = len(rows) + 1
    rows += [list(i) for i in indicators]
    rows.append(["总分", "总分", "总分", "总分", "总分", "100", "98.48", ""])
    total_row = len(rows)
    rows.append(["评价等级", "优", "优", "优", "优", "优", "优", "优"])
    merges = [
        (1, 2, 1, 8),
        (2, 1, 2, 2),
        (3, 1, 3, 2),
        (4, 1, 4, 2),
        (5, 1, 5, 2),
        (total_row, 1, total_row, 5),
    ]
    merges += [(total_row + 1, 2, total_row + 1, 8)]
    merges += [(r, 2, r, 5) for r in range(first, total_row) if rows[r - 1][1] == "小计"]
    merges += column_merges(rows, 1, first)
    merges += [m for m in column_merges(rows, 2, first) if rows[m[0] - 1][1] != "小计"]
    table = w.table(rows, merges)
    w.save(folder / "G06.docx", f"{project}绩效自评报告")
    ozone_rows = [first + i for i in (8, 9, 10)]
    return {
        "file": "G06.docx",
        "format": "docx",
        "level": "市",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "clean": True,
        "defects": [],
        "traps": [
            entry(
                "exec-rounding",
                "2632.10/2650.00 = 99.32%，得9.93（表第3行、一段、三①）",
                SCORE_RULES,
                [{"table": table, "row": 3}, {"para": funds}, {"para": conclusion + 1}],
                "0.993245×10 = 9.93",
            ),
            entry(
                "rounding",
                "生态效益三项分值3.33+3.33+3.34 = 10；效益小计30、29.66",
                SCORE_RULES,
                [{"table": table, "row": r} for r in ozone_rows] + [{"table": table, "row": first + 12}],
                "舍入凑整正确",
            ),
            entry(
                "proportional-score",
                "新建扬尘监测点位27/30×10 = 9；按期完成率88/90×5 = 4.89；三②段“分别扣1.00分和0.11分”",
                SCORE_RULES,
                [
                    {"table": table, "row": first + 2},
                    {"table": table, "row": first + 4},
                    {"para": conclusion + 2},
                ],
                "按完成比例得分",
            ),
            entry(
                "external-score",
                "“在省生态环境厅组织的……考核中，我市得分95.5分，位列全省第三”",
                SCORE_RULES + ADMIN_RULES,
                [{"para": province}],
                "上级考核的得分，不是本项目自评得分；我市、全省对市级单位正确",
                text="95.5",
            ),
            entry(
                "breakdown-ok",
                "43 = 35 + 8；2632.10 = 2400.00 + 232.10",
                SUM_RULES,
                [{"para": boilers}, {"para": funds}, {"table": table, "row": 4}, {"table": table, "row": 5}],
                "正确",
            ),
            entry(
                "percentage-ok",
                "(36.0-33.2)/36.0 = 7.78%；319/365 = 87.40%",
                RATE_RULES,
                [{"para": air}],
                "正确",
            ),
            entry(
                "list-styles",
                "三、下的 ①②③④ 与四、下的 （1）（2）（3）",
                NUMBERING_RULES,
                [{"para": conclusion + i} for i in range(1, 5)] + [{"para": province + 2}],
                "各自连续",
            ),
        ],
    }


# ---- G07: 县级市 in an autonomous region, 四川-style 权重 form as a Word table, a 加分项 row --------------------------


def build_g07(folder: Path) -> Key:
    issuer = "锡伯淖尔市农牧和科技局"
    project = "2023年度肉牛产业高质量发展项目"
    w = Word()
    w.p(f"{issuer}{project}绩效自评报告", heading=0)
    w.p("一、项目概况", heading=1)
    own = w.p(
        "锡伯淖尔市地处查干盟西部，是全盟肉牛主产区。为落实自治区肉牛产业发展三年行动，市委、市政府将肉牛产业列为"
        "我市农牧业主导产业，2023年安排项目资金支持标准化棚圈建设、基础母牛扩群和青贮窖建设。"
    )
    funds = w.p(
        "项目年初预算900.00万元，年中追加60.00万元，调整后预算960.00万元，其中自治区补助600.00万元、盟级补助200.00万元、"
        "市本级配套160.00万元。全年执行888.00万元，预算执行率92.50%。"
    )
    check_sum(["600.00", "200.00", "160.00"], "960.00", "G07 预算来源")
    check_sum(["900.00", "60.00"], "960.00", "G07 调整")
    assert rate("888.00", "960.00") == "92.50%"
    w.p("二、自评结论", heading=1)
    conclusion = w.p("经自评，项目得分99.97分（含加分1分），评价等级为“优”。")
    w.p("三、绩效指标完成情况", heading=1)
    exec_para = w.p(
        "（一）预算执行（权重10分）。全年执行888.00万元，执行率92.50%，得9.50分。未执行的72.00万元为基础母牛引进尾款，"
        "因秋季疫病防控暂停跨区调运，已结转下年使用。"
    )
    assert d("960.00") - d("888.00") == d("72.00")
    output = w.p(
        "（二）产出指标（权重50分）。6项指标中5项全部完成；购置基础母牛1420头，完成计划的94.67%，得9.47分。产出指标"
        "合计得49.47分。"
    )
    w.p(
        "（三）效益指标（权重30分）。项目户年均增收8600元，带动脱贫户312户，良种覆盖率87%，均达到目标，得30分。"
    )
    survey = w.p(
        "（四）满意度指标（权重10分）。随机抽取项目户200户开展问卷调查，收回有效问卷196份，其中满意186份，"
        "满意度94.90%，得10分。"
    )
    assert rate("186", "196") == "94.90%"
    bonus = w.p("（五）加分项。项目实施主体获评自治区级肉牛标准化示范场，按评分办法加1分。")
    w.p("四、存在的问题", heading=1)
    w.p("受疫病防控影响，部分基础母牛未能按期引进；个别嘎查青贮窖建成后使用率不高。")
    w.p("五、下一步工作", heading=1)
    self_ref = w.p(
        "一是加快结转资金使用，2024年一季度完成剩余80头基础母牛引进；二是推广“合作社+农户”托管模式，推动我县肉牛产业"
        "规模化经营。"
    )
    region = w.p("三是持续开展良种改良，力争良种覆盖率达到全区先进水平，在全盟率先建成肉牛全产业链。")
    rows: list[list[str]] = [
        ["项目名称"] * 3 + [project] * 7,
        ["预算执行情况（10分）"] * 3
        + [
            "年初预算（万元）",
            "调整后预算数（万元）",
            "预算执行数（万元）",
            "预算执行率",
            "权重",
            "得分",
            "原因",
        ],
        ["预算执行情况（10分）"] * 3
        + ["900.00", "960.00", "888.00", "92.50%", "10", "9.5", "疫病防控暂停调运，尾款结转"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        ],
    ]
    indicators = [
        ("产出指标", "数量指标", "新建标准化棚圈", "≥", "120", "座", "126", "10", "10", ""),
        (
            "产出指标",
            "数量指标",
            "购置基础母牛",
            "≥",
            "1500",
            "头",
            "1420",
            "10",
            "9.47",
            "疫病防控暂停跨区调运",
        ),
        ("产出指标", "数量指标", "建设青贮窖", "≥", "40", "座", "40", "5", "5", ""),
        ("产出指标", "质量指标", "棚圈验收合格率", "＝", "100", "%", "100", "10", "10", ""),
        ("产出指标", "时效指标", "基础母牛引进完成时间", "≤", "10", "月", "9", "5", "5", ""),
        ("产出指标", "成本指标", "每头基础母牛补贴标准", "≤", "0.6", "万元", "0.6", "10", "10", ""),
        ("效益指标", "经济效益指标", "项目户年均增收", "≥", "8000", "元", "8600", "10", "10", ""),
        ("效益指标", "社会效益指标", "带动脱贫户户数", "≥", "300", "户", "312", "10", "10", ""),
        ("效益指标", "可持续影响指标", "良种覆盖率", "≥", "85", "%", "87", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "项目户满意度", "≥", "90", "%", "94.9", "10", "10", ""),
    ]
    check_sum([i[7] for i in indicators], "90", "G07 指标权重")
    check_sum([i[8] for i in indicators[:6]], "49.47", "G07 产出")
    assert round(1420 / 1500 * 10, 2) == 9.47
    first = len(rows) + 1
    rows += [list(i) for i in indicators]
    rows.append(
        [
            "加分项",
            "加分项",
            "获评自治区级肉牛标准化示范场",
            "",
            "",
            "",
            "已获评",
            "—",
            "1",
            "按评分办法加1分",
        ]
    )
    bonus_row = len(rows)
    rows.append(["总分"] * 7 + ["100", "99.97", ""])
    total_row = len(rows)
    check_sum(["9.5", "49.47", "30", "10", "1"], "99.97", "G07 总分（执行率按所写9.5）")
    merges = [
        (1, 1, 1, 3),
        (1, 4, 1, 10),
        (2, 1, 3, 3),
        (bonus_row, 1, bonus_row, 2),
        (total_row, 1, total_row, 7),
    ]
    merges += column_merges(rows, 1, first)
    merges += column_merges(rows[: bonus_row - 1], 2, first)
    table = w.table(rows, merges)
    w.save(folder / "G07.docx", f"{issuer}{project}绩效自评报告")
    return {
        "file": "G07.docx",
        "format": "docx",
        "level": "县级市",
        "kind": "项目",
        "issuer": issuer,
        "year": 2023,
        "province": "内蒙古",
        "clean": False,
        "defects": [
            entry(
                "exec-rate",
                "表预算执行情况行：调整后预算960.00、执行888.00、执行率92.50%，得分9.5（应为9.25）；三（一）段同",
                ["SC501"],
                [{"table": table, "row": 3}, {"para": exec_para}],
                "0.925×10 = 9.25；总分99.97按9.5相加成立",
                text="888.00",
                evidence=["9.25"],
            ),
            entry(
                "self-reference",
                "五、下一步工作“推动我县肉牛产业规模化经营”",
                ["WD101"],
                [{"para": self_ref}],
                "县级市报告自称“我县”",
                text="我县",
                evidence=["我县"],
            ),
        ],
        "traps": [
            entry(
                "admin-own",
                "“锡伯淖尔市……全盟肉牛主产区……自治区……市委、市政府……我市”",
                ADMIN_RULES,
                [{"para": own}],
                "县级市自称我市、市委正确；全盟 = 上级盟；自治区 = 省级",
            ),
            entry(
                "autonomous-region",
                "“力争良种覆盖率达到全区先进水平，在全盟率先建成……”",
                ADMIN_RULES,
                [{"para": region}],
                "全区 = 内蒙古自治区（一、段写明自治区）；全盟 = 上级盟",
                text="全区",
            ),
            entry(
                "bonus-item",
                "加分项行得分1，总分99.97 = 9.5+49.47+30+10+1；分值合计100不含加分；二、段“含加分1分”",
                SCORE_RULES,
                [
                    {"table": table, "row": bonus_row},
                    {"table": table, "row": total_row},
                    {"para": conclusion},
                    {"para": bonus},
                ],
                "加分项不在100分的分值之内",
            ),
            entry(
                "breakdown-ok",
                "960.00 = 600.00 + 200.00 + 160.00；960.00 - 888.00 = 72.00",
                SUM_RULES + RATE_RULES,
                [{"para": funds}, {"para": exec_para}],
                "正确",
            ),
            entry(
                "percentage-ok",
                "1420/1500 = 94.67% 得9.47；186/196 = 94.90%",
                RATE_RULES + SCORE_RULES,
                [{"para": output}, {"para": survey}, {"table": table, "row": first + 1}],
                "正确；“6项指标中5项全部完成……产出指标合计得49.47分”",
            ),
        ],
    }


KEY_HEADER = """\
# Answer key for the fresh office documents in this folder (written by make_fresh.py; edit the script, not this file).
# Each document: file, format, level, kind, issuer, year, province (autonomous regions only), clean, defects, traps.
# Each defect / trap: kind; where (human description); codes (rule codes that count as finding it, or for a trap the
# codes that would be a false alarm there); at (machine anchors, any one of which is the right place); text (a snippet
# that appears in the document; a finding whose message contains it also matches); evidence; note.
# Anchors: {para: N} = N-th non-empty body paragraph of a .docx (1-based, headings and list items included, table
# cells excluded); {table: T, row: R} = row R (1-based, every <w:tr> counted) of the T-th body table of a .docx;
# {sheet: S, row: R} = worksheet S, spreadsheet row R (any column); {page: P, lines: [a, b]} = page P of a PDF,
# text lines a..b counted from the top of the page (the running header is line 1).
"""

BUILDERS: dict[str, Callable[[Path], Key]] = {
    "G01": build_g01,
    "G02": build_g02,
    "G03": build_g03,
    "G04": build_g04,
    "G05": build_g05,
    "G06": build_g06,
    "G07": build_g07,
}


def generate(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    key = {name: build(folder) for name, build in BUILDERS.items()}
    body = yaml.safe_dump(key, allow_unicode=True, sort_keys=False, width=120)
    (folder / "key.yaml").write_text(KEY_HEADER + body, encoding="utf-8")
    return [folder / item["file"] for item in key.values()] + [folder / "key.yaml"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(
            "usage: python benchmarks/corpus/fresh-documents/make_fresh.py [OUTPUT_FOLDER]", file=sys.stderr
        )
        return 2
    for path in generate(Path(args[0]) if args else HERE):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
