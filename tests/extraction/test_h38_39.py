"""Party, claim and section rules added after the holdout38-39 dev sets, each on a snippet written here (not the
sets' documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.extraction.claims import extract_claims
from courtdoc.extraction.parties import parse_block
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def _claims(text: str):
    return extract_claims(text, 0, len(text))


# ------------------------------------------------------------------ claims headings and sums


def test_lay_heading_with_its_section_number_and_no_colon():
    # "二、我要求" on a line of its own, the list below it, the next section "三、事情经过" without a colon
    text = ("一、我的情况\n　　秦永福，男，1962年生，住甘肃省天水市秦安县兴国镇。\n\n"
            "二、我要求\n"
            "　　1.董国栋赔我修车钱3650元、拖车费400元，总共4050元。\n"
            "　　2.打官司的钱他出。\n\n"
            "三、事情经过\n"
            "　　去年他家的牛跑出来撞坏了我的三轮车，他答应赔2000元一直没给。\n")
    res = _claims(text)
    assert res.amount == 4050
    assert len(res.claims) == 2 and "事情经过" not in res.claims[-1]


def test_our_request_heading():
    text = ("事情是这样的：她借了我们的钱不还。\n"
            "我们的请求：\n1.判她还借款26000元；\n2.诉讼费她出。\n此致\n")
    assert _claims(text).amount == 26000


def test_court_asked_in_the_last_clause_of_a_sentence_before_the_list():
    # "…，只好找法院，请法官为我做主：" ends its line; the list under it is the claims, a monthly sum is no fixed sum
    text = ("他三年没回过家，我打电话他也不接，我实在没有办法，只好找法院，请法官为我做主：\n"
            "1、叫他从下个月起每月10号前给我生活费600元；\n"
            "2、叫他把去年看病欠我的钱2300元还我。\n"
            "我不识字，这是邻居帮我写的。\n")
    res = _claims(text)
    assert res.amount == 2300
    assert res.claims[0].startswith("叫他从下个月起")


def test_sums_less_what_is_owed_then_the_balance_asked():
    # the sums added, what the writer owes taken off, then the balance: the balance is the item's claim
    text = ("我的要求：\n"
            "一、保证金3000元加上多扣的工资900元，减掉我借店里的200元，老板要还我3700元；\n"
            "二、他扣下的工具要赔我，一共1150元；\n"
            "三、诉讼费他出。\n")
    assert _claims(text).amount == 4850


def test_form_total_line_less_paid_then_the_sum_asked():
    # a form's total line, then what the defendant paid already, then the sum asked: the sum asked is the claim
    text = ("诉讼请求：\n"
            "1.医疗费：12,480.6元\n"
            "2.护理费：2,400元（8天×300元/天）\n"
            "3.误工费：6,000元\n"
            "4.合计：20,880.6元，扣除被告已垫付的3,000元，请求赔偿17,880.6元\n"
            "5.诉讼费用由被告负担\n"
            "事实与理由：被告驾车撞伤原告。\n")
    assert _claims(text).amount == 17880.6


def test_a_sum_short_of_the_reckoning_is_not_taken_as_a_balance():
    # three sums that do not reckon (8000 + 500 − 300 ≠ 9000) are each asked as written
    text = ("诉讼请求：\n1.判令被告支付货款8000元、运费500元，扣除退货款300元，另支付违约金9000元；\n2.诉讼费由被告负担。\n")
    assert _claims(text).amount != 9000


def test_letter_signed_at_the_end_tells_its_story_above_its_claims_heading():
    # the writer gives her own details only under the claims; the story stands between the one sued and
    # the claims heading, and is the facts the cause is read from (an online purchase, not a plain sale)
    text = ("法官您好：\n"
            "我想起诉一家网店的公司，叫成都锦绣茶业有限公司，统一社会信用代码91510104MA6C8PQ31X，"
            "地址在成都市锦江区东大街下东大街段99号12楼。\n"
            "今年5月我在淘宝上这家公司的网店买了两斤“明前特级”竹叶青，付了1680元。收到后一泡就是陈茶，"
            "店里客服说是我自己保存不好，不给退。\n"
            "我的要求是：\n1.退还茶叶钱1680元；\n2.诉讼费由被告负担。\n"
            "起诉人：邵梦婷，女，1993年6月2日出生，汉族，身份证号" + _id("32010619930602002")
            + "，住江苏省南京市鼓楼区湖南路18号。\n2026年7月3日\n")
    el = extract(text)
    assert el.amount_claimed == 1680
    assert el.facts_and_reasons and el.facts_and_reasons.startswith("今年5月")
    assert el.cause_of_action == "信息网络买卖合同纠纷"


# ------------------------------------------------------------------ party blocks


_FORM = ("民事起诉状\n（机动车交通事故责任纠纷）\n\n★当事人信息\n"
         "原告（自然人）\n姓名：钟立群\n性别：☑男　□女\n出生日期：1990年3月8日　　民族：汉族\n"
         "住所地（户籍所在地）：湖北省荆州市沙市区北京中路12号\n"
         "经常居住地：江苏省苏州市工业园区星湖街88号翠园5-1203\n"
         "证件类型：居民身份证　证件号码：{a}\n\n"
         "被告（自然人）\n姓名：鲍雅琳\n性别：□男　☑女\n出生日期：1992年11月20日　　民族：汉族\n"
         "住所地（户籍所在地）：江苏省苏州市吴中区木渎镇金山路6号山水苑3-502\n"
         "经常居住地：同上\n"
         "证件类型：居民身份证　证件号码：{b}\n\n"
         "★诉讼请求和依据\n1.医疗费：8,200元\n2.诉讼费用由被告负担\n\n"
         "★事实与理由\n被告驾车与原告相撞。\n\n此致\n苏州市吴中区人民法院\n")


def test_form_box_ticked_before_its_word():
    el = extract(_FORM.format(a=_id("42100219900308001"), b=_id("32050619921120002")))
    assert _party(el, "钟立群").gender == "男"
    assert _party(el, "鲍雅琳").gender == "女"


def test_form_habitual_residence_same_as_the_line_above_is_the_partys_own():
    # "经常居住地：同上" on the line under the party's own 住所地 line repeats that line, not the entry above's
    el = extract(_FORM.format(a=_id("42100219900308001"), b=_id("32050619921120002")))
    assert _party(el, "鲍雅琳").address == "江苏省苏州市吴中区木渎镇金山路6号山水苑3-502"
    assert _party(el, "钟立群").address == "江苏省苏州市工业园区星湖街88号翠园5-1203"


def test_address_bracket_remark_in_the_writers_words_is_no_part_of_it():
    text = ("起诉状\n\n"
            "起诉人：卢海涛，男，1988年9月9日出生，汉族，住广西壮族自治区玉林市北流市民安镇。\n"
            "被起诉人：鲁建平，男，四十多岁，住东莞市长安镇乌沙社区新村二巷15号（就是我住的那栋楼，他自己住顶楼），"
            "电话139****2210。\n\n"
            "我的要求：\n一、退还押金3000元；\n二、诉讼费他出。\n此致\n东莞市第二人民法院\n")
    el = extract(text)
    assert _party(el, "鲁建平").address == "东莞市长安镇乌沙社区新村二巷15号"


def test_kin_word_before_the_name_states_the_gender():
    text = ("尊敬的法官：\n"
            "我叫庞秀英，女，1948年2月3日出生，汉族，身份证号" + _id("37078419480203002")
            + "，家住山东省潍坊市安丘市兴安街道庞家村56号。我要告的是我的二儿子祁志刚，1975年6月1日生，身份证号"
            + _id("37078419750601001") + "，现住潍坊市奎文区东风东街399号3号楼2单元601室。\n"
            "他从去年起不给生活费。\n我请求法院：\n1、叫他给我生活费3600元；\n2、诉讼费他出。\n"
            "此致\n安丘市人民法院\n起诉人：庞秀英\n2026年3月2日\n")
    el = extract(text)
    assert _party(el, "祁志刚").gender == "男"


def test_form_box_after_its_word_keeps_its_word():
    text = _FORM.format(a=_id("42100219900308001"), b=_id("32050619921120002")).replace("□男　☑女", "男□　女☑")
    assert _party(extract(text), "鲍雅琳").gender == "女"


def test_greeting_line_under_the_entries_ends_the_party_block():
    # a daughter writes for her father under the entries, her own ID in brackets: she is no party
    text = ("民事起诉状\n\n"
            "原告：甘永寿，男，1958年4月2日出生，汉族，身份证号" + _id("43112219580402001")
            + "，住湖南省永州市东安县芦洪市镇大江口村六组。\n\n"
            "被告：蒲德兴，男，1969年10月5日出生，汉族，身份证号" + _id("43112219691005001")
            + "，住湖南省永州市东安县芦洪市镇大江口村二组。\n\n"
            "法官同志：\n"
            "我是原告甘永寿的女儿甘小燕（身份证" + _id("43112219850317002") + "），我爸眼睛不好，状子是我照他说的写的。\n"
            "2025年4月蒲德兴请我爸去他家砌猪圈，讲好一天200元，墙倒了砸伤我爸的脚，住院19天，花了21600元。\n\n"
            "请求法院：\n1．判蒲德兴赔偿甘永寿各项损失21600元；\n2．诉讼费由蒲德兴出。\n\n"
            "此致\n东安县人民法院\n\n起诉人：甘永寿（按手印）\n代写人：甘小燕\n2025年7月9日\n")
    parsed, body_at = parse_block(text, 0, len(text))
    assert sorted(pp.party.name for pp in parsed) == sorted(["甘永寿", "蒲德兴"])
    assert text[body_at:].startswith("法官同志：")  # the story and the claims are the body, not the block's tail
    el = extract(text)
    assert sorted(p.name for p in el.parties) == sorted(["甘永寿", "蒲德兴"])
    assert el.amount_claimed == 21600


def test_company_seat_said_later_in_the_sentence_that_names_it():
    # the company's code comes between its name and its seat: the seat is still its own
    text = ("法官您好：\n"
            "我要起诉一家卖家电的公司，叫杭州云泰电器有限公司，统一社会信用代码是91330106MA2H4XKD5P，"
            "地址在杭州市西湖区文三路259号昌地火炬大厦1号楼1106室，法定代表人叫蒋一鸣。\n"
            "我在他们的网店买的洗碗机用了三天就坏了，他们不给换。\n"
            "我的要求是：\n1.退还货款4299元；\n2.诉讼费由被告负担。\n"
            "起诉人：柏晓雯，女，1991年12月8日出生，汉族，身份证号" + _id("33010619911208002")
            + "，住浙江省杭州市拱墅区湖墅南路88号。\n2026年6月1日\n")
    el = extract(text)
    assert _party(el, "杭州云泰电器有限公司").address == "杭州市西湖区文三路259号昌地火炬大厦1号楼1106室"
