"""``jxlint serve``: a local web page for checking reports, and the small HTTP API behind it.

Everything stays on this computer: the server listens on 127.0.0.1 only, accepts requests addressed to
127.0.0.1 or localhost only, and writes nothing but the uploaded files, into a temporary folder that is removed
when the request ends. Each file is checked in a child process that is killed when it runs out of time.

Routes (documented in docs/http-api.md):

- ``GET /`` the page; ``POST /`` with multipart field ``file`` (one or more) the page with the results;
- ``POST /api/check`` the JSON of ``jxlint check --format json`` for the uploaded files;
- ``POST /api/annotate`` a commented copy of one uploaded .docx/.xlsx, where jxlint can write one;
- ``GET /rules/{code}`` a rule's explanation.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from linter import patterns
from linter.diagnostics import Message
from linter.outcome import CheckOptions, FileResult
from linter.render.json_out import to_data, to_json
from linter.web.view import UI, FileView, file_view, totals
from linter.web.worker import Died, Inspected, TimedOut, inspect_file, run_isolated

HOST = "127.0.0.1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
MAX_FILES = 50
CHUNK = 64 * 1024
# An upload over the limit is still read (and dropped), up to this much, so that the browser sees the answer.
DRAIN_LIMIT = 1024**3
ANNOTATABLE = (".docx", ".xlsx")
_SUFFIX = patterns.compile(r"\.[A-Za-z0-9]{1,10}")


def human_size(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g}{unit}"
    return f"{size}B"


def can_annotate() -> bool:
    """Whether this installation can write commented copies (``linter.annotate``)."""
    try:
        return importlib.util.find_spec("linter.annotate") is not None
    except (ImportError, ValueError):
        return False


def _annotate(path: str, out: str, lang: str) -> str:
    """In the child process: write the commented copy of ``path`` to ``out``."""
    from linter.annotate import annotate  # type: ignore[import-not-found, unused-ignore]

    written, _ = annotate(Path(path), Path(out), lang=lang)
    return str(written)


class TooLarge(Exception):
    pass


class BadUpload(Exception):
    """An upload that cannot be read at all; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = 20 * 1024**2  # one upload, all its files together
    timeout: float = 60.0  # seconds for each file


def messages(lang: str) -> dict[str, str]:
    en = lang == "en"
    return {
        "too_large": "The upload is larger than {limit}." if en else "上传的文件超过 {limit} 的上限。",
        "no_file": "No file was uploaded (multipart field “file”)."
        if en
        else "没有收到文件（表单字段 file）。",
        "too_many": f"At most {MAX_FILES} files at once." if en else f"一次最多上传 {MAX_FILES} 个文件。",
        "malformed": "The upload could not be read: {reason}" if en else "无法读取上传的内容：{reason}",
        "type": "not a report format jxlint reads ({suffix}); upload {kinds}"
        if en
        else "不是可检查的报告格式（{suffix}），请上传 {kinds} 文件",
        "timeout": "checking took longer than {seconds} seconds and was stopped"
        if en
        else "检查超过 {seconds} 秒仍未完成，已停止",
        "died": "the process checking this file died" if en else "检查此文件的进程意外退出",
        "no_annotate": "Commented copies are not available in this installation."
        if en
        else "此安装不能生成带批注的副本。",
        "annotate_type": "A commented copy can be made of a .docx or .xlsx file only."
        if en
        else "只能为 .docx 或 .xlsx 文件生成带批注的副本。",
    }


def lang_of(request: Request, form: Any = None) -> str:
    value = request.query_params.get("lang") or (form.get("lang") if form is not None else None)
    return "en" if value == "en" else "zh"


def display_name(upload: UploadFile, index: int) -> str:
    """The uploaded file's own name, without any folder a client may have sent."""
    name = PurePosixPath((upload.filename or "").replace("\\", "/")).name.strip()
    return name or f"upload-{index + 1}"


async def read_form(request: Request, settings: Settings) -> Any:
    """The multipart form, the upload limit enforced while it is read (not only from Content-Length)."""
    limit = settings.max_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        await _drain(request.receive)
        raise TooLarge
    received = 0
    receive = request.receive

    async def counted() -> Any:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            if message.get("more_body", False):
                await _drain(receive)
            raise TooLarge
        return message

    try:
        return await Request(request.scope, counted).form(max_files=MAX_FILES, max_fields=MAX_FILES)
    except HTTPException as exc:  # python-multipart's complaints: a broken body, too many parts
        raise BadUpload(str(exc.detail)) from exc


async def _drain(receive: Callable[[], Awaitable[Any]]) -> None:
    read = 0
    while read < DRAIN_LIMIT:
        message = await receive()
        read += len(message.get("body", b""))
        if not message.get("more_body", False) or message.get("type") == "http.disconnect":
            return


def uploads(form: Any) -> list[UploadFile]:
    files = [f for f in form.getlist("file") if isinstance(f, UploadFile) and (f.filename or f.size)]
    return files


async def check_uploads(files: list[UploadFile], lang: str, settings: Settings) -> list[Inspected]:
    """Check every uploaded file, each in its own child process; the results sorted by name."""
    from linter.source import supported_suffixes

    suffixes = supported_suffixes()
    found: list[Inspected] = []
    folder = Path(tempfile.mkdtemp(prefix="jxlint-serve-"))
    try:
        for index, upload in enumerate(files):
            name = display_name(upload, index)
            suffix = PurePosixPath(name).suffix.lower()
            if suffix not in suffixes or not _SUFFIX.fullmatch(suffix):
                error = Message(
                    messages("zh")["type"].format(suffix=suffix or name, kinds="、".join(sorted(suffixes))),
                    messages("en")["type"].format(suffix=suffix or name, kinds=", ".join(sorted(suffixes))),
                )
                found.append(Inspected(FileResult(name, error=error)))
                continue
            path = folder / f"{index}{suffix}"
            with path.open("wb") as out:
                await upload.seek(0)
                while chunk := await upload.read(CHUNK):
                    out.write(chunk)
            options = CheckOptions(max_bytes=settings.max_bytes)
            found.append(await run_in_threadpool(_check_one, str(path), name, options, settings.timeout))
            path.unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return sorted(found, key=lambda i: i.result.path)


def _check_one(path: str, name: str, options: CheckOptions, timeout: float) -> Inspected:
    zh, en = messages("zh"), messages("en")
    try:
        return run_isolated(inspect_file, (path, name, options), timeout)
    except TimedOut:
        seconds = f"{timeout:g}"
        return Inspected(
            FileResult(name, error=Message(zh["timeout"].format(seconds=seconds), en["timeout"].format(seconds=seconds)))
        )
    except Died:
        return Inspected(FileResult(name, error=Message(zh["died"], en["died"])))
    except RuntimeError as exc:
        return Inspected(FileResult(name, error=Message(f"内部错误：{exc}", f"internal error：{exc}")))


# --- the app -------------------------------------------------------------------------------------------------


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    templates = Environment(
        loader=PackageLoader("linter.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )

    def page(request: Request, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
        from linter import __version__
        from linter.source import supported_suffixes

        t = UI[lang]
        html = templates.get_template("index.html").render(
            lang=lang,
            t=t,
            version=__version__,
            limit=t["limit"].format(size=human_size(settings.max_bytes), timeout=f"{settings.timeout:g}"),
            max_bytes=settings.max_bytes,
            accept=",".join(sorted(supported_suffixes())),
            fragment=request.headers.get("x-jxlint-fragment") == "1",
            **context,
        )
        return HTMLResponse(html, status_code=status)

    async def index(request: Request) -> Response:
        return page(request, lang_of(request))

    async def check_page(request: Request) -> Response:
        lang = lang_of(request)
        text = messages(lang)
        try:
            form = await read_form(request, settings)
        except TooLarge:
            return page(
                request, lang, 413, problem=text["too_large"].format(limit=human_size(settings.max_bytes))
            )
        except BadUpload as exc:
            return page(request, lang, 400, problem=text["malformed"].format(reason=exc))
        try:
            lang = lang_of(request, form)
            files = uploads(form)
            if not files:
                return page(request, lang, 400, problem=messages(lang)["no_file"])
            found = await check_uploads(files, lang, settings)
        finally:
            await form.close()
        results = [i.result for i in found]
        annotate = can_annotate()
        views: list[FileView] = []
        for index, inspected in enumerate(found):
            view = file_view(index, inspected.result, inspected.text, inspected.scores)
            view.commentable = annotate and inspected.result.path.lower().endswith(ANNOTATABLE)
            views.append(view)
        return page(
            request,
            lang,
            views=views,
            totals=totals(views),
            json_text=to_json(results, lang),
        )

    async def api_form(request: Request) -> tuple[Any, Response | None]:
        """The request's multipart form, or the JSON error that refuses it (too large, malformed)."""
        text = messages(lang_of(request))
        try:
            return await read_form(request, settings), None
        except TooLarge:
            limit = human_size(settings.max_bytes)
            return None, JSONResponse({"error": text["too_large"].format(limit=limit)}, status_code=413)
        except BadUpload as exc:
            return None, JSONResponse({"error": text["malformed"].format(reason=exc)}, status_code=400)

    async def api_check(request: Request) -> Response:
        form, refused = await api_form(request)
        if refused is not None:
            return refused
        try:
            lang = lang_of(request, form)
            files = uploads(form)
            if not files:
                return JSONResponse({"error": messages(lang)["no_file"]}, status_code=400)
            found = await check_uploads(files, lang, settings)
        finally:
            await form.close()
        body = json.dumps(to_data([i.result for i in found], lang), ensure_ascii=False, indent=2) + "\n"
        return Response(body, media_type="application/json; charset=utf-8")

    async def api_annotate(request: Request) -> Response:
        if not can_annotate():
            return JSONResponse({"error": messages(lang_of(request))["no_annotate"]}, status_code=404)
        form, refused = await api_form(request)
        if refused is not None:
            return refused
        try:
            lang = lang_of(request, form)
            text = messages(lang)
            files = uploads(form)
            if len(files) != 1:
                return JSONResponse({"error": text["no_file"]}, status_code=400)
            name = display_name(files[0], 0)
            suffix = PurePosixPath(name).suffix.lower()
            if suffix not in ANNOTATABLE:
                return JSONResponse({"error": text["annotate_type"]}, status_code=400)
            folder = Path(tempfile.mkdtemp(prefix="jxlint-serve-"))
            try:
                source, target = folder / f"upload{suffix}", folder / f"commented{suffix}"
                await files[0].seek(0)
                source.write_bytes(await files[0].read())
                written = await run_in_threadpool(
                    run_isolated, _annotate, (str(source), str(target), lang), settings.timeout
                )
                content = Path(written).read_bytes()
            except TimedOut:
                message = text["timeout"].format(seconds=f"{settings.timeout:g}")
                return JSONResponse({"error": f"{name}: {message}"}, status_code=422)
            except (Died, RuntimeError, OSError) as exc:
                return JSONResponse({"error": f"{name}: {str(exc) or text['died']}"}, status_code=422)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            await form.close()
        stem = PurePosixPath(name).stem
        download = f"{stem}.jxlint{suffix}"
        from urllib.parse import quote

        media = {
            ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }[suffix]
        disposition = f"attachment; filename*=UTF-8''{quote(download)}"
        return Response(content, media_type=media, headers={"content-disposition": disposition})

    async def rule_page(request: Request) -> Response:
        from markdown_it import MarkdownIt

        from linter import registry
        from linter.docs import rule_markdown

        lang = lang_of(request)
        try:
            rule = registry.by_name(request.path_params["code"])
        except registry.SelectorError as exc:
            return page(request, lang, 404, problem=str(exc))
        body = MarkdownIt("commonmark").enable("table").render(rule_markdown(rule))
        return page(request, lang, rule_html=body, rule_code=rule.code)

    static = StaticFiles(packages=[("linter.web", "static")])
    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/", check_page, methods=["POST"]),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/annotate", api_annotate, methods=["POST"]),
            Route("/rules/{code}", rule_page, methods=["GET"]),
            Mount("/static", static, name="static"),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=ALLOWED_HOSTS)],
    )


def main(port: int, open_browser: bool, max_bytes: int, timeout: float) -> int:
    """Serve until interrupted; print the address first."""
    import errno
    import socket

    import uvicorn

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((HOST, port))
    except OSError as exc:
        listener.close()
        in_use = exc.errno == errno.EADDRINUSE
        reason = (
            "端口已被占用，请用 --port 指定其他端口 / port in use" if in_use else (exc.strerror or str(exc))
        )
        print(f"jxlint: {HOST}:{port}：{reason}", file=sys.stderr)
        return 2
    url = f"http://{HOST}:{listener.getsockname()[1]}/"
    print(f"jxlint serve: {url}  （按 Ctrl+C 停止 / Ctrl+C to stop）", flush=True)
    app = create_app(Settings(max_bytes=max_bytes, timeout=timeout))
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(0.5, webbrowser.open, (url,)).start()
    server.run(sockets=[listener])
    return 0
