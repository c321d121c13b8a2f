"""Claims and amount rules the holdout74-77 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_penalty_reckoned_from_a_yearly_rate_per_unit_is_a_fixed_sum():
    # "按每亩每年40元支付违约金4800元": the rate per year, then the penalty it reckons, asked as one sum
    text = (
        "民事起诉状\n"
        "原告：韩立新，男，1970年4月2日出生，汉族，住山东省德州市陵城区边临镇韩庄村。\n"
        "被告：德州市金穗农业发展有限公司，住所地山东省德州市陵城区边临镇政府街8号。\n"
        "诉讼请求：\n"
        "1、判令被告支付原告2023年度土地租金人民币4.2万元；\n"
        "2、判令被告按每亩每年40元支付违约金4800元；\n"
        "3、本案诉讼费由被告承担。\n"
        "事实与理由：原告将承包的耕地六十亩出租给被告，被告至今未付2023年度租金。\n"
        "此致\n德州市陵城区人民法院\n具状人：韩立新\n2024年11月5日\n"
    )
    assert extract(text).amount_claimed == 46800


def test_rate_per_month_alone_stays_no_fixed_sum():
    text = (
        "民事起诉状\n"
        "原告：韩立新，男，1970年4月2日出生，汉族，住山东省德州市陵城区边临镇韩庄村。\n"
        "被告：韩立军，男，1975年8月9日出生，汉族，住山东省德州市陵城区边临镇韩庄村。\n"
        "诉讼请求：\n"
        "1、判令被告偿还借款30000元；\n"
        "2、判令被告自2024年1月起每月支付违约金500元至还清之日止；\n"
        "3、本案诉讼费由被告承担。\n"
        "事实与理由：被告向原告借款，到期未还。\n"
        "此致\n德州市陵城区人民法院\n具状人：韩立新\n2024年11月5日\n"
    )
    assert extract(text).amount_claimed == 30000
