"""Cause rules added after the holdout44-45 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.sections import cause_explicit


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_electricity_a_landlord_overcharges_his_tenant_is_the_lease():
    claims = "返还租房押金2000元；返还多收的电费268元"
    facts = ("去年三月我在城南租下房东的一间单间，押一付一，每月租金900元。房东每个月按一块五一度收电费，比电表上"
             "的价钱高出一倍多，退房时又扣着押金不给。")
    assert _cue(claims, facts, ("祁晓梅", "柴振东")) == "房屋租赁合同纠纷"
    # (a household's bill owed to the power company stays the supply contract)
    assert _cue("支付拖欠的电费3120元", "原告国网某县供电公司向被告住宅供电，被告自2022年起未缴电费。",
                ("国网某县供电公司", "甘德胜")) == "供用电合同纠纷"
