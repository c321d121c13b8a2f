"""A sum each of several pays with its total in brackets after it ("各支付…元（共计…元）") asks the total; common
money told whole, its division asked and a share paid later in the sentence, asks the share."""

from courtdoc.extraction import extract

_HEAD = ("民事起诉状\n原告：邵玉兰，女，1950年3月8日出生，汉族，住河南省信阳市平桥区洋山镇何寨村七组。\n"
         "被告：邵国庆，男，1972年5月1日出生，汉族，住同上。\n"
         "被告：邵国平，男，1975年9月9日出生，汉族，住同上。\n诉讼请求：\n")
_TAIL = ("事实与理由：\n原告年老体弱，二被告未尽赡养义务，诉至法院。\n此致\n信阳市平桥区人民法院\n"
         "具状人：邵玉兰\n2025年2月10日\n")


def test_each_of_two_pays_a_sum_and_the_bracketed_total_is_asked():
    text = _HEAD + ("1.判令被告邵国庆、邵国平各支付原告2024年1月至12月的赡养费3000元（共计6000元）；\n"
                    "2.判令二被告共同负担原告住院医疗费5120.50元；\n3.本案诉讼费由二被告负担。\n") + _TAIL
    assert extract(text).amount_claimed == 11120.5


def test_a_bracket_that_only_explains_the_sum_each_pays_adds_nothing():
    text = _HEAD + ("1.判令被告邵国庆、邵国平各支付原告赡养费3000元（2024年全年）；\n"
                    "2.本案诉讼费由二被告负担。\n") + _TAIL
    assert extract(text).amount_claimed == 3000


def test_a_bracketed_total_of_one_payer_is_not_multiplied():
    text = _HEAD + ("1.判令被告邵国庆支付原告赡养费3000元（共计3000元）；\n"
                    "2.本案诉讼费由二被告负担。\n") + _TAIL
    assert extract(text).amount_claimed == 3000


_FORM = ("民事起诉状\n（离婚纠纷）\n当事人信息\n原告\n姓名：陈晓燕\n性别：男□ 女☑\n出生日期：1990年7月2日\n"
         "住所地（户籍所在地）：湖北省荆州市沙市区北京中路18号\n被告\n姓名：黄志强\n性别：男☑ 女□\n"
         "出生日期：1987年1月15日\n住所地（户籍所在地）：湖北省荆州市沙市区江津东路6号\n诉讼请求和依据\n"
         "1.解除婚姻关系：☑ 请求判令原告与被告离婚\n")
_FORM_TAIL = "事实与理由\n双方感情确已破裂。\n此致\n荆州市沙市区人民法院\n具状人：陈晓燕\n2025年1月6日\n"


def test_common_savings_told_whole_then_the_share_paid_is_asked():
    text = _FORM + ("2.夫妻共同财产：☑ 存款：双方婚后共同存款12万元，存放在被告名下建设银行账户，请求依法分割，"
                    "由被告给付原告存款分割款6万元；房屋：无\n"
                    "3.子女抚养费：☑ 由被告一次性支付婚生女抚养费5万元\n4.诉讼费用：由被告负担\n") + _FORM_TAIL
    assert extract(text).amount_claimed == 110000


def test_common_savings_and_a_separate_sum_paid_without_a_division_both_count():
    text = _FORM + ("2.夫妻共同财产：☑ 存款：被告擅自取走夫妻共同存款3万元，应予返还；"
                    "被告支付原告离婚损害赔偿金2万元\n3.诉讼费用：由被告负担\n") + _FORM_TAIL
    assert extract(text).amount_claimed == 50000
