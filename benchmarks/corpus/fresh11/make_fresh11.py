"""Builds the three office documents of the fresh11 set (a .docx project report, an .xlsx self-evaluation sheet and a
.pdf department-wide report) with fixed timestamps, so the same libraries give the same bytes."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from openpyxl import Workbook
from openpyxl.styles import Alignment
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
sys.path.insert(0, str(HERE.parent))

from office_packages import fixed_archive, save_workbook  # noqa: E402

WHEN = datetime(2024, 3, 18, 9, 30, 0)

# ---------------------------------------------------------------------------------------------------------------- docx

_ABSTRACT = """
<w:abstractNum {ns} w:abstractNumId="{aid}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt0}"/><w:lvlText w:val="{txt0}"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>
"""


def _numbering(document: docx.document.Document) -> dict[str, int]:
    """Two list definitions: （一）/1. headings and a plain 1. list; one w:num per section, restarted."""
    numbering = document.part.numbering_part.element
    ns = nsdecls("w")
    first_num = numbering.find(qn("w:num"))
    for aid, fmt0, txt0 in ((90, "chineseCounting", "（%1）"), (91, "decimal", "%1.")):
        node = parse_xml(_ABSTRACT.format(ns=ns, aid=aid, fmt0=fmt0, txt0=txt0))
        if first_num is not None:
            first_num.addprevious(node)
        else:
            numbering.append(node)
    ids: dict[str, int] = {}
    for num_id, (name, aid) in enumerate(
        (("s1", 90), ("s2", 90), ("s4", 90), ("p5", 91), ("p6", 91)), start=70
    ):
        numbering.append(
            parse_xml(
                f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        ids[name] = num_id
    return ids


def _numbered(document: docx.document.Document, text: str, num_id: int, level: int) -> None:
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


INDICATORS_DOCX = [
    (
        "产出指标",
        "数量指标",
        "送戏下乡演出场次",
        "≥120场",
        "126场",
        "8",
        "8",
        "全年计划送戏下乡120场，实际完成126场，较目标多6场，超额完成5.00%，主要是区文化馆在春节、“三月三”期间"
        "加密了演出排期；下一步将按照“点单式”服务方式，把场次更多安排到偏远村组。",
    ),
    ("产出指标", "数量指标", "公共文化场馆免费开放天数", "≥300天", "312天", "8", "8", ""),
    (
        "产出指标",
        "数量指标",
        "村级综合文化服务中心提档升级数量",
        "18个",
        "15个",
        "8",
        "6.67",
        "计划提档升级18个，实际完成15个，完成率83.33%，其余3个因所在村集体用地手续未办结顺延至2024年上半年，"
        "按完成比例计得6.67分、扣1.33分；改进措施：提前会同自然资源部门核实点位用地，2024年6月底前全部完工。",
    ),
    ("产出指标", "质量指标", "文化活动群众参与人次", "≥8万人次", "8.65万人次", "8", "8", ""),
    ("产出指标", "质量指标", "提档升级项目验收合格率", "100%", "100%", "6", "6", ""),
    (
        "产出指标",
        "时效指标",
        "补助资金拨付及时率",
        "100%",
        "90%",
        "6",
        "5.5",
        "全年应拨付补助资金20批次，按时拨付18批次，拨付及时率为92.00%，较目标值低10个百分点，按每低1个百分点"
        "扣0.05分扣0.5分；原因是第四季度2批次资金等待乡镇报送验收资料，今后将实行资料预审、限时拨付。",
    ),
    ("产出指标", "成本指标", "每场送戏下乡补助标准", "≤0.6万元/场", "0.58万元/场", "6", "6", ""),
]
INDICATORS_DOCX_2 = [
    ("效益指标", "社会效益指标", "居民年均参加文化活动次数", "≥4次", "4.3次", "10", "10", ""),
    (
        "效益指标",
        "社会效益指标",
        "乡镇综合文化站评估定级达标率",
        "≥85%",
        "78.57%",
        "10",
        "9.24",
        "全区14个乡镇综合文化站参加评估，达到三级以上站标准的11个，达标率78.57%，低于目标6.43个百分点，"
        "按实际值与目标值之比计得9.24分；其余3个站主要是专职人员不足2人，2024年将通过公开招聘补齐。",
    ),
    ("效益指标", "可持续影响指标", "业余文艺团队数量", "≥60支", "64支", "10", "10", ""),
]


def build_docx() -> dict[str, int]:
    document = docx.Document()
    ids = _numbering(document)
    paras: dict[str, int] = {}
    count = 0

    def add(text: str, style: str | None = None, num: tuple[str, int] | None = None, mark: str = "") -> None:
        nonlocal count
        if num is not None:
            _numbered(document, text, ids[num[0]], num[1])
        elif style == "Title":
            document.add_paragraph(text, style="Title")
        elif style == "H1":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
        count += 1
        if mark:
            paras[mark] = count

    add("岷川市枫桥区2023年度公共文化服务体系建设补助资金")
    add("支出绩效自评报告", "Title")
    add("一、项目基本情况", "H1")
    add("项目概况", num=("s1", 0))
    add(
        "公共文化服务体系建设补助资金主要用于村级综合文化服务中心提档升级、送戏下乡、公共文化场馆免费开放运行"
        "和群众文化活动组织。项目由区文化广电体育和旅游局统筹实施，区文化馆、区图书馆和各乡镇综合文化站具体承担。"
    )
    add("资金安排情况", num=("s1", 0))
    add(
        "2023年年初预算420.00万元，其中区级财政拨款400.00万元、上年结转资金20.00万元；年中追加区级财政拨款"
        "40.00万元、调增上年结转资金5.00万元，全年预算数465.00万元。全年执行470.58万元，其中本年财政拨款445.58万元、"
        "上年结转资金25.00万元，执行率101.20%，超出部分为核销以前年度暂付的场馆维修款。",
        mark="money",
    )
    add("二、绩效目标及完成情况", "H1")
    add("绩效目标", num=("s2", 0))
    add(
        "年度总体目标为：完成送戏下乡不少于120场，提档升级村级综合文化服务中心18个，公共文化场馆全年免费开放不少于"
        "300天，群众满意度不低于90%。"
    )
    add("指标完成情况", num=("s2", 0))
    add("产出指标", num=("s2", 1))
    add(
        "产出指标分值50分，得48.17分。全年组织送戏下乡演出126场，公共文化场馆免费开放312天，群众参与文化活动"
        "8.65万人次；村级综合文化服务中心提档升级完成15个，完成率83.33%，扣1.33分；补助资金拨付及时率90%，扣0.5分。",
        mark="output",
    )
    add("效益指标", num=("s2", 1))
    add(
        "效益指标分值30分，得29.74分。居民年均参加文化活动4.3次；全区14个乡镇综合文化站中11个达到三级以上站标准，"
        "达标率78.57%，得9.24分；业余文艺团队发展到64支。",
        mark="benefit",
    )
    add("满意度指标", num=("s2", 1))
    add(
        "通过入户走访和线上问卷相结合的方式开展满意度调查，发放问卷520份，回收有效问卷500份，其中表示满意的468份，"
        "满意度93.60%，得10分。",
        mark="survey",
    )
    add("三、自评结论", "H1")
    add(
        "经自评，本项目2023年度得分97.91分，评价等级为“优”。其中预算执行率得10分，产出指标得48.17分，效益指标得"
        "29.74分，满意度指标得10分。",
        mark="conclusion",
    )
    add("四、主要成效", "H1")
    add("基层文化阵地更加完善。", num=("s4", 0))
    add(
        "全年新增提档升级村级综合文化服务中心15个，配齐音响、投影和图书借阅设备。截至年末，我县村级综合文化服务中心"
        "覆盖率达到100%，基层群众就近参加文化活动更加便利。",
        mark="selfref",
    )
    add("文化惠民活动更加丰富。", num=("s4", 0))
    add(
        "全年群众参与文化活动8.65万人次，较上年7.80万人次增长10.90%；“村晚”、广场舞展演等品牌活动覆盖全部乡镇。",
        mark="growth",
    )
    add("群众满意度持续提升。", num=("s4", 0))
    add("群众对公共文化服务的满意度达到93.60%，在全市各县区公共文化服务考评中位列第三。", mark="rank")
    add("五、存在的问题", "H1")
    add("项目进度不均衡。受用地手续影响，3个村级综合文化服务中心未能按期完工。", num=("p5", 0), mark="prob1")
    add("资金拨付存在滞后。第四季度有2批次资金超过规定时限拨付。", num=("p5", 0))
    add("基层文化队伍力量薄弱。部分乡镇综合文化站专职人员不足，活动组织依赖兼职人员。", num=("p5", 0))
    add("六、改进措施", "H1")
    add("提前谋划项目点位，会同自然资源部门办结用地手续，确保结转任务于2024年6月底前完成。", num=("p6", 0))
    add("建立资金拨付台账，实行验收资料预审，按季度通报拨付进度。", num=("p6", 0))
    add("通过公开招聘和政府购买服务补齐乡镇综合文化站人员。", num=("p6", 0))
    add("附件：岷川市枫桥区2023年度公共文化服务体系建设补助资金绩效自评表")

    table = document.add_table(rows=0, cols=9)
    table.style = "Table Grid"

    def row(*cells: str) -> int:
        r = table.add_row()
        for i, c in enumerate(cells):
            r.cells[i].text = c
        return len(table.rows)

    rows: dict[str, int] = {}
    row("项目名称", *["2023年度公共文化服务体系建设补助资金"] * 8)
    row(
        "主管部门",
        *["岷川市枫桥区文化广电体育和旅游局"] * 4,
        "实施单位",
        *["区文化馆、区图书馆、各乡镇综合文化站"] * 3,
    )
    row("项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    rows["fund"] = row(
        "项目资金（万元）",
        "年度资金总额",
        "年度资金总额",
        "420.00",
        "465.00",
        "470.58",
        "10",
        "101.20%",
        "10",
    )
    row(
        "项目资金（万元）",
        "其中：本年财政拨款",
        "其中：本年财政拨款",
        "400.00",
        "440.00",
        "445.58",
        "—",
        "—",
        "—",
    )
    row("项目资金（万元）", "上年结转资金", "上年结转资金", "20.00", "25.00", "25.00", "—", "—", "—")
    row("项目资金（万元）", "其他资金", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—")
    row("年度总体目标", *["预期目标"] * 4, *["实际完成情况"] * 4)
    goal = (
        "完成送戏下乡不少于120场，提档升级村级综合文化服务中心18个，公共文化场馆免费开放不少于300天，"
        "群众满意度不低于90%。"
    )
    done = "送戏下乡126场，提档升级15个（3个顺延），场馆免费开放312天，群众满意度93.60%。"
    row("年度总体目标", *[goal] * 4, *[done] * 4)
    row(
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    for spec in INDICATORS_DOCX:
        rows[spec[2]] = row("绩效指标", *spec)
    rows["output_sub"] = row("绩效指标", *["产出指标小计"] * 5, "50", "48.17", "")
    for spec in INDICATORS_DOCX_2:
        rows[spec[2]] = row("绩效指标", *spec)
    rows["benefit_sub"] = row("绩效指标", *["效益指标小计"] * 5, "30", "29.74", "")
    rows["sat"] = row(
        "绩效指标",
        "满意度指标",
        "服务对象满意度指标",
        "群众对公共文化服务满意度",
        "≥90%",
        "93.60%",
        "10",
        "10",
        "",
    )
    rows["sat_sub"] = row("绩效指标", *["满意度指标小计"] * 5, "10", "10", "")
    rows["total"] = row(*["总分"] * 6, "100", "97.91", "")
    buffer = io.BytesIO()
    core = document.core_properties
    core.author = "枫桥区文化广电体育和旅游局"
    core.title = "公共文化服务体系建设补助资金支出绩效自评报告"
    document.save(buffer)
    (OUT / "Q01.docx").write_bytes(fixed_archive(buffer.getvalue(), WHEN))
    print("Q01 paras", paras)
    print("Q01 rows", rows)
    return paras


# ---------------------------------------------------------------------------------------------------------------- xlsx

XLSX_ROWS = [
    # 一级, 二级, 三级, 指标值, 实际值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "县道养护里程", "≥186公里", "186.4公里", 10, 10, ""),
    ("产出指标", "数量指标", "乡道、村道养护里程", "≥642公里", "642公里", 10, 10, ""),
    (
        "产出指标",
        "质量指标",
        "优良中等路率",
        "≥80%",
        "78.6%",
        10,
        9.83,
        "全县列养农村公路828.4公里中优良中等路651.1公里，占比78.6%，低于目标1.4个百分点，按实际值与目标值之比计得"
        "9.83分；主要是汛期3处路段水毁后修复滞后，2024年将水毁修复纳入日常养护计划。",
    ),
    ("产出指标", "时效指标", "路面病害处治及时率", "≥95%", "96.2%", 10, 10, ""),
    ("产出指标", "成本指标", "每公里年均养护成本", "≤2.8万元", "2.76万元", 10, 10, ""),
    None,  # 产出小计
    ("效益指标", "社会效益指标", "农村公路列养率", "100%", "100%", 10, 10, ""),
    (
        "效益指标",
        "社会效益指标",
        "农村公路交通事故起数变化",
        "较上年下降",
        "下降12.50%",
        10,
        10,
        "全县农村公路全年发生交通事故14起，上年为16起，下降12.50%，达到预期目标。",
    ),
    (
        "效益指标",
        "可持续影响指标",
        "养护长效管理机制",
        "健全",
        "基本健全",
        10,
        9.5,
        "全县9个乡镇养护站中2个专职养护员尚未配齐，扣0.5分；2024年将通过公益性岗位补足人员。",
    ),
    None,  # 效益小计
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.2%", 3.33, 3.33, ""),
    ("满意度指标", "服务对象满意度指标", "客运企业满意度", "≥90%", "91%", 3.33, 3.33, ""),
    (
        "满意度指标",
        "服务对象满意度指标",
        "养护作业人员满意度",
        "≥90%",
        "86.5%",
        3.33,
        3.2,
        "发放养护作业人员问卷200份，回收有效问卷185份，满意160份，满意度86.5%，按实际值与目标值之比计得3.20分。",
    ),
    None,  # 满意度小计
]


def _inject_cached(data: bytes, cached: dict[str, dict[str, float | str]]) -> bytes:
    """Write the values Excel would have cached beside each formula (openpyxl writes the formula alone)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and m.group(1) in cached:
                values = cached[m.group(1)]

                def fill(match: re.Match[bytes], values: dict[str, float | str] = values) -> bytes:
                    value = values[match.group(2).decode()]
                    return (
                        match.group(1)
                        + b"<f>"
                        + match.group(3)
                        + b"</f><v>"
                        + repr(value).encode()
                        + b"</v></c>"
                    )

                body = re.sub(
                    rb'(<c r="([A-Z]+\d+)"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v>\s*</v>)?</c>', fill, body
                )
            target.writestr(info, body)
    return out.getvalue()


def build_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    print_ws = wb.create_sheet("打印稿")
    cached: dict[str, dict[str, float | str]] = {"1": {}, "2": {}}
    wrap = Alignment(wrap_text=True, vertical="center")

    def put(sheet_no: str, sheet, ref: str, value, fmt: str | None = None) -> None:
        sheet[ref] = value
        sheet[ref].alignment = wrap
        if fmt:
            sheet[ref].number_format = fmt

    for no, sheet in (("1", ws), ("2", print_ws)):
        put(no, sheet, "A1", "项目支出绩效自评表")
        sheet.merge_cells("A1:J1")
        put(no, sheet, "A2", "（2023年度）")
        sheet.merge_cells("A2:J2")
        put(no, sheet, "A3", "项目名称")
        put(no, sheet, "B3", "檀溪县2023年度农村公路养护工程")
        sheet.merge_cells("B3:J3")
        put(no, sheet, "A4", "主管部门")
        put(no, sheet, "B4", "檀溪县交通运输局")
        sheet.merge_cells("B4:E4")
        put(no, sheet, "F4", "实施单位")
        put(no, sheet, "G4", "檀溪县农村公路养护中心")
        sheet.merge_cells("G4:J4")
        for col, text in zip(
            "ABCDEFGH",
            ("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            strict=True,
        ):
            put(no, sheet, f"{col}5", text)
        for r, (name, a, b, c) in enumerate(
            (
                ("年度资金总额", 1860, 1860, 1822.8),
                ("其中：本年财政拨款", 1500, 1500, 1480.8),
                ("上年结转资金", 360, 360, 342),
                ("其他资金", 0, 0, 0),
            ),
            start=6,
        ):
            put(no, sheet, f"B{r}", name)
            put(no, sheet, f"C{r}", a, "0.00")
            put(no, sheet, f"D{r}", b, "0.00")
            put(no, sheet, f"E{r}", c, "0.00")
        put(no, sheet, "F6", 10)
        put(no, sheet, "G6", "=E6/D6", "0.00%")
        cached[no]["G6"] = 0.98
        if no == "1":
            put(no, sheet, "H6", 9.8)
        else:
            put(no, sheet, "H6", "=自评表!H6")
            cached[no]["H6"] = 9.8
        put(no, sheet, "A10", "年度总体目标")
        put(no, sheet, "B10", "预期目标")
        sheet.merge_cells("B10:E10")
        put(no, sheet, "F10", "实际完成情况")
        sheet.merge_cells("F10:J10")
        put(
            no,
            sheet,
            "B11",
            "完成全县县道186公里、乡道村道642公里日常养护，优良中等路率不低于80%，路面病害及时处治，"
            "沿线群众满意度不低于90%。",
        )
        sheet.merge_cells("B11:E11")
        put(
            no,
            sheet,
            "F11",
            "完成县道186.4公里、乡道村道642公里养护，优良中等路率78.6%，病害处治及时率96.2%，"
            "农村公路交通事故较上年下降12.50%。",
        )
        sheet.merge_cells("F11:J11")
        for col, text in zip(
            "ABCDEFGHIJ",
            (
                "绩效指标",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "得分率",
                "偏差原因分析及改进措施",
            ),
            strict=True,
        ):
            put(no, sheet, f"{col}12", text)
        r = 13
        group_start = r
        sums: list[float] = []
        maxes: list[float] = []
        labels = iter(("产出指标小计", "效益指标小计", "满意度指标小计"))
        subtotal_rows: list[int] = []
        group_score = 0.0
        group_max = 0.0
        for spec in XLSX_ROWS:
            if spec is None:
                label = next(labels)
                put(no, sheet, f"A{r}", "绩效指标")
                put(no, sheet, f"B{r}", label)
                group_max = round(group_max, 2)
                group_score = round(group_score, 2)
                put(no, sheet, f"G{r}", 10 if label.startswith("满意度") else group_max)
                if no == "1":
                    put(no, sheet, f"H{r}", group_score)
                else:
                    put(no, sheet, f"H{r}", f"=SUM(H{group_start}:H{r - 1})")
                    cached[no][f"H{r}"] = group_score
                put(no, sheet, f"I{r}", f"=H{r}/G{r}", "0.00%")
                cached[no][f"I{r}"] = round(
                    group_score / (10 if label.startswith("满意度") else group_max), 6
                )
                subtotal_rows.append(r)
                sums.append(group_score)
                maxes.append(10 if label.startswith("满意度") else group_max)
                group_score = group_max = 0.0
                r += 1
                group_start = r
                continue
            one, two, three, target, actual, points, score, reason = spec
            put(no, sheet, f"A{r}", "绩效指标")
            for col, v in zip("BCDEF", (one, two, three, target, actual), strict=True):
                put(no, sheet, f"{col}{r}", v)
            put(no, sheet, f"G{r}", points)
            if no == "1":
                put(no, sheet, f"H{r}", score)
            else:
                put(no, sheet, f"H{r}", f"=自评表!H{r}")
                cached[no][f"H{r}"] = score
            put(no, sheet, f"I{r}", f"=H{r}/G{r}", "0.00%")
            cached[no][f"I{r}"] = round(score / points, 6)
            put(no, sheet, f"J{r}", reason)
            group_score += score
            group_max += points
            r += 1
        total = round(9.8 + sum(sums), 2)
        put(no, sheet, f"A{r}", "总分")
        sheet.merge_cells(f"A{r}:F{r}")
        put(no, sheet, f"G{r}", 100)
        if no == "1":
            put(no, sheet, f"H{r}", total)
        else:
            put(no, sheet, f"H{r}", "=H6+" + "+".join(f"H{s}" for s in subtotal_rows))
            cached[no][f"H{r}"] = total
        put(no, sheet, f"I{r}", f"=H{r}/G{r}", "0.00%")
        cached[no][f"I{r}"] = round(total / 100, 6)
        put(no, sheet, f"A{r + 1}", "自评等级")
        put(no, sheet, f"B{r + 1}", "优")
        put(no, sheet, f"A{r + 2}", "填表人：周静怡    联系电话：0000-6612345    填报日期：2024年3月15日")
        sheet.merge_cells(f"A{r + 2}:J{r + 2}")
        for col, width in zip("ABCDEFGHIJ", (10, 12, 14, 22, 12, 12, 8, 8, 10, 48), strict=True):
            sheet.column_dimensions[col].width = width
        print("Q02 sheet", no, "subtotals", subtotal_rows, "total row", r, "total", total, sums, maxes)
    path = OUT / "Q02.xlsx"
    save_workbook(wb, path, "农村公路养护工程绩效自评表", "檀溪县交通运输局", WHEN)
    path.write_bytes(fixed_archive(_inject_cached(path.read_bytes(), cached), WHEN))


# ----------------------------------------------------------------------------------------------------------------- pdf

PDF_PAGE1 = [
    ("title", "石门坎县市场监督管理局"),
    ("title", "2023年度部门整体支出绩效自评报告"),
    ("h", "一、部门基本情况"),
    (
        "p",
        "石门坎县市场监督管理局是县人民政府工作部门，承担全县市场主体登记、食品药品安全监管、特种设备安全监察、"
        "知识产权保护和消费者权益保护等职责。局机关内设股室10个，下设市场监管所8个。",
    ),
    ("p", "2023年末，全局核定编制48人，实有在职人员45人，在职人员控制率93.75%。"),
    (
        "p",
        "2023年年初预算2280.00万元，年中追加170.00万元，全年预算2450.00万元；全年支出2391.20万元，其中基本支出"
        "1625.40万元、项目支出765.80万元，预算完成率97.60%，预算调整率为6.46%。",
    ),
    ("p", "“三公”经费支出12.36万元，上年为11.80万元，增长4.75%，主要是新增执法车辆的运行维护费。"),
    ("h", "二、绩效自评工作开展情况"),
    (
        "p",
        "根据县财政局的统一部署，我局按照部门整体支出绩效评价共性指标体系，从投入、过程、产出、效果四个方面开展自评，"
        "由局办公室牵头，各股室、各市场监管所分别提供佐证材料。",
    ),
    ("h", "三、自评结论"),
    (
        "p",
        "经自评，我局2023年度部门整体支出绩效得分96.88分，等级为“优”。其中投入指标得19分，过程指标得28.88分，"
        "产出指标得29.5分，效果指标得19.5分。",
    ),
    ("h", "四、指标完成情况分析"),
    ("p", "（一）投入指标。“三公”经费较上年增长4.75%，扣1分，其余各项均得满分。"),
    (
        "p",
        "（二）过程指标。预算完成率97.60%，按比例得4.88分；年中追加较多，预算调整率扣1分；其余各项均得满分。",
    ),
    (
        "p",
        "（三）产出指标。全年完成食品安全监督抽检1260批次，计划1200批次；质量达标率扣0.5分，1项重点工作跨年办结，"
        "扣0.5分。",
    ),
    (
        "p",
        "（四）效果指标。发放服务对象满意度问卷300份，回收有效问卷286份，其中满意271份，满意度94.76%；社会效益扣0.5分。",
    ),
    ("h", "五、存在的问题和改进措施"),
    ("p", "1．预算编制精准度不够，年中追加较多。下一步将提前摸清执法装备和抽检经费需求，减少年中追加。"),
    ("p", "2．基层监管所人员偏少，8个所中有3个所不足4人。下一步将积极争取增编，并在全市系统内申请人员交流。"),
]

PDF_TABLE_LEFT = [
    ("投入", "绩效目标合理性", "4", "4"),
    ("投入", "绩效指标明确性", "4", "4"),
    ("投入", "在职人员控制率", "4", "4"),
    ("投入", "“三公经费”变动率", "4", "3"),
    ("投入", "重点支出安排率", "4", "4"),
    ("小计", "", "20", "19"),
    ("过程", "预算完成率", "5", "4.88"),
    ("过程", "预算调整率", "3", "2"),
    ("过程", "支付进度率", "3", "3"),
    ("过程", "结转结余率", "3", "3"),
    ("过程", "公用经费控制率", "3", "3"),
    ("过程", "“三公经费”控制率", "3", "3"),
    ("过程", "政府采购执行率", "2", "2"),
    ("过程", "管理制度健全性", "2", "2"),
    ("过程", "资金使用合规性", "2", "2"),
    ("过程", "预决算信息公开性", "2", "2"),
    ("过程", "资产管理安全性", "1", "1"),
    ("过程", "固定资产利用率", "1", "1"),
    ("小计", "", "30", "28.88"),
]
PDF_TABLE_RIGHT = [
    ("产出", "实际完成率", "8", "8"),
    ("产出", "完成及时率", "7", "7"),
    ("产出", "质量达标率", "8", "7.5"),
    ("产出", "重点工作办结率", "7", "6.5"),
    ("小计", "", "30", "29.5"),
    ("效果", "经济效益", "4", "4"),
    ("效果", "社会效益", "6", "5.5"),
    ("效果", "生态效益", "4", "4"),
    ("效果", "社会公众或服务对象满意度", "6", "6"),
    ("小计", "", "20", "19.5"),
]


_NO_BREAK = re.compile(r"[0-9A-Za-z.%]")
_NO_LINE_START = "，。、；：％%）”"


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines no wider than ``width``, never breaking inside a number nor starting with closing punctuation."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and pdfmetrics.stringWidth(current + ch, "STSong-Light", size) > width:
            cut = len(current)
            while cut > 0 and (
                (_NO_BREAK.match(current[cut - 1]) and _NO_BREAK.match((current + ch)[cut]))
                or (current + ch)[cut] in _NO_LINE_START
            ):
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
        current += ch
    lines.append(current)
    return lines


def build_pdf() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setAuthor("石门坎县市场监督管理局")
    c.setTitle("2023年度部门整体支出绩效自评报告")
    width, height = A4
    left = 60
    y = height - 70
    line_no = 0
    for kind, text in PDF_PAGE1:
        if kind == "title":
            c.setFont("STSong-Light", 16)
            c.drawCentredString(width / 2, y, text)
            y -= 26
            line_no += 1
            continue
        if kind == "h":
            c.setFont("STSong-Light", 12)
            c.drawString(left, y, text)
            y -= 20
            line_no += 1
            continue
        c.setFont("STSong-Light", 10.5)
        lines = _wrap("　　" + text, width - 2 * left, 10.5)
        first = line_no + 1
        for line in lines:
            c.drawString(left, y, line)
            y -= 16
            line_no += 1
        print("Q03 p1 lines", first, line_no, text[:16])
    c.showPage()
    # page 2: the score table, two indicator columns side by side, rules between rows only
    c.setFont("STSong-Light", 14)
    y = height - 60
    c.drawCentredString(width / 2, y, "附件：石门坎县市场监督管理局2023年度部门整体支出绩效自评表")
    y -= 30
    c.setFont("STSong-Light", 9)
    header = ("一级指标", "三级指标", "分值", "得分")
    row_h = 18
    c.setLineWidth(0.6)
    c.line(36, y + 12, width - 36, y + 12)
    for i, h in enumerate(header):
        c.drawString((40, 80, 225, 265)[i], y, h)
        c.drawString((305, 345, 490, 530)[i], y, h)
    y -= row_h
    c.line(36, y + 12, width - 36, y + 12)
    for i in range(max(len(PDF_TABLE_LEFT), len(PDF_TABLE_RIGHT))):
        for spec, xs in ((PDF_TABLE_LEFT, (40, 80, 225, 265)), (PDF_TABLE_RIGHT, (305, 345, 490, 530))):
            if i < len(spec):
                for x, v in zip(xs, spec[i], strict=True):
                    c.drawString(x, y, v)
        y -= row_h
        c.line(36, y + 12, width - 36, y + 12)
    c.setFont("STSong-Light", 10)
    c.drawString(40, y, "合计")
    c.drawString(490, y, "100")
    c.drawString(530, y, "96.88")
    y -= row_h
    c.line(36, y + 12, width - 36, y + 12)
    c.drawString(40, y, "自评等级：优")
    y -= 40
    c.setFont("STSong-Light", 10.5)
    c.drawString(60, y, "单位负责人：陈立群        财务负责人：黄晓梅        填报人：罗振宇")
    y -= 24
    c.drawString(60, y, "联系电话：0000-7723018")
    y -= 40
    c.drawRightString(width - 70, y, "石门坎县市场监督管理局")
    y -= 20
    c.drawRightString(width - 70, y, "2024年4月12日")
    c.showPage()
    c.save()
    (OUT / "Q03.pdf").write_bytes(buffer.getvalue())


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    build_docx()
    build_xlsx()
    build_pdf()
