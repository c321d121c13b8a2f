"""Cause rules written after the holdout48/49 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause


def _complaint(cause_line: str, claims: str, facts: str) -> str:
    return ("民事起诉状\n原告：邱美玲，女，1962年5月3日出生，汉族，住福建省泉州市鲤城区中山中路41号。\n"
            "被告：邱国栋，男，1966年9月12日出生，汉族，住福建省泉州市丰泽区东海街道滨海路17号。\n"
            + cause_line + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n泉州市丰泽区人民法院\n具状人：邱美玲\n2024年10月9日")


def test_stated_succession_family_with_no_will_and_no_care_agreement_is_intestate():
    # "亦未同任何人订立遗赠扶养协议" says the agreement does not exist: the estate is shared by law
    text = _complaint("案由：继承纠纷\n",
                      "一、依法分割被继承人邱永福遗留的泉州市丰泽区东海街道滨海路17号房屋，由原告继承二分之一份额；"
                      "二、诉讼费由被告负担。",
                      "被继承人邱永福于2021年病故，其妻早年去世，生前育有原、被告二人。邱永福生前未留遗嘱，"
                      "亦未同任何人订立遗赠扶养协议。被告以长子身份独占房屋，拒绝分割。")
    assert extract(text).cause_of_action == "法定继承纠纷"
    # a carer who was promised the house for looking after the old man keeps the agreement
    text = _complaint("案由：继承纠纷\n",
                      "一、确认被告邱永福遗留的房屋归原告所有；二、诉讼费由被告负担。",
                      "2010年原告与邱永福签订遗赠扶养协议，约定原告照顾邱永福生活起居，邱永福去世后房屋归原告。"
                      "原告照顾其十年直至去世，被告作为其子拒绝交出房屋。")
    assert extract(text).cause_of_action == "遗赠扶养协议纠纷"


def test_repair_fee_asked_back_from_the_repairer_is_a_repair_contract():
    # the car taken to the garage, the work done wrong, the fee asked back and a car hired while it stood idle
    text = _complaint("",
                      "1、判令被告返还维修费5600元；2、判令被告赔偿原告车辆不能使用期间的租车费1500元；3、诉讼费由被告负担。",
                      "2024年3月8日，原告将自己的丰田卡罗拉轿车送到被告经营的汽修店修理变速箱，付修理费5600元。"
                      "取车后第三天变速箱又出故障，经另一家修理店检查系被告装错零件所致。原告只能租车上班。")
    assert extract(text).cause_of_action == "修理合同纠纷"
    # a car hired from a hire firm and its rent unpaid keeps the lease
    text = _complaint("",
                      "1、判令被告支付租车费4200元；2、诉讼费由被告负担。",
                      "2024年5月1日，被告向原告租车一辆，约定日租金300元，租期十四天，被告还车后一直未付租金。")
    assert extract(text).cause_of_action == "车辆租赁合同纠纷"


def test_price_in_three_or_more_instalments_is_an_instalment_sale():
    text = _complaint("案由：买卖合同纠纷\n",
                      "一、判令被告支付剩余购机款4.2万元；二、诉讼费由被告承担。",
                      "2023年4月2日，原、被告签订《拖拉机买卖合同》，约定被告购买东方红拖拉机一台，总价款12.6万元，"
                      "分三期付清，每期4.2万元。原告当日交车，被告付了前两期，第三期至今未付。")
    assert extract(text).cause_of_action == "分期付款买卖合同纠纷"
    # the price paid in two parts is no instalment sale (三期 at least): the family stays
    text = _complaint("案由：买卖合同纠纷\n",
                      "一、判令被告支付剩余货款3万元；二、诉讼费由被告承担。",
                      "2023年4月2日，被告向原告购买瓷砖一批，总价款6万元，分两期支付。被告付了第一期后再未付款。")
    assert extract(text).cause_of_action == "买卖合同纠纷"


def test_instalment_sale_with_title_kept_and_goods_asked_back_is_title_retention():
    claims = ("1、判令被告支付剩余价款9.6万元；2、被告逾期不付的，原告有权取回挖掘机一台；3、诉讼费由被告承担。")
    facts = ("2023年6月1日，原告将一台小型挖掘机卖给被告，价款24万元，首付4.8万元，余款分十二期按月支付。合同约定被告付清"
             "全部价款前，挖掘机所有权仍归原告。被告付至第六期后停止付款。")
    assert extract(_complaint("", claims, facts)).cause_of_action == "所有权保留买卖合同纠纷"
    assert extract(_complaint("案由：买卖合同纠纷\n", claims, facts)).cause_of_action == "所有权保留买卖合同纠纷"
    # the same sale with only the price asked: the instalments are what is in dispute
    claims = "1、判令被告一次性支付剩余价款9.6万元；2、诉讼费由被告承担。"
    assert extract(_complaint("", claims, facts)).cause_of_action == "分期付款买卖合同纠纷"


def test_livestock_price_asked_by_its_lay_name_is_a_sale():
    # a letter: pigs fetched by a dealer, priced by the jin, the rest of the 猪钱 unpaid, an IOU written for it
    text = ("法院：\n我要告猪贩子马德胜欠我的猪钱。\n2024年1月5日马德胜到我家猪圈拉走肥猪32头，说好每斤7.2元，一共称了"
            "8150斤，他当场给了2万元，剩下的写了欠条，说卖完就给，到现在也没给。\n"
            "马德胜，男，1977年2月8日出生，住甘肃省武威市凉州区东关街19号。\n"
            "我要求法院判马德胜给我剩下的猪钱38680元。\n"
            "起诉人：杨秀兰，女，1969年10月2日出生，住甘肃省武威市凉州区丰乐镇新陈村三组7号。\n2024年9月2日")
    assert extract(text).cause_of_action == "买卖合同纠纷"
    # a herder asking his pay for herding the sheep (放羊钱) is no sale
    cue = infer_cause("判令被告支付放羊钱1.2万元", "原告2023年给被告放羊一年，讲好一年一万二，被告一直不给。")
    assert cue is None or cue.cause != "买卖合同纠纷"


def test_lorry_owner_taking_freight_jobs_is_road_carriage_of_goods():
    claims = "1、判令被告支付运费52300元；2、诉讼费由被告负担。"
    facts = ("原告是一辆重型半挂牵引车（鲁H3K729）的车主，2023年起为被告承接货运任务，将化肥从济宁拉往河南周口，运费每趟结算。"
             "至2024年3月，被告共欠原告运费52300元。")
    assert extract(_complaint("案由：运输合同纠纷\n", claims, facts)).cause_of_action == "公路货物运输合同纠纷"
    # the contract named by the filer as what it is
    facts2 = "原、被告之间形成公路货物运输合同关系，原告为被告运送化肥十一车次，被告欠付运费52300元。"
    assert extract(_complaint("案由：运输合同纠纷\n", claims, facts2)).cause_of_action == "公路货物运输合同纠纷"
    # freight with no road vehicle or road carriage told keeps the stated family
    facts3 = "原告为被告承运化肥十一批次，被告至今欠付运费52300元。"
    assert extract(_complaint("案由：运输合同纠纷\n", claims, facts3)).cause_of_action == "运输合同纠纷"
