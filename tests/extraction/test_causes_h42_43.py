"""Cause rules added after the holdout42-43 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.sections import cause_explicit


def _stated(text: str) -> str | None:
    found = cause_explicit(text, 0, len(text))
    return found[0] if found else None


def test_a_stated_house_sale_under_a_presale_contract_is_the_presale_cause():
    text = ("上诉人卜立新因与被上诉人安阳恒泰房地产开发有限公司房屋买卖合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "一审法院认定事实：2020年5月3日，双方签订《商品房买卖合同（预售）》，约定被告于2022年12月31日前交付房屋，"
            "卜立新支付购房款862000元。被告至2023年9月方交付。")
    assert _stated(text) == "商品房预售合同纠纷"
    # (a second-hand flat sold between two people keeps the stated family)
    resale = ("原告武秀云与被告池国良房屋买卖合同纠纷一案，本院受理后依法审理。\n经审理查明：2021年，原告购买被告名下"
              "已取得不动产权证的二手房一套，房款已付清，被告至今未配合办理过户。")
    assert _stated(resale) == "房屋买卖合同纠纷"


def test_a_stated_carriage_by_a_plated_vehicle_is_road_carriage_of_goods():
    text = ("答辩人就被答辩人诉答辩人运输合同纠纷一案，答辩如下：\n被答辩人将两百箱瓷砖交给答辩人，答辩人安排车辆"
            "豫C·7K215承运至洛阳，途中部分瓷砖破损，破损系装货时包装不当所致。")
    assert _stated(text) == "公路货物运输合同纠纷"
    # (freight owed with no vehicle named keeps the stated family)
    plain = ("答辩人就被答辩人诉答辩人运输合同纠纷一案，答辩如下：\n双方之间的运费已经结清，答辩人不欠被答辩人运费。")
    assert _stated(plain) == "运输合同纠纷"


def test_a_stated_service_contract_to_run_an_online_shop_is_the_network_service_cause():
    text = ("原告苗家果园与被告杭州云帆电商服务有限公司服务合同纠纷一案，本院立案后依法审理。\n原告诉称：双方约定由被告"
            "为原告的淘宝店铺代运营，提供商品上架、推广及客服服务，服务费每月9000元，被告未达到约定销售额。")
    assert _stated(text) == "网络服务合同纠纷"
    # (cleaning an office is a service done offline: the stated family stays)
    office = ("原告某保洁公司与被告某商贸公司服务合同纠纷一案，本院立案后依法审理。\n原告诉称：原告为被告办公楼提供"
              "保洁服务，被告尚欠服务费12000元。")
    assert _stated(office) == "服务合同纠纷"


def test_a_stated_product_case_answered_by_the_shop_that_sold_it_is_the_sellers_liability():
    text = ("答辩人因被答辩人诉答辩人产品责任纠纷一案，答辩如下：\n被答辩人称其在答辩人处购买的电热水壶使用时漏电，"
            "致其手部受伤，要求赔偿医疗费4600元。答辩人出售的水壶均有合格证，漏电系被答辩人自行拆修所致。")
    assert _stated(text) == "产品销售者责任纠纷"
    # (an answer that says nothing of who made or sold the thing keeps the stated family)
    vague = ("答辩人因被答辩人诉答辩人产品责任纠纷一案，答辩如下：\n被答辩人主张的损失没有证据，请求驳回其诉讼请求。")
    assert _stated(vague) == "产品责任纠纷"


def test_a_stated_labour_contract_case_over_severance_alone_is_the_severance_cause():
    text = ("答辩人就被答辩人诉答辩人劳动合同纠纷一案，答辩如下：\n被答辩人请求答辩人支付解除劳动合同经济补偿金31200元"
            "没有依据。被答辩人系主动辞职，且其离职前十二个月平均工资为5200元，并非其所称的6000元。")
    assert _stated(text) == "经济补偿金纠纷"
    # (wages said to be owed beside the severance keep the labour contract)
    both = ("答辩人就被答辩人诉答辩人劳动合同纠纷一案，答辩如下：\n一、答辩人已按时足额支付被答辩人工资，不存在拖欠；"
            "二、被答辩人主张的经济补偿金没有依据。")
    assert _stated(both) == "劳动合同纠纷"


def test_a_day_labourer_who_fell_at_a_house_build_is_hurt_providing_labour():
    from courtdoc.extraction.cause_rules import infer_cause

    claims = "判令两被告赔偿医疗费21000元、误工费6000元、护理费2400元，合计29400元。"
    facts = ("被告甲在镇上盖三层楼房，把活包给了被告乙。被告乙叫我哥哥去当小工，说好一天200元。去年十月，我哥哥"
             "在二楼搭模板，踩空了，人从二楼掉到地上，左腿骨折。")
    cue = infer_cause(claims, facts)
    assert cue and cue.cause == "提供劳务者受害责任纠纷"
    # (someone hurt walking past the site, no work done for anyone, is no such case)
    passer = "我路过被告家门口，被告家楼上掉下一块砖，砸伤了我的头。"
    cue = infer_cause("判令被告赔偿医疗费8000元", passer)
    assert not cue or cue.cause != "提供劳务者受害责任纠纷"
