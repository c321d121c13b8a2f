"""Page images for the clerk's page: rendered from the stored file (PDF pages via PyMuPDF, image
frames via Pillow; DOCX/TXT pages, which have no picture, are drawn from their lines) and cached."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

MAX_SIDE = 1400  # the browser scales boxes by page width/height, so any resolution works
_FONTS = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]


def _font(size: int):
    for path in _FONTS:
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def _from_pdf(data: bytes, page: int) -> Image.Image:
    import pymupdf as fitz

    with fitz.open(stream=data, filetype="pdf") as doc:
        p = doc[page]
        zoom = MAX_SIDE / max(p.rect.width, p.rect.height)
        pix = p.get_pixmap(matrix=fitz.Matrix(zoom, zoom), alpha=False)
        return Image.open(io.BytesIO(pix.tobytes("png"))).convert("RGB")


def _from_image(data: bytes, page: int) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    if page:
        im.seek(page)
    im = im.convert("RGB")
    im.thumbnail((MAX_SIDE, MAX_SIDE))
    return im


def _drawn(page: dict) -> Image.Image:
    w, h = float(page["width"]) or 1000.0, float(page["height"]) or 1414.0
    k = MAX_SIDE / max(w, h)
    im = Image.new("RGB", (max(1, int(w * k)), max(1, int(h * k))), "white")
    draw = ImageDraw.Draw(im)
    for line in page["lines"]:
        x0, y0, x1, y1 = (v * k for v in line["box"])
        size = max(8, int((y1 - y0) * 0.8))
        draw.text((x0, y0), line["text"], fill="black", font=_font(size))
    return im


def render(settings, store, files: list[dict], page: dict) -> bytes:
    f = files[page["file"]]
    cache = Path(settings.cache_dir) / "pages" / f"{f['sha256']}-{page['page']}.png"
    if cache.is_file():
        return cache.read_bytes()
    data = store.get(f["sha256"])
    try:
        if f["kind"] == "pdf":
            im = _from_pdf(data, page["page"])
        elif f["kind"] in ("docx", "txt"):
            im = _drawn(page)
        else:
            im = _from_image(data, page["page"])
    except Exception:  # a page the renderer cannot draw still shows its lines
        im = _drawn(page)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    png = buf.getvalue()
    cache.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(png)
    os.replace(tmp, cache)
    return png
