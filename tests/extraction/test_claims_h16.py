"""Claims stated in a layperson's prose (no 诉讼请求 heading) and the causes holdout16 missed: a training course's
refund, costs paid for a neighbour's affairs with no duty (无因管理), work on the customer's own material (加工).
Every text here is written for this test."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause
from courtdoc.extraction.claims import extract_claims

PROSE_COMPLAINT = """民事起诉状
原告：周晓燕，女，1988年6月3日出生，汉族，住上海市徐汇区田林路88弄5号302室
被告：上海启明星艺术培训有限公司，住所地上海市徐汇区漕溪北路18号，法定代表人：吴刚
我在2024年1月给女儿在被告处报了钢琴课，一次性交了学费15000元，共60节课。上了12节课后被告老师离职，一直没有安排新老师，我多次要求被告退钱，被告一直推脱。所以请求法院判令被告退还剩余学费12000元、支付违约金1000元，诉讼费由被告承担。
此致
上海市徐汇区人民法院
起诉人：周晓燕
2024年5月6日
"""


def test_claims_in_a_laypersons_prose_are_found_with_their_sum_and_cause():
    el = extract(PROSE_COMPLAINT)
    assert el.claims and "退还剩余学费12000元" in el.claims[0]
    assert el.amount_claimed == 13000.0  # the costs of the proceedings add nothing
    assert el.cause_of_action == "教育培训合同纠纷"


@pytest.mark.parametrize("text, amount", [
    ("我要求被告退还培训费8000元。", 8000.0),
    ("希望法院判决被告赔偿我医疗费1200元。", 1200.0),
    ("原告曾要求被告返还押金3000元，但被告置之不理。恳请法院判令被告返还押金3000元、赔偿损失500元。", 3500.0),
])
def test_requests_in_prose(text, amount):
    assert extract_claims(text, 0, len(text)).amount == amount


def test_a_past_demand_the_narrative_tells_is_no_claim():
    # the history (8000 demanded, 3000 paid) comes first; the claim is the balance asked of the court
    text = "原告多次要求被告支付货款8000元，被告拒不支付，后仅支付3000元。现请求法院判令被告支付剩余货款5000元。"
    res = extract_claims(text, 0, len(text))
    assert res.claims == ["被告支付剩余货款5000元"] and res.amount == 5000.0
    # a demand told and refused, and no request to the court: nothing is claimed
    told = "2023年5月原告多次要求被告支付货款8000元，被告拒不支付。"
    assert extract_claims(told, 0, len(told)).claims == []
    # the narrative's conclusion is the claim even where it says the debt is still unpaid
    concl = "被告收货后未付款。故原告要求被告支付货款6000元，被告至今未予支付，原告特诉至法院。"
    assert extract_claims(concl, 0, len(concl)).amount == 6000.0


def test_costs_paid_for_a_neighbours_affairs_without_duty_are_negotiorum_gestio():
    cue = infer_cause("判令被告偿还原告垫付的维修费4600元",
                      "被告外出务工期间其房屋屋顶漏雨，原告联系不上被告，自行请人修缮并垫付维修费，原告对此并无法定或约定义务")
    assert cue and cue.cause == "无因管理纠纷"
    cue = infer_cause("判令被告支付原告代付的医疗费3000元",
                      "被告之父在路边晕倒，原告未受任何人委托，代为送医并垫付医疗费")
    assert cue and cue.cause == "无因管理纠纷"


def test_a_loan_stays_a_loan():
    cue = infer_cause("判令被告偿还借款20000元", "被告因装修房屋向原告借款20000元，出具借条一张，约定三个月内归还")
    assert cue and cue.cause == "民间借贷纠纷"


def test_work_on_the_customers_own_material_is_processing():
    cue = infer_cause("判令被告支付加工费36000元", "被告提供布料，委托原告加工工作服1200套，每套加工费30元")
    assert cue and cue.cause == "加工合同纠纷"
    cue = infer_cause("判令被告支付加工费8000元", "原告为被告来料加工五金件，双方约定月结")
    assert cue and cue.cause == "加工合同纠纷"


def test_processing_fee_alone_stays_work_contract():
    # who gave the material is not told: 加工 or 定作 cannot be told apart, the level-3 承揽 stays
    cue = infer_cause("判令被告支付加工费68000元", "被告委托原告加工模具两套，约定加工费共计68000元，验收合格后付清")
    assert cue and cue.cause == "承揽合同纠纷"
