"""Causes as holdout78-85 brought them: a fault told of the treatment itself (and a scar left, which is no estate), a
fight between the parties, the carrier's lorry that took the goods from one place to another, and children who each
agreed to give the parent a yearly sum."""


from .samples import cause_of as _cause


def test_cosmetic_clinic_whose_treatment_was_at_fault_and_left_a_scar_is_medical_harm():
    text = ("民事起诉状\n原告：单月华，女，1990年4月2日出生，住某省某市东城区春晖路9号。\n"
            "被告：某市丽人医疗美容门诊部有限公司，住所地某市西城区文化路55号。\n法定代表人：龚立，经理。\n"
            "诉讼请求：1.判令被告赔偿原告医疗费14,200元、误工费9,000元、精神损害抚慰金5,000元；2.诉讼费由被告承担。\n"
            "事实与理由：2023年6月，原告在被告处做双眼皮手术，术后伤口红肿化脓，到市人民医院清创后眼睑遗留明显瘢痕。"
            "被告的诊疗过程存在过失，应当赔偿。\n此致\n某市西城区人民法院\n具状人：单月华\n2024年1月8日")
    assert _cause(text) == "医疗损害责任纠纷"


def test_answer_telling_a_fight_in_which_the_plaintiff_fell_is_a_bodily_injury_not_a_premises_duty():
    text = ("民事答辩状\n答辩人：韦德昌，男，1978年6月3日生，住某省某县城关镇北街12号。\n"
            "被答辩人：蓝志勇，男，1990年9月21日生，住某省某县城关镇南街40号。\n"
            "针对被答辩人起诉答辩人一案，答辩意见如下：\n"
            "2024年3月2日，双方在菜市场门口因停车争执，被答辩人率先动手，双方互相推搡，被答辩人后退时摔倒，膝盖受伤。"
            "被答辩人自身过错明显，其主张的护理费过高，请求法院依法减轻答辩人的责任。\n"
            "此致\n某县人民法院\n答辩人：韦德昌\n2024年5月6日")
    assert _cause(text) == "生命权、身体权、健康权纠纷"


def test_judgment_stating_carriage_whose_goods_went_by_the_carriers_lorry_is_road_goods_carriage():
    text = ("某省某市某区人民法院\n民事判决书\n（2024）某0102民初551号\n"
            "原告：某市丰收果蔬贸易有限公司，住所地某市某区农贸路8号。\n法定代表人：谭卫，经理。\n"
            "被告：某市速达货运有限公司，住所地某市某区物流园3号。\n法定代表人：葛明，经理。\n"
            "原告某市丰收果蔬贸易有限公司与被告某市速达货运有限公司运输合同纠纷一案，本院受理后，依法适用简易程序公开开庭进行了审理。\n"
            "原告向本院提出诉讼请求：1.判令被告赔偿货物损失39000元；2.诉讼费由被告承担。事实和理由：2023年9月2日，"
            "被告用其货车将原告的12吨柑橘从某市运至某省会城市，途中车厢门未关严，货物大量摔损。\n"
            "被告辩称，损失数额过高。")
    assert _cause(text) == "公路货物运输合同纠纷"


def test_fathers_complaint_against_the_son_who_stopped_his_share_of_the_agreed_yearly_money_is_support_money():
    # the sons' family division is only when the keep was agreed; the father's yearly money is what is asked
    text = ("起诉书\n我叫柏长顺，男，1950年2月3日生，住某省某县柏家庄村5号。\n"
            "被告是我二儿子柏振东，男，1976年8月9日生，住某省某县柏家庄村9号。\n"
            "我两个儿子早年分家时商量好，两个儿子每人每年给我1500元。大儿子一直照给，二儿子从2021年起就不给了。\n"
            "我的要求：一、让他补上2021年到2023年欠我的4500元；二、以后每年给我1500元，我住院的钱两个儿子一人一半。\n"
            "此致\n某县人民法院\n柏长顺\n2024年3月1日")
    assert _cause(text) == "赡养费纠纷"


def test_dog_bite_with_the_property_company_sued_beside_the_keepers_is_the_animals_harm():
    text = ("起诉状\n我叫龚桂芝，女，1958年7月1日生，住某市某区文昌路20号。\n"
            "被告一：邝国栋，男，1985年3月3日生，住某市某区锦绣家园5号楼302室。\n"
            "被告二：某市锦绣物业服务有限公司，住所地某市某区锦绣家园1号。\n"
            "2024年8月5日傍晚，我在锦绣家园散步，邝国栋家的泰迪犬没拴绳，冲过来咬伤我右脚踝。物业明知有人天天不拴绳遛狗也不管。"
            "我打了狂犬疫苗，花费医疗费2,300元、交通费150元。\n"
            "我的要求：邝国栋赔偿我2,450元，物业公司未尽管理义务，承担连带责任；诉讼费由被告承担。\n"
            "此致\n某区人民法院\n龚桂芝\n2024年9月1日")
    assert _cause(text) == "饲养动物损害责任纠纷"


def test_online_bought_heater_that_caught_fire_and_burnt_the_buyers_things_is_the_sellers_product_liability():
    text = ("民事起诉状\n原告：景秋菊，女，1979年11月2日出生，住某省某县河湾镇新庄村六组。\n"
            "被告：某市暖冬电器经营部，经营者聂志高，住所地某省某市工业路77号。\n"
            "诉讼请求：一、判令被告退还货款860元，赔偿原告财产损失15400元；二、诉讼费由被告负担。\n"
            "事实与理由：2024年11月，原告在淘宝被告开设的网店购买取暖器一台。2025年1月3日夜间，取暖器突然起火，烧毁原告卧室的被褥、"
            "衣柜和一台电视机。消防部门认定起火原因为取暖器内部线路故障。被告销售的产品存在缺陷，应当赔偿。\n"
            "此致\n某县人民法院\n具状人：景秋菊\n2025年2月10日")
    assert _cause(text) == "产品销售者责任纠纷"


def test_answer_denying_a_labour_service_relation_to_a_tradesman_asking_his_pay_is_a_labour_service_contract():
    text = ("民事答辩状\n答辩人：某市宏图装饰工程有限公司，住所地某市某区建设路88号。\n法定代表人：卜文军，经理。\n"
            "被答辩人：冼志强，男，1980年5月6日出生，住某省某县石门镇上坪村2组。\n"
            "被答辩人诉答辩人要求支付吊顶安装工钱一案，答辩意见如下：\n"
            "一、答辩人与被答辩人不存在劳务关系。涉案小区的吊顶工程由答辩人分包给包工头庞某，被答辩人是庞某找来的，工钱应由庞某支付。\n"
            "二、被答辩人主张的每天350元没有依据。\n请求驳回被答辩人的诉讼请求。\n"
            "此致\n某区人民法院\n答辩人：某市宏图装饰工程有限公司\n2024年7月2日")
    assert _cause(text) == "劳务合同纠纷"


def test_appeal_on_the_monthly_living_allowance_fixed_at_the_parents_divorce_is_child_support():
    text = ("民事上诉状\n上诉人（原审被告）：严国华，男，1987年2月14日生，住某省某市南湖区湖滨路9号。\n"
            "被上诉人（原审原告）：严思琪，女，2016年10月3日生，住某省某市北湖区花园街33号。\n"
            "法定代理人：卢静，女，1989年5月20日生，住址同上，系被上诉人之母。\n"
            "上诉人不服某市北湖区人民法院（2024）某0103民初2211号民事判决，提出上诉。\n"
            "上诉请求：撤销原判，改判上诉人每月给付被上诉人生活费800元。\n"
            "理由：原审判决每月2000元过高。上诉人去年失业，还要赡养年迈的父亲。双方离婚协议约定每月800元，应按约定执行。\n"
            "此致\n某市中级人民法院\n上诉人：严国华\n2024年8月1日")
    assert _cause(text) == "抚养费纠纷"
