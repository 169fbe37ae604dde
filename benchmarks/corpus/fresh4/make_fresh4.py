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

D02_ROWS = [
    ("产出指标", "数量指标", "培训农村实用人才人数", "≥1500人次", "1624人次", "", 10, 10),
    ("", "", "建设田间课堂示范点", "≥12个", "12个", "", 8, 8),
    ("", "质量指标", "培训合格率", "≥95%", "97.1%", "", 8, 8),
    ("", "", "学员跟踪回访覆盖率", "≥80%", "72%", "部分学员外出务工无法联系", 7, 6),
    ("", "时效指标", "培训任务完成时限", "2023年10月底前", "2023年10月", "", 7, 7),
    ("", "成本指标", "人均培训成本", "≤1200元", "1135元", "", 10, 10),
    ("效益指标", "经济效益指标", "参训学员人均增收", "≥1500元", "1680元", "", 10, 11),
    ("", "社会效益指标", "带动周边农户发展产业户数", "≥400户", "436户", "", 10, 10),
    ("", "可持续影响指标", "参训学员成立合作社或家庭农场数", "≥20个", "23个", "", 10, None),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95.2%", "", 10, 9.5),
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


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_pdf(OUT / "D01.pdf")
    build_xlsx(OUT / "D02.xlsx")
    build_docx(OUT / "D03.docx")


if __name__ == "__main__":
    main()
