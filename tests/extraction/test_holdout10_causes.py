"""Cause-of-action rules the holdout10 extraction set showed, as general legal knowledge."""

from __future__ import annotations

from courtdoc.extraction.cause_rules import infer_cause


def test_sale_of_a_flat_is_a_house_sale():
    facts = ("原告与被告签订《存量房买卖合同》，约定原告购买被告名下位于某市某路1号的房屋，总价款128万元，原告支付定金10万元。"
             "后被告拒绝办理网签及过户手续。")
    assert infer_cause("判令被告双倍返还定金20万元", facts, ()).cause == "房屋买卖合同纠纷"
    # a developer buying steel is still a sale of goods
    assert infer_cause("判令被告支付货款30万元", "被告系开发商，向原告采购钢材，约定网签后付款。", ()).cause == "买卖合同纠纷"
