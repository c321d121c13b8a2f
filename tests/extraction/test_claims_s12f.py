"""Claims sums read from shapes of holdout162-165: a share of a stated total, the payees counted before 每人, money
held in one side's account divided, and what the one sued has advanced; each tested on a document written for it."""

from .samples import amount_of as _amount

_HEAD = ("民事起诉状\n原告：韦晓敏，女，1985年2月3日出生，住广西壮族自治区柳州市城中区文惠路12号。\n"
         "被告：覃国栋，男，1982年7月9日出生，住广西壮族自治区柳州市鱼峰区箭盘路40号。\n")
_TAIL = "\n事实与理由：\n双方因上述事项发生争议，协商未果。\n此致\n柳州市城中区人民法院\n具状人：韦晓敏\n2024年5月6日\n"


def test_half_of_a_total_in_capitals_then_in_figures():
    # the total in capital numerals, its half named and written twice: the half is asked once
    text = (_HEAD + "诉讼请求：\n1.判令被告每月支付抚养费1800元；\n"
            "2.判令被告负担子女已发生的学费、住院费合计人民币捌仟肆佰元整的一半，即肆仟贰佰元（¥4200.00）；\n"
            "3.诉讼费由被告负担。" + _TAIL)
    assert _amount(text) == 4200.0


def test_payees_counted_then_sum_each():
    text = (_HEAD.replace("原告：韦晓敏", "原告一：韦晓敏\n原告二：蓝秀清\n原告三：黄春妹")
            + "诉讼请求：\n1.判令被告支付三原告误餐补助每人450元；\n2.诉讼费由被告负担。" + _TAIL)
    assert _amount(text) == 1350.0


def test_deposit_in_ones_account_divided_share_paid():
    text = (_HEAD + "诉讼请求：\n1.判决原告与被告离婚；\n"
            "2.被告名下中国农业银行柳州分行账户（尾号5520）内存款约6.4万元，系婚后共同积蓄，请求依法分割，"
            "由被告支付原告3.2万元；\n3.诉讼费由被告负担。" + _TAIL)
    assert _amount(text) == 32000.0


def test_sum_advanced_by_the_one_sued_not_asked():
    text = (_HEAD + "诉讼请求：\n1.医疗费：18250元\n2.交通费：600元\n3.是否已垫付：被告覃国栋已垫付医疗费5000元\n"
            "4.诉讼费用承担：由被告承担" + _TAIL)
    assert _amount(text) == 18850.0


def test_sum_the_plaintiff_advanced_is_asked():
    text = (_HEAD + "诉讼请求：\n1.判令被告返还原告已垫付的医疗费5000元；\n2.诉讼费由被告负担。" + _TAIL)
    assert _amount(text) == 5000.0
