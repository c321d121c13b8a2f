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
