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
