"""File loaders: detect the type from the content (magic bytes, never the name) and yield raw pages.

A raw page is either a text page (lines with boxes from a sound PDF text layer, DOCX or TXT) or an
image page (BGR ``numpy`` array to OCR). Coordinates are "page pixels":

* PDF pages: PDF points × dpi / 72 (the pixel grid of the page rasterised at ``dpi``), for text
  layers and scans alike;
* images and TIFF frames: the image's own pixels (after EXIF rotation and any downscaling of
  oversized scans);
* DOCX and TXT: a synthetic A4 page at ``dpi`` with one line box per paragraph line.

Pages are produced lazily so a 500-page scan never sits in memory at once.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from .errors import CorruptFile, EmptyFile, EncryptedFile, ImageTooLarge, TooManyPages, UnsupportedType

DEFAULT_MAX_PAGES = 500
# Decoded-pixel ceiling for any one image: an A4 page at 600 dpi is 35 Mpx; beyond 120 Mpx a file
# is a decompression bomb or not a document scan.
MAX_IMAGE_PIXELS = 120_000_000
# Scans larger than this (long side, px) are downscaled before OCR: ~400 dpi for A4.
MAX_SIDE = 4800

A4_PT = (595.0, 842.0)


@dataclass
class RawLine:
    text: str
    box: tuple[float, float, float, float]
    score: float = 1.0


@dataclass
class RawPage:
    width: float
    height: float
    lines: list[RawLine] | None = None  # text page
    image: np.ndarray | None = None  # image page (BGR uint8)
    kind: str = "text-layer"  # "text-layer" | "ocr"
    meta: dict = field(default_factory=dict)


class Document:
    """A loaded file: ``count`` pages, produced one by one by ``pages()``."""

    kind = ""
    count = 0

    def pages(self) -> Iterator[RawPage]:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        pass


def max_pages_setting(max_pages: int | None) -> int:
    if max_pages:
        return max_pages
    try:
        return int(os.environ.get("COURTDOC_MAX_PAGES", DEFAULT_MAX_PAGES))
    except ValueError:
        return DEFAULT_MAX_PAGES


# --------------------------------------------------------------------------------- type sniffing
def sniff(data: bytes) -> str:
    """The file type from its first bytes: pdf, png, jpeg, bmp, webp, gif, tiff, docx, txt; else raises."""
    head = data[:16]
    if data[:1024].lstrip(b"\x00\t\r\n \xef\xbb\xbf").startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"BM") and len(data) > 26:
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise CorruptFile("ZIP/DOCX 结构损坏") from exc
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedType("压缩包或 Office 文件但不是 Word 文档（DOCX）")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedType("旧版 Word/Excel（.doc/.xls）文件，请另存为 DOCX 或 PDF")
    if decode_text(data) is not None:
        return "txt"
    raise UnsupportedType()


def decode_text(data: bytes) -> str | None:
    """Text of a plain-text file (UTF-8/UTF-16 with BOM, UTF-8, GB18030), or None if binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        if b"\x00" in data[:4096]:
            return None
        candidates = ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\r\n\f") or 0xE000 <= ord(c) <= 0xF8FF)
        if sample and bad / len(sample) < 0.01:
            return text
    return None


# --------------------------------------------------------------------------------- entry point
def open_document(data: bytes, *, dpi: int = 200, max_pages: int | None = None) -> Document:
    """Open a file's bytes (type by content) and check it (damage, encryption, page limit, image
    size) without reading the pages yet. Raises a DossierError subclass."""
    if not data:
        raise EmptyFile()
    kind = sniff(data)
    limit = max_pages_setting(max_pages)
    if kind == "pdf":
        doc: Document = PdfDocument(data, dpi)
    elif kind in ("png", "jpeg", "bmp", "webp", "tiff", "gif"):
        doc = ImageDocument(data, kind)
    elif kind == "docx":
        doc = DocxDocument(data, dpi)
    else:
        doc = TextDocument(decode_text(data) or "", dpi)
    if doc.count > limit:
        n = doc.count
        doc.close()
        raise TooManyPages(f"共 {n} 页，上限为 {limit} 页（可用 COURTDOC_MAX_PAGES 调整）")
    return doc


# --------------------------------------------------------------------------------- PDF
_GOOD = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef0-9A-Za-z"
    r"\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff"
    r"!-/:-@\[-`{-~×÷°%‰　 ]"
)
_GOOD_RUN = re.compile(_GOOD.pattern + "+")


def text_quality(text: str) -> float:
    """Share of characters that plausibly belong to a Chinese legal document (0..1).

    Mojibake (UTF-8 read as Latin-1: æ·¬é·¢), private-use glyphs from fonts without a ToUnicode
    map, replacement characters and control codes all count as bad.
    """
    chars = "".join(text.split())
    if not chars:
        return 0.0
    bad = len(_GOOD_RUN.sub("", chars))
    return 1.0 - bad / len(chars)


def layer_is_sound(text: str, min_chars: int = 8, min_quality: float = 0.9) -> bool:
    stripped = "".join(text.split())
    return len(stripped) >= min_chars and text_quality(stripped) >= min_quality


class PdfDocument(Document):
    kind = "pdf"

    def __init__(self, data: bytes, dpi: int):
        import pymupdf

        try:
            self.doc = pymupdf.open(stream=data, filetype="pdf")
        except Exception as exc:  # pymupdf raises several types for broken files
            raise CorruptFile("PDF 无法打开") from exc
        if self.doc.needs_pass and not self.doc.authenticate(""):
            self.doc.close()
            raise EncryptedFile()
        self.count = self.doc.page_count
        if self.count == 0:
            self.doc.close()
            raise CorruptFile("PDF 中没有任何页面")
        self.dpi = dpi
        if getattr(self.doc, "is_repaired", False):
            self._check_repaired()

    def _check_repaired(self) -> None:
        # MuPDF silently repairs broken files (e.g. a truncated upload); if the repair left a page
        # with no content at all, pages are missing: refuse rather than return a partial dossier.
        for i in range(self.count):
            try:
                page = self.doc.load_page(i)
                empty = not page.get_contents() or not (page.get_text("text").strip() or page.get_images()
                                                         or page.get_drawings())
            except Exception:
                empty = True
            if empty:
                self.doc.close()
                raise CorruptFile(f"PDF 文件不完整或已损坏（第 {i + 1} 页内容缺失）")

    def close(self) -> None:
        self.doc.close()

    def pages(self) -> Iterator[RawPage]:
        for i in range(self.count):
            try:
                page = self.doc.load_page(i)
                yield self._page(page)
            except (CorruptFile, ImageTooLarge):
                raise
            except Exception as exc:
                raise CorruptFile(f"第 {i + 1} 页无法解析") from exc

    def _page(self, page) -> RawPage:
        import pymupdf

        scale = self.dpi / 72.0
        w, h = page.rect.width * scale, page.rect.height * scale
        d = page.get_text("dict", flags=pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES)
        lines: list[RawLine] = []
        for block in d.get("blocks", []):
            for ln in block.get("lines", []):
                text = "".join(s["text"] for s in ln["spans"])
                if not text.strip():
                    continue
                x0, y0, x1, y1 = ln["bbox"]
                lines.append(RawLine(text, tuple(round(v * scale, 2) for v in (x0, y0, x1, y1))))
        all_text = "".join(ln.text for ln in lines)
        if layer_is_sound(all_text) and not self._scan_with_thin_layer(page, all_text):
            return RawPage(w, h, lines=lines, kind="text-layer")
        # Scan (or garbage layer): rasterise; cap pixels so an absurd page size cannot explode.
        dpi = self.dpi
        px = w * h
        if px > MAX_IMAGE_PIXELS / 2:
            dpi = int(self.dpi * (MAX_IMAGE_PIXELS / 2 / px) ** 0.5)
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3)[:, :, ::-1].copy()
        if dpi != self.dpi:
            import cv2

            img = cv2.resize(img, (round(w), round(h)), interpolation=cv2.INTER_LINEAR)
        return RawPage(w, h, image=img, kind="ocr", meta={"garbage_layer": bool(all_text.strip())})

    @staticmethod
    def _scan_with_thin_layer(page, text: str) -> bool:
        """A full-page image under only a few characters of text: a scan with e.g. a stamped
        header added digitally; OCR it instead of trusting the thin layer."""
        if len(text) > 200:
            return False
        area = page.rect.width * page.rect.height
        try:
            infos = page.get_image_info()
        except Exception:
            return False
        covered = sum(abs((i["bbox"][2] - i["bbox"][0]) * (i["bbox"][3] - i["bbox"][1])) for i in infos)
        return covered > 0.5 * area


# --------------------------------------------------------------------------------- images
def _open_image(data: bytes):
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            # sizes are checked explicitly (_check_pixels) with a clear error instead
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge() from exc
    except Exception as exc:
        raise CorruptFile("图片无法解码") from exc
    return im


def _check_pixels(w: int, h: int) -> None:
    if w * h > MAX_IMAGE_PIXELS:
        raise ImageTooLarge(f"{w}×{h} 像素，上限 {MAX_IMAGE_PIXELS // 1_000_000} 百万像素")


def image_to_bgr(im) -> np.ndarray:
    """PIL image (any mode) → BGR uint8, EXIF-rotated, white under transparency, oversized scans shrunk."""
    from PIL import Image, ImageOps

    im = ImageOps.exif_transpose(im)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        bg = Image.new("RGB", im.size, "white")
        bg.paste(im, mask=im.getchannel("A"))
        im = bg
    elif im.mode == "I;16" or im.mode == "I":
        arr = np.asarray(im, dtype=np.float32)
        im = Image.fromarray(np.clip(arr / max(1.0, arr.max()) * 255, 0, 255).astype(np.uint8))
    im = im.convert("RGB")
    if max(im.size) > MAX_SIDE:
        s = MAX_SIDE / max(im.size)
        im = im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS)
    return np.asarray(im)[:, :, ::-1].copy()


class ImageDocument(Document):
    kind = "image"

    def __init__(self, data: bytes, kind: str):
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
        self.data = data
        im = _open_image(data)
        _check_pixels(*im.size)
        self.count = getattr(im, "n_frames", 1) if kind == "tiff" else 1
        self.kind = kind

    def pages(self) -> Iterator[RawPage]:
        from PIL import Image

        im = _open_image(self.data)
        for i in range(self.count):
            try:
                if i:
                    im.seek(i)
                _check_pixels(*im.size)
                img = image_to_bgr(im)
            except (ImageTooLarge, Image.DecompressionBombError) as exc:
                raise ImageTooLarge() from exc
            except Exception as exc:
                raise CorruptFile(f"第 {i + 1} 帧图片无法解码") from exc
            yield RawPage(float(img.shape[1]), float(img.shape[0]), image=img, kind="ocr")


# --------------------------------------------------------------------------------- DOCX / TXT
def _synthetic_lines(texts: list[str], dpi: int) -> tuple[float, float, list[RawLine]]:
    """One box per line on an A4 page grid at ``dpi`` (documents without geometry)."""
    scale = dpi / 72.0
    w, h = A4_PT[0] * scale, A4_PT[1] * scale
    lh = 12 * 1.8 * scale
    x0, y = 72 * scale, 72 * scale
    lines = []
    for t in texts:
        cw = 12 * scale
        lines.append(RawLine(t, (x0, y, min(w - x0, x0 + cw * len(t)), y + 12 * scale)))
        y += lh
    return w, max(h, y + 72 * scale), lines


class DocxDocument(Document):
    """Paragraphs and tables (rows as cells separated by tabs) in body order on page 0; each
    embedded image is OCR'd as a page of its own after it (boxes in the image's pixels)."""

    kind = "docx"

    def __init__(self, data: bytes, dpi: int):
        import docx

        try:
            self.doc = docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise CorruptFile("DOCX 无法解析") from exc
        self.dpi = dpi
        self.images = self._image_parts()
        self.count = 1 + len(self.images)

    def _image_parts(self) -> list[bytes]:
        blips = []
        ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
        rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
        for el in self.doc.element.body.iter(ns):
            r = el.get(rid)
            part = self.doc.part.related_parts.get(r) if r else None
            if part is not None and getattr(part, "content_type", "").startswith("image/"):
                blips.append(part.blob)
        return blips

    def _texts(self) -> list[str]:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        out: list[str] = []
        body = self.doc.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                t = Paragraph(child, self.doc).text
                if t.strip():
                    out.append(t.strip())
            elif tag == "tbl":
                for row in Table(child, self.doc).rows:
                    cells: list[str] = []
                    for c in row.cells:
                        t = " ".join(c.text.split())
                        if not cells or cells[-1] != t:  # merged cells repeat their text
                            cells.append(t)
                    if any(cells):
                        out.append("\t".join(cells))
        return out

    def pages(self) -> Iterator[RawPage]:
        w, h, lines = _synthetic_lines(self._texts(), self.dpi)
        yield RawPage(w, h, lines=lines, kind="text-layer", meta={"plain": True})
        for i, blob in enumerate(self.images):
            try:
                sniff_kind = sniff(blob)
            except Exception:
                sniff_kind = ""
            if sniff_kind not in ("png", "jpeg", "bmp", "webp", "tiff"):
                # EMF/WMF drawings and the like: nothing to OCR; keep page numbering stable.
                yield RawPage(w, h, lines=[], kind="text-layer", meta={"plain": True, "skipped_image": i})
                continue
            im = _open_image(blob)
            _check_pixels(*im.size)
            img = image_to_bgr(im)
            yield RawPage(float(img.shape[1]), float(img.shape[0]), image=img, kind="ocr", meta={"docx_image": i})


class TextDocument(Document):
    """Plain text: one page per form feed (\\f), lines as written."""

    kind = "txt"

    def __init__(self, text: str, dpi: int):
        self.parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
        self.count = len(self.parts)
        self.dpi = dpi

    def pages(self) -> Iterator[RawPage]:
        for part in self.parts:
            w, h, lines = _synthetic_lines([t.strip() for t in part.split("\n") if t.strip()], self.dpi)
            yield RawPage(w, h, lines=lines, kind="text-layer", meta={"plain": True})
