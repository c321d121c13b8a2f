"""Helpers for the OCR tests: CER as a user would judge it, small generated pages (fast to OCR)."""

from __future__ import annotations

import pytest
from ocr_helpers import SAMPLE


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
