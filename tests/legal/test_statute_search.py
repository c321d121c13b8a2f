"""Plain-words statute search (courtdoc.legal.statute_search): what a litigant typing everyday words
should get back. Each expected article's text is checked in the statute database first, so a test
fails for the search, not for a wrong article number."""

from __future__ import annotations

import time

import numpy as np
import pytest
from courtdoc.legal import statute_search as ss
from courtdoc.legal.statutes import lookup

# (question, [(law, article number, a phrase of that article's text)]): any one of them in the top 5.
COLLOQUIAL = [
    ("同事借钱不还", [("民法典", 667, "借款合同"), ("民法典", 675, "返还借款")]),
    ("公司拖欠工资", [("劳动合同法", 30, "劳动报酬"), ("劳动法", 50, "拖欠")]),
    ("被车撞了", [("民法典", 1208, "机动车发生交通事故"), ("道路交通安全法", 76, "交通事故")]),
    ("离婚孩子抚养", [("民法典", 1084, "抚养")]),
    ("离婚后孩子抚养费给多少", [("民法典", 1085, "抚养费")]),
    ("借款利息最高多少", [("民间借贷规定", 25, "利率"), ("民法典", 680, "利率")]),
    ("被狗咬了", [("民法典", 1245, "饲养的动物")]),
    ("离婚财产怎么分", [("民法典", 1087, "夫妻的共同财产"), ("民法典", 1062, "共同财产")]),
    ("父母去世房子怎么继承", [("民法典", 1127, "第一顺序")]),
    ("被公司辞退有补偿吗", [("劳动合同法", 46, "经济补偿")]),
    ("老人不给赡养费", [("民法典", 1067, "赡养")]),
    # Former known gaps, closed by general colloquial → legal words (没签 → 订立/书面, 双倍 → 二倍,
    # 假货 → 欺诈/消费者, "过了三年" → 诉讼时效), not by entries for these questions.
    ("没签劳动合同能要双倍工资吗", [("劳动合同法", 82, "二倍的工资")]),
    ("欠钱不还过了三年还能起诉吗", [("民法典", 188, "诉讼时效")]),
    ("网购买到假货怎么赔", [("消费者权益保护法", 55, "欺诈")]),
    ("工作一年了公司一直不签合同", [("劳动合同法", 82, "二倍的工资"), ("劳动合同法", 14, "书面劳动合同"),
                                      ("劳动合同法", 10, "书面劳动合同")]),
    ("朋友借钱已经五年了还能要回来吗", [("民法典", 188, "诉讼时效")]),
    ("在网上买到假冒商品商家要赔几倍", [("消费者权益保护法", 55, "欺诈")]),
]

def _expected(items):
    keys = set()
    for law, number, phrase in items:
        art = lookup(law, number)
        assert art is not None and art.current, (law, number)
        assert phrase in art.text, (law, number, art.text[:60])
        keys.add((art.law, art.article))
    return keys


def _top(query, **kw):
    return [(r["law"], r["article"]) for r in ss.search(query, top=5, **kw)]


def test_the_issues_own_example_finds_both_articles():
    # "同事借钱不还" → 民法典 第六百六十七条 (what a loan is) and 第六百七十五条 (return it on time)
    assert _expected([("民法典", 667, "借款合同"), ("民法典", 675, "返还借款")]) <= set(_top("同事借钱不还"))


@pytest.mark.parametrize(("query", "items"), COLLOQUIAL, ids=[q for q, _ in COLLOQUIAL])
def test_colloquial_question_finds_the_article(query, items):
    assert _expected(items) & set(_top(query)), _top(query)


def test_result_shape_and_order():
    out = ss.search("同事借钱不还", top=3)
    assert 0 < len(out) <= 3
    for r in out:
        assert set(r) == {"law", "article", "text", "score"}
        assert r["text"] == lookup(r["law"], r["article"]).text
    assert [r["score"] for r in out] == sorted((r["score"] for r in out), reverse=True)


def test_questions_outside_the_consultations_are_not_pulled_to_family_law():
    # The learned prior knows the lawyer-llama consultations (marriage and family); a wage question
    # must keep labour-law articles and no 婚姻家庭编 article (民法典 1040-1118).
    for query in ("公司拖欠工资", "老板不给签劳动合同", "被车撞了"):
        for law, article in _top(query):
            if law.endswith("民法典"):
                from courtdoc.legal.numerals import parse_article_number

                assert not 1040 <= parse_article_number(article) <= 1118, (query, article)


def test_family_question_uses_the_learned_prior():
    query = "我和老公结婚四个月，婚后买一辆车，离婚了算是共同财产吗"
    assert ss.reranker_available() and ss.get_reranker() is not None
    learned, plain = _top(query), _top(query, rerank=False)
    assert learned != plain
    assert ("中华人民共和国民法典", "第一千零六十二条") in learned


def test_gate_closed_keeps_bm25_order():
    bm25 = np.array([0.0, 3.0, 2.0, 1.0, 0.5], dtype=np.float32)
    cited = np.array([4])  # the only cited article is not among the strongest BM25 hits
    idx, _ = ss.fuse(bm25, cited, np.array([1.0]), weight=32.0, width=0.2, top=3, gate_top=3)
    assert idx.tolist() == [1, 2, 3]
    idx, _ = ss.fuse(bm25, np.array([3]), np.array([1.0]), weight=32.0, width=0.2, top=3, gate_top=3)
    assert idx.tolist()[0] == 3  # cited and matched: the prior lifts it


def test_empty_and_odd_queries():
    assert ss.search("") == []
    assert ss.search("   ") == []
    assert ss.search("借款", top=0) == []
    assert ss.search("？？？!!!") == []
    assert len(ss.search("借款" * 5000, top=2)) <= 2


def test_warm_latency():
    ss.search("同事借钱不还")
    times = []
    for query, _ in COLLOQUIAL * 3:
        t = time.perf_counter()
        ss.search(query)
        times.append(time.perf_counter() - t)
    times.sort()
    assert times[len(times) // 2] < 0.05  # median well under the robot's 50 ms (shared, loaded CPU)


def test_domain_gate_separates_consultations_from_other_questions():
    # The learned prior is switched on only for questions that look like the family-law consultations.
    model = ss.get_reranker()
    if model is None or not model.has_domain:
        pytest.skip("consultation model not installed")
    _, family = model.probabilities("我和老公要离婚，孩子两岁，抚养权归谁？")
    _, wages = model.probabilities("公司拖欠工资三个月了怎么办")
    assert family >= model.threshold > wages, (family, wages)


def test_vectorised_index_build_gives_bm25s_scores():
    # The index build is vectorised (statute_search._bm25); its scores must equal bm25s's own build.
    import bm25s
    from courtdoc.legal.statutes import iter_current_articles

    arts = list(iter_current_articles())[::50]  # ~500 articles across all laws
    corpus = [ss.tokenize(a[3]) for a in arts]
    ref = bm25s.BM25(k1=1.2, b=0.75)
    ref.index(corpus, show_progress=False)
    vocab = {t: i for i, t in enumerate(dict.fromkeys(t for doc in corpus for t in doc))}
    fast = ss._bm25()(k1=1.2, b=0.75)
    fast.index(([[vocab[t] for t in doc] for doc in corpus], vocab), show_progress=False)
    for query in ("借款合同 返还借款", "离婚 子女 抚养", "劳动合同 解除 经济补偿", "机动车 交通事故"):
        tokens = [t for t in ss.tokenize(query) if t in vocab]
        assert tokens
        np.testing.assert_allclose(fast.get_scores(tokens), ref.get_scores(tokens), rtol=1e-6, atol=1e-6)


def test_build_index_command_caches_the_index_and_drops_stale_ones(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from courtdoc.service.cli import cli

    monkeypatch.setenv("COURTDOC_CACHE", str(tmp_path))
    stale = tmp_path / "statutes-0000000000000000"
    stale.mkdir()
    (stale / "docs.json").write_text("[]", encoding="utf-8")
    try:
        r = CliRunner().invoke(cli, ["statutes", "build-index"])
        assert r.exit_code == 0, r.output
        assert "法条索引已建立" in r.output
        path = ss.index_path()
        assert path.parent == tmp_path and (path / "docs.json").is_file()
        assert not stale.exists()
        loaded = ss.StatuteIndex.load(path)
        assert len(loaded.docs) > 20000
        assert ("中华人民共和国民法典", "第六百六十七条") in loaded.positions()
    finally:
        ss.get_index.cache_clear()  # later tests load the index of the real cache again
