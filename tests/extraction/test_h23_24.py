"""Party and claim rules added after the holdout23-24 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def _roles(el):
    return sorted((p.role, p.name) for p in el.parties)


# ------------------------------------------------------------------ box-drawn forms


def test_box_form_rows_glued_by_the_line_joiner_keep_their_fields():
    # a box-drawn form whose rows the page-width joiner ran together ("…号码│户籍地：…│经常居住地：…"): the bar
    # there starts a new row, so each label keeps its own value and the stated 经常居住地 is the address
    text = ("民事起诉状\n"
            "┌──────────────────────\n"
            "│原告\n"
            "│姓名：谭晓峰　　性别：男　　民族：汉\n"
            "│出生日期：1987年6月14日\n"
            "│身份证号：430104198706142315│户籍地：湖南省长沙市岳麓区麓山南路62号│"
            "经常居住地：广东省深圳市南山区科苑路15号科兴科学园B座1802室│联系电话：13974412233\n"
            "├──────────────────────\n"
            "│被告\n"
            "│名称：深圳市启明物流有限公司\n"
            "│住所地：广东省深圳市宝安区福永街道凤凰路88号│法定代表人：葛文斌\n"
            "├──────────────────────\n"
            "│诉讼请求\n"
            "│1.判令被告支付原告工资18400元；\n"
            "│2.本案诉讼费用由被告承担。\n"
            "└──────────────────────\n"
            "此致\n深圳市宝安区人民法院\n具状人：谭晓峰\n2024年9月2日")
    el = extract(text)
    assert _roles(el) == [("原告", "谭晓峰"), ("被告", "深圳市启明物流有限公司")]
    p = _party(el, "谭晓峰")
    assert (p.gender, p.birth_date, p.id_number) == ("男", "1987-06-14", "430104198706142315")
    assert p.address == "广东省深圳市南山区科苑路15号科兴科学园B座1802室"
    assert p.phone == "13974412233"
    org = _party(el, "深圳市启明物流有限公司")
    assert org.address == "广东省深圳市宝安区福永街道凤凰路88号"
    assert org.legal_representative is not None and org.legal_representative.name == "葛文斌"
    assert el.amount_claimed == 18400


# ------------------------------------------------------------------ role headings and glued bodies


def test_role_with_its_bracket_on_its_own_line_and_the_name_on_the_next():
    # "被上诉人（原审被告）" alone on its line, the entry on the next one: the name is that line's first field, whole
    # (not what the NER model makes of it: "上官", "余姚市")
    text = ("民事上诉状\n\n"
            "上诉人（原审原告）\n"
            "上官婉清，女，汉族，1990年2月8日生，住浙江省宁波市海曙区中山西路35号。\n\n"
            "被上诉人（原审被告）\n"
            "余姚市明辉电器厂（普通合伙），住所地浙江省余姚市阳明街道舜水南路18号，执行事务合伙人应国平。\n\n"
            "上诉人上官婉清与被上诉人余姚市明辉电器厂承揽合同纠纷一案，不服浙江省余姚市人民法院民事判决，特提起上诉。\n\n"
            "上诉请求\n一、撤销原判，改判被上诉人支付上诉人加工费46200元；\n二、上诉费用由被上诉人承担。\n")
    el = extract(text)
    assert _roles(el) == [("上诉人", "上官婉清"), ("被上诉人", "余姚市明辉电器厂（普通合伙）")]
    org = _party(el, "余姚市明辉电器厂（普通合伙）")
    assert org.kind == "organization"
    assert org.address == "浙江省余姚市阳明街道舜水南路18号"
    p = _party(el, "上官婉清")
    assert (p.gender, p.birth_date, p.address) == ("女", "1990-02-08", "浙江省宁波市海曙区中山西路35号")


def test_body_sentence_glued_to_the_last_party_address_leaves_that_party_in_the_block():
    # "…住…2单元1101室因被答辩人诉答辩人…一案": the line break before the body lost; the entry is still a party
    text = ("答辩状\n"
            "答辩人（被告）：南宁市瑞丰置业有限公司\n"
            "住所地：广西壮族自治区南宁市青秀区民族大道136号\n"
            "法定代表人：黎振宇，职务：执行董事\n"
            "被答辩人（原告）：覃美玲，女，1988年7月21日出生，壮族，公民身份号码450103198807211526，"
            "住广西壮族自治区南宁市西乡塘区大学东路98号5栋2单元1101室因被答辩人诉答辩人定金合同纠纷一案，答辩人答辩如下：\n"
            "一、双方签订的意向书约定的款项系定金，被答辩人无权要求双倍返还。\n"
            "此致\n南宁市青秀区人民法院\n答辩人：南宁市瑞丰置业有限公司\n2024年4月3日")
    el = extract(text)
    assert _roles(el) == [("原告", "覃美玲"), ("被告", "南宁市瑞丰置业有限公司")]
    p = _party(el, "覃美玲")
    assert (p.gender, p.birth_date, p.id_number) == ("女", "1988-07-21", "450103198807211526")
    assert p.address == "广西壮族自治区南宁市西乡塘区大学东路98号5栋2单元1101室"


# ------------------------------------------------------------------ letters to the court


def test_letter_suing_a_couple_one_bracketed_with_the_gender_alone_who_live_together():
    # "我要告…的A（男，…）和他媳妇B（女），他们两口子住在…": both sued, both at that address
    text = ("我叫欧阳春生，男，汉族，1958年3月2日出生，身份证号码431121195803020317，住湖南省永州市祁阳市白水镇枫林村4组8号。\n"
            "我要告我家对门的唐有福（男，六十岁左右）和他老婆蒋秀莲（女），他们两口子住在祁阳市白水镇枫林村4组10号。\n"
            "他们家去年在我家门口挖了一条沟，下雨天水全部流进我家堂屋，泡坏了谷子。\n"
            "我的要求：\n一、唐有福、蒋秀莲把沟填平；\n二、他们赔我谷子损失2600元。\n"
            "此致\n祁阳市人民法院\n起诉人：欧阳春生\n2024年10月8日")
    el = extract(text)
    assert _roles(el) == [("原告", "欧阳春生"), ("被告", "唐有福"), ("被告", "蒋秀莲")]
    assert _party(el, "蒋秀莲").gender == "女"
    assert _party(el, "唐有福").address == "祁阳市白水镇枫林村4组10号"
    assert _party(el, "蒋秀莲").address == "祁阳市白水镇枫林村4组10号"
    assert el.amount_claimed == 2600


def test_letter_suing_a_business_named_in_quotes_with_its_owner_and_premises():
    # "我要起诉的是一家美容店，店名叫“…”，是个体工商户，老板是…，店开在…": the business is the 被告 (its 字号,
    # CPL interpretation art. 59), its owner the 经营者, where it trades its address; the letter's lay claims
    # heading ("我想请法院帮我：") opens the claims list
    text = ("尊敬的法官：\n"
            "我叫柯思雨，女，1996年9月17日生，身份证号350203199609172040，住福建省厦门市湖里区江头北路120号3单元602室，"
            "电话15960213378。我要起诉的是一家美容店，店名叫“厦门市湖里区悦颜美容工作室”，是个体工商户，老板是许丽娜，"
            "店开在厦门市湖里区金尚路205号一楼。\n"
            "2024年1月我在她店里办了一张美容卡，充了9800元，做了三次以后店就关门了，电话也打不通。\n"
            "我想请法院帮我：\n1.让他们退还卡里没用完的钱8600元；\n2.赔偿我的交通费和误工损失500元；\n3.诉讼费他们出。\n"
            "此致\n厦门市湖里区人民法院\n柯思雨\n2024年7月1日")
    el = extract(text)
    assert _roles(el) == [("原告", "柯思雨"), ("被告", "厦门市湖里区悦颜美容工作室")]
    filer = _party(el, "柯思雨")
    assert (filer.gender, filer.birth_date, filer.id_number) == ("女", "1996-09-17", "350203199609172040")
    assert filer.address == "福建省厦门市湖里区江头北路120号3单元602室"
    shop = _party(el, "厦门市湖里区悦颜美容工作室")
    assert shop.kind == "organization"
    assert shop.address == "厦门市湖里区金尚路205号一楼"
    assert shop.legal_representative is not None and shop.legal_representative.name == "许丽娜"
    assert len(el.claims) == 3
    assert el.amount_claimed == 9100


def test_letter_suing_a_company_named_without_quotes():
    # "…，名字叫某某有限公司" (no quotes): the name ends as a company's does; a description ("我们小区的物业公司",
    # "一家公司") is none
    text = ("法官您好：\n"
            "我叫郑国栋，男，1975年12月30日出生，住河北省石家庄市长安区建设北大街66号。\n"
            "我要告的是我们小区的物业公司，名字叫石家庄市宏安物业服务有限公司，负责人叫韩立新，公司位于石家庄市长安区中山东路302号。\n"
            "他们管的小区车库漏水，把我停的车泡坏了，修车花了12800元，他们不肯赔。\n"
            "我的要求是：\n1.宏安物业赔我修车费12800元；\n2.诉讼费由他们出。\n"
            "此致\n石家庄市长安区人民法院\n起诉人：郑国栋\n2024年8月20日")
    el = extract(text)
    assert _roles(el) == [("原告", "郑国栋"), ("被告", "石家庄市宏安物业服务有限公司")]
    org = _party(el, "石家庄市宏安物业服务有限公司")
    assert org.address == "石家庄市长安区中山东路302号"
    assert el.amount_claimed == 12800


def test_letter_signature_does_not_swallow_the_story_and_my_demands_are_the_claims():
    # a letter signed "起诉人：…" under 此致: the story starts after the sentence naming whom the filer sues, and
    # "我的要求是：" heads the claims
    text = ("法官您好：\n"
            "我叫鲁红霞，女，1970年5月9日出生，汉族，身份证号370102197005091623，家住山东省济南市历下区文化东路21号。\n"
            "我要告的人叫贾志明，男，四十多岁，他住济南市天桥区北园大街402号。\n"
            "2021年贾志明开超市缺钱，从我这里借走五万元，说好半年还，后来只还了一万五千元。\n"
            "我的要求是：\n1.贾志明还我剩下的借款叁万伍仟元（35000元）；\n2.利息按年利率6%算到还清为止；\n3.打官司的钱他出。\n"
            "此致\n济南市天桥区人民法院\n起诉人：鲁红霞\n2024年3月12日")
    el = extract(text)
    assert _roles(el) == [("原告", "鲁红霞"), ("被告", "贾志明")]
    assert len(el.claims) == 3
    assert el.amount_claimed == 35000


# ------------------------------------------------------------------ amounts


def test_items_and_a_total_rounded_to_the_yuan_count_the_items_sum_with_a_warning():
    text = ("民事起诉状\n"
            "原告：彭丽君，女，1983年1月5日出生，汉族，住江苏省苏州市姑苏区人民路1055号。\n"
            "被告：宋建军，男，1979年6月20日出生，汉族，住江苏省苏州市吴中区东吴北路88号。\n"
            "诉讼请求：\n"
            "一、判令被告赔偿原告医疗费23571.6元、误工费8000元、护理费2400元、交通费350元，合计34322元；\n"
            "二、本案诉讼费由被告承担。\n"
            "事实与理由：2023年5月被告驾驶电动车将原告撞伤。\n"
            "此致\n苏州市吴中区人民法院\n具状人：彭丽君\n2024年2月6日")
    el = extract(text)
    assert el.amount_claimed == 34321.6
    warning = [c.message for c in el.checks if "合计" in c.message]
    assert warning and "34321.6" in warning[0] and "34322" in warning[0]


def test_a_total_far_from_its_items_stays_the_claimed_sum():
    # a total that is not a rounding of its items (an item the rules cannot read, non-money words): the total
    text = ("民事起诉状\n"
            "原告：秦海燕，女，1980年4月4日出生，汉族，住河南省郑州市金水区经三路12号。\n"
            "被告：任少华，男，1978年8月8日出生，汉族，住河南省郑州市二七区大学路40号。\n"
            "诉讼请求：\n"
            "一、判令被告赔偿原告医疗费若干元、误工费6000元、交通费420元，合计15800元；\n"
            "二、本案诉讼费由被告承担。\n"
            "此致\n郑州市二七区人民法院\n具状人：秦海燕\n2024年5月6日")
    el = extract(text)
    assert el.amount_claimed == 15800
    assert not [c for c in el.checks if "各项金额之和" in c.message]
