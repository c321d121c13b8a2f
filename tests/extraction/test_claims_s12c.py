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
