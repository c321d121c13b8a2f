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


@pytest.mark.parametrize("claims, facts, cause", [
    # the creditor of a deceased debtor sues the heirs (民法典 1161)
    ("判令被告在继承遗产范围内偿还借款5万元", "王某生前向原告借款5万元并出具借条，王某于2019年病故，被告系其继承人", "被继承人债务清偿纠纷"),
    ("判令被告偿还代偿款3万元", "被告向原告投保个人贷款保证保险，被告逾期未还，原告向银行赔付", "保证保险合同纠纷"),
    ("判令被告支付运费2万元", "原告用其重型货车为被告运输钢材", "公路货物运输合同纠纷"),
    ("判令被告停止侵权并赔偿10万元", "被告生产的产品落入原告实用新型专利权的保护范围", "侵害实用新型专利权纠纷"),
    ("判令被告支付租金5万元", "被告向原告租用钢管、扣件等脚手架材料用于施工", "建筑设备租赁合同纠纷"),
    ("判令被告赔偿车辆损失", "原告将摩托车停放在被告经营的车棚并交纳停车费，次日车辆丢失", "保管合同纠纷"),
    ("判令被告支付监理费", "原、被告签订建设工程委托监理合同", "建设工程监理合同纠纷"),
    ("判令被告返还加盟费", "原告与被告签订特许经营合同，加盟其品牌", "特许经营合同纠纷"),
])
def test_specific_causes(claims, facts, cause):
    assert infer_cause(claims, facts, ()).cause == cause


def test_a_venue_alone_is_no_cue():
    # a fight in a KTV is no copyright case, a car park alone no safekeeping contract
    cue = infer_cause("判令被告赔偿医疗费", "原、被告在某KTV包厢内发生争执，被告将原告打伤", ())
    assert cue.cause == "生命权、身体权、健康权纠纷"
    cue = infer_cause("判令被告赔偿损失", "被告在小区停车场内驾车将原告撞伤", ())
    assert cue.cause == "机动车交通事故责任纠纷"


_JUDGMENT = """福建省厦门市思明区人民法院
民事判决书
（2021）闽0203民初1234号
原告：王某，女，1985年3月1日出生，汉族，住福建省厦门市思明区湖滨南路1号。
被告：李某，男，1983年5月2日出生，汉族，住福建省厦门市湖里区仙岳路2号。
原告王某向本院提出诉讼请求：1.婚生女李某某变更由原告抚养；2.被告每月支付抚养费2000元。事实和理由：原、被告于2015年协议离婚，约定女儿随被告生活。
本院经审理认定事实如下：原、被告于2015年协议离婚，女儿随被告生活，现女儿随原告生活已满两年。
"""


@pytest.mark.parametrize("predicted, doc, cause", [
    # a near-certain classifier beats a claims cue in a judgment ...
    (("抚养费纠纷", 0.97), "judgment", "抚养费纠纷"),
    # ... but not when it is merely confident
    (("抚养费纠纷", 0.7), "judgment", "变更抚养关系纠纷"),
    # its coarse domain label (learnt from the divorce file) never beats a specific cause of that domain
    (("离婚纠纷", 0.99), "judgment", "变更抚养关系纠纷"),
    # on complaints (out of its domain) the classifier never overrides a cue
    (("抚养费纠纷", 0.97), "complaint", "变更抚养关系纠纷"),
])
def test_classifier_and_cues_combined(monkeypatch, predicted, doc, cause):
    import courtdoc.extraction as ex
    from courtdoc.extraction import _legal

    text = _JUDGMENT
    if doc == "complaint":
        text = text.replace("福建省厦门市思明区人民法院\n民事判决书\n（2021）闽0203民初1234号\n", "民事起诉状\n")
        text = text.replace("原告王某向本院提出诉讼请求：", "诉讼请求：")
    monkeypatch.setattr(_legal, "predict_cause", lambda _t: predicted)
    el = ex.extract(text)
    assert el.document_type == ("民事判决书" if doc == "judgment" else "起诉状")
    assert el.cause_of_action == cause


@pytest.mark.parametrize("claims, facts, cause", [
    # words of a specific cause that also turn up as detail of common cases
    ("判令被告赔偿车辆修理费、误工费共计3万元", "被告驾驶小型轿车追尾原告车辆，发生交通事故", "机动车交通事故责任纠纷"),
    ("判令被告支付工程款50万元", "原告承建被告的厂房，工程经监理单位验收合格", "建设工程施工合同纠纷"),
    ("判令被告支付拖欠的取暖费3000元", "原告为被告所在小区供暖，被告未交纳2022年度采暖费", "供用热力合同纠纷"),
    ("判令被告支付物业费及停车费5000元", "原告为小区物业服务企业，被告拖欠物业费", "物业服务合同纠纷"),
    ("依法分割父母遗留的拆迁安置补偿款", "父母去世，遗有房屋一套，已被征收，取得拆迁安置补偿款", "法定继承纠纷"),
    ("判令被告支付保险金10万元", "被告以原告投保时虚假陈述、未如实告知为由拒绝理赔，原告购买了重大疾病保险", "健康保险合同纠纷"),
    ("判令被告每月支付抚养费2000元", "原、被告离婚时约定女儿由被告扶养子女，被告未支付抚养费", "抚养费纠纷"),
])
def test_detail_words_do_not_decide(claims, facts, cause):
    assert infer_cause(claims, facts, ()).cause == cause


def test_claims_relying_on_a_will_are_testamentary_succession():
    claims = "确认被继承人于2021年6月3日所立自书遗嘱合法有效；判令被继承人名下的房屋由原告继承"
    facts = "被继承人系原、被告之父，于2022年病故，生前亲笔书写遗嘱，将其名下房屋留给原告继承。"
    assert infer_cause(claims, facts).cause == "遗嘱继承纠纷"
    # no will: succession by law, whatever the facts say about wills
    claims = "判令被继承人名下的房屋由原、被告依法继承，各占二分之一"
    facts = "被继承人于2020年去世，生前未留遗嘱。"
    assert infer_cause(claims, facts).cause == "法定继承纠纷"


def test_only_guarantors_sued_is_a_guaranty_dispute():
    claims = "判令被告陈某对债务人某某贸易有限公司所欠原告借款本金200000元承担连带保证责任；判令被告许某在其中50000元范围内承担连带保证责任"
    facts = "2022年4月，某某贸易有限公司向原告借款200000元，二被告分别出具《担保书》。"
    assert infer_cause(claims, facts).cause == "保证合同纠纷"
    # the debtor sued too: the loan decides
    claims = "判令被告某某贸易有限公司偿还借款本金200000元；判令被告陈某对上述债务承担连带保证责任"
    assert infer_cause(claims, facts).cause == "民间借贷纠纷"


def test_bicycle_collision_is_no_motor_vehicle_accident():
    claims = "判令被告赔偿原告医疗费8345元、误工费3000元"
    assert infer_cause(claims, "被告骑自行车将原告撞倒，致原告左腕骨折。").cause == "非机动车交通事故责任纠纷"
    assert infer_cause(claims, "被告驾驶小型轿车将骑自行车的原告撞倒，致原告左腕骨折。").cause == "机动车交通事故责任纠纷"


def test_joint_liability_of_a_main_contractor_is_no_guaranty():
    claims = ("判令被告一向原告支付拖欠的工程款人民币126.8万元及逾期付款利息；"
              "判令被告二在欠付工程价款范围内对上述款项承担连带责任")
    facts = "被告一将其承包的工程交由原告施工，双方签订《建设工程施工合同》，尚欠126.8万元。"
    assert infer_cause(claims, facts).cause != "保证合同纠纷"
