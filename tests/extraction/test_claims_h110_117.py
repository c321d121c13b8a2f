"""Claims rules generalised from the holdout110-117 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from .samples import amount_of as _amount


def _complaint(claims: str) -> str:
    return ("民事起诉状\n"
            "原告：卜兰芝，女，1975年4月9日出生，汉族，住山东省潍坊市奎文区东风东街120号。\n"
            "被告：鲍振华，男，1973年10月2日出生，汉族，住山东省潍坊市潍城区胜利西街45号。\n"
            "诉讼请求：\n" + claims + "\n"
            "事实与理由：\n双方因此事多次协商未果，原告为维护自身权益，特诉至贵院。\n"
            "此致\n潍坊市奎文区人民法院\n具状人：卜兰芝\n2025年4月2日\n")


def test_subtotal_of_the_listed_sums_counts_once():
    # "小计…元" totals the sums listed above it in the item; the line after the items totals the items
    text = _complaint("一、判令被告支付拖欠的供暖费、垃圾清运费，明细如下：\n"
                      "  1. 供暖费 2022.11—2024.03，98.5㎡×22元/㎡/年×2年＝4334元；\n"
                      "  2. 垃圾清运费 10元/月×24个月＝240元；\n"
                      "  小计 4574元；\n"
                      "二、判令被告支付违约金500元；\n"
                      "三、诉讼费由被告承担。\n"
                      "上述一、二项合计人民币5074元。")
    assert _amount(text) == 5074.0


def test_monthly_rate_reckoned_to_a_total_said_suan_gong():
    # "按每月600元算共7200元": the rate, then the total it reckons (算共) is the sum asked
    text = _complaint("1、让被告一次付清2023年全年的赡养费，按每月600元算共7200元；\n"
                      "2、看病的钱他出一半，给我1450元；\n"
                      "3、诉讼费让他出。")
    assert _amount(text) == 8650.0


def test_share_of_a_deposit_named_after_a_comma():
    # "存款5万元中原告应得的一半，即2.5万元": the whole, the share named, then its sum after the comma
    text = _complaint("一、判决原告与被告离婚；\n"
                      "二、被告返还其擅自取走的夫妻共同存款人民币5万元中原告应得的一半，即2.5万元；\n"
                      "三、本案诉讼费由被告承担。")
    assert _amount(text) == 25000.0


def test_plaintiff_compensating_the_one_sued_is_offered_not_claimed():
    # "由原告补偿被告折价款…元": the plaintiff pays it; only what the one sued is to pay is claimed
    text = _complaint("1.判令原、被告离婚；\n"
                      "2.位于潍城区的商铺归原告所有，由原告补偿被告商铺折价款240000元；\n"
                      "3.被告返还擅自转移的夫妻共同存款43000元；\n"
                      "4.本案诉讼费由被告承担。")
    assert _amount(text) == 43000.0


def test_estate_shared_by_heirs_then_the_share_paid():
    # the estate inherited by several together is divided; the share paid to the filers is asked; a count of
    # shares written in 万 (no 元) is no sum
    text = _complaint("1.被继承人名下农业银行存款共计180000元由原告与被告均等继承，被告向原告支付其应继承的存款份额共计90000元；\n"
                      "2.被继承人持有的某某农商银行股份2万股由原、被告按份继承；\n"
                      "3.诉讼费用由被告负担。")
    assert _amount(text) == 90000.0


def test_estate_sum_then_the_share_the_appellant_inherits():
    text = ("民事上诉状\n"
            "上诉人（一审原告）：邝淑仪，女，1971年5月6日出生，住广东省江门市蓬江区港口路19号。\n"
            "被上诉人（一审被告）：邝国雄，男，1968年3月1日出生，住广东省江门市江海区外海大道6号。\n"
            "上诉人不服江门市蓬江区人民法院民事判决，现提起上诉。\n"
            "上诉请求：\n"
            "一、撤销原判第一项，改判母亲名下定期存款150000元由上诉人继承75000元；\n"
            "二、本案一、二审诉讼费由被上诉人承担。\n"
            "事实与理由：\n母亲生前留有遗嘱，一审未予采信，认定事实错误。\n"
            "此致\n广东省江门市中级人民法院\n上诉人：邝淑仪\n2025年6月3日\n")
    assert _amount(text) == 75000.0


def test_two_items_added_together_said_jia_yiqi():
    text = ("我要告我的房东\n我叫龙翠萍，女，1992年8月8日出生，住湖北省宜昌市西陵区东山大道77号。"
            "房东叫费德明，男，住宜昌市伍家岗区夷陵大道210号。\n"
            "我租他的房子，交了一年房租和押金，住了七个月他就把我赶走了。\n"
            "我请求法院判他：退还我剩下五个月的房租叁仟伍佰元，退还押金壹仟元，两项加一起肆仟伍佰元；诉讼费他出。\n"
            "此致\n宜昌市西陵区人民法院\n龙翠萍\n2025年1月6日\n")
    assert _amount(text) == 4500.0


def test_sum_after_a_total_in_a_clause_of_its_own_adds():
    # "租金共计…元，支付违约金…元": a clause opening with the verb names another sum; it adds to the total
    text = _complaint("一、判决解除原、被告签订的《商铺租赁合同》；\n"
                      "二、判决被告支付2024年5月至8月租金共计12800元，支付违约金3200元，并自2024年9月1日起按每月3200元"
                      "的标准支付占用费至实际腾退之日止；\n"
                      "三、本案诉讼费用由被告承担。")
    assert _amount(text) == 16000.0


def test_appeal_sum_beyond_what_the_judgment_appealed_ordered_paid():
    # "在原判决已支付的…元基础上再支付…元": only the further sum is in dispute
    text = ("民事上诉状\n"
            "上诉人（原审原告）：郜永福，男，1970年2月2日出生，住河南省南阳市宛城区新华东路8号。\n"
            "被上诉人（原审被告）：南阳丰禾农业有限公司，住所地河南省南阳市卧龙区车站南路66号。\n"
            "上诉人因与被上诉人买卖合同纠纷一案，不服南阳市宛城区人民法院民事判决，现提起上诉。\n"
            "上诉请求：\n"
            "1．撤销原审判决第一项，改判被上诉人在原判决已支付的42000元基础上再支付玉米货款18600元；\n"
            "2．改判被上诉人支付违约金2000元；\n"
            "3．一、二审诉讼费由被上诉人负担。\n"
            "上诉理由：\n原审认定的过磅重量与实际不符。\n"
            "此致\n河南省南阳市中级人民法院\n上诉人：郜永福\n2025年2月9日\n")
    assert _amount(text) == 20600.0


def test_fallback_value_the_writer_names_for_things_not_returned_is_asked():
    # "返还金手镯，如果还不了就按…元折价给我": the writer's own value of things it cannot get back is a sum asked
    # (as "不能返还的折价赔偿…元"); a bracketed purchase price alone is not
    text = _complaint("（一）判被告返还彩礼60000元；\n"
                      "（二）被告返还金手镯一只，如果还不了就按9800元折价给我；\n"
                      "（三）诉讼费用由被告承担。")
    assert _amount(text) == 69800.0
    text = _complaint("（一）判被告返还彩礼60000元；\n"
                      "（二）判令被告返还金手镯一只（购买价9800元），不能返还的折价赔偿；\n"
                      "（三）诉讼费用由被告承担。")
    assert _amount(text) == 60000.0


def test_letter_asking_the_court_to_make_the_one_sued_pay_in_one_sentence():
    text = ("法官您好：\n"
            "我叫韦秀英，女，1970年3月2日出生，住广西壮族自治区柳州市城中区文昌路18号。\n"
            "我要告的人叫覃志刚，男，住柳州市鱼峰区荣军路66号。\n"
            "2022年5月他说做生意差钱，找我借了3万元，写了借条，说好一年还。到期后我去找他，他一直拖着不还，电话也不接。\n"
            "我想请法院让覃志刚还我30000元，利息按银行的算。\n"
            "此致\n柳州市城中区人民法院\n韦秀英\n2024年3月1日\n")
    assert _amount(text) == 30000.0
