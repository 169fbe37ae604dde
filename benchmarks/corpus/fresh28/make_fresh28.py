"""Build the fresh28 office documents (two .docx, one .xlsx and two PDFs) with fixed timestamps.

    python benchmarks/corpus/fresh28/make_fresh28.py

The planted defects and the traps are listed in ``documents/key.yaml`` beside the files.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from office_packages import fixed_archive, save_workbook

OUT = Path(__file__).resolve().parent / "documents"
WHEN = datetime(2025, 3, 20, 10, 0, 0)
FONT = "STSong-Light"


def _save_docx(document: Any, path: Path, title: str, author: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.created = WHEN
    properties.modified = WHEN
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), WHEN))


def _body(document: Any, body: Sequence[tuple[str, str]]) -> None:
    for kind, text in body:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)


# ---- D01.docx: a 区 部门整体 report (2013 shape) with a merged-cell score table and 小计 rows -----------------------

D01_BODY = [
    ("h1", "一、部门基本情况"),
    (
        "p",
        "东湖区卫生健康局是区政府工作部门，负责全区卫生健康事业发展规划、基层医疗卫生机构管理、"
        "疾病预防控制和家庭医生签约服务等工作。辖区内有社区卫生服务中心9个、社区卫生服务站37个。",
    ),
    ("p", "2024年末，全局核定编制150人，实有在职人员142人，在职人员控制率96.67%。"),
    ("h1", "二、部门预算收支情况"),
    (
        "p",
        "2024年全年预算数5280.00万元，全年支出5016.00万元，预算执行率95.00%。全年支出中，人员经费"
        "2860.40万元、公用经费415.60万元、基本公共卫生服务补助1320.00万元等。",
    ),
    ("h1", "三、绩效自评结论"),
    (
        "p",
        "经自评，本部门2024年度整体支出绩效自评得分97.6分，等级为“优”。投入、过程、产出、效果四项一级"
        "指标分别得19.7分、29.5分、29.5分、18.9分。",
    ),
    ("h1", "四、指标完成情况"),
    (
        "p",
        "（一）投入指标（分值20分，得19.7分）。绩效目标与部门职责相符，指标细化量化；重点支出安排率"
        "略低于目标，扣0.3分。",
    ),
    (
        "p",
        "（二）过程指标（分值30分，得29.5分）。预算完成率95.00%，分值6分，按比例得5.7分；三季度支付"
        "进度未达序时，扣0.5分；固定资产利用率偏低，扣0.2分。",
    ),
    (
        "p",
        "（三）产出指标（分值30分，得29.5分）。年度重点任务全部完成，2项基层机构改造工程延期验收，"
        "完成及时率扣0.5分。",
    ),
    (
        "p",
        "（四）效果指标（分值20分，得18.9分）。委托第三方开展群众满意度测评，满意度平均得分95分"
        "（百分制），按指标分值4分折算得3.8分；社会效益指标得7.6分，长效管理指标得3.5分。",
    ),
    ("h1", "五、主要成效"),
    (
        "p",
        "家庭医生签约服务提质扩面，重点人群签约率达到82.4%；我县基层医疗卫生服务能力进一步提升，"
        "9个社区卫生服务中心全部达到国家“优质服务基层行”基本标准。",
    ),
    ("p", "在澜川市2024年度卫生健康工作综合考核中，东湖区在全市11个县区中位列第3名。"),
    ("h1", "六、存在问题及改进措施"),
    ("p", "（一）部分基层机构改造工程进度滞后。下一步将加强工程调度，按月通报进度。"),
    ("p", "（二）固定资产使用效率不高。下一步将开展资产清查，推动闲置设备跨机构调剂使用。"),
    ("p", "综上，我局2024年度部门整体支出绩效自评得分97.6分，等级为“优”。"),
    ("p", "附件：东湖区卫生健康局2024年度部门整体支出绩效自评表"),
]

# (一级, 二级, 三级, 分值, 权重%, 得分, 评分说明); "小计"/"合计" rows carry the label in 一级
D01_ROWS: list[tuple[str, str, str, str, str, str, str]] = [
    ("投入", "目标设定", "绩效目标合理性", "5", "25", "5", ""),
    ("投入", "目标设定", "绩效指标明确性", "5", "25", "5", ""),
    ("投入", "预算配置", "在职人员控制率", "4", "20", "4", "未超过100%，得满分"),
    ("投入", "预算配置", "“三公经费”变动率", "3", "15", "3", "较上年下降"),
    ("投入", "预算配置", "重点支出安排率", "3", "15", "2.7", "略低于目标"),
    ("投入小计", "", "", "20", "100", "19.7", ""),
    ("过程", "预算执行", "预算完成率", "6", "20", "5.7", "预算完成率95.00%，按比例计分"),
    ("过程", "预算执行", "预算调整率", "3", "10", "3", ""),
    ("过程", "预算执行", "支付进度率", "3", "10", "2.5", "三季度未达序时进度"),
    ("过程", "预算执行", "结转结余率", "3", "10", "3", ""),
    ("过程", "预算管理", "资金使用合规性", "6", "20", "6.5", "资金使用规范"),
    ("过程", "预算管理", "管理制度健全性", "3", "10", "3", ""),
    ("过程", "资产管理", "资产管理安全性", "3", "10", "3", ""),
    ("过程", "资产管理", "固定资产利用率", "3", "10", "2.8", "部分设备闲置"),
    ("过程小计", "", "", "30", "100", "29.5", ""),
    ("产出", "职责履行", "实际完成率", "9", "30", "9", ""),
    ("产出", "职责履行", "完成及时率", "6", "20", "5.5", "2项改造工程延期验收"),
    ("产出", "职责履行", "质量达标率", "9", "30", "9", ""),
    ("产出", "职责履行", "重点工作办结率", "6", "20", "6", ""),
    ("产出小计", "", "", "30", "100", "29.5", ""),
    ("效果", "履职效益", "社会效益", "8", "40", "7.6", ""),
    ("效果", "履职效益", "可持续影响", "4", "20", "4", ""),
    ("效果", "能力建设", "长效管理", "4", "20", "3.5", ""),
    ("效果", "满意度", "社会公众满意度", "4", "20", "3.8", "第三方测评平均得分95分，按比例折算"),
    ("效果小计", "", "", "20", "100", "18.9", ""),
    ("合计", "", "", "100", "—", "97.6", ""),
]


def _merge(table: Any, col: int, first: int, last: int, text: str) -> None:
    table.cell(first, col).merge(table.cell(last, col)).text = text


def build_d01(path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("澜川市东湖区卫生健康局")
    document.add_heading("2024年度部门整体支出绩效自评报告", level=0)
    _body(document, D01_BODY)
    table = document.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("一级指标", "二级指标", "三级指标", "分值", "权重（%）", "得分", "评分说明"), strict=True
    ):
        cell.text = text
    for values in D01_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    # merge 一级 runs (without the 小计 row), 二级 runs, and the label cells of 小计/合计 rows
    for col in (0, 1):
        r = 0
        while r < len(D01_ROWS):
            label = D01_ROWS[r][col]
            if D01_ROWS[r][0].endswith(("小计", "合计")):
                r += 1
                continue
            s = r
            while (
                s + 1 < len(D01_ROWS)
                and D01_ROWS[s + 1][col] == label
                and D01_ROWS[s + 1][0] == D01_ROWS[r][0]
            ):
                s += 1
            if s > r:
                _merge(table, col, r + 1, s + 1, label)
            r = s + 1
    for r, values in enumerate(D01_ROWS, start=1):
        if values[0].endswith(("小计", "合计")):
            table.cell(r, 0).merge(table.cell(r, 2)).text = values[0]
    last = table.add_row().cells
    last[0].text = "自评等级"
    table.cell(len(table.rows) - 1, 1).merge(table.cell(len(table.rows) - 1, 6)).text = "优"
    document.add_paragraph("澜川市东湖区卫生健康局")
    document.add_paragraph("2025年3月14日")
    _save_docx(document, path, "2024年度部门整体支出绩效自评报告", "澜川市东湖区卫生健康局")


# ---- D02.docx: a 县 10号 project form as Word tables, with a short narrative -------------------------------------

D02_BODY = [
    ("h1", "一、项目概况"),
    (
        "p",
        "项目全年预算860.00万元，其中年初预算800.00万元（中央补助资金430.00万元、省级补助资金250.00万元、"
        "县级配套资金120.00万元），上年结转资金60.00万元。",
    ),
    ("p", "县级配套资金占年初预算的15.00%，已于2023年4月足额拨付到位。"),
    ("h1", "二、绩效目标完成情况"),
    (
        "p",
        "全年执行812.70万元，其中工程建设支出690.40万元、水质检测设备购置85.30万元等。新建改造集中供水"
        "工程12处，其中11处按期完工；更新改造供水管网42公里，完成年度目标45公里的93.33%。",
    ),
    (
        "p",
        "组织全县村级管水员开展业务知识测试，参测156人，平均成绩86分（满分100分），较上年提高4分。",
    ),
    (
        "p",
        "在受益村发放问卷500份，回收有效问卷480份，其中满意451份，受益群众满意度93.96%。",
    ),
    ("h1", "三、自评结论"),
    ("p", "经自评，本项目2022年度自评得分96.98分，等级为“优”。"),
    ("h1", "四、存在问题及改进措施"),
    (
        "p",
        "供水管网更新改造受沿线征地影响，未完成年度目标。下一步将提前开展政策处理，"
        "并建立工程管护考核机制。",
    ),
    ("p", "附件：项目支出绩效自评表"),
]

# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
D02_ROWS = [
    ("产出指标", "数量指标", "新建改造集中供水工程处数", "≥12处", "12处", "10", "10", ""),
    ("产出指标", "数量指标", "更新改造供水管网长度", "≥45公里", "42公里", "10", "9.33", "沿线征地影响"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""),
    ("产出指标", "质量指标", "水质检测合格率", "≥95%", "96.8%", "5", "5", ""),
    ("产出指标", "时效指标", "工程按期完工率", "≥90%", "91.67%", "5", "5", ""),
    ("产出指标", "成本指标", "工程建设成本控制率", "≤100%", "97.3%", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益人口数", "≥3.2万人", "3.35万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.5%", "10", "10", ""),
    ("效益指标", "可持续影响指标", "工程长效管护机制", "健全", "基本健全", "10", "8", "管护经费未全部落实"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.96%", "10", "10", ""),
]


def build_d02(path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("青峪县水利局")
    document.add_heading("2023年度农村饮水安全巩固提升项目支出绩效自评报告", level=0)
    _body(document, D02_BODY)

    head = document.add_table(rows=0, cols=8)
    head.style = "Table Grid"

    def hrow(values: Sequence[str]) -> int:
        for cell, value in zip(head.add_row().cells, values, strict=True):
            cell.text = value
        return len(head.rows) - 1

    name = "2023年度农村饮水安全巩固提升项目"
    r = hrow(["项目名称", name, "", "", "", "", "", ""])
    head.cell(r, 1).merge(head.cell(r, 7)).text = name
    r = hrow(["主管部门", "青峪县水利局", "", "", "实施单位", "青峪县农村供水服务中心", "", ""])
    head.cell(r, 1).merge(head.cell(r, 3)).text = "青峪县水利局"
    head.cell(r, 5).merge(head.cell(r, 7)).text = "青峪县农村供水服务中心"
    first = hrow(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    hrow(["", "年度资金总额", "800.00", "860.00", "812.70", "10", "96.50%", "9.65"])
    hrow(["", "其中：本年财政拨款", "800.00", "800.00", "760.20", "—", "—", "—"])
    hrow(["", "上年结转资金", "0.00", "60.00", "52.50", "—", "—", "—"])
    last = hrow(["", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"])
    _merge(head, 0, first, last, "项目资金（万元）")
    goal = "新建改造集中供水工程12处，更新改造供水管网45公里，农村自来水普及率达到92%以上。"
    done = "新建改造集中供水工程12处，更新改造供水管网42公里，农村自来水普及率93.5%。"
    r = hrow(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    head.cell(r, 1).merge(head.cell(r, 3)).text = "预期目标"
    head.cell(r, 4).merge(head.cell(r, 7)).text = "实际完成情况"
    r2 = hrow(["", goal, "", "", done, "", "", ""])
    head.cell(r2, 1).merge(head.cell(r2, 3)).text = goal
    head.cell(r2, 4).merge(head.cell(r2, 7)).text = done
    _merge(head, 0, r, r2, "年度总体目标")

    document.add_paragraph("绩效指标")
    table = document.add_table(rows=1, cols=8)
    table.style = "Table Grid"
    header = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for values in D02_ROWS:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for col in (0, 1):
        r = 0
        while r < len(D02_ROWS):
            s = r
            while s + 1 < len(D02_ROWS) and D02_ROWS[s + 1][col] == D02_ROWS[r][col] and (
                D02_ROWS[s + 1][0] == D02_ROWS[r][0]
            ):
                s += 1
            if s > r:
                _merge(table, col, r + 1, s + 1, D02_ROWS[r][col])
            r = s + 1
    cells = table.add_row().cells
    for cell, value in zip(cells, ("总分", "", "", "", "", "100", "96.98", ""), strict=True):
        cell.text = value
    n = len(table.rows) - 1
    table.cell(n, 0).merge(table.cell(n, 4)).text = "总分"
    cells = table.add_row().cells
    n = len(table.rows) - 1
    cells[0].text = "自评等级"
    table.cell(n, 1).merge(table.cell(n, 7)).text = "优"
    document.add_paragraph("填报单位：青峪县水利局　　填报日期：2024年3月6日")
    _save_docx(document, path, "2023年度农村饮水安全巩固提升项目支出绩效自评报告", "青峪县水利局")


# ---- X01.xlsx: a 市 10号 workbook with a 得分率 column and a 说明 sheet (clean) ----------------------------------

X01_ROWS: list[tuple[Any, ...]] = [
    # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 得分率, 偏差原因
    ("产出指标", "数量指标", "改造老旧小区个数", "≥24个", "24个", 10, 10, 1.0, ""),
    ("", "", "惠及居民户数", "≥6800户", "7125户", 10, 10, 1.0, ""),
    ("", "质量指标", "竣工验收合格率", "100%", "100%", 10, 10, 1.0, ""),
    ("", "时效指标", "年度改造任务完成及时率", "≥95%", "91.67%", 10, 9.65, 0.965, "2个小区因管线迁改延期"),
    ("", "成本指标", "户均改造成本", "≤5000元", "4880元", 10, 10, 1.0, ""),
    ("产出指标小计", "", "", "", "", 50, 49.65, 0.993, ""),
    ("效益指标", "社会效益指标", "居民居住条件改善情况", "明显改善", "明显改善", 10, 10, 1.0, ""),
    ("", "", "改造小区物业管理覆盖率", "≥80%", "83.33%", 10, 10, 1.0, ""),
    (
        "",
        "可持续影响指标",
        "长效管理机制建立率",
        "≥90%",
        "87.5%",
        10,
        9.72,
        0.972,
        "部分县（市、区）小区业主委员会尚未成立",
    ),
    ("效益指标小计", "", "", "", "", 30, 29.72, 0.9907, ""),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90分", "93.6分", 10, 10, 1.0, ""),
    ("满意度指标小计", "", "", "", "", 10, 10, 1.0, ""),
]

X01_NOTES = [
    "绩效自评说明",
    "一、本项目2024年全年预算3450.00万元，较年初预算3600.00万元调减150.00万元，调减部分用于全市保障性住房配套。",
    "二、全年执行3477.60万元，超出全年预算的27.60万元为居民自筹资金，执行率100.80%，按100%计10分。",
    "三、全市共改造老旧小区24个，其中中心城区15个、所辖各县（市、区）9个。",
    "四、惠及居民7125户，为年度目标6800户的104.78%。",
    "五、居民满意度采用百分制问卷测评，平均得分93.6分，高于90分的目标值。",
    "六、经自评，本项目2024年度得分99.37分，等级为“优”。",
]


def build_x01(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "自评表"
    sheet.append(["项目支出绩效自评表（2024年度）"])
    sheet.merge_cells("A1:J1")
    sheet.append(["项目名称", "2024年度城镇老旧小区改造项目"])
    sheet.merge_cells("B2:J2")
    sheet.append(["主管部门", "岚州市住房和城乡建设局", "", "", "", "实施单位", "岚州市城市更新服务中心"])
    sheet.merge_cells("B3:E3")
    sheet.merge_cells("G3:J3")
    sheet.append(["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    sheet.append(["", "年度资金总额", "", 3600, 3450, 3477.6, 10, 1.008, 10])
    sheet.cell(sheet.max_row, 8).number_format = "0.00%"
    sheet.append(["", "其中：本年财政拨款", "", 3600, 3200, 3200, "—", "—", "—"])
    sheet.append(["", "上年结转资金", "", 0, 250, 250, "—", "—", "—"])
    sheet.append(["", "其他资金", "", 0, 0, 27.6, "—", "—", "—"])
    for r in range(5, 9):
        for col in (4, 5, 6):
            sheet.cell(r, col).number_format = "0.00"
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    sheet.merge_cells("A4:A8")
    sheet.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况"])
    sheet.append(
        [
            "",
            "改造老旧小区24个，惠及居民6800户以上，竣工验收合格率100%。",
            "",
            "",
            "",
            "改造老旧小区24个，惠及居民7125户，竣工验收合格率100%。",
        ]
    )
    for r in (9, 10):
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        sheet.merge_cells(start_row=r, start_column=6, end_row=r, end_column=10)
    sheet.merge_cells("A9:A10")
    sheet.append(
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "得分率", "偏差原因分析及改进措施"]
    )
    for values in X01_ROWS:
        sheet.append(["", *values])
        r = sheet.max_row
        sheet.cell(r, 9).number_format = "0.00%"
        if str(values[0]).endswith("小计"):
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    sheet.merge_cells(start_row=11, start_column=1, end_row=sheet.max_row, end_column=1)
    sheet.append(["总分", "", "", "", "", "", 100, 99.37, 0.9937, ""])
    sheet.cell(sheet.max_row, 9).number_format = "0.00%"
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    sheet.append(["自评等级", "优"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=10)

    notes = workbook.create_sheet("说明")
    for line in X01_NOTES:
        notes.append([line])
    save_workbook(workbook, path, "2024年度城镇老旧小区改造项目支出绩效自评表", "岚州市住房和城乡建设局", WHEN)


# ---- PDF helpers ---------------------------------------------------------------------------------------------------

_NO_LINE_START = "，。；、：！？”’）》%"


def _wrap(text: str, size: float, width: float, indent: float = 0) -> list[str]:
    lines: list[str] = []
    current = ""
    limit = width - indent
    for char in text:
        if pdfmetrics.stringWidth(current + char, FONT, size) > limit and char not in _NO_LINE_START:
            lines.append(current)
            current = char
            limit = width
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def _canvas(buffer: io.BytesIO, title: str, author: str) -> Any:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    return c


def _prose(c: Any, items: Sequence[tuple[str, str]], y: float, lines: list[str]) -> float:
    """Draw titles, headings and paragraphs from ``y`` down; every drawn line is appended to ``lines``."""
    page_w = A4[0]
    left, width, size, leading = 70, page_w - 140, 11, 19
    for kind, text in items:
        if kind == "title":
            c.setFont(FONT, 15)
            c.drawCentredString(page_w / 2, y, text)
            lines.append(text)
            y -= 26
            continue
        c.setFont(FONT, size)
        indent = 0 if kind == "head" else 2 * size
        for i, line in enumerate(_wrap(text, size, width, indent)):
            c.drawString(left + (indent if i == 0 else 0), y, line)
            lines.append(line)
            y -= leading
    return y


# ---- P01.pdf: a 镇 project report, 2 pages, score table with ruled lines ----------------------------------------

P01_PAGE1 = [
    ("title", "桐溪镇人民政府"),
    ("title", "2024年度农村人居环境整治提升项目支出绩效自评报告"),
    ("head", "一、项目基本情况"),
    (
        "para",
        "（一）项目概况。为巩固农村人居环境整治成果，2024年全镇12个行政村实施村庄清洁行动、垃圾分类"
        "收集点建设和村道硬化。",
    ),
    (
        "para",
        "（二）资金情况。项目全年预算320.00万元，其中县级财政补助资金200.00万元、镇级自筹资金120.00万元。"
        "全年执行300.80万元，执行率94.00%，其中村道硬化支出148.60万元、垃圾收运设施支出62.40万元等。",
    ),
    ("head", "二、绩效目标完成情况"),
    (
        "para",
        "全年完成12个行政村村庄清洁行动，新建垃圾分类收集点48个，硬化村道6.5公里。受雨季影响，"
        "12个子项目中9个按期完成，项目完成及时率75%。群众满意度问卷满意度90.25%。",
    ),
    ("head", "三、自评结论"),
    (
        "para",
        "经自评，本项目2024年度自评得分93.67分，等级为“优”。其中预算执行率得9.4分，产出指标得48.77分，"
        "效益指标得27分，满意度指标得9.5分。",
    ),
    (
        "para",
        "在全县2024年度农村人居环境整治考核中，桐溪镇得分92分，在全县15个乡镇中排名第2。",
    ),
    ("head", "四、存在问题及改进措施"),
    (
        "para",
        "部分子项目开工迟，时效指标未达目标；垃圾减量成效不够明显。下一步将提前谋划年度项目，"
        "推广“积分制”垃圾分类激励办法。",
    ),
]

# fund block: (项目资金, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)
P01_FUNDS = [
    ("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
    ("年度资金总额", "320.00", "320.00", "300.80", "10", "94.00%", "9.4"),
]
# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
P01_ROWS = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
    ("产出指标", "数量指标", "村庄清洁行动覆盖行政村数", "12个", "12个", "10", "10", ""),
    ("", "", "村庄生活垃圾分类收集点新建个数（含可回收物投放点）", "≥50个", "48个", "10", "9.6", "选址调整"),
    ("", "", "村道硬化长度", "≥6公里", "6.5公里", "10", "10", ""),
    ("", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""),
    ("", "时效指标", "项目完成及时率", "≥90%", "75%", "5", "4.17", "【请填写】"),
    ("", "成本指标", "每公里村道硬化成本", "≤25万元", "22.86万元", "5", "5", ""),
    ("效益指标", "社会效益", "村庄保洁长效机制", "健全", "基本健全", "10", "8", "保洁经费未落实"),
    ("", "", "生活垃圾无害化处理率", "≥95%", "97%", "10", "10", ""),
    ("", "生态效益", "农村生活垃圾减量率", "≥10%", "8%", "10", "8", "分类习惯未养成"),
    ("满意度指标", "服务对象满意度", "群众满意度", "≥95%", "90.25%", "10", "9.5", "宣传不到位"),
    ("总分", "", "", "", "", "100", "93.67", ""),
]


def _ruled_table(c: Any, xs: Sequence[float], rows: Sequence[Sequence[str]], top: float, lines: list[str]) -> float:
    """Cells wrapped within their column, rows ruled; returns the bottom of the table."""
    size, leading = 8.5, 12
    y = top
    for row in rows:
        wrapped = [_wrap(text, size, xs[i + 1] - xs[i] - 6) if text else [] for i, text in enumerate(row)]
        height = max(1, max(len(w) for w in wrapped)) * leading + 6
        c.setFont(FONT, size)
        for i, cell_lines in enumerate(wrapped):
            for k, line in enumerate(cell_lines):
                c.drawString(xs[i] + 3, y - 3 - size - k * leading, line)
        for k in range(max(1, max(len(w) for w in wrapped))):
            lines.append(" ".join(w[k] for w in wrapped if len(w) > k))
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, y, x, y - height)
        y -= height
    c.line(xs[0], y, xs[-1], y)
    return y


P01_LINES: list[list[str]] = []


def build_p01(path: Path) -> None:
    buffer = io.BytesIO()
    c = _canvas(buffer, "2024年度农村人居环境整治提升项目支出绩效自评报告", "桐溪镇人民政府")
    page_w, page_h = A4
    page1: list[str] = []
    _prose(c, P01_PAGE1, page_h - 72, page1)
    c.setFont(FONT, 10)
    c.drawCentredString(page_w / 2, 40, "— 1 —")
    c.showPage()
    page2: list[str] = ["附件：项目支出绩效自评表"]
    c.setFont(FONT, 11)
    c.drawString(60, page_h - 72, page2[0])
    fund_xs = (60, 160, 220, 280, 340, 380, 440, 500)
    y = _ruled_table(c, fund_xs, P01_FUNDS, page_h - 90, page2)
    xs = (45, 95, 165, 305, 355, 405, 433, 465, 545)
    y = _ruled_table(c, xs, P01_ROWS, y - 16, page2)
    c.setFont(FONT, 11)
    c.drawString(60, y - 24, "自评等级：优")
    page2.append("自评等级：优")
    c.setFont(FONT, 10)
    c.drawCentredString(page_w / 2, 40, "— 2 —")
    c.showPage()
    c.save()
    P01_LINES[:] = [page1, page2]
    path.write_bytes(buffer.getvalue())


# ---- P02.pdf: a 县 部门整体 report, prose only, with page headers and footers ------------------------------------

P02_DUP = (
    "全年累计保障城乡低保对象6240人、特困供养人员1180人，临时救助2360人次，救助资金均通过“一卡通”"
    "按月足额发放，未发现冒领、截留等问题。"
)

P02_PAGE1 = [
    ("title", "松岭县民政局2023年度部门整体支出绩效自评报告"),
    ("head", "一、部门基本情况"),
    (
        "para",
        "（一）部门职责。县民政局主要负责全县社会救助、养老服务、儿童福利、社会事务和基层政权建设等工作，"
        "服务对象覆盖全县13个乡镇。",
    ),
    (
        "para",
        "（二）机构和人员。局机关内设股室7个，下属事业单位3个。2023年末核定编制46人，实有在职人员44人，"
        "在职人员控制率95.65%。",
    ),
    ("head", "二、部门预算执行情况"),
    (
        "para",
        "（一）预算收支。2023年全年预算2150.00万元，全年支出2064.00万元，预算执行率96.00%。"
        "全年支出中基本支出820.00万元、项目支出1244.00万元。",
    ),
    (
        "para",
        "（二）“三公”经费。2023年“三公”经费支出8.40万元，较上年9.60万元下降15.00%，主要是公务用车"
        "运行维护费减少。",
    ),
    ("head", "三、绩效自评情况"),
    (
        "para",
        "（一）自评得分。按照部门整体支出绩效评价指标体系，我局2023年度投入、过程、产出、效果四项"
        "一级指标分别得18分、27.5分、29分、19分，合计93.5分；另有加分项1分（获评省级民政工作先进集体），"
        "加分后得分94.5分，等级为“优”。",
    ),
    ("para", "（二）指标分析。"),
    (
        "para",
        "1．投入指标（分值20分，得18分）。绩效目标设置较为合理，但部分指标未细化量化，扣2分。",
    ),
    (
        "para",
        "2．过程指标（分值30分，得27.5分）。预算执行率96.00%，结转结余率偏高，扣1.5分；"
        "个别项目资金支付进度滞后，扣1分。",
    ),
    (
        "para",
        "3．产出指标（分值30分，得29分）。养老服务设施建设因土地报批延迟，完成及时率未达目标，扣1分。",
    ),
    ("para", P02_DUP),
    ("para", P02_DUP),
]

P02_PAGE2 = [
    (
        "para",
        "5．效果指标（分值20分，得19分）。组织全县社会救助经办人员业务知识测试，参测98人，"
        "平均成绩82分（满分100分）；服务对象满意度调查满意率96.2%，扣1分。",
    ),
    (
        "para",
        "在全市2023年度民政工作综合考核中，松岭县在全市8个县区中排名第2。",
    ),
    ("head", "四、存在的问题"),
    ("para", "（一）部分绩效指标设置不够细化，难以量化考核。"),
    ("para", "（二）养老服务设施建设进度滞后，结转资金偏多。"),
    ("head", "五、改进措施"),
    ("para", "（一）对照职责细化绩效指标，提高指标的可衡量性。"),
    ("para", "（二）加快项目前期工作，按序时进度拨付资金。"),
    ("head", "六、结论"),
    (
        "para",
        "综上，松岭县民政局2023年度部门整体支出绩效自评得分93.5分，加分后94.5分，等级为“优”。",
    ),
]

P02_LINES: list[list[str]] = []


def build_p02(path: Path) -> None:
    buffer = io.BytesIO()
    c = _canvas(buffer, "松岭县民政局2023年度部门整体支出绩效自评报告", "松岭县民政局")
    page_w, page_h = A4
    pages: list[list[str]] = []
    for number, items in enumerate((P02_PAGE1, P02_PAGE2), start=1):
        lines = ["松岭县民政局"]
        c.setFont(FONT, 9)
        c.drawString(70, page_h - 40, "松岭县民政局")
        c.line(70, page_h - 45, page_w - 70, page_h - 45)
        _prose(c, items, page_h - 80, lines)
        c.setFont(FONT, 9)
        c.drawCentredString(page_w / 2, 36, f"第{number}页")
        lines.append(f"第{number}页")
        pages.append(lines)
        c.showPage()
    c.save()
    P02_LINES[:] = pages
    path.write_bytes(buffer.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_d01(OUT / "D01.docx")
    build_d02(OUT / "D02.docx")
    build_x01(OUT / "X01.xlsx")
    build_p01(OUT / "P01.pdf")
    build_p02(OUT / "P02.pdf")
    if "--lines" in sys.argv:
        for name, pages in (("P01", P01_LINES), ("P02", P02_LINES)):
            for p, lines in enumerate(pages, start=1):
                for i, line in enumerate(lines, start=1):
                    print(f"{name} p{p} {i:2d} {line}")


if __name__ == "__main__":
    main()
