"""Build the office documents of ``fresh4/documents/``: a PDF project report with a ruled table, a 10号 workbook
with its score columns in an unusual order, and a Word project report. The answer key is ``documents/key.yaml``.

    python benchmarks/corpus/fresh4/make_fresh4.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
WHEN = datetime(2024, 3, 20, 9, 0, 0)
sys.path.insert(0, str(HERE.parent))
from office_packages import fixed_archive, save_workbook  # noqa: E402

# ---- D01.pdf: 柘林县 rural road maintenance, ruled 10号 table over a page break -------------------------------

D01_TEXT = [
    "柘林县2023年农村公路养护项目支出绩效自评报告",
    "主管部门：柘林县交通运输局",
    "一、基本情况",
    "本项目用于全县县道、乡道和村道的日常养护、路面修补和安全设施完善。2023年全年预算数500.00万元，其中省级补助"
    "300.00万元、县级资金200.00万元。全年执行数472.50万元，预算执行率96.5%。",
    "二、绩效目标完成情况",
    "全年完成农村公路日常养护里程1,186公里，路面修补面积4.2万平方米，新增波形护栏36公里。"
    "养护工程抽检合格率98.2%。",
    "群众满意度调查共发放问卷300份，回收有效问卷288份，其中满意270份，满意度93.8%。",
    "三、自评结论",
    "经逐项打分，本项目自评得分96.45分，等级为“优”。",
]
# 一级, 二级, 三级, 指标值, 完成值, 分值, 得分
D01_ROWS = [
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥1150公里", "1186公里", "10", "10"),
    ("", "", "路面修补面积", "≥4万平方米", "4.2万平方米", "8", "8"),
    ("", "", "新增波形护栏长度", "≥30公里", "36公里", "6", "6"),
    ("", "质量指标", "养护工程抽检合格率", "≥95%", "98.2%", "8", "8"),
    ("", "", "县乡道路面技术状况指数（PQI）达到规定等级以上路段占养护总里程的比例", "≥85%", "83.6%", "6", "5"),
    ("", "时效指标", "汛后水毁修复及时率", "100%", "100%", "6", "6"),
    ("", "成本指标", "每公里年均养护成本", "≤4000元", "3820元", "6", "6"),
    ("", "小计", "", "", "", "50", "49"),
    ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥80%", "84.5%", "10", "10"),
    ("", "", "通行安全事故起数同比下降", "≥5%", "7.3%", "5", "5"),
    ("", "经济效益指标", "沿线农产品运输成本降低", "明显降低", "基本实现", "5", "4"),
    ("", "可持续影响指标", "养护长效机制建立情况", "健全", "健全", "10", "10"),
    ("", "小计", "", "", "", "30", "29"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.8%", "10", "10"),
    ("", "小计", "", "", "", "10", "10"),
]


def build_pdf(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=13, wordWrap="CJK")
    story: list = [Paragraph(t, body) for t in D01_TEXT]
    story += [Spacer(1, 200), Paragraph("附表：柘林县2023年农村公路养护项目支出绩效自评表", body), Spacer(1, 6)]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    data = [[Paragraph(h, cell) for h in head]]
    data.append([Paragraph(v, cell) for v in ("预算执行率", "", "", "500.00万元", "472.50万元", "10", "9.45")])
    data += [[Paragraph(v, cell) for v in row] for row in D01_ROWS]
    data.append([Paragraph(v, cell) for v in ("总分", "", "", "", "", "100", "96.45")])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 1), (2, 1)),
        ("SPAN", (0, 2), (0, 9)),
        ("SPAN", (1, 2), (1, 4)),
        ("SPAN", (1, 5), (1, 6)),
        ("SPAN", (0, 10), (0, 14)),
        ("SPAN", (1, 10), (1, 11)),
        ("SPAN", (0, 15), (0, 16)),
        ("SPAN", (0, 17), (4, 17)),
    ]
    table = Table(data, colWidths=[58, 70, 150, 62, 62, 38, 38], repeatRows=1, splitInRow=0)
    table.setStyle(TableStyle(style))
    story.append(table)
    doc = SimpleDocTemplate(str(path), pagesize=(595.27, 841.89), invariant=1, title="自评报告",
                            author="柘林县交通运输局", creator="", producer="")
    doc.build(story)


# ---- D02.xlsx: 10号 workbook, 得分 before 分值, both after 偏差原因 -------------------------------------------------

D02_ROWS = [  # … 偏差原因, 得分, 分值: the header's order
    ("产出指标", "数量指标", "培训农村实用人才人数", "≥1500人次", "1624人次", "", 10, 10),
    ("", "", "建设田间课堂示范点", "≥12个", "12个", "", 8, 8),
    ("", "质量指标", "培训合格率", "≥95%", "97.1%", "", 8, 8),
    ("", "", "学员跟踪回访覆盖率", "≥80%", "72%", "部分学员外出务工无法联系", 6, 7),
    ("", "时效指标", "培训任务完成时限", "2023年10月底前", "2023年10月", "", 7, 7),
    ("", "成本指标", "人均培训成本", "≤1200元", "1135元", "", 10, 10),
    ("效益指标", "经济效益指标", "参训学员人均增收", "≥1500元", "1680元", "", 11, 10),
    ("", "社会效益指标", "带动周边农户发展产业户数", "≥400户", "436户", "", 10, 10),
    ("", "可持续影响指标", "参训学员成立合作社或家庭农场数", "≥20个", "23个", "", None, 10),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95.2%", "", 9.5, 10),
]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    ws.append(["2023年度项目支出绩效自评表"])
    ws.merge_cells("A1:H1")
    ws.append(["项目名称", "高素质农民培育项目", "", "", "主管部门", "青檀县农业农村局", "", ""])
    ws.merge_cells("B2:D2")
    ws.merge_cells("F2:H2")
    ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "偏差原因", "得分", "分值"])
    ws.append(["年度资金总额", 180, 186, 190.65, "102.5%", "追加省级资金后超计划开班", 10, 10])
    ws.append(["其中：财政拨款", 180, 186, 190.65, "", "", "", ""])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "得分", "分值"])
    first = ws.max_row + 1
    for row in D02_ROWS:
        ws.append(list(row))
    ws.append(["总分", "", "", "", "", "", 99.5, 100])
    ws.merge_cells(f"A{first}:A{first + 5}")
    ws.merge_cells(f"B{first}:B{first + 1}")
    ws.merge_cells(f"B{first + 2}:B{first + 3}")
    ws.merge_cells(f"A{first + 6}:A{first + 8}")
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(vertical="center", wrap_text=True)
    save_workbook(wb, path, "项目支出绩效自评表", "青檀县农业农村局", WHEN)


# ---- D03.docx: 广西-style 县 project report, narrative restates every first-level score ---------------------------

D03_PARAS = [
    "丹岭县2023年县域医共体信息化建设项目绩效自评报告",
    "一、项目基本情况",
    "本项目由县卫生健康局组织实施，建设县域医共体远程会诊、影像和检验共享平台，覆盖县人民医院及14个乡镇卫生院。"
    "2023年全年预算数360万元，其中自治区补助资金240万元、县级资金120万元；全年执行数352.80万元，预算执行率98.0%。",
    "二、绩效目标完成情况",
    "（一）产出指标。接入乡镇卫生院14家，远程会诊系统上线率100%，影像共享平台于2023年9月投入运行，"
    "产出指标得47分。",
    "（二）效益指标。全年开展远程会诊2,318例，较2022年增长36.4%；基层检查结果互认率提高到82%，效益指标得28分。",
    "（三）满意度指标。发放问卷240份，回收有效问卷232份，满意218份，满意度94.0%，满意度指标得9分。",
    "三、自评结论",
    "预算执行率得9.8分，产出指标得47分，效益指标得28分，满意度指标得9分，自评总分93.8分，评价等级为“优”。"
    "项目在全区（自治区）县域医共体建设年度考核中得85分，位列全区第十二名；另按自治区办法加分项加2分，不计入本表总分。",
    "四、存在问题及下一步措施",
    "部分乡镇卫生院网络带宽不足，影像调阅偏慢。2024年将分两批完成带宽扩容，2022年度遗留的设备采购尾款已于本年度结清。",
    "丹岭县卫生健康局",
    "2024年3月20日",
]
D03_TABLE = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    ("预算执行率", "", "", "360万元", "352.80万元", "10", "9.8"),
    ("产出指标", "数量指标", "接入乡镇卫生院数", "14家", "14家", "15", "15"),
    ("", "质量指标", "远程会诊系统上线率", "100%", "100%", "15", "15"),
    ("", "时效指标", "影像共享平台投入运行时间", "2023年8月底前", "2023年9月", "10", "8"),
    ("", "成本指标", "项目总投资控制", "≤360万元", "352.80万元", "10", "9"),
    ("效益指标", "社会效益指标", "远程会诊例数", "≥2000例", "2318例", "15", "15"),
    ("", "", "基层检查结果互认率", "≥85%", "82%", "10", "8"),
    ("", "可持续影响指标", "平台运维机制", "健全", "基本健全", "5", "4"),
    ("满意度指标", "服务对象满意度指标", "医务人员及患者满意度", "≥95%", "94.0%", "10", "9"),
    ("总分", "", "", "", "", "100", "92.8"),
]


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.author = "丹岭县卫生健康局"
    doc.core_properties.title = "绩效自评报告"
    doc.core_properties.created = WHEN
    doc.core_properties.modified = WHEN
    for text in D03_PARAS:
        doc.add_paragraph(text)
    doc.add_paragraph("附表：项目支出绩效自评表")
    table = doc.add_table(rows=0, cols=7)
    table.style = "Table Grid"
    for row in D03_TABLE:
        cells = table.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), WHEN))


# ---- D04.pdf: 县级市 部门整体 report, score table as plain unruled lines, running header and page numbers --------

D04_TITLE = "云岫市民政局2023年度部门整体支出绩效自评报告"
D04_TEXT = [
    "一、部门概况",
    "市民政局负责全市社会救助、养老服务、社会事务和基层政权建设等工作，下辖社会福利院、救助管理站等4个二级单位，"
    "编制内人员72人。",
    "二、预算执行情况",
    "2023年全年预算数6,842.30万元，实际支出6,705.45万元，执行率98.0%。其中城乡低保资金4,126.80万元、"
    "特困供养资金1,512.36万元、机关运行经费1,066.29万元。",
    "三、履职情况",
    "全市城乡低保对象共9,864人，其中城市低保2,318人、农村低保7,546人，全年按时足额发放低保金，"
    "未发生冒领、错发情况。",
    "养老服务方面，新建社区居家养老服务站6个，改造敬老院2所，为1,430户特殊困难老年人家庭实施适老化改造。",
    "社会事务方面，全年办理婚姻登记4,082对，殡葬改革各项指标达到上级要求，行政区划界线联检任务按期完成。",
    "基层政权建设方面，指导全市126个村（社区）完成村务公开规范化建设，开展社区工作者培训12期、培训860人次。",
    "四、满意度情况",
    "委托第三方机构开展服务对象满意度调查，发放问卷800份，回收有效问卷763份，满意712份，满意度93.3%。",
    "五、自评得分情况",
    "本次自评采用投入、过程、产出、效果四类指标，总分100分，各项得分如下：",
]
D04_SCORES = [
    ("一级指标", "二级指标", "分值", "得分"),
    ("投入", "目标设定", "6", "6"),
    ("", "预算配置", "9", "8.5"),
    ("", "小计", "15", "14.5"),
    ("过程", "预算执行", "10", "9.6"),
    ("", "预算管理", "8", "8"),
    ("", "资产管理", "6", "5.5"),
    ("", "小计", "25", "23.1"),
    ("产出", "职责履行", "35", "34"),
    ("", "小计", "35", "34"),
    ("效果", "履职效益", "20", "19"),
    ("", "社会公众或服务对象满意度", "5", "4.8"),
    ("", "小计", "25", "23.8"),
    ("合计", "", "100", "95.4"),
]
D04_AFTER = [
    "六、自评结论",
    "综上，本部门2022年度整体支出绩效自评得分95.4分，等级为“优”。在省民政厅对全省县（市、区）民政工作的"
    "综合考评中，本局得88.6分。",
    "七、存在问题",
    "一是部分社区养老服务站运营主体能力不足；二是低保动态管理信息比对时效有待提高。",
]


def build_pdf_plain(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=19, wordWrap="CJK")

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(297.6, 800, D04_TITLE)
        canvas.drawCentredString(297.6, 40, f"— {doc.page} —")
        canvas.restoreState()

    story: list = [Paragraph(D04_TITLE, body), Spacer(1, 8)]
    story += [Paragraph(t, body) for t in D04_TEXT]
    story.append(Spacer(1, 150))
    table = Table([list(r) for r in D04_SCORES], colWidths=[80, 180, 60, 60])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 11)]))
    story.append(table)
    story += [Paragraph(t, body) for t in D04_AFTER]
    doc = SimpleDocTemplate(str(path), pagesize=(595.27, 841.89), invariant=1, title="自评报告",
                            author="云岫市民政局", creator="", producer="")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---- D05.xlsx: 四川-style 权重 form, 权重 per level and a 小计 per first-level indicator ------------------------

D05_BLOCKS = [
    ("部门决策", 15, [
        ("目标设定", 8, [("绩效目标合理性", 4, 4), ("绩效指标明确性", 4, 3.5)]),
        ("预算编制", 7, [("预算编制科学性", 3.5, 3.5), ("资金分配合理性", 3.5, 3.5)]),
    ], 14.5),
    ("部门管理", 25, [
        ("资金管理", 15, [("预算执行率", 5, 4.9), ("“三公”经费控制", 3.33, 3.33), ("结转结余控制", 3.33, 3.33),
                          ("政府采购执行", 3.34, 3.34)]),
        ("资产管理", 5, [("资产管理规范性", 5, 4.5)]),
        ("人员管理", 5, [("编制人员控制", 5, 5)]),
    ], 24.9),
    ("部门绩效", 60, [
        ("履职产出", 30, [("公共文化活动场次", 10, 10), ("文物保护单位巡查覆盖率", 10, 10), ("旅游接待人次增长率", 10, 9)]),
        ("履职效果", 20, [("社会效益", 12, 12), ("可持续影响", 8, 7.5)]),
        ("满意度", 10, [("群众满意度", 10, 9.6)]),
    ], 58.1),
]


def build_xlsx_weights(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效评价指标"
    ws.append(["蓉溪县文化广播电视和旅游局2023年度部门整体支出绩效自评表"])
    ws.merge_cells("A1:G1")
    ws.append(["一级指标", "权重", "二级指标", "权重", "三级指标", "权重", "得分"])
    for name, weight, seconds, subtotal in D05_BLOCKS:
        top = ws.max_row + 1
        for second, second_weight, thirds in seconds:
            start = ws.max_row + 1
            for third, third_weight, score in thirds:
                ws.append([name, weight, second, second_weight, third, third_weight, score])
            if len(thirds) > 1:
                ws.merge_cells(f"C{start}:C{ws.max_row}")
                ws.merge_cells(f"D{start}:D{ws.max_row}")
        ws.merge_cells(f"A{top}:A{ws.max_row}")
        ws.merge_cells(f"B{top}:B{ws.max_row}")
        ws.append(["小计", weight, "", "", "", "", subtotal])
    ws.append(["合计", 100, "", "", "", "", 97.5])
    ws.append(["备注：另获评省级全域旅游示范区，按办法加分项加1分，单列，不计入合计。"])
    ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
    save_workbook(wb, path, "部门整体支出绩效自评表", "蓉溪县文化广播电视和旅游局", WHEN)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_pdf(OUT / "D01.pdf")
    build_xlsx(OUT / "D02.xlsx")
    build_docx(OUT / "D03.docx")
    build_pdf_plain(OUT / "D04.pdf")
    build_xlsx_weights(OUT / "D05.xlsx")


if __name__ == "__main__":
    main()
