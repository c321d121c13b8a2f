"""Files in (PDF, DOCX, TXT), catalogue of a multi-document PDF, provenance boxes, and the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from courtdoc.extraction import build_catalogue, extract, extract_file, read_dossier

from tests import docgen

from .samples import COMPLAINT, NEWS

PAGE1, PAGE2 = COMPLAINT.split("事实和理由：")
PAGE2 = "事实和理由：" + PAGE2
EVIDENCE = "证据目录\n1.借条一份，证明借款事实。\n2.银行转账凭证一份，证明款项已交付。"
POWER = "授权委托书\n委托人：张明\n受托人：王平，福建天衡联合律师事务所律师。\n代理权限：特别授权。"
IDCARD = "姓名 张明 性别 男 民族 汉\n出生 1980年1月1日\n住址 福建省厦门市思明区湖滨南路100号\n公民身份号码 350203198001010013\n签发机关 厦门市公安局思明分局 有效期限 2015.01.01-2035.01.01"
RECEIPT = "送达回证\n受送达人：厦门海峡贸易有限公司\n送达文书：起诉状副本、应诉通知书\n送达地点：厦门市湖里区高崎南五路88号\n签收人："


def _cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtdoc.service.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def dossier_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("dossier") / "dossier.pdf"
    return docgen.make_pdf([PAGE1, PAGE2, EVIDENCE, POWER, IDCARD, RECEIPT], path)


def test_catalogue_of_a_multi_document_pdf(dossier_pdf):
    dossier = read_dossier(dossier_pdf)
    cat = build_catalogue(dossier)
    got = [(s.type, s.first_page, s.last_page) for s in cat]
    assert got == [("起诉状", 0, 1), ("证据目录", 2, 2), ("授权委托书", 3, 3), ("身份证明", 4, 4), ("送达回证", 5, 5)]
    assert cat[0].title == "民事起诉状"
    assert dossier.catalogue == cat


def test_pdf_extraction_with_page_and_box_provenance(dossier_pdf):
    dossier = read_dossier(dossier_pdf)
    el = extract(dossier)
    assert el.document_type == "起诉状"
    assert [p.name for p in el.parties] == ["张明", "李娟", "厦门海峡贸易有限公司", "陈小红"]
    assert el.amount_claimed == 105000.0
    assert el.court == "福建省厦门市思明区人民法院"
    for key, value in (("parties[0].name", "张明"), ("court", "福建省厦门市思明区人民法院")):
        src = el.provenance[key]
        page = dossier.pages[src.page]
        assert page.text[src.start:src.end] == value
        assert src.box is not None
        x0, y0, x1, y1 = src.box
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
        # the box is the union of the lines that hold the value
        holding = [ln for ln in page.lines if value in ln.text or ln.text in value]
        assert holding and any(ln.box[1] >= y0 - 1 and ln.box[3] <= y1 + 1 for ln in holding)
    assert el.provenance["court"].page == 1  # 此致 … is on the second page
    assert el.provenance["parties[0].name"].page == 0


def test_docx_and_txt_give_the_same_elements(tmp_path):
    docx_path = docgen.make_docx(COMPLAINT.splitlines(), tmp_path / "c.docx")
    txt_path = tmp_path / "c.txt"
    txt_path.write_text(COMPLAINT, encoding="utf-8")
    a, b = extract_file(docx_path), extract_file(txt_path)
    for el in (a, b):
        assert el.document_type == "起诉状"
        assert el.amount_claimed == 105000.0
        assert len(el.parties) == 4
    assert [p.model_dump() for p in a.parties] == [p.model_dump() for p in b.parties]


def test_cli_extract_json_single_file(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(COMPLAINT, encoding="utf-8")
    out = _cli("extract", str(path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "courtdoc.case/1" and data["amount_claimed"] == 105000.0
    assert "file" not in data


def test_cli_extract_batch_json_lines_with_a_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(COMPLAINT, encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    bad = docgen.make_corrupt_pdf(tmp_path / "bad.pdf")
    out = _cli("extract", str(good), str(bad), str(news), "--json")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["file"] for x in lines] == [str(good), str(bad), str(news)]
    assert lines[0]["document_type"] == "起诉状" and lines[0]["parties"]
    assert "error" in lines[1] and lines[1]["error"]["message"]
    assert lines[2]["document_type"] == "其他" and lines[2]["parties"] == []
    assert out.returncode == 1  # one file failed; the others were still extracted
    assert "Traceback" not in out.stderr


def test_cli_single_bad_file_is_a_clean_error(tmp_path):
    bad = docgen.make_empty(tmp_path / "empty.pdf")
    out = _cli("extract", str(bad), "--json")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and out.stderr.strip()


def test_cli_fill_writes_the_form_with_pending_fields_highlighted(tmp_path):
    import docx

    text = COMPLAINT.replace("公民身份号码350203198001010013", "公民身份号码350203198001010019")
    path = tmp_path / "c.txt"
    path.write_text(text, encoding="utf-8")
    out_docx = tmp_path / "form.docx"
    out = _cli("fill", str(path), "--out", str(out_docx))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    rows = {r["field"]: r for r in data["form"]["rows"]}
    assert rows["parties[0].name"]["value"] == "张明" and rows["parties[0].name"]["status"] == "ok"
    assert rows["parties[0].id_number"]["status"] == "check"
    assert rows["amount_claimed"]["value"].startswith("105,000")
    doc = docx.Document(str(out_docx))
    table = doc.tables[0]
    texts = {row.cells[0].text: row for row in table.rows}
    id_row = texts["原告1 公民身份号码"]
    assert "待核实" in id_row.cells[2].text
    shading = id_row.cells[0]._tc.xpath(".//w:shd")
    assert shading and shading[0].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill") == "FFFF00"
    assert "待核实" not in texts["原告1 名称/姓名"].cells[2].text


@pytest.mark.slow
def test_scanned_image_goes_through_ocr(tmp_path):
    """An image (no text layer): OCR underneath, then the same elements, with boxes in page pixels."""
    lines = ["民事起诉状",
             "原告：张明，男，1980年1月1日出生，汉族，",
             "住福建省厦门市思明区湖滨南路100号。",
             "被告：陈小红，女，1990年5月6日出生，汉族，",
             "住福建省漳州市芗城区胜利西路3号。",
             "诉讼请求：判令被告偿还借款人民币伍万元整。"]
    img = docgen.render_page(lines, dpi=150, size=(1240, 700))
    path = tmp_path / "scan.png"
    path.write_bytes(docgen.to_bytes(img))
    dossier = read_dossier(path)
    el = extract(dossier)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "张明"), ("被告", "陈小红")]
    assert el.parties[0].birth_date == "1980-01-01"
    assert el.amount_claimed == 50000.0
    src = el.provenance["parties[1].name"]
    assert src.box is not None and src.box[1] > el.provenance["parties[0].name"].box[1]
