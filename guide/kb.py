"""The curated knowledge base (guide/kb/*.yaml) and the service-centre settings (guide/centre.yaml).

Each entry: id, title, questions (formal, colloquial and misspelt variants), answer (Chinese; may use
the centre placeholders {name} {phone} {hours} {address} {terminals} {website} {parking}) and refs
("LAW:ARTICLE", 2023 民事诉讼法 numbering). Citations are printed only in the form returned by
courtdoc.legal.statutes.cite, which refuses articles that do not exist or are not current.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

KB_DIR = Path(__file__).with_name("kb")
# libyaml's loader parses the knowledge base ~10x faster (cold start of `courtdoc ask`); same result.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CENTRE_FILE = Path(__file__).with_name("centre.yaml")


class KnowledgeBaseError(ValueError):
    """The knowledge base files are malformed (missing field, duplicate id, bad reference)."""


@dataclass(frozen=True)
class Ref:
    law: str
    article: int

    @classmethod
    def parse(cls, text: str) -> Ref:
        law, _, num = str(text).partition(":")
        if not law or not num.strip().isdigit():
            raise KnowledgeBaseError(f"bad statute reference {text!r} (expected LAW:ARTICLE)")
        return cls(law.strip(), int(num))


@dataclass(frozen=True)
class Entry:
    id: str
    topic: str
    title: str
    questions: tuple[str, ...]
    answer: str
    refs: tuple[Ref, ...]


def _clean(text: str) -> str:
    # YAML folded scalars keep a space where a Chinese line was wrapped; drop it between CJK characters.
    out = []
    for i, ch in enumerate(text):
        if ch == " " and 0 < i < len(text) - 1 and ord(text[i - 1]) > 0x2E80 and ord(text[i + 1]) > 0x2E80:
            continue
        out.append(ch)
    return "".join(out).strip()


@cache
def load_kb(kb_dir: str | None = None) -> tuple[Entry, ...]:
    folder = Path(kb_dir) if kb_dir else KB_DIR
    entries: list[Entry] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        items = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []
        for item in items:
            try:
                eid, title, questions, answer = item["id"], item["title"], item["questions"], item["answer"]
            except (KeyError, TypeError) as exc:
                raise KnowledgeBaseError(f"{path.name}: entry missing field {exc}") from exc
            if eid in seen:
                raise KnowledgeBaseError(f"{path.name}: duplicate entry id {eid}")
            seen.add(eid)
            entries.append(Entry(eid, path.stem, title, tuple(questions), _clean(answer),
                                 tuple(Ref.parse(r) for r in item.get("refs") or [])))
    return tuple(entries)


@cache
def centre() -> dict:
    """Centre settings; COURTDOC_GUIDE_CENTRE may point at another YAML file with the same keys."""
    path = Path(os.environ.get("COURTDOC_GUIDE_CENTRE", CENTRE_FILE))
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    return {k: str(v) for k, v in data.items()}


def render(entry: Entry) -> str:
    return entry.answer.format(**centre())


@cache
def citation(law: str, article: int) -> str:
    """The verified citation string, e.g. 《中华人民共和国民事诉讼法》第一百二十四条 (raises when unverified)."""
    from courtdoc.legal import statutes

    return statutes.cite(law, article)
