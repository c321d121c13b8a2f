"""Claims amounts: totals written in a claims table's own row, and a form's net total whose rest is laid on named
defendants (snippets of our own, not from the dev sets)."""
from courtdoc.extraction import extract

_HEAD = ("民事起诉状\n原告：韦秋兰，女，1970年3月2日出生，住广西壮族自治区南宁市青秀区民族大道12号。\n"
         "被告：覃国栋，男，1988年7月15日出生，住广西壮族自治区南宁市兴宁区朝阳路33号。\n"
         "被告：某某财产保险股份有限公司南宁中心支公司，住所地广西壮族自治区南宁市良庆区五象大道8号。\n")


def test_table_total_row_is_the_sum_not_added_to_its_rows():
    text = _HEAD + ("诉讼请求\n│1.医疗费│12350.20元\n│2.护理费│3600元\n│3.误工费│4200元\n│4.交通费│350元\n"
                    "│合计│20500.20元\n5.诉讼费用由被告负担\n事实与理由：2024年9月3日，被告驾车与原告相撞致原告受伤。\n"
                    "具状人：韦秋兰\n2024年12月1日\n")
    assert extract(text).amount_claimed == 20500.2


def test_net_total_with_rest_laid_on_named_defendants():
    text = _HEAD + ("诉讼请求：\n1.医疗费：30,120.50元\n2.护理费：6,000元\n3.精神损害抚慰金：4,000元\n"
                    "以上各项合计40,120.50元，扣除被告覃国栋已垫付的10,000元，被告保险公司在交强险限额内赔偿、"
                    "不足部分由被告覃国栋赔偿30,120.50元。\n4.本案诉讼费由被告负担。\n"
                    "事实与理由：2024年5月6日，被告覃国栋驾车与原告相撞。\n具状人：韦秋兰\n2024年8月1日\n")
    assert extract(text).amount_claimed == 30120.5
