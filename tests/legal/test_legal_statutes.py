"""Statute lookup, citation verification and search over laws.db + the curated interpretations."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from courtdoc.legal.statutes import UnverifiedCitation, cite, lookup, resolve_law, search, verify_citations


@pytest.mark.parametrize(
    "short, full",
    [
        ("民法典", "中华人民共和国民法典"),
        ("《中华人民共和国民法典》", "中华人民共和国民法典"),
        ("民诉法", "中华人民共和国民事诉讼法"),
        ("民事诉讼法", "中华人民共和国民事诉讼法"),
        ("刑法", "中华人民共和国刑法"),
        ("劳动合同法", "中华人民共和国劳动合同法"),
        ("民间借贷规定", "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"),
        ("民诉法解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"),
        ("最高人民法院关于适用《民事诉讼法》的解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"),
        ("人身损害赔偿解释", "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"),
        ("交通事故解释", "最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释"),
        ("劳动争议解释（一）", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"),
        ("婚姻家庭编解释（一）", "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）"),
        ("买卖合同解释", "最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释"),
        ("交强险条例", "机动车交通事故责任强制保险条例"),
        ("诉讼费用交纳办法", "诉讼费用交纳办法"),
        ("不存在的法", None),
    ],
)
def test_resolve_law(short, full):
    assert resolve_law(short) == full


@pytest.mark.parametrize(
    "law, article, start",
    [
        ("民法典", 667, "借款合同是借款人向贷款人借款"),
        ("民法典", "第六百七十五条", "借款人应当按照约定的期限返还借款"),
        ("民事诉讼法", 264, "被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，应当加倍支付"),
        ("民诉法", 165, "基层人民法院和它派出的法庭审理事实清楚"),
        ("刑法", 264, "盗窃公私财物"),
        ("诉讼费用交纳办法", 13, "案件受理费分别按照下列标准交纳"),
        ("民间借贷规定", 25, "出借人请求借款人按照合同约定利率支付利息的"),
        ("交强险条例", 23, "机动车交通事故责任强制保险在全国范围内实行统一的责任限额"),
    ],
)
def test_lookup(law, article, start):
    art = lookup(law, article)
    assert art is not None and art.current
    assert art.text.startswith(start)


def test_lookup_missing_and_article_object():
    assert lookup("民法典", 1300) is None
    assert lookup("民法典", 0) is None
    assert lookup("不存在的法", 1) is None
    art = lookup("民法典", "667")
    assert (art.law, art.article, art.number) == ("中华人民共和国民法典", "第六百六十七条", 667)
    assert lookup("刑法", "第一百二十条之一").article == "第一百二十条之一"


def test_criminal_law_is_current_though_marked_amended():
    assert lookup("刑法", 133).current


def test_cite():
    assert cite("民法典", 667) == "《中华人民共和国民法典》第六百六十七条"
    assert cite("民间借贷规定", 25) == "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条"
    with pytest.raises(UnverifiedCitation, match="不存在"):
        cite("民法典", 1300)
    with pytest.raises(UnverifiedCitation):
        cite("合同法", 206)


def test_verify_citations():
    text = ("依照《中华人民共和国民法典》第六百六十七条、第六百七十五条，《中华人民共和国民事诉讼法》第二百六十四条，"
            "《民法典》第一千三百条，《合同法》第二百零六条，《民间借贷规定》第二十五条第一款，"
            "《民法典》第一千零七十九条第三款第（二）项，《民法典》第一千零七十九条第九款之规定")
    rows = verify_citations(text)
    assert [(r["article"], r["exists"], r["current"]) for r in rows] == [
        ("第六百六十七条", True, True),
        ("第六百七十五条", True, True),
        ("第二百六十四条", True, True),
        ("第一千三百条", False, False),
        ("第二百零六条", False, False),
        ("第二十五条", True, True),
        ("第一千零七十九条", True, True),
        ("第一千零七十九条", False, True),
    ]
    assert rows[1]["citation"] == "《中华人民共和国民法典》第六百七十五条"
    assert rows[2]["law"] == "中华人民共和国民事诉讼法"
    assert rows[4]["law"] == "中华人民共和国合同法" and "废止" in rows[4]["note"]
    assert verify_citations("没有引用") == []


def test_verify_arabic_numbers():
    (row,) = verify_citations("《民法典》第667条")
    assert row["article"] == "第六百六十七条" and row["exists"]


def test_search_plain_words():
    hits = [(h["law"], h["article"]) for h in search("同事借钱不还", top=10)]
    assert ("中华人民共和国民法典", "第六百六十七条") in hits or ("中华人民共和国民法典", "第六百七十五条") in hits


def test_cli_statutes():
    from courtdoc.service.cli import cli

    runner = CliRunner()
    r = runner.invoke(cli, ["statutes", "verify", "《民法典》第六百六十七条，《民法典》第一千三百条", "--json"])
    assert r.exit_code == 0
    rows = json.loads(r.output)
    assert [x["exists"] for x in rows] == [True, False]
    assert set(rows[0]) >= {"citation", "law", "article", "exists", "current"}
    r = runner.invoke(cli, ["statutes", "search", "借款合同 返还借款", "--json", "--top", "3"])
    assert r.exit_code == 0
    hits = json.loads(r.output)
    assert len(hits) == 3 and set(hits[0]) == {"law", "article", "text", "score"}
    assert hits[0]["article"].startswith("第")


def test_search_edge_cases():
    assert search("") == []
    assert search("   ") == []
    assert search("同事借钱不还", top=0) == []
    assert search("zzzz qqqq") == [] or all("law" in h for h in search("zzzz qqqq"))


def test_search_without_and_with_reranker():
    from courtdoc.legal import statute_search

    plain = statute_search.search("离婚后孩子的抚养费谁来出", top=5, rerank=False)
    assert len(plain) == 5 and plain[0]["score"] >= plain[-1]["score"]
    if not statute_search.reranker_available():
        pytest.skip("statute re-ranker not trained (models/statutes/)")
    ranked = statute_search.search("离婚后孩子的抚养费谁来出", top=5, rerank=True)
    assert len(ranked) == 5
    assert ("中华人民共和国民法典", "第一千零八十五条") in [(h["law"], h["article"]) for h in ranked]
    for h in ranked:
        assert lookup(h["law"], h["article"]) is not None  # every hit is a real, current article


def test_verify_reads_a_title_that_quotes_another_law():
    from courtdoc.legal.statutes import verify_citations

    text = "依照《最高人民法院关于适用<中华人民共和国民事诉讼法>的解释》第九十九条".replace("<", "《").replace(">", "》")
    (entry,) = verify_citations(text)
    assert entry["article"] == "第九十九条"
    assert entry["exists"] and entry["current"]
    assert "民事诉讼法" in entry["law"] and entry["law"].endswith("的解释")
