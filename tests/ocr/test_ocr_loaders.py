"""Loaders without OCR: type sniffing by content, PDF text layers, DOCX, TXT, page limits."""

from __future__ import annotations

import docgen
import pytest
from courtdoc.ocr import read_bytes, read_file
from courtdoc.ocr.errors import TooManyPages, UnsupportedType
from courtdoc.ocr.loaders import layer_is_sound, sniff
from ocr_helpers import SAMPLE, cer


def test_sniff_by_content_not_name(tmp_path):
    img = docgen.render_page(["本院认为"], size=(300, 120), dpi=100)
    assert sniff(docgen.to_bytes(img, "PNG")) == "png"
    assert sniff(docgen.to_bytes(img, "JPEG")) == "jpeg"
    assert sniff(docgen.to_bytes(img, "BMP")) == "bmp"
    assert sniff(docgen.to_bytes(img, "WEBP")) == "webp"
    assert sniff(docgen.to_bytes(img, "TIFF")) == "tiff"
    pdf = docgen.make_pdf(["民事起诉状"], tmp_path / "x.jpg")  # a PDF with a misleading name
    assert sniff(pdf.read_bytes()) == "pdf"
    assert sniff("起诉状\n原告：张三".encode("gb18030")) == "txt"
    with pytest.raises(UnsupportedType):
        sniff(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)


def test_text_layer_pdf_uses_layer_with_scaled_boxes(tmp_path):
    pages = ["\n".join(SAMPLE), "本院认为，原告的诉讼请求合法有据，本院予以支持。"]
    pdf = docgen.make_pdf(pages, tmp_path / "digital.pdf")
    d = read_file(pdf, dpi=200)
    assert [p.source for p in d.pages] == ["text-layer", "text-layer"]
    assert cer(d.pages[0].text, "".join(SAMPLE)) == 0
    assert cer(d.pages[1].text, pages[1]) == 0
    p = d.pages[0]
    # A4 in points × 200/72 → page pixels; every box inside the page
    assert abs(p.width - 595 * 200 / 72) < 1 and abs(p.height - 842 * 200 / 72) < 1
    for ln in p.lines:
        x0, y0, x1, y1 = ln.box
        assert 0 <= x0 < x1 <= p.width and 0 <= y0 < y1 <= p.height
    # paragraphs: the three SAMPLE paragraphs stay three lines of page text
    assert len(p.text.split("\n")) == 3
    assert d.text.startswith(p.text)


def test_garbage_layer_detection():
    good = "".join(SAMPLE)
    assert layer_is_sound(good)
    mojibake = good.encode("utf-8").decode("latin-1")
    assert not layer_is_sound(mojibake)
    assert not layer_is_sound("\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009")
    assert not layer_is_sound("  ")


def test_txt_utf8_and_gb18030():
    text = "民事起诉状\n原告：张三，男，1980年1月1日出生。\n被告：李四。"
    for enc in ("utf-8", "gb18030", "utf-8-sig"):
        d = read_bytes(text.encode(enc), name=f"a.{enc}")
        assert d.pages[0].source == "text-layer"
        assert d.text.split("\n") == text.split("\n"), enc


def test_docx_paragraphs_and_tables(tmp_path):
    path = docgen.make_docx(["民事起诉状", "原告：张三", "被告：李四"], tmp_path / "a.docx",
                            tables=[[["证据名称", "页码"], ["借条", "1"], ["银行转账记录", "2-3"]]])
    d = read_file(path)
    lines = d.pages[0].text.split("\n")
    assert lines[:3] == ["民事起诉状", "原告：张三", "被告：李四"]
    assert "借条\t1" in lines and "银行转账记录\t2-3" in lines


def test_max_pages_argument_and_env(tmp_path, monkeypatch):
    pdf = docgen.make_pdf(["第一页内容，本院认为。", "第二页内容，本院认为。", "第三页内容，本院认为。"], tmp_path / "p.pdf")
    with pytest.raises(TooManyPages) as e:
        read_file(pdf, max_pages=2)
    assert e.value.code == "too_many_pages" and "3" in e.value.message
    monkeypatch.setenv("COURTDOC_MAX_PAGES", "2")
    with pytest.raises(TooManyPages):
        read_file(pdf)
    monkeypatch.setenv("COURTDOC_MAX_PAGES", "3")
    assert len(read_file(pdf).pages) == 3


def test_progress_callback(tmp_path):
    pdf = docgen.make_pdf(["甲页内容，本院认为。", "乙页内容，本院认为。"], tmp_path / "p.pdf")
    seen = []
    read_file(pdf, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
