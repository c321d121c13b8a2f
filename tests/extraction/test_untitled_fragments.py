"""Untitled fragments of judgments (fact sections, 诉称 paragraphs without a party block) still give their
claims, amount and cause; text that is no legal paper still gives nothing."""

from courtdoc.extraction import extract


def test_claims_paragraph_without_party_block():
    text = ("中融公司诉称，2016年3月原告与被告签订信托贷款合同，被告到期未还。请求判令：被告偿还贷款本金7000万元"
            "及截至2019年1月1日的利息65万元。")
    el = extract(text)
    assert el.amount_claimed == 70650000
    assert el.claims


def test_fact_section_gives_cause():
    text = ("经审理查明，原、被告于2015年签订供用电合同，约定由原告向被告供电，被告按月交纳电费。"
            "2018年起被告拖欠电费共计32000元，原告催收未果。")
    el = extract(text)
    assert el.cause_of_action == "供用电合同纠纷"


def test_non_legal_text_stays_empty():
    el = extract("周末家庭聚餐采购清单：鸡蛋两盒，牛肉两斤，青菜若干，饮料一箱，共计约300元。")
    assert el.document_type in (None, "其他")
    assert not el.parties and el.amount_claimed is None and el.cause_of_action is None
