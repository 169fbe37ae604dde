"""Build the office documents of the fresh13 set: a 部门整体 .docx whose score table merges the 一级指标 cells
vertically, an .xlsx of three project sheets and a 汇总 sheet, and a .pdf 项目 report whose table cells wrap and whose
table runs onto a second page with its header repeated.

    python benchmarks/corpus/fresh13/make_fresh13.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from openpyxl.styles import Alignment
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from office_packages import fixed_archive, save_workbook

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
WHEN = datetime(2024, 3, 18, 9, 30, 0)


# ---- D01.docx: 部门整体 with vertically merged 一级指标 cells ----------------------------------------------------

D01_TEXT: list[tuple[str, str]] = [
    ("Normal", "嘉沅市北屿区文化和旅游体育局"),
    ("Title", "2023年度部门整体支出绩效自评报告"),
    ("Heading 1", "一、部门概况"),
    (
        "Normal",
        "（一）主要职能。北屿区文化和旅游体育局负责全区文化事业、旅游产业和群众体育的统筹管理，内设办公室、"
        "文化艺术股、产业发展股、体育股4个股室，所属区文化馆、区图书馆、区全民健身中心3个二级单位。",
    ),
    ("Normal", "（二）人员情况。2023年末核定编制48人，实有在编人员45人，编制使用率93.75%。"),
    (
        "Normal",
        "（三）预算及支出情况。2023年年初预算1742.60万元，年中追加93.92万元，全年预算1836.52万元。"
        "全年支出1798.44万元，其中基本支出1066.18万元、项目支出732.26万元，预算执行率97.93%。",
    ),
    (
        "Normal",
        "项目支出分别为：公共文化服务体系建设资金412.50万元、全民健身场地设施维护资金186.40万元、"
        "文旅融合宣传推广资金133.36万元。",
    ),
    (
        "Normal",
        "“三公”经费支出9.86万元，其中公务接待费2.14万元、公务用车运行维护费6.92万元，因公出国（境）费为0；"
        "较上年13.20万元下降25.30%。",
    ),
    ("Heading 1", "二、绩效自评工作开展情况"),
    (
        "Normal",
        "根据区财政局关于开展2023年度预算绩效自评工作的通知要求，我局成立由局长任组长的自评工作小组，"
        "对照部门整体支出绩效评价指标体系逐项打分，于2024年2月底前完成自评并报区财政局审核。",
    ),
    ("Heading 1", "三、自评结果"),
    (
        "Normal",
        "经综合评定，我局2023年度部门整体支出绩效自评得分96.83分，等级为“优”。投入、过程、产出、效果四类指标"
        "分别得15分、33.83分、29分、19分。",
    ),
    ("Heading 1", "四、指标分析"),
    (
        "Normal",
        "（一）投入指标。分值15分，得15分，得分率100%。绩效目标与区“十四五”文化和旅游发展规划衔接，"
        "在编人员未超编，“三公”经费较上年下降。",
    ),
    (
        "Normal",
        "（二）过程指标。分值35分，得33.83分。预算执行率97.93%，得7.83分；年中追加93.92万元，预算调整率5.39%，"
        "扣0.5分；2处体育场地器材盘点账实不符，资产管理安全性扣1分；其余各项均得满分。",
    ),
    (
        "Normal",
        "（三）产出指标。分值30分，得29分，得分率97.67%。全年开展文化惠民演出、展览、讲座等活动236场，"
        "举办全民健身赛事18项；文旅市场执法检查计划420家次，完成395家次，完成率94.05%，扣1分。",
    ),
    (
        "Normal",
        "（四）效果指标。分值20分，得19分，得分率95.00%。区图书馆全年接待读者12.6万人次，较上年11.6万人次增长"
        "8.62%；发放满意度问卷800份，回收有效问卷760份，其中满意702份，满意度92.37%。",
    ),
    ("Heading 1", "五、主要成效"),
    (
        "Normal",
        "1.公共文化服务网络更加完善。新建城市书房3个、村级综合文化服务中心示范点5个，"
        "在全市7个县区公共文化服务考核中位列第二。",
    ),
    ("Normal", "2.群众体育蓬勃开展。举办区第六届全民运动会等赛事18项，参与群众3.1万人次。"),
    ("Normal", "3.文旅融合持续推进。推出“海屿慢游”精品线路4条，接待游客186.5万人次。"),
    ("Heading 1", "六、存在的问题"),
    ("Normal", "1）预算编制不够精细，年中追加较多；2）部分体育场地器材管理不到位；3）乡镇分馆开放时间不足。"),
    ("Heading 1", "七、改进措施"),
    (
        "Normal",
        "1）提高预算编制的前瞻性，压减年中追加；2）每半年开展一次资产清查，做到账实相符；"
        "3）推行乡镇分馆错时开放，延长服务时间。",
    ),
    ("Normal", "附件：北屿区文化和旅游体育局2023年度部门整体支出绩效自评表"),
]

# (一级指标, 二级指标, 三级指标, 分值, 得分, 备注)
D01_GROUPS: list[tuple[str, list[tuple[str, str, str, str, str]], tuple[str, str]]] = [
    (
        "投入",
        [
            ("目标设定", "绩效目标合理性", "4", "4", "目标与区“十四五”文旅发展规划衔接"),
            ("目标设定", "绩效指标明确性", "3", "3", ""),
            ("预算配置", "在编人员控制率", "4", "4", "实有45人，核定48人，控制率93.75%，未超编"),
            ("预算配置", "“三公”经费变动率", "4", "4", "较上年下降25.30%"),
        ],
        ("15", "15"),
    ),
    (
        "过程",
        [
            ("预算执行", "预算执行率", "8", "7.83", "执行率97.93%，按比例计分8×97.93%=7.83分"),
            ("预算执行", "预算调整率", "3", "2.5", "年中追加93.92万元，调整率5.39%，超过5%扣0.5分"),
            ("预算执行", "支付进度率", "3", "3", ""),
            ("预算执行", "结转结余率", "3", "3", ""),
            ("预算执行", "“三公”经费控制率", "3", "3", "预算12.00万元，实际支出9.86万元，控制率82.17%"),
            ("预算管理", "管理制度健全性", "3", "3", ""),
            ("预算管理", "资金使用合规性", "3", "3", ""),
            ("预算管理", "预决算信息公开性", "3", "3", "按规定时限在区政府门户网站公开"),
            ("资产管理", "资产管理安全性", "3", "2", "2处体育场地器材盘点账实不符，扣1分"),
            ("资产管理", "固定资产利用率", "3", "3", ""),
        ],
        ("35", "33.83"),
    ),
    (
        "产出",
        [
            ("职责履行", "公共文化活动开展数", "8", "8", "全年开展活动236场，目标200场"),
            ("职责履行", "全民健身赛事举办数", "6", "6", "举办18项，目标15项"),
            (
                "职责履行",
                "文旅市场执法检查完成率",
                "8",
                "7",
                "计划检查420家次，完成395家次，完成率94.05%，扣1分",
            ),
            ("职责履行", "重点工作办结率", "8", "8", "12项重点工作全部办结"),
        ],
        ("30", "29"),
    ),
    (
        "效果",
        [
            (
                "履职效益",
                "社会效益",
                "8",
                "7.5",
                "图书馆接待读者12.6万人次，增长8.62%；2个乡镇分馆开放时间不足，扣0.5分",
            ),
            ("履职效益", "经济效益", "4", "4", "接待游客186.5万人次"),
            ("可持续影响", "长效管理机制", "3", "3", ""),
            ("满意度", "社会公众满意度", "5", "4.5", "有效问卷760份，满意702份，满意度92.37%，扣0.5分"),
        ],
        ("20", "19"),
    ),
]


def build_d01(path: Path) -> None:
    document = docx.Document()
    for style, text in D01_TEXT:
        document.add_paragraph(text, style=style)
    rows = 1 + sum(len(items) + 1 for _, items, _ in D01_GROUPS) + 1
    table = document.add_table(rows=rows, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("一级指标", "二级指标", "三级指标", "分值", "得分", "备注（扣分原因）"),
        strict=True,
    ):
        cell.text = text
    r = 1
    for first, items, (max_sub, score_sub) in D01_GROUPS:
        top = r
        for second, third, max_, score, note in items:
            cells = table.rows[r].cells
            for cell, text in zip(cells[1:], (second, third, max_, score, note), strict=True):
                cell.text = text
            r += 1
        cells = table.rows[r].cells
        merged = cells[1].merge(cells[2])
        merged.text = "小计"
        cells[3].text = max_sub
        cells[4].text = score_sub
        # the 一级指标 cell spans its items and its 小计 row (w:vMerge)
        span = table.cell(top, 0).merge(table.cell(r, 0))
        span.text = f"{first}（{max_sub}分）"
        r += 1
    cells = table.rows[r].cells
    merged = cells[0].merge(cells[2])
    merged.text = "合计"
    cells[3].text = "100"
    cells[4].text = "96.83"
    cells[5].text = "自评等级：优"
    tail = document.add_paragraph("嘉沅市北屿区文化和旅游体育局")
    tail.add_run().add_break(WD_BREAK.LINE)
    tail.add_run("2024年3月15日")
    document.core_properties.author = "北屿区文化和旅游体育局"
    document.core_properties.title = "2023年度部门整体支出绩效自评报告"
    document.core_properties.created = WHEN
    document.core_properties.modified = WHEN
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), WHEN))


# ---- X01.xlsx: three project sheets and a 汇总 sheet ------------------------------------------------------------

ISSUER_X = "榆丘县林业和草原局"

# name, 实施单位, budget rows (label, 年初, 全年, 执行), 执行率, 得分, indicators, subtotals?, total, grade
X_SHEETS = [
    {
        "sheet": "森林防火",
        "name": "2023年度森林防火能力提升项目",
        "unit": "榆丘县森林防火指挥中心",
        "money": [
            ("年度资金总额", 400.00, 420.00, 428.40, 10, 1.02, 10),
            ("其中：财政拨款", 380.00, 400.00, 408.40, None, None, None),
            ("上年结转", 20.00, 20.00, 20.00, None, None, None),
            ("其他资金", 0, 0, 0, None, None, None),
        ],
        "goal": (
            "新建防火隔离带35公里以上，14个乡镇护林员巡护全覆盖，全年森林火灾受害率控制在0.9‰以内。",
            "新建防火隔离带36.2公里，14个乡镇巡护全覆盖，森林火灾受害率0.12‰。",
        ),
        "groups": [
            (
                "产出指标",
                [
                    ("数量指标", "新建防火隔离带长度", "≥35公里", "36.2公里", 12, 12, ""),
                    ("数量指标", "护林员巡护覆盖乡镇数", "14个", "14个", 8, 8, ""),
                    ("质量指标", "防火物资储备达标率", "≥95%", "96.8%", 10, 10, ""),
                    ("时效指标", "火情处置响应时间", "≤30分钟", "28分钟", 10, 10, ""),
                    ("成本指标", "隔离带每公里建设成本", "≤3.5万元", "3.42万元", 10, 10, ""),
                ],
                None,
            ),
            (
                "效益指标",
                [
                    ("社会效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 10, 10, ""),
                    ("生态效益指标", "森林覆盖率", "≥68.5%", "68.7%", 10, 10, ""),
                    (
                        "可持续影响指标",
                        "群防群治机制",
                        "健全",
                        "基本健全",
                        10,
                        8.5,
                        "2个乡镇半专业扑火队人员不足，扣1.5分",
                    ),
                ],
                None,
            ),
            (
                "满意度指标",
                [
                    ("服务对象满意度指标", "周边群众满意度", "≥90%", "93.6%", 10, 10, ""),
                ],
                None,
            ),
        ],
        "total": 98.5,
        "grade": "优",
    },
    {
        "sheet": "退化林修复",
        "name": "2023年度退化林修复项目",
        "unit": "榆丘县国有林场",
        "money": [
            ("年度资金总额", 1260.00, 1260.00, 1181.25, 10, 0.9375, 9.38),
            ("其中：中央财政资金", 1000.00, 1000.00, 945.00, None, None, None),
            ("县级配套资金", 260.00, 260.00, 236.25, None, None, None),
            ("其他资金", 0, 0, 0, None, None, None),
        ],
        "goal": (
            "完成退化林修复1.2万亩，造林成活率85%以上，带动农户务工300人以上。",
            "完成退化林修复1.2万亩，造林成活率82%，带动农户务工326人。",
        ),
        "groups": [
            (
                "产出指标",
                [
                    ("数量指标", "退化林修复面积", "≥1.2万亩", "1.2万亩", 15, 15, ""),
                    ("质量指标", "造林成活率", "≥85%", "82%", 10, 9.65, "春旱导致部分地块补植，按82/85计分"),
                    ("时效指标", "春季造林完成时限", "5月底前", "6月中旬", 10, 8, "春旱推迟栽植，扣2分"),
                    ("成本指标", "亩均修复成本", "≤1050元", "1012元", 15, 15, ""),
                ],
                (50, 47.65),
            ),
            (
                "效益指标",
                [
                    ("生态效益指标", "新增林草覆盖面积", "≥1.2万亩", "1.2万亩", 15, 15, ""),
                    ("社会效益指标", "带动农户务工人数", "≥300人", "326人", 5, 5, ""),
                    ("可持续影响指标", "管护责任落实率", "100%", "100%", 10, 10, ""),
                ],
                (30, 30),
            ),
            (
                "满意度指标",
                [
                    ("服务对象满意度指标", "林农满意度", "≥90%", "92%", 3.33, 3.33, ""),
                    ("服务对象满意度指标", "村集体满意度", "≥90%", "95%", 3.33, 3.33, ""),
                    ("服务对象满意度指标", "乡镇林业站满意度", "≥90%", "100%", 3.34, 3.34, ""),
                ],
                (10, 10),
            ),
        ],
        "total": 97.03,
        "grade": "优",
    },
    {
        "sheet": "古树名木保护",
        "name": "2023年度古树名木保护项目",
        "unit": "榆丘县林业技术推广站",
        "money": [
            ("年度资金总额", 86.50, 86.50, 79.58, 10, 0.92, 9.2),
            ("其中：财政拨款", 86.50, 86.50, 79.58, None, None, None),
            ("上年结转", 0, 0, 0, None, None, None),
            ("其他资金", 0, 0, 0, None, None, None),
        ],
        "goal": (
            "全县620株以上古树名木挂牌保护，复壮救治衰弱古树40株，建成古树公园3个并对外开放。",
            "挂牌保护633株，复壮救治31株，建成并开放古树公园2个。",
        ),
        "groups": [
            (
                "产出指标",
                [
                    ("数量指标", "古树名木挂牌保护数", "≥620株", "633株", 15, 15, ""),
                    (
                        "数量指标",
                        "复壮救治古树数",
                        "≥40株",
                        "31株",
                        10,
                        7.75,
                        "9株救治方案待专家论证，按31/40计分",
                    ),
                    ("质量指标", "救治后成活率", "≥90%", "93.5%", 15, 15, ""),
                    ("时效指标", "普查数据更新及时率", "100%", "100%", 10, 10, ""),
                ],
                (50, 47.75),
            ),
            (
                "效益指标",
                [
                    ("生态效益指标", "古树生长状况", "总体良好", "总体良好", 15, 15, ""),
                    (
                        "社会效益指标",
                        "古树公园对外开放数",
                        "≥3个",
                        "2个",
                        15,
                        10,
                        "1处古树公园步道未完工，扣5分",
                    ),
                ],
                (30, 25),
            ),
            (
                "满意度指标",
                [
                    ("服务对象满意度指标", "游客及周边居民满意度", "≥85%", "87.1%", 10, 10, ""),
                ],
                (10, 10),
            ),
        ],
        "total": 91.95,
        "grade": "优",
    },
]


def _project_sheet(ws, spec: dict) -> None:
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.append(["项目支出绩效自评表"])
    ws.merge_cells("A1:I1")
    ws.append(["（2023年度）"])
    ws.merge_cells("A2:I2")
    ws.append(["项目名称", spec["name"]])
    ws.merge_cells("B3:I3")
    ws.append(["主管部门", ISSUER_X, None, None, None, "实施单位", spec["unit"]])
    ws.merge_cells("B4:E4")
    ws.merge_cells("G4:I4")
    ws.append(
        ["项目资金（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    )
    for label, start, year, spent, max_, rate, score in spec["money"]:
        ws.append(
            [
                None,
                label,
                None,
                start,
                year,
                spent,
                max_ if max_ is not None else "—",
                rate if rate is not None else "—",
                score if score is not None else "—",
            ]
        )
        ws.cell(ws.max_row, 2).alignment = wrap
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=3)
        for col in (4, 5, 6):
            ws.cell(ws.max_row, col).number_format = "0.00"
        if rate is not None:
            ws.cell(ws.max_row, 8).number_format = "0.00%"
    ws.merge_cells(start_row=5, start_column=1, end_row=ws.max_row, end_column=1)
    goal_row = ws.max_row + 1
    ws.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
    ws.append([None, spec["goal"][0], None, None, None, spec["goal"][1]])
    ws.merge_cells(start_row=goal_row, start_column=2, end_row=goal_row, end_column=5)
    ws.merge_cells(start_row=goal_row, start_column=6, end_row=goal_row, end_column=9)
    ws.merge_cells(start_row=goal_row + 1, start_column=2, end_row=goal_row + 1, end_column=5)
    ws.merge_cells(start_row=goal_row + 1, start_column=6, end_row=goal_row + 1, end_column=9)
    ws.merge_cells(start_row=goal_row, start_column=1, end_row=goal_row + 1, end_column=1)
    ws.append(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    )
    for first, items, subtotal in spec["groups"]:
        top = ws.max_row + 1
        for second, third, target, actual, max_, score, note in items:
            ws.append(
                [
                    first if ws.max_row + 1 == top else None,
                    second,
                    third,
                    target,
                    actual,
                    max_,
                    score,
                    note or None,
                ]
            )
        if subtotal is not None:
            ws.append([f"{first}小计", None, None, None, None, subtotal[0], subtotal[1]])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
            ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row - 1, end_column=1)
        elif ws.max_row > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append(["总分", None, None, None, None, 100, spec["total"]])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append(["自评等级", spec["grade"]])
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    for letter, width in zip("ABCDEFGHI", (14, 16, 24, 14, 14, 8, 8, 10, 30), strict=True):
        ws.column_dimensions[letter].width = width


def build_x01(path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = True
    for spec in X_SHEETS:
        ws = workbook.active if first else workbook.create_sheet()
        first = False
        ws.title = spec["sheet"]
        _project_sheet(ws, spec)
    ws = workbook.create_sheet("汇总")
    ws.append([f"{ISSUER_X}2023年度项目支出绩效自评结果汇总表"])
    ws.merge_cells("A1:H1")
    ws.append(
        [
            "序号",
            "项目名称",
            "全年预算数（万元）",
            "全年执行数（万元）",
            "执行率",
            "自评得分",
            "自评等级",
            "备注",
        ]
    )
    notes = ["执行率超过100%，按满分计", "", "古树公园步道未完工"]
    for i, (spec, note) in enumerate(zip(X_SHEETS, notes, strict=True), 1):
        money = spec["money"][0]
        ws.append([i, spec["name"], money[2], money[3], money[5], spec["total"], spec["grade"], note or None])
        ws.cell(ws.max_row, 5).number_format = "0.00%"
    ws.append(["合计", None, 1766.50, 1689.23, 0.9563, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 5).number_format = "0.00%"
    ws.append(["平均得分", None, None, None, None, 95.83, None, "三个项目自评得分的算术平均"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append(["填报单位：榆丘县林业和草原局（盖章）    填报日期：2024年3月12日"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    for letter, width in zip("ABCDEFGH", (8, 34, 16, 16, 10, 10, 10, 28), strict=True):
        ws.column_dimensions[letter].width = width
    save_workbook(workbook, path, "项目支出绩效自评表", ISSUER_X, WHEN)


# ---- P01.pdf: 项目 report, wrapped cells, a table across a page break ---------------------------------------------

P01_PARAS: list[tuple[str, str]] = [
    ("title", "澜州市汀湾区交通运输局"),
    ("title", "2023年度农村公路养护工程项目支出绩效自评报告"),
    ("h", "一、项目概况"),
    (
        "p",
        "汀湾区现有农村公路1386公里，其中县道210公里、乡道468公里、村道708公里。2023年区交通运输局实施农村公路"
        "养护工程，主要内容为路面日常养护、危桥改造、安全生命防护工程建设和汛期水毁抢修。",
    ),
    (
        "p",
        "项目全年预算2450.00万元，其中中央车购税补助资金1200.00万元、省级补助资金650.00万元、区级配套资金"
        "600.00万元；全年执行2327.50万元，执行率95.00%。",
    ),
    ("h", "二、绩效自评组织情况"),
    (
        "p",
        "区交通运输局会同区财政局成立自评小组，采取资料审核、路段抽查和问卷调查相结合的方式，抽查路段86公里，"
        "抽查桥梁6座，向沿线群众和客运企业发放问卷500份。",
    ),
    ("h", "三、综合评价结论"),
    (
        "p",
        "经自评，本项目2023年度自评得分97.67分，等级为“优”。其中预算执行率得9.5分，产出指标得50分，"
        "效益指标得27.17分，满意度指标得10分。",
    ),
    ("h", "四、绩效目标完成情况分析"),
    (
        "p",
        "（一）产出指标。全年日常养护农村公路1386公里，完成危桥改造6座、安防工程88公里；路面优良路率64.1%，"
        "未达到65%的目标，扣1分；汛期水毁路段平均18小时抢通。",
    ),
    (
        "p",
        "（二）效益指标。沿线农产品运输成本较上年降低6.3%；全区建制村通客车率保持100%，但发生较大道路交通事故1起，"
        "扣2分；“路长制”覆盖12个乡镇（街道）中的11个，覆盖率91.7%，得9.17分。",
    ),
    ("p", "（三）满意度指标。回收有效问卷480份，其中满意452份，满意度94.2%，得满分。"),
    ("p", "在全市各县（市、区）农村公路养护考核中，汀湾区位列第三。"),
    ("h", "五、存在问题及改进措施"),
    (
        "p",
        "一是部分村道路面老化，优良路率偏低，下一步将争取专项资金实施路面改善；二是道路安全隐患排查不够细致，"
        "将联合公安交警部门开展临水临崖路段专项整治；三是进一步完善“路长制”，实现乡镇（街道）全覆盖。",
    ),
    ("h", "附件：农村公路养护工程项目支出绩效自评表"),
]

P01_MONEY = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "2450.00", "2450.00", "2327.50", "10", "95.00%", "9.5"],
    ["其中：中央车购税补助", "1200.00", "1200.00", "1200.00", "—", "—", "—"],
    ["省级补助", "650.00", "650.00", "650.00", "—", "—", "—"],
    ["区级配套", "600.00", "600.00", "477.50", "—", "—", "—"],
]

P01_ROWS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    [
        "产出指标",
        "数量指标",
        "农村公路日常养护里程（含县道、乡道、村道）",
        "≥1380公里（县道210、乡道465、村道705）",
        "1386公里",
        "15",
        "15",
    ],
    [
        "",
        "数量指标",
        "危桥改造及安全生命防护工程实施数量",
        "危桥改造6座，安防工程85公里",
        "危桥改造6座，安防工程88公里",
        "10",
        "10",
    ],
    [
        "",
        "质量指标",
        "养护后路面技术状况指数（PQI）优良路率",
        "≥65%（其中县道≥75%）",
        "64.1%（其中县道76.2%）",
        "10",
        "9",
    ],
    [
        "",
        "时效指标",
        "汛期水毁路段抢通时限",
        "一般路段≤24小时，重要路段≤12小时",
        "平均18小时，重要路段10小时",
        "10",
        "10",
    ],
    ["", "成本指标", "每公里年度养护成本（按列养里程平均计算）", "≤1.75万元/公里", "1.68万元/公里", "5", "6"],
    ["效益指标", "经济效益指标", "沿线农产品运输成本降低情况", "较上年降低≥5%", "降低6.3%", "10", "10"],
    [
        "",
        "社会效益指标",
        "建制村通客车率及较大以上道路交通事故起数",
        "通客车率100%，较大以上事故0起",
        "通客车率100%，较大事故1起",
        "10",
        "8",
    ],
    [
        "",
        "可持续影响指标",
        "“路长制”管护机制覆盖乡镇（街道）比例",
        "100%",
        "91.7%（12个中覆盖11个）",
        "10",
        "9.17",
    ],
    ["满意度指标", "服务对象满意度指标", "沿线群众及客运企业满意度", "≥90%", "94.2%", "10", "10"],
    ["总分", "", "", "", "", "100", "96.67"],
    ["自评等级", "优", "", "", "", "", ""],
]


def build_p01(path: Path) -> None:
    rl_config.invariant = 1
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=16, leading=24, alignment=1)
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=12, leading=20, spaceBefore=4)
    body = ParagraphStyle(
        "p", fontName="STSong-Light", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"
    )
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    story: list = []
    for kind, text in P01_PARAS:
        story.append(Paragraph(text, {"title": title, "h": head, "p": body}[kind]))
    story.append(Spacer(1, 4))
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), "STSong-Light", 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    money = Table(P01_MONEY, colWidths=[44 * mm, 22 * mm, 22 * mm, 22 * mm, 14 * mm, 18 * mm, 16 * mm])
    money.setStyle(grid)
    story.append(money)
    story.append(Spacer(1, 6))
    rows = [[Paragraph(text, cell) if text else "" for text in row] for row in P01_ROWS]
    table = Table(
        rows, colWidths=[17 * mm, 20 * mm, 42 * mm, 33 * mm, 33 * mm, 11 * mm, 12 * mm], repeatRows=1
    )
    table.setStyle(grid)
    story.append(table)
    story.append(Spacer(1, 10))
    story.append(
        Paragraph("澜州市汀湾区交通运输局　2024年3月20日", ParagraphStyle("s", parent=body, alignment=2))
    )

    def footer(canvas, doc) -> None:
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="农村公路养护工程项目支出绩效自评报告",
        author="汀湾区交通运输局",
        invariant=1,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buffer.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_d01(OUT / "D01.docx")
    build_x01(OUT / "X01.xlsx")
    build_p01(OUT / "P01.pdf")


if __name__ == "__main__":
    main()
