"""Amounts: a net total asked of an insurer within its policy limits (holdout142-145 misses)."""

from courtdoc.extraction import extract


def test_the_balance_asked_of_the_insurer_within_its_limits_replaces_the_list():
    text = ("民事起诉状\n原告：闵某，男，1979年5月2日出生，住江西省九江市浔阳区庐山路14号。\n"
            "被告：葛某，女，1990年12月8日出生，住江西省九江市濂溪区长虹大道66号。\n"
            "被告：某财产保险股份有限公司九江中心支公司，住所地江西省九江市浔阳区九龙街3号。\n\n"
            "诉讼请求和依据\n1.医疗费 15230.4元\n2.误工费 6000元\n3.交通费 400元\n4.被扶养人生活费：无\n"
            "5.以上各项合计21630.4元，扣除被告葛某已垫付的5000元，请求判令被告某财产保险股份有限公司九江中心支公司"
            "在交强险及商业第三者责任保险责任限额内赔偿原告16630.4元，不足部分由被告葛某赔偿\n"
            "6.标的总额：16630.4元\n\n事实和理由\n2024年4月2日，葛某驾车将原告撞伤。\n")
    assert extract(text).amount_claimed == 16630.4


def test_the_forms_total_reckoned_in_brackets_as_the_list_less_an_advance_is_the_claim():
    text = ("机动车交通事故责任纠纷起诉状（要素式）\n原告：邵某，女，1975年7月19日出生，住安徽省芜湖市镜湖区中山路21号。\n"
            "被告：钱某，男，1988年3月30日出生，住安徽省芜湖市鸠江区赤铸山路5号。\n\n诉讼请求和依据\n"
            "1.医疗费：11820.50元（芜湖市第二人民医院票据）\n2.护理费：2100元（住院7天，按300元/天计算）\n"
            "3.误工费：无\n4.交通费：380元\n5.诉讼费用承担：由被告承担\n"
            "6.标的总额：11300.50元（以上各项合计14300.50元，扣除被告钱某已垫付的医疗费3000元）\n\n"
            "事实和理由\n2024年2月9日，钱某驾车将原告撞伤。\n")
    assert extract(text).amount_claimed == 11300.5


def test_totals_each_asked_for_another_payee_in_one_item_add_up():
    text = ("民事起诉状\n原告：魏某，男，1970年1月5日出生，住山东省济南市历下区泉城路8号。\n"
            "原告：田某，女，1982年6月6日出生，住山东省济南市市中区经四路11号。\n"
            "被告：某某投资咨询有限公司，住所地山东省济南市槐荫区经十路300号。\n"
            "诉讼请求：1.判令被告赔偿魏某本金损失、手续费及利息损失共计21,900元，赔偿田某上述损失共计73,410.20元；"
            "2.本案诉讼费用由被告负担。\n事实和理由：被告荐股致二原告亏损。\n")
    assert extract(text).amount_claimed == 95310.2


def test_compensation_money_divided_is_no_sum_the_share_paid_is():
    text = ("民事起诉状\n原告：杜某，女，1960年2月2日出生，住河南省信阳市浉河区民权路6号。\n"
            "原告：杜某某，女，1964年8月8日出生，住河南省信阳市平桥区平中大街9号。\n"
            "被告：杜某甲，男，1967年5月5日出生，住河南省信阳市罗山县龙山街道。\n"
            "诉讼请求：\n一、依法分割父母遗留的宅基地拆迁补偿款36万元，判令被告向二原告各支付其应继承份额12万元，"
            "共计24万元；\n二、本案诉讼费由被告负担。\n事实和理由：父母去世后拆迁补偿款全部由被告领取。\n")
    assert extract(text).amount_claimed == 240000


def test_the_half_asked_of_money_the_other_holds_is_the_claim_not_the_whole():
    text = ("离婚起诉状\n原告：冯某，女，1985年9月9日出生，住吉林省榆树市五棵树镇太平村。\n"
            "被告：高某，男，1983年4月4日出生，住吉林省榆树市五棵树镇太平村。\n"
            "诉讼请求：\n1、俺要求和被告离婚。\n2、家里卖黄豆的钱三万六千块都在他卡里，要求分给俺一半，一万八千块。\n"
            "3、诉讼费让被告拿。\n事实和理由：被告常年喝酒打人。\n")
    assert extract(text).amount_claimed == 18000


_APPEAL_HEAD = ("浙江省杭州市中级人民法院\n民 事 判 决 书\n（2024）浙01民终5521号\n\n"
                "上诉人（原审被告）：杭州某某装饰工程有限公司，住所地浙江省杭州市西湖区文三路90号。\n"
                "被上诉人（原审原告）：邱某，男，1975年10月3日出生，汉族，住浙江省杭州市拱墅区湖墅南路18号。\n\n"
                "上诉人杭州某某装饰工程有限公司（以下简称某某公司）因与被上诉人邱某承揽合同纠纷一案，不服杭州市拱墅区人民法院"
                "（2023）浙0105民初7788号民事判决，向本院提起上诉。\n\n")
_FIRST_INSTANCE = ("邱某向一审法院起诉请求：1.判令某某公司支付加工款342500元及逾期付款利息（以342500元为基数，"
                   "自2023年3月1日起按贷款市场报价利率计算至实际清偿之日止）；2.本案诉讼费由某某公司负担。\n"
                   "一审法院认定事实：双方签订加工合同。\n")


def test_an_appeal_asking_the_payment_capped_claims_the_first_instance_sum():
    text = (_APPEAL_HEAD + "某某公司上诉请求：1.撤销一审判决第一项，改判某某公司向邱某支付加工款不超过298000元；"
            "2.本案诉讼费用由邱某负担。事实和理由：一审遗漏了已付的款项。\n\n" + _FIRST_INSTANCE)
    assert extract(text).amount_claimed == 342500


def test_an_appeal_asking_the_penalty_lowered_below_a_sum_claims_the_first_instance_sum():
    text = (_APPEAL_HEAD + "某某公司上诉请求：撤销一审判决，改判驳回邱某的诉讼请求，或将加工款调减至300000元以下。"
            "事实和理由：部分货物质量不合格。\n\n" + _FIRST_INSTANCE)
    assert extract(text).amount_claimed == 342500
