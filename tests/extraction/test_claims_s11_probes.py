"""Amounts learnt by probing with documents of our own (no dev document had these shapes): a deposit doubled and
restated as one sum; an appeal that asks only to reverse, reciting what the plaintiff sued for."""

from courtdoc.extraction import extract

_HEAD = "民事起诉状\n原告：张伟，男，1980年1月1日出生，住北京市朝阳区建国路1号。\n被告：李强，男，1982年2月2日出生，住北京市海淀区中关村大街2号。\n诉讼请求：\n"


def test_a_doubled_deposit_restated_as_one_sum_is_that_sum():
    text = _HEAD + "1.判令被告返还原告购车定金3万元，并双倍返还定金，即支付6万元；\n2.诉讼费由被告承担。\n"
    assert extract(text).amount_claimed == 60000


def test_two_sums_asked_side_by_side_still_add():
    text = _HEAD + "1.判令被告返还定金3万元，并支付违约金1万元；\n2.诉讼费由被告承担。\n"
    assert extract(text).amount_claimed == 40000


def test_an_appeal_asking_only_to_reverse_takes_the_sum_sued_for_at_first_instance():
    text = ("民事上诉状\n上诉人（原审被告）：赵刚，男，1982年2月2日出生，住北京市海淀区学院路2号。\n"
            "被上诉人（原审原告）：钱芳，女，1980年1月1日出生，住北京市朝阳区建国路1号。\n"
            "上诉人因与被上诉人民间借贷纠纷一案，不服北京市朝阳区人民法院（2024）京0105民初100号民事判决，现提起上诉。\n"
            "上诉请求：\n1.撤销一审判决，改判驳回被上诉人的全部诉讼请求；2.一、二审诉讼费由被上诉人承担。\n"
            "事实与理由：\n原审原告起诉请求判令上诉人偿还借款8万元。一审认定借款事实错误。\n此致\n北京市第三中级人民法院\n")
    assert extract(text).amount_claimed == 80000
