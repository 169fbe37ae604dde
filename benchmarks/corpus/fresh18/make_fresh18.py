"""Build the eighteenth blind set of office documents (fresh18/documents): two .docx, one .xlsx, one .pdf.

python benchmarks/corpus/fresh18/make_fresh18.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from office_packages import fixed_archive, save_workbook  # noqa: E402

OUT = HERE / "documents"
WHEN = datetime(2024, 3, 18, 9, 30, 0)


def _save_docx(document: docx.Document, name: str, title: str, author: str) -> None:
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = WHEN
    document.core_properties.modified = WHEN
    buffer = io.BytesIO()
    document.save(buffer)
    (OUT / name).write_bytes(fixed_archive(buffer.getvalue(), WHEN))


def _fill(cell, text: str) -> None:
    cell.text = text
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(9)


# ---- G01: 县 项目, one Word table with the funds block and the indicators, two-row merged headers -------------


def build_g01() -> None:
    d = docx.Document()
    d.add_paragraph("石岙县交通运输局")
    d.add_heading("2023年度农村公路养护工程项目支出绩效自评报告", level=0)
    d.add_paragraph(
        "按照《石岙县财政局关于做好2023年度县级部门项目支出绩效自评工作的通知》（石财绩〔2024〕5号）的安排，"
        "我局对2023年度农村公路养护工程项目开展了绩效自评，现将有关情况报告如下。"
    )
    d.add_heading("一、项目基本情况", level=1)
    d.add_paragraph(
        "（一）项目概况。全县农村公路总里程1086公里，其中县道214公里、乡道378公里、村道494公里。"
        "项目主要用于县乡道日常养护、路面病害处治和危旧桥梁改造，由县农村公路养护中心具体实施。"
    )
    d.add_paragraph(
        "（二）资金情况。项目年初预算800.00万元，年中调入上年结转资金45.00万元、其他资金15.00万元，"
        "全年预算数860.00万元。全年执行843.66万元，其中当年财政拨款786.40万元、上年结转资金45.00万元、"
        "其他资金12.26万元。"
    )
    d.add_paragraph(
        "（三）绩效目标。完成县乡道养护里程420公里以上，处治路面病害3.2万平方米以上，改造危桥6座，"
        "养护路段优良路率不低于80%，沿线群众满意度达到90%以上。"
    )
    d.add_heading("二、绩效自评工作开展情况", level=1)
    d.add_paragraph(
        "局党组成员、副局长牵头成立自评小组，规划财务股、公路股和县农村公路养护中心抽调人员参加。"
        "2024年1月15日至2月6日，自评小组查阅了养护计划、验收记录和支付凭证，抽查路段62公里，"
        "在沿线乡镇发放满意度调查问卷。"
    )
    d.add_heading("三、综合评价结论", level=1)
    d.add_paragraph(
        "经自评，本项目2023年度自评得分95.88分，等级为“优”。其中预算执行率得9.81分，产出指标得48.67分，"
        "效益指标得26.4分，满意度指标得10分。"
    )
    d.add_heading("四、绩效指标完成情况分析", level=1)
    d.add_paragraph(
        "（一）预算执行情况。全年预算数860.00万元，全年执行数843.66万元，预算执行率98.10%，"
        "按执行率乘以分值计算得9.81分。"
    )
    d.add_paragraph(
        "（二）产出指标。全年完成县乡道养护436公里、路面病害处治3.35万平方米，养护路段优良路率83.5%，"
        "养护工程全部按期完成，每公里养护成本1.82万元，上述指标均得满分。危桥改造计划6座，完成5座，"
        "完成率83.33%，按比例得6.76分。"
    )
    d.add_paragraph(
        "（三）效益指标。农村客运班线通达率保持100%；养护长效机制运行良好。全县农村公路交通事故发生率"
        "较上年下降3.2%，未达到下降5%的目标，按比例得6.4分。"
    )
    d.add_paragraph(
        "（四）满意度指标。在沿线12个乡镇发放问卷600份，收回有效问卷560份，其中表示满意的508份，"
        "满意度92.3%，高于90%的目标值，得10分。"
    )
    d.add_heading("五、主要做法及成效", level=1)
    d.add_paragraph(
        "（一）推行“路长制”管护。县、乡、村三级路长分段包干，养护责任落实到人，县域内农村公路列养率保持100%。"
    )
    d.add_paragraph(
        "（二）引入专业化养护队伍。路面病害处治和危桥改造全部通过公开招标选定施工单位，"
        "聘请第三方检测机构对处治路段进行抽检。"
    )
    d.add_paragraph(
        "（三）项目实施后，全县农村公路通行条件明显改善，在全市各县（市、区）农村公路养护考核中位列第三名。"
    )
    d.add_heading("六、存在的问题", level=1)
    d.add_paragraph("1.危桥改造进度滞后。1座危桥因荷载检测和设计变更耗时较长，未能在年内完工。")
    d.add_paragraph("2.交通安全效益不够明显。部分路段安全防护设施不足，事故发生率下降幅度未达目标。")
    d.add_heading("七、下一步改进措施", level=1)
    d.add_paragraph("1）提前开展危桥检测和方案设计，把前期工作放在上一年度第四季度完成。")
    d.add_paragraph("2）结合生命安全防护工程，在急弯陡坡路段增设护栏和警示标志。")
    d.add_paragraph("附件：2023年度农村公路养护工程项目支出绩效自评表")

    rows = 24
    t = d.add_table(rows=rows, cols=9)
    t.style = "Table Grid"
    c = t.cell
    # row 1-2: project / departments
    c(0, 1).merge(c(0, 8))
    _fill(c(0, 0), "项目名称")
    _fill(c(0, 1), "2023年度农村公路养护工程")
    c(1, 1).merge(c(1, 4))
    c(1, 6).merge(c(1, 8))
    _fill(c(1, 0), "主管部门")
    _fill(c(1, 1), "石岙县交通运输局")
    _fill(c(1, 5), "实施单位")
    _fill(c(1, 6), "石岙县农村公路养护中心")
    # rows 3-8: funds block, header over two rows (rows 3 and 4)
    c(2, 0).merge(c(7, 0))
    _fill(c(2, 0), "项目资金（万元）")
    c(2, 1).merge(c(3, 2))
    _fill(c(2, 1), "资金来源")
    c(2, 3).merge(c(2, 4))
    _fill(c(2, 3), "预算数")
    _fill(c(3, 3), "年初预算数")
    _fill(c(3, 4), "全年预算数")
    for col, label in ((5, "全年执行数"), (6, "分值"), (7, "执行率"), (8, "得分")):
        c(2, col).merge(c(3, col))
        _fill(c(2, col), label)
    funds = [
        ("年度资金总额", "800.00", "860.00", "843.66", "10", "98.10%", "9.81"),
        ("其中：当年财政拨款", "800.00", "800.00", "786.40", "—", "—", "—"),
        ("上年结转资金", "0.00", "45.00", "45.00", "—", "—", "—"),
        ("其他资金", "0.00", "15.00", "12.26", "—", "—", "—"),
    ]
    for i, (name, *values) in enumerate(funds):
        r = 4 + i
        c(r, 1).merge(c(r, 2))
        _fill(c(r, 1), name)
        for j, v in enumerate(values):
            _fill(c(r, 3 + j), v)
    # rows 9-10: 年度总体目标
    c(8, 0).merge(c(9, 0))
    _fill(c(8, 0), "年度总体目标")
    c(8, 1).merge(c(8, 4))
    c(8, 5).merge(c(8, 8))
    _fill(c(8, 1), "预期目标")
    _fill(c(8, 5), "实际完成情况")
    c(9, 1).merge(c(9, 4))
    c(9, 5).merge(c(9, 8))
    _fill(
        c(9, 1),
        "完成县乡道养护420公里以上，处治路面病害3.2万平方米，改造危桥6座，优良路率不低于80%，"
        "群众满意度90%以上。",
    )
    _fill(
        c(9, 5),
        "完成县乡道养护436公里，处治路面病害3.35万平方米，改造危桥5座，优良路率83.5%，群众满意度92.3%。",
    )
    # rows 11-12: indicator header over two rows
    ind_top = 10
    c(ind_top, 0).merge(c(rows - 3, 0))
    _fill(c(ind_top, 0), "绩效指标")
    for col, label in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (8, "偏差原因分析及改进措施")):
        c(ind_top, col).merge(c(ind_top + 1, col))
        _fill(c(ind_top, col), label)
    c(ind_top, 4).merge(c(ind_top, 5))
    _fill(c(ind_top, 4), "指标完成情况")
    c(ind_top, 6).merge(c(ind_top, 7))
    _fill(c(ind_top, 6), "评分情况")
    for col, label in ((4, "年度指标值"), (5, "实际完成值"), (6, "分值"), (7, "得分")):
        _fill(c(ind_top + 1, col), label)
    indicators = [
        ("产出指标", "数量指标", "县乡道养护里程", "≥420公里", "436公里", "10", "10", ""),
        ("产出指标", "数量指标", "路面病害处治面积", "≥3.2万平方米", "3.35万平方米", "7", "7", ""),
        (
            "产出指标",
            "数量指标",
            "危桥改造座数",
            "6座",
            "5座",
            "8",
            "6.67",
            "1.1座危桥荷载检测后需变更设计，工期顺延；2.已列入2024年第一季度开工计划。",
        ),
        ("产出指标", "质量指标", "养护路段优良路率", "≥80%", "83.5%", "10", "10", ""),
        ("产出指标", "时效指标", "养护工程按期完成率", "100%", "100%", "8", "8", ""),
        ("产出指标", "成本指标", "每公里养护成本", "≤1.9万元/公里", "1.82万元/公里", "7", "7", ""),
        ("效益指标", "经济效益指标", "农村客运班线通达率", "100%", "100%", "10", "10", ""),
        (
            "效益指标",
            "社会效益指标",
            "交通事故发生率较上年下降",
            "≥5%",
            "3.2%",
            "10",
            "6.4",
            "（1）部分急弯陡坡路段缺少防护设施；（2）2024年结合安防工程增设护栏。",
        ),
        ("效益指标", "可持续影响指标", "养护长效机制建立情况", "健全", "健全", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.3%", "10", "10", ""),
    ]
    first = ind_top + 2
    for i, row in enumerate(indicators):
        for j, v in enumerate(row):
            _fill(c(first + i, 1 + j), v)
    # vertical merges of the 一级 and 二级 runs
    for col, a, b in ((1, 0, 5), (1, 6, 8), (2, 0, 2)):
        text = indicators[a][col - 1]
        merged = c(first + a, col).merge(c(first + b, col))
        _fill(merged, text)
    total = rows - 2
    c(total, 0).merge(c(total, 5))
    _fill(c(total, 0), "总分")
    _fill(c(total, 6), "100")
    _fill(c(total, 7), "94.88")
    c(rows - 1, 1).merge(c(rows - 1, 8))
    _fill(c(rows - 1, 0), "自评等级")
    _fill(c(rows - 1, 1), "优")
    d.add_paragraph("填报人：周海鸣　　联系电话：0000-6123457　　填报日期：2024年2月20日")
    _save_docx(d, "G01.docx", "2023年度农村公路养护工程项目支出绩效自评报告", "石岙县交通运输局")


# ---- B01: 区 部门整体 (2013 framework), 一级/二级/三级 columns with merged 二级, 评分标准, partial 小计 -------------

B_ROWS = [
    # 一级, 二级, 三级, 分值, 评分标准, 得分
    ("投入", "目标设定", "绩效目标合理性", "3", "目标符合部门职能和年度工作计划得3分，否则酌情扣分", "3"),
    (
        "投入",
        "目标设定",
        "绩效指标明确性",
        "2",
        "指标细化、量化、可衡量得2分，每有一项不可衡量扣0.5分",
        "1.5",
    ),
    ("投入", "预算配置", "在职人员控制率", "3", "控制率≤100%得3分，每超1个百分点扣0.5分", "3"),
    ("投入", "预算配置", "“三公经费”变动率", "2", "变动率≤0得2分，>0不得分", "2"),
    ("投入", "预算配置", "重点支出安排率", "2", "重点支出足额保障得2分", "2"),
    ("投入", "小计", "", "12", "", "11.5"),
    ("过程", "预算执行", "预算完成率", "4", "预算完成率×分值", "3.85"),
    ("过程", "预算执行", "预算调整率", "3", "调整率≤5%得3分，每超1个百分点扣0.5分", "2"),
    ("过程", "预算执行", "支付进度率", "3", "各季度支付进度达到序时要求得3分", "3"),
    ("过程", "预算执行", "结转结余率", "3", "结转结余率≤5%得3分", "3"),
    ("过程", "预算执行", "公用经费控制率", "3", "控制率≤100%得3分", "3"),
    ("过程", "预算执行", "政府采购执行率", "3", "执行率100%得3分", "3"),
    ("过程", "预算管理", "管理制度健全性", "3", "制度健全且有效执行得3分", "3"),
    ("过程", "预算管理", "资金使用合规性", "4", "无违规使用资金得4分", "4"),
    ("过程", "预算管理", "预决算信息公开性", "3", "按规定时限和内容公开得3分，超时限扣0.5分", "2.5"),
    ("过程", "预算管理", "基础信息完善性", "2", "基础数据真实完整得2分", "2"),
    ("过程", "资产管理", "管理制度健全性", "2", "资产管理制度健全得2分", "2"),
    ("过程", "资产管理", "资产管理安全性", "3", "资产账实相符、处置规范得3分", "3"),
    ("过程", "资产管理", "固定资产利用率", "2", "利用率≥95%得2分", "2"),
    ("过程", "小计", "", "38", "", "36.85"),
    ("产出", "职责履行", "实际完成率", "8", "完成率×分值", "8"),
    ("产出", "职责履行", "完成及时率", "6", "按时完成得满分，每项延期扣0.5分", "5.5"),
    ("产出", "职责履行", "质量达标率", "6", "达标率×分值", "6"),
    ("产出", "职责履行", "重点工作办结率", "5", "办结率×分值", "5"),
    ("效果", "履职效益", "经济效益", "5", "根据年度目标实现情况评分", "5"),
    ("效果", "履职效益", "社会效益", "8", "根据年度目标实现情况评分", "7.5"),
    ("效果", "履职效益", "生态效益", "4", "根据年度目标实现情况评分", "4"),
    ("效果", "履职效益", "可持续影响", "3", "长效机制健全得3分", "3"),
    ("效果", "履职效益", "社会公众或服务对象满意度", "5", "满意度×分值", "4.6"),
    ("合计", "", "", "100", "", "96.95"),
]


def build_b01() -> None:
    d = docx.Document()
    d.add_heading("泷湾市北屿区市场监督管理局2023年度部门整体支出绩效自评报告", level=0)
    d.add_paragraph(
        "根据《泷湾市北屿区财政局关于开展2023年度部门整体支出绩效自评的通知》要求，我局对照部门整体支出"
        "绩效评价共性指标体系，对2023年度部门整体支出情况开展了自评。"
    )
    d.add_heading("一、部门基本情况", level=1)
    d.add_paragraph(
        "我局内设机构9个，下设市场监管所7个。年末核定行政编制48人，实有在职人员45人，在职人员控制率93.75%。"
    )
    d.add_paragraph(
        "2023年全年预算2836.00万元，全年执行2729.65万元，预算完成率96.25%。“三公经费”支出11.16万元，"
        "上年为12.40万元，下降10.00%。"
    )
    d.add_heading("二、自评结论", level=1)
    d.add_paragraph(
        "按照共性指标体系逐项打分，我局2023年度部门整体支出绩效自评得分96.95分，等级为“优”。"
        "其中投入11.5分、过程36.85分、产出24.5分、效果24.1分。"
    )
    d.add_heading("三、指标分析", level=1)
    d.add_paragraph("1. 投入指标。绩效目标设置与部门职能相符，个别指标未量化，绩效指标明确性扣0.5分。")
    d.add_paragraph(
        "2. 过程指标。预算完成率96.25%，按比例得3.85分；年中调整预算幅度为7.00%，超过5%的标准2个百分点，"
        "预算调整率扣1分；部门预算公开比规定时限晚3天，扣0.5分。"
    )
    d.add_paragraph(
        "3. 产出指标。全年完成各类市场主体登记、抽查检查等重点工作，2项专项整治延期完成，完成及时率扣0.5分。"
    )
    d.add_paragraph(
        "4. 效果指标。全区食品安全抽检合格率98.6%，未发生重大食品安全事故。我县食品安全示范街区创建工作"
        "尚未通过市级验收，社会效益扣0.5分。委托第三方开展问卷调查，满意度92%，得4.6分。"
    )
    d.add_heading("四、主要成绩", level=1)
    d.add_paragraph(
        "（一）营商环境持续优化。企业开办全流程压缩至1个工作日以内，区经济技术开发区设立企业服务专窗。"
    )
    d.add_paragraph(
        "（二）监管效能稳步提升。在全市各县区市场监管综合考评中排名第二，“双随机、一公开”抽查覆盖率100%。"
    )
    d.add_heading("五、存在问题及改进措施", level=1)
    d.add_paragraph("（一）预算编制精准度不高，年中调整幅度偏大。下一步将细化项目测算，减少年中追加。")
    d.add_paragraph("（二）信息公开时效性不足。今后将建立公开事项清单，按时限公开预决算信息。")
    d.add_paragraph("附表：北屿区市场监督管理局2023年度部门整体支出绩效评价指标评分表")

    t = d.add_table(rows=1 + len(B_ROWS), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分")):
        _fill(t.cell(0, j), h)
    for i, (l1, l2, l3, mx, rule, sc) in enumerate(B_ROWS, start=1):
        if l1 == "合计" or l2 == "小计":
            _fill(t.cell(i, 0), l1 if l1 == "合计" else "小计")
            t.cell(i, 0).merge(t.cell(i, 2))
            _fill(t.cell(i, 0), l1 if l1 == "合计" else "小计")
        else:
            _fill(t.cell(i, 0), l1)
            _fill(t.cell(i, 1), l2)
            _fill(t.cell(i, 2), l3)
            _fill(t.cell(i, 4), rule)
        _fill(t.cell(i, 3), mx)
        _fill(t.cell(i, 5), sc)

    # vertical merges of 一级 (excluding 小计/合计 rows) and of 二级
    def runs(col: int) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        start = None
        for i, row in enumerate(B_ROWS, start=1):
            key = row[: col + 1] if row[1] != "小计" and row[0] != "合计" else None
            if start is not None and key != B_ROWS[start - 1][: col + 1]:
                out.append((start, i - 1, B_ROWS[start - 1][col]))
                start = None
            if start is None and key is not None:
                start = i
        if start is not None:
            out.append((start, len(B_ROWS), B_ROWS[start - 1][col]))
        return out

    for col in (0, 1):
        for a, b, text in runs(col):
            if b > a:
                merged = t.cell(a, col).merge(t.cell(b, col))
                _fill(merged, text)
    _save_docx(d, "B01.docx", "北屿区市场监督管理局2023年度部门整体支出绩效自评报告", "北屿区市场监督管理局")


# ---- X01: 四川-style 权重 form, two sheets, title merged across ------------------------------------------------------


def build_x01() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append(["岷源县2023年度项目支出绩效自评表"] + [None] * 7)
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.append(["填报单位：岷源县文化广播电视和旅游局" + "\u3000" * 8 + "金额单位：万元"] + [None] * 7)
    ws.merge_cells("A2:H2")
    ws.append(["项目名称", "2023年度公共文化服务体系建设补助资金", None, None, None, None, None, None])
    ws.merge_cells("B3:H3")
    ws.append(["主管部门", "岷源县文化广播电视和旅游局", None, None, "实施单位", "岷源县文化馆", None, None])
    ws.merge_cells("B4:D4")
    ws.merge_cells("F4:H4")
    ws.append(["项目资金", "资金来源", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分"])
    ws.append([None, "年度资金总额", 156.00, 168.00, 171.36, 10, "102.00%", 10])
    ws.append([None, "其中：当年财政拨款", 156.00, 156.00, 156.00, "—", "—", "—"])
    ws.append([None, "上年结转资金", 0, 12.00, 12.00, "—", "—", "—"])
    ws.append([None, "其他资金", 0, 0, 3.36, "—", "—", "—"])
    ws.merge_cells("A5:A9")
    ws.append(["年度总体目标", "预期目标", None, None, "实际完成情况", None, None, None])
    ws.merge_cells("B10:D10")
    ws.merge_cells("E10:H10")
    ws.append(
        [
            None,
            "开展送戏下乡120场以上，补充农家书屋图书1.5万册，提升村级文化活动室18个，群众满意度90%以上。",
            None,
            None,
            "送戏下乡128场，补充图书1.56万册，提升村级文化活动室16个，群众满意度94%。",
            None,
            None,
            None,
        ]
    )
    ws.merge_cells("B11:D11")
    ws.merge_cells("E11:H11")
    ws.merge_cells("A10:A11")
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "备注"])
    rows = [
        ("产出指标", "数量指标", "送戏下乡场次", "≥120场", "128场", 10, 10, ""),
        ("产出指标", "数量指标", "农家书屋补充图书", "≥1.5万册", "1.56万册", 10, 10, ""),
        (
            "产出指标",
            "数量指标",
            "村级文化活动室提升数",
            "≥18个",
            "16个",
            8,
            7.11,
            "2个村活动室选址调整，按16/18×8计分",
        ),
        ("产出指标", "质量指标", "文化设施验收合格率", "100%", "100%", 8, 8, ""),
        ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "97%", 7, 7, ""),
        ("产出指标", "成本指标", "每场演出补助标准", "≤3000元/场", "2800元/场", 7, 7, ""),
        ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥6万人次", "6.4万人次", 10, 10, ""),
        ("效益指标", "社会效益指标", "公共文化服务覆盖率", "≥95%", "96.5%", 10, 10, ""),
        (
            "效益指标",
            "可持续影响指标",
            "基层文化队伍培训人次",
            "≥300人次",
            "276人次",
            10,
            9.2,
            "2期培训因场地原因合并举办，完成92%",
        ),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", 10, 10, "抽样调查500人，满意470人"),
    ]
    for r in rows:
        ws.append(list(r))
    first = 13
    ws.merge_cells(f"A{first}:A{first + 5}")
    ws.merge_cells(f"B{first}:B{first + 2}")
    ws.merge_cells(f"A{first + 6}:A{first + 8}")
    ws.merge_cells(f"B{first + 6}:B{first + 7}")
    total = first + len(rows)
    ws.append(["合计", None, None, None, None, 100, 98.31, "预算执行率超过100%的按100%计分"])
    ws.merge_cells(f"A{total}:E{total}")
    ws.append(["自评等级", "优", None, None, None, None, None, None])
    ws.merge_cells(f"B{total + 1}:H{total + 1}")
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = center
    for cell in ws[12]:
        cell.font = bold
    for col, width in zip("ABCDEFGH", (12, 16, 22, 14, 14, 8, 8, 28), strict=True):
        ws.column_dimensions[col].width = width

    ev = wb.create_sheet("佐证材料清单")
    ev.append(["2023年度公共文化服务体系建设补助资金绩效自评佐证材料清单", None, None, None, None])
    ev.merge_cells("A1:E1")
    ev["A1"].font = Font(bold=True, size=13)
    ev.append(["序号", "材料类别", "材料名称", "份数", "页数"])
    items = [
        (1, "资金类", "预算批复及调整文件", 3, 12),
        (2, "资金类", "资金拨付凭证", 24, 48),
        (3, "产出类", "送戏下乡演出记录及照片", 128, 256),
        (4, "产出类", "农家书屋图书配送验收单", 36, 72),
        (5, "产出类", "村级文化活动室提升验收报告", 16, 64),
        (6, "效益类", "文化活动参与人次统计台账", 12, 30),
        (7, "效益类", "基层文化队伍培训签到表", 8, 26),
        (8, "满意度类", "群众满意度调查问卷汇总表", 1, 6),
    ]
    for it in items:
        ev.append(list(it))
    ev.append(["合计", None, None, sum(i[3] for i in items), sum(i[4] for i in items)])
    ev.merge_cells(f"A{len(items) + 3}:C{len(items) + 3}")
    for col, width in zip("ABCDE", (8, 12, 32, 8, 8), strict=True):
        ev.column_dimensions[col].width = width
    save_workbook(
        wb, OUT / "X01.xlsx", "岷源县2023年度项目支出绩效自评表", "岷源县文化广播电视和旅游局", WHEN
    )


# ---- P01: 县级市 项目 PDF, ruled 10号 table on page 1, narrative on page 2 ------------------------------------------


def build_p01() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=14, leading=20, alignment=1)
    small = ParagraphStyle("s", fontName="STSong-Light", fontSize=8, leading=10)
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17, firstLineIndent=21)
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=11, leading=18)

    def p(text: str) -> Paragraph:
        return Paragraph(text, small)

    data = [
        [p("项目名称"), p("2023年度城区生活垃圾收运处置项目"), "", "", "", "", "", ""],
        [p("主管部门"), p("沅港市城市管理局"), "", "", p("实施单位"), p("沅港市环境卫生管理所"), "", ""],
        [
            p("项目资金（万元）"),
            "",
            p("年初预算数"),
            p("全年预算数"),
            p("全年执行数"),
            p("分值"),
            p("执行率"),
            p("得分"),
        ],
        ["", p("年度资金总额"), "1200.00", "1250.00", "1187.50", "10", "95.00%", "10"],
        ["", p("其中：当年财政拨款"), "1200.00", "1200.00", "1150.00", "—", "—", "—"],
        ["", p("上年结转资金"), "0.00", "50.00", "37.50", "—", "—", "—"],
        ["", p("其他资金"), "0.00", "0.00", "0.00", "—", "—", "—"],
        [
            p("一级指标"),
            p("二级指标"),
            p("三级指标"),
            p("年度指标值"),
            p("实际完成值"),
            p("分值"),
            p("得分"),
            p("偏差原因"),
        ],
        [
            p("产出指标"),
            p("数量指标"),
            p("生活垃圾日均收运量"),
            p("≥260吨/日"),
            p("271吨/日"),
            "10",
            "10",
            "",
        ],
        ["", "", p("新增分类收集点"), p("≥80个"), p("72个"), "10", "9", p("8个点位选址未定")],
        ["", p("质量指标"), p("生活垃圾无害化处理率"), "100%", "100%", "10", "10", ""],
        ["", p("时效指标"), p("垃圾日产日清率"), "≥98%", "99.2%", "10", "10", ""],
        ["", p("成本指标"), p("吨垃圾收运成本"), p("≤145元/吨"), p("139元/吨"), "10", "10", ""],
        [p("效益指标"), p("社会效益指标"), p("城区道路机械化清扫率"), "≥75%", "78%", "10", "10", ""],
        ["", p("生态效益指标"), p("渗滤液达标排放率"), "100%", "100%", "10", "10", ""],
        ["", p("可持续影响指标"), p("生活垃圾分类覆盖率"), "≥60%", "54%", "10", "9", p("老旧小区推进较慢")],
        [p("满意度指标"), p("服务对象满意度指标"), p("城区居民满意度"), "≥85%", "88.6%", "10", "10", ""],
        [p("总分"), "", "", "", "", "100", "98", ""],
    ]
    table = Table(data, colWidths=[22 * mm, 26 * mm, 32 * mm, 22 * mm, 22 * mm, 14 * mm, 16 * mm, 24 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (1, 0), (7, 0)),
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (5, 1), (7, 1)),
                ("SPAN", (0, 2), (1, 2)),
                ("SPAN", (0, 3), (0, 6)),
                ("SPAN", (0, 8), (0, 12)),
                ("SPAN", (1, 8), (1, 9)),
                ("SPAN", (0, 13), (0, 15)),
                ("SPAN", (0, 17), (4, 17)),
            ]
        )
    )
    story = [
        Paragraph("2023年度城区生活垃圾收运处置项目支出绩效自评表", title),
        Paragraph("填报单位：沅港市城市管理局　　　　填报日期：2024年3月5日", small),
        Spacer(1, 4 * mm),
        table,
        PageBreak(),
        Paragraph("2023年度城区生活垃圾收运处置项目绩效自评情况说明", title),
        Paragraph("一、项目概况", head),
        Paragraph(
            "项目由市环境卫生管理所实施，覆盖城区6个街道，全年预算1250.00万元，其中当年财政拨款1200.00万元、"
            "上年结转资金50.00万元；全年执行1187.50万元，预算执行率95.00%。",
            body,
        ),
        Paragraph("二、自评结论", head),
        Paragraph(
            "项目自评总分98分，评价等级为“优”。预算执行率得10分，产出指标得49分，效益指标得29.5分，"
            "满意度指标得10分。",
            body,
        ),
        Paragraph("三、指标完成情况", head),
        Paragraph(
            "（一）产出指标。日均收运生活垃圾271吨，无害化处理率100%，日产日清率99.2%，吨垃圾收运成本139元。"
            "新增分类收集点计划80个，完成72个，按比例得9分。",
            body,
        ),
        Paragraph(
            "（二）效益指标。城区道路机械化清扫率78%，渗滤液全部达标排放；生活垃圾分类覆盖率54%，低于60%的目标，"
            "按比例得9分。在省住房城乡建设厅组织的城市环境卫生考核中，我市得分91.6分。",
            body,
        ),
        Paragraph("（四）满意度指标。抽样调查城区居民500户，满意443户，满意度88.6%，得10分。", body),
        Paragraph("四、存在问题和改进措施", head),
        Paragraph(
            "老旧小区分类设施改造进度偏慢，部分收集点选址难以落地。下一步将会同街道、社区提前确定点位，"
            "2024年6月底前补齐剩余8个收集点。",
            body,
        ),
    ]
    doc = SimpleDocTemplate(
        str(OUT / "P01.pdf"),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="城区生活垃圾收运处置项目绩效自评",
        author="沅港市城市管理局",
        invariant=1,
    )
    doc.build(story)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_g01()
    build_b01()
    build_x01()
    build_p01()


if __name__ == "__main__":
    main()
