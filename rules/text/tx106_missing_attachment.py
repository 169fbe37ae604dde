from __future__ import annotations

import re
from functools import cache

from linter import patterns
from linter.analysis.scan import paragraph_at
from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.text.common import excerpt, load

_DIGITS = "0123456789０１２３４５６７８９"
_NUMERALS = _DIGITS + "一二三四五六七八九十"


class MissingAttachment(Rule):
    """列出的附件后面没有内容。

    检查内容
        一行以“附件N：标题”（或“附件：标题”“附表N”）开头，其后直到下一节标题或全文结束都只有空行：
        附件只剩标题，正文缺失。附件后面接着表格或正文，或写明“另附”“单独报送”“详见…”，都不算；
        句中提到的“见附件1”也不算。下一节标题须是附件之前已经开始的那一级编号的延续（如“一、”之后的“二、”），
        附件内容本身以“一、”开头时不算。

    为什么
        评审要核对自评表等附件；报告里写了附件却没有附上，等于少交了材料。

    反例
        ```text
        一、自评结论
        整体运行良好。
        附件1：2022年度部门整体绩效自评表

        二、佐证材料
        ```

    正例
        ```text
        一、自评结论
        整体运行良好。
        附件1：2022年度部门整体绩效自评表
        指标 分值 得分
        二、佐证材料
        ```
    """

    code = "TX106"
    slug = "missing-attachment"
    summary_en = "An attachment is named but nothing follows it"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        data = load("attachments")
        labels = tuple(data["labels"])
        paragraphs = report.paragraphs
        index = 0
        for start in _labelled(report, labels):
            if start < index:
                continue  # in the block before
            index = start
            pattern = _attachment_line(labels)
            block: list[tuple[Paragraph, re.Match[str]]] = []
            while index < len(paragraphs):
                paragraph = paragraphs[index]
                if paragraph.is_blank and block:
                    index += 1
                    continue
                match = pattern.match(paragraph.text)
                if match is None or _starts_list(match.group("title")):
                    break
                block.append((paragraph, match))
                index += 1
            if not block:
                index += 1
                continue
            following = paragraphs[index] if index < len(paragraphs) else None
            if following is not None and not _continues_document(report, following, block[0][0]):
                continue  # the attachment's content follows
            for paragraph, match in block:
                title = match.group("title").strip()
                if any(w in paragraph.text for w in data["elsewhere"]):
                    continue
                label = match.group("label")
                span = Span(
                    paragraph.span.start + match.start("label"), paragraph.span.start + match.end("label")
                )
                where = "下一节之前" if following is not None else "全文结束之前"
                message = (
                    Message(
                        f"{label}“{excerpt(title)}”只有标题，{where}没有附件内容",
                        f"{label} “{excerpt(title)}” has a title but no content",
                    )
                    if title
                    else Message(f"{label}之后、{where}没有附件内容", f"nothing follows {label}")
                )
                ctx.report(
                    span,
                    message,
                    related=(
                        ((following.span, Message("下一节从这里开始", "the next section starts here")),)
                        if following is not None
                        else ()
                    ),
                )


def _continues_document(report: Report, heading: Paragraph, attachment: Paragraph) -> bool:
    """``heading`` is a numbered heading of a list that had begun before ``attachment``."""
    if heading.marker is None or heading.marker.inline or heading.marker.value == 1:
        return False  # no heading, or one that starts the attachment's own numbering
    owner = report.facts.list_of.get(heading.index)
    return owner is not None and owner.items[0].index < attachment.index


def _labelled(report: Report, labels: tuple[str, ...]) -> list[int]:
    """Indexes of the paragraphs that start with one of ``labels`` (after spaces), in order."""
    text = report.text
    found: set[int] = set()
    for label in labels:
        at = text.find(label)
        while at >= 0:
            paragraph = paragraph_at(report, at)
            if paragraph is None:
                at = text.find(label, at + 1)
                continue
            if not paragraph.text[: at - paragraph.span.start].strip():
                found.add(paragraph.index)
            at = text.find(label, paragraph.span.end)  # a later one would not start the paragraph
    return sorted(found)


def _starts_list(title: str) -> bool:
    """Whether ``title`` starts with a list item's number (“1.” “2、” “（1）” “(一)”)."""
    digits = len(title) - len(title.lstrip(_DIGITS))
    if 0 < digits <= 3:
        return title[digits:].lstrip().startswith(("、", ".", "．"))
    if not title.startswith(("（", "(")):
        return False
    inner = title[1:].lstrip()
    numerals = len(inner) - len(inner.lstrip(_NUMERALS))
    return 0 < numerals <= 3 and inner[numerals:].lstrip().startswith(("）", ")"))


@cache
def _attachment_line(labels: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(label) for label in labels)
    return patterns.compile(
        rf"^[^\S\r\n]*(?P<label>(?:{names})[^\S\r\n]*(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})?)"
        r"[^\S\r\n]*(?:[：:、.．][^\S\r\n]*|[^\S\r\n]+|$)(?P<title>[^，,；;。]*[。]?)$"
    )
