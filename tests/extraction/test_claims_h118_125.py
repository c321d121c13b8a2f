"""Claims rules generalised from the holdout118-125 misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract

from .samples import amount_of as _amount


def test_form_total_line_under_the_last_item_less_paid_asks_the_balance():
    # a form's total on its own line under the last item ("…\n合计：…元，扣除…已垫付的…元，请求赔偿…元")
    text = ("民事起诉状\n"
            "原告\n  姓名：包立新\n  性别：男\n  出生日期：1988年6月2日\n"
            "  住所地（户籍所在地）：山东省潍坊市奎文区胜利东街88号\n"
            "被告\n  姓名：滕海波\n  性别：男\n  出生日期：1979年11月13日\n"
            "  住所地（户籍所在地）：山东省潍坊市潍城区和平路210号\n"
            "诉讼请求和依据\n"
            "1.医疗费：18,420.5元\n"
            "2.护理费：2,400元\n"
            "3.误工费：9,600元\n"
            "4.车辆维修费：3,579.5元\n"
            "合计：34,000元，扣除被告滕海波已垫付的4,000元，请求被告赔偿30,000元。\n"
            "5.诉讼费用由被告承担。\n"
            "事实与理由\n2025年8月3日，被告驾车与原告的电动车相撞，负事故全部责任。\n"
            "具状人：包立新\n2025年10月9日\n")
    assert _amount(text) == 30000.0


def test_day_rate_said_before_its_unit_is_no_sum_of_a_lay_net_total():
    # "误工费250元一天算80天是20,000元，…一共是…元，减去他给的…元，还要给…元": the day's rate only reckons a sum
    text = ("起诉书\n\n"
            "原告：范德明，男，1981年2月9日生，住湖北省荆州市沙市区北京中路17号。\n"
            "被告：蔡金水，男，1968年5月30日生，住湖北省荆州市荆州区荆中路66号。\n"
            "2025年3月我帮蔡金水装货，从车上摔下来摔断了手。\n"
            "我要求蔡金水赔：医疗费21,300元，误工费250元一天算80天是20,000元，护理费3,000元，交通费700元，"
            "一共是45,000元，减去他已经给的3000元，还要给42,000元。\n"
            "此致\n荆州市沙市区人民法院\n原告：范德明\n2025年7月1日\n")
    assert _amount(text) == 42000.0


def test_heading_of_the_money_the_writer_reckoned_opens_the_claims():
    # "我们算了一下要他赔的钱：" over the sums, their total less what was paid, the balance asked
    text = ("起诉状\n"
            "起诉人：欧阳春，男，1990年1月12日出生，住贵州省遵义市汇川区上海路9号。\n"
            "被起诉人：卯德贵，男，1972年6月3日出生，住贵州省遵义市红花岗区丁字口3号。\n"
            "卯德贵包了一栋楼的装修，喊我去做工，2025年5月2日我从梯子上摔下来摔断了腿。\n"
            "我们算了一下要他赔的钱：\n"
            "医疗费18000元，\n"
            "护理费3000元，\n"
            "误工费9000元，\n"
            "以上一共30000元，扣除他已经给的2000元，还要赔28000元。\n"
            "请法院给我们做主。\n"
            "起诉人：欧阳春\n2025年9月1日\n")
    assert _amount(text) == 28000.0


def test_writer_naming_whom_it_asks_then_the_sums_on_the_same_line():
    # "我要求某某：退我…元，赔我…元，两样加起来…元"
    text = ("我要告房东！\n\n"
            "我叫龙翠兰（女，1987年9月1日出生，身份证522601198709012024，户口在贵州省凯里市大十字街道营盘坡社区），"
            "租了麻光明的一间门面开小吃店。他提前收回门面，押金也不退。\n"
            "麻光明，男，1963年2月4日生，住贵州省凯里市北京东路25号。\n"
            "我要求麻光明：退我押金5000元，赔我装修损失9000元，两样加起来一万四千元，打官司的钱他出。\n"
            "龙翠兰\n2025年6月3日\n")
    assert _amount(text) == 14000.0


def test_sum_the_plaintiff_pays_each_of_several_sued_is_offered_not_claimed():
    # "由原告分别向二被告支付…各…元": the plaintiff takes the thing and pays each co-owner
    text = ("民事起诉状\n"
            "原告：严美华，女，1972年8月9日出生，住江苏省扬州市广陵区文昌中路12号。\n"
            "被告：严建明，男，1965年3月1日出生，住江苏省扬州市邗江区扬子江北路7号。\n"
            "被告：严建国，男，1968年10月2日出生，住江苏省南京市鼓楼区中山北路30号。\n"
            "诉讼请求：\n"
            "1、依法分割原、被告共有的位于扬州市广陵区文昌中路12号的房屋，该房屋归原告所有，由原告分别向二被告"
            "支付房屋折价款各90000元；\n"
            "2、诉讼费用由原、被告按份额分担。\n"
            "事实和理由：原、被告系兄妹，经继承按份共有上述房屋，协商分割未成。\n"
            "此致\n扬州市广陵区人民法院\n具状人：严美华\n2025年3月9日\n")
    assert _amount(text) is None


def test_list_total_line_stands_for_the_items_above_even_where_the_sum_is_off():
    # "以上合计：…元" on its own line under the last item: the writer's stated total is the claim (its sum is off by
    # a slip; the clerk is warned of both figures)
    text = ("机动车交通事故责任纠纷民事起诉状（要素式）\n"
            "原告：温德寿\n性别：男　　出生日期：1975年2月8日\n身份证号：360702197502081236\n"
            "住所地（户籍所在地）：江西省赣州市章贡区红旗大道15号\n"
            "被告：邝金华\n性别：男　　出生日期：1990年12月1日\n身份证号：360721199012014413\n"
            "住所地：江西省赣州市赣县区梅林镇长征路8号\n"
            "诉讼请求\n"
            "1.医疗费：12,000元\n"
            "2.护理费：120元/天×10天＝1,200元\n"
            "3.误工费：3,000元\n"
            "4.电动车维修费：800元\n"
            "以上合计：17,200元，由被告赔偿\n"
            "5.诉讼费用由被告负担\n"
            "事实与理由\n2025年2月3日，被告驾车与原告的电动车相撞，负事故主要责任。\n"
            "具状人：温德寿\n2025年5月6日\n")
    e = extract(text)
    assert e.amount_claimed == 17200.0
