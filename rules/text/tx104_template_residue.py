from __future__ import annotations

from functools import cache
from typing import Any

from linter import patterns
from linter.analysis.scan import paragraphs_with_words
from linter.analysis.text import sentences
from linter.diagnostics import Severity, Span
from linter.model import Paragraph, Report
from linter.rule import Context, Message, Rule
from rules.text.common import excerpt, is_han, load

_STARS = r"\*{2,}"
_BOLD = r"\*\*(?=[^*\s])[^*]*?(?<=[^*\s])\*\*"
_LENTICULAR = r"【[^【】]*】"
_PAREN = r"[（(][^（()）]*[）)]"
_QUESTION_END = "。？?"
_QUESTION = "是否"


class TemplateResidue(Rule):
    """报告里留有模板的占位符、填写说明或未作答的“是否”问句。

    检查内容
        占位符：XX、××、ＸＸ、○○、`**`、20XX年、X月X日（英文单词里的 XX 不算；同一行里成对的 `**粗体**`
        是 Markdown 粗体，不算），空的【】和写着待填栏目的【单位名称】【联系人姓名】（【典型案例】这样的小标题不算）；填写说明：【填写…】【请填写…】（此处…）（请填写…）“请在此处填写”“单击此处输入文字”；
        以及照抄模板的“是否”问句：整句以“是否……一致。”“是否……？”结束，既没有作答，也不是嵌在
        “了解/检验/判断/核实/分析……是否……”之类的叙述里。公开版本里隐去个人信息的星号或叉号
        （139****5678、0571-8836××××、王**、张××、****局）不是占位符。

    为什么
        模板残留说明报告没有认真填写，评审会视为内容缺失。模板里的“是否……”是要求单位回答的问题，
        原样照抄等于没有回答。

    反例
        ```text
        4、自评材料报送及公开一致情况。我局所报送的自评报告、数据表、评分表是否与公开的自评报告、数据表、评分表一致。
        ```

    正例
        ```text
        1、自评材料报送及公开一致情况。我局所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致。
        2、自评工作过程。通过自我评价，了解资金使用是否达到了预期目标、资金管理是否规范。
        ```
    """

    code = "TX104"
    slug = "template-residue"
    summary_en = "Template placeholders, filling instructions or unanswered 是否 questions left in the report"
    severity = Severity.WARNING

    def check(self, report: Report, ctx: Context) -> None:
        data = load("residue")
        for paragraph in paragraphs_with_words(report, _clues()):
            found: list[tuple[Span, Message]] = []
            found += _placeholders(paragraph, data)
            found += _instructions(paragraph, data)
            reach = -1  # the furthest end of a residue reported so far; every one of them starts earlier
            for span, message in sorted(found, key=lambda f: (f[0].start, -f[0].end)):
                if span.end <= reach:
                    continue  # inside one reported: “（请在此处填写）” is one residue, not two
                reach = span.end
                ctx.report(span, message)
            for span, sentence in _questions(paragraph, data):
                ctx.report(
                    span,
                    Message(
                        f"“{excerpt(sentence)}”照抄了模板的“是否”问句，没有写明结论",
                        f"“{excerpt(sentence)}” repeats the template's 是否 (whether) question instead of answering it",
                    ),
                )


@cache
def _clues() -> tuple[str, ...]:
    """What every residue contains: a placeholder character, an instruction word, 【 or 是否."""
    data = load("residue")
    words = [
        *data["instructions"],
        *data["paren-instruction-words"],
        "【",
        _QUESTION,
        *data["placeholder-characters"],
        "*",
    ]
    # A word that holds another is found by it: only the shortest words are searched for.
    return tuple(w for w in dict.fromkeys(words) if not any(v != w and v in w for v in words))


def _placeholders(paragraph: Paragraph, data: dict[str, Any]) -> list[tuple[Span, Message]]:
    text, base = paragraph.text, paragraph.span.start
    found = []
    if any(ch in text for ch in data["placeholder-characters"]):  # every placeholder has one
        for pattern in data["placeholders"]:
            for match in patterns.compile(pattern).finditer(text):
                if _masked(text, match.start(), match.end(), data):
                    continue
                found.append(
                    (Span(base + match.start(), base + match.end()), _placeholder_message(match.group()))
                )
    if "【" in text:  # 【】 left empty, or naming the field to fill in (【单位名称】, 【联系人姓名】)
        endings = tuple(data["lenticular-field-endings"])
        for match in patterns.compile(_LENTICULAR).finditer(text):
            inner = match.group()[1:-1].strip(" \u3000_＿")
            if not inner or (inner.endswith(endings) and _unfilled(text, match.start(), match.end())):
                found.append((Span(base + match.start(), base + match.end()), _placeholder_message(match.group())))
    if "**" in text and text.strip(" \t\u3000*-_"):  # a line of asterisks alone is a separator
        bold = [range(m.start(), m.end()) for m in patterns.compile(_BOLD).finditer(text)]
        for match in patterns.compile(_STARS).finditer(text):
            if not any(match.start() in r for r in bold) and not _masked(
                text, match.start(), match.end(), data
            ):
                found.append(
                    (Span(base + match.start(), base + match.end()), _placeholder_message(match.group()))
                )
    return found


def _unfilled(text: str, start: int, end: int) -> bool:
    """Whether a 【field】 at text[start:end] stands where its value should be (联系人：【联系人姓名】，…), not as
    the label before its value (【项目名称】农村公路养护项目)."""
    before = text[:start].rstrip(" \u3000")
    after = text[end:].lstrip(" \u3000")
    return before.endswith(("：", ":")) or not after or after[0] in "，,。；;、）)"


def _masked(text: str, start: int, end: int, data: dict[str, Any]) -> bool:
    """Whether the asterisks (or crosses) at text[start:end] mask personal data in a published copy rather than
    stand for something to fill in: digits on either side (139****5678, 0571-8836××××, an ID number), a
    one-character surname before them (王**, 张××), or an organisation's name masked before its suffix (****局;
    not ××局, the template's own way of writing a name to fill in)."""
    crosses = set(text[start:end]) <= {"×"}
    if not crosses and not set(text[start:end]) <= set("*＊"):
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if crosses and after and after in "年月日号":
        return False  # 20××年: a date to fill in
    if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
        return True
    if before and is_han(before) and (start < 2 or not is_han(text[start - 2])):
        return not after or not is_han(after) or text.startswith(tuple(data["mask-titles"]), end)
    return not crosses and text.startswith(tuple(data["mask-organisations"]), end)


def _placeholder_message(shown: str) -> Message:
    return Message(f"模板占位符“{shown}”未替换", f"template placeholder “{shown}” was not replaced")


def _instructions(paragraph: Paragraph, data: dict[str, Any]) -> list[tuple[Span, Message]]:
    text, base = paragraph.text, paragraph.span.start
    hits: list[tuple[int, int]] = []
    for phrase in data["instructions"]:
        at = text.find(phrase)
        while at >= 0:
            hits.append((at, at + len(phrase)))
            at = text.find(phrase, at + max(1, len(phrase)))
    for match in patterns.compile(_LENTICULAR).finditer(text) if "【" in text else ():
        if any(w in match.group() for w in data["lenticular-instruction-words"]):
            hits.append((match.start(), match.end()))
    for match in patterns.compile(_PAREN).finditer(text) if "（" in text or "(" in text else ():
        inner = match.group()[1:-1].strip()
        if inner.startswith(tuple(data["paren-instruction-starts"])) and any(
            w in inner for w in data["paren-instruction-words"]
        ):
            hits.append((match.start(), match.end()))
    return [
        (
            Span(base + start, base + end),
            Message(
                f"模板填写说明“{excerpt(text[start:end])}”未删除",
                f"template instruction “{excerpt(text[start:end])}” was left in",
            ),
        )
        for start, end in hits
    ]


def _questions(paragraph: Paragraph, data: dict[str, Any]) -> list[tuple[Span, str]]:
    found: list[tuple[Span, str]] = []
    if _QUESTION not in paragraph.text:
        return found
    items = list(sentences(paragraph))
    for n, (start, sentence) in enumerate(items):
        body = sentence.rstrip("。？！?!；; \t\u3000")
        at = body.find(_QUESTION)
        if at < 0 or not sentence.rstrip().endswith(tuple(_QUESTION_END)):
            continue
        before, after = body[:at], body[at + 2 :]
        if before.count("“") > before.count("”"):
            continue  # quoted: a survey item or a document's wording
        if any(w in before for w in data["question-embedding-words"]):
            continue
        if before.endswith(tuple(data["question-embedding-prefixes"])):
            continue
        if any(ch in after for ch in "，,：:") or any(w in after for w in data["question-statement-words"]):
            continue
        following = items[n + 1][1] if n + 1 < len(items) else ""
        if following.startswith(tuple(data["answer-starts"])):
            continue
        found.append((Span(start, start + len(body)), body))
    return found
