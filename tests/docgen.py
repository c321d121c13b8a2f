"""Generate test documents: Chinese text rendered to page images, PDFs, DOCX, TIFF and bad files.

Used by tests of every stage and by bench/ocr.py. Everything is built locally with PIL, PyMuPDF
and python-docx, using the Debian CJK fonts (fonts-wqy-zenhei, fonts-wqy-microhei,
fonts-arphic-uming, fonts-noto-cjk). Import it from a test as ``from tests.docgen import ...``
(or ``import docgen`` with tests/ on sys.path).

Fonts
  cjk_fonts() -> list[Path]                 installed CJK fonts (``fc-list :lang=zh`` + known paths)
  cjk_font(name=None) -> Path               one font; ``name`` is a substring such as "zenhei",
                                            "microhei", "uming", "NotoSansCJK", "NotoSerifCJK"

Page images (PIL RGB, A4 at the given dpi unless ``size`` is given)
  render_page(text, dpi=200, font=None, font_pt=12, columns=1, header=None, footer=None,
              page_number=None, size=None) -> Image
      ``text``: str (paragraphs separated by "\\n"; each paragraph is indented by two characters
      and wrapped to the column width) or list[str] (each item one already-short line).
      ``columns=2`` fills the left column first, then the right one.
  page_lines(text, dpi=200, font=None, font_pt=12, columns=1) -> list[str]
      the wrapped lines exactly as render_page draws them (expected OCR lines, in reading order)
  add_seal(img, text="厦门市思明区人民法院", center=None, radius=None, color=(220, 30, 30)) -> Image
      red round seal (ring, star, text along the upper arc) drawn over the page (multiply blend)
  rotate(img, angle) -> Image               exact 90/180/270 (counter-clockwise, like PIL) or any
                                            small skew angle in degrees (white fill, size kept)
  degrade(img, blur=0.0, noise=0.0, jpeg_quality=None, skew=0.0, seed=0) -> Image
      gaussian blur radius (px), gaussian noise sigma (0-255 scale), JPEG round-trip, skew (deg)
  to_bytes(img, fmt="PNG", **save_kw) -> bytes

Files
  make_pdf(pages_text, path, text_layer=True, dpi=200, font_pt=12, images=None) -> Path
      text_layer=True: a digital PDF on A4 (text in PyMuPDF's bundled CJK font, Droid Sans Fallback,
      embedded as a subset, wrapped by its real glyph advances; runs of digits and Latin letters
      are not broken across lines);
      text_layer=False: image-only pages (each page text rendered by render_page at ``dpi``, or
      the given ``images`` as pages).
  make_garbage_layer_pdf(pages_text, path, dpi=200) -> Path
      scanned-looking pages (image) with an invisible text layer of mojibake, as produced by bad
      scanner OCR: the reader must ignore the layer and OCR the image.
  make_docx(paragraphs, path, tables=None, images=None) -> Path
      ``tables``: list of tables, each a list of rows (list[str]); ``images``: list of PIL images
      (or paths) embedded after the paragraphs.
  make_tiff(images, path, compression="tiff_lzw") -> Path   multi-page TIFF
  make_encrypted_pdf(path, text="……", user_password="secret") -> Path
  make_corrupt_pdf(path) -> Path            "%PDF-" header followed by garbage
  make_truncated_pdf(path) -> Path          a valid PDF cut in half
  make_bomb_png(path, side=20000) -> Path   tiny PNG file that decodes to side x side pixels
  make_empty(path) -> Path                  0-byte file
"""

from __future__ import annotations

import io
import math
import subprocess
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4_INCHES = (8.27, 11.69)

_KNOWN_FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
]


# ------------------------------------------------------------------------------------------ fonts
@lru_cache(maxsize=1)
def cjk_fonts() -> list[Path]:
    found: list[Path] = []
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
        found = [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
    except (OSError, subprocess.SubprocessError):
        pass
    for p in _KNOWN_FONTS:
        if Path(p).is_file() and Path(p) not in found:
            found.append(Path(p))
    # Bold faces make poor body text; keep them last.
    found = sorted({p for p in found if p.is_file()}, key=lambda p: ("Bold" in p.name, str(p)))
    if not found:
        raise RuntimeError("no CJK font installed (apt-get install fonts-wqy-zenhei)")
    return found


def cjk_font(name: str | None = None) -> Path:
    fonts = cjk_fonts()
    if name is None:
        for pref in ("wqy-zenhei", "wqy-microhei", "NotoSansCJK-Regular", "uming"):
            for p in fonts:
                if pref in p.name:
                    return p
        return fonts[0]
    for p in fonts:
        if name.lower() in p.name.lower():
            return p
    raise LookupError(f"CJK font {name!r} not installed; have {[p.name for p in fonts]}")


@lru_cache(maxsize=32)
def _font(path: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px)


# ------------------------------------------------------------------------------------------ pages
def _wrap(paragraph: str, font: ImageFont.FreeTypeFont, width: float, indent: str = "　　") -> list[str]:
    lines: list[str] = []
    cur = indent
    for ch in paragraph:
        if font.getlength(cur + ch) > width and cur.strip():
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


def _layout(text: str | Sequence[str], dpi: int, font_path: Path, font_pt: float, columns: int,
            size: tuple[int, int] | None):
    w, h = size or (round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi))
    px = max(8, round(font_pt * dpi / 72))
    font = _font(str(font_path), px)
    margin_x, margin_y = round(w * 0.12), round(h * 0.09)
    gap = round(w * 0.05)
    col_w = (w - 2 * margin_x - gap * (columns - 1)) / columns
    if isinstance(text, str):
        lines = [ln for para in text.split("\n") if para.strip() for ln in _wrap(para.strip(), font, col_w)]
    else:
        lines = list(text)
    return w, h, px, font, margin_x, margin_y, gap, col_w, lines


def page_lines(text: str | Sequence[str], dpi: int = 200, font: Path | str | None = None, font_pt: float = 12,
               columns: int = 1, size: tuple[int, int] | None = None) -> list[str]:
    """The lines render_page draws, in reading order (indent characters removed)."""
    font_path = Path(font) if font and Path(str(font)).is_file() else cjk_font(font)  # type: ignore[arg-type]
    w, h, px, _, _, my, _, _, lines = _layout(text, dpi, font_path, font_pt, columns, size)
    per_col = max(1, int((h - 2 * my) // (px * 1.8)))
    return [ln.strip("　 ") for ln in lines[: per_col * columns]]


def render_page(text: str | Sequence[str], dpi: int = 200, font: Path | str | None = None, font_pt: float = 12,
                columns: int = 1, header: str | None = None, footer: str | None = None,
                page_number: int | str | None = None, size: tuple[int, int] | None = None) -> Image.Image:
    """Draw text on a white page. Lines that do not fit on the page are dropped (see page_lines)."""
    font_path = Path(font) if font and Path(str(font)).is_file() else cjk_font(font)  # type: ignore[arg-type]
    w, h, px, fnt, mx, my, gap, col_w, lines = _layout(text, dpi, font_path, font_pt, columns, size)
    img = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(img)
    pitch = px * 1.8
    per_col = max(1, int((h - 2 * my) // pitch))
    for i, line in enumerate(lines[: per_col * columns]):
        col, row = divmod(i, per_col)
        x = mx + col * (col_w + gap)
        draw.text((x, my + row * pitch), line, font=fnt, fill=(20, 20, 20))
    small = _font(str(font_path), max(8, round(px * 0.8)))
    if header:
        draw.text(((w - small.getlength(header)) / 2, my * 0.45), header, font=small, fill=(40, 40, 40))
        draw.line((mx, my * 0.45 + px * 1.2, w - mx, my * 0.45 + px * 1.2), fill=(60, 60, 60), width=max(1, dpi // 100))
    if footer:
        draw.text((mx, h - my * 0.55), footer, font=small, fill=(40, 40, 40))
    if page_number is not None:
        s = f"- {page_number} -" if isinstance(page_number, int) else str(page_number)
        draw.text(((w - small.getlength(s)) / 2, h - my * 0.4), s, font=small, fill=(40, 40, 40))
    return img


def add_seal(img: Image.Image, text: str = "厦门市思明区人民法院", center: tuple[int, int] | None = None,
             radius: int | None = None, color: tuple[int, int, int] = (220, 30, 30)) -> Image.Image:
    """A round red seal (公章) over the page, blended like ink (multiply), as on a signed page."""
    w, h = img.size
    r = radius or round(min(w, h) * 0.11)
    cx, cy = center or (round(w * 0.68), round(h * 0.62))
    layer = Image.new("RGB", img.size, "white")
    d = ImageDraw.Draw(layer)
    ring = max(3, r // 18)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=ring)
    # five-pointed star in the middle
    pts = []
    for k in range(10):
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    # characters along the upper arc, each rotated to face outwards
    font = _font(str(cjk_font()), max(8, round(r * 0.26)))
    n = len(text)
    span = math.radians(min(250, 24 * n))
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (font.size * 2, font.size * 2), 0)
        ImageDraw.Draw(tile).text((font.size // 2, font.size // 2), ch, font=font, fill=255)
        tile = tile.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        rr = r * 0.72
        x, y = cx + rr * math.cos(a) - tile.width / 2, cy + rr * math.sin(a) - tile.height / 2
        layer.paste(Image.new("RGB", tile.size, color), (round(x), round(y)), tile)
    return ImageChops.multiply(img.convert("RGB"), layer)


def rotate(img: Image.Image, angle: float) -> Image.Image:
    """90/180/270: exact turn (counter-clockwise, page size swaps); other angles: skew in place."""
    if angle % 90 == 0:
        return img.rotate(angle, expand=True) if angle % 360 else img.copy()
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor="white")


def degrade(img: Image.Image, blur: float = 0.0, noise: float = 0.0, jpeg_quality: int | None = None,
            skew: float = 0.0, seed: int = 0) -> Image.Image:
    out = img.convert("RGB")
    if skew:
        out = rotate(out, skew)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        arr = np.asarray(out).astype(np.float32)
        arr += np.random.default_rng(seed).normal(0, noise, arr.shape)
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if jpeg_quality:
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=jpeg_quality)
        out = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return out


def to_bytes(img: Image.Image, fmt: str = "PNG", **save_kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **save_kw)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ files
def make_pdf(pages_text: Iterable[str], path: str | Path, text_layer: bool = True, dpi: int = 200,
             font_pt: float = 12, images: Sequence[Image.Image] | None = None) -> Path:
    import pymupdf

    path = Path(path)
    doc = pymupdf.open()
    if images is not None:
        for im in images:
            _image_page(doc, im, dpi)
    elif text_layer:
        # The font is embedded (subset at the end), so the PDF's glyph widths are the font's own and
        # text_length measures exactly what is drawn. PyMuPDF's "china-s" reference font is written
        # without widths: every glyph, digits included, then advances a full em in the PDF while
        # text_length measured half that, and long digit runs ran off the page.
        font = pymupdf.Font("china-s")  # Droid Sans Fallback, shipped inside PyMuPDF
        for text in pages_text:
            page = doc.new_page(width=595, height=842)
            writer = pymupdf.TextWriter(page.rect)
            x0, y = 72.0, 80.0
            for line in _pdf_lines(text, font, font_pt, 523.0 - x0):
                writer.append((x0, y), line, font=font, fontsize=font_pt)
                y += font_pt * 1.8
            writer.write_text(page)
        doc.subset_fonts()
    else:
        for text in pages_text:
            _image_page(doc, render_page(text, dpi=dpi, font_pt=font_pt), dpi)
    doc.save(path, garbage=3, deflate=True)  # drops the full font the subset replaced
    doc.close()
    return path


def _pdf_lines(text: str, font, font_pt: float, width: float) -> list[str]:
    """Paragraphs indented by two characters and wrapped to ``width`` points; a run of Latin letters
    and digits (an ID number, a phone number, an amount) moves to the next line whole, as word
    processors do, unless it is longer than a line by itself."""
    lines = []
    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        cur = "　　"
        for ch in para:
            if _advance(font, cur + ch, font_pt) <= width:
                cur += ch
                continue
            run = len(cur) - len(cur.rstrip(_ALNUM)) if ch in _ALNUM else 0
            if 0 < run < len(cur.strip()):
                lines.append(cur[:-run])
                cur = cur[-run:] + ch
            else:
                lines.append(cur)
                cur = ch
        lines.append(cur)
    return lines


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _advance(font, text: str, font_pt: float) -> float:
    """Width of ``text`` in points: the sum of the font's glyph advances (= font.text_length)."""
    return sum(_glyph_advance(font, ch) for ch in text) * font_pt


@lru_cache(maxsize=8192)
def _glyph_advance(font, ch: str) -> float:
    return font.glyph_advance(ord(ch))


def _image_page(doc, img: Image.Image, dpi: int):
    w, h = img.size
    page = doc.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
    page.insert_image(page.rect, stream=to_bytes(img.convert("RGB"), "JPEG", quality=90))
    return page


def make_garbage_layer_pdf(pages_text: Iterable[str], path: str | Path, dpi: int = 200) -> Path:
    import pymupdf

    path = Path(path)
    doc = pymupdf.open()
    rng = np.random.default_rng(1)
    for text in pages_text:
        page = _image_page(doc, render_page(text, dpi=dpi), dpi)
        # Mojibake the way a broken encoding looks (Latin-1 read of UTF-8) plus private-use glyphs.
        junk = text.encode("utf-8").decode("latin-1")
        junk = "".join(c if c.isprintable() else chr(0xE000 + int(rng.integers(0, 500))) for c in junk)
        y = 80.0
        for k in range(0, min(len(junk), 2000), 60):
            page.insert_text((72, y), junk[k:k + 60], fontsize=10, render_mode=3)
            y += 14
    doc.save(path)
    doc.close()
    return path


def make_docx(paragraphs: Iterable[str], path: str | Path, tables: Sequence[Sequence[Sequence[str]]] | None = None,
              images: Sequence[Image.Image | str | Path] | None = None) -> Path:
    import docx
    from docx.shared import Inches

    path = Path(path)
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    for table in tables or []:
        rows = len(table)
        cols = max(len(r) for r in table)
        t = d.add_table(rows=rows, cols=cols)
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    for im in images or []:
        stream = io.BytesIO(to_bytes(im, "PNG")) if isinstance(im, Image.Image) else str(im)
        d.add_picture(stream, width=Inches(6))
    d.save(path)
    return path


def make_tiff(images: Sequence[Image.Image], path: str | Path, compression: str = "tiff_lzw") -> Path:
    path = Path(path)
    first, *rest = [im.convert("RGB") for im in images]
    first.save(path, "TIFF", save_all=True, append_images=rest, compression=compression)
    return path


def make_encrypted_pdf(path: str | Path, text: str = "本案为民间借贷纠纷。", user_password: str = "secret") -> Path:
    import pymupdf

    path = Path(path)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontname="china-s", fontsize=12)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_password, owner_pw=user_password + "-owner")
    doc.close()
    return path


def make_corrupt_pdf(path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n" + bytes(np.random.default_rng(7).integers(0, 256, 4000, dtype=np.uint8)))
    return path


def make_truncated_pdf(path: str | Path) -> Path:
    path = Path(path)
    tmp = path.with_suffix(".full.pdf")
    make_pdf(["本院认为，当事人对自己提出的诉讼请求所依据的事实，应当提供证据加以证明。"] * 3, tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    path.write_bytes(data[: len(data) // 3])
    return path


def make_bomb_png(path: str | Path, side: int = 20000) -> Path:
    path = Path(path)
    Image.new("1", (side, side), 1).save(path, "PNG")
    return path


def make_empty(path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(b"")
    return path
