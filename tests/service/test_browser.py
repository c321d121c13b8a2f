"""End-to-end: the clerk's, judge's and robot pages driven in Debian's Chromium with Playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from svc_common import COMPLAINT, need
from svc_server import Server, create_token

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("browser") / "data"
    tokens = {r: create_token(data_dir, r) for r in ("clerk", "judge")}
    with Server(data_dir, workers=1, env={"COURTDOC_GUIDE_RATE_LIMIT": "1000/minute"}) as server:
        yield server, tokens


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _login(page, base: str, token: str, target: str) -> None:
    page.goto(f"{base}/login?next={target}")
    page.fill("#token", token)
    page.click("#login")
    page.wait_for_url(f"{base}{target}")


def test_robot_chat_page(site, browser):
    need("courtdoc.guide", "Robot")
    server, _ = site
    page = browser.new_page()
    page.goto(server.url + "/guide")
    assert "智能导诉" in page.title()
    page.fill("#question", "起诉需要准备哪些材料？")
    page.click("#send")
    page.wait_for_selector(".msg.bot >> nth=1", timeout=20000)
    answer = page.locator(".msg.bot").nth(1).inner_text()
    assert len(answer) > 10 and "请求失败" not in answer
    page.close()


def test_login_rejects_a_bad_token(site, browser):
    server, _ = site
    page = browser.new_page()
    page.goto(server.url + "/clerk")
    assert "/login" in page.url  # staff pages need a login
    page.fill("#token", "not-a-token")
    page.click("#login")
    assert "令牌无效" in page.locator(".error").inner_text()
    page.close()


def test_clerk_uploads_reviews_corrects_and_exports(site, browser, tmp_path):
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    need("courtdoc.generation.filing_form", "write_filing_form")
    docgen = pytest.importorskip("docgen")
    server, tokens = site
    pdf = docgen.make_pdf(COMPLAINT, tmp_path / "起诉状.pdf", text_layer=True)
    page = browser.new_page(accept_downloads=True)
    _login(page, server.url, tokens["clerk"], "/clerk")
    page.set_input_files("#files", str(pdf))
    page.click("#upload-btn")
    page.wait_for_selector("#result:not([hidden])", timeout=90000)
    assert page.locator("#progress").get_attribute("value") in ("1", "1.0")
    # Page images with line boxes, and the form.
    page.wait_for_function("document.querySelector('.page img') && document.querySelector('.page img').naturalWidth > 0")
    assert page.locator(".page .box").count() > 3
    name_row = page.locator('tr[data-path="parties[0].name"]')
    assert name_row.locator("input").input_value() == "张三"
    # Click a field → its box lights up on the page image.
    assert "has-box" in (name_row.get_attribute("class") or "")
    name_row.locator("th").click()
    assert page.locator('.box.hl[data-field="parties[0].name"]').count() == 1
    assert "active" in name_row.get_attribute("class")
    # Correct a field, give the case its number, save → a new version.
    name_row.locator("input").fill("张叁")
    page.locator('tr[data-path="case_number"] input').fill("（2023）闽0203民初1234号")
    page.click("#save")
    page.wait_for_selector("#saved:has-text('第 2 版')")
    # Export the filing form.
    with page.expect_download() as dl:
        page.click("#export")
    path = Path(dl.value.path())
    assert path.read_bytes().startswith(b"PK")
    # Coming back later: the dossier is in the clerk's list and opens again at its corrected version.
    page.goto(f"{server.url}/clerk")
    row = page.locator("#dossiers tbody tr[data-id]", has_text="（2023）闽0203民初1234号")
    row.first.click()
    page.wait_for_selector("#result:not([hidden])", timeout=30000)
    assert page.locator('tr[data-path="parties[0].name"] input').input_value() == "张叁"
    page.close()


def test_judge_opens_case_drafts_and_downloads(site, browser):
    need("courtdoc.generation", "draft_judgment")
    server, tokens = site
    page = browser.new_page(accept_downloads=True)
    _login(page, server.url, tokens["judge"], "/judge")
    rows = page.locator("#cases tbody tr[data-id]")
    if rows.count() == 0:
        pytest.skip("no processed dossier (the clerk test did not run)")
    rows.first.click()
    page.wait_for_selector("#detail:not([hidden])")
    assert page.locator("#elements tr").count() > 3
    # The 要素表 of the case's type: one input per element, required ones starred.
    page.wait_for_selector("#element-table input[data-key='principal']")
    assert "*" in page.locator("#element-table tr", has=page.locator("[data-key='principal']")).inner_text()
    page.select_option("#procedure", "summary")
    page.fill("#element-table input[data-key='principal']", "100000")
    page.fill("#element-table input[data-key='loan_date']", "2022-03-01")
    page.fill("#element-table input[data-key='due_date']", "2023-03-01")
    page.click("#draft-btn")
    page.wait_for_selector("#draft:not([hidden])", timeout=60000)
    text = page.locator("#draft-text").inner_text()
    assert "判决" in text and "张叁" in text
    with page.expect_download() as dl:
        page.click("#draft-docx")
    assert Path(dl.value.path()).read_bytes().startswith(b"PK")
    page.close()
