"""Scanned pages through the OCR engine (small generated pages so the whole file runs in about a minute).

Asserts what a user checks: the text read matches the text drawn (CER bound), nothing lost, the
page's orientation undone, seal text kept out of the body and reported on its own.
"""

from __future__ import annotations

import threading

import docgen
import pytest
from courtdoc.ocr import read_bytes, read_file
from ocr_helpers import SAMPLE, cer
from PIL import Image

MAX_CER = 0.02  # a couple of characters on a page of ~120


def png(img) -> bytes:
    return docgen.to_bytes(img, "PNG")


def test_image_page_read(small_page):
    img, ref = small_page()
    d = read_bytes(png(img), name="page.png")
    page = d.pages[0]
    assert page.source == "ocr" and page.rotation == 0
    assert cer(page.text, ref) <= MAX_CER
    assert len(page.text.split("\n")) == 3  # the three paragraphs
    for ln in page.lines:
        x0, y0, x1, y1 = ln.box
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height and 0.5 <= ln.score <= 1


def test_scanned_pdf_without_text_layer(tmp_path, small_page):
    img, ref = small_page()
    pdf = docgen.make_pdf([], tmp_path / "scan.pdf", images=[img], dpi=150)
    d = read_file(pdf, dpi=150)
    assert d.pages[0].source == "ocr"
    assert cer(d.text, ref) <= MAX_CER


def test_garbage_text_layer_falls_back_to_ocr(tmp_path):
    text = "\n".join(SAMPLE[:2])
    pdf = docgen.make_garbage_layer_pdf([text], tmp_path / "bad-layer.pdf", dpi=100)
    d = read_file(pdf, dpi=100)
    assert d.pages[0].source == "ocr"
    assert cer(d.text, "".join(docgen.page_lines(text, dpi=100))) <= MAX_CER


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_rotated_pages(small_page, angle):
    img, ref = small_page()
    d = read_bytes(png(docgen.rotate(img, angle)))
    page = d.pages[0]
    assert page.rotation == angle
    assert cer(page.text, ref) <= MAX_CER
    assert page.width > page.height  # upright frame of the landscape-sized page


def test_small_skew(small_page):
    img, ref = small_page()
    d = read_bytes(png(docgen.degrade(img, skew=2.0)))
    assert cer(d.text, ref) <= MAX_CER
    assert len(d.pages[0].text.split("\n")) == 3


def test_seal_text_kept_out_of_body(small_page):
    img, ref = small_page(size=(1100, 800))
    sealed = docgen.add_seal(img, text="厦门市思明区人民法院", center=(700, 330), radius=170)
    d = read_bytes(png(sealed))
    page = d.pages[0]
    assert cer(page.text, ref) <= MAX_CER  # body read through the seal, no seal characters mixed in
    assert "思明" not in page.text
    assert len(page.seals) == 1  # the seal's centre star is not read as a second seal
    assert "人民法院" in page.seals[0]


def test_large_seal_read_at_reduced_size():
    # a 300-dpi court seal (radius ~290 px): its ring is unwrapped and read at ~200-dpi size
    img = docgen.add_seal(Image.new("RGB", (1400, 1400), "white"), text="厦门市思明区人民法院",
                          center=(700, 700), radius=290)
    d = read_bytes(png(img))
    assert d.pages[0].seals == ["厦门市思明区人民法院"]
    assert d.pages[0].text == ""


def test_multipage_tiff(tmp_path):
    texts = [SAMPLE[0], SAMPLE[1]]
    imgs = [docgen.render_page(t, dpi=150, size=(1100, 400)) for t in texts]
    tif = docgen.make_tiff(imgs, tmp_path / "scan.tif")
    d = read_file(tif)
    assert len(d.pages) == 2 and all(p.source == "ocr" for p in d.pages)
    for p, t in zip(d.pages, texts, strict=True):
        assert cer(p.text, t) <= MAX_CER


def test_docx_with_table_and_embedded_image(tmp_path):
    scan = docgen.render_page([SAMPLE[1][:24]], dpi=150, size=(1000, 200))
    path = docgen.make_docx(["民事起诉状", "原告：张三"], tmp_path / "a.docx",
                            tables=[[["证据", "页码"], ["借条", "1"]]], images=[scan])
    d = read_file(path)
    assert [p.source for p in d.pages] == ["text-layer", "ocr"]
    assert d.pages[0].text.split("\n") == ["民事起诉状", "原告：张三", "证据\t页码", "借条\t1"]
    assert cer(d.pages[1].text, SAMPLE[1][:24]) <= MAX_CER


def test_two_column_page_reading_order():
    left = "左栏：原告张某诉称，被告向其借款十万元，约定一年后归还，到期后被告未还款。"
    right = "右栏：被告李某辩称，借款已经部分归还，剩余款项双方另有约定，请求驳回。"
    img = docgen.render_page(left + "\n" + right, dpi=150, size=(1400, 500), columns=2)
    d = read_bytes(png(img))
    text = d.pages[0].text
    assert cer(text, left + right) <= MAX_CER
    assert text.index("原告张某") < text.index("到期后") < text.index("被告李某") < text.index("驳回")


def test_blank_page_is_not_ocred():
    img = docgen.render_page([], dpi=100)
    d = read_bytes(png(img))
    assert d.pages[0].lines == [] and d.pages[0].text == ""


def test_concurrent_calls_give_same_result(small_page):
    img, ref = small_page(text=SAMPLE[0], size=(1100, 300))
    data = png(img)
    out: list[str] = []
    threads = [threading.Thread(target=lambda: out.append(read_bytes(data).text)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(out) == 3 and len(set(out)) == 1 and cer(out[0], ref) <= MAX_CER


def test_paragraph_across_column_break_stays_one():
    para = "".join(SAMPLE)  # fills the left column and goes on at the top of the right one
    second = "被告李某辩称，借款已经部分归还，剩余款项双方另有约定，请求驳回原告的诉讼请求。"
    img = docgen.render_page(para + "\n" + second, dpi=150, size=(1400, 360), columns=2)
    d = read_bytes(png(img))
    paras = d.pages[0].text.split("\n")
    assert len(paras) == 2
    assert cer(paras[0], para) <= MAX_CER and cer(paras[1], second) <= MAX_CER


def test_repeated_digits_are_not_merged():
    # squeezed line images give a half-width digit under 2 CTC steps: equal neighbours could merge
    lines = ["被告黄某借款1100000元，利息4000000元。", "身份证号码350203199001011234，电话13800001111。",
             "案号（2023）闽0203民初10008号，付款500000元。"]
    for font in ("uming", "NotoSansCJK-Regular"):
        img = docgen.render_page(lines, dpi=150, size=(1400, 320), font=font)
        img = docgen.degrade(img, blur=0.8, noise=6, jpeg_quality=65, skew=1.5)
        text = read_bytes(png(img)).pages[0].text
        for number in ("1100000", "4000000", "350203199001011234", "13800001111", "10008", "500000"):
            assert number in text, (font, number, text)


def test_digit_dense_line_on_degraded_page_reads_exactly():
    # a line that is mostly digits (the whole line is read again unsqueezed) and anonymised names
    # with equal neighbouring CJK characters (张某某), on a blurred, noisy, skewed JPEG page
    import re
    import unicodedata

    lines = ["2015.12.01 1100000元；2016.03.05 200000元；2017.11.11 4000000元；13800001111",
             "原告张某某与被告李某某、王某某民间借贷纠纷一案，借款本金共计3300000元。"]
    for font in ("uming", "NotoSansCJK-Regular"):
        img = docgen.render_page(lines, dpi=200, size=(1800, 300), font=font)
        img = docgen.degrade(img, blur=0.8, noise=8, jpeg_quality=60, skew=1.5)
        text = read_bytes(png(img)).pages[0].text
        flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
        for ref in lines:
            assert re.sub(r"\s+", "", unicodedata.normalize("NFKC", ref)) in flat, (font, ref, text)
