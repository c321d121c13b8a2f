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
