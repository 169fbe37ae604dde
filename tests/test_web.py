"""``jxlint serve`` over HTTP, through Starlette's test client (the checks run in real child processes)."""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from linter import cli
from linter.diagnostics import Severity
from linter.outcome import Finding, Position
from linter.web.app import Settings, can_annotate, create_app
from linter.web.view import pieces, score_rows
from tests.conftest import ROOT, SEED_DIR

SEED = SEED_DIR / "000_2ec9bfa385b23c94.txt"
SAMPLES = [
    ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt",
    ROOT / "samples" / "documents" / "部门整体自评_区_缺陷.docx",
    ROOT / "samples" / "documents" / "项目支出自评表_县.xlsx",
]


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the server uses, to see that it leaves nothing behind."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def leftovers(folder: Path) -> list[Path]:
    """What is left in the temporary folder, but for the fork server's socket folder (removed at exit)."""
    return [p for p in folder.iterdir() if not p.name.startswith("pymp-")]


@pytest.fixture
def client(temp_root: Path) -> Iterator[TestClient]:
    with TestClient(create_app(), base_url="http://127.0.0.1") as client:
        yield client
    assert leftovers(temp_root) == [], "uploads are removed when the request ends"


def cli_json(paths: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> str:
    """``jxlint check --format json`` on copies of the files, named as the upload names them."""
    folder = tmp_path / "cli"
    folder.mkdir(exist_ok=True)
    for path in paths:
        shutil.copyfile(path, folder / path.name)
    monkeypatch.chdir(folder)
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    cli.main(
        ["check", "--format", "json", "--fail-on", "never", "-j", "1", *options, *(p.name for p in paths)]
    )
    return out.getvalue()


def upload(*paths: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [("file", (p.name, p.read_bytes())) for p in paths]


@pytest.mark.parametrize("path", [SEED, *SAMPLES], ids=lambda p: p.suffix + ":" + p.stem)
def test_api_check_returns_the_cli_json(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    if not path.is_file():
        pytest.skip(f"{path.name} not available (the seed report lives in ../shared/seed)")
    response = client.post("/api/check", files=upload(path))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.text == cli_json([path], tmp_path, monkeypatch)


def test_api_check_several_files_and_english(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = client.post("/api/check?lang=en", files=upload(*SAMPLES))
    assert response.text == cli_json(SAMPLES, tmp_path, monkeypatch, "--lang", "en")
    data = response.json()
    assert data["summary"]["files"] == 3 and data["summary"]["error"] > 0


def test_bad_uploads_are_explained_and_the_server_goes_on(client: TestClient) -> None:
    corrupt = ("file", ("损坏.docx", b"PK\x03\x04 this is not a zip archive"))
    foreign = ("file", ("程序.exe", b"MZ\x90\x00"))
    good = upload(SAMPLES[0])[0]
    response = client.post("/api/check", files=[corrupt, foreign, good])
    assert response.status_code == 200
    files = {f["path"]: f for f in response.json()["files"]}
    assert files["损坏.docx"]["error"]["message"]
    assert "不是可检查的报告格式（.exe）" in files["程序.exe"]["error"]["message"]
    assert files[SAMPLES[0].name]["error"] is None and files[SAMPLES[0].name]["diagnostics"]
    assert response.json()["summary"]["unreadable"] == 2

    page = client.post("/", files=[corrupt, foreign])
    assert page.status_code == 200
    assert "损坏.docx：" in page.text and "程序.exe：" in page.text and 'class="problem"' in page.text

    assert client.post("/api/check", data={"lang": "zh"}).status_code == 400
    empty = client.post("/", files=[("file", ("", b""))])
    assert empty.status_code == 400 and "请先选择" not in empty.text and "没有收到文件" in empty.text
    assert client.post("/api/check", files=upload(SAMPLES[0])).status_code == 200  # still serving


def test_upload_limit(temp_root: Path) -> None:
    app = create_app(Settings(max_bytes=2000))
    big = ("file", ("大.txt", "很长的报告。".encode() * 400))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        response = client.post("/api/check", files=[big])
        assert response.status_code == 413
        assert "上限" in response.json()["error"]
        page = client.post("/?lang=en", files=[big])
        assert page.status_code == 413 and "larger than 1.95KB" in page.text
        # Without a Content-Length (chunked), the limit is enforced while the body is read.
        body = b'--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        body += "很长".encode() * 3000 + b"\r\n--XX--\r\n"
        chunked = client.post(
            "/api/check",
            content=(body[i : i + 1000] for i in range(0, len(body), 1000)),
            headers={"content-type": "multipart/form-data; boundary=XX"},
        )
        assert chunked.status_code == 413
        broken = client.post(
            "/api/check", content=b"garbage", headers={"content-type": "multipart/form-data; boundary=XX"}
        )
        assert broken.status_code == 400 and "无法读取上传的内容" in broken.json()["error"]
        assert client.post("/api/check", files=[("file", ("小.txt", "得分。".encode()))]).status_code == 200
    assert leftovers(temp_root) == []


def test_timeout_per_file(temp_root: Path) -> None:
    with TestClient(create_app(Settings(timeout=0.001)), base_url="http://127.0.0.1") as client:
        response = client.post("/api/check", files=upload(SAMPLES[0]))
    [only] = response.json()["files"]
    assert only["error"]["message"] == "检查超过 0.001 秒仍未完成，已停止"
    assert leftovers(temp_root) == []


def test_page_shows_findings_in_place_and_the_score_tree(client: TestClient) -> None:
    response = client.post("/", files=upload(SAMPLES[0], SAMPLES[2]))
    assert response.status_code == 200
    html = response.text
    marks = re.findall(r'<mark class="hl sev-(\w+)" data-f="[\d ]+" title="([^"]*)">([^<]*)</mark>', html)
    assert ("error", "得3分") in {(sev, text) for sev, _, text in marks}
    assert any("SC101" in title for _, title, text in marks if text == "得3分")
    assert 'class="scores"' in html and "重算（各项得分之和）" in html
    assert re.search(r'<td class="num differs">27</td>', html), "社会效应: 28 claimed, 27 recomputed"
    assert 'class="summary"' in html  # two files: the summary table
    data = re.search(r'<script type="application/json" id="jxlint-json">(.*?)</script>', html, re.S)
    assert data is not None and json.loads(json.loads(data[1]))["summary"]["files"] == 2
    assert ("download-docx" in html) == can_annotate()

    english = client.post("/?lang=en", files=upload(SAMPLES[0]))
    assert "Findings" in english.text and 'class="summary"' not in english.text
    fragment = client.post("/", files=upload(SAMPLES[0]), headers={"X-Jxlint-Fragment": "1"})
    assert not fragment.text.lstrip().startswith("<!doctype") and "<mark" in fragment.text


def test_page_rules_and_hosts(client: TestClient) -> None:
    assert "<form" in client.get("/").text
    from linter.source import supported_suffixes

    assert f'accept="{",".join(sorted(supported_suffixes()))}"' in client.get("/").text  # .xls, .et, .ods … too
    assert "English" in client.get("/").text and "中文" in client.get("/?lang=en").text
    rule = client.get("/rules/SC101")
    assert rule.status_code == 200 and "<h1>SC101 score-above-max</h1>" in rule.text
    assert client.get("/rules/XX999").status_code == 404
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_commented_copy(client: TestClient) -> None:
    docx = SAMPLES[1]
    response = client.post("/api/annotate", files=upload(docx))
    if not can_annotate():
        assert response.status_code == 404 and response.json()["error"]
        return
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert zipfile.ZipFile(io.BytesIO(response.content)).testzip() is None
    assert client.post("/api/annotate", files=upload(SAMPLES[0])).status_code == 400


def finding(line: int, column: int, end_line: int, end_column: int, severity: Severity) -> Finding:
    return Finding(
        "TX101", "doubled-punctuation", severity, "m", Position(line, column, end_line, end_column)
    )


def test_pieces_overlap_points_and_line_breaks() -> None:
    text = "甲乙丙丁\r\n戊己\n"
    found = [
        finding(1, 2, 1, 4, Severity.INFO),  # 乙丙
        finding(1, 3, 1, 5, Severity.ERROR),  # 丙丁
        finding(2, 3, 2, 3, Severity.WARNING),  # a point at the end of line 2
    ]
    lines = pieces(text, found)
    assert [[(p.text, p.ids, p.severity) for p in line] for line in lines] == [
        [("甲", (), ""), ("乙", (0,), "info"), ("丙", (0, 1), "error"), ("丁", (1,), "error")],
        [("戊", (), ""), ("己", (2,), "warning")],
    ]
    multi = pieces("一二\n三四", [finding(1, 2, 2, 2, Severity.INFO)])
    assert [[p.text for p in line if p.ids] for line in multi] == [["二"], ["三"]]


def test_score_rows_sum_the_parts() -> None:
    scores = {
        "blocks": [
            [
                {
                    "label": "履职效能",
                    "line": 3,
                    "max": {"value": "4"},
                    "score_value": "4",
                    "recomputed": "5",
                    "children": [
                        {
                            "label": "演练",
                            "line": 4,
                            "max": {"value": "2"},
                            "score_value": "3",
                            "children": [],
                        },
                        {
                            "label": "宣传",
                            "line": 5,
                            "max": {"value": "3"},
                            "score_value": "2",
                            "children": [],
                        },
                    ],
                }
            ]
        ]
    }
    [[top, drill, _]] = score_rows(scores)
    assert (top.points, top.score, top.parts_score, top.parts_points) == ("4", "4", "5", "5")
    assert top.score_differs and top.points_differ and not top.above_max
    assert drill.above_max and drill.depth == 1


def test_serve_refuses_a_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli.main(["serve", "--port", str(port)]) == 2
    assert f"127.0.0.1:{port}：端口已被占用" in capsys.readouterr().err


def test_check_does_not_load_the_server_libraries() -> None:
    """``jxlint check`` starts as fast as before: pygls, Starlette, uvicorn and Jinja load only for lsp/serve."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from linter.cli import main\n"
        f"main(['check', '--fail-on', 'never', {str(SAMPLES[0])!r}])\n"
        "heavy = {'pygls', 'lsprotocol', 'starlette', 'uvicorn', 'jinja2', 'multipart', 'markdown_it'}\n"
        "print('LOADED', sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "LOADED []"
