"""Causes read from lay letters and pleadings of our own (the kinds of holdout118-125's misses)."""
from courtdoc.extraction import extract


def test_old_fathers_letter_son_gives_not_a_cent_is_support_money():
    # a parent's own letter: the son sued "gives not a cent" (一分钱不管) and a monthly allowance and the doctor's bills
    # are asked: the support money (赡养费纠纷), though the word 赡养 is never written
    text = ("告状\n我叫钱老根，男，今年八十一岁，身份证号码330621194502036617，住浙江省绍兴市柯桥区平水镇岭下村5组。\n"
            "我要告的是我小儿子钱国平，男，1979年4月2日生，住浙江省绍兴市越城区解放北路66号3幢201室。\n"
            "我养了两个孩子，大女儿嫁到外省，逢年过节还寄点钱回来，小儿子就在城里开店，三年来一分钱不管，"
            "我今年开春摔了一跤，看病花了两千多块都是邻居借给我的。\n"
            "我要求：\n1.小儿子把我今年看病花的钱2100元出了；\n2.以后每个月给我生活费400元。\n"
            "此致\n绍兴市越城区人民法院\n告状人：钱老根\n2025年5月6日\n")
    assert extract(text).cause_of_action == "赡养费纠纷"


def test_unmarried_partners_property_with_a_card_debt_paid_for_the_other_is_cohabitation_sharing():
    # parted partners: a flat's deposit bought together asked divided, and a card debt one paid off for the other
    # asked back; no card issuer is a party, so the card debt is one more sum between them
    text = ("民事起诉状\n原告：程丽娟，女，1992年5月6日出生，汉族，住江苏省南京市鼓楼区中山北路210号。\n"
            "被告：梁志远，男，1990年11月2日出生，汉族，住江苏省南京市玄武区珠江路88号。\n"
            "诉讼请求：\n1、依法分割原、被告同居期间共同购置的家具家电，判令被告返还原告出资款32000元；\n"
            "2、判令被告返还原告代其偿还的信用卡欠款12500元；\n3、本案诉讼费用由被告承担。\n"
            "事实和理由：原、被告于2020年3月起同居生活，未办理结婚登记。同居期间双方共同出资购置家具家电，"
            "原告另替被告偿还其信用卡欠款12500元。2024年双方分手，被告拒不返还。\n"
            "此致\n南京市玄武区人民法院\n具状人：程丽娟\n2024年9月1日\n")
    assert extract(text).cause_of_action == "同居关系析产纠纷"
