"""Rule features and circumstances read from criminal facts (no model needed)."""

from __future__ import annotations

import numpy as np
from courtdoc.generation.criminal_features import (
    N_RULES,
    TfidfVocab,
    blood_alcohol,
    circumstances,
    drug_grams,
    money_amounts,
    rule_features,
)


def test_quantities():
    assert blood_alcohol("经鉴定，其血液中乙醇含量为185.6mg/100ml。") == 185.6
    assert blood_alcohol("血液酒精含量为２１０毫克/100毫升") == 210.0
    assert drug_grams("贩卖甲基苯丙胺2包，净重1.2克") == 1.2
    assert drug_grams("查获海洛因1.5千克") == 1500.0
    assert drug_grams("窃得黄金项链一条，重10克") == 0.0  # no drug nearby
    assert 3200.0 in money_amounts("价值人民币3,200元")


def test_circumstances_with_negation():
    f = circumstances("被告人主动到派出所投案，如实供述了犯罪事实，并取得被害人谅解。")
    assert f["自首"] and not f["坦白"] and f["谅解"]
    f = circumstances("被告人到案后如实供述，但不构成自首。其系累犯。")
    assert not f["自首"] and f["坦白"] and f["累犯"]
    f = circumstances("被告人签署了认罪认罚具结书，退赔了被害人经济损失。")
    assert f["认罪认罚"] and f["退赔"]


def test_recidivism_needs_prior_prison_term_within_five_years():
    recent = "2019年5月1日，被告人王某盗窃。被告人王某曾因盗窃罪于2016年被判处有期徒刑一年，2017年刑满释放。"
    old = "2019年5月1日，被告人王某盗窃。被告人王某曾因盗窃罪于2006年被判处有期徒刑一年，2007年刑满释放。"
    detention = "被告人王某曾因盗窃罪被判处拘役三个月，2017年刑满释放。2018年又盗窃。"
    assert circumstances(recent)["累犯"]
    assert not circumstances(old)["累犯"] and circumstances(old)["前科"]
    assert not circumstances(detention)["累犯"]


def test_rule_vector_and_tfidf_roundtrip():
    v = rule_features("被告人醉酒驾驶，血液中乙醇含量为150mg/100ml。")
    assert v.shape == (N_RULES,) and v.dtype == np.float32 and v[3] > 0
    vocab = TfidfVocab.fit(["盗窃手机一部", "盗窃现金", "醉酒驾驶机动车"], size=50, min_df=1)
    again = TfidfVocab.from_json(vocab.to_json())
    x = again.transform(["盗窃手机"])
    assert x.shape == (1, len(vocab.terms))
    assert abs(float(np.linalg.norm(x)) - 1.0) < 1e-5
