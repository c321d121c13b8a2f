"""Cause rules written after the holdout50/51 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause."""

from courtdoc.extraction import extract


def _complaint(claims: str, facts: str) -> str:
    return ("民事起诉状\n原告：欧阳蕙兰，女，1979年2月8日出生，汉族，住湖北省宜昌市西陵区夷陵大道58号。\n"
            "被告：卓立新，男，1983年10月21日出生，汉族，住湖北省宜昌市伍家岗区沿江大道163号。\n"
            "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n宜昌市伍家岗区人民法院\n具状人：欧阳蕙兰\n2025年3月6日")


def test_wrong_payee_picked_in_banking_app_is_unjust_enrichment():
    # the supplier's bill the money was meant for (货款) is only why it moved: the receiver is a stranger to it
    text = _complaint("一、判令被告返还原告27500元及利息；二、诉讼费由被告负担。",
                      "原告经营五金店，2024年4月9日拟向供货商支付货款27500元，操作网银时误选被告为收款人，"
                      "款项转入被告账户。被告承认收到后拒不退还。")
    assert extract(text).cause_of_action == "不当得利纠纷"
    # the goods bought from the defendant and the price disputed stays a sale
    text = _complaint("一、判令被告交付已付款的钢管；二、诉讼费由被告负担。",
                      "原告向被告购买钢管，约定货款27500元，原告已付清货款，被告至今未供货。")
    assert extract(text).cause_of_action == "买卖合同纠纷"


def test_households_contracted_fields_let_to_a_cooperative_is_land_management_right_lease():
    text = _complaint("一、判令被告支付2023年至2024年租金18400元；二、判令被告将流转的土地恢复原状后交还原告；三、诉讼费由被告负担。",
                      "2020年2月，原告将自家承包的望江村6组水田9.2亩出租给被告种植莲藕，每亩每年租金1000元。"
                      "被告自2023年起拖欠租金，田块已荒芜。")
    assert extract(text).cause_of_action == "土地经营权出租合同纠纷"
    # the same fields under a contract the parties called a 土地租赁合同, its 土地租金 asked: the lease as they named it
    text = _complaint("一、判令解除双方签订的土地租赁合同；二、判令被告支付土地租金18400元；三、诉讼费由被告负担。",
                      "2020年2月，原告将自家承包的水田9.2亩租给被告种植莲藕，签订土地租赁合同，被告拖欠租金。")
    assert extract(text).cause_of_action == "土地租赁合同纠纷"


def test_lay_letter_about_a_village_house_bought_is_rural_house_sale():
    # the renovation workmen's pay (工钱) is only a cost the buyer asks back
    text = ("尊敬的法官：\n我叫邢春生，男，1961年4月2日出生，住河南省信阳市光山县槐店乡晏岗村2组。\n"
            "我要告陶德发，男，住光山县槐店乡司马光村4组。\n"
            "2015年陶德发把他家的三间瓦房卖给我，价钱5万2，钱我都付了。我住进去后请人修了院墙，工钱花了8000块。"
            "去年他女儿回来说我是外村人，买卖农村房屋不算数，要我搬走。\n"
            "请求法院：一、判陶德发退我买房的钱52000元；二、赔我修院墙的8000元。\n"
            "邢春生\n2025年5月6日")
    assert extract(text).cause_of_action == "农村房屋买卖合同纠纷"
    # workmen hired to mend a house and unpaid ask their pay: no house was sold
    text = ("尊敬的法官：\n我叫邢春生，男，1961年4月2日出生，住河南省信阳市光山县槐店乡晏岗村2组。\n"
            "我要告陶德发，男，住光山县槐店乡司马光村4组。\n"
            "2024年陶德发叫我给他家修院墙，讲好工钱8000块，修完了他一分没给。\n"
            "请求法院：判陶德发给我工钱8000元。\n邢春生\n2025年5月6日")
    assert extract(text).cause_of_action == "劳务合同纠纷"


def test_gym_membership_and_training_lessons_refund_is_service_contract():
    text = _complaint("一、判令被告退还原告剩余私教课费5400元；二、判令被告退还健身年卡剩余费用1300元；三、诉讼费由被告负担。",
                      "原告于2024年2月在被告经营的健身馆办理健身年卡，并购买私教课36节。2024年7月起被告闭店，"
                      "教练离职，被告拒不退款。")
    assert extract(text).cause_of_action == "服务合同纠纷"
