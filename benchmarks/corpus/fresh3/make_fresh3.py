"""Build the office documents of ``fresh3/documents/`` and their answer key ``documents/key.yaml``.

    python benchmarks/corpus/fresh3/make_fresh3.py

Two PDFs (a ruled 10号 table drawn with reportlab's Table, and a 部门整体 report whose score table is plain text
lines under a running header with page numbers), two workbooks (a 10号 table with 得分 before 分值, and a 四川-style
权重 form with 小计 rows) and one Word report. Archives get fixed timestamps so a rebuild is byte-identical.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_packages import fixed_archive, save_workbook  # noqa: E402

OUT = HERE / "documents"
FIXED_TIME = datetime(2024, 4, 2, 10, 30, 0)
AUTHOR = "fresh3"
FONT = "STSong-Light"
NUMBER_CHARS = set("0123456789.%")
CLOSING = set("。，、；：”）》")





def register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


# ---- P01: 县 项目 report, ruled 10号 table (GRID, SPAN, wrapped cell, over a page break) -----------------------


def build_p01() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_font()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22)
    head = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=20)
    title = ParagraphStyle("title", fontName=FONT, fontSize=15, leading=20, alignment=1)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11)

    story: list[Any] = [
        Paragraph("杉木溪县教育局", title),
        Paragraph("2023年度农村义务教育学生营养改善计划项目绩效自评报告", title),
        Paragraph("一、项目概况", head),
        Paragraph(
            "农村义务教育学生营养改善计划是国家为提高农村学生健康水平实施的民生项目。2023年我县86所农村义务教育学校"
            "全部纳入实施范围，按每生每天5元标准为在校学生提供营养膳食补助，受益学生12486人，较目标12000人超出4.05%，"
            "其中寄宿制学生4317人，占受益学生总数的36.57%。",
            body,
        ),
        Paragraph(
            "项目全年预算1860.00万元，其中中央补助资金1488.00万元、县级配套资金372.00万元。全年实际支出1875.81万元，"
            "其中中央补助资金1488.00万元、县级资金387.81万元，县级资金超出部分用于食堂从业人员健康体检，预算执行率100.85%。",
            body,
        ),
        Paragraph("二、绩效自评工作开展情况", head),
        Paragraph(
            "自评工作组于2024年1月逐校抽查食堂台账和资金发放记录，结合县域内学生体质健康监测结果逐项打分。",
            body,
        ),
        Paragraph("三、综合评价结论", head),
        Paragraph(
            "经综合评价，项目2023年度自评得分99分，评价等级为“优”。全年未发生食品安全事故，营养餐抽检合格率99.2%，"
            "学生体质健康合格率90.4%，略低于年度目标。在市教育局组织的各县区营养改善计划工作考核中，我县考核得分"
            "95.5分，位列第一。",
            body,
        ),
        Paragraph("附件：项目支出绩效自评表", head),
    ]

    def c(text: str) -> Paragraph:
        return Paragraph(text, cell)

    rows: list[list[Any]] = [
        [c("项目支出绩效自评表（2023年度）"), "", "", "", "", "", "", ""],
        [c("项目名称"), c("农村义务教育学生营养改善计划"), "", "", "", "", "", ""],
        [c("主管部门"), c("杉木溪县教育局"), "", "", c("实施单位"), c("杉木溪县各农村义务教育学校"), "", ""],
        [
            c("项目资金（万元）"),
            c("年初预算数"),
            c("全年预算数"),
            c("全年执行数"),
            c("分值"),
            c("执行率"),
            c("得分"),
            "",
        ],
        [c("年度资金总额"), c("1860.00"), c("1860.00"), c("1875.81"), c("10"), c("100.85%"), c("10"), ""],
        [c("其中：中央补助"), c("1488.00"), c("1488.00"), c("1488.00"), c("—"), c("100.00%"), c("—"), ""],
        [c("县级资金"), c("372.00"), c("372.00"), c("387.81"), c("—"), c("104.25%"), c("—"), ""],
        [
            c("一级指标"),
            c("二级指标"),
            c("三级指标"),
            c("年度指标值"),
            c("实际完成值"),
            c("分值"),
            c("得分"),
            c("偏差原因分析及改进措施"),
        ],
        [c("产出指标"), c("数量指标"), c("受益学生人数"), c("≥12000人"), c("12486人"), c("8"), c("8"), ""],
        ["", "", c("实施学校数量"), c("86所"), c("86所"), c("6"), c("6"), ""],
        ["", c("质量指标"), c("食品安全事故发生次数"), c("0次"), c("0次"), c("8"), c("8"), ""],
        ["", "", c("营养餐抽检合格率"), c("≥98%"), c("99.2%"), c("6"), c("7"), ""],
        [
            "",
            "",
            c("农村义务教育学校食堂从业人员持有效健康证明上岗率"),
            c("100%"),
            c("100%"),
            c("6"),
            c("6"),
            "",
        ],
        ["", c("时效指标"), c("补助资金按学期拨付及时率"), c("100%"), c("100%"), c("8"), c("8"), ""],
        ["", c("成本指标"), c("每生每天膳食补助标准"), c("5元"), c("5元"), c("8"), c("8"), ""],
        [
            c("效益指标"),
            c("社会效益指标"),
            c("学生营养不良检出率下降幅度"),
            c("≥5%"),
            c("6.1%"),
            c("10"),
            c("10"),
            "",
        ],
        [
            "",
            "",
            c("学生体质健康合格率"),
            c("≥92%"),
            c("90.4%"),
            c("10"),
            c("8"),
            c("部分学校体育活动时间不足，下年度加强监测"),
        ],
        ["", c("可持续影响指标"), c("营养改善长效管理机制"), c("健全"), c("健全"), c("10"), c("10"), ""],
        [
            c("满意度指标"),
            c("服务对象满意度指标"),
            c("学生及家长满意度"),
            c("≥90%"),
            c("94.5%"),
            c("10"),
            c("10"),
            "",
        ],
        [c("总分"), "", "", "", "", c("100"), c("99"), ""],
    ]
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("SPAN", (0, 0), (-1, 0)),
            ("SPAN", (1, 1), (-1, 1)),
            ("SPAN", (1, 2), (3, 2)),
            ("SPAN", (5, 2), (-1, 2)),
            ("SPAN", (0, 8), (0, 14)),
            ("SPAN", (1, 8), (1, 9)),
            ("SPAN", (1, 10), (1, 12)),
            ("SPAN", (0, 15), (0, 17)),
            ("SPAN", (1, 15), (1, 16)),
            ("SPAN", (0, 19), (4, 19)),
        ]
    )
    widths = [50, 54, 96, 50, 48, 46, 40, 99]
    table = Table(rows, colWidths=widths, style=style, repeatRows=0)
    story.append(table)
    story.append(Spacer(1, 10))
    story.append(Paragraph("四、存在的问题和改进措施", head))
    story.append(
        Paragraph(
            "部分学校食堂从业人员年龄偏大，营养配餐能力不足；个别学校膳食结构单一。下一步将分批组织食堂从业人员"
            "参加营养配餐培训，推广营养食谱，提升供餐质量。",
            body,
        )
    )
    story.append(Paragraph("杉木溪县教育局　2024年3月5日", body))

    path = OUT / "P01.pdf"
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=56,
        rightMargin=56,
        topMargin=60,
        bottomMargin=60,
        title="杉木溪县2023年度学生营养改善计划绩效自评报告",
        author=AUTHOR,
        invariant=1,
    )
    doc.build(story)
    return {
        "file": "P01.pdf",
        "format": "pdf",
        "level": "县",
        "kind": "项目",
        "issuer": "杉木溪县教育局",
        "year": 2023,
        "clean": False,
        "defects": [
            {
                "kind": "score-above-max",
                "where": "附件表“营养餐抽检合格率”行：分值6、得分7",
                "codes": ["SC101"],
                "at": [{"page": 1, "lines": [40, 40]}],
                "text": "营养餐抽检合格率",
                "note": "产出得分51 > 50；总分99 = 10+51+28+10 按所写相加成立",
            },
            {
                "kind": "percentage",
                "where": "一、项目概况：寄宿制学生4317人，占36.57%",
                "codes": ["AR102"],
                "at": [{"page": 1, "lines": [4, 6]}],
                "text": "36.57%",
                "note": "4317/12486 = 34.57%，写作36.57%",
            },
        ],
        "traps": [
            {
                "kind": "exec-over-100",
                "where": "年度资金总额行 1875.81/1860.00 = 100.85%，得10分；县级资金 104.26%",
                "codes": ["SC501", "SC702"],
                "text": "100.85%",
                "note": "执行率超100%按满分10分，正确；县级资金387.81/372.00 = 104.25%",
            },
            {
                "kind": "breakdown-ok",
                "where": "1488.00+372.00 = 1860.00；1488.00+387.81 = 1875.81",
                "codes": ["AR101", "AR104"],
                "at": [{"page": 1, "lines": [7, 9]}],
                "note": "其中分项相加正确",
            },
            {
                "kind": "percentage-ok",
                "where": "12486较目标12000超出4.05%",
                "codes": ["AR102"],
                "at": [{"page": 1, "lines": [4, 6]}],
                "note": "486/12000 = 4.05%",
            },
            {
                "kind": "admin-compound",
                "where": "县域内学生体质健康监测；各县区",
                "codes": ["WD101"],
                "note": "县域/县区 复合词，县级报告可用",
            },
            {
                "kind": "external-score",
                "where": "考核得分95.5分，位列第一",
                "codes": ["SC401", "SC201"],
                "text": "95.5",
                "note": "外部考核得分，不是自评总分",
            },
        ],
    }


# ---- P02: 旗 部门整体 report (2013 framework), score table as plain text lines, running header + page numbers -----


class LinePdf:
    """A4 pages of unruled text lines with a running header and a page-number footer; tracks page/line anchors."""

    LEFT, RIGHT, TOP, BOTTOM = 62.0, 533.0, 770.0, 80.0
    SIZE, LEADING = 10.5, 17.5

    def __init__(self, path: Path, title: str, header: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen import canvas

        register_font()
        self.width = pdfmetrics.stringWidth
        self.canvas = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(AUTHOR)
        self.header = header
        self.pages: list[list[str]] = []
        self._start_page()

    def _start_page(self) -> None:
        self.pages.append([])
        self.canvas.setFont(FONT, 9)
        self.canvas.drawString(self.LEFT, 805, self.header)
        self.canvas.line(self.LEFT, 800, self.RIGHT, 800)
        self.pages[-1].append(self.header)
        self.canvas.setFont(FONT, self.SIZE)
        self.y = self.TOP + self.LEADING

    def _end_page(self, total: int | None = None) -> None:
        self.canvas.setFont(FONT, 9)
        self.canvas.drawCentredString(297.6, 45, f"— {len(self.pages)} —")
        self.canvas.showPage()

    def _line(self) -> tuple[int, int]:
        self.y -= self.LEADING
        if self.y < self.BOTTOM:
            self._end_page()
            self._start_page()
            self.y -= self.LEADING
        self.pages[-1].append("")
        return len(self.pages), len(self.pages[-1])

    def p(self, text: str, indent: bool = True) -> dict[str, Any]:
        first = 2 * self.SIZE if indent else 0.0
        pieces: list[str] = []
        current, room = "", self.RIGHT - self.LEFT - first
        for char in text:
            if self.width(current + char, FONT, self.SIZE) > room and char not in CLOSING:
                # keep a number whole, as a word processor does: move its digits to the next line
                cut = len(current)
                while cut and char in NUMBER_CHARS and current[cut - 1] in NUMBER_CHARS:
                    cut -= 1
                if not cut:
                    cut = len(current)
                pieces.append(current[:cut])
                current, room = current[cut:], self.RIGHT - self.LEFT
            current += char
        pieces.append(current)
        start = end = (0, 0)
        for index, piece in enumerate(pieces):
            end = self._line()
            if index == 0:
                start = end
            self.canvas.drawString(self.LEFT + (first if index == 0 else 0.0), self.y, piece)
            self.pages[-1][-1] = piece
        if start[0] != end[0]:
            return {"page": start[0], "lines": [start[1], start[1]]}
        return {"page": end[0], "lines": [start[1], end[1]]}

    def row(self, cells: Sequence[str], xs: Sequence[float]) -> dict[str, Any]:
        page, line = self._line()
        for text, x in zip(cells, xs, strict=True):
            if text:
                self.canvas.drawString(self.LEFT + x, self.y, text)
        self.pages[-1][-1] = "  ".join(cells)
        return {"page": page, "lines": [line, line]}

    def save(self) -> None:
        self._end_page()
        self.canvas.save()


def build_p02() -> dict[str, Any]:
    title = "巴音查干旗农牧和科技局2023年度部门整体支出绩效自评报告"
    pdf = LinePdf(OUT / "P02.pdf", title, title)
    a: dict[str, Any] = {}
    pdf.p(title, indent=False)
    pdf.p("一、部门基本情况", indent=False)
    pdf.p(
        "我局为旗人民政府工作部门，内设股室8个，下属旗农牧业技术推广中心、旗动物疫病预防控制中心等事业单位5个，"
        "负责全旗农牧业发展规划、草原生态保护补助奖励政策落实、动物防疫和农牧业科技推广等工作。年末在职人员"
        "156人，其中行政人员29人、事业人员127人。"
    )
    a["budget"] = pdf.p(
        "2023年度调整后预算8630.25万元，全年支出8512.40万元，其中基本支出2214.66万元、项目支出6297.74万元，"
        "预算完成率98.63%。“三公”经费全年支出16.82万元，其中公务接待费2.40万元、公务用车运行维护费14.42万元，"
        "较2022年的18.35万元下降8.34%。"
    )
    pdf.p("二、年度主要工作完成情况", indent=False)
    a["year"] = pdf.p("（一）2022年度重点任务完成情况", indent=False)
    pdf.p(
        "全年兑现草原生态保护补助奖励资金4862.30万元，惠及农牧户6215户；完成牲畜口蹄疫、布病等重大动物疫病"
        "强制免疫1086.4万头（只），免疫密度保持在90%以上；推广玉米大豆带状复合种植3.2万亩；建成高标准农田"
        "5.6万亩，其中新建4.1万亩、改造提升1.5万亩。"
    )
    pdf.p("（二）荣誉与考核", indent=False)
    a["region"] = pdf.p(
        "我局草原监管工作在全区农牧系统经验交流会上作典型发言；在自治区农牧厅组织的2023年度全区草原生态补奖"
        "政策落实绩效考核中，我旗考核得分93.5分，位列全区各旗县前列。"
    )
    pdf.p("三、绩效自评结果", indent=False)
    a["intro"] = pdf.p(
        "依据部门整体支出绩效评价共性指标体系，我局从投入、过程、产出、效果四个方面开展自评，自评得分96.5分，"
        "等级为“优”。各项指标得分情况如下表："
    )
    xs = [0.0, 70.0, 110.0, 160.0, 290.0, 340.0]
    pdf.row(["一级指标", "分值", "得分", "二级指标", "分值", "得分"], xs)
    pdf.row(["投入", "20", "19.5", "目标设定", "8", "8"], xs)
    pdf.row(["", "", "", "预算配置", "12", "11.5"], xs)
    pdf.row(["过程", "25", "24", "预算执行", "12", "11"], xs)
    a["missing"] = pdf.row(["", "", "", "预算管理", "8", ""], xs)
    pdf.row(["", "", "", "资产管理", "5", "5"], xs)
    pdf.row(["产出", "30", "29", "实际完成率", "8", "8"], xs)
    pdf.row(["", "", "", "完成及时率", "8", "7"], xs)
    pdf.row(["", "", "", "质量达标率", "7", "7"], xs)
    pdf.row(["", "", "", "重点工作办结率", "7", "7"], xs)
    pdf.row(["效果", "25", "24", "经济效益", "5", "5"], xs)
    pdf.row(["", "", "", "社会效益", "6", "6"], xs)
    pdf.row(["", "", "", "可持续影响", "6", "5"], xs)
    a["survey_row"] = pdf.row(["", "", "", "社会公众满意度", "8", "8"], xs)
    a["total"] = pdf.row(["合计", "100", "96.5", "", "", ""], xs)
    pdf.p("四、指标完成情况说明", indent=False)
    pdf.p(
        "（一）投入方面。绩效目标与部门职责相符，指标细化量化；重点支出安排率较高，但年初预算对动物防疫物资"
        "采购需求估计不足，预算配置扣0.5分。"
    )
    pdf.p(
        "（二）过程方面。年中追加草原生态补奖资金，预算调整率偏高，预算执行扣1分；资金管理和资产管理制度健全，"
        "资产账实相符。"
    )
    pdf.p("（三）产出方面。年度各项任务均已完成，个别任务因疫病防控需要延后完成，完成及时率扣1分。")
    a["survey"] = pdf.p(
        "（四）效果方面。向农牧户、合作社和嘎查村干部发放满意度问卷600份，回收580份，其中满意551份、基本满意"
        "21份、不满意8份，满意率95.00%；禁牧区域个别地段监管不到位，可持续影响扣1分。"
    )
    pdf.p("五、存在的问题及改进措施", indent=False)
    pdf.p(
        "一是预算编制精细化程度不够，追加调整较多，今后将提前对接自治区、盟级资金下达计划。二是基层农牧业技术"
        "推广人员老化，下一步通过公开招聘和定向培养充实队伍。"
    )
    pdf.p("巴音查干旗农牧和科技局", indent=False)
    pdf.p("2024年3月22日", indent=False)
    pdf.save()
    return {
        "file": "P02.pdf",
        "format": "pdf",
        "level": "旗",
        "kind": "整体-2013",
        "issuer": "巴音查干旗农牧和科技局",
        "year": 2023,
        "province": "自治区（内蒙古式：旗、嘎查、盟）",
        "clean": False,
        "defects": [
            {
                "kind": "missing-score",
                "where": "得分表“预算管理 8”行没有得分",
                "codes": ["SC301"],
                "at": [a["missing"]],
                "text": "预算管理",
                "note": "过程24 = 11 + 预算管理满分8 + 5；只缺得分",
            },
            {
                "kind": "year",
                "where": "二（一）标题“2022年度重点任务完成情况”（2023年度报告）",
                "codes": ["TX105"],
                "at": [a["year"]],
                "text": "2022年度",
                "note": "标题下写的是2023年工作（同一报告一、三、四均为2023年度）",
            },
        ],
        "traps": [
            {
                "kind": "admin-region",
                "where": "全区农牧系统、全区各旗县（全区 = 自治区）",
                "codes": ["WD101"],
                "at": [a["region"]],
                "note": "自治区语境下旗级报告写“全区”",
            },
            {
                "kind": "external-score",
                "where": "自治区考核得分93.5分",
                "codes": ["SC401", "SC201"],
                "at": [a["region"]],
                "note": "外部考核得分，不是自评总分",
            },
            {
                "kind": "breakdown-ok",
                "where": "8512.40 = 2214.66+6297.74；16.82 = 2.40+14.42；下降8.34%；98.63%",
                "codes": ["AR101", "AR102", "AR104"],
                "at": [a["budget"]],
                "note": "1.53/18.35 = 8.34%；8512.40/8630.25 = 98.63%",
            },
            {
                "kind": "questionnaire",
                "where": "问卷600份回收580份，满意551份，满意率95.00%",
                "codes": ["AR102"],
                "at": [a["survey"]],
                "note": "551/580 = 95.00%（不是551/600）；551+21+8 = 580",
            },
            {
                "kind": "running-header",
                "where": "每页页眉重复报告标题、页脚页码",
                "codes": ["ST101"],
                "at": [{"page": 2, "lines": [1, 1]}],
                "note": "页眉不是重复段落",
            },
            {
                "kind": "score-table-ok",
                "where": "合计100/96.5 = 19.5+24+29+24",
                "codes": ["SC201", "SC202"],
                "at": [a["total"]],
                "note": "各级分值、得分相加正确（预算管理按满分8计）",
            },
        ],
    }


# ---- X01: 区 10号 table in a workbook, 得分 before 分值 and after 偏差原因, merged cells -------------------------


def build_x01() -> dict[str, Any]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "社区居家养老服务中心运营补贴"],
        ["主管部门", "宁川市柳湾区民政局", None, None, "实施单位", "柳湾区各街道办事处"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分", "分值"],
        ["年度资金总额", 480, 520, 481, "92.50%", 10, 10],
        ["其中：区级财政资金", 480, 520, 481, "92.50%", None, None],
        [
            "年度总体目标",
            "预期目标：支持16个社区居家养老服务中心正常运营，为辖区60周岁以上老年人提供助餐、日间照料等服务。",
            None,
            None,
            "实际完成情况",
            "16个中心全部运营，全年助餐服务21.6万人次。",
        ],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "偏差原因分析及改进措施",
            "得分",
            "分值",
        ],
        ["产出指标", "数量指标", "运营补贴覆盖中心数", "16个", "16个", None, 8, 8],
        [None, None, "助餐服务人次", "≥20万人次", "21.6万人次", None, 8, 8],
        [
            None,
            None,
            "日间照料服务人次",
            "≥3万人次",
            "2.7万人次",
            "冬季到中心老人减少，下年度增加上门服务",
            6.3,
            7,
        ],
        [None, "质量指标", "服务中心星级评定达标率", "≥90%", "87.5%", "2个中心未达标，已督促整改", 6, 7],
        [None, "时效指标", "补贴资金按季度拨付", "按季度", "按季度", None, 10, 10],
        [None, "成本指标", "每人次助餐补贴标准", "≤4元", "4元", None, 10, 10],
        ["效益指标", "社会效益指标", "老年人助餐便利度提升", "明显提升", "明显提升", None, 10, 10],
        [None, None, "辖区老年人居家养老服务覆盖率", "≥60%", "63.2%", None, 10, 10],
        [
            None,
            "可持续影响指标",
            "社会力量参与运营中心数",
            "≥10个",
            "9个",
            "1个中心运营方退出，正在重新招标",
            9,
            10,
        ],
        ["满意度指标", "服务对象满意度指标", "老年人及家属满意度", "≥90%", "92.3%", None, 10, 10],
        ["总分", None, None, None, None, None, 98.3, 100],
        ["填表人：刘　敏　　联系电话：0713-5268814　　填表日期：2024年3月12日"],
    ]
    for row in rows:
        ws.append(row)
    merges = [
        "A1:H1",
        "A2:H2",
        "B3:H3",
        "B4:D4",
        "F4:H4",
        "B8:D8",
        "F8:H8",
        "A10:A15",
        "B10:B12",
        "A16:A18",
        "B16:B17",
        "A20:F20",
        "A21:H21",
    ]
    for m in merges:
        ws.merge_cells(m)
    for line in ws.iter_rows():
        for c in line:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCDEFGH", (12, 14, 26, 12, 12, 26, 8, 8), strict=True):
        ws.column_dimensions[col].width = width
    save_workbook(wb, OUT / "X01.xlsx", "柳湾区居家养老运营补贴绩效自评表", AUTHOR, FIXED_TIME)
    return {
        "file": "X01.xlsx",
        "format": "xlsx",
        "level": "区",
        "kind": "项目",
        "issuer": "宁川市柳湾区民政局",
        "year": 2023,
        "clean": False,
        "defects": [
            {
                "kind": "exec-rate",
                "where": "年度资金总额行：全年预算520、执行481，执行率92.50%，得分10（应9.25）",
                "codes": ["SC501"],
                "at": [{"sheet": "项目自评表", "row": 6}],
                "text": "92.50%",
                "note": "列序：执行率、得分、分值（得分在分值前）",
            },
            {
                "kind": "score-sum",
                "where": "总分行得分98.3；10+48.3+29+10 = 97.3",
                "codes": ["SC201"],
                "at": [{"sheet": "项目自评表", "row": 20}],
                "text": "98.3",
                "note": "产出8+8+6.3+6+10+10 = 48.3，效益10+10+9 = 29，满意度10，执行率10 → 97.3（执行率按9.25则96.55），写作98.3",
            },
        ],
        "traps": [
            {
                "kind": "column-order",
                "where": "得分列在分值列之前（G=得分，H=分值）",
                "codes": ["SC101"],
                "at": [
                    {"sheet": "项目自评表", "row": 12},
                    {"sheet": "项目自评表", "row": 13},
                    {"sheet": "项目自评表", "row": 18},
                ],
                "note": "6.3/7、6/7、9/10：得分低于分值；若把列读反就会误报超分",
            },
            {
                "kind": "partial-score",
                "where": "日间照料 2.7/3 = 90%，得 7×0.9 = 6.3",
                "codes": ["SC702"],
                "at": [{"sheet": "项目自评表", "row": 12}],
                "note": "按完成比例计分，正确",
            },
            {
                "kind": "breakdown-ok",
                "where": "其中：区级财政资金 = 年度资金总额",
                "codes": ["AR101"],
                "at": [{"sheet": "项目自评表", "row": 7}],
                "note": "唯一资金来源",
            },
            {
                "kind": "phone-date",
                "where": "填表人、电话、日期行",
                "codes": ["TX105", "AR102"],
                "at": [{"sheet": "项目自评表", "row": 21}],
                "note": "2024年填写2023年度表",
            },
        ],
    }


# ---- X02: 县 四川-style 权重 form with 小计 per level ----------------------------------------------------------


def build_x02() -> dict[str, Any]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    rows: list[list[Any]] = [
        ["部门预算项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "农村公路养护专项资金", None, None, None, "主管部门", "青崖县交通运输局"],
        ["实施单位", "青崖县农村公路养护中心"],
        ["预算执行情况（10分）"],
        ["项目", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        ["资金总额", "360.00", "385.00", "374.85", "97.36%", "10", "9.74", None],
        ["其中：财政拨款", "360.00", "385.00", "374.85", "97.36%", None, None, None],
        [
            "年度总体目标",
            "完成县乡道和村道日常养护2062公里以上，改造危桥6座，县域内农村公路优良中等路率不低于85%。",
        ],
        ["绩效指标（90分）"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        ],
        ["产出指标", "数量指标", "县乡道日常养护里程", "≥", "612", "公里", "618", "8", "8", None],
        [None, None, "村道日常养护里程", "≥", "1450", "公里", "1452", "8", "8", None],
        [None, None, "危桥改造数量", "=", "6", "座", "5", "6", "5", "1座因汛期施工窗口不足，顺延至2024年4月"],
        [None, "质量指标", "县域内农村公路优良中等路率", "≥", "85", "%", "86.4", "6", "6", None],
        [None, None, "养护工程交工验收合格率", "=", "100", "%", "100", "6", "6", None],
        [None, "时效指标", "水毁路段抢通时限", "≤", "48", "小时", "36", "8", "8", None],
        [None, "成本指标", "每公里年均养护成本", "≤", "1900", "元", "1811", "8", "8", None],
        ["产出指标小计", None, None, None, None, None, None, "50", "49", None],
        ["效益指标", "社会效益指标", "吸纳农村劳动力公益性岗位", "≥", "120", "个", "126", "10", "10", None],
        [None, None, "农村客运班线通达率", "=", "100", "%", "100", "10", "10", None],
        [
            None,
            "可持续影响指标",
            "乡镇路长制落实率",
            "=",
            "100",
            "%",
            "84.6",
            "5",
            "4",
            "13个乡镇中2个未设专职路管员，已督促落实",
        ],
        ["效益指标小计", None, None, None, None, None, None, "30", "24", None],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "93.6", "10", "10", None],
        ["满意度指标小计", None, None, None, None, None, None, "10", "10", None],
        ["绩效指标合计", None, None, None, None, None, None, "90", "83", None],
        ["总分", None, None, None, None, None, None, "100", "92.74", None],
        [
            "评价结论",
            "项目自评得分92.74分，评价等级为“良”。全年完成日常养护2070公里，改造危桥5座，路况总体稳定。",
        ],
        ["存在问题", "危桥改造受汛期影响进度滞后；个别乡镇路长制落实不到位。"],
        ["改进措施", "提前安排危桥改造施工计划，避开汛期；将路长制落实情况纳入乡镇年度考核。"],
    ]
    for row in rows:
        ws.append(row)
    for m in [
        "A1:J1",
        "A2:J2",
        "B3:E3",
        "G3:J3",
        "B4:J4",
        "A5:J5",
        "B9:J9",
        "A10:J10",
        "A12:A18",
        "B12:B14",
        "B15:B16",
        "A19:G19",
        "A20:A22",
        "B20:B21",
        "A23:G23",
        "A25:G25",
        "A26:G26",
        "A27:G27",
        "B28:J28",
        "B29:J29",
        "B30:J30",
    ]:
        ws.merge_cells(m)
    save_workbook(wb, OUT / "X02.xlsx", "青崖县农村公路养护专项资金绩效自评表", AUTHOR, FIXED_TIME)
    return {
        "file": "X02.xlsx",
        "format": "xlsx",
        "level": "县",
        "kind": "项目",
        "issuer": "青崖县交通运输局",
        "year": 2023,
        "clean": False,
        "defects": [
            {
                "kind": "max-sum",
                "where": "效益指标小计权重30；10+10+5 = 25",
                "codes": ["SC202"],
                "at": [{"sheet": "绩效自评表", "row": 23}],
                "text": "效益指标",
                "note": "绩效指标合计90 = 50+30+10 按小计相加成立，只错在效益小计",
            },
            {
                "kind": "grade",
                "where": "评价结论：92.74分，等级“良”",
                "codes": ["SC601"],
                "at": [{"sheet": "绩效自评表", "row": 28}],
                "text": "良",
                "note": "≥90分应为“优”",
            },
        ],
        "traps": [
            {
                "kind": "exec-rounding",
                "where": "374.85/385.00 = 97.36%，得分9.74",
                "codes": ["SC501", "SC702"],
                "at": [{"sheet": "绩效自评表", "row": 7}],
                "note": "97.3636%×10 = 9.736 → 9.74",
            },
            {
                "kind": "subtotal-rows",
                "where": "产出/效益/满意度小计、绩效指标合计、总分行",
                "codes": ["SC101", "SC201"],
                "at": [
                    {"sheet": "绩效自评表", "row": 19},
                    {"sheet": "绩效自评表", "row": 25},
                    {"sheet": "绩效自评表", "row": 26},
                    {"sheet": "绩效自评表", "row": 27},
                ],
                "note": "49 = 8+8+5+6+6+8+8；83 = 49+24+10；92.74 = 83+9.74",
            },
            {
                "kind": "partial-score",
                "where": "危桥 5/6 座，得 6×5/6 = 5 分",
                "codes": ["SC702"],
                "at": [{"sheet": "绩效自评表", "row": 14}],
                "note": "按比例计分",
            },
            {
                "kind": "cost-division",
                "where": "每公里年均养护成本1811元 = 374.85万元/2070公里",
                "codes": ["AR102"],
                "at": [{"sheet": "绩效自评表", "row": 18}],
                "note": "3748500/2070 = 1810.9",
            },
            {
                "kind": "admin-compound",
                "where": "县域内农村公路优良中等路率",
                "codes": ["WD101"],
                "at": [{"sheet": "绩效自评表", "row": 15}, {"sheet": "绩效自评表", "row": 9}],
                "note": "县域 复合词",
            },
        ],
    }




# ---- W01: 自治区 县 项目 report in Word, narrative restating every first-level score -----------------------------


def build_w01() -> dict[str, Any]:
    from docx import Document

    doc = Document()
    paras: list[str] = []

    def p(text: str, style: str | None = None) -> int:
        if style:
            doc.add_paragraph(text, style=style)
        else:
            doc.add_paragraph(text)
        paras.append(text)
        return len(paras)

    a: dict[str, int] = {}
    p("龙滩县卫生健康局2023年度县级公立医院能力提升项目绩效自评报告", "Title")
    p("一、项目基本情况", "Heading 1")
    a["intro"] = p(
        "为落实自治区县域医疗卫生服务能力提升工作部署，2023年县财政安排县级公立医院能力提升项目资金2600.00万元，"
        "用于县人民医院、县中医医院医疗设备购置和重点专科建设。"
    )
    a["money"] = p(
        "项目全年预算2600.00万元，其中自治区补助资金1800.00万元、县本级资金800.00万元；全年执行2587.00万元，"
        "其中县人民医院1720.00万元、县中医医院867.00万元，预算执行率99.50%。"
    )
    p("二、绩效自评工作开展情况", "Heading 1")
    p(
        "局成立由主要负责同志任组长的自评小组，对照年初绩效目标，采取查阅资料、实地核查和患者问卷相结合的方式开展自评。"
    )
    p("三、综合评价结论", "Heading 1")
    a["concl"] = p(
        "项目自评总分96.95分，其中预算执行率得9.95分、产出指标得48分、效益指标得29分、满意度指标得10分，评价等级为“优”。"
        "另按自治区卫生健康委通报表扬情况，依评价办法加1分，加分后综合得分97.95分。"
    )
    p("四、绩效目标实现情况", "Heading 1")
    a["exec"] = p(
        "（一）预算执行情况（分值10分，得分9.95分）。全年预算2600.00万元，执行2587.00万元，执行率99.50%。"
    )
    a["out"] = p(
        "（二）产出指标完成情况（分值50分，得分48分）。购置医疗设备47台（套），建成重点专科3个，设备验收合格率100%，"
        "县人民医院通过三级医院评审；因2台大型设备到货延迟，安装调试于2023年12月20日完成，晚于计划时间，时效指标扣2分。"
    )
    a["eff"] = p(
        "（三）效益指标完成情况（分值30分，得分28分）。县域内就诊率达到91.3%，转往县外住院人次较上年下降6.8%；"
        "全年培养骨干医师18人，较目标少2人，扣1分。"
    )
    a["sat"] = p(
        "（四）满意度指标完成情况（分值10分，得分10分）。发放住院患者问卷500份，回收有效问卷482份，满意459份，满意度95.2%。"
    )
    p("五、存在的问题", "Heading 1")
    a["dup1"] = p(
        "大型医疗设备采购周期长，受厂家排产影响到货时间难以把控，部分设备未能按计划时间投入使用；"
        "高层次医疗人才引进难，重点专科带头人储备不足。"
    )
    p("六、改进措施", "Heading 1")
    p("（一）提前启动设备采购论证，合理安排采购时序。")
    p("（二）与区内三甲医院建立对口帮扶机制，柔性引进学科带头人。")
    a["dup2"] = p(
        "大型医疗设备采购周期长，受厂家排产影响到货时间难以把控，部分设备未能按计划时间投入使用；"
        "高层次医疗人才引进难，重点专科带头人储备不足。"
    )
    a["rank"] = p("在全区县级医院综合能力评估中，县人民医院排名由上年第41位提升至第28位。")
    p("附件：项目支出绩效自评表")

    header = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    rows = [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", "2400.00", "2600.00", "2587.00", "10", "99.50%", "9.95", ""],
        ["其中：自治区补助", "1800.00", "1800.00", "1800.00", "—", "100.00%", "—", ""],
        ["县本级资金", "600.00", "800.00", "787.00", "—", "98.38%", "—", ""],
        header,
        ["产出指标", "数量指标", "购置医疗设备数量", "≥45台（套）", "47台（套）", "10", "10", ""],
        ["", "", "重点专科建设数量", "≥3个", "3个", "8", "8", ""],
        ["", "质量指标", "设备验收合格率", "100%", "100%", "10", "10", ""],
        ["", "", "三级医院评审", "通过", "已通过", "7", "7", ""],
        [
            "",
            "时效指标",
            "设备安装调试完成时间",
            "2023年11月底前",
            "2023年12月20日",
            "7",
            "5",
            "2台大型设备到货延迟",
        ],
        ["", "成本指标", "项目支出控制数", "≤2600万元", "2587万元", "8", "8", ""],
        ["效益指标", "社会效益指标", "县域内就诊率", "≥90%", "91.3%", "10", "10", ""],
        ["", "", "转往县外住院人次下降率", "≥5%", "6.8%", "10", "10", ""],
        ["", "可持续影响指标", "培养骨干医师人数", "≥20人", "18人", "10", "9", "引进人才到岗延迟"],
        ["满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "95.2%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "96.95", ""],
    ]
    table = doc.add_table(rows=len(rows), cols=8)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for col, value in enumerate(values):
            table.cell(r, col).text = value
    for (r0, c0), (r1, c1) in [
        ((5, 0), (10, 0)),
        ((5, 1), (6, 1)),
        ((7, 1), (8, 1)),
        ((11, 0), (13, 0)),
        ((11, 1), (12, 1)),
        ((15, 0), (15, 4)),
    ]:
        keep = table.cell(r0, c0).text
        for r in range(r0, r1 + 1):
            for col in range(c0, c1 + 1):
                table.cell(r, col).text = ""
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = keep
    p("龙滩县卫生健康局")
    p("2024年3月28日")
    props = doc.core_properties
    props.author = AUTHOR
    props.title = "龙滩县县级公立医院能力提升项目绩效自评报告"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = AUTHOR
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    (OUT / "W01.docx").write_bytes(fixed_archive(buffer.getvalue(), FIXED_TIME))
    return {
        "file": "W01.docx",
        "format": "docx",
        "level": "县",
        "kind": "项目",
        "issuer": "龙滩县卫生健康局",
        "year": 2023,
        "province": "自治区（广西式：全区 = 自治区）",
        "clean": False,
        "defects": [
            {
                "kind": "text-table",
                "where": "四（三）“效益指标…得分28分”，表中效益 10+10+9 = 29，结论段也写29",
                "codes": ["SC401"],
                "at": [{"para": a["eff"]}, {"table": 1, "row": 12}],
                "text": "效益指标完成情况",
                "note": "正文复述的一级得分与表不符",
            },
            {
                "kind": "duplicate",
                "where": "六、改进措施末段逐字重复五、存在的问题",
                "codes": ["ST101"],
                "at": [{"para": a["dup2"]}, {"para": a["dup1"]}],
                "text": "大型医疗设备采购周期长",
                "note": "复制粘贴的整段",
            },
        ],
        "traps": [
            {
                "kind": "bonus",
                "where": "加1分后综合得分97.95分（表内总分96.95）",
                "codes": ["SC401", "SC201"],
                "at": [{"para": a["concl"]}],
                "note": "加分项在表外，96.95+1 = 97.95；96.95 = 9.95+48+29+10",
            },
            {
                "kind": "admin-region",
                "where": "全区县级医院综合能力评估；区内三甲医院（全区/区内 = 自治区）",
                "codes": ["WD101"],
                "at": [{"para": a["rank"]}, {"para": a["rank"] - 2}],
                "note": "自治区语境",
            },
            {
                "kind": "breakdown-ok",
                "where": "2600 = 1800+800；2587 = 1720+867",
                "codes": ["AR101", "AR104"],
                "at": [{"para": a["money"]}],
                "note": "按资金来源和按使用单位两种拆分都正确",
            },
            {
                "kind": "exec-rounding",
                "where": "2587/2600 = 99.50%，得9.95；县本级787/800 = 98.38%",
                "codes": ["SC501"],
                "at": [{"table": 1, "row": 2}, {"table": 1, "row": 4}, {"para": a["exec"]}],
                "note": "正确",
            },
            {
                "kind": "admin-compound",
                "where": "县域医疗卫生服务能力；县域内就诊率",
                "codes": ["WD101"],
                "at": [{"para": a["intro"]}, {"para": a["eff"]}],
                "note": "县域 复合词，县级报告",
            },
            {
                "kind": "questionnaire",
                "where": "459/482 = 95.2%",
                "codes": ["AR102"],
                "at": [{"para": a["sat"]}],
                "note": "以有效问卷计",
            },
        ],
    }


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    entries = {
        "P01": build_p01(),
        "P02": build_p02(),
        "X01": build_x01(),
        "X02": build_x02(),
        "W01": build_w01(),
    }
    header = (
        "# Answer key for the office documents of this folder (format of the development corpus' documents/key.yaml).\n"
        "# Written by make_fresh3.py; anchors: {para}, {table,row}, {sheet,row}, {page,lines} (see that key's header).\n\n"
    )
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=120)
    (OUT / "key.yaml").write_text(header + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
