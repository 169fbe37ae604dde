"""``jxlint serve`` in a real headless Chromium: upload a report through the page, see the findings in place.

Uses the system's Chromium (Debian's ``chromium`` package; ``.ci/run`` installs it where it can) driven by
Playwright; no browser is downloaded. Skipped with the reason when either is missing. The screenshot goes to
the test's temporary folder; with ``JXLINT_SCREENSHOT=docs/serve.png`` it is written there instead (that is
how the README's picture is made).
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_DIR

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED = SEED_DIR / "000_2ec9bfa385b23c94.txt"
SAMPLE = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason="no Chromium installed (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``jxlint serve --port 0`` in a subprocess; the address it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "linter", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout=60)
        assert ready, "jxlint serve printed no address within a minute"
        line = process.stdout.readline()
        assert line.startswith("jxlint serve: http://127.0.0.1:"), line
        yield line.split()[2]
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except sync_api.Error as exc:
            pytest.skip(f"Chromium at {CHROMIUM} does not start under Playwright: {exc}")
        yield chromium
        chromium.close()


@pytest.mark.parametrize("report", [SEED, SAMPLE], ids=["seed", "sample"])
def test_upload_shows_findings_in_place(server: str, browser: object, report: Path, tmp_path: Path) -> None:
    if not report.is_file():
        pytest.skip(f"{report.name} not available (the seed report lives in ../shared/seed)")
    page = browser.new_page(viewport={"width": 1440, "height": 1100})  # type: ignore[attr-defined]
    try:
        page.goto(server)
        assert page.title().startswith("jxlint")
        page.set_input_files("#file-input", str(report))
        page.click("#check")
        page.wait_for_selector("section.file mark.hl", timeout=60_000)

        above = page.locator("mark.hl.sev-error", has_text="得3分")
        assert above.count() >= 1
        assert "SC101" in (above.first.get_attribute("title") or "")
        rows = page.locator("table.scores tbody tr")
        assert rows.count() >= 3
        assert page.locator("table.scores td.differs").count() >= 1  # a score above its points, in red

        above.first.click()
        popover = page.locator("#popover")
        popover.wait_for(state="visible")
        assert "SC101" in popover.inner_text()
        assert page.locator("li.finding.active[data-code='SC101']").count() >= 1

        page.uncheck("section.file .f-sev[value='error']")
        assert "off" in (above.first.get_attribute("class") or "")
        assert page.locator("li.finding[data-severity='error']").first.is_hidden()
        page.check("section.file .f-sev[value='error']")

        with page.expect_download() as download:
            page.click("#download-json")
        saved = tmp_path / "jxlint.json"
        download.value.save_as(saved)
        assert '"schema_version": 1' in saved.read_text(encoding="utf-8")

        above.first.scroll_into_view_if_needed()
        page.evaluate("window.scrollTo(0, 0)")  # the page's top, the text scrolled to the finding
        above.first.dispatch_event("click")  # (a real click would scroll the page again)
        target = os.environ.get("JXLINT_SCREENSHOT") if report == SAMPLE else None
        page.screenshot(path=str(Path(target) if target else tmp_path / "serve.png"))
    finally:
        page.close()


def test_bad_upload_message_on_the_page(server: str, browser: object, tmp_path: Path) -> None:
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"not a word file")
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(server)
        page.set_input_files("#file-input", str(bad))
        page.click("#check")
        problem = page.locator("#results .problem")
        problem.wait_for(timeout=60_000)
        assert "坏文件.docx" in problem.inner_text()
    finally:
        page.close()


def test_commented_copy_download(server: str, browser: object, tmp_path: Path) -> None:
    from linter.web.app import can_annotate

    if not can_annotate():
        pytest.skip("this installation cannot write commented copies (no linter.annotate)")
    docx = ROOT / "samples" / "documents" / "部门整体自评_区_缺陷.docx"
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(server)
        page.set_input_files("#file-input", str(docx))
        page.click("#check")
        button = page.locator("button.download-docx")
        button.wait_for(timeout=60_000)
        with page.expect_download(timeout=60_000) as download:
            button.click()
        assert download.value.suggested_filename == "部门整体自评_区_缺陷.jxlint.docx"
        saved = tmp_path / "commented.docx"
        download.value.save_as(saved)
        with zipfile.ZipFile(saved) as archive:
            assert "word/comments.xml" in archive.namelist()
    finally:
        page.close()
