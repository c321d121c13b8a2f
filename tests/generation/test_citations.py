"""The citation gate: an invented article is never printed and is flagged."""

from __future__ import annotations

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation import lending as lending_mod
from courtdoc.generation.citations import CitationGate, scrub, unverified
from gen_cases import load_case

pytest.importorskip("courtdoc.legal.statutes")


def test_gate_verifies_and_refuses():
    gate = CitationGate()
    assert gate.cite("中华人民共和国民法典", 667) == "《中华人民共和国民法典》第六百六十七条"
    assert gate.cite("中华人民共和国民法典", 9999) is None
    assert any("第9999条" in f for f in gate.flags)
    assert gate.basis_text() == "《中华人民共和国民法典》第六百六十七条"


def test_invented_article_in_a_case_type_is_dropped(monkeypatch):
    original = lending_mod.make

    def make_with_bad_cite(ctx):
        out = original(ctx)
        bad = ctx.cite("中华人民共和国民法典", 1999)  # the code has 1260 articles
        out.reasoning.append("另查，" + (bad or "") + "。")
        return out

    monkeypatch.setattr(lending_mod, "make", make_with_bad_cite)
    d = draft_judgment(load_case("lending_1"))
    assert "第一千九百九十九条" not in d.text
    assert any("1999" in f for f in d.flags)
    assert unverified(d.text) == []


def test_party_text_with_repealed_or_invented_citation_is_scrubbed():
    data = load_case("lending_1")
    data["facts_and_reasons"] = "依据《中华人民共和国合同法》第二百零六条及《中华人民共和国民法典》第八千条之规定，被告应还款。"
    d = draft_judgment(data)
    assert "第二百零六条" not in d.text and "第八千条" not in d.text
    assert sum("已删除" in f for f in d.flags) == 2
    assert unverified(d.text) == []


def test_scrub_keeps_verified():
    text, flags = scrub("依照《中华人民共和国民法典》第六百七十五条之规定")
    assert "第六百七十五条" in text and flags == []


def test_every_dev_draft_prints_only_verified_citations():
    from gen_cases import CASES

    for path in sorted(CASES.glob("*.json")):
        d = draft_judgment(load_case(path.stem))
        assert unverified(d.text) == [], path.stem
