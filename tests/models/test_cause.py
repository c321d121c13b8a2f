"""The shipped cause-of-action classifier (models/cause) on onnxruntime. No training here."""

from __future__ import annotations

from courtdoc.extraction.cause_model import CauseModel, ngram_ids, predict_cause
from courtdoc.legal.causes import is_cause

LOAN = ("原告王某诉称：2021年5月1日，被告李某因资金周转向原告借款100000元，并出具借条一份，约定月利率1%，"
        "借款到期后经原告多次催讨，被告至今未还。请求判令被告偿还借款本金100000元及利息。")
DIVORCE = ("原告陈某诉称：原、被告于2012年登记结婚，婚后生育一女。因性格不合经常争吵，双方已分居两年，"
           "夫妻感情确已破裂。请求判令原告与被告离婚，婚生女由原告抚养。")
TRAFFIC = ("2022年8月3日，被告张某驾驶小型轿车行驶至厦门市湖里区某路段时，与原告驾驶的电动自行车发生碰撞，致原告受伤，"
           "交警部门认定被告负事故全部责任。请求判令被告及保险公司赔偿医疗费、误工费等各项损失。")


def test_common_causes():
    assert predict_cause(LOAN)[0] == "民间借贷纠纷"
    assert predict_cause(DIVORCE)[0] == "离婚纠纷"
    assert predict_cause(TRAFFIC)[0] == "机动车交通事故责任纠纷"


def test_answers_are_official_causes_with_probabilities():
    model = CauseModel.load()
    assert model.labels and all(is_cause(lab) for lab in model.labels)
    name, p = predict_cause(LOAN)
    assert is_cause(name) and 0.0 < p <= 1.0


def test_empty_text_gives_none():
    assert predict_cause("") is None
    assert predict_cause("   \n") is None


def test_huge_and_odd_text_does_not_crash():
    out = predict_cause("天气很好。" * 50000 + "\x00")
    assert out is None or is_cause(out[0])


def test_hashing_is_stable():
    a, b = ngram_ids("借款合同", 1 << 16), ngram_ids("借款合同", 1 << 16)
    assert a.tolist() == b.tolist() and len(a) == 4 + 3 + 2
    assert ngram_ids("ＡＢ", 97).tolist() == ngram_ids("ab", 97).tolist()
