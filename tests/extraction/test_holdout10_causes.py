"""Cause-of-action rules the holdout10 extraction set showed, as general legal knowledge."""

from __future__ import annotations

from courtdoc.extraction.cause_rules import infer_cause


def test_sale_of_a_flat_is_a_house_sale():
    facts = ("原告与被告签订《存量房买卖合同》，约定原告购买被告名下位于某市某路1号的房屋，总价款128万元，原告支付定金10万元。"
             "后被告拒绝办理网签及过户手续。")
    assert infer_cause("判令被告双倍返还定金20万元", facts, ()).cause == "房屋买卖合同纠纷"
    # a developer buying steel is still a sale of goods
    assert infer_cause("判令被告支付货款30万元", "被告系开发商，向原告采购钢材，约定网签后付款。", ()).cause == "买卖合同纠纷"


def test_cohabitants_dividing_property():
    claims = "依法分割原、被告同居期间共同出资购买的小型轿车，车辆归被告所有，被告支付原告折价款6.5万元；判令被告返还原告垫付的车辆贷款3.2万元"
    facts = "原、被告于2019年起同居生活，未办理结婚登记。2021年共同出资购买上述车辆。2023年双方解除同居关系，就财产分割未能协商一致。"
    assert infer_cause(claims, facts, ()).cause == "同居关系析产纠纷"
    # a co-owner's 折价款 is no price; an ordinary car sale stays a sale
    assert infer_cause("判令被告支付购车价款6.5万元", "原告向被告出售小型轿车一辆。", ()).cause == "买卖合同纠纷"


def test_defective_product_injuring_its_user():
    claims = "判令二被告连带赔偿原告医疗费12,345.6元、护理费3,000元、交通费800元，以上合计16,145.6元"
    facts = ("原告之母在被告一处购买被告二生产的电动玩具车一辆。原告在玩耍时该玩具车电池仓突然发热起火，致原告右手烧伤。"
             "该产品存在设计缺陷，二被告应承担赔偿责任。")
    cue = infer_cause(claims, facts, ())
    assert cue.cause == "产品责任纠纷" and cue.strong  # strong: a classifier guess cannot override it
    # goods that are merely faulty, with no harm to anyone, stay a sale
    assert infer_cause("判令被告退还货款5000元", "原告向被告购买空调一台，安装后无法制冷。", ()).cause == "买卖合同纠纷"


def test_object_falling_from_a_building_over_its_manager():
    claims = "判令二被告赔偿原告车辆维修费18,600元、车辆贬值损失5000元"
    facts = ("台风过境，被告二所有的1802户窗户玻璃及铝合金窗框脱落，砸中原告停放在楼下的轿车。"
             "被告一作为小区物业服务人，未尽到安全保障义务。")
    parties = ("于某", "青岛某某物业服务有限公司", "王某某")
    assert infer_cause(claims, facts, parties).cause == "物件脱落、坠落损害责任纠纷"
    # the manager suing for its fees stays a service-contract case, whatever the owner blames
    fee_facts = "被告以外墙瓷砖脱落未修复为由拒交物业费。"
    assert infer_cause("判令被告支付物业费3600元", fee_facts, parties[1:2]).cause == "物业服务合同纠纷"
    # a worker who falls from a cradle on an outer wall is no falling object
    worker = "庞某受被告一雇请在该工地从事外墙涂料作业时，从吊篮坠落，经抢救无效死亡。"
    assert infer_cause("判令二被告连带赔偿死亡赔偿金815,960元", worker, ()).cause != "物件脱落、坠落损害责任纠纷"


def test_removing_an_obstruction_of_a_passage():
    claims = "判令二被告立即拆除其在原告房屋东侧公共通道上搭建的彩钢棚及堆放的杂物，恢复通道畅通；判令二被告停止在该通道停放车辆"
    facts = "原、被告系邻居。二被告在通道上搭建彩钢棚，堆放木材并停放三轮车，经社区多次调解，被告拒不拆除。"
    cue = infer_cause(claims, facts, ())
    assert cue.cause == "排除妨害纠纷" and cue.strong
    # a landlord who also wants the tenant's additions removed sues on the lease
    lease = infer_cause("判令被告腾退房屋，拆除其在租赁房屋内搭建的隔断；判令被告支付拖欠租金3万元", "被告承租原告房屋。", ())
    assert lease.cause == "房屋租赁合同纠纷"


def test_subcontractor_suing_for_the_subcontract_price():
    claims = "判令二被告连带支付原告工程分包款人民币1,356,800.50元"
    facts = "被告一将其承建的安置房项目主体结构劳务作业分包给原告，双方签订《劳务分包合同》。原告已完成全部分包工作并经验收合格。"
    assert infer_cause(claims, facts, ()).cause == "建设工程分包合同纠纷"
    # a worker hurt on a site the defendant subcontracted to someone else sues for his injury
    worker = "被告二将其承建的外墙涂料工程分包给无施工资质的被告一。原告受被告一雇请在该工地作业时受伤。"
    assert infer_cause("判令二被告连带赔偿医疗费3万元", worker, ()).cause == "提供劳务者受害责任纠纷"


def test_claims_list_under_a_misread_heading():
    from courtdoc.extraction.claims import extract_claims

    text = ("诉讼请未：\n一、判令二被告连带支付原告工程分包款人民币1,356,800.50元；\n"
            "二、判令二被告以上述欠款为基数，按一年期贷款市场报价利率支付逾期付款利息至实际付清之日止；\n"
            "三、本案诉讼费、保全费由二被告承担。\n事实和埋由：2022年3月，被告一将劳务作业分包给原告。")
    res = extract_claims(text, 0, len(text))
    assert len(res.claims) == 3 and res.claims[0].startswith("判令二被告连带支付原告工程分包款")
    assert res.amount == 1356800.5


def test_joint_liability_for_part_of_an_earlier_sum_adds_nothing():
    from courtdoc.extraction.claims import extract_claims

    text = ("诉讼请求：\n1、判令被告一立即删除涉案短视频；\n2、判令被告一赔偿原告经济损失100,000元、维权合理开支8,000元；\n"
            "3、判令被告二对第2项中的2万元承担连带责任；\n4、本案诉讼费由二被告承担。\n事实与理由：略。")
    assert extract_claims(text, 0, len(text)).amount == 108000.0
    # a joint debtor for a sum of its own still adds it
    own = "诉讼请求：\n1、判令被告一支付货款5万元；\n2、判令被告二支付违约金2万元，被告一承担连带责任。\n事实与理由：略。"
    assert extract_claims(own, 0, len(own)).amount == 70000.0


def test_full_width_decimal_point_after_thousands_groups():
    from courtdoc.extraction import extract

    text = ("民事起诉状\n原告：四川某某劳务有限公司，住所地四川省成都市武侯区武科东一路18号。\n"
            "被告：某某工程局有限公司，住所地湖北省武汉市武昌区中北路126号。\n"
            "诉讼请求：\n一、判令被告支付原告工程分包款人民币１，３５６，８００．５０元；\n二、本案诉讼费由被告承担。\n"
            "事实和理由：被告将劳务作业分包给原告，双方签订《劳务分包合同》。\n此致\n某某人民法院\n")
    el = extract(text)
    assert el.amount_claimed == 1356800.5
    assert el.cause_of_action == "建设工程分包合同纠纷"


def test_loose_floor_tile_in_a_shop_stays_a_safety_duty_case():
    facts = "原告在被告经营的商场购物时，因地面瓷砖脱落翘起，原告摔倒受伤。被告未尽到安全保障义务。"
    # the safety duty, at the level-4 cause the 2020 notice gives a shop's operator
    assert infer_cause("判令被告赔偿原告医疗费2万元", facts, ("某商场有限公司",)).cause == "经营场所、公共场所的经营者、管理者责任纠纷"
