"""Cause rules written after the holdout52/53 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause where one is at risk."""

from courtdoc.extraction import extract


def _complaint(claims: str, facts: str, cause: str = "") -> str:
    return ("民事起诉状\n原告：范晓萱，女，1974年3月15日出生，汉族，住安徽省芜湖市镜湖区北京东路88号。\n"
            "被告：葛振东，男，1980年9月2日出生，汉族，住安徽省芜湖市弋江区中山南路201号。\n"
            + (f"案由：{cause}\n" if cause else "")
            + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n芜湖市弋江区人民法院\n具状人：范晓萱\n2025年4月2日")


def test_appeal_over_rain_let_into_the_appellees_yard_is_drainage():
    text = ("民事上诉状\n上诉人（原审被告）：屈长顺，男，1958年5月6日出生，汉族，农民，住河北省沧州市献县河街镇后庄村5组12号。\n"
            "被上诉人（原审原告）：聂桂芬，女，1961年2月9日出生，汉族，农民，住河北省沧州市献县河街镇后庄村5组14号。\n"
            "上诉人因与被上诉人相邻关系纠纷一案，不服献县人民法院（2024）冀0929民初2211号民事判决，现提出上诉。\n"
            "上诉请求：\n一、撤销原判，改判驳回被上诉人的诉讼请求；二、诉讼费用由被上诉人负担。\n"
            "上诉理由：\n原审认定上诉人加高房基后雨水流进被上诉人院里，与事实不符。上诉人的房顶水全部经自家的管道向北排到街上。"
            "\n此致\n河北省沧州市中级人民法院\n上诉人：屈长顺\n2024年12月3日")
    assert extract(text).cause_of_action == "相邻用水、排水纠纷"


def test_answer_to_a_hired_workers_injury_claim_is_injury_to_one_providing_labour():
    # the claim called loosely 人身损害赔偿; the answer tells the hiring for pay, the fall and the items disputed
    text = ("答辩状\n答辩人：秦永福，男，1966年4月12日出生，汉族，住山西省晋中市榆次区东阳镇车辋村3组8号。\n"
            "被答辩人：侯二虎，男，1975年11月30日出生，汉族，住山西省晋中市榆次区东阳镇罕山村1组22号。\n"
            "答辩人就被答辩人诉答辩人人身损害赔偿一案，答辩如下：\n"
            "一、2024年9月答辩人雇请被答辩人为自家屋顶换瓦，讲好包干工钱1500元。被答辩人未系安全绳，从屋檐摔下受伤，"
            "其作为提供劳务一方自身存在过错。\n二、被答辩人主张的误工费、护理费过高，应按实际收入计算。\n"
            "此致\n晋中市榆次区人民法院\n答辩人：秦永福\n2025年1月8日")
    assert extract(text).cause_of_action == "提供劳务者受害责任纠纷"


def test_landlords_gas_bill_paid_for_the_tenant_is_part_of_the_lease():
    text = _complaint("一、判令被告支付拖欠的房租9600元及原告垫付的燃气费、水费820元；二、解除房屋租赁合同；三、诉讼费由被告负担。",
                      "被告租住原告位于赭山西路12号的房子，月租1200元。被告自去年11月起不交房租，燃气费也欠缴，"
                      "原告为免停气代其交纳燃气费。")
    assert extract(text).cause_of_action == "房屋租赁合同纠纷"
    # the gas company suing its customer for the bill is the supply contract
    text = _complaint("一、判令被告支付拖欠的燃气费3260元；二、诉讼费由被告负担。",
                      "原告芜湖港城燃气有限公司向被告住宅供气，被告自2023年起拖欠燃气费。")
    assert extract(text).cause_of_action == "供用气合同纠纷"


def test_dead_parents_costs_shared_among_children_keep_the_stated_support_duty():
    # no money asked for a living parent: the costs paid for the late father are shared out under the duty
    text = _complaint("1.判令被告分担父亲生前住院医疗费及丧葬费共计15600元；2.诉讼费由被告负担。",
                      "原、被告系兄妹。父亲于2024年6月病故，住院及丧事费用均由原告支付，被告拒不分担。",
                      cause="赡养纠纷")
    assert extract(text).cause_of_action == "赡养纠纷"
    # a living mother's monthly support asked is the support money
    text = _complaint("1.判令被告每月给付母亲赡养费800元；2.诉讼费由被告负担。",
                      "原告年老多病，无固定收入，被告系原告之子，拒不给付生活费。", cause="赡养纠纷")
    assert extract(text).cause_of_action == "赡养费纠纷"


def test_household_contracted_orchard_let_out_is_land_management_right_lease():
    text = ("民事起诉状\n| 项目 | 内容 |\n|---|---|\n"
            "| 原告 | 闵德厚，男，1957年3月4日生，汉族，农民，住安徽省宣城市宁国市港口镇山门村4组9号 |\n"
            "| 被告 | 季红梅，女，1981年7月19日生，汉族，住浙江省湖州市安吉县递铺街道天荒坪路33号 |\n"
            "| 诉讼请求 | 1.解除双方签订的《茶园出租合同》；2.被告支付2024年度租金9600元；3.诉讼费由被告承担 |\n"
            "| 事实与理由 | 原告家庭承包本村山坡茶园12亩（有承包经营权证）。2020年3月原告将该茶园出租给被告采茶经营，"
            "每亩每年租金800元。被告2024年租金至今未付。 |\n| 具状人 | 闵德厚　2025年2月3日 |")
    assert extract(text).cause_of_action == "土地经营权出租合同纠纷"


def test_deckhands_pay_on_a_fishing_boat_is_a_seamans_service_contract():
    text = ("法院：\n我叫单二柱，男，1969年8月3日生，家住威海市荣成市石岛镇东山村。\n"
            "我告船东鞠长海，男，六十岁左右，家在荣成市俚岛镇。他的渔船是鲁荣渔58326号。\n"
            "去年4月到10月我在他的渔船上干活，讲好每个月5500元，一共38500元，他只给了15000元，剩下的一直拖着。\n"
            "我要他把欠我的23500元给我。\n单二柱\n2025.1.6")
    assert extract(text).cause_of_action == "船员劳务合同纠纷"
    # a land job's wages stay a labour or service case
    text = _complaint("一、判令被告支付劳务费8000元；二、诉讼费由被告负担。",
                      "2024年5月原告为被告家翻修院墙，讲好工钱8000元，完工后被告至今未付。")
    assert extract(text).cause_of_action != "船员劳务合同纠纷"
