"""Amount rules found on holdout50/51, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_numbered_claims_section_ends_at_the_next_sections_number_over_a_table_of_the_loans():
    # "二、诉讼请求" with items 1. 2.; "三、转账明细" is the next section: its table lists the loans and what was paid
    # back, and none of its sums is claimed
    text = (
        "民事起诉状\n\n"
        "一、当事人\n"
        "原告：韦丽萍，女，1990年6月12日出生，汉族，住广西壮族自治区南宁市青秀区民族大道98号5栋1203号。\n"
        "被告：覃志强，男，1988年9月3日出生，汉族，住广西壮族自治区南宁市西乡塘区大学东路41号2单元402号。\n\n"
        "二、诉讼请求\n"
        "1. 判令被告偿还原告借款5.2万元，并以5.2万元为基数，自2024年5月1日起按一年期贷款市场报价利率支付利息至还清之日；\n"
        "2. 本案诉讼费由被告负担。\n\n"
        "三、转账明细\n"
        "| 序号 | 日期 | 方式 | 金额（元） | 备注 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 2023-06-10 | 支付宝转账 | 25000 | 买车周转 |\n"
        "| 2 | 2023-09-22 | 银行转账 | 31000 | 还信用卡 |\n"
        "| 3 | 2024-04-15 | 被告还款 | -4000 | |\n"
        "| | | | 52000 | 尚欠 |\n\n"
        "四、事实与理由\n"
        "原告与被告系同事。被告先后两次向原告借款共计5.6万元，2024年4月15日归还4000元后再未归还。\n\n"
        "此致\n南宁市青秀区人民法院\n\n起诉人：韦丽萍\n2024年10月8日\n"
    )
    assert extract(text).amount_claimed == 52000


def test_a_claims_list_numbered_like_its_heading_is_not_cut_at_its_own_third_item():
    # the heading "二、诉讼请求" and its items both in 一、二、三、: the third item is a claim, not the next section
    text = (
        "民事起诉状\n"
        "原告：卢海燕，女，1979年1月30日出生，汉族，住江西省南昌市东湖区八一大道318号。\n"
        "被告：南昌市恒达装饰工程有限公司，住所地江西省南昌市青山湖区北京东路66号。\n"
        "二、诉讼请求\n"
        "一、判令被告退还装修预付款30000元；\n"
        "二、判令被告支付违约金6000元；\n"
        "三、判令被告赔偿原告租房损失4500元。\n"
        "三、事实与理由\n"
        "2024年3月原告与被告签订装修合同，被告收款后停工至今。\n"
    )
    assert extract(text).amount_claimed == 40500


def test_a_debt_stated_with_its_breakdown_joined_by_dun_marks_counts_once():
    # "欠款X元，其中本金…、利息…、违约金…": every sum after 其中 is a part of the debt, the debt is claimed once
    text = (
        "浙江省杭州市西湖区人民法院\n民事判决书\n（2024）浙0106民初20417号\n"
        "原告：中信银行股份有限公司信用卡中心，住所地北京市东城区朝阳门北大街9号。\n"
        "被告：屠建国，男，1981年12月5日出生，汉族，住浙江省杭州市西湖区文三路259号6幢302室。\n"
        "原告中信银行股份有限公司信用卡中心与被告屠建国信用卡纠纷一案，本院立案后，依法适用小额诉讼程序进行了审理。\n"
        "原告向本院提出诉讼请求：1.判令被告偿还截至2024年3月31日的信用卡欠款31780.40元，其中透支本金28000元、"
        "利息2980.40元、违约金800元；2.判令被告支付自2024年4月1日起至实际清偿之日止的利息，以透支本金28000元为基数，"
        "按日利率万分之五计算；3.本案诉讼费由被告负担。事实和理由：被告申领原告信用卡后逾期未还。\n"
        "屠建国未作答辩。\n"
        "本院认为，原告与被告之间的信用卡合同关系依法成立。\n"
    )
    assert extract(text).amount_claimed == 31780.40


def test_a_breakdown_after_qizhong_leaves_a_sum_claimed_in_the_next_clause():
    # the breakdown ends at the clause: a further sum asked after it ("另支付律师费…") is still claimed
    text = (
        "民事起诉状\n"
        "原告：龚秀兰，女，1968年4月22日出生，汉族，住湖南省长沙市岳麓区麓山南路88号。\n"
        "被告：黎建军，男，1975年10月9日出生，汉族，住湖南省长沙市天心区芙蓉南路二段17号。\n"
        "诉讼请求：\n"
        "1. 判令被告偿还欠款65000元，其中借款本金60000元、利息5000元；\n"
        "2. 判令被告支付原告律师费3000元；\n"
        "3. 本案诉讼费由被告负担。\n"
        "事实与理由：被告于2022年向原告借款6万元，约定年利率6%，到期未还。\n"
    )
    assert extract(text).amount_claimed == 68000
