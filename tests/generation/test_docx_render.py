"""Court typography of the DOCX draft, checked by reopening the file with python-docx."""

from __future__ import annotations

from courtdoc.generation import draft_judgment
from courtdoc.generation.docx_render import char_space
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from gen_cases import load_case


def _east_asia(run) -> str | None:
    fonts = run._element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def test_docx_typography(tmp_path):
    path = tmp_path / "draft.docx"
    draft_judgment(load_case("traffic_1")).write_docx(path)
    doc = Document(str(path))
    sec = doc.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(0.5) and abs(sec.page_height - Mm(297)) < Mm(0.5)
    for side, mm in (("top_margin", 37), ("bottom_margin", 35), ("left_margin", 28), ("right_margin", 26)):
        assert abs(getattr(sec, side) - Mm(mm)) < Mm(0.1), side
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    assert grid.get(qn("w:linePitch")) == "579"  # 28.95 pt × 20
    # 156 mm text width / 28 characters = 15.79 pt pitch: 16 pt − 0.21 pt ≈ −848/4096 pt
    assert int(grid.get(qn("w:charSpace"))) == char_space()
    assert -900 < char_space() < -800

    paras = doc.paragraphs
    court, title = paras[0], paras[1]
    assert court.text == "福建省厦门市思明区人民法院" and title.text == "民事判决书"
    assert _east_asia(title.runs[0]) == "方正小标宋简体" and title.runs[0].font.size == Pt(22)
    body = next(p for p in paras if p.text.startswith("本院认为"))
    assert _east_asia(body.runs[0]) == "仿宋_GB2312" and body.runs[0].font.size == Pt(16)
    assert body.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert abs(body.paragraph_format.line_spacing.pt - 28.95) < 0.05
    # 22 lines fit the 225 mm text height
    height_pt = (297 - 37 - 35) / 25.4 * 72
    assert int(height_pt // 28.95) == 22

    footer = sec.footer.paragraphs[0]
    xml = footer._p.xml
    assert "PAGE" in xml and footer.text.startswith("— ") and footer.text.endswith(" —")
    assert "草稿" in sec.header.paragraphs[0].text
    header_xml = sec.header.paragraphs[0]._p.xml
    assert "textpath" in header_xml and 'string="草稿"' in header_xml and "rotation:315" in header_xml
    assert "\n".join(p.text for p in paras).count("判决如下") == 1
    # computations appendix after the signature, on its own page
    texts = [p.text for p in paras]
    i = texts.index("附：计算明细（供审核，不属于判决书正文）")
    assert i > texts.index("书  记  员　林雨欣")
    assert any("×70%" in t for t in texts[i:])
    assert 'w:type="page"' in paras[i - 1]._p.xml


def test_docx_write_is_atomic_and_named(tmp_path):
    path = tmp_path / "d.docx"
    draft_judgment(load_case("sale_2")).write_docx(path)
    assert path.is_file() and not (tmp_path / "d.docx.part").exists()
