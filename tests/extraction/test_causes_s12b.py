"""Causes fixed by causes7: a first-instance "…劳动争议一案" asking one labour sub-cause, and lay letters' causes
(snippets written for these tests)."""

from courtdoc.extraction import extract

JUDGMENT = ("江苏省常州市武进区人民法院\n民事判决书\n（2024）苏0412民初5678号\n"
            "原告：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "被告：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n")


def test_a_labour_judgment_asking_wages_and_overtime_is_the_pay():
    text = JUDGMENT + ("原告钱立新与被告常州市远帆纺织有限公司劳动争议一案，本院立案后依法适用简易程序进行了审理。\n"
                       "钱立新向本院提出诉讼请求：一、判令被告支付2024年1月至3月工资15200元；二、判令被告支付加班费3600元。"
                       "事实和理由：原告在被告处从事织布工作，被告拖欠工资及加班费。\n被告辩称，原告未加班。")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_judgment_asking_wages_and_severance_keeps_the_family():
    text = JUDGMENT + ("原告钱立新与被告常州市远帆纺织有限公司劳动争议一案，本院立案后依法适用简易程序进行了审理。\n"
                       "钱立新向本院提出诉讼请求：一、判令被告支付2024年1月至3月工资15200元；二、判令被告支付解除劳动合同经济补偿金"
                       "20000元。事实和理由：原告在被告处从事织布工作，被告拖欠工资，原告解除劳动合同。")
    assert extract(text).cause_of_action == "劳动争议"


def test_a_labour_answer_replying_to_pay_alone_is_the_pay():
    text = ("民事答辩状\n答辩人：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被答辩人：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "答辩人就被答辩人诉答辩人劳动争议一案，答辩如下：\n"
            "一、被答辩人主张的2024年1月至3月工资，答辩人已支付大部分，余款系其违纪罚款。\n"
            "二、被答辩人主张的加班费没有证据，其岗位不存在加班。\n请求法院驳回被答辩人的诉讼请求。\n"
            "此致\n常州市武进区人民法院\n答辩人：常州市远帆纺织有限公司\n2024年6月3日")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_answer_replying_to_pay_and_severance_keeps_the_family():
    text = ("民事答辩状\n答辩人：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被答辩人：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "答辩人就被答辩人诉答辩人劳动争议一案，答辩如下：\n"
            "一、被答辩人主张的加班费没有证据，其岗位不存在加班。\n"
            "二、关于经济补偿金。被答辩人系自行离职，答辩人无须支付经济补偿金。\n请求法院驳回被答辩人的诉讼请求。\n"
            "此致\n常州市武进区人民法院\n答辩人：常州市远帆纺织有限公司\n2024年6月3日")
    assert extract(text).cause_of_action == "劳动争议"


def test_a_labour_appeal_stays_as_stated():
    text = ("民事上诉状\n上诉人（原审被告）：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被上诉人（原审原告）：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "上诉人因与被上诉人劳动争议一案，不服常州市武进区人民法院（2024）苏0412民初5678号民事判决，现提出上诉。\n"
            "上诉请求：1.撤销原判，改判上诉人无须支付工资15200元；2.诉讼费用由被上诉人负担。\n"
            "事实和理由：一审认定事实错误。\n此致\n常州市中级人民法院\n上诉人：常州市远帆纺织有限公司\n2024年8月1日")
    assert extract(text).cause_of_action == "劳动争议"
