"""End-to-end: the clerk's, judge's and robot pages driven in Debian's Chromium with Playwright."""

from __future__ import annotations

import os
import time
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
    try:  # the list loads asynchronously after the page
        rows.first.wait_for(timeout=30000)
    except Exception:
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


def _lending_case(server, tokens, tmp_path, case_number: str) -> None:
    """A 民间借贷 complaint uploaded by the clerk (text-layer PDF), given its case number."""
    import httpx

    docgen = pytest.importorskip("docgen")
    pdf = docgen.make_pdf(COMPLAINT, tmp_path / "借款起诉状.pdf", text_layer=True)
    clerk = {"Authorization": f"Bearer {tokens['clerk']}"}
    with httpx.Client(base_url=server.url, headers=clerk, timeout=60) as http:
        r = http.post("/api/dossiers", files={"files": (pdf.name, pdf.read_bytes(), "application/pdf")})
        assert r.status_code == 202, r.text
        url = f"/api/dossiers/{r.json()['id']}"
        end = time.monotonic() + 90
        while (d := http.get(url).json())["status"] not in ("done", "failed") and time.monotonic() < end:
            time.sleep(0.3)
        assert d["status"] == "done", d
        assert d["elements"]["cause_of_action"] == "民间借贷纠纷"
        r = http.patch(f"{url}/elements", json={"version": d["version"], "changes": {"case_number": case_number}})
        assert r.status_code == 200, r.text


def test_judge_fills_typed_elements(site, browser, tmp_path):
    """The 民间借贷 要素表 as typed inputs: a number, dates, a repayment row, a rate; a bad number is
    refused in Chinese naming the element; the draft shows the figures computed from the inputs."""
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    need("courtdoc.generation", "draft_judgment")
    server, tokens = site
    _lending_case(server, tokens, tmp_path, "（2023）闽0203民初5678号")
    page = browser.new_page()
    _login(page, server.url, tokens["judge"], "/judge")
    page.locator("#cases tbody tr[data-id]", has_text="（2023）闽0203民初5678号").first.click()
    table = page.locator("#element-table")
    principal = table.locator("input[data-key='principal']")
    principal.wait_for()
    assert principal.get_attribute("type") == "number"
    assert table.locator("input[data-key='loan_date']").get_attribute("type") == "date"
    assert "%" in page.locator("#element-table tr", has=page.locator("[data-key='interest_rate']")).inner_text()
    old_rules = table.locator("select[data-key='old_rules']")
    assert old_rules.locator("option").all_inner_texts() == ["未填", "是", "否"]

    # Nothing filled: the required elements are named; then a bad number (the browser keeps "1e"
    # as bad input): the page names the element in Chinese.
    page.click("#draft-btn")
    error = page.locator("#error")
    error.wait_for()
    assert "请填写必填要素：“借款本金（实际交付金额）”、“借款交付日期”" in error.inner_text()
    principal.press_sequentially("1e")
    page.click("#draft-btn")
    assert "要素“借款本金（实际交付金额）”应为数字" in error.inner_text()
    assert page.locator("#draft").is_hidden()

    principal.fill("100000")
    table.locator("input[data-key='loan_date']").fill("2022-03-01")
    table.locator("input[data-key='due_date']").fill("2023-03-01")
    table.locator("input[data-key='interest_rate']").fill("12")
    repayments = table.locator("[data-key='repayments']")
    repayments.get_by_role("button", name="添加一行").click()
    row = repayments.locator("tbody tr").first
    row.locator("[data-col='date']").fill("2022-09-01")
    row.locator("[data-col='amount']").fill("10000")
    page.click("#draft-btn")
    page.wait_for_selector("#draft:not([hidden])", timeout=60000)
    assert error.is_hidden()
    text = page.locator("#draft-text").inner_text()
    assert "2022年9月1日还款10000元" in text and "借期内年利率12%" in text
    # By hand (annual rate ÷ 365, days counted day by day, payments to interest first): 2022-03-01..08-31
    # is 184 days, 100000 × 12 % × 184 / 365 = 6049.32 interest, so of the 10000 paid on 09-01,
    # 3950.68 goes to principal: 96049.32 left; 2022-09-01..2023-05-01 (filing) is 243 days,
    # 96049.32 × 12 % × 243 / 365 = 7673.42 interest.
    assert "尚欠借款本金96049.32元、利息7673.42元" in text, text
    page.close()
