"""Build the office documents of the fresh5 blind set (documents/) and their key.

    python benchmarks/corpus/fresh5/make_fresh5.py
"""

from __future__ import annotations

import io
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from office_packages import fixed_archive, save_workbook  # noqa: E402

WHEN = datetime(2024, 3, 28, 9, 30, 0)
OUT = HERE / "documents"


# ---- X1: 10号 自评表 in Excel, 分值/得分 after 偏差原因, merged 一级指标, 县级市 ----------------------------------


def build_x1() -> dict[str, Any]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表", None, None, None, None, None, None, None],
        ["（2023年度）", None, None, None, None, None, None, None],
        ["项目名称", "2023年城区老旧小区改造项目", None, None, None, None, None, None],
        ["主管部门", "青崖市住房和城乡建设局", None, None, "实施单位", "青崖市城市更新服务中心", None, None],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", None],
        ["年度资金总额", 1200, 1350, 1298.70, 10, "96.2%", 9.62, None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "分值", "得分"],
        ["产出指标", "数量指标", "改造小区个数", "18个", "18个", "", 10, 10],
        [None, "数量指标", "改造惠及居民户数", "2400户", "2486户", "完成年度目标的103.6%", 10, 10],
        [None, "质量指标", "竣工工程验收合格率", "100%", "100%", "", 10, 10],
        [None, "时效指标", "年度计划小区开工率", "100%", "94.4%", "1个小区因管线迁改延期开工", 10, 8],
        [None, "成本指标", "户均改造成本", "≤5500元", "5224元", "", 10, 11],
        ["小计", None, None, None, None, None, 50, 49],
        ["效益指标", "社会效益指标", "居民居住条件改善情况", "明显改善", "明显改善", "部分小区加装电梯意见不统一", 10, 9],
        [None, "生态效益指标", "雨污分流改造小区数", "6个", "6个", "", 10, 10],
        [None, "可持续影响指标", "建立长效管理机制小区比例", "≥80%", "83.3%", "", 10, 10],
        ["小计", None, None, None, None, None, 30, 29],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "94.2%", "", 10, 10],
        ["总分", None, None, None, None, None, 100, 97.62],
        ["自评等级", "良", None, None, None, None, None, None],
    ]
    for row in rows:
        ws.append(row)
    for rng in ("A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A8:A12", "A13:F13", "A14:A16", "A17:F17",
                "A19:F19", "B20:H20"):
        ws.merge_cells(rng)
    for column, width in zip("ABCDEFGH", (12, 16, 26, 12, 12, 28, 8, 8), strict=True):
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    save_workbook(wb, OUT / "X1.xlsx", "项目支出绩效自评表", "青崖市住房和城乡建设局", WHEN)
    sheet = "项目支出绩效自评表"
    return {
        "file": "X1.xlsx", "format": "xlsx", "level": "县级市", "kind": "项目",
        "issuer": "青崖市住房和城乡建设局", "year": 2023, "clean": False,
        "defects": [
            {"kind": "score-above-max", "where": "户均改造成本 分值10 得分11", "codes": ["SC101"],
             "at": [{"sheet": sheet, "row": 12}], "text": "户均改造成本",
             "note": "产出小计 49 = 10+10+10+8+11 adds up; only the item is above its max"},
            {"kind": "grade", "where": "自评等级 良 with 总分 97.62", "codes": ["SC601"],
             "at": [{"sheet": sheet, "row": 20}, {"sheet": sheet, "row": 19}], "text": "良",
             "note": "97.62 = 9.62+49+29+10 is 优 (≥90)"},
        ],
        "traps": [
            {"kind": "exec-rate", "where": "改造惠及居民户数 2486/2400 = 103.6% scored full",
             "codes": ["SC101", "SC501", "AR102"], "at": [{"sheet": sheet, "row": 9}]},
            {"kind": "exec-rate", "where": "资金 1298.70/1350 = 96.2%, 10×96.2% = 9.62",
             "codes": ["SC501", "AR102"], "at": [{"sheet": sheet, "row": 6}]},
            {"kind": "score-sum", "where": "效益 小计 30/29; total 97.62 = 9.62+49+29+10",
             "codes": ["SC201", "SC202"], "at": [{"sheet": sheet, "row": 17}, {"sheet": sheet, "row": 19}]},
            {"kind": "percentage", "where": "15/18 小区 = 83.3%", "codes": ["AR102", "AR103"],
             "at": [{"sheet": sheet, "row": 16}]},
        ],
    }


# ---- W1: 项目 report in Word, 区, narrative restating every first-level score ---------------------------------


class Doc:
    def __init__(self) -> None:
        from docx import Document

        self.doc = Document()
        self.paras = 0
        self.tables = 0

    def p(self, text: str) -> int:
        self.doc.add_paragraph(text)
        self.paras += 1
        return self.paras

    def table(self, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> int:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r1, c1, r2, c2 in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        self.tables += 1
        return self.tables

    def save(self, path: Path, title: str) -> None:
        self.doc.core_properties.title = title
        self.doc.core_properties.author = "沧溪市望江区文化广电旅游体育局"
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.write_bytes(fixed_archive(buffer.getvalue(), WHEN))


def build_w1() -> dict[str, Any]:
    d = Doc()
    d.p("2023年度公共文化服务体系建设补助资金绩效自评报告")
    d.p("沧溪市望江区文化广电旅游体育局")
    d.p("一、项目基本情况")
    d.p("（一）项目概况。本项目用于望江区基层公共文化设施免费开放、文化惠民演出和区图书馆图书购置。")
    d.p("（二）资金投入和使用情况。2023年全年预算数420万元，其中上级补助资金260万元、区级财政资金160万元；全年执行399万元，预算执行率95.0%。")
    d.p("二、绩效目标实现情况")
    p_out = d.p("（一）产出指标（分值50分，自评得分46分）。全年组织文化惠民演出136场，超过年度目标120场；区图书馆新增藏书8420册；免费开放场馆全部达标；资金拨付及时率92%，扣2分。")
    d.p("（二）效益指标（分值30分，自评得分28分）。全年公共文化设施服务48.6万人次；部分村级综合文化服务中心管理人员兼职较多，长效运行指标扣2分。")
    d.p("（三）满意度指标（分值10分，自评得分9分）。发放问卷300份，有效问卷290份，满意269份，满意度92.8%。")
    d.p("（四）预算执行率（分值10分，自评得分9.5分）。")
    d.p("三、自评结论")
    p_total = d.p("本项目自评综合得分94.5分，等级为“优”。在市文化广电旅游局组织的全市县区公共文化服务效能考核中，本项目所在的我区得分91分。")
    d.p("四、存在的问题和改进措施")
    p_self = d.p("1. 我县部分村级文化服务中心活动开展频次不高，下一步将建立“点单式”服务机制。")
    d.p("2. 资金拨付流程较长，将进一步压缩审核时限。")
    d.p("附件：2023年度项目支出绩效自评表")
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["预算执行率", "", "", "100%", "95.0%", "10", "9.5"],
        ["产出指标", "数量指标", "文化惠民演出场次", "≥120场", "136场", "10", "10"],
        ["", "数量指标", "图书馆新增藏书", "≥8000册", "8420册", "10", "10"],
        ["", "质量指标", "免费开放场馆达标率", "100%", "100%", "10", "10"],
        ["", "时效指标", "资金拨付及时率", "100%", "92%", "10", "8"],
        ["", "成本指标", "单场演出补助标准", "≤1.5万元", "1.42万元", "10", "10"],
        ["效益指标", "社会效益指标", "公共文化设施年服务人次", "≥45万人次", "48.6万人次", "15", "15"],
        ["", "可持续影响指标", "基层文化设施长效运行", "长效运行", "基本实现", "15", "13"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.8%", "10", "9"],
        ["总分", "", "", "", "", "100", "94.5"],
    ]
    t = d.table(rows, [(2, 0, 6, 0), (7, 0, 8, 0), (10, 0, 10, 4)])
    d.save(OUT / "W1.docx", "2023年度公共文化服务体系建设补助资金绩效自评报告")
    return {
        "file": "W1.docx", "format": "docx", "level": "区", "kind": "项目",
        "issuer": "沧溪市望江区文化广电旅游体育局", "year": 2023, "clean": False,
        "defects": [
            {"kind": "text-table", "where": "产出 narrative 46 vs table 10+10+10+8+10 = 48", "codes": ["SC401", "SC201"],
             "at": [{"para": p_out}, {"table": t, "row": 3}, {"para": p_total}], "text": "产出",
             "note": "narrative total 94.5 matches the table; 9.5+46+28+9 = 92.5 ≠ 94.5"},
            {"kind": "self-reference", "where": "我县 in a 区 report", "codes": ["WD101"],
             "at": [{"para": p_self}], "text": "我县"},
        ],
        "traps": [
            {"kind": "score", "where": "external 考核 91分, 全市县区", "codes": ["SC201", "SC601", "WD101"],
             "at": [{"para": p_total}]},
            {"kind": "percentage", "where": "269/290 = 92.8%", "codes": ["AR102"], "at": [{"para": 9}]},
            {"kind": "breakdown-sum", "where": "260+160 = 420; 399/420 = 95.0%", "codes": ["AR101", "AR102", "SC501"],
             "at": [{"para": 5}]},
        ],
    }


# ---- P1: 项目 report in PDF, ruled 10号 table with SPAN over a page break, 县 ------------------------------------


def build_p1() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=17, firstLineIndent=21,
                          wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=24, alignment=1, firstLineIndent=0)
    story: list[Any] = [Paragraph("梅岗县水务局2023年度农村饮水安全巩固提升工程项目绩效自评报告", title)]
    paras = [
        "一、项目概况",
        "为巩固拓展脱贫攻坚成果，提升县域农村供水保障水平，县水务局实施农村饮水安全巩固提升工程，建设内容包括新建集中供水工程3处、改造老旧管网86公里、配套水质净化消毒设备24台套。",
        "项目全年预算数280万元，其中省级补助资金168万元、县级配套资金112万元。截至2023年12月31日，项目实际支出252.6万元，预算执行率92.6%。",
        "二、绩效目标完成情况",
        "项目设置一级指标4个、三级指标10个。产出方面，新建集中供水工程3处、改造管网88.5公里，均完成年度目标；效益方面，受益人口2.46万人，农村自来水普及率达到93.7%；满意度方面，发放问卷500份，有效问卷480份，满意452份，满意度94.2%。",
        "项目自评得分见下表。",
    ]
    for text in paras:
        story.append(Paragraph(text, body))
    story.append(Spacer(1, 8))
    for text in (
        "项目建设过程中，县水务局按照“建管并重”的原则，逐村落实管护主体和管护经费，建立了县级统管、乡镇监管、村级自管的三级管护体系。",
        "全年委托第三方检测机构开展水质巡检四次，对出厂水和末梢水进行抽检，发现的问题均已督促供水单位整改到位。",
        "县财政局会同县水务局对项目资金实行专账核算，按工程进度拨付资金，未发现截留、挪用等问题。",
    ):
        story.append(Paragraph(text, body))
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    data = [
        ["预算执行率", "", "", "100%", "92.6%", "10", "9.26"],
        ["产出指标", "数量指标", "新建集中供水工程", "3处", "3处", "10", "10"],
        ["", "数量指标", "改造老旧供水管网长度", "≥86公里", "88.5公里", "10", "10"],
        ["", "数量指标", "配套水质净化消毒设备", "24台套", "24台套", "5", "5"],
        ["", "质量指标", "工程竣工验收合格率", "100%", "100%", "10", "10"],
        ["", "时效指标", "工程按期完工率", "100%", "100%", "5", "5"],
        ["", "成本指标", "单位管网改造成本", "≤2.2万元/公里", "2.05万元/公里", "10", "10"],
        ["效益指标", "社会效益指标", "受益人口", "≥2.4万人", "2.46万人", "10", "10"],
        ["", "社会效益指标", "农村集中供水率及自来水普及率较上年提高幅度", "≥1.5个百分点", "1.8个百分点",
         "10", "10"],
        ["", "可持续影响指标", "工程管护责任落实率", "100%", "100%", "10", "9"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", "10", "10"],
        ["总分", "", "", "", "", "100", "98.26"],
    ]
    rows = [header, *data]
    table = Table([[Paragraph(str(c), cell) for c in row] for row in rows],
                  colWidths=[52, 62, 120, 66, 66, 36, 40], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 2), (0, 7)),
        ("SPAN", (0, 8), (0, 10)),
        ("SPAN", (0, 12), (4, 12)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(table)
    story.append(Paragraph("三、自评结论", body))
    story.append(Paragraph("经自评，本项目综合得分98.26分，等级为“优”。", body))
    story.append(Paragraph("四、存在问题", body))
    story.append(Paragraph("（一）部分工程结算滞后，资金支出进度偏慢。（二）个别村级管护人员技能不足。", body))
    story.append(Paragraph("梅岗县水务局　2024年3月", body))
    doc = SimpleDocTemplate(str(OUT / "P1.pdf"), pagesize=A4, title="绩效自评报告", author="梅岗县水务局",
                            invariant=1, topMargin=60, bottomMargin=250)
    doc.build(story)
    return {
        "file": "P1.pdf", "format": "pdf", "level": "县", "kind": "项目",
        "issuer": "梅岗县水务局", "year": 2023, "clean": False,
        "defects": [
            {"kind": "exec-rate", "where": "252.6/280 = 90.2%, stated 92.6% (and scored 9.26)",
             "codes": ["SC501", "AR102", "AR103"], "at": [{"page": 1, "lines": [7, 8]}, {"page": 1, "lines": [20, 23]}], "text": "92.6",
             "note": "the table copies the wrong 92.6% and 9.26; total 98.26 adds up with the wrong score"},
        ],
        "traps": [
            {"kind": "breakdown-sum", "where": "168+112 = 280", "codes": ["AR101"], "at": [{"page": 1, "lines": [7, 7]}],
             "text": "168"},
            {"kind": "exec-rate", "where": "管网 88.5 over target 86 scored full", "codes": ["SC101", "SC501"],
             "at": [{"page": 1, "lines": [25, 25]}, {"page": 1, "lines": [10, 11]}], "text": "88.5"},
            {"kind": "percentage", "where": "452/480 = 94.2%", "codes": ["AR102"], "at": [{"page": 1, "lines": [11, 12]}],
             "text": "452"},
            {"kind": "score-sum", "where": "产出 50 = 10+10+5+10+5+10; 效益 29 = 10+10+9 after the page break; 总分 98.26",
             "codes": ["SC201", "SC202"], "at": [{"page": 1, "lines": [24, 31]}, {"page": 2, "lines": [1, 22]}]},
        ],
    }


# ---- X2: 四川-style 权重 form, 小计 per 一级, 县 --------------------------------------------------------------------


def build_x2() -> dict[str, Any]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    rows: list[list[Any]] = [
        ["2023年度高素质农民培育项目绩效自评表", None, None, None, None, None, None],
        ["填报单位：石门沟县农业技术推广中心", None, None, None, None, "金额单位：万元", None],
        ["一级指标", "二级指标", "三级指标", "权重（分）", "年度目标值", "实际完成值", "得分"],
        ["决策", "项目立项", "项目立项规范性", 5, "规范", "规范", 5],
        [None, "绩效目标", "绩效目标合理性", 5, "合理", "基本合理", 4],
        ["小计", None, None, 10, None, None, 9],
        ["过程", "资金管理", "资金到位率", 5, "100%", "100%", 5],
        [None, "资金管理", "预算执行率", 5, "100%", "92%", 4.6],
        [None, "资金管理", "资金使用合规性", 5, "合规", "合规", 5],
        [None, "组织实施", "管理制度执行有效性", 5, "有效", "有效", 5],
        ["小计", None, None, 20, None, None, 19.6],
        ["产出", "数量指标", "培训农民人次", 10, "≥3000人次", "3150人次", 10],
        [None, "质量指标", "培训考核合格率", 10, "≥90%", "95.2%", 10],
        [None, "时效指标", "培训任务完成时限", 10, "2023年10月底前", "2023年11月中旬", 9],
        [None, "成本指标", "人均培训补助", 15, "≤3000元", "2860元", 10],
        ["小计", None, None, 40, None, None, 39],
        ["效益", "经济效益", "学员人均增收", 10, "≥2000元", "2150元", 9],
        [None, "社会效益", "认定新型职业农民人数", 10, "≥600人", "624人", 10],
        [None, "满意度", "参训学员满意度", 10, "≥90%", "95%", 9.5],
        ["小计", None, None, 30, None, None, 28.5],
        ["合计", None, None, 100, None, None, 96.1],
    ]
    for row in rows:
        ws.append(row)
    for rng in ("A1:G1", "A2:E2", "F2:G2", "A4:A5", "A6:C6", "A7:A10", "A11:C11", "A12:A15", "A16:C16",
                "A17:A19", "A20:C20", "A21:C21"):
        ws.merge_cells(rng)
    save_workbook(wb, OUT / "X2.xlsx", "高素质农民培育项目绩效自评表", "石门沟县农业技术推广中心", WHEN)
    sheet = "绩效自评表"
    return {
        "file": "X2.xlsx", "format": "xlsx", "level": "县", "kind": "项目-权重",
        "issuer": "石门沟县农业技术推广中心", "year": 2023, "clean": False,
        "defects": [
            {"kind": "max-sum", "where": "产出 小计 权重40 but 10+10+10+15 = 45 (人均培训补助 权重 should be 10)",
             "codes": ["SC202"], "at": [{"sheet": sheet, "row": 16}, {"sheet": sheet, "row": 15}], "text": "产出",
             "note": "得分 10+10+9+10 = 39 adds up; 合计 100 = 10+20+40+30 by the 小计 rows"},
        ],
        "traps": [
            {"kind": "exec-rate", "where": "预算执行率 92% → 5×92% = 4.6", "codes": ["SC501", "SC101"],
             "at": [{"sheet": sheet, "row": 8}]},
            {"kind": "exec-rate", "where": "3150/3000 = 105% scored full", "codes": ["SC101", "SC501"],
             "at": [{"sheet": sheet, "row": 12}]},
            {"kind": "score-sum", "where": "小计 rows 9, 19.6, 28.5 and 合计 96.1 = 9+19.6+39+28.5",
             "codes": ["SC201"], "at": [{"sheet": sheet, "row": r} for r in (6, 11, 20, 21)]},
        ],
    }


# ---- P2: 部门整体 report in PDF, score table as unruled text lines, running header and page numbers, 州 ------------


def build_p2() -> dict[str, Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font, size, leading = "STSong-Light", 10.5, 18.0
    head = "澜江州生态环境局2023年度部门整体支出绩效自评报告"
    c = canvas.Canvas(str(OUT / "P2.pdf"), pagesize=(595.27, 841.89), invariant=1)
    c.setTitle(head)
    c.setAuthor("澜江州生态环境局")
    state = {"page": 1, "y": 760.0}

    def decorate() -> None:
        c.setFont(font, 9)
        c.drawString(60, 805, head)
        c.line(60, 800, 535, 800)
        c.drawCentredString(297.6, 40, f"- {state['page']} -")
        c.setFont(font, size)

    def line(text: str, x: float = 60.0) -> None:
        if state["y"] < 80:
            c.showPage()
            state["page"] += 1
            state["y"] = 760.0
            decorate()
        c.drawString(x, state["y"], text)
        state["y"] -= leading

    def para(text: str) -> None:
        room, cur, first = 475.0 - 21, "", True
        for token in re.findall(r"[0-9.,%]+|.", text):  # a number is never split over two lines
            if pdfmetrics.stringWidth(cur + token, font, size) > room:
                line(cur, 81 if first else 60)
                cur, first, room = "", False, 475.0
            cur += token
        line(cur, 81 if first else 60)

    def row(cells: list[str]) -> None:
        xs = [60, 150, 330, 400]
        if state["y"] < 80:
            line("")
        for x, t in zip(xs, cells, strict=True):
            c.drawString(x, state["y"], t)
        state["y"] -= leading

    decorate()
    line(head, 110)
    for t in (
        "一、部门基本情况",
        "澜江州生态环境局负责全州生态环境保护统一监督管理，下设8个县市分局和州生态环境监测站。2023年全年预算数3,480.00万元，全年执行3,306.00万元，预算执行率95.0%。",
        "二、主要履职情况",
        "2023年全州空气质量优良天数355天，优良天数比例97.3%；国控断面水质优良比例100%；完成入河排污口排查整治126个，为年度任务120个的105.0%。",
        "三、绩效自评情况",
        "根据州财政局部门整体支出绩效评价指标体系，本局从运行成本、管理效率、履职效能、社会效应、可持续发展能力、满意度六个方面开展自评，得分情况如下：",
    ):
        para(t)
    row(["一级指标", "二级指标", "分值", "得分"])
    for cells in (
        ["运行成本", "", "15", "14.5"], ["", "经济成本指标", "10", "9.5"], ["", "成本效益指标", "5", "5"],
        ["管理效率", "", "20", "18.6"], ["", "预算执行", "8", "7.6"], ["", "预算管理", "6", "6"],
        ["", "资产管理", "6", "5"],
        ["履职效能", "", "35", "33"], ["", "职责履行", "20", "19"], ["", "重点工作完成", "15", "15"],
        ["社会效应", "", "15", "14"], ["", "生态环境质量改善", "15", "14"],
        ["可持续发展能力", "", "5", "4"], ["", "制度与队伍建设", "5", "4"],
        ["满意度", "", "10", "9.2"], ["", "社会公众满意度", "10", "9.2"],
        ["合计", "", "100", "94.3"],
    ):
        row(cells)
    for t in (
        "其中，预算执行按执行率95.0%计得7.6分；满意度调查发放问卷460份，回收有效问卷437份，满意402份，满意度92.0%，按比例计得9.2分。",
        "在省生态环境厅2023年度污染防治攻坚战成效考核中，我州得分88.5分，位列全省第5名；全州8个县市均完成年度减排任务。",
        "四、评价结论",
        "综上，本局2022年度部门整体支出绩效自评得分94.3分，等级为“优”。",
        "五、存在的问题和改进措施",
        "（一）部分县市分局监测设备老化，运维经费不足。（二）项目库储备不够，下一步提前谋划2024年度项目。",
        "澜江州生态环境局",
        "2024年3月22日",
    ):
        para(t)
    c.showPage()
    c.save()
    return {
        "file": "P2.pdf", "format": "pdf", "level": "州", "kind": "整体-six",
        "issuer": "澜江州生态环境局", "year": 2023, "clean": False,
        "defects": [
            {"kind": "score-sum", "where": "履职效能 得分33 but 19+15 = 34 (合计 94.3 uses 34)",
             "codes": ["SC201"], "at": [{"page": 1, "lines": [19, 23]}, {"table": 1, "row": 18}], "text": "履职效能",
             "note": "14.5+18.6+34+14+4+9.2 = 94.3"},
            {"kind": "year", "where": "评价结论 “本局2022年度…自评得分94.3分” in a 2023 report", "codes": ["TX105"],
             "at": [{"page": 1, "lines": [34, 36]}], "text": "2022"},
        ],
        "traps": [
            {"kind": "percentage", "where": "3306/3480 = 95.0%; 8×95% = 7.6; 402/437 = 92.0% → 9.2; 355/365 = 97.3%",
             "codes": ["AR102", "SC501"], "at": [{"page": 1, "lines": [4, 5]}, {"page": 1, "lines": [30, 31]}]},
            {"kind": "exec-rate", "where": "126/120 = 105.0%", "codes": ["AR102", "SC101"], "at": [{"page": 1, "lines": [7, 8]}]},
            {"kind": "score", "where": "external 考核 88.5分; 全州8个县市", "codes": ["SC201", "SC601", "WD101"], "at": [{"page": 1, "lines": [32, 33]}]},
        ],
    }


def main() -> int:
    OUT.mkdir(exist_ok=True)
    key = {"X1": build_x1(), "X2": build_x2(), "W1": build_w1(), "P1": build_p1(), "P2": build_p2()}
    header = "# Answer key for the office documents of fresh5 (format of the shared corpus documents/key.yaml).\n"
    (OUT / "key.yaml").write_text(header + yaml.safe_dump(key, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
