"""Builders for document fixtures (.docx, .xlsx, .pdf, .html and broken files), made at test time."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

REPORT_TITLE = "某县财政局2022年度部门整体支出绩效自评报告"
SCORE_SENTENCE = "应急救援演练次数，分值为2分。全年进行了4次演练，得3分。"

# ---- .docx


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _add_numbering(document: object) -> str:
    """Add a three-level Chinese list definition (一、 / （1） / 1.) and return its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%3."/></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph: object, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def build_docx(path: Path) -> Path:
    """A report with a title, auto-numbered headings, a score sentence, a merged-cell table, header/footer."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉文字不应出现"
    section.footer.paragraphs[0].text = "页脚第1页不应出现"
    num_id = _add_numbering(document)

    document.add_heading(REPORT_TITLE, level=0)
    _number(document.add_paragraph("部门基本情况"), num_id, 0)
    document.add_paragraph("本局内设机构5个。")
    document.add_paragraph("")  # an empty paragraph is not a line
    _number(document.add_paragraph("自评得分情况"), num_id, 0)
    _number(document.add_paragraph("履职效能总分值为4分，自评分值为4分"), num_id, 1)
    document.add_paragraph(SCORE_SENTENCE)
    _number(document.add_paragraph("满意度总分值为4分，自评分值为4分"), num_id, 1)
    _number(document.add_paragraph("社会公众满意度"), num_id, 2)
    _number(document.add_paragraph("服务对象满意度"), num_id, 2)

    table = document.add_table(rows=4, cols=4)
    for row, values in enumerate(
        [
            ("一级指标", "二级指标", "分值", "得分"),
            ("产出指标", "数量指标", "10", "9"),
            ("", "质量指标", "10", "10"),
            ("总分", "", "20", "19"),
        ]
    ):
        for column, value in enumerate(values):
            if value:
                table.cell(row, column).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # 产出指标 spans two rows
    table.cell(3, 0).merge(table.cell(3, 1))  # 总分 spans two columns

    _number(document.add_paragraph("存在的问题"), num_id, 0)
    for text in ("预算编制不够精准", "绩效目标不够细化"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("第一行\t含制表符")
    document.save(str(path))
    return path


# ---- .xlsx


def build_xlsx(path: Path) -> Path:
    """A 自评表: title row, header row, merged 一级指标 cells, a percentage, decimals and a 总分 row at row 12."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "自评表"
    sheet["A1"] = "2022年度部门整体支出绩效自评表"
    sheet.merge_cells("A1:F1")
    sheet.append(["一级指标", "二级指标", "三级指标", "完成值", "分值", "得分"])
    rows = [
        ("产出指标", "数量指标", "培训人次", 1200, 10, 10),
        (None, None, "检查次数", 24, 10, 9),
        (None, "质量指标", "验收合格率", 0.985, 10, 9.5),
        (None, "时效指标", "完成及时率", 1, 10, 10),
        ("效益指标", "社会效益", "群众知晓率", 0.9, 20, 18),
        (None, "可持续影响", "制度完善", "完善", 10, 10),
        ("满意度指标", "服务对象满意度", "满意度", 0.95, 10, 10),
        ("成本指标", "经济成本", "成本节约率", 0.05, 10, 10.0),
        ("预算执行", "预算执行率", "执行率", 1, 10, 10),
    ]
    for values in rows:
        sheet.append(list(values))
    sheet.merge_cells("A3:A6")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("A7:A8")
    for cell in ("D5", "D6", "D7", "D9", "D10", "D11"):
        sheet[cell].number_format = "0.0%"
    sheet.append(["总分", None, None, None, 100, 96.5])
    sheet.merge_cells("A12:D12")
    notes = workbook.create_sheet("说明")
    notes["B2"] = "得分依据见报告正文"
    hidden = workbook.create_sheet("隐藏")
    hidden["A1"] = "隐藏工作表不应出现"
    hidden.sheet_state = "hidden"
    workbook.save(str(path))
    return path


# ---- .pdf


def _cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


LONG_PARAGRAPH = (
    "2022年度本局认真落实预算绩效管理要求，应急救援演练次数，分值为2分。全年进行了4次应急救援演练，"
    "演练覆盖全部乡镇和重点企业，参演人员达到三百余人次，得3分。"
)


def build_pdf(path: Path) -> Path:
    """Two pages of Chinese text (STSong-Light): headings, a paragraph that wraps, a ruled score table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=18, wordWrap="CJK")
    indented = ParagraphStyle("indented", parent=body, firstLineIndent=24)
    table = Table(
        [["一级指标", "分值", "得分"], ["产出指标", "10", "9"], ["总分", "20", "19"]],
        colWidths=[150, 80, 80],
    )
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    )
    story = [
        Paragraph(REPORT_TITLE, body),
        Paragraph("一、部门基本情况", body),
        Paragraph(LONG_PARAGRAPH, indented),
        Paragraph("二、自评得分情况", body),
        Spacer(1, 6),
        table,
        Spacer(1, 6),
        Paragraph("表后说明文字。", body),
        PageBreak(),
        Paragraph("三、存在的问题", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def build_scanned_pdf(path: Path) -> Path:
    """A page holding only an image: no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (40, 20), color=128)
    page = canvas.Canvas(str(path))
    page.drawImage(ImageReader(picture), 72, 600, width=200, height=100)
    page.showPage()
    page.save()
    return path


def build_encrypted_pdf(path: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret"))
    page.drawString(72, 700, "locked")
    page.showPage()
    page.save()
    return path


# ---- .html

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_某县人民政府</title>
<style>.x {{ color: red }}</style><script>var menu = "首页";</script></head>
<body>
<div class="header"><div class="logo">某县人民政府门户网站</div></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="wrap">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 财政信息</div>
  <div class="article-title">{title}</div>
  <div class="content" id="zoom">
    <p>　　一、部门基本情况</p>
    <p>本局内设机构5个，
    在职人员32人。</p>
    <p>二、自评得分情况</p>
    <p>{score}</p>
    <table border="1">
      <tr><th>一级指标</th><th>二级指标</th><th>分值</th><th>得分</th></tr>
      <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>10</td><td>9</td></tr>
      <tr><td>质量指标</td><td>10</td><td>10</td></tr>
      <tr><td colspan="2">总分</td><td>20</td><td>19</td></tr>
    </table>
    <ol><li>预算编制不够精准</li><li><p>绩效目标不够细化</p></li></ol>
    <p>三、下一步工作<br>加强预算管理。</p>
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<div class="footer">版权所有：某县人民政府 ICP备案号</div>
</body></html>
"""


def build_html(path: Path) -> Path:
    page = HTML_PAGE.format(title=REPORT_TITLE, score=SCORE_SENTENCE)
    path.write_bytes(page.encode("gbk"))
    return path


# ---- broken and hostile files

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def fake_ole(*streams: str) -> bytes:
    """An OLE compound-file header followed by directory names (enough for format sniffing)."""
    names = b"".join(name.encode("utf-16-le") + b"\x00\x00" for name in streams)
    return OLE_MAGIC + b"\x00" * 504 + names + b"\x00" * 256


def zip_bomb(path: Path, member: str = "word/document.xml", megabytes: int = 20) -> Path:
    """An archive whose one member is ``megabytes`` of zeros, compressed about a thousandfold."""
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(member, "w", force_zip64=True) as stream:
            for _ in range(megabytes):
                stream.write(chunk)
    return path


def plain_zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def build_report_pdf(text: str, path: Path, header: str) -> Path:
    """A plain-text report typeset as a PDF the way offices print one (STSong-Light, A4): every line a paragraph,
    numbered headings flush left and body text indented by two characters, wrapped by CJK line breaking; a
    running header on every page and a centred page number (“— 3 —”) at the foot."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = _cjk_font()
    body = ParagraphStyle(
        "body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=24
    )
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0)
    numbered = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[)）])")

    def furniture(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, header)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {document.page} —")
        canvas.restoreState()

    story: list[Any] = []
    for line in text.splitlines():
        if not line.strip():
            story.append(Spacer(1, 10))
            continue
        style = heading if numbered.match(line) else body
        story.append(Paragraph(escape(line.strip()), style))
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=64, rightMargin=64, topMargin=60, bottomMargin=60
    ).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path
