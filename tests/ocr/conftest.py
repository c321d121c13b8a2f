"""Helpers for the OCR tests: CER as a user would judge it, small generated pages (fast to OCR)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from rapidfuzz.distance import Levenshtein

SAMPLE = [
    "原告张某与被告李某民间借贷纠纷一案，本院于2023年5月10日立案后，依法适用简易程序，公开开庭进行了审理。",
    "原告向本院提出诉讼请求：判令被告偿还借款本金100000元及利息。",
    "事实和理由：被告因经营需要向原告借款，原告通过银行转账交付借款，被告至今未还。",
]


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cer(hyp: str, ref: str) -> float:
    h, r = norm(hyp), norm(ref)
    return Levenshtein.distance(h, r) / max(1, len(r))


@pytest.fixture
def small_page():
    """A small page (fast to OCR): the SAMPLE paragraphs at 150 dpi, and the text drawn on it."""
    import docgen

    def make(text=None, size=(1100, 700), dpi=150, **kw):
        text = "\n".join(SAMPLE) if text is None else text
        img = docgen.render_page(text, dpi=dpi, size=size, **kw)
        ref = "".join(docgen.page_lines(text, dpi=dpi, size=size, font=kw.get("font"), columns=kw.get("columns", 1)))
        return img, ref

    return make
