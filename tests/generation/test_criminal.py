"""Criminal drafts from facts: sections, charges, verified articles, sentence forms, batch robustness.

No training here: the tests use the committed ONNX model in models/criminal.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from courtdoc.generation.criminal import (
    CriminalModel,
    draft_criminal,
    draft_criminal_batch,
    explicit_charges,
    find_defendants,
    predict,
    term_text,
)
from courtdoc.legal import statutes

THEFT = (
    "福建省厦门市思明区人民检察院指控：2019年3月5日14时许，被告人李×1在厦门市思明区某小区内，"
    "趁被害人王某不备，窃得其放在电动车上的手机一部，经鉴定价值人民币3200元。"
    "2019年3月8日，被告人李×1主动到厦门市公安局思明分局投案，如实供述了上述事实。"
)
DRUNK = (
    "辉县市人民检察院指控，2018年5月21日1时许，被告人张某某醉酒后驾驶小型轿车行驶至辉县市振新路时被民警查获。"
    "经鉴定，张某某血液中乙醇含量为185.6mg/100ml。被告人张某某到案后如实供述了自己的罪行。"
    "公诉机关认为，被告人张某某的行为已构成危险驾驶罪。"
)
FRAUD = (
    "上海市浦东新区人民检察院指控：2019年1月至3月，被告人陈某以帮助办理入学为名，虚构其能联系学校的事实，"
    "先后骗取被害人刘某、赵某人民币共计8万元，用于个人消费。案发后，被告人陈某退赔了被害人全部经济损失，"
    "取得被害人谅解。公诉机关认为被告人陈某以非法占有为目的，骗取他人财物，数额巨大，应当以诈骗罪追究其刑事责任。"
)
DRUG = (
    "广东省广州市白云区人民检察院指控：2019年6月12日，被告人吴某在广州市白云区某酒店门口，"
    "以人民币300元的价格向吸毒人员黄某贩卖甲基苯丙胺（冰毒）1包，净重0.5克，交易完成后被民警当场抓获，"
    "民警从其身上查获甲基苯丙胺2包，净重1.2克。被告人吴某归案后如实供述了贩卖毒品的事实。"
)

SECTIONS = ["人民法院", "刑事判决书", "刑初", "公诉机关", "被告人", "公诉机关指控", "经审理查明", "证据",
            "本院认为", "判决如下", "如不服本判决", "第二日起十日内", "提出上诉"]


def _check_citations(doc: str) -> list[dict]:
    found = statutes.verify_citations(doc)
    assert found, "no citation printed"
    bad = [c for c in found if not (c["exists"] and c["current"])]
    assert not bad, f"unverified citations printed: {bad}"
    return found


def _reason(doc: str) -> str:
    return doc.split("本院认为", 1)[1].split("判决如下", 1)[0]


def _judgment(doc: str) -> str:
    return doc.split("判决如下", 1)[1].split("如不服本判决", 1)[0]


TERM = re.compile(r"(有期徒刑|拘役)([一二三四五六七八九十]+年)?([一二三四五六七八九十]+个月)?")
FINE = re.compile(r"罚金人民币(\d+)元")


def test_theft_with_surrender():
    doc = draft_criminal(THEFT)
    for s in SECTIONS:
        assert s in doc, s
    assert doc.startswith("福建省厦门市思明区人民法院\n刑事判决书")
    assert "公诉机关福建省厦门市思明区人民检察院" in doc
    assert "被告人李×1" in doc  # masked name kept as written
    assert "其行为已构成盗窃罪" in _reason(doc)
    assert "被告人李×1犯盗窃罪" in _judgment(doc)
    reason = _reason(doc)
    assert "《中华人民共和国刑法》第二百六十四条" in reason
    assert "第六十七条第一款" in reason and "自首" in reason
    _check_citations(doc)
    m = TERM.search(_judgment(doc))
    assert m and (m.group(2) or m.group(3)), _judgment(doc)
    assert FINE.search(_judgment(doc)), "theft carries a fine (并处或者单处罚金)"
    assert "福建省厦门市中级人民法院" in doc


def test_dangerous_driving_gets_detention_and_fine():
    doc = draft_criminal(DRUNK)
    judgment = _judgment(doc)
    assert "犯危险驾驶罪" in judgment
    m = re.search(r"拘役([一二三四五六])个月", judgment)
    assert m, judgment
    assert FINE.search(judgment)
    assert "第一百三十三条之一" in _reason(doc)
    assert "第六十七条第三款" in _reason(doc)  # 如实供述 → 坦白
    _check_citations(doc)


def test_fraud_with_restitution():
    doc = draft_criminal(FRAUD)
    reason = _reason(doc)
    assert "诈骗罪" in reason and "第二百六十六条" in reason
    assert "退赔" in reason and "谅解" in reason
    assert "第五十二条" in reason and "第五十三条" in reason
    assert FINE.search(_judgment(doc))
    assert "有期徒刑" in _judgment(doc) or "拘役" in _judgment(doc)
    _check_citations(doc)


def test_drug_sale_without_named_charge_uses_model():
    pred = predict(DRUG)
    assert pred.source in ("model", "similarity")
    assert any(c.article == 347 for c in pred.charges), pred.charges
    doc = draft_criminal(DRUG)
    assert "毒品罪" in _judgment(doc)
    assert "第三百四十七条" in _reason(doc)
    assert FINE.search(_judgment(doc))  # 毒品犯罪 并处罚金
    _check_citations(doc)


def test_explicit_charge_beats_prior_conviction():
    facts = "被告人王某曾因盗窃罪被判处有期徒刑一年。公诉机关认为，被告人王某的行为构成故意伤害罪。"
    table = CriminalModel.load().charges
    assert [c.key for c in explicit_charges(facts, table)] == ["故意伤害罪"]
    # Someone else's crime the accused knew of is not the accused's charge.
    harbour = "被告人赵某明知李某犯交通肇事罪，仍为其提供住处帮助其逃匿。"
    assert explicit_charges(harbour, table) == []
    record = "另查明，被告人赵某因犯盗窃罪于2009年被判处有期徒刑一年。公诉机关认为被告人赵某构成寻衅滋事罪。"
    assert [c.key for c in explicit_charges(record, table)] == ["寻衅滋事罪"]
    several = "公诉机关指控被告人吴某犯故意杀人罪、拐骗儿童罪，提请依法判处。"
    assert [c.key for c in explicit_charges(several, table)] == ["故意杀人罪", "拐骗儿童罪"]


def test_defendant_names_and_terms():
    assert find_defendants("被告人李×1在……，被告人李×1逃跑") == ["李×1"]
    assert find_defendants("被告人张三在家中，被告人张三伙同被告人李四") == ["张三", "李四"]
    assert find_defendants("被告人李1某驾车，被告人刘2某、被告人韦某甲在场") == ["李1某", "刘2某", "韦某甲"]
    assert find_defendants("被告人周某2001年2月12日与李某登记结婚") == ["周某"]
    assert term_text(18) == "一年六个月" and term_text(6) == "六个月" and term_text(24) == "二年"


def test_batch_is_robust():
    items = [{"id": 1, "facts": THEFT}, {"id": 2, "facts": ""}, {"id": 3}, "not a dict",
             {"id": 4, "facts": None}, {"id": 5, "facts": "被告人" * 5000}, {"id": 6, "facts": DRUNK}]
    out = list(draft_criminal_batch(items))
    assert len(out) == len(items)
    assert [o["id"] for o in out] == [1, 2, 3, None, 4, 5, 6]
    assert out[0]["document"] and "判决如下" in out[0]["document"]
    for o in out[1:5]:
        assert o["document"] is None and o["error"]
    assert out[6]["document"] and "危险驾驶罪" in out[6]["document"]


def test_empty_facts_raise_clear_error():
    with pytest.raises(ValueError, match="案件事实为空"):
        draft_criminal("  ")


def test_onnx_model_loads_and_predicts():
    model = CriminalModel.load()
    out = model.run(THEFT)
    assert out["charge_logits"].shape == (len(model.charge_labels),)
    assert out["term_class_logits"].shape == (4,)
    assert np.isfinite(out["log_months"]) and np.isfinite(out["log_fine"])
    top = model.charge_labels[int(np.argmax(out["charge_logits"]))]
    assert top == "盗窃"
