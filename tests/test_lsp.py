"""``jxlint lsp`` end to end: pytest-lsp's client talks to the real server in a subprocess.

Expected positions are computed here independently of the server: from ``jxlint check``'s 1-based character
columns, through the line's own UTF-16 encoding.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from linter.lsp import Positions, disable_comment
from linter.outcome import CheckOptions, check_file
from tests.conftest import ROOT, SEED_DIR

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "linter", "lsp"])
SEED = SEED_DIR / "000_2ec9bfa385b23c94.txt"
SAMPLE = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"
# A plane-2 CJK character (two UTF-16 code units, four UTF-8 bytes) and an emoji before the findings.
ASTRAL = "𠀀😀测试文字。，😀𠀁内容好\n第二行😀，，结束\n"


async def start(client: LanguageClient, **options: object) -> None:
    capabilities = client_capabilities("visual-studio-code")
    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities, initialization_options={"debounce": 0.05, **options}
        )
    )


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await start(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER)
async def english(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await start(lsp_client, lang="en", docsUrl="https://example.org/rules/{code}.html")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER)
async def utf8(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    capabilities = client_capabilities("neovim")
    capabilities.general = types.GeneralClientCapabilities(position_encodings=["utf-8", "utf-16"])
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities, initialization_options={"debounce": 0.05})
    )
    assert result.capabilities.position_encoding == "utf-8"
    yield
    await lsp_client.shutdown_session()


# --- helpers, independent of the server's own conversion -------------------------------------------------


def utf16(line: str, column: int) -> int:
    """UTF-16 code units before the 1-based character column ``column`` of ``line``."""
    return len(line[: column - 1].encode("utf-16-le")) // 2


def offset_of(text: str, position: types.Position) -> int:
    lines = text.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: position.line])
    if position.line >= len(lines):
        return start
    head = lines[position.line].encode("utf-16-le")[: 2 * position.character].decode("utf-16-le")
    return start + len(head)


def apply(text: str, edits: list[types.TextEdit]) -> str:
    spans = sorted(
        ((offset_of(text, e.range.start), offset_of(text, e.range.end), e) for e in edits), reverse=True
    )
    for start, end, edit in spans:
        text = text[:start] + edit.new_text + text[end:]
    return text


def edits_of(action: types.CodeAction) -> list[types.TextEdit]:
    assert action.edit is not None and action.edit.document_changes
    [change] = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    return [e for e in change.edits if isinstance(e, types.TextEdit)]


def expected_ranges(path: Path) -> list[tuple[str, types.Range]]:
    """(code, range in UTF-16) of every finding ``jxlint check`` reports for the file."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    for f in check_file(str(path), path.name, CheckOptions()).findings:
        p = f.position
        start = types.Position(p.line - 1, utf16(lines[p.line - 1], p.column))
        end = types.Position(
            p.end_line - 1, utf16(lines[p.end_line - 1] if p.end_line <= len(lines) else "", p.end_column)
        )
        found.append((f.code, types.Range(start, end)))
    return sorted(found, key=lambda item: (item[1].start.line, item[1].start.character, item[0]))


def got_ranges(diagnostics: list[types.Diagnostic]) -> list[tuple[str, types.Range]]:
    found = [(str(d.code), d.range) for d in diagnostics]
    return sorted(found, key=lambda item: (item[1].start.line, item[1].start.character, item[0]))


async def open_file(client: LanguageClient, path: Path, text: str | None = None) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(
                uri=uri,
                language_id="markdown" if path.suffix == ".md" else "plaintext",
                version=1,
                text=path.read_bytes().decode("utf-8") if text is None else text,
            )
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def change(client: LanguageClient, path: Path, text: str, version: int) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def actions_at(
    client: LanguageClient, path: Path, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(path.as_uri()),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def same(diagnostics: list[types.Diagnostic] | None, wanted: types.Diagnostic) -> bool:
    return [(d.code, d.range) for d in diagnostics or []] == [(wanted.code, wanted.range)]


def report_copy(tmp_path: Path, source: Path) -> Path:
    if not source.is_file():
        pytest.skip(f"{source.name} not available (the seed report lives in ../shared/seed)")
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    return copy


# --- tests -----------------------------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("source", [SEED, SAMPLE], ids=["seed", "sample"])
async def test_report_round_trip(client: LanguageClient, tmp_path: Path, source: Path) -> None:
    """Open a report, get the CLI's findings at the right ranges, apply a quick fix, see the finding go."""
    path = report_copy(tmp_path, source)
    text = path.read_text(encoding="utf-8")
    diagnostics = await open_file(client, path)
    assert got_ranges(diagnostics) == expected_ranges(path)
    assert all(d.source == "jxlint" and d.severity is not None for d in diagnostics)
    scored = [d for d in diagnostics if d.code == "SC101"]
    assert scored, "the report's score above its points is found"
    assert any(
        text.splitlines()[d.range.start.line][d.range.start.character :].startswith("得3分") for d in scored
    )

    finding = next(
        f for f in check_file(str(path), path.name, CheckOptions()).findings if f.fix and f.fix.safe
    )
    assert finding.fix is not None
    line = text.splitlines()[finding.position.line - 1]
    fixable = next(
        d
        for d in diagnostics
        if d.code == finding.code
        and d.range.start == types.Position(finding.position.line - 1, utf16(line, finding.position.column))
    )
    actions = await actions_at(client, path, fixable)
    [fix] = [a for a in actions if a.title.startswith(finding.fix.title.zh) and same(a.diagnostics, fixable)]
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    fixed = apply(text, edits_of(fix))
    assert fixed != text
    after = await change(client, path, fixed, version=2)
    gone = [d for d in after if d.code == fixable.code and d.range.start.line == fixable.range.start.line]
    assert not gone
    assert len(after) < len(diagnostics)


@pytest.mark.asyncio
async def test_astral_characters_count_two_utf16_units(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    diagnostics = await open_file(client, path)
    ranges = got_ranges(diagnostics)
    assert ranges == expected_ranges(path)
    # 𠀀 and 😀 are two UTF-16 units each: “。，” starts at character 6 but at UTF-16 unit 8.
    assert ("TX101", types.Range(types.Position(0, 8), types.Position(0, 10))) in ranges
    assert ("TX101", types.Range(types.Position(1, 5), types.Position(1, 7))) in ranges

    first = next(d for d in diagnostics if d.range.start.line == 0 and d.code == "TX101")
    [fix] = [
        a for a in await actions_at(client, path, first) if a.is_preferred and same(a.diagnostics, first)
    ]
    fixed = apply(ASTRAL, edits_of(fix))
    assert fixed.splitlines()[0] == "𠀀😀测试文字，😀𠀁内容好"
    after = await change(client, path, fixed, version=2)
    assert [d.range.start.line for d in after if d.code == "TX101"] == [1]


@pytest.mark.asyncio
async def test_utf8_when_the_client_asks_for_it(utf8: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    diagnostics = await open_file(utf8, path)
    first = next(d for d in diagnostics if d.range.start.line == 0 and d.code == "TX101")
    head = "𠀀😀测试文字"
    assert first.range.start == types.Position(0, len(head.encode("utf-8")))
    assert first.range.end == types.Position(0, len((head + "。，").encode("utf-8")))


@pytest.mark.asyncio
async def test_diagnostic_fields_and_hover(english: LanguageClient, tmp_path: Path) -> None:
    path = report_copy(tmp_path, SAMPLE)
    diagnostics = await open_file(english, path)
    scored = next(d for d in diagnostics if d.code == "SC101")
    assert scored.severity == types.DiagnosticSeverity.Error
    assert scored.code_description is not None
    assert scored.code_description.href == "https://example.org/rules/SC101.html"
    assert "points" in scored.message or "score" in scored.message  # English messages
    assert scored.related_information, "the points stated elsewhere are related information"
    assert all(r.location.uri == path.as_uri() for r in scored.related_information)
    infos = [d for d in diagnostics if d.severity == types.DiagnosticSeverity.Information]
    assert infos

    hover = await english.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(path.as_uri()), scored.range.start)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "# SC101 score-above-max" in hover.contents.value
    assert scored.message in hover.contents.value
    nothing = await english.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(path.as_uri()), types.Position(10_000, 0))
    )
    assert nothing is None


@pytest.mark.asyncio
@pytest.mark.parametrize("suffix", [".txt", ".md"])
async def test_disable_rule_here(client: LanguageClient, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    text = "第一行\r\n第二行😀，，结束\r\n"
    path.write_text(text, encoding="utf-8", newline="")
    [finding] = [d for d in await open_file(client, path) if d.code == "TX101"]
    actions = await actions_at(client, path, finding)
    [disable] = [a for a in actions if "TX101" in a.title and not a.is_preferred]
    [edit] = edits_of(disable)
    assert edit.range == types.Range(types.Position(1, 0), types.Position(1, 0))
    comment = disable_comment("TX101", markdown=suffix == ".md")
    disabled = apply(text, [edit])
    assert disabled == f"第一行\r\n{comment}\r\n第二行😀，，结束\r\n"
    assert comment == (
        "<!-- jxlint: disable-next-line=TX101 -->" if suffix == ".md" else "jxlint: disable-next-line=TX101"
    )
    after = await change(client, path, disabled, version=2)
    assert not [d for d in after if d.code == "TX101"], "the inserted directive disables the finding"

    misspelt = disabled.replace("TX101", "TX1O1")
    [note] = [d for d in await change(client, path, misspelt, version=3) if d.code is None]
    assert note.range.start == types.Position(1, 0) and "TX1O1" in note.message


@pytest.mark.asyncio
async def test_saving_the_configuration_lints_open_reports_again(
    client: LanguageClient, tmp_path: Path
) -> None:
    path = tmp_path / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    assert [d for d in await open_file(client, path) if d.code == "TX101"]
    config = tmp_path / "jxlint.yaml"
    config.write_text("ignore: [TX101]\n", encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(config.as_uri()))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert not [d for d in client.diagnostics[path.as_uri()] if d.code == "TX101"]


@pytest.mark.asyncio
async def test_changes_in_quick_succession_are_linted_once(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    await open_file(client, path)
    lines = ASTRAL.splitlines(keepends=True)
    for version, text in enumerate([lines[0], ASTRAL + "再加一行。，\n", ASTRAL], start=2):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=version, uri=path.as_uri()),
                [types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
    published = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert published.version == 4, "the earlier versions were never linted"
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 0.5)


@pytest.mark.asyncio
async def test_workspace_configuration_is_honoured(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "jxlint.yaml").write_text("ignore: [TX101]\n", encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    assert not [d for d in await open_file(client, path) if d.code == "TX101"]


@pytest.mark.asyncio
async def test_bad_configuration_is_a_message_not_a_crash(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "jxlint.yaml").write_text("ignore: [NOPE999]\n", encoding="utf-8")
    path = tmp_path / "astral.txt"
    path.write_text(ASTRAL, encoding="utf-8")
    assert await open_file(client, path) == []
    assert any("NOPE999" in m.message for m in client.messages)


def test_positions_round_trip() -> None:
    text = "a😀b\r\n𠀀c\rd\n"
    for encoding, units in (("utf-16", (0, 1, 3, 4)), ("utf-8", (0, 1, 5, 6)), ("utf-32", (0, 1, 2, 3))):
        positions = Positions(text, encoding)
        assert [positions.position(o).character for o in range(4)] == list(units)
        for offset in range(len(text) + 1):
            assert positions.offset(positions.position(offset)) == offset or text[offset - 1] in "\r\n"
    positions = Positions(text)
    assert positions.position(6) == types.Position(1, 2)  # after 𠀀 on the second line
    assert positions.offset(types.Position(1, 1)) == 6  # inside 𠀀: the position after it
    assert positions.offset(types.Position(0, 99)) == 3  # past the end: the end of the line
    assert positions.offset(types.Position(9, 0)) == len(text)
    assert positions.line_break() == "\r\n"
