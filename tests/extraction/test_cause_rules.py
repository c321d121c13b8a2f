"""Cause of action from cue words (extraction/cause_rules.py): official names, specific level, labour LCA."""

from __future__ import annotations

import pytest
from courtdoc.extraction.cause_rules import RULES, infer_cause
from courtdoc.legal.causes import is_cause


def test_every_rule_names_an_official_cause():
    assert all(is_cause(cause) for cause, _, _ in RULES)


@pytest.mark.parametrize("claims, facts, parties, cause", [
    ("判令被告偿还借款5万元及利息", "被告向原告借款5万元并出具借条", (), "民间借贷纠纷"),
    ("判令被告偿还借款本金及罚息", "双方签订个人借款合同", ("中国工商银行股份有限公司厦门分行", "张三"), "金融借款合同纠纷"),
    ("判令被告赔偿各项损失5万元", "被告驾驶小型轿车与原告发生交通事故", (), "机动车交通事故责任纠纷"),
    ("判令被告赔偿医疗费", "原告被被告饲养的狗咬伤", (), "饲养动物损害责任纠纷"),
    ("判令被告支付货款18万元", "被告向原告购买收割机一台", (), "买卖合同纠纷"),
    ("判令被告支付稿酬3万元", "原告受被告委托创作插画作品", (), "委托创作合同纠纷"),
    ("依法分割父母遗留的房屋", "父母去世，遗有房屋一套", (), "法定继承纠纷"),
    ("判令被告支付供暖费", "被告系热用户，未交纳采暖费", (), "供用热力合同纠纷"),
    # heirs answer for a debtor's estate: still a loan case
    ("判令被告归还借款5万元，被告之子在继承遗产范围内承担责任", "借款人生前向原告借款", (), "民间借贷纠纷"),
    # the LPR boilerplate names 银行 and 贷款 but is no bank loan
    ("判令被告支付货款1万元及利息（按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）", "", (),
     "买卖合同纠纷"),
])
def test_cues(claims, facts, parties, cause):
    cue = infer_cause(claims, facts, parties)
    assert cue is not None and cue.cause == cause


def test_labour_claims_take_the_common_ancestor():
    assert infer_cause("判令被告支付拖欠工资2万元", "", ()).cause == "追索劳动报酬纠纷"
    assert infer_cause("判令被告支付工资2万元；支付解除劳动合同经济补偿金1万元", "", ()).cause == "劳动合同纠纷"
    assert infer_cause("判令被告支付工资2万元；支付经济补偿金1万元", "", ()).cause == "劳动争议"
    assert infer_cause("判令被告支付工资2万元；为原告补缴社会保险", "", ()).cause == "劳动争议"


def test_post_divorce_custody_is_not_a_divorce():
    facts = "原、被告于2011年调解离婚，女儿随被告生活。离婚后女儿一直随原告生活，现愿意随母亲生活"
    assert infer_cause("", facts, ()).cause == "变更抚养关系纠纷"


def test_no_cue():
    assert infer_cause("", "今天天气很好", ()) is None
