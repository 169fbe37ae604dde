"""Build the fresh26 office documents (a PDF, two .docx and one .xlsx) with fixed timestamps.

    python benchmarks/corpus/fresh26/make_fresh26.py

The planted defects and the traps are listed in ``documents/key.yaml`` beside the files.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

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
WHEN = datetime(2024, 3, 18, 9, 30, 0)


# ---- P01.pdf: a 县 project report, table as plain text lines ------------------------------------------------

P01_PAGE1 = [
    ("title", "石岙县文化广电和旅游局"),
    ("title", "2023年度公共文化服务体系建设项目支出绩效自评报告"),
    ("head", "一、项目基本情况"),
    (
        "para",
        "（一）项目概况。为补齐县域公共文化服务短板，2023年县财政继续安排公共文化服务体系建设项目，"
        "主要用于乡镇综合文化站提升改造、农家书屋图书补充更新和送戏下乡演出补助。",
    ),
    (
        "para",
        "（二）资金情况。项目全年预算520.00万元，其中中央补助资金312.00万元、省级补助资金130.00万元、"
        "县级配套资金78.00万元。年初预算480.00万元，年中追加省级资金40.00万元。全年执行509.60万元。",
    ),
    ("head", "二、自评工作开展情况"),
    (
        "para",
        "2024年1月，局成立由分管副局长牵头的自评小组，收集项目批复、合同、验收和支付资料，"
        "实地抽查乡镇综合文化站6个、农家书屋24个，并在演出现场和文化站开展群众问卷调查。",
    ),
    ("head", "三、综合评价结论"),
    (
        "para",
        "经自评，本项目2023年度自评得分97.3分，等级为“优”。其中预算执行率得9.8分，产出指标得49分，"
        "效益指标得28分，满意度指标得10分。",
    ),
    ("head", "四、绩效指标完成情况"),
    ("para", "（一）预算执行情况。全年预算520.00万元，执行509.60万元，执行率98.00%，得9.8分。"),
    (
        "para",
        "（二）产出指标。完成9个乡镇综合文化站提升改造；为全县112个农家书屋补充图书3.82万册；"
        "全年送戏下乡108场，未达到120场的目标，分值10分，得9分；其余指标均达到目标。产出指标得49分。",
    ),
    (
        "para",
        "（三）效益指标。全县9个乡镇综合文化站全部免费开放，全年接待群众16.3万人次，较上年12.8万人次"
        "增长21.47%。基层文化设施长效运行机制基本健全，分值10分，得8分。效益指标得28分。",
    ),
    (
        "para",
        "（四）满意度指标。发放问卷400份，回收有效问卷386份，其中满意360份，满意度93.26%，得10分。",
    ),
    (
        "para",
        "在市文化和旅游局组织的2023年度全市公共文化服务效能考核中，我县得分94.5分，位列全市第三。",
    ),
    ("head", "五、存在的问题和改进措施"),
    (
        "para",
        "1．部分乡镇文化站专职人员不足，活动组织依赖临时人员。2．送戏下乡受夏季汛期影响，"
        "场次未完成年度目标。下一步将通过政府购买服务充实文化站力量，并提前制定全年演出排期。",
    ),
]

FUND_X = (50, 160, 220, 280, 340, 380, 440)
INDICATOR_X = (50, 105, 175, 330, 405, 475, 510)
P01_PAGE2: list[tuple[tuple[int, ...], list[str]]] = [
    ((50,), ["附件：项目支出绩效自评表"]),
    (FUND_X, ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
    (FUND_X, ["年度资金总额", "480.00", "520.00", "509.60", "10", "98.00%", "9.8"]),
    (FUND_X, ["其中：本年财政拨款", "480.00", "520.00", "509.60", "—", "—", "—"]),
    (FUND_X, ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"]),
    (FUND_X, ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]),
    (INDICATOR_X, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
    (INDICATOR_X, ["产出指标", "数量指标", "乡镇综合文化站提升改造个数", "≥9个", "9个", "10", "10"]),
    (INDICATOR_X, ["", "", "农家书屋补充图书册数", "≥3.6万册", "3.82万册", "10", "10"]),
    (INDICATOR_X, ["", "", "送戏下乡演出场次", "≥120场", "108场", "10", "9"]),
    (INDICATOR_X, ["", "质量指标", "改造工程验收合格率", "100%", "100%", "10", "10"]),
    (INDICATOR_X, ["", "时效指标", "项目完成及时率", "≥95%", "100%", "5", "5"]),
    (INDICATOR_X, ["", "成本指标", "每场演出补助标准", "≤0.6万元", "0.55万元", "5", "5"]),
    (INDICATOR_X, ["效益指标", "社会效益", "群众文化活动参与人次", "≥15万人次", "16.3万人次", "10", "10"]),
    (INDICATOR_X, ["", "", "文化站免费开放率", "100%", "100%", "10", "10"]),
    (INDICATOR_X, ["", "可持续影响", "基层文化设施长效运行机制", "健全", "基本健全", "10", "8"]),
    (INDICATOR_X, ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", "93.26%", "10", "10"]),
    (INDICATOR_X, ["总分", "", "", "", "", "100", "97.3"]),
    ((50,), ["自评等级：优"]),
]


_NO_LINE_START = "，。；、：！？”’）》%"


def _wrap(text: str, font: str, size: float, width: float, indent: float = 0) -> list[str]:
    lines: list[str] = []
    current = ""
    limit = width - indent
    for char in text:
        if pdfmetrics.stringWidth(current + char, font, size) > limit and char not in _NO_LINE_START:
            lines.append(current)
            current = char
            limit = width
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def build_p01(path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font, size, leading = "STSong-Light", 11, 19
    buffer = io.BytesIO()
    page_w, page_h = A4
    left, width = 70, page_w - 140
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("2023年度公共文化服务体系建设项目支出绩效自评报告")
    c.setAuthor("石岙县文化广电和旅游局")
    y = page_h - 72
    for kind, text in P01_PAGE1:
        if kind == "title":
            c.setFont(font, 15)
            c.drawCentredString(page_w / 2, y, text)
            y -= 26
            continue
        c.setFont(font, size)
        indent = 0 if kind == "head" else 2 * size
        for i, line in enumerate(_wrap(text, font, size, width, indent)):
            c.drawString(left + (indent if i == 0 else 0), y, line)
            y -= leading
    c.drawCentredString(page_w / 2, 40, "— 1 —")
    c.showPage()
    c.setFont(font, 9)
    y = page_h - 72
    for xs, cells in P01_PAGE2:
        for x, text in zip(xs, cells, strict=True):
            if text:
                c.drawString(x, y, text)
        y -= 22
    c.drawCentredString(page_w / 2, 40, "— 2 —")
    c.showPage()
    c.save()
    path.write_bytes(buffer.getvalue())


# ---- W11.docx: a 区 project report with a merged-cell Word table and 小计 rows -----------------------------------

W11_BODY = [
    ("h1", "一、项目概况"),
    ("h2", "（一）项目基本情况"),
    (
        "p",
        "西塘区是澄浦市的中心城区，辖8个街道、3个镇，常住人口约46万人。就业创业补助资金主要用于职业技能"
        "培训补贴、社会保险补贴、一次性创业补贴和公益性岗位补贴，支持城乡劳动者就业创业。",
    ),
    ("h2", "（二）资金安排和使用情况"),
    (
        "p",
        "项目年初预算1500.00万元，年中收回上年结转资金80.00万元，全年预算1580.00万元。全年实际支出"
        "1603.45万元，其中职业技能培训补贴702.30万元、社会保险补贴455.80万元、一次性创业补贴218.60万元、"
        "公益性岗位补贴226.75万元。超出全年预算的23.45万元为失业保险基金列支的技能提升补贴。",
    ),
    ("h1", "二、项目绩效目标"),
    (
        "p",
        "全年开展职业技能培训6000人次以上，发放创业担保贷款200笔以上，开发公益性岗位150个以上，"
        "城镇新增就业5000人以上，城镇登记失业率控制在3.5%以内，服务对象满意度达到85%以上。",
    ),
    ("h1", "三、自评结论"),
    (
        "p",
        "经自评，本项目2023年度自评得分96.94分，等级为“优”。其中预算执行率10分，产出指标47.44分，"
        "效益指标29.5分，满意度指标10分。",
    ),
    ("h1", "四、绩效指标完成情况分析"),
    ("h2", "（一）预算执行情况"),
    ("p", "全年预算1580.00万元，执行1603.45万元，执行率101.48%，按100%计算，得10分。"),
    ("h2", "（二）产出指标完成情况"),
    (
        "p",
        "全年开展职业技能培训6315人次，培训后取证率83.6%；发放创业担保贷款186笔，完成目标的93%，"
        "分值8分，得7.44分；开发公益性岗位152个。其余产出指标全部完成，均得满分。",
    ),
    ("h2", "（三）效益指标完成情况"),
    (
        "p",
        "全区城镇新增就业5268人，城镇登记失业率3.1%，均优于年度目标。就业服务平台全年稳定运行，"
        "但线上业务办理量偏低，扣0.5分。效益指标得29.5分。",
    ),
    ("h2", "（四）满意度指标完成情况"),
    (
        "p",
        "向培训学员、创业主体和用人单位分别发放问卷300份、120份、80份，共500份，收回有效问卷482份。"
        "三类对象满意度分别为94.2%、91.5%、88.0%，均达到年度目标，得10分。",
    ),
    ("h1", "五、主要做法"),
    (
        "p",
        "1．建设“家门口”就业服务站。在8个街道、3个镇各设1个就业服务站，共11个，提供岗位推介、"
        "政策咨询和补贴申领一站式服务。",
    ),
    (
        "p",
        "2．推行培训“订单制”。由用人单位提出用工需求，培训机构按需设置课程，本县就业创业补助资金"
        "优先支持订单式培训，学员结业后直接上岗。",
    ),
    (
        "p",
        "2．强化资金监管。补贴资金全部通过社会保障卡发放，实行“一人一档”，每季度与财政、税务、"
        "市场监管部门开展数据比对，未发现冒领骗领。",
    ),
    ("p", "在全市2023年度就业工作目标考核中，西塘区位列各县（市、区）第一名。"),
    ("h1", "六、存在的问题"),
    ("p", "（一）创业担保贷款发放笔数未达到目标，部分创业者反映反担保要求较高。"),
    ("p", "（二）就业服务平台线上功能使用率不高，群众仍习惯到窗口办理。"),
    ("h1", "七、改进措施"),
    ("p", "（一）会同合作银行优化反担保方式，扩大信用贷款覆盖面。"),
    ("p", "（二）完善平台移动端功能，在就业服务站推广线上办理。"),
    ("p", "附件：2023年度就业创业补助资金项目支出绩效自评表"),
]

# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
W11_ROWS = [
    ("产出指标", "数量指标", "职业技能培训人次", "≥6000人次", "6315人次", "8", "8", ""),
    (
        "产出指标",
        "数量指标",
        "发放创业担保贷款笔数",
        "≥200笔",
        "186笔",
        "8",
        "7.44",
        "反担保要求较高，部分申请未获批",
    ),
    ("产出指标", "数量指标", "开发公益性岗位个数", "≥150个", "152个", "8", "8", ""),
    ("产出指标", "质量指标", "培训后取证率", "≥80%", "83.6%", "8", "8", ""),
    ("产出指标", "时效指标", "补贴资金按时拨付率", "100%", "100%", "8", "8", ""),
    ("产出指标", "成本指标", "人均培训补贴标准", "≤1200元", "1112元", "8", "8", ""),
    ("subtotal", "产出指标小计", "", "", "", "50", "47.44", ""),
    ("效益指标", "社会效益指标", "城镇新增就业人数", "≥5000人", "5268人", "10", "10", ""),
    ("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%", "3.1%", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "就业服务平台运行情况",
        "稳定运行",
        "稳定运行",
        "10",
        "9.5",
        "线上业务办理量偏低",
    ),
    ("subtotal", "效益指标小计", "", "", "", "30", "29.5", ""),
    ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", "94.2%", "3.33", "3.33", ""),
    ("满意度指标", "服务对象满意度指标", "创业主体满意度", "≥90%", "91.5%", "3.33", "3.33", ""),
    ("满意度指标", "服务对象满意度指标", "用人单位满意度", "≥85%", "88.0%", "3.34", "3.34", ""),
    ("subtotal", "满意度指标小计", "", "", "", "10", "10", ""),
]


def _merge_runs(table, col: int, first: int, last: int, text: str) -> None:
    cell = table.cell(first, col).merge(table.cell(last, col))
    cell.text = text


def build_w11(path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("澄浦市西塘区人力资源和社会保障局")
    document.add_heading("2023年度就业创业补助资金项目支出绩效自评报告", level=0)
    document.add_paragraph(
        "根据澄浦市西塘区财政局《关于开展2023年度区级项目支出绩效自评工作的通知》要求，我局对2023年度"
        "就业创业补助资金项目开展了绩效自评，现将有关情况报告如下。"
    )
    for kind, text in W11_BODY:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=0, cols=9)
    table.style = "Table Grid"

    def row(values: list[str]) -> int:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
        return len(table.rows) - 1

    name = "2023年度就业创业补助资金项目"
    r = row(["项目名称", name, "", "", "", "", "", "", ""])
    table.cell(r, 1).merge(table.cell(r, 8)).text = name
    r = row(
        [
            "主管部门",
            "澄浦市西塘区人力资源和社会保障局",
            "",
            "",
            "实施单位",
            "澄浦市西塘区就业服务中心",
            "",
            "",
            "",
        ]
    )
    table.cell(r, 1).merge(table.cell(r, 3)).text = "澄浦市西塘区人力资源和社会保障局"
    table.cell(r, 5).merge(table.cell(r, 8)).text = "澄浦市西塘区就业服务中心"
    first = row(
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    )
    row(["", "年度资金总额", "", "1500.00", "1580.00", "1603.45", "10", "101.48%", "10"])
    row(["", "其中：本年财政拨款", "", "1500.00", "1500.00", "1500.00", "—", "—", "—"])
    row(["", "上年结转资金", "", "0.00", "80.00", "80.00", "—", "—", "—"])
    last = row(["", "其他资金", "", "0.00", "0.00", "23.45", "—", "—", "—"])
    _merge_runs(table, 0, first, last, "项目资金（万元）")
    for i in range(first + 1, last + 1):
        label = table.cell(i, 1).text
        table.cell(i, 1).merge(table.cell(i, 2)).text = label
    goal = (
        "全年培训6000人次以上，发放创业担保贷款200笔以上，开发公益性岗位150个以上，城镇新增就业5000人以上。"
    )
    done = (
        "培训6315人次，发放创业担保贷款186笔，开发公益性岗位152个，城镇新增就业5268人，城镇登记失业率3.1%。"
    )
    r = row(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    table.cell(r, 1).merge(table.cell(r, 4)).text = "预期目标"
    table.cell(r, 5).merge(table.cell(r, 8)).text = "实际完成情况"
    r2 = row(["", goal, "", "", "", done, "", "", ""])
    table.cell(r2, 1).merge(table.cell(r2, 4)).text = goal
    table.cell(r2, 5).merge(table.cell(r2, 8)).text = done
    table.cell(r, 0).merge(table.cell(r2, 0)).text = "年度总体目标"
    head = row(
        [
            "绩效指标",
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
    start = len(table.rows)
    for values in W11_ROWS:
        if values[0] == "subtotal":
            r = row(["", values[1], "", "", "", "", values[5], values[6], ""])
            table.cell(r, 1).merge(table.cell(r, 5)).text = values[1]
        else:
            row(["", *values])
    end = len(table.rows) - 1
    # merge runs of equal 一级 / 二级 labels
    for col in (1, 2):
        i = start
        while i <= end:
            label = W11_ROWS[i - start][col - 1]
            if W11_ROWS[i - start][0] == "subtotal":
                i += 1
                continue
            j = i
            while (
                j + 1 <= end
                and W11_ROWS[j + 1 - start][0] != "subtotal"
                and W11_ROWS[j + 1 - start][col - 1] == label
            ):
                if col == 2 and W11_ROWS[j + 1 - start][0] != W11_ROWS[i - start][0]:
                    break
                j += 1
            if j > i:
                _merge_runs(table, col, i, j, label)
            i = j + 1
    _merge_runs(table, 0, head, end, "绩效指标")
    r = row(["总分", "", "", "", "", "", "100", "96.94", ""])
    table.cell(r, 0).merge(table.cell(r, 5)).text = "总分"
    r = row(["自评等级", "优", "", "", "", "", "", "", ""])
    table.cell(r, 1).merge(table.cell(r, 8)).text = "优"
    document.add_paragraph("填报人：周敏　　联系电话：0571-8836××××　　填报日期：2024年3月12日")
    _save_docx(document, path, "2023年度就业创业补助资金项目支出绩效自评报告", "西塘区人力资源和社会保障局")


def _save_docx(document, path: Path, title: str, author: str) -> None:
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


# ---- B11.docx: a 县 部门整体 report in an autonomous region, scores only in the narrative -------------------------

B11_BODY = [
    ("h1", "一、部门基本情况"),
    (
        "p",
        "察汗县市场监督管理局为县人民政府工作部门，承担全县市场主体登记注册、食品药品安全监管、特种设备"
        "安全监察、计量标准和知识产权保护等职责。局机关内设股室8个，下设基层市场监管所6个，分别为城关所、"
        "新民所、哈达图所、巴音所、乌兰所和东沟所。",
    ),
    ("p", "2023年末，全局核定编制74人，实有在职人员69人，在职人员控制率93.24%。"),
    (
        "p",
        "截至2023年底，县域市场主体总量1.86万户，其中企业3300户、个体工商户1.47万户、农民专业合作社600户。",
    ),
    ("h1", "二、部门预算收支情况"),
    ("p", "2023年全年预算数2468.50万元，其中基本支出预算1386.20万元、项目支出预算1082.30万元。"),
    (
        "p",
        "全年支出2391.76万元，其中基本支出1379.84万元、项目支出1021.92万元，预算执行率96.89%。",
    ),
    ("p", "“三公”经费支出12.48万元，较上年的14.40万元下降13.33%，主要是压减了公务接待和公务用车运行费用。"),
    ("h1", "三、绩效自评工作开展情况"),
    (
        "p",
        "2024年2月，按照县财政局《关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局成立自评"
        "工作小组，对照部门整体支出绩效评价指标体系，从运行成本、管理效率、履职效能、社会效应、可持续发展"
        "能力和满意度六个方面逐项打分。",
    ),
    ("h1", "四、自评结论"),
    (
        "p",
        "经自评，我局2023年度部门整体支出绩效自评得分94.81分，等级为“优”。六项一级指标得分分别为：运行成本"
        "7.5分、管理效率21.31分、履职效能27.8分、社会效应28.9分、可持续发展能力5.5分、满意度3.8分。",
    ),
    ("h1", "五、指标完成情况分析"),
    (
        "p",
        "（一）运行成本（分值8分，得分7.5分）。在职人员控制率、公用经费控制率和“三公”经费变动率三项分值"
        "分别为3分、3分、2分，得分分别为3分、2.5分、2分。公用经费支出超过年初预算，扣0.5分。",
    ),
    (
        "p",
        "（二）管理效率（分值22分，得分21.31分）。预算执行率、预算调整率、结转结余控制、政府采购规范性、"
        "资产管理规范性五项得分分别为5.81分、3.5分、4分、4分、3.5分。预算执行率96.89%，分值6分，"
        "按比例计分；年中追加检验检测经费，预算调整率偏高，扣0.5分；2台执法车辆未及时办理资产入账，扣0.5分。",
    ),
    (
        "p",
        "（三）履职效能（分值30分，得分27.8分）。年度重点工作全部完成，得10分；市场主体“双随机、一公开”"
        "抽查覆盖率92%，未达到100%的目标，扣1分，得9分；全年立案查处各类案件186件，办结171件，案件办结率91.94%，低于95%的目标，扣1.2分，得8.8分。",
    ),
    (
        "p",
        "全年开展专项整治行动5项，分别为校园食品安全整治、电动自行车质量安全整治、加油站计量作弊整治和"
        "农村假冒伪劣食品整治，检查经营主体4260户次。",
    ),
    (
        "p",
        "（四）社会效应（分值30分，得分28.9分）。食品安全监督抽检1240批次，不合格17批次，合格率98.63%，高于全区平均"
        "水平，得10分；全年未发生较大及以上特种设备事故，得10分；受理消费者投诉举报932件，按期办结"
        "893件，因2件投诉超期办结被通报，扣1.1分，得8.9分。",
    ),
    (
        "p",
        "（五）可持续发展能力（分值6分，得分5.5分）。修订内控制度11项，得3分；全年组织业务培训8期，"
        "但基层所人员参训覆盖不足，扣0.5分，得2.5分。",
    ),
    (
        "p",
        "（六）满意度（分值4分，得分3.8分）。随机抽取经营主体和消费者发放问卷300份，回收有效问卷280份，"
        "其中满意266份，满意度95.00%，按比例得3.8分。",
    ),
    ("h1", "六、主要成效"),
    (
        "p",
        "（一）食品安全底线守牢。在自治区市场监管局组织的2023年度食品安全工作评议考核中，我县获评A级，"
        "在全市各旗县区中排名第二。",
    ),
    (
        "p",
        "（二）营商环境持续优化。企业开办时间压缩至0.5个工作日，全年新登记市场主体2138户，其中企业"
        "412户、个体工商户1726户。",
    ),
    ("h1", "七、存在的问题及改进措施"),
    ("p", "①基层所执法力量不足，6个所平均在岗5.5人；②检验检测能力偏弱，部分项目需送市级机构检测。"),
    ("p", "下一步，我局将争取增加基层所编制，推动县级检验检测中心扩项，提高预算编制精准度。"),
]


def build_b11(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("察汗县市场监督管理局")
    document.add_heading("2023年度部门整体支出绩效自评报告", level=0)
    for kind, text in B11_BODY:
        if kind == "h1":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    document.add_paragraph("察汗县市场监督管理局")
    document.add_paragraph("2024年3月8日")
    _save_docx(document, path, "2023年度部门整体支出绩效自评报告", "察汗县市场监督管理局")


# ---- X11.xlsx: a 市 workbook, a 部门整体 summary sheet (clean) and a project sheet ---------------------------------

X11_DEPT = [
    # 一级, 二级, 三级, 分值, 得分, 得分率, 说明
    ("投入", "目标设定", "绩效目标合理性", 4, 4, 1.0, ""),
    ("", "", "绩效指标明确性", "4", "4", 1.0, ""),
    ("", "预算配置", "在职人员控制率", 4, 4, 1.0, "在职86人，编制90人，控制率95.56%"),
    ("", "", "“三公经费”变动率", 4, 4, 1.0, "较上年下降6.20%"),
    ("", "", "重点支出安排率", 4, 3.6, 0.9, "重点支出占比略低于目标"),
    ("投入小计", "", "", 20, 19.6, 0.98, ""),
    ("过程", "预算执行", "预算完成率", 6, 5.76, 0.96, "预算完成率96.00%"),
    ("", "", "预算调整率", 4, 4, 1.0, ""),
    ("", "", "支付进度率", 4, 3.5, 0.875, "三季度支付进度未达序时"),
    ("", "", "结转结余率", "4", "4", 1.0, ""),
    ("", "预算管理", "管理制度健全性", 4, 4, 1.0, ""),
    ("", "", "资金使用合规性", 4, 4, 1.0, ""),
    ("", "资产管理", "资产管理安全性", 4, 4, 1.0, ""),
    ("过程小计", "", "", 30, 29.26, 0.9753, ""),
    ("产出", "职责履行", "实际完成率", 8, 8, 1.0, ""),
    ("", "", "完成及时率", 8, 7.5, 0.9375, "2项环评审批超时"),
    ("", "", "质量达标率", 8, 8, 1.0, ""),
    ("", "", "重点工作办结率", 6, 6, 1.0, ""),
    ("产出小计", "", "", 30, 29.5, 0.9833, ""),
    ("效果", "履职效益", "环境效益", 8, 8, 1.0, "全市空气质量优良天数比率88.2%，高于87%的目标"),
    ("", "", "社会效益", 6, 6, 1.0, ""),
    ("", "", "可持续影响", 3, 3, 1.0, ""),
    ("", "满意度", "社会公众满意度", 3, 2.85, 0.95, "问卷满意度95%，各县（市、区）均有抽样"),
    ("效果小计", "", "", 20, 19.85, 0.9925, ""),
    ("合计", "", "", 100, 98.21, 0.9821, ""),
]

X11_PROJECT_ROWS = [
    ("产出指标", "数量指标", "燃煤锅炉淘汰台数", "≥40台", "42台", 10, 10, ""),
    ("", "", "重点企业VOCs治理家数", "≥25家", "15家", 10, 6, "10家企业治理设备供货延期，结转2024年"),
    ("", "质量指标", "治理设施验收合格率", "100%", "100%", 10, 10, ""),
    ("", "时效指标", "年度任务完成及时率", "≥90%", "85%", 10, 9.44, "VOCs治理延期"),
    ("", "成本指标", "单台锅炉淘汰补助", "≤12万元/台", "11.5万元/台", 10, 10, ""),
    ("产出指标小计", "", "", "", "", 50, 45.44, ""),
    ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤35微克/立方米", "33微克/立方米", 10, 10, ""),
    ("", "", "空气质量优良天数比率", "≥87%", "88.2%", 10, 10, ""),
    (
        "",
        "可持续影响指标",
        "大气污染防治长效机制",
        "健全",
        "部分健全",
        10,
        6,
        "部分县（市、区）网格化监管未全覆盖",
    ),
    ("效益指标小计", "", "", "", "", 30, 26, ""),
    (
        "满意度指标",
        "服务对象满意度指标",
        "公众对空气质量满意度",
        "≥85%",
        "72%",
        10,
        8.47,
        "春季沙尘天气较多，公众感受较差",
    ),
    ("满意度指标小计", "", "", "", "", 10, 8.47, ""),
]


def build_x11(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "部门整体自评表"
    sheet.append(["岳川市生态环境局2023年度部门整体支出绩效自评表"])
    sheet.merge_cells("A1:G1")
    sheet.append(["填报单位：岳川市生态环境局", "", "", "", "", "", "单位：分"])
    sheet.append(["一级指标", "二级指标", "三级指标", "分值", "得分", "得分率", "评分说明"])
    top = None
    for values in X11_DEPT:
        sheet.append(list(values))
        r = sheet.max_row
        sheet.cell(r, 6).number_format = "0.00%"
        if values[0] and not values[0].endswith(("小计", "合计")):
            top = r
        if values[0].endswith(("小计", "合计")):
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            if top is not None:
                sheet.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                top = None
    sheet.append(["自评等级", "优"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=7)

    project = workbook.create_sheet("大气污染防治专项")
    project.append(["项目支出绩效自评表"])
    project.merge_cells("A1:I1")
    project.append(["（2023年度）"])
    project.merge_cells("A2:I2")
    project.append(["项目名称", "2023年度大气污染防治专项资金项目"])
    project.merge_cells("B3:I3")
    project.append(["主管部门", "岳川市生态环境局", "", "", "", "实施单位", "岳川市大气污染防治中心"])
    project.merge_cells("B4:E4")
    project.merge_cells("G4:I4")
    project.append(
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    )
    project.append(["", "年度资金总额", "", 1200, 1350, 1262.25, 10, 0.955, 9.55])
    project.cell(project.max_row, 8).number_format = "0.00%"
    project.append(["", "其中：本年财政拨款", "", 1200, 1200, 1130.25, "—", "—", "—"])
    project.append(["", "上年结转资金", "", 0, 150, 132, "—", "—", "—"])
    project.append(["", "其他资金", "", 0, 0, 0, "—", "—", "—"])
    for r in range(6, 10):
        for col in (4, 5, 6):
            project.cell(r, col).number_format = "0.00"
        project.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    project.merge_cells("A5:A9")
    project.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况"])
    project.append(
        [
            "",
            "淘汰燃煤锅炉40台以上，完成25家重点企业VOCs治理，PM2.5年均浓度不高于35微克/立方米，优良天数比率达到87%。",
            "",
            "",
            "",
            "淘汰燃煤锅炉42台，完成15家企业VOCs治理，PM2.5年均浓度33微克/立方米，优良天数比率88.2%。",
        ]
    )
    project.merge_cells("B10:E10")
    project.merge_cells("F10:I10")
    project.merge_cells("B11:E11")
    project.merge_cells("F11:I11")
    project.merge_cells("A10:A11")
    project.append(
        [
            "绩效指标",
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
    for values in X11_PROJECT_ROWS:
        project.append(["", *values])
        if values[0].endswith("小计"):
            project.merge_cells(
                start_row=project.max_row, start_column=2, end_row=project.max_row, end_column=6
            )
    project.merge_cells(start_row=12, start_column=1, end_row=project.max_row, end_column=1)
    project.append(["总分", "", "", "", "", "", 100, 89.46, ""])
    project.merge_cells(start_row=project.max_row, start_column=1, end_row=project.max_row, end_column=6)
    project.append(["自评等级", "优"])
    project.merge_cells(start_row=project.max_row, start_column=2, end_row=project.max_row, end_column=9)
    save_workbook(workbook, path, "岳川市生态环境局2023年度绩效自评表", "岳川市生态环境局", WHEN)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_p01(OUT / "P01.pdf")
    build_w11(OUT / "W11.docx")
    build_b11(OUT / "B11.docx")
    build_x11(OUT / "X11.xlsx")


if __name__ == "__main__":
    main()
