"""Causes as holdout86-93 brought them: an e-bike told as a 非机动车 (the word holds 机动车, which it is not), ..."""


from .samples import cause_of as _cause


def test_pedestrian_hit_by_an_electric_bicycle_called_a_non_motor_vehicle_is_a_non_motor_accident():
    text = ("民事起诉状\n原告：孔令瑶，女，2012年3月9日出生，住某省某市新城区桃源路6号。\n"
            "法定代理人：孔伟，男，系原告之父，住址同原告。\n"
            "被告：严冬，男，1990年11月2日出生，住某省某市新城区柳湾街21号。\n"
            "诉讼请求：1.判令被告赔偿原告医疗费8,300元、护理费1,600元；2.诉讼费由被告承担。\n"
            "事实与理由：2024年9月3日，原告在桃源路人行横道步行时，被告骑电动自行车闯红灯将原告撞倒，致原告左腿骨折。"
            "交警部门认定被告负事故全部责任。被告驾驶非机动车违反通行规定，应当赔偿。\n"
            "此致\n某市新城区人民法院\n具状人：孔伟\n2024年12月2日")
    assert _cause(text) == "非机动车交通事故责任纠纷"
