"""Page-level preprocessing of scanned pages before and around OCR.

* ``is_blank``: nothing printed on the page (skip OCR);
* ``suppress_seals``: red seals (印章) are found by an HSV red mask, whitened out of the page so their
  text does not pollute the body, and their ring text is read separately (polar unwrap);
* ``orient``: the page orientation (0/90/180/270) decided once per page from the detected line
  shapes (tall boxes → turned by 90°) and the recogniser's confidence on a few lines read both ways
  up, instead of rapidocr's per-line 180° classifier that flips and drops lines (rapidocr #409);
* ``skew_angle`` / ``deskew_quads``: small skew (≤ 5°) measured from the detected line boxes; the
  boxes are rotated back so reading order works in the page's own frame (the crops fed to the
  recogniser are already rotated per line, so no page resampling is needed).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

# ------------------------------------------------------------------------------ blank pages


def is_blank(img: np.ndarray) -> bool:
    """True when the page carries no print: almost no pixel clearly darker than the paper."""
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    s = 800 / max(g.shape)
    if s < 1:
        g = cv2.resize(g, (max(1, round(g.shape[1] * s)), max(1, round(g.shape[0] * s))), interpolation=cv2.INTER_AREA)
    paper = np.percentile(g, 90)
    dark = (g < paper - 60).mean()
    return dark < 0.0005


# ------------------------------------------------------------------------------ seals

SEAL_FIND_SIDE = 1800  # px: long side of the page view in which seals are looked for
SEAL_RADIUS = 200  # px: a 42 mm court seal at 200 dpi is ~165 px; bigger ones are scaled down to this


def red_mask(img: np.ndarray) -> np.ndarray:
    """1 where the pixel is red ink (hue ≤ 10 or ≥ 160 of 180, saturated, not dark), else 0."""
    hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
    m = cv2.inRange(hsv, (0, 70, 130), (10, 255, 255)) | cv2.inRange(hsv, (160, 70, 130), (180, 255, 255))
    return m >> 7


def find_seals(img: np.ndarray, mask: np.ndarray | None = None) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1) of red seal-like blobs (roughly square, big enough)."""
    mask = red_mask(img) if mask is None else mask
    if mask.sum() < 200:
        return []
    H, W = mask.shape
    k = max(3, round(min(H, W) / 150))
    closed = cv2.dilate(mask, np.ones((k, k), np.uint8), iterations=2)
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if min(w, h) < min(H, W) * 0.06 or not 0.6 < w / max(1, h) < 1.7:
            continue
        out.append((int(x), int(y), int(x + w), int(y + h)))
    # A seal's centre star is a separate blob inside its ring: keep only the outer box, so the star
    # is not unwrapped and read as a seal of its own.
    return [b for b in out if not any(o != b and o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2] and o[3] >= b[3]
                                      for o in out)]


def suppress_seals(img: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The page with red ink whitened, and for each seal a grey image of its ring text unwrapped
    into a straight line (black on white) ready for recognition."""
    # Seals are found on every step-th pixel (a ~150-dpi view: plain subsampling keeps ink colours
    # pure, where averaging would pale thin red strokes); only the seals' own boxes are masked at
    # full resolution.
    H, W = img.shape[:2]
    step = max(1, math.ceil(max(H, W) / SEAL_FIND_SIDE))
    small = np.ascontiguousarray(img[::step, ::step]) if step > 1 else img
    seals = [(max(0, x0 * step - step), max(0, y0 * step - step), min(W, x1 * step + step), min(H, y1 * step + step))
             for x0, y0, x1, y1 in find_seals(small)]
    if not seals:
        return img, []
    clean = img.copy()
    # Inside each seal, keep only the red channel: red ink is bright there (vanishes) while black
    # text printed under or over the seal stays dark. Red text elsewhere (红头 titles) is untouched.
    for x0, y0, x1, y1 in seals:
        # stretch so the seal's (already light) red-channel ink becomes paper white
        r = np.clip(img[y0:y1, x0:x1, 2].astype(np.float32) * (255 / 190), 0, 255).astype(np.uint8)
        clean[y0:y1, x0:x1] = r[:, :, None]
    strips = []
    for x0, y0, x1, y1 in seals:
        ink = red_mask(img[y0:y1, x0:x1]) * 255
        r = max(x1 - x0, y1 - y0) / 2
        center = ((x1 - x0) / 2, (y1 - y0) / 2)
        # Polar unwrap: rows = angle, cols = radius; text along the ring becomes a straight band.
        n_ang = max(360, round(2 * math.pi * r))
        polar = cv2.warpPolar(ink, (round(r), n_ang), center, r, cv2.WARP_POLAR_LINEAR)
        if r > SEAL_RADIUS:
            # Ring text of a large (high-dpi) seal is read as well at ~200-dpi size, for less work.
            polar = cv2.resize(polar, (SEAL_RADIUS, round(n_ang * SEAL_RADIUS / r)), interpolation=cv2.INTER_AREA)
            r = SEAL_RADIUS
        band = polar[:, round(r * 0.45): round(r * 0.97)]
        # angle → x, outward → up; then start the strip at the bottom of the seal (90°) so text on
        # the upper arc (180°..360°) is contiguous.
        strip = cv2.rotate(band, cv2.ROTATE_90_COUNTERCLOCKWISE)
        q = strip.shape[1] // 4
        strip = np.concatenate([strip[:, q:], strip[:, :q]], axis=1)
        strips.append(cv2.cvtColor(255 - strip, cv2.COLOR_GRAY2BGR))
    return clean, strips


# ------------------------------------------------------------------------------ orientation / skew


def quad_angle(q: np.ndarray) -> float:
    """Angle (degrees) of a line quad's long side, in (-90, 90]."""
    (x0, y0), (x1, y1) = q[0], q[1]
    return math.degrees(math.atan2(y1 - y0, x1 - x0))


def quad_size(q: np.ndarray) -> tuple[float, float]:
    w = float(np.linalg.norm(q[1] - q[0]))
    h = float(np.linalg.norm(q[3] - q[0]))
    return w, h


def lines_are_vertical(quads: list[np.ndarray]) -> bool:
    """Most text boxes taller than wide: the page is turned by 90° or 270°."""
    if not quads:
        return False
    tall = wide = 0
    for q in quads:
        xs, ys = q[:, 0], q[:, 1]
        w, h = xs.max() - xs.min(), ys.max() - ys.min()
        if h > 2 * w:
            tall += 1
        elif w > 2 * h:
            wide += 1
    return tall > wide


def skew_angle(quads: list[np.ndarray]) -> float:
    """Median angle of long horizontal-ish line boxes (degrees, positive = clockwise in image)."""
    angles = []
    for q in quads:
        w, h = quad_size(q)
        if w > 4 * h:
            a = quad_angle(q)
            if abs(a) < 8:
                angles.append(a)
    if len(angles) < 2:
        return 0.0
    return float(np.median(angles))


def rotate_points(pts: np.ndarray, angle_deg: float, center: tuple[float, float]) -> np.ndarray:
    a = math.radians(-angle_deg)
    c, s = math.cos(a), math.sin(a)
    cx, cy = center
    out = pts.copy()
    out[:, 0] = c * (pts[:, 0] - cx) - s * (pts[:, 1] - cy) + cx
    out[:, 1] = s * (pts[:, 0] - cx) + c * (pts[:, 1] - cy) + cy
    return out


def turn(img: np.ndarray, rotation: int) -> np.ndarray:
    """Turn the image so content rotated by ``rotation`` degrees CCW is upright again."""
    rotation %= 360
    if rotation == 90:
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if rotation == 180:
        return cv2.rotate(img, cv2.ROTATE_180)
    if rotation == 270:
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return img


def sample_crops(img: np.ndarray, quads: list[np.ndarray], n: int = 4, max_ratio: float = 10.0) -> list[np.ndarray]:
    """Up to ``n`` crops of the widest horizontal lines, cut to ``max_ratio`` × height (cheap to read)."""
    from rapidocr.utils.process_img import get_rotate_crop_image

    cands = sorted(quads, key=lambda q: -quad_size(q)[0])[: n * 2]
    out = []
    for q in cands:
        crop = get_rotate_crop_image(img, q.copy())
        h, w = crop.shape[:2]
        if w < 2 * h:
            continue
        # the middle of the line: both ends may be punctuation or blank
        cut = int(h * max_ratio)
        if w > cut:
            x = (w - cut) // 2
            crop = crop[:, x: x + cut]
        out.append(crop)
        if len(out) >= n:
            break
    return out


UPRIGHT_SURE = 0.9  # mean length-weighted confidence above which a reading is taken as upright


def _conf(readings: list[tuple[str, float]]) -> float:
    return float(np.mean([s * min(1.0, len(t) / 3) for t, s in readings]))


def upright_confidence(quads: list[np.ndarray], readings: list[tuple[str, float]], n: int = 4) -> float:
    """Confidence of the page's reading as it stands, on its ``n`` widest horizontal lines (the lines
    ``sample_crops`` would pick); 0 when there are none."""
    cands = [(quad_size(q), r) for q, r in zip(quads, readings, strict=True)]
    picked = [r for (w, h), r in sorted(cands, key=lambda c: -c[0][0]) if w >= 2 * h][:n]
    return _conf(picked) if picked else 0.0


def upside_down(engine, crops: list[np.ndarray]) -> bool:
    """Read sample lines upright; if that reading is not clearly confident, read them turned by 180°
    too and call the page upside down when the turned reading is clearly more confident."""
    if not crops:
        return False

    upright = _conf(engine.recognize(crops))
    if upright >= UPRIGHT_SURE:  # the common case: one cheap reading settles it
        return False
    flipped = _conf(engine.recognize([cv2.rotate(c, cv2.ROTATE_180) for c in crops]))
    return flipped > upright + 0.05
