"""Build the seventh fresh set of office documents (fresh7/documents): two .docx reports, one .xlsx form, one PDF.

    python benchmarks/corpus/fresh7/make_fresh7.py

Every issuer and place is invented. The planted defects and the traps are listed in documents/key.yaml.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from office_packages import fixed_archive, save_workbook

OUT = Path(__file__).resolve().parent / "documents"
WHEN = datetime(2024, 3, 18, 9, 30, 0)


def save_docx(document: docx.document.Document, path: Path, title: str, author: str) -> None:
    document.core_properties.title = title
    document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), WHEN))


# ---- G01: 项目 report, 10号 table with merged 一级指标 cells --------------------------------------------------


def build_g01() -> None:
    d = docx.Document()
    d.add_heading("青岑县交通运输局2023年度农村公路养护工程项目绩效自评报告", level=1)
    paras = [
        "一、项目基本情况",
        "（一）项目概况。农村公路养护工程是我局承担的县级民生项目，覆盖全县11个乡镇、86个行政村，"
        "主要内容包括县道、乡道、村道日常养护，危桥改造和路面病害处治。",
        "（二）资金情况。项目年初预算300.00万元，年中追加上年结转资金20.00万元，全年预算320.00万元；"
        "全年实际执行326.40万元，其中财政拨款300.00万元、上年结转资金20.00万元、其他资金6.40万元，"
        "预算执行率102.00%。超出部分为乡镇自筹配套资金。",
        "二、项目绩效自评表",
    ]
    for text in paras:
        d.add_paragraph(text)

    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    groups = [
        ("产出指标", [
            ("数量指标", "农村公路养护里程", "≥420公里", "428公里", "10", "10", ""),
            ("数量指标", "危桥改造数量", "≥6座", "5座", "8", "6.67", "1座危桥因汛期顺延至次年完工"),
            ("质量指标", "农村公路优良路率", "≥75%", "78.6%", "10", "10", ""),
            ("质量指标", "路面病害处治合格率", "100%", "100%", "7", "7", ""),
            ("时效指标", "养护任务完成及时率", "≥95%", "96%", "8", "8", ""),
            ("成本指标", "每公里年均养护成本", "≤0.75万元", "0.74万元", "7", "7", ""),
        ], "50", "49.67"),
        ("效益指标", [
            ("经济效益指标", "沿线群众平均出行时间缩短", "≥10%", "12%", "10", "10", ""),
            ("社会效益指标", "农村公路交通事故起数", "≤3起", "2起", "10", "10", ""),
            ("可持续影响指标", "养护长效机制", "健全", "基本健全", "10", "8", "村级护路员考核办法尚在修订"),
        ], "30", "28"),
        ("满意度指标", [
            ("服务对象满意度指标", "沿线群众满意度", "≥90%", "93.2%", "3.33", "3.33", ""),
            ("服务对象满意度指标", "客运企业满意度", "≥90%", "91.0%", "3.33", "3.33", ""),
            ("服务对象满意度指标", "乡镇政府满意度", "≥90%", "95.5%", "3.33", "3.33", ""),
        ], "10", "10"),
    ]
    n_rows = 10 + sum(len(items) + 1 for _, items, _, _ in groups) + 2
    t = d.add_table(rows=n_rows, cols=9)
    t.style = "Table Grid"

    def put(r: int, c: int, text: str) -> None:
        t.cell(r, c).text = text

    put(0, 0, "项目名称")
    t.cell(0, 1).merge(t.cell(0, 8)).text = "2023年度农村公路养护工程"
    put(1, 0, "主管部门")
    t.cell(1, 1).merge(t.cell(1, 4)).text = "青岑县交通运输局"
    put(1, 5, "实施单位")
    t.cell(1, 6).merge(t.cell(1, 8)).text = "青岑县农村公路管理所"
    money = [
        ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "300.00", "320.00", "326.40", "10", "102.00%", "10"],
        ["其中：本年财政拨款", "300.00", "300.00", "300.00", "—", "—", "—"],
        ["上年结转资金", "0.00", "20.00", "20.00", "—", "—", "—"],
        ["其他资金", "0.00", "0.00", "6.40", "—", "—", "—"],
    ]
    t.cell(2, 0).merge(t.cell(6, 0)).text = "项目资金（万元）"
    for i, row in enumerate(money):
        r = 2 + i
        t.cell(r, 1).merge(t.cell(r, 2)).text = row[0]
        for j, v in enumerate(row[1:]):
            put(r, 3 + j, v)
    t.cell(7, 0).merge(t.cell(8, 0)).text = "年度总体目标"
    t.cell(7, 1).merge(t.cell(7, 4)).text = "预期目标"
    t.cell(7, 5).merge(t.cell(7, 8)).text = "实际完成情况"
    t.cell(8, 1).merge(t.cell(8, 4)).text = "完成农村公路养护420公里以上，改造危桥6座，优良路率达到75%以上。"
    t.cell(8, 5).merge(t.cell(8, 8)).text = "养护农村公路428公里，改造危桥5座，优良路率78.6%。"
    for j, v in enumerate(header):
        put(9, j, v)
    r = 10
    first_row = r
    for name, items, max_sub, got_sub in groups:
        start = r
        k = 0
        while k < len(items):
            second = items[k][0]
            end = k
            while end + 1 < len(items) and items[end + 1][0] == second:
                end += 1
            t.cell(r + k, 2).merge(t.cell(r + end, 2)).text = second
            k = end + 1
        for item in items:
            put(r, 3, item[1])
            put(r, 4, item[2])
            put(r, 5, item[3])
            put(r, 6, item[4])
            put(r, 7, item[5])
            put(r, 8, item[6])
            r += 1
        t.cell(r, 2).merge(t.cell(r, 5)).text = "小计"
        put(r, 6, max_sub)
        put(r, 7, got_sub)
        t.cell(start, 1).merge(t.cell(r, 1)).text = name
        r += 1
    t.cell(first_row, 0).merge(t.cell(r - 1, 0)).text = "绩效指标"
    t.cell(r, 0).merge(t.cell(r, 5)).text = "合计"
    put(r, 6, "100")
    put(r, 7, "97.67")
    t.cell(r + 1, 0).merge(t.cell(r + 1, 1)).text = "自评等级"
    t.cell(r + 1, 2).merge(t.cell(r + 1, 8)).text = "优"

    after = [
        "三、自评结果分析",
        "经项目单位自评、局绩效领导小组复核，本项目预算执行率得分10分，产出指标得分49.67分，"
        "效益指标得分28分，满意度指标得分10分，自评总分97.76分，等级为“优”。",
        "（一）预算执行。全年执行326.40万元，执行率102.00%，超过100%的部分按满分计，得10分。",
        "（二）满意度。委托第三方对沿线群众、客运企业和乡镇政府分别开展调查，三项满意度分别为93.2%、91.0%、95.5%，"
        "各按3.33分计，满意度指标合计10分。",
        "（三）外部评价。在市交通运输局组织的2023年度农村公路养护管理考核中，我县得分93.5分，在全市各县区中排名第三。",
        "四、存在的问题",
        "一是危桥改造受汛期影响进度滞后，1座危桥未在年内完工；二是村级护路员队伍不稳定，考核激励不足。",
        "五、下一步改进措施",
        "2024年，我局将提前谋划危桥改造工期，避开汛期集中施工；修订村级护路员考核办法，把养护质量与报酬挂钩。",
        "青岑县交通运输局",
        "2024年3月15日",
    ]
    for text in after:
        d.add_paragraph(text)
    save_docx(d, OUT / "G01.docx", "农村公路养护工程项目绩效自评报告", "青岑县交通运输局")


# ---- G02: 部门整体 report, 2013 indicators, Word auto-numbered headings ------------------------------------------


def add_numbering(document: docx.document.Document) -> int:
    """A two-level list (一、 / （一）) in the numbering part; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate((("chineseCounting", "%1、"), ("chineseCounting", "（%2）"))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def numbered(document: docx.document.Document, text: str, num_id: int, ilvl: int) -> None:
    p = document.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.append(numpr)


def build_g02() -> None:
    d = docx.Document()
    num = add_numbering(d)
    d.add_heading("桑原市白沙区市场监督管理局2023年度部门整体支出绩效自评报告", level=1)
    numbered(d, "部门基本情况", num, 0)
    numbered(d, "机构和人员", num, 1)
    d.add_paragraph(
        "我局内设11个科室，下设8个市场监管所。核定行政编制46名、事业编制38名，合计84名；"
        "年末实有在职人员79人，在职人员控制率94.05%。"
    )
    numbered(d, "年度预算", num, 1)
    d.add_paragraph(
        "2023年全年预算2865.40万元，其中基本支出1942.18万元、项目支出923.22万元；"
        "全年实际支出2756.52万元，预算完成率96.20%。"
    )
    numbered(d, "自评得分情况", num, 0)
    d.add_paragraph("按照区财政局统一印发的部门整体支出绩效评价指标体系，我局自评得分如下表：")

    rows = [
        ("投入", "目标设定", "绩效目标合理性", "4", "4"),
        ("投入", "目标设定", "绩效指标明确性", "4", "3.5"),
        ("投入", "预算配置", "在职人员控制率", "4", "4"),
        ("投入", "预算配置", "“三公经费”变动率", "4", "4"),
        ("投入", "预算配置", "重点支出安排率", "4", "4"),
        ("投入", "小计", "", "20", "19.5"),
        ("过程", "预算执行", "预算完成率", "4", "3.85"),
        ("过程", "预算执行", "预算调整率", "2", "2"),
        ("过程", "预算执行", "支付进度率", "3", "3"),
        ("过程", "预算执行", "结转结余率", "3", "2.5"),
        ("过程", "预算执行", "公用经费控制率", "3", "3"),
        ("过程", "预算执行", "政府采购执行率", "3", "3"),
        ("过程", "预算管理", "管理制度健全性", "2", "2"),
        ("过程", "预算管理", "资金使用合规性", "2", "2"),
        ("过程", "预算管理", "预决算信息公开性", "2", "2"),
        ("过程", "预算管理", "基础信息完善性", "2", "1.5"),
        ("过程", "资产管理", "管理制度健全性", "2", "2"),
        ("过程", "资产管理", "资产管理安全性", "1", "1"),
        ("过程", "资产管理", "固定资产利用率", "1", "1"),
        ("过程", "小计", "", "30", "28.85"),
        ("产出", "职责履行", "实际完成率", "8", "8"),
        ("产出", "职责履行", "完成及时率", "8", "7.6"),
        ("产出", "职责履行", "质量达标率", "8", "8"),
        ("产出", "职责履行", "重点工作办结率", "6", "6"),
        ("产出", "小计", "", "30", "29.6"),
        ("效果", "履职效益", "经济效益", "4", "4"),
        ("效果", "履职效益", "社会效益", "6", "5.5"),
        ("效果", "履职效益", "生态效益", "2", "2"),
        ("效果", "社会公众或服务对象满意度", "社会公众或服务对象满意度", "8", "7.28"),
        ("效果", "小计", "", "20", "18.78"),
    ]
    t = d.add_table(rows=len(rows) + 2, cols=5)
    t.style = "Table Grid"
    for j, v in enumerate(("一级指标", "二级指标", "三级指标", "分值", "得分")):
        t.cell(0, j).text = v
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    last = len(rows) + 1
    t.cell(last, 0).text = "合计"
    t.cell(last, 1).text = ""
    t.cell(last, 2).text = ""
    t.cell(last, 3).text = "100"
    t.cell(last, 4).text = "96.73"

    d.add_paragraph("自评总分96.73分，评价等级为“优”。")
    numbered(d, "绩效分析", num, 0)
    numbered(d, "投入情况", num, 1)
    d.add_paragraph(
        "投入指标得分19.5分。绩效目标与部门职责匹配，但个别指标表述偏笼统，扣0.5分。"
        "2023年“三公”经费支出12.36万元，上年为14.20万元，变动率为-12.96%，得满分。"
    )
    numbered(d, "过程情况", num, 1)
    d.add_paragraph(
        "过程指标得分28.85分。预算完成率96.20%，按4分×96.20%计得3.85分；年末结转结余资金较多，结转结余率扣0.5分；"
        "部分单位基础数据更新不及时，扣0.5分。"
    )
    numbered(d, "产出情况", num, 1)
    d.add_paragraph(
        "产出指标得分29.6分。全年完成市场主体年报公示率93.6%，食品生产经营单位监督检查2163家次，"
        "特种设备定期检验率100%。全区12个街道全部完成年度抽检任务，其中1个街道晚于计划时限，完成及时率扣0.4分。"
    )
    numbered(d, "效果情况", num, 1)
    d.add_paragraph(
        "效果指标得分18.78分。我局面向辖区经营者和消费者发放满意度调查问卷300份，回收288份，回收率96.00%；"
        "其中“满意”201份、“基本满意”61份，合计262份，满意度90.97%，按8分×90.97%计得7.28分。"
    )
    numbered(d, "存在的问题", num, 0)
    d.add_paragraph("一是年末结转结余偏多，资金使用效率有待提高；二是基层监管所人员年龄偏大，专业检验力量不足。")
    numbered(d, "改进措施", num, 0)
    d.add_paragraph("加快项目支出执行进度，按季度通报各科室支出情况；通过公开招聘和业务培训充实基层检验力量。")
    d.add_paragraph("桑原市白沙区市场监督管理局")
    d.add_paragraph("2024年3月20日")
    save_docx(d, OUT / "G02.docx", "部门整体支出绩效自评报告", "桑原市白沙区市场监督管理局")


# ---- G03: 四川-style 权重 form ------------------------------------------------------------------------------


def build_g03() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    rows: list[list[object]] = [
        ["部门预算项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "公共文化服务体系建设补助资金", None, None, None, None, None, None, None, None],
        ["主管部门", "柏溪县文化广播电视和旅游局", None, None, None, "实施单位", "柏溪县文化馆", None, None, None],
        ["预算执行情况（万元）", None, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", None],
        [None, "年度资金总额", 220.0, 236.8, 218.4, "92.23%", 10, 10, "部分场馆设备采购尾款未到结算期", None],
        [None, "其中：财政拨款", 220.0, 236.8, 218.4, "—", "—", "—", None, None],
        ["年度总体目标", "全年开展文化惠民演出120场以上、送戏下乡40场以上，18个乡镇综合文化站全部免费开放，县域公共文化服务覆盖率达到95%以上。",
         None, None, None, None, None, None, None, None],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        ["产出指标", "数量指标", "文化惠民演出场次", "≥", 120, "场", 126, 8, 8, None],
        [None, "数量指标", "送戏下乡场次", "≥", 40, "场", 44, "6", "6.5", None],
        [None, "数量指标", "乡镇综合文化站免费开放数", "=", 18, "个", 18, 7, 7, None],
        [None, "质量指标", "公共图书馆图书外借册次", "≥", 15, "万册次", 15.8, 8, 8, None],
        [None, "时效指标", "项目完成及时率", "≥", 95, "%", 88, 8, 7.41, "2个乡镇文化站改造延期"],
        [None, "成本指标", "场均演出补助", "≤", 0.8, "万元", 0.78, 8, "8", None],
        ["产出指标小计", None, None, None, None, None, None, 45, 44.91, None],
        ["效益指标", "社会效益指标", "群众参与文化活动人次", "≥", 8, "万人次", 8.6, "12", 12, None],
        [None, "社会效益指标", "县域公共文化服务覆盖率", "≥", 95, "%", 96.5, 12, 12, None],
        [None, "可持续影响指标", "文化阵地长效运行机制", "定性", "健全", None, "健全", 11, 11, None],
        ["效益指标小计", None, None, None, None, None, None, 35, 35, None],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 92.4, 10, 10,
         "发放问卷500份，收回476份，其中满意440份"],
        ["满意度指标小计", None, None, None, None, None, None, "=SUM(H21:H21)", 10, None],
        ["总分", None, None, None, None, None, None, 100, 99.91, None],
        ["加分项", "获评省级公共文化服务示范项目（加分上限2分）", None, None, None, None, None, 2, 1.5, None],
        ["最终得分", None, None, None, None, None, None, None, 101.41, "含加分项1.5分"],
        ["自评等级", "优", None, None, None, None, None, None, None, None],
        ["评价结论", "项目总体完成年度目标，县域公共文化服务覆盖率96.5%，群众满意度92.4%。", None, None, None, None, None,
         None, None, None],
        ["存在问题", "部分乡镇文化站改造进度滞后，设备采购结算周期较长。", None, None, None, None, None, None, None, None],
        ["改进措施", "2024年建立乡镇文化站改造月调度制度，督促施工单位按期完工。", None, None, None, None, None, None, None,
         None],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:J1")
    ws.merge_cells("A2:J2")
    ws.merge_cells("B3:J3")
    ws.merge_cells("B4:E4")
    ws.merge_cells("G4:J4")
    ws.merge_cells("A5:B5")
    ws.merge_cells("B8:J8")
    ws.merge_cells("A10:A15")
    ws.merge_cells("A17:A19")
    ws.merge_cells("B10:B12")
    ws.merge_cells("B17:B18")
    save_workbook(wb, OUT / "G03.xlsx", "项目支出绩效自评表", "柏溪县文化广播电视和旅游局", WHEN)


# ---- G04: 部门整体 PDF ------------------------------------------------------------------------------------------

PDF_TITLE = "红柳县农业农村局2023年度部门整体支出绩效自评报告"


def build_g04() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=18, firstLineIndent=22,
                          wordWrap="CJK")
    head = ParagraphStyle("head", fontName="STSong-Light", fontSize=12, leading=20)
    title = ParagraphStyle("title", fontName="STSong-Light", fontSize=15, leading=24, alignment=1)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9.5, leading=13, wordWrap="CJK")
    story: list[object] = [Paragraph(PDF_TITLE, title), Spacer(1, 4 * mm)]

    def p(text: str, style: ParagraphStyle = body) -> None:
        story.append(Paragraph(text, style))

    p("一、部门概况", head)
    p("红柳县农业农村局是县政府工作部门，内设9个股室，下属农业技术推广中心、动物疫病预防控制中心等6个事业单位。"
      "核定编制135名，年末实有在职人员127人，在职人员控制率95.07%。")
    p("2023年全年预算6420.00万元，其中基本支出2180.50万元、项目支出4239.50万元；全年实际支出6163.20万元，"
      "预算完成率96.00%。主要用于高标准农田建设、农村人居环境整治、动物防疫和县域特色产业培育。")
    p("二、年度主要工作", head)
    p("围绕自治区党委农村工作会议部署，我局全年新建高标准农田3.6万亩，完成农村户厕改造2150户，"
      "建成村级污水处理设施14处。农村人居环境整治工作在全区推进会上作交流发言，县域枸杞产业集群产值达到8.7亿元，"
      "同比增长9.4%。")
    p("三、自评得分情况", head)
    p("依据《部门整体支出绩效评价共性指标体系框架》，结合自治区财政厅的评分细则，我局对2023年度部门整体支出"
      "开展了自评，各项指标得分见下表。")

    data = [["一级指标", "二级指标", "三级指标", "分值", "得分"]]
    rows = [
        ("投入", "目标设定", "绩效目标合理性", "2.5", "2.5"),
        ("投入", "目标设定", "绩效指标明确性", "2.5", "2"),
        ("投入", "预算配置", "在职人员控制率", "3", "3"),
        ("投入", "预算配置", "“三公经费”变动率", "3", "3"),
        ("投入", "预算配置", "重点支出安排率", "4", "4"),
        ("投入小计", "", "", "15", "14.5"),
        ("过程", "预算执行", "预算完成率", "5", "4.8"),
        ("过程", "预算执行", "预算调整率", "3", "2.5"),
        ("过程", "预算执行", "支付进度率", "3", "3"),
        ("过程", "预算执行", "结转结余率", "3", "3"),
        ("过程", "预算执行", "公用经费控制率", "3", "3"),
        ("过程", "预算执行", "政府采购执行率", "3", "3"),
        ("过程", "预算管理", "管理制度健全性", "3", "3"),
        ("过程", "预算管理", "资金使用合规性", "3", "3"),
        ("过程", "预算管理", "预决算信息公开性", "2", "2"),
        ("过程", "预算管理", "基础信息完善性", "2", "1.5"),
        ("过程", "资产管理", "管理制度健全性", "2", "2"),
        ("过程", "资产管理", "资产管理安全性", "2", "2"),
        ("过程", "资产管理", "固定资产利用率", "1", "1"),
        ("过程小计", "", "", "35", "33.8"),
        ("产出", "职责履行", "实际完成率", "10", "10"),
        ("产出", "职责履行", "完成及时率", "8", "7.5"),
        ("产出", "职责履行", "质量达标率", "7", "7"),
        ("产出", "职责履行", "重点工作办结率", "5", "5"),
        ("产出小计", "", "", "30", "29.5"),
        ("效果", "履职效益", "经济效益", "4", "4"),
        ("效果", "履职效益", "社会效益", "4", "4"),
        ("效果", "履职效益", "生态效益", "4", "3.5"),
        ("效果", "履职效益", "可持续影响", "3", "3"),
        ("效果", "满意度", "服务对象满意度", "5", "4.66"),
        ("效果小计", "", "", "20", "19.66"),
        ("合计", "", "", "100", "97.46"),
    ]
    for row in rows:
        data.append([Paragraph(v, cell) if i < 3 else v for i, v in enumerate(row)])
    table = Table(data, colWidths=[28 * mm, 34 * mm, 60 * mm, 20 * mm, 20 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    p("四、绩效分析", head)
    p("（一）投入。投入指标得分14.5分。个别业务股室绩效指标细化量化不够，绩效指标明确性扣0.5分。")
    p("（二）过程。过程指标得分33.8分。全年实际支出6163.20万元，占全年预算的96.00%，预算完成率按5分×96.00%计得4.8分；"
      "年中追加高标准农田建设资金，预算调整率扣0.5分；部分资产卡片信息不全，基础信息完善性扣0.5分。")
    p("（三）产出。产出指标得分29.5分。全年各项重点任务均已完成，其中2个村级污水处理设施晚于计划1个月建成，"
      "完成及时率扣0.5分。")
    p("（四）效果。效果指标得分19.66分。我局委托第三方开展满意度调查，发放问卷400份，收回有效问卷386份，"
      "其中满意340份、基本满意20份，满意度93.26%，按5分×93.26%计得4.66分。在自治区2023年度乡村振兴实绩考核中，"
      "我县得分91.6分，位列全区同类县第五。")
    p("综上，我局2023年度部门整体支出自评总分97.46分，评价等级为“优”。")
    p("五、存在的问题", head)
    p("一是部分项目前期论证不充分，年中追加调整较多；二是我市农业农村系统专业技术人员仍然短缺，"
      "基层农技推广力量相对薄弱，难以满足县域特色产业发展需要。")
    p("六、改进措施", head)
    p("2024年，我局将加强项目储备和前期论证，从源头减少预算调整；加大农技人员招录和培训力度，"
      "推动自治区级农技推广补助资金向乡镇一线倾斜。")
    p("红柳县农业农村局　2024年3月22日")

    def decorate(canvas: object, document: object) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "红柳县农业农村局·2023年度部门整体支出绩效自评")
        canvas.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {document.page} 页")
        canvas.restoreState()

    path = OUT / "G04.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="部门整体支出绩效自评报告", author="红柳县农业农村局",
                            creator="红柳县农业农村局", invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_g01()
    build_g02()
    build_g03()
    build_g04()


if __name__ == "__main__":
    main()
