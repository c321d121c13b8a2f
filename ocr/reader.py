"""read_file / read_bytes: any dossier file → ``Dossier`` (pages → lines with boxes, text).

Text layers are used where sound (no OCR at all); scanned pages go through preprocess (blank check,
seal suppression, orientation, skew) → engine (detection, recognition) → layout (reading order,
paragraphs, headers/footers). Any failure raises a ``DossierError`` subclass; a partial dossier is
never returned.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from courtdoc.contracts import Dossier, Line, Page

from . import layout, preprocess
from .engine import TextLine, get_engine
from .errors import CorruptFile, DossierError, EmptyFile, MissingFile
from .loaders import RawPage, open_document

Progress = Callable[[int, int], None]


def read_file(path: str | Path, *, dpi: int = 200, max_pages: int | None = None,
              progress: Progress | None = None) -> Dossier:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise MissingFile("这是一个目录，不是文件", name=p.name) from exc
    except FileNotFoundError as exc:
        raise MissingFile(name=p.name) from exc
    except OSError as exc:
        raise MissingFile(str(exc.strerror or ""), name=p.name) from exc
    return read_bytes(data, name=str(path), dpi=dpi, max_pages=max_pages, progress=progress)


def read_bytes(data: bytes, name: str = "", *, dpi: int = 200, max_pages: int | None = None,
               progress: Progress | None = None) -> Dossier:
    t0 = time.perf_counter()
    if not data:
        raise EmptyFile(name=Path(name).name if name else "")
    if not 50 <= dpi <= 600:
        raise DossierError(f"DPI 必须在 50 到 600 之间（收到 {dpi}）")
    try:
        doc = open_document(data, dpi=dpi, max_pages=max_pages)
    except DossierError as exc:
        exc.name = exc.name or (Path(name).name if name else "")
        raise
    pages: list[Page] = []
    try:
        for i, raw in enumerate(doc.pages()):
            pages.append(_page(i, raw))
            if progress:
                progress(i + 1, doc.count)
    except DossierError:
        raise
    except MemoryError as exc:
        raise CorruptFile("内存不足，文件过大") from exc
    except Exception as exc:  # a decoder failing deep inside: the file, not the caller, is at fault
        raise CorruptFile(f"处理第 {len(pages) + 1} 页时出错（{type(exc).__name__}）") from exc
    finally:
        doc.close()
    text = "\n".join(p.text for p in pages if p.text)
    return Dossier(file=name or None, pages=pages, text=text, seconds=round(time.perf_counter() - t0, 3))


def _page(index: int, raw: RawPage) -> Page:
    if raw.image is None:
        lines = [Line(text=ln.text, box=ln.box, score=ln.score) for ln in raw.lines or []]
        ordered, text = layout.arrange(lines, raw.width, raw.height, plain=bool(raw.meta.get("plain")))
        return Page(index=index, width=round(raw.width, 2), height=round(raw.height, 2), source="text-layer",
                    lines=ordered, text=text)
    result = ocr_image(raw.image)
    ordered, text = layout.arrange(result["lines"], result["width"], result["height"])
    return Page(index=index, width=round(result["width"], 2), height=round(result["height"], 2), source="ocr",
                lines=ordered, text=text, seals=result["seals"], rotation=result["rotation"])


def ocr_image(img: np.ndarray) -> dict:
    """OCR one page image (BGR). Returns {"lines", "width", "height", "rotation", "seals"} where the
    lines are in the upright page's pixel frame (after the 0/90/180/270 turn, skew removed)."""
    from rapidocr.utils.process_img import get_rotate_crop_image

    engine = get_engine()
    h, w = img.shape[:2]
    if preprocess.is_blank(img):
        return {"lines": [], "width": float(w), "height": float(h), "rotation": 0, "seals": []}
    if not hasattr(engine, "detect"):  # optional PaddleOCR engine: its own pipeline
        found = engine.ocr(img)
        return {"lines": [Line(text=t.text, box=t.box, score=round(t.score, 4)) for t in found],
                "width": float(w), "height": float(h), "rotation": 0, "seals": []}
    with engine.lock:
        clean, strips = preprocess.suppress_seals(img)
        quads, _ = engine.detect(clean)
        rotation = 0
        if preprocess.lines_are_vertical(quads):
            clean = preprocess.turn(clean, 90)
            quads, _ = engine.detect(clean)
            rotation = 90
        crops = [get_rotate_crop_image(clean, q.copy()) for q in quads]
        texts = engine.recognize(crops)
        # The body reading is the orientation check's upright reading too: only a page whose widest
        # lines read with low confidence gets the 180° test (and, if turned, a second reading).
        if preprocess.upright_confidence(quads, texts) < preprocess.UPRIGHT_SURE and \
                preprocess.upside_down(engine, preprocess.sample_crops(clean, quads)):
            clean = preprocess.turn(clean, 180)
            H, W = clean.shape[:2]
            quads = [np.stack([[W, H] - q[2], [W, H] - q[3], [W, H] - q[0], [W, H] - q[1]]).astype(np.float32)
                     for q in quads]
            rotation = (rotation + 180) % 360
            crops = [get_rotate_crop_image(clean, q.copy()) for q in quads]
            texts = engine.recognize(crops)
        H, W = clean.shape[:2]
        seals = _read_seals(engine, strips)
    angle = preprocess.skew_angle(quads)
    lines: list[Line] = []
    for q, (t, s) in zip(quads, texts, strict=True):
        t = t.strip()
        if not t or s < engine.min_score:
            continue
        if abs(angle) > 0.2:
            q = preprocess.rotate_points(q, angle, (W / 2, H / 2))
        x0, y0 = float(max(0, q[:, 0].min())), float(max(0, q[:, 1].min()))
        x1, y1 = float(min(W, q[:, 0].max())), float(min(H, q[:, 1].max()))
        lines.append(Line(text=t, box=(round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)), score=round(s, 4)))
    return {"lines": lines, "width": float(W), "height": float(H), "rotation": rotation, "seals": seals}


def _read_seals(engine, strips: list[np.ndarray]) -> list[str]:
    out = []
    for strip in strips:
        pad = np.full((strip.shape[0] + 40, strip.shape[1] + 40, 3), 255, np.uint8)
        pad[20:-20, 20:-20] = strip
        quads, _ = engine.detect(pad, side=max(pad.shape[:2]))
        found: list[TextLine] = []
        if quads:
            from rapidocr.utils.process_img import get_rotate_crop_image

            crops = [get_rotate_crop_image(pad, q.copy()) for q in quads]
            for q, (t, s) in zip(quads, engine.recognize(crops), strict=True):
                if t.strip() and s >= 0.5:
                    found.append(TextLine(q, t.strip(), s))
        found.sort(key=lambda t: t.box[0])
        text = layout.clean_line_text("".join(t.text for t in found))
        if text:
            out.append(text)
    return out
