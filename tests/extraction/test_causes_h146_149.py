"""Causes missed on holdout146-149: 2011 names the 2020 revision renamed."""

import pytest

from legal.causes import canonical_cause, find_cause, is_cause

from .samples import cause_of as _cause


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("林木折断损害责任纠纷", "林木折断、倾倒、果实坠落损害责任纠纷"),
        ("建筑物、构筑物倒塌损害责任纠纷", "建筑物、构筑物倒塌、塌陷损害责任纠纷"),
        ("堆放物倒塌致害责任纠纷", "堆放物倒塌、滚落、滑落损害责任纠纷"),
        ("民用核设施损害责任纠纷", "民用核设施、核材料损害责任纠纷"),
        ("申请确认人民调解协议", "申请司法确认调解协议"),
        ("申请撤销宣告公民死亡判决", "申请撤销宣告自然人死亡判决"),
        ("申请宣告公民恢复完全民事行为能力", "申请宣告自然人恢复完全民事行为能力"),
    ],
)
def test_2011_name_maps_to_2020_successor(old, new):
    assert is_cause(new)
    assert canonical_cause(old) == new


def test_find_cause_reads_2011_tree_name():
    text = "原告孙某诉被告某县林场林木折断损害责任纠纷一案，本院于2019年5月立案后依法审理。"
    assert find_cause(text) == "林木折断、倾倒、果实坠落损害责任纠纷"


def test_passenger_suing_carrier_and_its_insurer_on_the_named_contract_of_carriage():
    text = ("民事起诉状\n原告：宋玉兰，女，1961年2月9日出生，汉族，住某省某市麒麟区南宁路8号。\n"
            "被告一：某市顺达客运有限公司，住所地某市麒麟区建宁路66号。\n"
            "被告二：某财产保险股份有限公司某市中心支公司，住所地某市麒麟区珠江路12号。\n"
            "诉讼请求：\n1.判令二被告赔偿原告医疗费8800元、护理费2100元，共计10900元，被告二在承运人责任保险限额内赔付；\n"
            "2.本案诉讼费由二被告承担。\n"
            "事实与理由：2024年3月2日，原告购票乘坐被告一的长途客车由某市前往罗平县，途中司机急刹车，原告摔倒致右腕骨折。"
            "原、被告一之间形成公路旅客运输合同关系，被告一作为承运人应对旅客的伤亡承担赔偿责任，被告一在被告二处投保了"
            "承运人责任保险。\n此致\n某市麒麟区人民法院\n具状人：宋玉兰\n2024年5月6日\n")
    assert _cause(text) == "公路旅客运输合同纠纷"


def test_a_firm_sued_on_its_letter_of_guaranty_for_a_buyers_unpaid_price_is_a_guaranty_case():
    text = ("民事起诉状\n原告：某市恒丰建材有限公司，住所地某市高新区科技路20号。\n法定代表人：周明，经理。\n"
            "被告：某市宏远实业有限公司，住所地某市城南区东环路5号。\n法定代表人：吴强，董事长。\n"
            "诉讼请求：\n一、判令被告对某市永昌建筑工程有限公司拖欠原告的货款承担连带清偿责任，支付货款人民币35万元；\n"
            "二、诉讼费由被告承担。\n"
            "事实与理由：2022年3月，原告与永昌公司签订钢材买卖合同。同日，被告向原告出具担保函，承诺为永昌公司的付款义务"
            "提供连带责任保证。永昌公司收货后尚欠货款35万元未付，原告在保证期间内向被告催告，被告至今未履行。\n"
            "此致\n某市城南区人民法院\n具状人：某市恒丰建材有限公司\n2024年2月1日\n")
    assert _cause(text) == "保证合同纠纷"
