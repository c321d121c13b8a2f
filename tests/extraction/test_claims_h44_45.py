"""Amount rules found on holdout44/45, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_charge_named_by_its_sharing_is_a_sum_of_its_own():
    # "电梯运行分摊费" is a charge beside the service fee, not the one sued's share of it: both sums are claimed
    text = (
        "黑龙江省哈尔滨市南岗区人民法院\n民事判决书\n（2025）黑0103民初2277号\n"
        "原告：哈尔滨安居物业管理有限公司，住所地黑龙江省哈尔滨市南岗区学府路88号。\n"
        "被告：韩玉珍，女，1970年2月14日出生，汉族，住黑龙江省哈尔滨市南岗区马家街12号3单元502室。\n"
        "原告哈尔滨安居物业管理有限公司与被告韩玉珍物业服务合同纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。\n"
        "原告向本院提出诉讼请求：一、判令被告支付2022年3月1日至2024年2月29日物业费2868元、电梯运行分摊费264.5元；"
        "二、判令被告支付滞纳金300元；三、诉讼费用由被告负担。事实和理由：被告系原告服务小区业主，欠交物业费。\n"
    )
    assert extract(text).amount_claimed == 3432.5
