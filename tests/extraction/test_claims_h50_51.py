"""Amount rules found on holdout50/51, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


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
