"""The generated complaint PDF (fixture complaint_pdf, used by the API tests) holds what it claims:
its text layer reads back every character of COMPLAINT, the 18-digit ID numbers whole, and no line
runs off the page. Before the fix docgen measured digits at half the width the PDF drew them, the ID
lines ran to x≈600 on the 595-pt page and read back as 14 digits."""

from __future__ import annotations

import re

import pymupdf
from svc_common import COMPLAINT, PERSONAL


def test_text_layer_reads_back_the_whole_complaint(complaint_pdf):
    with pymupdf.open(stream=complaint_pdf, filetype="pdf") as doc:
        page = doc[0]
        text = page.get_text()
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                x0, y0, x1, y1 = line["bbox"]
                assert 0 <= x0 and x1 <= page.rect.width - 36, (line["bbox"], line["spans"][0]["text"])
    assert re.findall(r"\d{18}", text) == ["110101198001010010", "110101198505050016"]
    assert all(item in text for item in PERSONAL)
    assert re.sub(r"\s", "", text) == re.sub(r"\s", "", COMPLAINT[0])


def test_ocr_stage_sees_the_full_id_numbers(complaint_pdf):
    from courtdoc.ocr import read_bytes
    from courtdoc.ocr.export import plain_text

    text = plain_text(read_bytes(complaint_pdf, name="complaint.pdf"))
    assert "110101198001010010" in text and "110101198505050016" in text
