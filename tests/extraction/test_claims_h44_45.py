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


def test_the_one_sued_asked_for_his_half_of_a_cost():
    # "药费5600元他该摊一半，给2800元": the half he owes is claimed, not the whole cost as well
    text = (
        "尊敬的法官：\n"
        "我叫冯桂兰，女，1950年11月2日出生，身份证号370102195011022226，住山东省济南市历下区甸柳庄8号。"
        "我要告我儿子冯志刚，男，1976年4月9日出生，身份证号370102197604092219，住山东省济南市历下区甸柳庄9号。\n"
        "他三年没给过我一分钱，我去年看病花的钱都是闺女出的。\n"
        "我要求：一、他把去年欠的养老钱6000元给我；二、看病的药费5600元他该摊一半，给2800元；三、以后每个月给我500元。\n"
        "冯桂兰\n2025年3月8日\n"
    )
    assert extract(text).amount_claimed == 8800
