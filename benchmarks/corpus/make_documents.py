"""Build the office documents of the corpus and their answer key.

    python benchmarks/corpus/make_documents.py [OUTPUT_FOLDER]

Writes D01–D09 (.docx, .xlsx, .pdf) and ``key.yaml`` into OUTPUT_FOLDER (``documents/`` beside this script by
default). Each builder writes its document and returns its key entry; the anchors of the key (paragraph, table row,
sheet row, PDF page lines) are counted while the document is written, so they cannot drift from the content. The
key has the format of ``../shared/corpus/documents/key.yaml``. Archives are written with fixed timestamps and the
PDFs without creation dates, so the same libraries give the same bytes.

Every issuer and place is invented. Each document is internally consistent except for the defects its key lists.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from office_packages import fixed_archive, save_workbook  # noqa: E402

FIXED_TIME = datetime(2024, 3, 15, 9, 0, 0)
AUTHOR = "jxlint 语料"

# Rules that would be a false alarm at a trap of each kind (the benchmark adds the rules of the trap's kind).
SCORE_RULES = ["SC101", "SC201", "SC202", "SC301", "SC401", "SC501", "SC601"]
ADMIN_RULES = ["WD101"]
SUM_RULES = ["AR101", "AR104"]
RATE_RULES = ["AR102", "AR103"]

Key = dict[str, Any]


def defect(
    kind: str,
    where: str,
    codes: Sequence[str],
    at: Sequence[dict[str, Any]],
    note: str,
    text: str = "",
    evidence: Sequence[str] = (),
) -> Key:
    entry: Key = {"kind": kind, "where": where, "codes": list(codes), "at": list(at)}
    if text:
        entry["text"] = text
    if evidence:
        entry["evidence"] = list(evidence)
    entry["note"] = note
    return entry


trap = defect


# ---- writers that count anchors ---------------------------------------------------------------------------------


class Word:
    """A .docx body: ``p`` returns the paragraph's anchor number, ``table`` the table's number."""

    def __init__(self) -> None:
        from docx import Document
        from docx.shared import Pt

        self.document = Document()
        style = self.document.styles["Normal"]
        style.font.size = Pt(10.5)
        self.paragraphs = 0
        self.tables = 0

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


class Pdf:
    """An A4 page of text lines without ruling. ``p`` wraps a paragraph (first line indented) and returns its
    page and line range; ``row`` draws table cells at fixed x positions on one line."""

    LEFT, RIGHT, TOP, BOTTOM = 60.0, 535.0, 780.0, 70.0
    SIZE, LEADING, PARAGRAPH_GAP = 10.5, 17.0, 6.0

    def __init__(self, path: Path, title: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        self.width = pdfmetrics.stringWidth
        self.canvas = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(AUTHOR)
        self.page = 1
        self.line = 0
        self.y = self.TOP
        self.canvas.setFont("STSong-Light", self.SIZE)

    def _next_line(self, gap: float = 0.0) -> None:
        if self.line:
            self.y -= self.LEADING + gap
        if self.y < self.BOTTOM:
            self.canvas.showPage()
            self.canvas.setFont("STSong-Light", self.SIZE)
            self.page += 1
            self.line = 0
            self.y = self.TOP
        self.line += 1

    def _wrap(self, text: str, first_indent: float) -> list[str]:
        lines: list[str] = []
        current = ""
        room = self.RIGHT - self.LEFT - first_indent
        for char in text:
            if self.width(current + char, "STSong-Light", self.SIZE) > room:
                lines.append(current)
                current = ""
                room = self.RIGHT - self.LEFT
            current += char
        lines.append(current)
        return lines

    def p(self, text: str, indent: bool = True) -> dict[str, Any]:
        first_indent = 2 * self.SIZE if indent else 0.0
        start: tuple[int, int] | None = None
        for index, piece in enumerate(self._wrap(text, first_indent)):
            self._next_line(self.PARAGRAPH_GAP if index == 0 else 0.0)
            if start is None:
                start = (self.page, self.line)
            x = self.LEFT + (first_indent if index == 0 else 0.0)
            self.canvas.drawString(x, self.y, piece)
        assert start is not None
        if start[0] != self.page:  # a paragraph split over two pages: anchor its first page's lines
            return {"page": start[0], "lines": [start[1], start[1]]}
        return {"page": self.page, "lines": [start[1], self.line]}

    def row(self, cells: Sequence[str], xs: Sequence[float]) -> dict[str, Any]:
        self._next_line()
        for text, x in zip(cells, xs, strict=True):
            if text:
                self.canvas.drawString(self.LEFT + x, self.y, text)
        return {"page": self.page, "lines": [self.line, self.line]}

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


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








# ---- D01: 10号 project table in Word, funds block + two-row merged header, 县 -------------------------------------


def build_d01(folder: Path) -> Key:
    issuer = "柏溪县住房和城乡建设局"
    w = Word()
    w.p(f"{issuer}2023年度城镇污水管网改造项目支出绩效自评报告", heading=0)
    w.p("一、项目基本情况", heading=1)
    w.p(
        "为补齐县城污水收集处理短板，县政府将城镇污水管网改造列入年度重点项目。项目由我局组织实施，改造县城老城区"
        "雨污合流管网，新建检查井，消除城区黑臭水体。"
    )
    w.p(
        "项目年初预算800.00万元，年中追加60.00万元，全年预算数860.00万元，全部为当年财政拨款；全年执行数761.10万元，"
        "预算执行率88.50%。"
    )
    w.p("二、综合评价结论", heading=1)
    total = w.p("经自评，项目自评得分98.5分，评价等级为“优”。项目资金和绩效指标完成情况见附表。")
    w.p("三、绩效指标完成情况分析", heading=1)
    exec_para = w.p("（一）预算执行率。全年预算数860.00万元，执行761.10万元，执行率88.50%，得9.5分。")
    w.p(
        "（二）产出指标。改造污水管网18.6公里，新建检查井436座，工程验收合格率100%。受汛期停工影响，主体工程"
        "11月15日完工，晚于10月底的计划，扣2分，得8分。"
    )
    cost_para = w.p("成本指标分值10分，每公里综合造价40.9万元，低于45万元的控制标准，得12分。")
    w.p(
        "（三）效益指标。城区污水收集率提高6.2个百分点，消除黑臭水体3处；管网运维机制已建立，但运维经费尚未列入年度预算，扣1分。"
    )
    w.p("（四）满意度指标。走访沿线居民和商户150户，满意138户，满意度92%，得10分。")
    w.p("四、存在的问题及改进措施", heading=1)
    county = w.p("部分路段施工组织不够合理。下一步，我局将统筹县域内排水设施建设与道路改造，减少重复开挖。")
    w.p("附表：项目支出绩效自评表")
    funds = w.table(
        [
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "800.00", "860.00", "761.10", "10", "88.50%", "9.5"],
            ["其中：当年财政拨款", "800.00", "860.00", "761.10", "—", "—", "—"],
        ]
    )
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分情况", ""],
        ["", "", "", "", "", "分值", "得分"],
        ["产出指标", "数量指标", "改造污水管网长度", "≥18公里", "18.6公里", "15", "15"],
        ["产出指标", "数量指标", "新建检查井数量", "≥420座", "436座", "5", "5"],
        ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"],
        ["产出指标", "时效指标", "主体工程完工时间", "10月底前", "11月15日", "10", "8"],
        ["产出指标", "成本指标", "每公里综合造价", "≤45万元", "40.9万元", "10", "12"],
        ["小计", "", "", "", "", "50", "50"],
        ["效益指标", "社会效益指标", "城区污水收集率提升", "≥5个百分点", "6.2个百分点", "10", "10"],
        ["效益指标", "生态效益指标", "消除黑臭水体数量", "3处", "3处", "10", "10"],
        ["效益指标", "可持续影响指标", "管网运维机制", "建立", "已建立", "10", "9"],
        ["小计", "", "", "", "", "30", "29"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "92%", "10", "10"],
        ["总分", "", "", "", "", "100", "98.5"],
    ]
    merges = [(1, c, 2, c) for c in range(1, 6)] + [(1, 6, 1, 7)]
    indicators = w.table(rows, merges)
    w.save(folder / "D01.docx", f"{issuer}项目支出绩效自评报告")
    return {
        "file": "D01.docx",
        "format": "docx",
        "level": "县",
        "kind": "项目",
        "framework": "10号",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            defect(
                "exec-rate",
                "表1 年度资金总额行：全年预算860.00、执行761.10、执行率88.50%，得分9.5（应为8.85）；四（一）段同",
                ["SC501"],
                [{"table": funds, "row": 2}, {"para": exec_para}],
                "10×88.50% = 8.85；总分98.5 = 9.5+50+29+10 按所写的9.5相加成立",
                text="761.10",
                evidence=["8.85"],
            ),
            defect(
                "score-above-max",
                "表2“每公里综合造价”行：分值10、得分12；三（二）成本指标段同",
                ["SC101"],
                [{"table": indicators, "row": 7}, {"para": cost_para}],
                "产出小计50 = 15+5+10+8+12，未超过50，只错在单项",
                text="每公里综合造价",
                evidence=["得12分"],
            ),
        ],
        "traps": [
            trap(
                "subtotal-rows",
                "表2 产出、效益小计行",
                SCORE_RULES,
                [{"table": indicators, "row": 8}, {"table": indicators, "row": 12}],
                "小计 = 下列各行之和（50、29），不是另一项指标",
            ),
            trap(
                "total-once",
                "表2 总分行：100 | 98.5",
                SCORE_RULES,
                [{"table": indicators, "row": 14}, {"para": total}],
                "预算执行率的10分在表1，只计一次：10+50+30+10 = 100",
            ),
            trap(
                "merged-header",
                "表2 两行合并表头（评分情况 → 分值 / 得分）",
                SCORE_RULES,
                [{"table": indicators, "row": 1}, {"table": indicators, "row": 2}],
                "表头不是指标",
            ),
            trap(
                "deduction",
                "三（二）“扣2分，得8分”",
                SCORE_RULES,
                [{"para": exec_para + 1}],
                "扣分不是得分",
            ),
            trap(
                "admin-compound",
                "四“县域内排水设施”",
                ADMIN_RULES,
                [{"para": county}],
                "县级报告说县域",
                text="县域",
            ),
        ],
    }


# ---- D02: 2013 common indicators in Word, 地级市 -------------------------------------------------------------------


def build_d02(folder: Path) -> Key:
    issuer = "枫澜市城市管理局"
    w = Word()
    w.p(f"{issuer}2022年度部门整体支出绩效自评报告", heading=0)
    w.p("一、部门基本情况", heading=1)
    w.p(
        "市城市管理局负责全市市容环境卫生、城市道路清扫保洁、违法建设查处和数字化城市管理工作，指导各县（市、区）"
        "城市管理部门开展业务。局机关内设8个科室，下属市环境卫生管理处、市数字化城市管理中心2个事业单位。"
    )
    w.p(
        "2022年部门全年预算数6240.00万元，全年支出6108.80万元，其中基本支出2315.60万元、项目支出3793.20万元。"
    )
    w.p("二、自评结论", heading=1)
    w.p("依据部门整体支出绩效评价共性指标体系，我局2022年度自评得分97.5分，评价等级为“优”。")
    w.p("三、主要绩效", heading=1)
    w.p("全年道路机械化清扫保洁面积1860万平方米，查处违法建设426起，查处率100%。")
    rate = w.p("数字城管平台全年立案12480件，结案12106件，结案率97.0%，位列全省各设区市前列。")
    w.p("四、存在的问题", heading=1)
    w.p("一是重点支出安排与年度工作重点的衔接还不够紧密；二是部分项目资金支付进度偏慢。")
    w.p("五、改进措施", heading=1)
    self_ref = w.p("下一步，我县将完善城市管理项目库，提前做好项目论证，加快资金支付进度。")
    w.p("六、附表", heading=1)
    rows = [
        ["一级指标", "二级指标", "三级指标", "标准分", "自评得分"],
        ["投入", "目标设定", "绩效目标合理性", "5", "5"],
        ["投入", "目标设定", "绩效指标明确性", "5", "5"],
        ["投入", "预算配置", "在职人员控制率", "5", "5"],
        ["投入", "预算配置", "重点支出安排率", "5", "4"],
        ["投入", "小计", "", "20", "19"],
        ["过程", "预算执行", "预算完成率", "6", "6"],
        ["过程", "预算执行", "支付进度率", "6", "5"],
        ["过程", "预算管理", "管理制度健全性", "6", "6"],
        ["过程", "预算管理", "资金使用合规性", "6", "6"],
        ["过程", "资产管理", "资产管理安全性", "6", "6"],
        ["过程", "小计", "", "30", "30"],
        ["产出", "职责履行", "道路清扫保洁面积", "7", "7"],
        ["产出", "职责履行", "违法建设查处率", "6", "6"],
        ["产出", "职责履行", "数字城管案件结案率", "6", "5.5"],
        ["产出", "职责履行", "重点工作办结率", "6", "6"],
        ["产出", "小计", "", "25", "24.5"],
        ["效果", "履职效益", "社会效益", "10", "9.5"],
        ["效果", "履职效益", "可持续影响", "8", "8"],
        ["效果", "满意度", "服务对象满意度", "7", "6.5"],
        ["效果", "小计", "", "25", "24"],
        ["合计", "", "", "100", "97.5"],
    ]
    table = w.table(rows)
    w.save(folder / "D02.docx", f"{issuer}部门整体支出绩效自评报告")
    return {
        "file": "D02.docx",
        "format": "docx",
        "level": "地级市",
        "kind": "整体-2013",
        "framework": "2013 共性指标 (投入20/过程30/产出25/效果25), 标准分/自评得分 columns",
        "issuer": issuer,
        "year": 2022,
        "clean": False,
        "defects": [
            defect(
                "score-sum",
                "附表过程小计行得分30；下列5项6+5+6+6+6 = 29",
                ["SC201"],
                [{"table": table, "row": 12}, *({"table": table, "row": r} for r in range(7, 12))],
                "合计97.5 = 19+30+24.5+24 按所写小计相加成立",
                evidence=["29分"],
            ),
            defect(
                "self-reference",
                "五、改进措施：“我县将完善……”",
                ["WD101"],
                [{"para": self_ref}],
                "地级市报告自称“我县”",
                text="我县",
                evidence=["我县"],
            ),
        ],
        "traps": [
            trap(
                "subtotal-rows",
                "附表投入、产出、效果小计行",
                SCORE_RULES,
                [{"table": table, "row": 6}, {"table": table, "row": 17}, {"table": table, "row": 21}],
                "小计 = 下列各行之和（19、24.5、24）",
            ),
            trap(
                "percentage-ok",
                "结案率97.0%",
                RATE_RULES,
                [{"para": rate}],
                "12106/12480 = 97.0%",
            ),
            trap(
                "admin-subordinate",
                "“指导各县（市、区）”",
                ADMIN_RULES,
                [{"para": 3}],
                "地级市的下辖县市区",
                text="各县（市、区）",
            ),
            trap(
                "breakdown-ok",
                "6108.80 = 2315.60 + 3793.20",
                SUM_RULES,
                [{"para": 4}],
                "其中分项相加正确",
            ),
        ],
    }


# ---- D03: 10号 project workbook, numbers stored as text, 得分率 column, 区 -----------------------------------------


def build_d03(folder: Path) -> Key:
    from openpyxl import Workbook

    issuer = "柳塘市南屿区退役军人事务局"
    book = Workbook()
    ws = book.active
    ws.title = "项目自评表"
    s = Sheet(ws)
    s.row("项目支出绩效自评表（2023年度）")
    s.merge(1, 1, 1, 8)
    s.row("项目名称", "退役军人就业创业扶持项目", "", "", "主管部门", issuer)
    funds_header = s.row(
        "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"
    )
    funds = s.row("年度资金总额", "350.00", "350.00", "343.00", "10", "98.00%", "9.8")
    s.row(
        "年度总体目标", "开展退役军人职业技能培训600人以上，为80名以上自主创业退役军人提供创业担保贷款贴息。"
    )
    head1 = s.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分情况")
    head2 = s.row("", "", "", "", "", "分值", "得分", "得分率")
    for column in range(1, 6):
        s.merge(head1, column, head2, column)
    s.merge(head1, 6, head1, 8)
    first = s.row("产出指标", "数量指标", "职业技能培训人数", "≥600人", "628人", "10", "10", "100.00%")
    s.row("产出指标", "数量指标", "创业担保贷款贴息人数", "≥80人", "86人", "10", "10", "100.00%")
    missing = s.row("产出指标", "质量指标", "培训考核合格率", "≥90%", "94%", "10", "", "")
    s.row("产出指标", "时效指标", "就业补贴发放及时率", "100%", "97%", "10", "9", "90.00%")
    s.row("产出指标", "成本指标", "人均培训成本", "≤3000元", "2860元", "10", "10", "100.00%")
    s.row("效益指标", "社会效益指标", "参训退役军人就业率", "≥85%", "87.5%", "15", "15", "100.00%")
    rate_row = s.row(
        "效益指标", "可持续影响指标", "就业创业服务体系", "持续完善", "基本完善", "15", "13.5", "90.00%"
    )
    s.row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "88%", "10", "8.8", "88.00%")
    total = s.row("合计", "", "", "", "", "100", "96.1", "96.10%")
    grade = s.row("自评等级", "良")
    note = s.row("说明", "参训人员就业率位列全市各县区第一；培训考核合格率待省级考核结果公布后填列。")
    save_workbook(book, folder / "D03.xlsx", f"{issuer}项目支出绩效自评表", AUTHOR, FIXED_TIME)
    sheet = ws.title
    return {
        "file": "D03.xlsx",
        "format": "xlsx",
        "level": "区",
        "kind": "项目",
        "framework": "10号",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            defect(
                "missing-score",
                "“培训考核合格率”行：分值10，得分与得分率空白",
                ["SC301"],
                [{"sheet": sheet, "row": missing}],
                "合计96.1按此项满分10分计算：9.8+(10+10+10+9+10)+(15+13.5)+8.8",
                text="培训考核合格率",
                evidence=["培训考核合格率"],
            ),
            defect(
                "grade",
                "自评等级“良”，合计96.1",
                ["SC601"],
                [{"sheet": sheet, "row": grade}, {"sheet": sheet, "row": total}],
                "96.1分应为“优”",
                text="96.1",
                evidence=["优"],
            ),
        ],
        "traps": [
            trap(
                "score-rate-column",
                "“得分率”列（90.00%、88.00%等）",
                SCORE_RULES,
                [{"sheet": sheet, "row": rate_row}, {"sheet": sheet, "row": first}],
                "得分率是百分比，不是得分",
            ),
            trap(
                "merged-header",
                "两行合并表头（评分情况 → 分值 / 得分 / 得分率）",
                SCORE_RULES,
                [{"sheet": sheet, "row": head1}, {"sheet": sheet, "row": head2}],
                "表头不是指标",
            ),
            trap(
                "funds-block",
                "资金行：350.00/343.00，执行率98.00%，得分9.8（数字以文本存储）",
                SCORE_RULES,
                [{"sheet": sheet, "row": funds}, {"sheet": sheet, "row": funds_header}],
                "343.00/350.00 = 98.00%，10×98% = 9.8；合计只计一次",
            ),
            trap(
                "admin-compound",
                "说明行“全市各县区第一”",
                ADMIN_RULES,
                [{"sheet": sheet, "row": note}],
                "县区 = 上级市所辖县、区",
                text="各县区",
            ),
        ],
    }


# ---- D04: 重庆-style 指标权重/指标得分 workbook, two sheets, 县, clean ------------------------------------------------


def build_d04(folder: Path) -> Key:
    from openpyxl import Workbook

    issuer = "涪岭县农业农村委员会"
    book = Workbook()
    ws = book.active
    ws.title = "绩效自评表"
    s = Sheet(ws)
    s.row("2023年度高素质农民培育项目绩效自评表")
    s.merge(1, 1, 1, 7)
    s.row("项目单位", issuer, "", "项目负责人", "农业科")
    head1 = s.row("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "评分")
    head2 = s.row("", "", "", "", "", "指标权重", "指标得分")
    for column in range(1, 6):
        s.merge(head1, column, head2, column)
    s.merge(head1, 6, head1, 7)
    s.row("产出指标", "数量指标", "培育高素质农民人数", "≥500人", "512人", 15, 15)
    s.row("产出指标", "数量指标", "培训班次", "≥12期", "12期", 10, 10)
    s.row("产出指标", "质量指标", "培训考核合格率", "≥95%", "96.5%", 15, 15)
    s.row("产出指标", "时效指标", "培训任务完成时限", "11月底前", "11月20日", 10, 10)
    sub1 = s.row("小计", "", "", "", "", 50, 50)
    s.row("效益指标", "经济效益指标", "参训农民人均增收", "≥1500元", "1620元", 15, 15)
    s.row("效益指标", "可持续影响指标", "跟踪服务机制", "建立", "已建立，覆盖率九成", 15, 14)
    sub2 = s.row("小计", "", "", "", "", 30, 29)
    s.row("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", "95.2%", 10, 10)
    sub3 = s.row("小计", "", "", "", "", 10, 10)
    execution = s.row("预算执行率", "预算执行率", "预算执行率", "100%", "99.2%", 10, 9.92)
    total = s.row("合计", "", "", "", "", 100, 98.92)
    s.row("自评等级", "优")
    money = book.create_sheet("资金明细")
    m = Sheet(money)
    m.row("资金来源", "金额（万元）")
    m.row("中央资金", 180.00)
    m.row("市级资金", 60.00)
    m.row("县级资金", 10.00)
    money_total = m.row("合计", 250.00)
    m.row("全年执行数", 248.00)
    m.row("预算执行率", "99.2%")
    save_workbook(book, folder / "D04.xlsx", f"{issuer}项目绩效自评表", AUTHOR, FIXED_TIME)
    sheet = ws.title
    return {
        "file": "D04.xlsx",
        "format": "xlsx",
        "level": "县",
        "kind": "项目",
        "framework": "重庆-style 指标权重/指标得分",
        "issuer": issuer,
        "year": 2023,
        "clean": True,
        "defects": [],
        "traps": [
            trap(
                "subtotal-rows",
                "小计行 50 | 50、30 | 29、10 | 10",
                SCORE_RULES,
                [{"sheet": sheet, "row": r} for r in (sub1, sub2, sub3)],
                "小计 = 下列各行之和",
            ),
            trap(
                "total-once",
                "合计行 100 | 98.92",
                SCORE_RULES,
                [{"sheet": sheet, "row": total}],
                "50+29+10+9.92 = 98.92；小计不再相加",
            ),
            trap(
                "exec-rate-ok",
                "预算执行率行：99.2%，得分9.92",
                SCORE_RULES,
                [{"sheet": sheet, "row": execution}],
                "248.00/250.00 = 99.2%，10×99.2% = 9.92",
            ),
            trap(
                "merged-header",
                "两行合并表头（评分 → 指标权重 / 指标得分）",
                SCORE_RULES,
                [{"sheet": sheet, "row": head1}, {"sheet": sheet, "row": head2}],
                "表头不是指标",
            ),
            trap(
                "funds-sheet",
                "工作表“资金明细”：合计250.00",
                SCORE_RULES + SUM_RULES,
                [{"sheet": "资金明细", "row": money_total}],
                "180+60+10 = 250（万元），不是分值",
            ),
        ],
    }


# ---- D05: 10号 project in a PDF whose table is plain text lines, 县级市 ---------------------------------------------


COLUMNS_5 = (0.0, 70.0, 150.0, 300.0, 340.0)


def build_d05(folder: Path) -> Key:
    issuer = "安澜市教育局"
    pdf = Pdf(folder / "D05.pdf", f"{issuer}项目支出绩效自评报告")
    pdf.p(f"{issuer}2023年度义务教育薄弱环节改善项目支出绩效自评报告", indent=False)
    pdf.p("一、项目基本情况", indent=False)
    funds = pdf.p(
        "安澜市为河屿市代管的县级市。本项目用于改善全市义务教育学校办学条件，改造校舍、购置教学设备。项目全年预算数"
        "1200.00万元，其中中央资金720.00万元、省级资金300.00万元、市级资金180.00万元；全年执行数1164.00万元，"
        "预算执行率97%。"
    )
    pdf.p("二、自评结论", indent=False)
    conclusion = pdf.p("经自评，项目自评得分97.9分，评价等级为“优”。")
    pdf.p("三、绩效指标完成情况", indent=False)
    county = pdf.p(
        "全年改造校舍1.26万平方米，购置教学设备860台套，工程验收合格率100%；1所学校的改造工程因设计变更延期一个月，"
        "按期完成率92%。项目实施后，县域内义务教育学校办学条件达标率达到100%。"
    )
    pdf.p("四、存在的问题和改进措施", indent=False)
    pdf.p("个别学校新购设备使用培训不足。下一步，我局将把设备使用纳入全市教学常规检查。")
    pdf.p("附表：项目支出绩效自评表", indent=False)
    pdf.row(["一级指标", "二级指标", "三级指标", "分值", "得分"], COLUMNS_5)
    execution = pdf.row(["预算执行率", "预算执行率", "预算执行率", "20", "19.4"], COLUMNS_5)
    pdf.row(["产出指标", "数量指标", "改造校舍面积", "15", "15"], COLUMNS_5)
    pdf.row(["产出指标", "数量指标", "购置教学设备台套数", "10", "10"], COLUMNS_5)
    pdf.row(["产出指标", "质量指标", "工程验收合格率", "15", "15"], COLUMNS_5)
    pdf.row(["产出指标", "时效指标", "项目按期完成率", "10", "9"], COLUMNS_5)
    benefit1 = pdf.row(["效益指标", "社会效益指标", "办学条件达标学校比例", "10", "10"], COLUMNS_5)
    benefit2 = pdf.row(["效益指标", "可持续影响指标", "设施设备管护机制", "10", "9"], COLUMNS_5)
    pdf.row(["满意度指标", "满意度指标", "师生及家长满意度", "10", "9.5"], COLUMNS_5)
    total = pdf.row(["总分", "", "", "100", "96.9"], COLUMNS_5)
    pdf.save()
    return {
        "file": "D05.pdf",
        "format": "pdf",
        "level": "县级市",
        "kind": "项目",
        "framework": "10号",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            defect(
                "framework-max",
                "附表预算执行率行分值20（10号框架为10），效益指标两行合计20（框架为30）",
                [],
                [execution, benefit1, benefit2],
                "分值合计仍为100（20+50+20+10），错在与框架不符",
                evidence=["10分"],
            ),
            defect(
                "text-table",
                "二、自评结论“自评得分97.9分”，附表总分96.9",
                ["SC401", "SC201"],
                [conclusion, total],
                "19.4+49+19+9.5 = 96.9",
                text="97.9",
                evidence=["96.9"],
            ),
        ],
        "traps": [
            trap(
                "breakdown-ok",
                "1200.00 = 720.00 + 300.00 + 180.00",
                SUM_RULES,
                [funds],
                "资金来源分项相加正确；1164.00/1200.00 = 97%",
            ),
            trap(
                "admin-compound",
                "三、“县域内义务教育学校”",
                ADMIN_RULES,
                [county],
                "县级市报告说县域",
                text="县域",
            ),
            trap(
                "exec-rate-ok",
                "附表预算执行率行得分19.4",
                ["SC501"],
                [execution],
                "20×97% = 19.4（按所写分值计算正确；错的是分值本身）",
            ),
        ],
    }


# ---- D06: six-dimension 部门整体 in a PDF, 县, clean ---------------------------------------------------------------


COLUMNS_4 = (0.0, 90.0, 230.0, 280.0)


def build_d06(folder: Path) -> Key:
    issuer = "桑溪县应急管理局"
    pdf = Pdf(folder / "D06.pdf", f"{issuer}部门整体支出绩效自评报告")
    pdf.p(f"{issuer}2023年度部门整体支出绩效自评报告", indent=False)
    pdf.p("一、部门概况", indent=False)
    pdf.p(
        "县应急管理局负责全县安全生产综合监管、防灾减灾救灾和应急救援工作，内设5个股室，下属县应急救援指挥中心。"
        "2023年全年预算数1450.00万元，全年执行数1421.00万元，预算执行率98%。"
    )
    pdf.p("二、自评情况", indent=False)
    pdf.p(
        "按照部门整体支出绩效评价指标体系，从运行成本、管理效率、履职效能、社会效应、可持续发展能力和满意度六个方面自评，得分如下："
    )
    pdf.row(["一级指标", "二级指标", "分值", "得分"], COLUMNS_4)
    rows = [
        ("运行成本", "在职人员控制率", "3", "3"),
        ("运行成本", "公用经费控制率", "3", "3"),
        ("运行成本", "“三公”经费变动率", "2", "2"),
        ("管理效率", "预算执行率", "6", "5.88"),
        ("管理效率", "结转结余控制", "4", "4"),
        ("管理效率", "资产管理", "4", "4"),
        ("管理效率", "内部控制", "4", "4"),
        ("管理效率", "政府采购", "4", "4"),
        ("履职效能", "应急演练完成率", "10", "10"),
        ("履职效能", "安全生产执法检查", "10", "10"),
        ("履职效能", "灾害救助及时率", "10", "9"),
        ("社会效应", "生产安全事故起数控制", "15", "15"),
        ("社会效应", "自然灾害损失控制", "15", "14"),
        ("可持续发展能力", "应急队伍建设", "6", "6"),
        ("满意度", "群众满意度", "4", "3.8"),
    ]
    anchors = [pdf.row(list(r), COLUMNS_4) for r in rows]
    total = pdf.row(["合计", "", "100", "97.68"], COLUMNS_4)
    pdf.p("三、评分说明", indent=False)
    execution = pdf.p("预算执行率98%，按6分×98%计，得5.88分。")
    satisfaction = pdf.p("委托第三方调查群众300人，满意度测评得分95.0分，按4分×95%计，得3.8分。")
    external = pdf.p("在全市应急管理工作年度考核中，我局得分96.5分，位列全市各县区第二名。")
    conclusion = pdf.p("综上，2023年度部门整体支出绩效自评得分97.68分，等级为“优”。")
    pdf.p("四、存在的问题和改进措施", indent=False)
    pdf.p("灾害救助资金发放有1批次超过规定时限。下一步，我局将简化灾害救助审批流程，提高县域应急响应速度。")
    pdf.save()
    return {
        "file": "D06.pdf",
        "format": "pdf",
        "level": "县",
        "kind": "整体-six",
        "framework": "six-dimension (运行成本8/管理效率22/履职效能30/社会效应30/可持续发展能力6/满意度4)",
        "issuer": issuer,
        "year": 2023,
        "clean": True,
        "defects": [],
        "traps": [
            trap(
                "total-once",
                "合计行 100 | 97.68",
                SCORE_RULES,
                [total, conclusion],
                "8+21.88+29+29+6+3.8 = 97.68",
            ),
            trap(
                "exec-rate-ok",
                "预算执行率行 6 | 5.88；三、评分说明同",
                SCORE_RULES,
                [anchors[3], execution],
                "1421.00/1450.00 = 98%，6×98% = 5.88",
            ),
            trap(
                "rate-scored",
                "“满意度测评得分95.0分”",
                SCORE_RULES,
                [satisfaction, anchors[-1]],
                "测评得分是百分制的比率，折算为4×95% = 3.8",
            ),
            trap(
                "external-score",
                "“在全市应急管理工作年度考核中，我局得分96.5分”",
                SCORE_RULES,
                [external],
                "上级考核的得分，不是本部门自评得分",
            ),
            trap(
                "admin-compound",
                "“全市各县区”",
                ADMIN_RULES,
                [external],
                "县区 = 上级市所辖县、区",
                text="各县区",
            ),
        ],
    }


# ---- D07: 四川-style 权重 form in Word, 一级 cells carrying points, 州, clean -----------------------------------------


def build_d07(folder: Path) -> Key:
    issuer = "雪岭藏族羌族自治州农业农村局"
    w = Word()
    w.p(f"{issuer}2023年度牦牛产业提质增效项目支出绩效自评报告", heading=0)
    w.p("一、项目基本情况", heading=1)
    w.p(
        "项目支持全州牦牛标准化养殖圈舍建设和良种推广，由州农业农村局统筹，各县（市）农业农村局组织实施。全年预算数"
        "560.00万元，全年执行数560.00万元，预算执行率100%。"
    )
    w.p("二、自评结论", heading=1)
    conclusion = w.p(
        "项目自评得分99.5分，其中预算执行率10分、产出指标50分、效益指标29.5分、满意度指标10分，评价等级为“优”。"
    )
    w.p("三、绩效分析", heading=1)
    w.p("新建标准化养殖圈舍126座、推广牦牛良种2050头，圈舍验收合格率100%，补助资金全部按时兑付。")
    w.p("养殖户户均增收3180元；个别牧区草畜平衡监测点位不足，扣0.5分，得14.5分。")
    county = w.p("下一步，我局将在全州推广县域牦牛产业联合体模式，带动更多养殖户增收。")
    w.p("附表：项目支出绩效自评表")
    rows = [
        ["一级指标", "二级指标", "三级指标", "权重", "年度指标值", "实际完成值", "得分"],
        ["预算执行率（10分）", "预算执行率", "预算执行率", "10", "100%", "100%", "10"],
        ["产出指标（50分）", "数量指标", "新建标准化养殖圈舍", "15", "≥120座", "126座", "15"],
        ["", "数量指标", "推广牦牛良种数量", "10", "≥2000头", "2050头", "10"],
        ["", "质量指标", "圈舍验收合格率", "15", "100%", "100%", "15"],
        ["", "时效指标", "补助资金兑付及时率", "10", "100%", "100%", "10"],
        ["效益指标（30分）", "经济效益指标", "养殖户户均增收", "15", "≥3000元", "3180元", "15"],
        ["", "可持续影响指标", "草畜平衡", "15", "保持", "基本保持", "14.5"],
        ["满意度指标（10分）", "服务对象满意度指标", "养殖户满意度", "10", "≥90%", "93%", "10"],
        ["总分", "", "", "100", "", "", "99.5"],
    ]
    table = w.table(rows, [(3, 1, 6, 1), (7, 1, 8, 1)])
    w.save(folder / "D07.docx", f"{issuer}项目支出绩效自评报告")
    return {
        "file": "D07.docx",
        "format": "docx",
        "level": "州",
        "kind": "项目",
        "framework": "四川-style 权重 form (10号 maxima)",
        "issuer": issuer,
        "year": 2023,
        "clean": True,
        "defects": [],
        "traps": [
            trap(
                "points-in-cell",
                "一级指标单元格带分值“产出指标（50分）”（纵向合并）",
                SCORE_RULES,
                [{"table": table, "row": r} for r in (2, 3, 7, 9)],
                "单元格里的分值与下列各行分值之和相符（10、50、30、10）",
            ),
            trap(
                "total-once",
                "总分行 100 | 99.5；二、自评结论同",
                SCORE_RULES,
                [{"table": table, "row": 10}, {"para": conclusion}],
                "10+50+29.5+10 = 99.5",
            ),
            trap(
                "deduction",
                "“扣0.5分，得14.5分”",
                SCORE_RULES,
                [{"para": conclusion + 3}],
                "扣分不是得分",
            ),
            trap(
                "admin-compound",
                "“县域牦牛产业联合体”、一、段“各县（市）”",
                ADMIN_RULES,
                [{"para": county}, {"para": 3}],
                "州报告提到县域和所辖县市",
            ),
        ],
    }


# ---- D08: 10号 workbook with real numbers and percent-formatted cells, 旗 ---------------------------------------


def build_d08(folder: Path) -> Key:
    from openpyxl import Workbook

    issuer = "哈拉乌素旗文化旅游体育局"
    book = Workbook()
    ws = book.active
    ws.title = "自评表"
    s = Sheet(ws)
    s.row("项目支出绩效自评表")
    s.merge(1, 1, 1, 7)
    s.row("项目名称", "送文化下基层项目", "", "实施单位", issuer)
    s.row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    funds = s.row("年度资金总额", 200.0, 200.0, 182.4, 10, 0.912, 10)
    ws.cell(funds, 6).number_format = "0.0%"
    goal = s.row(
        "年度总体目标", "全年送文化下基层演出60场以上，为30个嘎查村文化室配送设备，争创全区文化惠民示范旗。"
    )
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    s.row("产出指标", "数量指标", "送文化下基层演出场次", "≥60场", "64场", 15, 15)
    s.row("产出指标", "数量指标", "嘎查村文化室设备配送", "≥30个", "30个", 10, 10)
    coverage = s.row("产出指标", "质量指标", "演出群众覆盖率", "≥80%", 0.85, 10, 10)
    ws.cell(coverage, 5).number_format = "0%"
    s.row("产出指标", "时效指标", "设备配送完成时限", "9月底前", "9月25日", 5, 5)
    s.row("产出指标", "成本指标", "场均演出成本", "≤1.2万元", "1.15万元", 10, 10)
    s.row("效益指标", "社会效益指标", "农牧民文化生活丰富程度", "明显提升", "明显提升", 20, 19)
    s.row("效益指标", "可持续影响指标", "流动文化服务机制", "长期运行", "长期运行", 10, 10)
    satisfied = s.row("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", 0.94, 10, 10)
    ws.cell(satisfied, 5).number_format = "0%"
    total = s.row("合计", "", "", "", "", 100, 99)
    s.row("自评等级", "优")
    save_workbook(book, folder / "D08.xlsx", f"{issuer}项目支出绩效自评表", AUTHOR, FIXED_TIME)
    sheet = ws.title
    return {
        "file": "D08.xlsx",
        "format": "xlsx",
        "level": "旗",
        "province": "内蒙古",
        "kind": "项目",
        "framework": "10号",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            defect(
                "exec-rate",
                "年度资金总额行：全年预算200.0、执行182.4、执行率91.2%（单元格值0.912），得分10",
                ["SC501"],
                [{"sheet": sheet, "row": funds}],
                "10×91.2% = 9.12；合计99 = 10+50+29+10 按所写的10分相加成立",
                evidence=["9.12"],
            ),
        ],
        "traps": [
            trap(
                "percent-format",
                "“演出群众覆盖率”“农牧民满意度”的完成值以百分比格式存储（0.85、0.94）",
                SCORE_RULES + RATE_RULES,
                [{"sheet": sheet, "row": coverage}, {"sheet": sheet, "row": satisfied}],
                "单元格值是小数，显示为85%、94%，不是得分",
            ),
            trap(
                "total-once",
                "合计行 100 | 99",
                SCORE_RULES,
                [{"sheet": sheet, "row": total}],
                "资金行的10分只计一次：10+50+30+10 = 100",
            ),
            trap(
                "autonomous-region",
                "年度总体目标“争创全区文化惠民示范旗”",
                ADMIN_RULES,
                [{"sheet": sheet, "row": goal}],
                "全区 = 内蒙古自治区",
                text="全区",
            ),
        ],
    }


# ---- D09: 10号 in Word, 预算执行率 both in the funds block and as an indicator row, 地级市 ------------------------


def build_d09(folder: Path) -> Key:
    issuer = "岱川市工业和信息化局"
    w = Word()
    w.p(f"{issuer}2023年度制造业高质量发展专项资金项目绩效自评报告", heading=0)
    w.p("一、项目基本情况", heading=1)
    w.p(
        "专项资金支持全市企业技术改造、规模以上工业企业培育和中小企业公共服务平台运营，由市工业和信息化局会同市财政局"
        "管理，各县（市、区）工信部门负责项目初审和监管。"
    )
    funds = w.p(
        "项目全年预算数1500.00万元，其中市级资金900.00万元、省级资金500.00万元、中央资金100.00万元。全年执行数"
        "1440.00万元，其中技改设备补助860.00万元、技改贴息520.00万元、公共服务平台运营费40.00万元，预算执行率96%。"
    )
    w.p("二、自评结论", heading=1)
    w.p("经自评，项目自评得分97.6分，评价等级为“优”。")
    w.p("三、绩效指标完成情况", heading=1)
    w.p("（一）预算执行情况。全年执行1440.00万元，执行率96%，按10分×96%计，得9.6分。")
    growth = w.p(
        "（二）产出指标。全年支持技改项目32个；新增规模以上工业企业46家，较上年新增的40家增长25%；项目验收合格率100%；"
        "有2笔补助资金兑付超过规定时限，兑付及时率95%，得9.5分。"
    )
    repeat = w.p(
        "（二）效益指标。带动企业新增投资9.2亿元；企业数字化改造覆盖率33%，未达到35%的目标，得13.5分。"
    )
    w.p("（三）满意度指标。问卷调查受支持企业50家，满意48家，满意度96%，得10分。")
    w.p("四、存在的问题和改进措施", heading=1)
    w.p(
        "部分补助资金兑付不够及时。下一步，我局将把兑付时限纳入对各县（市、区）工信部门的年度考核，全市统一办理流程。"
    )
    w.p("附表：项目支出绩效自评表")
    block = w.table(
        [
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "1500.00", "1500.00", "1440.00", "10", "96.00%", "9.6"],
        ]
    )
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["预算执行率", "预算执行率", "预算执行率", "100%", "96%", "10", "9.6"],
        ["产出指标", "数量指标", "支持技改项目数", "≥30个", "32个", "15", "15"],
        ["产出指标", "数量指标", "新增规上工业企业数", "≥40家", "46家", "10", "10"],
        ["产出指标", "质量指标", "项目验收合格率", "100%", "100%", "15", "15"],
        ["产出指标", "时效指标", "补助资金兑付及时率", "100%", "95%", "10", "9.5"],
        ["效益指标", "经济效益指标", "带动企业新增投资", "≥8亿元", "9.2亿元", "15", "15"],
        ["效益指标", "可持续影响指标", "企业数字化改造覆盖率", "≥35%", "33%", "15", "13.5"],
        ["满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥90%", "96%", "10", "10"],
        ["合计", "", "", "", "", "100", "97.6"],
    ]
    table = w.table(rows)
    w.save(folder / "D09.docx", f"{issuer}项目绩效自评报告")
    return {
        "file": "D09.docx",
        "format": "docx",
        "level": "地级市",
        "kind": "项目",
        "framework": "10号",
        "issuer": issuer,
        "year": 2023,
        "clean": False,
        "defects": [
            defect(
                "breakdown-sum",
                "资金段：全年执行数1440.00，其中860.00+520.00+40.00 = 1420.00",
                ["AR101", "AR104"],
                [{"para": funds}],
                "分项之和少20.00万元；预算数1500.00 = 900.00+500.00+100.00 正确",
                evidence=["1420"],
            ),
            defect(
                "percentage",
                "三（二）“较上年新增的40家增长25%”",
                ["AR102", "AR103"],
                [{"para": growth}],
                "46/40-1 = 15%",
                evidence=["15%"],
            ),
            defect(
                "numbering",
                "三、下的二级标题（一）（二）（二）（三）：（二）重复",
                ["NM101", "NM102", "NM103", "NM104"],
                [{"para": repeat}],
                "第二个（二）应为（三）",
                text="（二）",
            ),
        ],
        "traps": [
            trap(
                "funds-block-and-row",
                "表1资金块与表2预算执行率行都写10 | 9.6",
                SCORE_RULES,
                [{"table": block, "row": 2}, {"table": table, "row": 2}, {"table": table, "row": 10}],
                "同一个10分，合计只计一次：10+50+30+10 = 100，9.6+49.5+28.5+10 = 97.6",
            ),
            trap(
                "admin-subordinate",
                "“各县（市、区）工信部门”",
                ADMIN_RULES,
                [{"para": 3}],
                "地级市的下辖县市区",
                text="各县（市、区）",
            ),
        ],
    }


BUILDERS: dict[str, Callable[[Path], Key]] = {
    "D01": build_d01,
    "D02": build_d02,
    "D03": build_d03,
    "D04": build_d04,
    "D05": build_d05,
    "D06": build_d06,
    "D07": build_d07,
    "D08": build_d08,
    "D09": build_d09,
}

KEY_HEADER = """\
# Answer key for the office documents in this folder (written by ../make_documents.py; do not edit by hand).
# Same format as ../shared/corpus/documents/key.yaml. Each document: file, format, level, kind, framework, issuer,
# year, clean, defects, traps. Each defect / trap: kind; where (human description); codes (rule codes that count as
# finding it, or for a trap the codes that would be a false alarm there; a kind whose rule does not exist yet has
# none); at (machine anchors, any one of which is the right place); text (a snippet that appears in the document; a
# finding whose message contains it also matches); note.
# Anchors: {para: N} = N-th non-empty body paragraph of a .docx (1-based, headings included, table cells
# excluded); {table: T, row: R} = row R (1-based, every <w:tr> counted) of the T-th body table of a .docx;
# {sheet: S, row: R} = worksheet S, spreadsheet row R (any column); {page: P, lines: [a, b]} = page P of a PDF,
# text lines a..b counted from the top of the page (a paragraph's wrapped lines).

"""


def generate(folder: Path) -> list[Path]:
    """Write every document and key.yaml into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    key = {name: build(folder) for name, build in BUILDERS.items()}
    body = yaml.safe_dump(key, allow_unicode=True, sort_keys=False, width=120)
    (folder / "key.yaml").write_text(KEY_HEADER + body, encoding="utf-8")
    return [folder / entry["file"] for entry in key.values()] + [folder / "key.yaml"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: python benchmarks/corpus/make_documents.py [OUTPUT_FOLDER]", file=sys.stderr)
        return 2
    for path in generate(Path(args[0]) if args else HERE / "documents"):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
