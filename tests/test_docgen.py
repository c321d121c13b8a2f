"""tests/docgen.make_pdf: a digital PDF whose text layer is exactly the text given, inside the page."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docgen  # noqa: E402

LONG = ("原告身份证号码110101198001010010，电话13900001111，账号6222021001012345678，"
        "借款金额1234567890.12元，合同编号ABC2023XYZ0001，" * 3)


def lines(path):
    with pymupdf.open(path) as doc:
        page = doc[0]
        return page.rect, [(ln["bbox"], "".join(s["text"] for s in ln["spans"]))
                           for b in page.get_text("dict")["blocks"] for ln in b.get("lines", [])]


def test_lines_with_long_digit_runs_stay_on_the_page(tmp_path):
    pdf = docgen.make_pdf([LONG], tmp_path / "d.pdf")
    rect, found = lines(pdf)
    assert all(bbox[0] >= 72 - 0.5 and bbox[2] <= 523 + 0.5 for bbox, _ in found), found
    assert "".join(t for _, t in found).replace("　", "") == LONG  # nothing lost, nothing clipped
    # numbers are not broken across lines (a run moves to the next line whole)
    for number in ("110101198001010010", "13900001111", "6222021001012345678", "ABC2023XYZ0001"):
        assert all(number in t for _, t in found if re.search(number[:6], t)), number


def test_a_run_longer_than_a_line_is_still_wrapped(tmp_path):
    digits = "1234567890" * 12
    pdf = docgen.make_pdf([digits], tmp_path / "d.pdf")
    _, found = lines(pdf)
    assert len(found) >= 2 and "".join(t for _, t in found).replace("　", "") == digits
    assert all(bbox[2] <= 523 + 0.5 for bbox, _ in found)
