"""Build the fresh16 office documents: two .docx reports, one .xlsx score sheet and one two-page .pdf report.

    python benchmarks/corpus/fresh16/make_fresh16.py

Every package is written with fixed timestamps (see ``office_packages.py``), so the same libraries give the same bytes.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_packages import fixed_archive, save_workbook  # noqa: E402

OUT = HERE / "documents"
WHEN = datetime(2025, 3, 18, 9, 30, 0)
WHEN_2024 = datetime(2024, 3, 12, 15, 0, 0)


# ---- helpers ------------------------------------------------------------------------------------------------------


def save_docx(document: Document, path: Path, when: datetime) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), when))


def add_table(document: Document, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = ()) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for r1, c1, r2, c2 in merges:
        text = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = text


# ---- D01: 项目 report with the 10号 table, a summary table and the same scores in prose ---------------------------


def build_d01() -> None:
    d = Document()
    d.add_paragraph("岱平县人力资源和社会保障局")
    d.add_heading("2024年度职业技能提升培训补贴项目绩效自评报告", level=0)
    d.add_paragraph(
        "按照岱平县财政局《关于做好2024年度县级预算项目绩效自评工作的通知》（岱财绩〔2025〕2号）要求，"
        "我局对2024年度职业技能提升培训补贴项目开展了绩效自评，现将有关情况报告如下。"
    )
    d.add_heading("一、项目概况", level=1)
    d.add_paragraph(
        "职业技能提升培训补贴项目是我县稳就业、促增收的一项常年性民生项目，由县职业技能鉴定指导中心具体实施，"
        "面向农村转移劳动力、失业人员和高校毕业生等群体开展电工、焊工、育婴员、中式烹调师等工种的补贴性培训，"
        "服务县域经济对技能人才的需求。"
    )
    d.add_paragraph(
        "项目年初预算480.00万元，其中本年财政拨款400.00万元、上年结转资金80.00万元；年中追加财政拨款40.00万元，"
        "全年预算数520.00万元。全年执行468.00万元，其中本年财政拨款400.00万元、上年结转资金68.00万元。"
    )
    d.add_heading("二、绩效目标完成情况", level=1)
    d.add_paragraph(
        "全年完成补贴性培训1315人次，其中农村转移劳动力612人次、失业人员318人次、高校毕业生385人次；"
        "开展培训的工种9个。脱贫人口、残疾人等重点群体参训611人次，占参训总人次的46.5%。"
    )
    d.add_heading("三、自评结论", level=1)
    conclusion = d.add_paragraph("经自评，该项目2024年度自评得分")
    # a reviewer's tracked change: 96 deleted, 97 inserted
    conclusion._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="审核人" w:date="2025-03-14T10:00:00Z">'
        "<w:r><w:delText>96</w:delText></w:r></w:del>"
    ))
    conclusion._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="审核人" w:date="2025-03-14T10:00:00Z">'
        "<w:r><w:t>97</w:t></w:r></w:ins>"
    ))
    conclusion.add_run(
        "分，等级为“优”。其中预算执行率得10分，产出指标得49分，效益指标得28分，"
        "满意度指标得10分。各一级指标得分见下表。"
    )
    add_table(
        d,
        [
            ["一级指标", "分值", "得分", "得分率"],
            ["预算执行率", "10", "10", "100.00%"],
            ["产出指标", "50", "49", "98.00%"],
            ["效益指标", "30", "28", "93.33%"],
            ["满意度指标", "10", "10", "100.00%"],
            ["合计", "100", "97", "97.00%"],
        ],
    )
    d.add_heading("四、绩效指标分析", level=1)
    d.add_paragraph(
        "（一）预算执行。全年预算数520.00万元，全年执行数468.00万元，预算执行率90.00%，该项得10分。"
        "结转资金未全部支出，主要是第四季度部分培训班次的补贴尚未完成审核。"
    )
    d.add_paragraph(
        "（二）产出指标。补贴培训人次年度指标值为“≥1200人次”，实际完成1315人次，得10分；开展培训工种9个，"
        "超过8个的目标，得5分；培训合格率93.6%，未达到95%的年度目标，分值10分，扣1.5分，得8.5分；"
        "取证人员就业率64.2%，得5分；补贴资金在培训结业后平均26天拨付到位，达到“≤30天”的要求，得10分；"
        "人均培训补贴1650元，低于1800元的控制标准，得10分。"
    )
    d.add_paragraph(
        "（三）效益指标。培训对带动就业创业的作用评价为“好”，得10分；重点群体参训占比46.5%，得10分；"
        "培训机构管理长效机制基本达到预期，个别机构培训台账不全，扣2分，得8分。"
    )
    d.add_paragraph("（四）满意度指标。发放学员问卷420份，收回有效问卷406份，学员满意度95.3%，得10分。")
    d.add_heading("五、存在的问题及改进措施", level=1)
    d.add_paragraph(
        "一是部分工种培训合格率偏低，二是培训机构日常管理仍需加强。2025年，我局将建立培训质量通报制度，"
        "对合格率连续两期低于90%的机构暂停承接补贴性培训。"
    )
    d.add_paragraph("附件：2024年度职业技能提升培训补贴项目绩效自评表")
    d.add_paragraph("岱平县人力资源和社会保障局　　2025年3月18日")

    d.add_paragraph("2024年度项目支出绩效自评表")
    goal_plan = "全年完成补贴性培训1200人次以上，培训合格率达到95%以上，补贴资金30天内拨付到位，学员满意度90%以上。"
    goal_done = "完成补贴性培训1315人次，培训合格率93.6%，补贴资金平均26天拨付到位，学员满意度95.3%。"
    name = "2024年度职业技能提升培训补贴项目"
    rows = [
        ["项目名称", name, name, name, name, name, name, name, name],
        ["主管部门", "岱平县人力资源和社会保障局", "", "", "", "实施单位", "岱平县职业技能鉴定指导中心", "", ""],
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "", "480.00", "520.00", "468.00", "10", "90.00%", "10"],
        ["项目资金（万元）", "其中：本年财政拨款", "", "400.00", "440.00", "400.00", "—", "—", "—"],
        ["项目资金（万元）", "上年结转资金", "", "80.00", "80.00", "68.00", "—", "—", "—"],
        ["项目资金（万元）", "其他资金", "", "0.00", "0.00", "0.00", "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        ["年度总体目标", goal_plan, "", "", "", goal_done, "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["绩效指标", "产出指标", "数量指标", "补贴培训人次", "≥1200人次", "1315人次", "10", "10", ""],
        ["绩效指标", "产出指标", "数量指标", "开展培训工种数", "≥8个", "9个", "5", "5", ""],
        ["绩效指标", "产出指标", "质量指标", "培训合格率", "≥95%", "93.6%", "10", "9", "部分工种实操考核通过率低，加强实训"],
        ["绩效指标", "产出指标", "质量指标", "取证人员就业率", "≥60%", "64.2%", "5", "5", ""],
        ["绩效指标", "产出指标", "时效指标", "补贴资金拨付时限", "≤30天", "26天", "10", "10", ""],
        ["绩效指标", "产出指标", "成本指标", "人均培训补贴标准", "≤1800元/人", "1650元/人", "10", "10", ""],
        ["绩效指标", "效益指标", "社会效益指标", "带动就业创业情况", "好", "好", "10", "10", ""],
        ["绩效指标", "效益指标", "社会效益指标", "重点群体参训占比", "≥40%", "46.5%", "10", "10", ""],
        ["绩效指标", "效益指标", "可持续影响指标", "培训机构管理长效机制", "达到预期", "基本达到预期", "10", "8", "个别机构台账不全，已责令整改"],
        ["绩效指标", "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95.3%", "10", "满分", ""],
        ["合计", "", "", "", "", "", "100", "97", ""],
        ["自评等级", "优", "", "", "", "", "", "", ""],
    ]
    add_table(
        d,
        rows,
        merges=[
            (0, 1, 0, 8), (1, 1, 1, 4), (1, 6, 1, 8), (2, 0, 6, 0), (2, 1, 2, 2),
            (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 2), (6, 1, 6, 2),
            (7, 0, 8, 0), (7, 1, 7, 4), (7, 5, 7, 8), (8, 1, 8, 4), (8, 5, 8, 8),
            (9, 0, 19, 0), (20, 0, 20, 5), (21, 1, 21, 8),
        ],
    )
    save_docx(d, OUT / "D01.docx", WHEN)


# ---- D02: 部门整体 report, six dimensions, auto-numbered heading styles ---------------------------------------------


NUMBERING = (
    '<w:abstractNum {ns} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
)


def auto_number_headings(d: Document) -> None:
    numbering = d.part.numbering_part.element
    abstract = parse_xml(NUMBERING.format(ns=nsdecls("w")))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level, style_name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        ppr = d.styles[style_name].element.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'
        ))


def build_d02() -> None:
    d = Document()
    auto_number_headings(d)
    d.add_paragraph("溱阳市北湾区市场监督管理局")
    d.add_heading("2023年度部门整体支出绩效自评报告", level=0)
    d.add_heading("部门概况", level=1)
    d.add_heading("主要职能", level=2)
    d.add_paragraph(
        "区市场监督管理局负责全区市场主体登记、食品药品安全监管、特种设备安全监察、产品质量监督、"
        "价格和反不正当竞争执法、消费者权益保护等工作，下设机关股室11个、基层市场监管所7个。"
    )
    d.add_heading("人员和资金情况", level=2)
    d.add_paragraph("2023年末核定编制86人，实有在职人员81人，在职人员控制率94.19%。")
    d.add_paragraph(
        "全年预算3560.00万元，其中年初预算3420.00万元、年中追加140.00万元；全年支出3412.00万元，"
        "其中基本支出2268.40万元、项目支出1143.60万元，预算执行率95.84%。“三公”经费支出12.36万元，"
        "较上年14.20万元下降12.96%。"
    )
    d.add_heading("自评工作开展情况", level=1)
    d.add_paragraph(
        "依据区财政局印发的部门整体支出绩效评价指标体系，我局从运行成本、管理效率、履职效能、社会效应、"
        "可持续发展能力和满意度六个维度开展自评，由局计划财务股牵头，各股室、所提供佐证资料。"
    )
    d.add_heading("自评结论", level=1)
    d.add_paragraph(
        "经自评，我局2023年度部门整体支出绩效自评得分98.35分，等级为“优”。其中运行成本得8分，"
        "管理效率得21.75分，履职效能得29.6分，社会效应得29.5分，可持续发展能力得5.5分，满意度得4分。"
    )
    d.add_heading("各维度指标分析", level=1)
    d.add_heading("运行成本", level=2)
    d.add_paragraph("在职人员、公用经费、“三公”经费和会议费、培训费均控制在预算以内，各项得满分，合计8分。")
    d.add_heading("管理效率", level=2)
    d.add_heading("预算执行", level=3)
    d.add_paragraph(
        "预算执行率95.84%，按预算执行率乘以分值计分，得5.75分；预算调整率4.09%，低于5%，得2分；"
        "结转结余和政府采购均按规定执行，各得2分。"
    )
    d.add_heading("管理规范", level=3)
    d.add_paragraph(
        "预决算信息按规定公开，得3分；内部控制制度中缺少合同管理制度1项，扣0.5分，得2.5分；"
        "资产管理和绩效管理工作规范，各得2分。"
    )
    d.add_heading("履职效能", level=2)
    d.add_paragraph(
        "年度重点工作全部完成，得10分；市场主体登记办结时限达标，得6分；全年完成食品安全监督抽检1260批次，"
        "为抽检任务1200批次的105.00%，得8分；案件结案率98%，低于100%的目标2个百分点，扣0.4分，得5.6分。"
    )
    d.add_heading("社会效应", level=2)
    d.add_paragraph(
        "辖区营商环境持续改善，得10分；食品安全抽检合格率98.6%，得10分；消费投诉按时办结率99.2%，"
        "个别投诉超时办结，扣0.5分，得9.5分。区域性食品安全风险和园区企业产品质量问题得到有效防控。"
    )
    d.add_heading("可持续发展能力和满意度", level=2)
    d.add_paragraph(
        "全年组织业务培训6次，得3分；智慧监管平台二期尚未上线，扣0.5分，得2.5分。发放服务对象问卷600份，"
        "收回有效问卷582份，表示满意的551份，满意度94.67%，得4分。"
    )
    # the author switched the automatic number off on this heading and typed it by hand: the next heading is
    # numbered 五、 by Word as well
    manual = d.add_heading("五、主要成绩", level=1)
    manual._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    ))
    d.add_paragraph(
        "我县“个体工商户一件事”集成办理改革在全市推广，全区新登记市场主体4326户，同比增长8.7%；"
        "特种设备安全形势总体平稳，全年未发生较大以上事故。"
    )
    d.add_heading("存在的问题及下一步措施", level=1)
    d.add_paragraph("（1）内部控制制度还需补齐，年内制定合同管理办法。")
    d.add_paragraph("（2）智慧监管平台建设进度偏慢，力争2024年6月前上线二期。")
    d.add_paragraph("附件：2023年度部门整体支出绩效自评表")

    d.add_paragraph("2023年度部门整体支出绩效自评表")
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
        ["运行成本（8分）", "成本控制", "在职人员控制率", "2", "≤100%得满分，每超过1个百分点扣0.5分", "2"],
        ["运行成本（8分）", "成本控制", "公用经费控制率", "2", "≤100%得2分，超出不得分", "2"],
        ["运行成本（8分）", "成本控制", "“三公”经费变动率", "2", "≤0得满分，每增长1%扣0.2分", "2"],
        ["运行成本（8分）", "成本控制", "会议费、培训费控制率", "2", "≤100%得满分，每超1%扣0.5分", "2"],
        ["小计", "", "", "8", "", "8"],
        ["管理效率（22分）", "预算执行", "预算执行率", "6", "预算执行率×6分", "5.75"],
        ["管理效率（22分）", "预算执行", "预算调整率", "2", "≤5%得满分，每增加1个百分点扣0.5分", "2"],
        ["管理效率（22分）", "预算执行", "结转结余率", "2", "≤10%得满分，超出的每1个百分点扣0.2分", "2"],
        ["管理效率（22分）", "预算执行", "政府采购执行率", "2", "100%得满分，每低1个百分点扣0.1分", "2"],
        ["管理效率（22分）", "预算管理", "预决算信息公开性", "3", "按规定公开得3分，每少1项扣0.5分", "3"],
        ["管理效率（22分）", "预算管理", "内部控制制度建设", "3", "制度健全得满分，每缺1项制度扣0.5分", "2.5"],
        ["管理效率（22分）", "资产管理", "资产管理规范性", "2", "账实不符每发现1处扣0.5分", "2"],
        ["管理效率（22分）", "绩效管理", "绩效管理工作", "2", "未按时报送自评材料扣1分", "2"],
        ["小计", "", "", "22", "", "21.75"],
        ["履职效能（30分）", "重点工作", "重点工作完成率", "10", "每少完成1项扣1分", "10"],
        ["履职效能（30分）", "办结时效", "登记办结时限达标率", "6", "100%得满分，每低1个百分点扣0.3分", "6"],
        ["履职效能（30分）", "工作数量", "食品安全抽检任务完成率", "8", "≥100%得满分，未完成按比例计分", "8"],
        ["履职效能（30分）", "工作质量", "案件查办结案率", "6", "每低1个百分点扣0.2分", "5.6"],
        ["小计", "", "", "30", "", "29.6"],
        ["社会效应（30分）", "经济效益", "营商环境改善情况", "10", "明显改善10分，有所改善6分", "10"],
        ["社会效应（30分）", "社会效益", "食品安全抽检合格率", "10", "≥98%得满分，每低1个百分点扣1分", "10"],
        ["社会效应（30分）", "社会效益", "消费投诉按时办结率", "10", "每超时办结1件扣0.5分", "9.5（扣0.5分）"],
        ["小计", "", "", "30", "", "29.5"],
        ["可持续发展能力（6分）", "队伍建设", "业务培训开展情况", "3", "全年不少于6次，每少1次扣0.5分", "3"],
        ["可持续发展能力（6分）", "信息化建设", "信息化平台建设进度", "3", "按计划完成得满分，每滞后1项扣0.5分", "2.5"],
        ["小计", "", "", "6", "", "5.5"],
        ["满意度（4分）", "服务对象满意度", "服务对象满意度", "4", "≥90%得满分，每低1个百分点扣0.2分", "4"],
        ["小计", "", "", "4", "", "4"],
        ["合计", "", "", "100", "", "98.35"],
    ]
    add_table(d, rows)
    save_docx(d, OUT / "D02.docx", WHEN_2024)


# ---- X03: 自评表 with numbers stored as text, a hidden helper column, merged title rows and a 备注 column ---------


def build_x03() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    bold = Font(bold=True, size=14)
    ws["A1"] = "2023年度项目支出绩效自评表"
    ws["A1"].font = bold
    ws.merge_cells("A1:J1")
    ws["A2"] = "（农村公路养护工程）"
    ws.merge_cells("A2:J2")
    ws["A3"] = "填报单位（盖章）：鹭汀县交通运输局"
    ws.merge_cells("A3:F3")
    ws["G3"] = "金额单位：万元"
    ws.merge_cells("G3:J3")
    for cell in ("A1", "A2"):
        ws[cell].alignment = Alignment(horizontal="center")

    ws.append(["项目名称", "农村公路养护工程"])
    ws.merge_cells("B4:J4")
    ws.append(["主管部门", "鹭汀县交通运输局", "", "", "", "实施单位", "鹭汀县公路养护中心"])
    ws.merge_cells("B5:E5")
    ws.merge_cells("G5:J5")
    ws.append(["项目资金", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"])
    ws.append(["项目资金", "年度资金总额", "", "860.00", "905.00", "887.00", "10", "98.01%", "9.8", "执行率×10"])
    ws.append(["项目资金", "其中：财政拨款", "", "720.00", "765.00", "765.00", "—", "—", "—", ""])
    ws.append(["项目资金", "上年结转资金", "", "140.00", "140.00", "122.00", "—", "—", "—", "结转18.00万元为质保金"])
    ws.append(["项目资金", "其他资金", "", "0.00", "0.00", "0.00", "—", "—", "—", ""])
    ws.merge_cells("A6:A10")
    for r in range(6, 11):
        ws.merge_cells(f"B{r}:C{r}")
    ws.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况"])
    ws.append([
        "年度总体目标",
        "完成农村公路日常养护620公里以上，改造危桥6座，优良中等路率不低于80%，沿线群众满意度90%以上。",
        "", "", "",
        "完成日常养护646.8公里，改造危桥5座，优良中等路率84.6%，沿线群众满意度92.4%。",
    ])
    ws.merge_cells("A11:A12")
    for r in (11, 12):
        ws.merge_cells(f"B{r}:E{r}")
        ws.merge_cells(f"F{r}:J{r}")
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施", "备注", "", "完成比例"])
    indicators = [
        ("产出指标", "数量指标", "日常养护里程", "≥620公里", "646.8公里", "10", "10", "", "", "1.0432"),
        ("产出指标", "数量指标", "危桥改造座数", "≥6座", "5座", "10", "8.33", "1座因汛期顺延至2024年4月完工",
         "5/6×10=8.33", "0.8333"),
        ("产出指标", "质量指标", "优良中等路率", "≥80%", "84.6%", "10", "10", "", "2023年11月第三方检测", "1.0575"),
        ("产出指标", "时效指标", "养护工程按期完工率", "≥95%", "97.2%", "10", "10", "", "36项中35项按期", "1.0232"),
        ("产出指标", "成本指标", "每公里年养护成本", "≤1.4万元", "1.37万元", "10", "10", "", "", "1.0219"),
        ("效益指标", "社会效益指标", "路域环境改善情况", "明显改善", "明显改善", "10", "10", "", "", "1"),
        ("效益指标", "社会效益指标", "群众出行条件", "有效改善", "有效改善", "10", "10", "", "", "1"),
        ("效益指标", "可持续影响指标", "管养长效机制", "健全", "基本健全", "10", "9",
         "2个乡镇养护队伍未落实专职人员", "扣1分", "0.9"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.4%", "10", "10", "",
         "抽样调查500户，满意462户", "1.0267"),
    ]
    for row in indicators:
        ws.append(["绩效指标", *row[:9], "", row[9]])
    ws.append(["总分", "", "", "", "", "", "100", "97.13", "", "", "", ""])
    ws.append(["自评等级", "优"])
    ws.merge_cells("A13:A22")
    ws.merge_cells("A23:F23")
    ws.merge_cells("B24:J24")
    ws["H15"] = 5 / 6 * 10  # pasted as a value from a formula: 8.333… shown as 8.33
    ws["H15"].number_format = "0.00"
    ws["H7"] = 0.9801  # the one rate typed as a number and shown as a percentage
    ws["H7"].number_format = "0.00%"
    ws.column_dimensions["L"].hidden = True
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["D"].width = 20
    save_workbook(wb, OUT / "X03.xlsx", "2023年度项目支出绩效自评表", "鹭汀县交通运输局", WHEN_2024)


# ---- P01: 部门整体 (2013 framework) PDF from text lines, two pages, header and footer on each page ---------------


PAGE1 = [
    "一、部门基本情况",
    "茗溪县退役军人事务局是县政府工作部门，负责全县退役军人思想政治、就业创业、优抚褒扬、",
    "服务保障和军休安置等工作，内设股室5个，下属县退役军人服务中心1个。",
    "2023年末，全局编制45人，实有在职人员41人，在职人员控制率93.33%。",
    "全年预算1920.00万元，全年支出1867.20万元，其中基本支出642.50万元、项目支出1224.70万元，",
    "预算完成率97.25%。“三公”经费支出6.48万元，上年为7.20万元，变动率为-10.00%。",
    "二、自评工作开展情况",
    "按照县财政局统一部署，我局对照财预〔2013〕53号部门整体支出绩效评价共性指标体系框架，",
    "从投入、过程、产出、效果四个方面开展自评，各股室对照指标逐项提供佐证资料。",
    "三、自评结论",
    "经自评，我局2023年度部门整体支出绩效自评得分99.36分，等级为“优”。其中投入指标得15分，",
    "过程指标得34.86分，产出指标得30分，效果指标得19.5分。",
    "四、指标完成情况",
    "（一）投入指标。绩效目标与部门职责相符，在职人员未超编，“三公”经费较上年下降，各项均得满分。",
    "（二）过程指标。预算完成率97.25%，按完成率乘以分值计分，得4.86分；其余各项均得满分。",
    "（三）产出指标。全年为退役军人提供就业岗位推荐1460个，组织适应性培训12期，优抚金按月足额",
    "发放。个别就业帮扶活动延后举办，完成及时率扣0.5分。",
    "（四）效果指标。县域退役军人就业率达到92%以上，社会效益扣0.5分；满意度调查发放问卷300份，",
    "收回288份，表示满意的279份，满意度96.88%。各项指标得分见下表。",
]

TABLE_HEAD = "一级指标    二级指标    三级指标                  分值    得分    说明"
TABLE_ROWS = [
    "投入        目标设定    绩效目标合理性               3       3",
    "            目标设定    绩效指标明确性               2       2",
    "            预算配置    在职人员控制率               3       3       未超编",
    "            预算配置    “三公经费”变动率             3       3       下降10.00%",
    "            预算配置    重点支出安排率               4       4",
    "小计                                                15      15",
    "过程        预算执行    预算完成率                   5       4.86    97.25%×5",
    "            预算执行    预算调整率                   3       3",
    "            预算执行    支付进度率                   3       3",
    "            预算执行    结转结余率                   3       3",
    "            预算执行    公用经费控制率               3       3",
    "            预算执行    “三公经费”控制率             3       3",
    "            预算执行    政府采购执行率               3       3",
    "            预算管理    管理制度健全性               4       4",
    "            预算管理    资金使用合规性               4       4",
    "            预算管理    预决算信息公开性             4       4",
    "小计                                                35      34.86",
    "产出        职责履行    实际完成率                   8       8",
    "            职责履行    完成及时率                   7       6.5     1次活动延后",
    "            职责履行    质量达标率                   7       7.5",
    "            职责履行    重点工作办结率               8       8",
    "小计                                                30      30",
    "效果        履职效益    经济效益                     4       4",
    "            履职效益    社会效益                     6       5.5     就业率仍有提升空间",
    "            履职效益    可持续影响                   4       4",
    "            履职效益    服务对象满意度               6       6       满意度96.88%",
    "小计                                                20      19.5",
    "合计                                                100     99.36",
]
PAGE2_TAIL = [
    "五、存在的问题",
    "一是就业帮扶活动的计划性不够强；二是全省退役军人服务保障体系考核中我局信息化得分偏低。",
    "六、改进措施",
    "一是提前制定全年就业帮扶活动计划；二是推进服务中心信息系统与省级平台对接。",
    "茗溪县退役军人事务局",
    "2024年3月12日",
]


def build_p01() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("茗溪县退役军人事务局2023年度部门整体支出绩效自评报告")
    width, height = A4

    def frame(page: int) -> None:
        c.setFont("STSong-Light", 8)
        c.drawString(56, height - 36, "茗溪县退役军人事务局2023年度部门整体支出绩效自评报告")
        c.drawCentredString(width / 2, 30, f"第{page}页 共2页")

    # page 1
    frame(1)
    y = height - 70
    c.setFont("STSong-Light", 15)
    c.drawCentredString(width / 2, y, "茗溪县退役军人事务局2023年度部门整体支出绩效自评报告")
    y -= 30
    c.setFont("STSong-Light", 10.5)
    for line in PAGE1:
        c.drawString(56, y, line)
        y -= 20
    c.showPage()

    # page 2
    frame(2)
    y = height - 70
    c.setFont("STSong-Light", 10.5)
    c.drawString(56, y, "附表：茗溪县退役军人事务局2023年度部门整体支出绩效自评表")
    y -= 22
    c.setFont("STSong-Light", 9)
    for line in [TABLE_HEAD, *TABLE_ROWS]:
        c.drawString(56, y, line)
        y -= 16
    y -= 10
    c.setFont("STSong-Light", 10.5)
    for line in PAGE2_TAIL:
        c.drawString(56, y, line)
        y -= 20
    c.showPage()
    c.save()
    (OUT / "P01.pdf").write_bytes(buffer.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_d01()
    build_d02()
    build_x03()
    build_p01()


if __name__ == "__main__":
    main()
