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


def test_form_total_then_advance_deducted_in_the_next_sentence_asks_the_balance():
    # "合计…元。扣除…已垫付的…元，请求…赔偿…元。": the sentence after the total deducts what was paid, the balance is asked
    text = (
        "民事起诉状\n"
        "原告：钟丽华，女，1972年3月8日出生，汉族，住广西壮族自治区南宁市青秀区民族大道88号。\n"
        "被告：韦志强，男，1990年6月1日出生，汉族，住广西壮族自治区柳州市城中区文惠路12号。\n"
        "诉讼请求和依据\n"
        "1.赔偿项目：医疗费 30,400.50元；护理费 6,000元；误工费 12,000元；交通费 599.50元；合计49,000元。"
        "扣除被告韦志强已垫付的9,000元，请求被告赔偿40,000元。\n"
        "2.是否主张诉讼费用：☑是 □否\n"
        "事实与理由\n"
        "2024年2月3日，韦志强驾驶小型轿车碰撞行人钟丽华，致其受伤。\n"
        "具状人：钟丽华\n日期：2024年6月1日\n"
    )
    assert extract(text).amount_claimed == 40000


def test_heading_naming_the_money_the_one_sued_is_to_pay():
    # "要他们赔的钱：" a line of its own, the sums on the lines below, their total last
    text = (
        "起诉书\n"
        "原告：覃永福，男，1979年5月6日生，身份证452122197905061234，住广西壮族自治区南宁市武鸣区城厢镇东风路3号。\n"
        "被告：黎国强，男，1983年1月9日生，住广西壮族自治区南宁市西乡塘区大学路77号，是搞装修的老板。\n"
        "去年黎国强叫我去帮他铺瓷砖，讲好一天300元。我在楼梯上摔下来，手腕骨折，他给了两千块就不管了。\n"
        "要他赔的钱：\n"
        "医疗费 20500元\n"
        "误工费 9000元\n"
        "护理费 3000元\n"
        "以上合计32500元，请法院判黎国强赔给我。\n"
        "谢谢法官。\n"
        "原告：覃永福\n2024年9月2日\n"
    )
    assert extract(text).amount_claimed == 32500


def test_heading_of_what_the_court_is_asked_to_do_and_a_why_heading_ending_it():
    # "我要求法院做的事：" over the list; "为什么告她：" opens the story, whose sums are no claim
    text = (
        "起诉书\n\n"
        "我是潘志勇，男，汉族，1994年2月8日生，身份证410523199402081234，住河南省安阳市汤阴县菜园镇东街12号。\n\n"
        "被起诉的人：\n"
        "1. 程丽娟，女，汉族，1997年10月2日生，住河南省鹤壁市淇县北阳镇南街5号\n\n"
        "我要求法院做的事：\n"
        "1. 让她把彩礼66000元还给我\n"
        "2. 订婚买的金戒指花了5800元，也要还给我\n"
        "3. 官司费用她出\n\n"
        "为什么告她：\n"
        "我们2024年经人介绍认识，订婚时我家给了彩礼66000元，另外还借了亲戚30000元办酒。后来她说不合适，不结婚了。\n"
        "请法院给我做主。\n\n"
        "此致\n淇县人民法院\n\n潘志勇\n2025年4月1日\n"
    )
    assert extract(text).amount_claimed == 71800


def test_claim_without_a_sum_right_after_the_sentence_totalling_the_losses_asks_that_total():
    # "…一共…元。我要求两家一起赔偿。": the letter's claim names no sum; the total just before it is what is asked
    text = (
        "安顺市西秀区人民法院：\n"
        "我叫伍明芳，女，1966年8月3日出生，身份证号520402196608031226，家住贵州省安顺市西秀区塔山东路21号。"
        "现在把以下两家告到法院：\n"
        "一是养狗的邓家豪，男，1988年2月5日出生，住贵州省安顺市西秀区黄果树大街9号；\n"
        "二是小区物业，安顺市安居物业服务有限公司，住所地贵州省安顺市西秀区南华路6号。\n"
        "事情经过：今年3月我在小区里被一条没拴绳的狗咬伤右腿。\n"
        "我打了疫苗，花去医疗费6400元，误工费3000元，交通费200元，一共9600元。我要求两家一起赔偿。\n"
        "此致\n敬礼！\n伍明芳\n2024年5月2日\n"
    )
    assert extract(text).amount_claimed == 9600
