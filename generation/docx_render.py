"""Court-document typography for DOCX (GB/T 9704 practice, usable by every stage).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; court name and title in 方正小标宋简体
2号 (22 pt); body 仿宋_GB2312 3号 (16 pt); 22 lines of 28 characters: exact line spacing 28.95 pt and
a document grid (w:docGrid linesAndChars) whose character pitch fits 28 characters in the 156 mm
text width; page numbers "— 1 —" (PAGE field, 宋体 4号) centred in the footer; "草稿" in the header
and as a diagonal watermark (VML text path in the header, as Word writes 水印).

East Asian fonts are written to w:rFonts/@w:eastAsia (python-docx's ``font.name`` only sets the
ASCII slots, which Word ignores for Chinese text).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
PAGE_FONT = "宋体"
TITLE_PT = 22  # 2号
BODY_PT = 16  # 3号
PAGE_PT = 14  # 4号
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
PAGE_MM = (210, 297)
# 225 mm text height / 22 lines = 28.95 pt; the figure GB/T 9704 templates use.
LINE_PITCH_PT = 28.95


def _text_width_pt() -> float:
    return (PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]) / 25.4 * 72


def char_space() -> int:
    """w:charSpace: extra pitch per character in 1/4096 pt so that 28 characters fill a line."""
    return round((_text_width_pt() / CHARS_PER_LINE - BODY_PT) * 4096)


def _font_slots(rpr, name: str) -> None:
    """Name the font in every w:rFonts slot; Word shows Chinese text in the eastAsia one."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def set_font(run, name: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    run.font.name = name
    _font_slots(run._element.get_or_add_rPr(), name)
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold


def _exact(paragraph) -> None:
    pf = paragraph.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(LINE_PITCH_PT)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def new_document(header_text: str | None = "草稿"):
    """An empty document with the page set-up, styles, page numbers and the draft header."""
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    sec.top_margin, sec.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    sec.left_margin, sec.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    sec.header_distance, sec.footer_distance = Mm(15), Mm(20)
    grid = sec._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sec._sectPr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH_PT * 20)))
    grid.set(qn("w:charSpace"), str(char_space()))

    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(BODY_PT)
    _font_slots(normal.element.get_or_add_rPr(), BODY_FONT)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(LINE_PITCH_PT)

    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = hp.add_run(header_text)
        set_font(run, "黑体", 14, bold=True)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        add_watermark(hp, header_text)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), PAGE_FONT, PAGE_PT)
    _page_field(fp)
    set_font(fp.add_run(" —"), PAGE_FONT, PAGE_PT)
    return doc


_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="CourtdocDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:360pt;height:160pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#d8d8d8" stroked="f">'
    '<v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>'
    '</v:shape></w:pict></w:r>'
)


def add_watermark(paragraph, text: str = "草稿", font: str = "黑体") -> None:
    """A diagonal light-grey text watermark (VML, as Word's own 水印 writes it) behind every page."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(_WATERMARK.replace("{font}", font).replace("{text}", text)))


def _page_field(paragraph) -> None:
    """A PAGE field as Word writes it (begin / instrText / separate / result / end)."""

    def run_with(child) -> None:
        run = paragraph.add_run()
        set_font(run, PAGE_FONT, PAGE_PT)
        run._element.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    result = paragraph.add_run("1")
    set_font(result, PAGE_FONT, PAGE_PT)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_paragraph(doc, text: str, kind: str = "para") -> None:
    p = doc.add_paragraph()
    _exact(p)
    pf = p.paragraph_format
    if kind in ("court", "title"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(text), TITLE_FONT, TITLE_PT)
        if kind == "title":
            pf.line_spacing = Pt(LINE_PITCH_PT * 1.5)
        return
    if kind == "pagebreak":
        from docx.enum.text import WD_BREAK

        p.add_run().add_break(WD_BREAK.PAGE)
        return
    if kind == "heading":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        set_font(p.add_run(text), "黑体", BODY_PT)
        return
    if kind == "note":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        set_font(p.add_run(text), BODY_FONT, 12)
        return
    if kind == "number":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kind in ("sign", "date"):
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pf.right_indent = Pt(BODY_PT * 2)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Pt(BODY_PT * 2)
    set_font(p.add_run(text), BODY_FONT, BODY_PT)


def render_blocks(blocks: Iterable, path, header_text: str | None = "草稿") -> Path:
    """Write blocks ((kind, text) pairs or objects with .kind/.text) to ``path`` atomically."""
    doc = new_document(header_text)
    for b in blocks:
        kind, text = (b.kind, b.text) if hasattr(b, "kind") else b
        add_paragraph(doc, text, kind)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    doc.save(tmp)
    tmp.replace(path)  # nothing half-written under the real name
    return path
