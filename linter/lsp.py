"""``jxlint lsp``: a language server (pygls) for reports written as .txt or .md.

It lints an open document on open, on save, and shortly after each change (the run waits until the typing
pauses), with the same rules and configuration as ``jxlint check`` (``jxlint.yaml`` or its kin, the nearest
above the file; for an unsaved document, the workspace's) and its inline suppressions. Findings become LSP
diagnostics: the severity mapped, ``code`` = the rule code with a link to the rule's page, the evidence spans as
related information, and positions in the code units the client negotiated (UTF-16 unless it asks for UTF-8 or
UTF-32), counted from the text the client holds.
A fixable finding offers its fix as a quick fix, every finding offers to disable its rule on the flagged line,
and hovering over a flagged span shows the rule's explanation.

Initialization options (all optional): ``{"lang": "en"}`` for English messages; ``{"docsUrl":
"https://…/docs/rules/{code}.md"}`` for the rule pages' address (by default the pages under ``docs/rules`` of
this installation, when it has them); ``{"debounce": 0.3}`` for the pause, in seconds, before a change is linted.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from linter import __version__
from linter.config import CONFIG_NAMES, Config, ConfigError, find_config, load_config
from linter.diagnostics import Diagnostic, Severity, Span
from linter.engine import Linter
from linter.model import line_starts
from linter.source import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, Source, prepared
from linter.suppress import Problem, directive, lint_source, problem_text

log = logging.getLogger(__name__)

SOURCE = "jxlint"
DEFAULT_DEBOUNCE = 0.3  # seconds without a change before the document is linted again
LANGUAGE_IDS = ("plaintext", "markdown")  # an unsaved document is linted when it is one of these
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
DOCS_DIR = Path(__file__).resolve().parent.parent / "docs" / "rules"  # present in a source checkout


# --- positions ----------------------------------------------------------------------------------------------


class Positions:
    """Offsets into a text ↔ LSP positions (0-based line, column in the negotiated code units).

    Lines end at CRLF, CR or LF, as in LSP and in jxlint's own line numbers (other Unicode line separators
    do not end a line).
    """

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.starts = line_starts(text)
        self.encoding = encoding

    def units(self, chunk: str) -> int:
        if self.encoding == types.PositionEncodingKind.Utf32:
            return len(chunk)
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(chunk.encode("utf-8", "surrogatepass"))
        return len(chunk.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line, self.units(self.text[self.starts[line] : offset]))

    def range(self, span: Span) -> types.Range:
        return types.Range(self.position(span.start), self.position(span.end))

    def offset(self, position: types.Position) -> int:
        """The offset of a client position; past the end of a line means the end of that line (before its
        break), and a position inside a character means the position after it."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        counted = 0
        offset = start
        while offset < end and counted < position.character:
            counted += self.units(self.text[offset])
            offset += 1
        return offset

    def line_start(self, offset: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, offset) - 1]

    def line_break(self) -> str:
        """The document's own line break (its first one), LF when it has none."""
        if len(self.starts) < 2:
            return "\n"
        end = self.starts[1]
        return "\r\n" if self.text[end - 2 : end] == "\r\n" else self.text[end - 1]


# --- findings -----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Linted:
    """One lint run of one version of a document: the diagnostics as jxlint made them and as sent."""

    version: int | None
    positions: Positions
    found: list[tuple[Diagnostic, types.Diagnostic]] = field(default_factory=list)
    notes: list[types.Diagnostic] = field(default_factory=list)  # directives that name no rule jxlint knows

    def at(self, start: int, end: int) -> list[tuple[Diagnostic, types.Diagnostic]]:
        """The findings whose span touches [start, end]."""
        return [(d, lsp) for d, lsp in self.found if d.span.start <= end and start <= d.span.end]


def disable_comment(code: str, markdown: bool) -> str:
    """The suppression comment that disables ``code`` on the line below it."""
    text = directive([code], "disable-next-line")
    return f"<!-- {text} -->" if markdown else text


def is_markdown(uri: str, language_id: str | None) -> bool:
    return language_id == "markdown" or Path(to_fs_path(uri) or uri).suffix.lower() in MARKDOWN_SUFFIXES


class JxlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("jxlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.lang = "zh"
        self.docs_url: str | None = None
        self.debounce = DEFAULT_DEBOUNCE
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self._linters: dict[tuple[str | None, int], Linter] = {}
        self._reported: set[tuple[str, str]] = set()  # configuration errors already shown

    # -- settings --

    def configure(self, options: Any) -> None:
        if not isinstance(options, dict):
            return
        if options.get("lang") in ("zh", "en"):
            self.lang = options["lang"]
        if isinstance(options.get("docsUrl"), str) and "{code}" in options["docsUrl"]:
            self.docs_url = options["docsUrl"]
        debounce = options.get("debounce")
        if isinstance(debounce, int | float) and 0 <= debounce <= 10:
            self.debounce = float(debounce)

    def rule_href(self, code: str) -> str | None:
        if self.docs_url is not None:
            return self.docs_url.format(code=code)
        page = DOCS_DIR / f"{code}.md"
        return from_fs_path(str(page)) if page.is_file() else None

    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    # -- linting --

    def is_open(self, uri: str) -> bool:
        return unquote(uri) in self.workspace.text_documents  # pygls keeps documents under the unquoted URI

    def wants(self, uri: str) -> bool:
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri)
        if path is not None and Path(path).suffix:
            return Path(path).suffix.lower() in TEXT_SUFFIXES
        return document.language_id in LANGUAGE_IDS

    def config_for(self, uri: str) -> Path | None:
        path = to_fs_path(uri)
        if path is not None:
            return find_config(Path(path))
        root = self.workspace.root_path  # an unsaved document: the workspace's configuration
        return find_config(Path(root)) if root else None

    def linter_for(self, uri: str) -> Linter | None:
        """The Linter for a document's configuration; None (and one message) when that configuration is bad."""
        config = self.config_for(uri)
        try:
            stamp = config.stat().st_mtime_ns if config is not None else 0
        except OSError:
            config, stamp = None, 0
        key = (str(config) if config else None, stamp)
        linter = self._linters.get(key)
        if linter is None:
            try:
                settings = load_config(config) if config is not None else Config()
                linter = Linter(settings)
            except ConfigError as exc:
                if (str(config), str(exc)) not in self._reported:
                    self._reported.add((str(config), str(exc)))
                    self.window_show_message(
                        types.ShowMessageParams(types.MessageType.Error, f"jxlint: {exc.text(self.lang)}")
                    )
                return None
            self._linters[key] = linter
        return linter

    def lint(self, uri: str) -> Linted | None:
        """Lint the document now and publish its diagnostics."""
        self.cancel(uri)
        if not self.is_open(uri) or not self.wants(uri):
            return None
        document = self.workspace.get_text_document(uri)
        text = document.source
        positions = Positions(text, self.encoding())
        linted = Linted(document.version, positions)
        linter = self.linter_for(uri)
        if linter is not None:
            name = to_fs_path(uri) or uri
            try:
                source = Source(name, prepared(text, is_markdown(uri, document.language_id)), "utf-8")
                result = lint_source(linter, source, name)  # inline suppressions applied
            except Exception:  # a bug in jxlint must not take the editor's server down
                log.exception("jxlint failed on %s", uri)
            else:
                linted.found = [(d, self.diagnostic(uri, d, positions)) for d in result.diagnostics]
                linted.notes = [self.note(p, positions) for p in result.suppressions.problems]
        self.linted[uri] = linted
        published = [lsp for _, lsp in linted.found] + linted.notes
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri, published, version=document.version)
        )
        return linted

    def diagnostic(self, uri: str, d: Diagnostic, positions: Positions) -> types.Diagnostic:
        href = self.rule_href(d.code)
        return types.Diagnostic(
            range=positions.range(d.span),
            message=d.message.get(self.lang),
            severity=SEVERITY[d.severity],
            code=d.code,
            code_description=types.CodeDescription(href) if href else None,
            source=SOURCE,
            related_information=[
                types.DiagnosticRelatedInformation(types.Location(uri, positions.range(r.span)), r.message.get(self.lang))
                for r in d.related
            ]
            or None,
            data={"rule": d.slug},
        )

    def note(self, problem: Problem, positions: Positions) -> types.Diagnostic:
        """A suppression directive that disables nothing, shown on its line."""
        start = positions.starts[min(problem.line, len(positions.starts)) - 1]
        end = start + len(positions.text[start:].split("\n", 1)[0].rstrip("\r"))
        return types.Diagnostic(
            range=positions.range(Span(start, end)),
            message=problem_text(problem, self.lang),
            severity=types.DiagnosticSeverity.Warning,
            source=SOURCE,
        )

    def schedule(self, uri: str) -> None:
        """Lint after a pause: a change that comes sooner replaces this run."""
        self.cancel(uri)

        async def later() -> None:
            await asyncio.sleep(self.debounce)
            self.pending.pop(uri, None)
            self.lint(uri)

        self.pending[uri] = asyncio.get_running_loop().create_task(later())

    def cancel(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    def current(self, uri: str) -> Linted | None:
        """The findings for the document as it is now (linting it first if a run is pending)."""
        if not self.is_open(uri):
            return None
        linted = self.linted.get(uri)
        if linted is None or linted.version != self.workspace.get_text_document(uri).version:
            linted = self.lint(uri)
        return linted

    def forget(self, uri: str) -> None:
        self.cancel(uri)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    # -- code actions and hover --

    def actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        linted = self.current(uri)
        if linted is None:
            return []
        positions = linted.positions
        start, end = positions.offset(params.range.start), positions.offset(params.range.end)
        document = self.workspace.get_text_document(uri)
        markdown = is_markdown(uri, document.language_id)
        en = self.lang == "en"
        fixes: list[types.CodeAction] = []
        disables: dict[tuple[str, int], types.CodeAction] = {}
        for d, lsp in linted.at(start, end):
            if d.fix is not None:
                edits = [types.TextEdit(positions.range(e.span), e.replacement) for e in d.fix.edits]
                fixes.append(
                    types.CodeAction(
                        title=f"{d.fix.title.zh}（{d.code}）" if not en else f"{d.fix.title.en} ({d.code})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[lsp],
                        is_preferred=d.fix.safe,
                        edit=self.workspace_edit(uri, linted.version, edits),
                    )
                )
            line_start = positions.line_start(d.span.start)
            if (d.code, line_start) in disables:
                disables[(d.code, line_start)].diagnostics.append(lsp)  # type: ignore[union-attr]
                continue
            at = positions.position(line_start)
            comment = disable_comment(d.code, markdown) + positions.line_break()
            title = f"Disable {d.code} on this line" if en else f"在此行停用 {d.code}（{d.slug}）"
            disables[(d.code, line_start)] = types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[lsp],
                edit=self.workspace_edit(uri, linted.version, [types.TextEdit(types.Range(at, at), comment)]),
            )
        return fixes + list(disables.values())

    def workspace_edit(
        self, uri: str, version: int | None, edits: list[types.TextEdit]
    ) -> types.WorkspaceEdit:
        identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(identifier, edits)])  # type: ignore[list-item]

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        linted = self.current(params.text_document.uri)
        if linted is None:
            return None
        offset = linted.positions.offset(params.position)
        here = [(d, lsp) for d, lsp in linted.found if d.span.start <= offset <= d.span.end]
        if not here:
            return None
        from linter import registry
        from linter.docs import rule_markdown

        parts = []
        for code in dict.fromkeys(d.code for d, _ in here):
            messages = [f"- {d.message.get(self.lang)}" for d, _ in here if d.code == code]
            parts.append("\n".join(messages) + "\n\n" + rule_markdown(registry.by_name(code)))
        return types.Hover(
            contents=types.MarkupContent(types.MarkupKind.Markdown, "\n---\n\n".join(parts)),
            range=here[0][1].range,
        )


def build_server() -> JxlintServer:
    server = JxlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: JxlintServer, params: types.InitializeParams) -> None:
        ls.configure(params.initialization_options)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: JxlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: JxlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: JxlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if Path(to_fs_path(uri) or uri).name in CONFIG_NAMES:
            for other in list(ls.linted):
                ls.lint(other)  # the configuration changed: every open report again
        else:
            ls.lint(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: JxlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: JxlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: JxlintServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    return server


def main() -> int:
    """Serve on standard input and output until the client says exit."""
    build_server().start_io()
    return 0
