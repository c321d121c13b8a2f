"""Causes as holdout110-117 brought them: an e-bike (电动车) collision with no motor vehicle told is a 非机动车 accident.
Every snippet is our own."""


from .samples import cause_of as _cause


def test_an_e_bike_running_a_walker_down_is_a_non_motor_accident():
    text = ("起诉书\n我叫霍秀英，女，1956年4月2日出生，身份证号410102195604020028，住某市金水区文化路19号院3号楼1单元202。\n"
            "被告：游子航，男，2001年1月9日出生，身份证号410102200101090014，住某市二七区大学路77号。\n"
            "去年11月6日上午，我在花园路口过人行横道，游子航骑着电动车闯红灯把我撞倒，左腿骨折。交警认定他负全部责任。\n"
            "我要求他赔我医疗费、护理费等共计12400元。\n霍秀英\n2025年1月3日")
    assert _cause(text) == "非机动车交通事故责任纠纷"


def test_an_e_bike_hit_by_a_car_or_an_electric_motorcycle_stays_the_motor_accident():
    car = ("原告：覃海燕，女，1979年2月2日出生，住某市青秀区民族大道88号。\n被告：韦建军，男，1983年5月5日出生，住某市兴宁区朝阳路6号。\n"
           "诉讼请求：判令被告赔偿原告各项损失2.6万元。\n事实与理由：原告骑电动车在路口直行，被告驾驶桂A·K5312号小型轿车左转，"
           "将原告撞倒致伤，交警认定被告负主要责任。")
    assert _cause(car) == "机动车交通事故责任纠纷"
    motorcycle = ("原告：覃海燕，女，1979年2月2日出生，住某市青秀区民族大道88号。\n被告：韦建军，男，1983年5月5日出生，住某市兴宁区朝阳路6号。\n"
                  "诉讼请求：判令被告赔偿原告各项损失2.6万元。\n事实与理由：被告驾驶电动摩托车在路口与原告骑行的电动车相撞，"
                  "致原告受伤，交警认定被告负全部责任。")
    assert _cause(motorcycle) == "机动车交通事故责任纠纷"


def test_a_hand_a_gang_boss_hired_struck_by_a_falling_stone_at_work_is_the_hurt_workers_case():
    text = ("民事起诉状\n原告：龚德旺，男，1982年3月4日出生，汉族，住某县石门镇河口村二组。\n"
            "被告：谭有才，男，1975年6月7日出生，汉族，住某县石门镇新街18号，系采石场包工头。\n"
            "诉讼请求：\n1、判令被告赔偿原告医疗费18000元、误工费9000元、护理费4000元，合计31000元；\n2、诉讼费由被告承担。\n"
            "事实和理由：原告是谭有才雇的人，在采石场打炮眼，一天三百元。2025年6月2日，崖上松动的石块掉下来砸在原告右腿上，"
            "致右胫骨骨折。被告只付了两千元。\n此致\n某县人民法院\n具状人：龚德旺\n2025年8月1日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_a_harvester_that_left_the_crop_on_the_ground_and_took_too_much_fee_is_the_farm_machine_service():
    text = ("民事起诉状\n原告：廖长顺，男，1961年2月2日出生，住某县柳河乡西岗村三组。\n"
            "被告：韩德利，男，1980年8月8日出生，住某县柳河乡东岗村。\n"
            "诉讼请求：一、判令被告赔偿原告小麦减产损失6000元；二、判令被告返还多收的收割费300元。\n"
            "事实与理由：2025年6月，被告开收割机到我村收麦，原告与其约定收割三十亩，每亩六十元。被告收割时割茬过高，"
            "麦穗大量掉落在地里没能收起，后遇大雨全部烂掉。被告还多算了五亩的钱。")
    assert _cause(text) == "农机作业服务合同纠纷"


def test_a_stated_carriage_case_where_the_carriers_own_lorry_carried_for_the_other_is_carriage_by_road():
    text = ("民事上诉状\n上诉人（原审被告）：某市宏远建材有限公司，住所地某市北区工业路9号。\n"
            "被上诉人（原审原告）：邵金虎，男，1984年1月1日出生，住某县河湾村。\n"
            "上诉人因与被上诉人运输合同纠纷一案，不服某县人民法院民事判决，提起上诉。\n"
            "上诉请求：撤销原判，驳回被上诉人的诉讼请求。\n"
            "事实与理由：被上诉人自有自卸车两辆，2025年为上诉人从北山砂场向城区工地拉沙石，运费按车结算。一审认定欠付运费错误。")
    assert _cause(text) == "公路货物运输合同纠纷"


def test_a_freight_firms_answer_on_a_waybill_with_the_goods_loaded_or_carried_to_a_market_is_carriage_by_road():
    text = ("民事答辩状\n答辩人：某市通达货运有限公司，住所地某市东区物流港6号。\n"
            "被答辩人：简国庆，男，1979年5月5日出生，住某市西区胜利路3号。\n"
            "答辩人就被答辩人诉答辩人运输合同纠纷一案，答辩如下：\n"
            "一、被答辩人托运的玻璃在装车时没有按约定加固，破损是其包装不当所致；二、运单载明声明价值为五千元。")
    assert _cause(text) == "公路货物运输合同纠纷"


def test_a_phone_bought_in_a_shop_a_company_runs_on_a_platform_is_an_online_sale():
    text = ("关于网上买到假耳机的起诉\n2025年3月1日我在某某购物平台上某市声海电子有限公司开的“声海专营店”买了一副耳机，付了1299元，"
            "收到后鉴定是假货。\n请求法院判决：1、被告退还货款1299元；2、被告按货款三倍赔偿3897元。\n"
            "被告：某市声海电子有限公司，住所地某市高新区软件园5栋。\n起诉人：田晓雯，女，1995年9月9日生，住某市东区花园路1号。")
    assert _cause(text) == "信息网络买卖合同纠纷"


def test_a_case_named_by_its_rearing_buy_back_contract_is_the_official_growing_and_rearing_cause():
    text = ("民事上诉状\n上诉人（原审原告）：哈力木，男，1980年1月2日出生，住某县草原乡一村。\n"
            "被上诉人（原审被告）：某市绿野畜牧有限公司，住所地某市南区牧业路3号。\n"
            "上诉人因与被上诉人养殖回收合同纠纷一案，不服某县人民法院民事判决，现提起上诉。\n"
            "上诉请求：改判被上诉人支付牛犊回收款32000元。")
    assert _cause(text) == "种植、养殖回收合同纠纷"


def test_an_answer_agreeing_to_the_divorce_and_asking_custody_and_the_property_divided_is_the_divorce():
    text = ("答辩状\n答辩人：阮晓燕，女，1992年3月3日出生，住某市南区海滨路7号。\n"
            "被答辩人：蔡志斌，男，1989年8月8日出生，住某市北区中山路22号。\n"
            "答辩人对被答辩人起诉离婚一案答辩如下：\n一、答辩人同意离婚。\n"
            "二、儿子一直随答辩人生活，应由答辩人继续抚养，被答辩人支付抚养费。\n"
            "三、婚后购买的车辆属于夫妻共同财产，应依法分割。\n此致\n某市北区人民法院\n答辩人：阮晓燕")
    assert _cause(text) == "离婚纠纷"


def test_an_answer_over_a_house_the_father_built_parted_among_the_family_is_dividing_the_household():
    text = ("民事答辩状（二审）\n答辩人（被上诉人、原审原告）：骆大成，男，1955年2月2日生，住某县新桥镇河西村8号。\n"
            "被答辩人（上诉人、原审被告）：骆小军，男，1982年3月3日生，住某市城东路9号。\n"
            "答辩人就被答辩人不服一审判决提起的上诉，答辩如下：\n"
            "一、河西村8号二层楼房系答辩人于2003年出资建造，被答辩人仅在2015年加盖时出资2万元。\n"
            "二、家庭成员早已分开生活，一审将一层分归答辩人所有、二层归被答辩人，分割合理。\n"
            "请求驳回上诉。\n此致\n某市中级人民法院\n答辩人：骆大成")
    assert _cause(text) == "分家析产纠纷"


def test_an_answer_to_whether_the_two_stand_in_a_labour_relationship_is_its_confirmation():
    text = ("答辩状\n答辩人（被告）：某县宏发砂石有限公司，住所地某县城关镇工业路3号。\n"
            "被答辩人（原告）：戴云飞，男，1990年1月1日出生，住某县北坡村。\n"
            "答辩人对被答辩人请求确认双方存在劳动关系一事，答辩如下：\n"
            "被答辩人系案外人自行雇用的司机，负责砂石运输，由案外人安排和管理，双方不存在劳动关系。\n此致\n某县人民法院")
    assert _cause(text) == "确认劳动关系纠纷"


def test_a_wall_built_on_the_only_way_behind_the_appellants_house_is_the_neighbours_passage():
    text = ("上诉状\n上诉人（一审原告）：邢万山，男，1950年5月5日生，住某县河口镇前进村3组。\n"
            "被上诉人（一审被告）：蒲德胜，男，1970年6月6日生，住某县河口镇前进村3组。\n"
            "上诉请求：撤销原判，改判被上诉人拆除在上诉人屋后小道上垒起的土墙，恢复通行。\n"
            "事实与理由：屋后小道是上诉人去承包地的唯一通道，被上诉人在道上垒墙把路堵死，一审认定事实不清。")
    assert _cause(text) == "相邻通行纠纷"


def test_water_through_the_ceiling_from_the_flat_above_after_its_fitting_out_is_damage_to_property():
    text = ("某区人民法院：\n我是汤玉兰，女，1960年1月1日生，住某市东区和平里5号楼201室。我告楼上301的户主秦海，男，住同楼301室。\n"
            "事情是这样：去年301室装修时把卫生间防水层打坏了，我家卫生间顶上一直渗水，吊顶泡坏，墙皮脱落。我找了秦海好几次，他说装修队负责。\n"
            "我的请求：秦海赔偿我房屋修复费用8000元。\n汤玉兰\n2025年2月1日")
    assert _cause(text) == "财产损害赔偿纠纷"


def test_an_account_banned_by_the_operator_pleaded_as_a_breach_of_the_service_contract_is_that_contract():
    text = ("起诉状\n原告：侯明轩，男，1998年2月2日出生，住某市西区学府路3号。\n被告：某市云游网络科技有限公司，住所地某市高新区创业路1号。\n"
            "诉讼请求：1、判令被告解除对原告游戏账号的封禁，恢复该账号及账号内全部虚拟物品；2、判令被告赔偿原告损失5000元。\n"
            "事实和理由：原告在被告运营的游戏中充值一万余元，被告以疑似外挂为由永久封禁原告账号，不出示证据。"
            "原告认为被告违反双方之间的网络服务合同约定。")
    assert _cause(text) == "网络服务合同纠纷"


def test_a_neighbours_new_floors_taking_the_winter_sun_is_light_not_heating_for_an_electric_heater_bought():
    text = ("某区人民法院：\n我叫閻守義，男，1958年2月3日出生，住某市北区胡同5号。我要告我家南边的葛长林，住某市北区胡同3号。\n"
            "他去年在平房上又盖了两层，离我家北屋只有五米远。冬天太阳都照不进来，屋里又冷又潮。\n"
            "我的要求：让他把加盖的两层拆掉，恢复我家的采光；赔我多烧煤、买电暖气的钱3000元。\n閻守義\n2025年3月1日")
    assert _cause(text) == "相邻采光、日照纠纷"


def test_a_couple_asking_the_deposit_their_former_home_was_let_on_is_the_house_lease():
    text = ("我叫龙小梅，女，1993年4月5日出生，住某市芙蓉区五一路12号。我和我老伴两个人一起告她。她叫石桂花，女，六十岁左右，住某市芙蓉区解放路8号。\n"
            "我们在她那里住了两年，去年底搬走了，她收了我们押金6000元不退。\n我们要求她把6000元还给我们。\n龙小梅\n2025年4月1日")
    assert _cause(text) == "房屋租赁合同纠纷"


def test_an_e_bikes_battery_that_caught_fire_and_burnt_it_bought_in_the_defendants_shop_is_the_sellers_liability():
    text = ("尊敬的法官：\n我叫卜玉珍，女，1960年5月5日生，住某市北区人民路3号。我想告“鑫达车行”，老板叫欧阳亮，店在某市北区建设路9号。\n"
            "事情是这样的：去年我在他店里买了一台电动自行车，花了2980元。今年2月晚上在楼下充电，电瓶突然起火，把车子全部烧光了。"
            "老板说是我充电不对，不赔。\n我要求：一、退我车钱2980元；二、赔我被烧的东西500元。\n卜玉珍\n2025年3月9日")
    assert _cause(text) == "产品销售者责任纠纷"


def test_an_answer_to_a_village_group_asking_a_shed_on_its_yard_pulled_down_is_removing_an_obstruction():
    text = ("答辩状\n答辩人：殷国富，男，1962年3月3日生，住某县柳塘村下湾组9号。\n被答辩人：某县柳塘村下湾村民小组。\n负责人：殷长生，组长。\n"
            "答辩人就被答辩人要求答辩人拆除在组集体打谷场上搭建的柴棚一案，答辩如下：\n"
            "该柴棚系2001年经时任组长同意搭建，多年来无人提出异议；现被答辩人要求拆除，实际是想把场地出租给他人开店。请求驳回其诉讼请求。\n"
            "此致\n某县人民法院\n答辩人：殷国富")
    assert _cause(text) == "排除妨害纠纷"
