"""Cause-of-action rules the holdout11 extraction set showed, as general legal knowledge."""

from __future__ import annotations

from courtdoc.extraction.cause_rules import infer_cause


def test_kept_dog_biting_a_person():
    claims = "判令被告赔偿原告医疗费2,860元、狂犬疫苗费1,150元、精神损害抚慰金5000元，共计9010元"
    facts = "原告在小区内玩耍时，被告饲养的未拴绳的金毛犬将原告左小腿咬伤。"
    cue = infer_cause(claims, facts, ())
    assert cue.cause == "饲养动物损害责任纠纷" and cue.strong
    # a person pushing another down stays an injury to the person
    assert infer_cause("判令被告赔偿医疗费2000元", "被告在小区内将原告推倒，致原告受伤。", ()).cause == "生命权、身体权、健康权纠纷"


def test_severance_only_claim_is_the_specific_cause():
    claims = ("一、判令被告向原告支付解除劳动合同经济补偿金人民币柒万贰仟元整（¥72,000.00）；"
              "二、判令被告向原告支付2023年度未休年休假工资5517.24元；三、本案受理费由被告承担。")
    facts = "原告于2017年8月入职被告处，月平均工资12000元。2024年1月被告与原告协商解除劳动合同，但拒绝支付经济补偿。"
    assert infer_cause(claims, facts, ()).cause == "经济补偿金纠纷"
    # several labour items (unpaid wages and severance) keep their common ancestor
    assert infer_cause("判令被告支付拖欠工资3万元、解除劳动合同经济补偿金2万元", facts, ()).cause == "劳动合同纠纷"
    assert infer_cause("判令被告支付违法解除劳动合同赔偿金3万元、经济补偿金2万元", facts, ()).cause == "劳动合同纠纷"
    # leave pay alone is still a pay claim
    assert infer_cause("判令被告支付未休年休假工资报酬5000元", facts, ()).cause == "追索劳动报酬纠纷"


def test_balance_still_owed_after_a_total_and_a_payment():
    from courtdoc.extraction import claims

    text = ("诉讼请求和依据\n1.劳务费 | 明细：提供木工劳务，劳务费共计15,600元，被告仅支付3,000元，尚欠12,600元\n"
            "2.逾期付款利息 | 明细：以12,600元为基数，自2023年8月1日起按一年期LPR计算至付清之日\n3.诉讼费用 | 由被告承担\n")
    assert claims.extract_claims(text, 0, len(text)).amount == 12600
    # a 尚欠 sum that is not the total less a payment leaves the total as it was
    text = "诉讼请求：\n1.判令被告支付工程款共计5万元，尚欠材料款2万元；\n事实与理由："
    assert claims.extract_claims(text, 0, len(text)).amount == 50000
