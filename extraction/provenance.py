"""The document text that extraction works on, and the way back from it to pages and boxes.

`DocText` joins the pages of a Dossier (or a plain string) into one raw text, then builds a
normalised copy for the rules: full-width ASCII folded, stray spaces dropped ("原 告" -> "原告"),
and lines that were only wrapped by the page width joined again. Every normalised character keeps
the raw index it came from, so any span the rules find maps back to (page, offsets in page.text,
union box of the lines it touches): the provenance of a field.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from courtdoc.contracts import Dossier, SourceSpan

_PUNCT = set("，,。：:；;、！!？?（）()「」《》“”\"'")
# A line ending with one of these is a paragraph end, never a wrap.
_END_PUNCT = set("。：:；;！!？?」』”\"）)")
# A numbered item's line.
_ITEM_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|\d{1,2}[、．.）)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])")
# A line starting like this begins a new paragraph even if the previous one looks wrapped.
_PARA_START = re.compile(
    r"^\s*(?:[\u4e00-\u9fa5（）()]{1,10}\s*[:：]|[一二三四五六七八九十]+[、．.]|\d{1,2}[、．.）)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳]|"
    r"原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|答辩人|被答辩人|公诉机关|被告人|辩护人|委托|法定代|负责人|"
    r"联系电话|电话|手机|公民身份|身份证|住所|住址|统一社会信用代码|法定代表人|负责人|现住|现在住|户籍|户口|经常居住地|暂住|"
    r"此致|具状人|起诉人|诉讼请求|事实(?:和|与|及)理由|证据|附[:：]|审判|书记员|人民陪审员|二[〇○零O]|20\d\d年)"
)


# "姓 名：", "民 族：": one space inside a two-character label that stands alone before its colon.
_SPACED_LABEL = re.compile(r"[\s，,。；;：:][\u4e00-\u9fa5] [\u4e00-\u9fa5][:：]")

_FOLD_TABLE = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}
_FOLD_TABLE.update({ord(c): " " for c in "\u00a0\u3000\t\r"})
# Compatibility ideographs and Kangxi radicals (PDF text layers write "⼈⺠法院" with them): their NFKC
# form, which is always one character, so offsets stay valid.
_FOLD_TABLE.update({c: ord(unicodedata.normalize("NFKC", chr(c))) for r in ((0x2E80, 0x2EF3), (0x2F00, 0x2FD5),
                    (0xF900, 0xFAFF)) for c in range(r[0], r[1] + 1)
                    if len(unicodedata.normalize("NFKC", chr(c))) == 1 and unicodedata.normalize("NFKC", chr(c)) != chr(c)})
# Variant glyphs of legal words that typing and OCR produce ("原吿", "戶籍", "判決", "委託", "身份証") and
# radicals NFKC leaves alone ("⺠"): the standard character, one for one.
_VARIANTS = {"吿": "告", "戶": "户", "戸": "户", "決": "决", "託": "托", "証": "证", "爲": "为",
             "⺠": "民", "⻓": "长", "⻔": "门", "⻋": "车", "⻅": "见", "⻚": "页", "⻢": "马"}
_FOLD_TABLE.update({ord(k): v for k, v in _VARIANTS.items()})


# box-drawing characters framing a one-column form drawn in text ("│原告：某某", "├────────"): at a line's edges, or a
# whole line, they are a frame, not words. A table with columns ("│原告  │某某  │", "├───┼───┤") is left for the
# table reader.
_BOX = re.compile(r"[\u2500-\u257f]")
_FRAME_EDGES = re.compile(r"^[\u2500-\u257f]+|[\u2500-\u257f]+$")


_COLUMN_JOINT = re.compile(r"[┬┼┴╤╪╧╥╫╨╦╬╩]")


def _unframe(line: str) -> str:
    if not _BOX.search(line) or _COLUMN_JOINT.search(line):
        return line
    framed = _FRAME_EDGES.sub(lambda m: " " * len(m.group()), line)
    return line if _BOX.search(framed) and framed.strip() else framed


@functools.cache
def t2s_table() -> dict[int, str]:
    """Traditional -> simplified, one character for one (OpenCC's t2s character dictionaries), so that a
    complaint written in traditional characters ("起訴狀", "身份證", "長沙市開福區") reads like a simplified
    one and every offset stays valid. Only characters that OpenCC converts to exactly one other character
    are folded; phrase-level conversions (several characters) are left out."""
    import opencc

    chars = [chr(c) for r in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF)) for c in range(r[0], r[1] + 1)]
    # one character a line, so the phrase dictionary never joins neighbours
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # never expected; fold nothing rather than misalign
        return {}
    return {ord(a): b for a, b in zip(chars, out, strict=True) if a != b and len(b) == 1 and ord(a) not in _FOLD_TABLE}


@functools.cache
def _fold_all() -> dict[int, str]:
    """_FOLD_TABLE then t2s_table as one table, so each line is translated once."""
    t2s = t2s_table()
    return {**{k: (chr(v) if isinstance(v, int) else v).translate(t2s) for k, v in _FOLD_TABLE.items()}, **t2s}

# A full-width thousands separator or decimal point inside a number ("４８，０００元", "１２．５万元",
# full-width digits folded before): the ASCII one, so amounts parse; "2023，100" (4 digits) is no number.
_NUM_SEP = re.compile(r"(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+(?![\d,，])|\d．\d")


# OCR reads a 0 as the letter O ("1982年O3月15日", "42O106…"): a letter O/o inside a digit run or a date
# (a digit or 年/月 before it and a digit after, or a digit before and a digit or 年/月/日 after) is the
# digit, one for one; a word ("No.3", "ISO9001") keeps its letter.
_LETTER_ZERO = re.compile(r"(?<=[\d年月])[Oo]+(?=\d)|(?<=\d)[Oo]+(?=[\d年月日])")


def _fold_numbers(line: str) -> str:
    line = _LETTER_ZERO.sub(lambda m: "0" * len(m.group()), line)
    return _NUM_SEP.sub(lambda m: m.group().replace("，", ",").replace("．", "."), line)


def _fold(ch: str) -> str:
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "\u00a0\u3000\t\r":
        return " "
    return ch


@dataclass
class LineRef:
    page: int
    start: int  # offsets in the page text
    end: int
    box: tuple[float, float, float, float] | None


@dataclass
class DocText:
    raw: str
    page_starts: list[int]  # raw offset where each page's text starts
    page_numbers: list[int]  # Page.index of each page
    lines: list[list[LineRef]] = field(default_factory=list)  # per page, in page-text order
    norm: str = ""
    nmap: list[int] = field(default_factory=list)  # norm index -> raw index
    written: str = ""  # norm with traditional characters as the document writes them (same length)

    # ---------------------------------------------------------------- construction

    @classmethod
    def from_dossier(cls, dossier: Dossier) -> DocText:
        texts, lines = [], []
        for page in dossier.pages:
            text = page.text or "\n".join(ln.text for ln in page.lines)
            refs, cursor, blank = [], 0, []
            for ln in page.lines:
                if not ln.text:
                    continue
                at = text.find(ln.text, cursor)
                if at < 0:
                    at = text.find(ln.text)
                if at < 0:
                    continue
                if ln.role != "body":
                    blank.append((at, at + len(ln.text)))  # running heads, page numbers, seal text
                    continue
                refs.append(LineRef(page.index, at, at + len(ln.text), tuple(ln.box)))
                cursor = at + len(ln.text)
            if blank:
                # same length, so offsets into page.text stay valid; the blanks vanish in normalisation
                chars = list(text)
                for a, b in blank:
                    chars[a:b] = " " * (b - a)
                text = "".join(chars)
            texts.append(text)
            lines.append(refs)
        doc = cls._build(texts, [p.index for p in dossier.pages])
        doc.lines = lines
        return doc

    @classmethod
    def from_text(cls, text: str) -> DocText:
        # A form feed separates pages in plain-text exports (pdftotext, our own TXT fixtures).
        pages = text.split("\f") if "\f" in text else [text]
        doc = cls._build(pages, list(range(len(pages))))
        doc.lines = [[] for _ in pages]
        return doc

    @classmethod
    def _build(cls, texts: list[str], numbers: list[int]) -> DocText:
        starts, parts, pos = [], [], 0
        for t in texts:
            starts.append(pos)
            parts.append(t)
            pos += len(t) + 1
        doc = cls(raw="\n".join(parts), page_starts=starts, page_numbers=numbers)
        doc._normalise()
        return doc

    def _normalise(self) -> None:
        raw = self.raw
        t2s, fold = t2s_table(), _fold_all()
        # folded before anything reads the lines (same length: offsets stay valid)
        raw_lines = [_unframe(_fold_numbers(ln.translate(fold))) for ln in raw.split("\n")]
        lengths = sorted(len(s.strip()) for s in raw_lines if len(s.strip()) >= 8)
        # The page width in characters: lines this long that end without punctuation were wrapped.
        wrap_len = lengths[int(len(lengths) * 0.8)] if len(lengths) >= 5 else 10**9
        if not re.search(r"[，。；！？,;!?]", raw):
            # a text with no sentence punctuation at all (a letter typed on a phone, a line a thought: "身份证5113…"
            # then "户口在某省…") has no sentence to run over a line: its lines are never joined
            wrap_len = 10**9
        out: list[str] = []
        nmap: list[int] = []
        page_ends = {st - 1 for st in self.page_starts[1:]}  # raw offsets of the newline between pages
        # Blank lines next to a page break (running heads and footers blanked, bottom margins) vanish,
        # so a party entry or sentence cut by the break joins up as if the page were one.
        skip = self._blank_at_breaks(raw_lines, page_ends)
        self._spacing_blanks(raw_lines, skip)
        pos = 0
        for i, line in enumerate(raw_lines):
            if skip[i]:
                pos += len(line) + 1
                continue
            stripped = line.rstrip()
            if " " not in line:
                out.append(line)
                nmap.extend(range(pos, pos + len(line)))
                self._line_end(out, nmap, raw_lines, i, stripped, pos + len(line), wrap_len, page_ends, skip)
                pos += len(line) + 1
                continue
            tokens = stripped.split()
            # "民 事 起 诉 状": letter-spaced titles lose their spaces; elsewhere a run of spaces between
            # two words is a delimiter ("张三  男  汉族") and stays as one space
            letter_spaced = len(tokens) >= 3 and sum(len(t) == 1 for t in tokens) >= 0.6 * len(tokens)
            # indentation goes, also on a line joined to the one before ("凤城\n　　八路177号" is one address)
            indent = len(line) - len(line.lstrip(" "))
            for j, ch in enumerate(line):
                c = _fold(ch)
                if c == " ":
                    prev = out[-1][-1:] if out and out[-1] else "\n"
                    nxt = line[j + 1] if j + 1 < len(line) else "\n"
                    if letter_spaced or j < indent or prev in " \n" or nxt.isspace() or not nxt:
                        continue
                    if (prev in _PUNCT) or (_fold(nxt) in _PUNCT):
                        continue
                    if _SPACED_LABEL.match(line, max(j - 2, 0)) if j >= 2 else _SPACED_LABEL.match(" " + line[:j + 3]):
                        continue  # a letter-spaced form label ("姓 名：", "性 别：女")
                out.append(c)
                nmap.append(pos + j)
            self._line_end(out, nmap, raw_lines, i, stripped, pos + len(line), wrap_len, page_ends, skip)
            pos = pos + len(line) + 1
        self.norm = "".join(out)
        nmap.append(len(raw))
        self.nmap = nmap
        # the normalised text with traditional characters as written: names and addresses are given
        # as the document writes them, while the rules read the simplified fold
        self.written = self.norm
        if not t2s.keys().isdisjoint(map(ord, raw)):  # any traditional character at all
            self.written = "".join(raw[nmap[i]] if ord(raw[nmap[i]]) in t2s and t2s[ord(raw[nmap[i]])] == c else c
                                   for i, c in enumerate(self.norm))

    @staticmethod
    def _spacing_blanks(raw_lines: list[str], skip: list) -> None:
        """A text whose lines are nearly all separated by one blank line (paragraph spacing of a word
        processor or an export) means nothing by them: those single blank lines go (marked 2 in `skip`),
        so that a party entry is not cut at each of them."""
        texts = [i for i, ln in enumerate(raw_lines) if ln.strip()]
        if len(texts) < 6:
            return
        single = [i + 1 for i, j in zip(texts, texts[1:], strict=False) if j == i + 2]
        if len(single) < 0.6 * (len(texts) - 1):
            return
        for b in single:
            if not skip[b]:
                skip[b] = 2

    @staticmethod
    def _blank_at_breaks(raw_lines: list[str], page_ends: set[int]) -> list[bool]:
        """Whitespace-only lines with nothing but other blank lines between them and a page break."""
        skip = [False] * len(raw_lines)
        if not page_ends:
            return skip
        ends, pos = [], 0
        for line in raw_lines:
            pos += len(line)
            ends.append(pos)  # raw offset of the newline after the line
            pos += 1
        for i, e in enumerate(ends):
            if e not in page_ends:
                continue
            j = i
            while j >= 0 and not raw_lines[j].strip():
                skip[j] = True
                j -= 1
            j = i + 1
            while j < len(raw_lines) and not raw_lines[j].strip():
                skip[j] = True
                j += 1
        return skip

    def _line_end(self, out: list[str], nmap: list[int], raw_lines: list[str], i: int, stripped: str, end: int,
                  wrap_len: float, page_ends: set[int], skip: list[bool]) -> None:
        """Keep the newline after line i unless the line was only wrapped by the page width."""
        j, crosses = i + 1, end in page_ends
        while j < len(raw_lines) and skip[j]:
            crosses = crosses or skip[j] is True  # the blank lines skipped lie around a page break
            j += 1
        if j >= len(raw_lines):
            if crosses:
                out.append("\n")
                nmap.append(end)
            return
        if not stripped.strip():
            out.append("\n")
            nmap.append(end)
            return
        nxt_line = raw_lines[j]
        nxt_s = nxt_line.strip()
        wrapped = (
            not (len(nxt_s) <= 16 and not any(ch in _PUNCT for ch in nxt_s))  # a title or heading
            and (len(stripped.strip()) >= wrap_len * 0.6 or stripped[-1:] in "，,、")
            # the last of a list whose items end without punctuation is whole too ("二、某某，…，住址同上" then "三、某某，
            # …，住某村2组" then "养猪场老板叫…")
            and not (_ITEM_START.match(stripped) and i > 0 and _ITEM_START.match(raw_lines[i - 1])
                     and raw_lines[i - 1].rstrip()[-1:] not in "，,、" and stripped[-1:] not in "，,、")
            # a sentence running over a page break: only full-width last lines
            and (not crosses or len(stripped.strip()) >= wrap_len * 0.85)
            and stripped[-1:] not in _END_PUNCT
            and not _PARA_START.match(nxt_line)
            and nxt_s != ""
        )
        if not wrapped:
            out.append("\n")
            nmap.append(end)

    def page_of(self, norm_pos: int) -> int:
        """Page.index of a normalised offset (cheap: no box lookup)."""
        raw = self.nmap[min(norm_pos, len(self.nmap) - 1)]
        return self.page_numbers[bisect.bisect_right(self.page_starts, raw) - 1]

    # ---------------------------------------------------------------- provenance

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Normalised [start, end) -> raw [start, end)."""
        if end <= start:
            end = start + 1
        end = min(end, len(self.norm))
        start = min(start, max(end - 1, 0))
        return self.nmap[start], self.nmap[end - 1] + 1

    def source(self, start: int, end: int) -> SourceSpan | None:
        """Provenance of the normalised span [start, end): page, offsets in that page's text, box."""
        if not self.norm or start >= len(self.norm):
            return None
        rs, re_ = self.raw_span(start, end)
        page_i = bisect.bisect_right(self.page_starts, rs) - 1
        base = self.page_starts[page_i]
        page_len = (self.page_starts[page_i + 1] - 1 if page_i + 1 < len(self.page_starts) else len(self.raw)) - base
        ps, pe = rs - base, min(re_ - base, page_len)
        box = None
        refs = self.lines[page_i] if page_i < len(self.lines) else []
        hit = [r.box for r in refs if r.box is not None and r.start < pe and r.end > ps]
        if hit:
            box = (min(b[0] for b in hit), min(b[1] for b in hit), max(b[2] for b in hit), max(b[3] for b in hit))
        return SourceSpan(page=self.page_numbers[page_i], start=ps, end=pe, box=box)
