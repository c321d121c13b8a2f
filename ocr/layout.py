"""Reading order, paragraphs and page furniture (headers, footers, page numbers).

Input: the lines of one page (text + axis-aligned box in page pixels, upright frame). Output: the
lines in reading order with ``role`` set, and the page's body text: paragraphs in reading order,
one per text line of output, joined the Chinese way (no space between CJK characters; a space is
kept only where two Latin words meet across a line break).

Two-column pages are recognised by a vertical gutter that almost no line crosses; lines that do
cross it (titles) split the page into sections, each read left column first, then right column.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from courtdoc.contracts import Line

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"
_SPACE_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \t\u3000]+|[ \t\u3000]+(?=[{_CJK}{_CJK_PUNCT}])")
_PAGE_NO = re.compile(
    r"^\s*(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$"
)
_INDENT = re.compile(r"^[\u3000 \t]{2,}|^\u3000")


def clean_line_text(text: str) -> str:
    """Collapse runs of spaces and drop spaces next to CJK characters and CJK punctuation."""
    text = re.sub(r"[ \t]+", " ", text.replace("\u00a0", " ")).strip()
    return _SPACE_CJK.sub("", text).strip()


def join_parts(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if re.match(r"[A-Za-z]", a[-1]) and re.match(r"[A-Za-z]", b[0]):
        return a + " " + b
    return a + b


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO.match(text)) and any(c.isdigit() for c in text)


@dataclass
class _Row:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float
    indent: bool = False
    role: str = "body"

    @property
    def h(self) -> float:
        return max(1.0, self.y1 - self.y0)


def _rows(lines: list[Line], plain: bool = False) -> list[_Row]:
    """Merge fragments of one visual line (same baseline band, left to right) into rows."""
    items = sorted(lines, key=lambda ln: (ln.box[1] + ln.box[3]) / 2)
    rows: list[list[Line]] = []
    for ln in items:
        placed = False
        for row in rows[-3:]:
            r0 = min(x.box[1] for x in row)
            r1 = max(x.box[3] for x in row)
            ov = min(r1, ln.box[3]) - max(r0, ln.box[1])
            if ov > 0.5 * min(r1 - r0, ln.box[3] - ln.box[1]) and not any(_xoverlap(x, ln) for x in row):
                row.append(ln)
                placed = True
                break
        if not placed:
            rows.append([ln])
    out = []
    for row in rows:
        row.sort(key=lambda x: x.box[0])
        text = ""
        prev = None
        for x in row:
            t = x.text
            if prev is not None and x.box[0] - prev.box[2] > 1.5 * (x.box[3] - x.box[1]):
                text = text + " " + t  # a wide gap (form fields): keep them apart
            else:
                text = join_parts(text, t)
            prev = x
        raw0 = row[0].text
        out.append(_Row(min(x.box[0] for x in row), min(x.box[1] for x in row), max(x.box[2] for x in row),
                        max(x.box[3] for x in row), text.strip() if plain else clean_line_text(text),
                        min(x.score for x in row), indent=bool(_INDENT.match(raw0))))
    return out


def _xoverlap(a: Line, b: Line) -> bool:
    return min(a.box[2], b.box[2]) - max(a.box[0], b.box[0]) > 0


def _mark_furniture(rows: list[_Row], height: float) -> None:
    for r in rows:
        top = r.y1 <= 0.075 * height
        bottom = r.y0 >= 0.925 * height
        if (r.y1 <= 0.1 * height or r.y0 >= 0.9 * height) and is_page_number(r.text):
            r.role = "page_number"
        elif top:
            r.role = "header"
        elif bottom:
            r.role = "footer"


def _gutter(rows: list[_Row], width: float) -> float | None:
    """x of a vertical gap between two columns, if the page has two."""
    if len(rows) < 6:
        return None
    bx0 = min(r.x0 for r in rows)
    bx1 = max(r.x1 for r in rows)
    span = bx1 - bx0
    if span <= 0:
        return None
    bins = 200
    cover = [0] * bins
    for r in rows:
        a = int((r.x0 - bx0) / span * (bins - 1))
        b = int((r.x1 - bx0) / span * (bins - 1))
        for i in range(a, b + 1):
            cover[i] += 1
    lo, hi = int(bins * 0.3), int(bins * 0.7)
    allowed = max(1, len(rows) // 8)
    best, best_len, i = None, 0, lo
    while i < hi:
        if cover[i] <= allowed:
            j = i
            while j < hi and cover[j] <= allowed:
                j += 1
            if j - i > best_len:
                best, best_len = (i + j) / 2, j - i
            i = j
        else:
            i += 1
    if best is None or best_len < 2:
        return None
    gx = bx0 + best / (bins - 1) * span
    left = sum(1 for r in rows if r.x1 < gx)
    right = sum(1 for r in rows if r.x0 > gx)
    return gx if left >= 3 and right >= 3 else None


def _order(rows: list[_Row], width: float) -> list[list[_Row]]:
    """Body rows as columns/sections in reading order: a list of runs, each one column's rows."""
    rows = sorted(rows, key=lambda r: r.y0)
    gx = _gutter(rows, width)
    if gx is None:
        return [rows] if rows else []
    runs: list[list[_Row]] = []
    left: list[_Row] = []
    right: list[_Row] = []
    for r in rows:
        if r.x1 < gx:
            left.append(r)
        elif r.x0 > gx:
            right.append(r)
        else:  # spans the gutter: closes the current section
            runs += [c for c in (left, right) if c]
            runs.append([r])
            left, right = [], []
    runs += [c for c in (left, right) if c]
    return runs


def _paragraphs(run: list[_Row], plain: bool) -> list[str]:
    if plain:
        return [r.text for r in run if r.text]
    hs = [r.h for r in run]
    ch = statistics.median(hs) if hs else 10.0
    left = sorted(r.x0 for r in run)[len(run) // 10] if run else 0
    right = sorted(r.x1 for r in run)[-1 - len(run) // 10] if run else 0
    pitches = [b.y0 - a.y0 for a, b in zip(run, run[1:], strict=False) if b.y0 > a.y0]
    pitch = statistics.median(pitches) if pitches else ch * 2
    paras: list[str] = []
    cur = ""
    prev: _Row | None = None
    for r in run:
        new = prev is None or (
            r.indent
            or r.x0 > left + 1.2 * ch
            or prev.x1 < right - 1.5 * ch
            or r.y0 - prev.y0 > 1.6 * pitch
        )
        if new and cur:
            paras.append(cur)
            cur = ""
        cur = join_parts(cur, r.text)
        prev = r
    if cur:
        paras.append(cur)
    return paras


def arrange(lines: list[Line], width: float, height: float, plain: bool = False) -> tuple[list[Line], str]:
    """Lines in reading order with roles, and the page body text (paragraphs joined by newlines).

    ``plain``: lines come from a document without geometry (DOCX, TXT): one paragraph per line,
    no header/footer detection.
    """
    rows = [r for r in _rows([ln for ln in lines if ln.text.strip()], plain) if r.text]
    if plain:
        rows.sort(key=lambda r: r.y0)
    else:
        _mark_furniture(rows, height)
    body = [r for r in rows if r.role == "body"]
    runs = _order(body, width) if not plain else ([body] if body else [])
    ordered_body = [r for run in runs for r in run]
    head = sorted((r for r in rows if r.role == "header"), key=lambda r: (r.y0, r.x0))
    tail = sorted((r for r in rows if r.role in ("footer", "page_number")), key=lambda r: (r.y0, r.x0))
    out = [Line(text=r.text, box=(r.x0, r.y0, r.x1, r.y1), score=round(r.score, 4), role=r.role)
           for r in head + ordered_body + tail]
    text = "\n".join(p for run in runs for p in _paragraphs(run, plain))
    return out, text
