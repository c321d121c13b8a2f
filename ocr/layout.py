"""Reading order, paragraphs and page furniture (headers, footers, page numbers).

Input: the lines of one page (text + axis-aligned box in page pixels, upright frame). Output: the
lines in reading order with ``role`` set, and the page's body text: paragraphs in reading order,
one per text line of output, joined the Chinese way (no space between CJK characters; a space is
kept only where two Latin words meet across a line break).

Two-column pages are recognised by a vertical gutter that almost no line crosses; lines that do
cross it (titles) split the page into sections, each read left column first, then right column. A
paragraph that runs off the bottom of the left column and goes on at the top of the right one (the
left column's last row full, the right column's first row not indented) stays one paragraph.
"""

from __future__ import annotations

import itertools
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


def _frag(ln: Line, plain: bool) -> _Row:
    x0, y0, x1, y1 = ln.box
    text = ln.text.strip() if plain else clean_line_text(ln.text)
    return _Row(x0, y0, x1, y1, text, ln.score, indent=bool(_INDENT.match(ln.text)))


def _merge_rows(frags: list[_Row]) -> list[_Row]:
    """Merge fragments of one visual line (same baseline band, left to right) into rows."""
    rows: list[list[_Row]] = []
    bands: list[list[float]] = []  # y-range of each row so far
    for f in sorted(frags, key=lambda r: (r.y0 + r.y1) / 2):
        for k in range(max(0, len(rows) - 3), len(rows)):
            r0, r1 = bands[k]
            ov = min(r1, f.y1) - max(r0, f.y0)
            if ov > 0.5 * min(r1 - r0, f.y1 - f.y0) and not any(min(x.x1, f.x1) > max(x.x0, f.x0) for x in rows[k]):
                rows[k].append(f)
                bands[k] = [min(r0, f.y0), max(r1, f.y1)]
                break
        else:
            rows.append([f])
            bands.append([f.y0, f.y1])
    out = []
    for row in rows:
        row.sort(key=lambda x: x.x0)
        text, prev = "", None
        for x in row:
            if prev is not None and x.x0 - prev.x1 > 1.5 * x.h:
                text = text + " " + x.text  # a wide gap (form fields): keep them apart
            else:
                text = join_parts(text, x.text)
            prev = x
        out.append(_Row(row[0].x0, min(x.y0 for x in row), max(x.x1 for x in row), max(x.y1 for x in row),
                        text, min(x.score for x in row), indent=row[0].indent, role=row[0].role))
    out.sort(key=lambda r: r.y0)
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
    diff = [0] * (bins + 1)
    for r in rows:
        diff[int((r.x0 - bx0) / span * (bins - 1))] += 1
        diff[int((r.x1 - bx0) / span * (bins - 1)) + 1] -= 1
    cover = list(itertools.accumulate(diff))[:bins]
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


def _order(rows: list[_Row], width: float) -> list[tuple[str, list[_Row]]]:
    """Body rows as columns/sections in reading order: a list of runs, each one column's rows,
    tagged "page" (one column), "left", "right" or "span" (a row across the gutter)."""
    rows = sorted(rows, key=lambda r: r.y0)
    gx = _gutter(rows, width)
    if gx is None:
        return [("page", rows)] if rows else []
    runs: list[tuple[str, list[_Row]]] = []
    left: list[_Row] = []
    right: list[_Row] = []
    for r in rows:
        if r.x1 < gx:
            left.append(r)
        elif r.x0 > gx:
            right.append(r)
        else:  # spans the gutter: closes the current section
            runs += [c for c in (("left", left), ("right", right)) if c[1]]
            runs.append(("span", [r]))
            left, right = [], []
    runs += [c for c in (("left", left), ("right", right)) if c[1]]
    return runs


@dataclass
class _Paras:
    texts: list[str]
    open_start: bool = False  # the first row does not start a paragraph (not indented)
    open_end: bool = False  # the last row runs to the column's right edge (no paragraph end)


def _paragraphs(run: list[_Row], plain: bool) -> _Paras:
    if plain:
        return _Paras([r.text for r in run if r.text])
    ch = statistics.median([r.h for r in run]) if run else 10.0
    xs0 = sorted(r.x0 for r in run)
    xs1 = sorted(r.x1 for r in run)
    left = xs0[len(run) // 10]
    right = xs1[(len(run) * 3) // 4]
    pitches = [b.y0 - a.y0 for a, b in zip(run, run[1:], strict=False) if b.y0 > a.y0]
    pitch = statistics.median(pitches) if pitches else ch * 2
    paras: list[str] = []
    cur = ""
    prev: _Row | None = None
    for r in run:
        new = prev is None or (
            r.indent
            or r.x0 > left + 1.2 * ch
            or prev.x1 < right - 2.5 * ch
            or r.y0 - prev.y0 > 1.6 * pitch
        )
        if new and cur:
            paras.append(cur)
            cur = ""
        cur = join_parts(cur, r.text)
        prev = r
    if cur:
        paras.append(cur)
    # With a single row the column's margins are unknown: never call it open.
    first, last = run[0], run[-1]
    return _Paras(paras, open_start=len(run) > 1 and not first.indent and first.x0 <= left + 1.2 * ch,
                  open_end=len(run) > 1 and last.x1 >= right - 2.5 * ch)


def _join_runs(tagged: list[tuple[str, _Paras]]) -> list[str]:
    """Paragraph texts of the runs in order; a paragraph that fills the left column to its last
    row and goes on, unindented, at the top of the right column is one paragraph, not two."""
    out: list[str] = []
    prev_kind, prev = "", None
    for kind, paras in tagged:
        texts = list(paras.texts)
        if (prev_kind == "left" and kind == "right" and prev is not None and prev.open_end and paras.open_start
                and out and texts):
            out[-1] = join_parts(out[-1], texts.pop(0))
        out += texts
        prev_kind, prev = kind, paras
    return out


def arrange(lines: list[Line], width: float, height: float, plain: bool = False) -> tuple[list[Line], str]:
    """Lines in reading order with roles, and the page body text (paragraphs joined by newlines).

    ``plain``: lines come from a document without geometry (DOCX, TXT): one paragraph per line,
    no header/footer detection.
    """
    frags = [f for f in (_frag(ln, plain) for ln in lines) if f.text]
    if plain:
        tagged = [("page", sorted(frags, key=lambda r: r.y0))] if frags else []
        furniture: list[_Row] = []
    else:
        _mark_furniture(frags, height)
        body = [f for f in frags if f.role == "body"]
        furniture = _merge_rows([f for f in frags if f.role != "body"])
        tagged = [(kind, _merge_rows(run)) for kind, run in _order(body, width)]
    runs = [run for _, run in tagged]
    head = [r for r in furniture if r.role == "header"]
    tail = [r for r in furniture if r.role != "header"]
    out = [Line(text=r.text, box=(r.x0, r.y0, r.x1, r.y1), score=round(r.score, 4), role=r.role)
           for r in head + [r for run in runs for r in run] + tail]
    text = "\n".join(_join_runs([(kind, _paragraphs(run, plain)) for kind, run in tagged]))
    return out, text
