"""The citation gate: a draft prints a 《…》第N条 only after courtdoc.legal.statutes verified it.

``CitationGate.cite`` verifies one article while a draft is built (unverifiable → None + flag);
``scrub`` checks any finished text (party quotes, LLM output) and strips the article numbers it
cannot verify, keeping the law's name so the sentence still reads.
"""

from __future__ import annotations

import re

_CITATION = re.compile(r"(《[^《》]{2,60}》)(第[零〇一二三四五六七八九十百千]+条)")


def _statutes():
    from courtdoc.legal import statutes  # imported late: laws.db is opened on first use

    return statutes


class CitationGate:
    """Collects the verified articles a draft relies on, in order of first use."""

    def __init__(self) -> None:
        self.flags: list[str] = []
        self.used: list[tuple[str, str]] = []  # (《law》, 第N条)
        self.failed: list[str] = []

    def cite(self, law: str, number: int, basis: bool = True) -> str | None:
        """'《中华人民共和国民法典》第六百六十七条' if verified and current, else None (flagged).

        ``basis``: the article goes into the 依照…之规定 block (False for the warning's CPL 264)."""
        try:
            statutes = _statutes()
        except ImportError:
            self._flag(f"{law}第{number}条", "条文核验模块（courtdoc.legal.statutes）不可用")
            return None
        try:
            text = statutes.cite(law, number)
        except Exception as exc:  # UnverifiedCitation or a lookup problem: never print it
            self._flag(f"{law}第{number}条", str(exc) or type(exc).__name__)
            return None
        m = _CITATION.search(text)
        if not m:
            self._flag(f"{law}第{number}条", f"核验结果格式无法识别：{text}")
            return None
        key = (m.group(1), m.group(2))
        if basis and key not in self.used:
            self.used.append(key)
        return m.group(0)

    def _flag(self, what: str, why: str) -> None:
        if what not in self.failed:
            self.failed.append(what)
            self.flags.append(f"未能核验的条文未予引用：{what}（{why}）")

    def basis_text(self) -> str:
        """'《A》第一条、第二条，《B》第三条': substantive laws, then interpretations, then procedure;
        articles ascending within each law."""

        def rank(law: str) -> int:
            if "民事诉讼法" in law:
                return 2
            return 1 if law.startswith("《最高人民法院") else 0

        laws: list[str] = []
        for law, _ in self.used:
            if law not in laws:
                laws.append(law)
        order = {law: i for i, law in enumerate(laws)}
        laws.sort(key=lambda law: (rank(law), order[law]))
        parts = []
        for law in laws:
            articles = sorted((art for lw, art in self.used if lw == law), key=_article_no)
            parts.append(law + "、".join(articles))
        return "，".join(parts)


def _article_no(article: str) -> int:
    try:
        from courtdoc.legal.numerals import parse_article_number

        return parse_article_number(article) or 0
    except ImportError:
        return 0


def scrub(text: str) -> tuple[str, list[str]]:
    """Remove the article numbers of every citation in ``text`` that is not verified and current."""
    try:
        results = _statutes().verify_citations(text)
    except ImportError:
        results = [{"citation": m.group(0), "exists": False, "current": False} for m in _CITATION.finditer(text)]
    flags: list[str] = []
    for r in results:
        if r.get("exists") and r.get("current"):
            continue
        citation = r.get("citation") or ""
        m = _CITATION.match(citation)
        if not citation or citation not in text:
            continue
        text = text.replace(citation, m.group(1) if m else "")
        reason = "条文不存在" if not r.get("exists") else "条文已失效"
        flags.append(f"未能核验的条文已删除：{citation}（{reason}）")
    return text, flags


def unverified(text: str) -> list[str]:
    """The citations in ``text`` that are not verified and current (for benches and guards)."""
    try:
        results = _statutes().verify_citations(text)
    except ImportError:
        return [m.group(0) for m in _CITATION.finditer(text)]
    return [r.get("citation", "") for r in results if not (r.get("exists") and r.get("current"))]
