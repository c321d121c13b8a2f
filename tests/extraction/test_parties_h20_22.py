"""Party rules added after the holdout20-22 dev sets, each on a snippet written here (not the sets' documents)."""

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def _roles(el):
    return sorted((p.role, p.name) for p in el.parties)


# ------------------------------------------------------------------ letters to the court


def test_letter_with_greeting_on_the_filer_line_and_whom_i_sue_named_as_such():
    # "您好！我叫…" (the greeting on the same line) and "我要告的人叫…" (whom the filer sues, named as such)
    text = ("尊敬的法官：\n"
            "您好！我叫贺春燕，女，1962年4月3日出生，汉族，身份证号码350102196204031528，住福建省福州市鼓楼区杨桥中路56号。"
            "我要告的人叫彭大勇，男，五十岁左右，在福州市台江区开五金店，住福建省福州市台江区宁化路18号。\n"
            "去年他借了我三万元说一个月还，到现在也不还。请求法院：\n"
            "一、判令彭大勇还我借款30000元；\n二、诉讼费由他负担。\n"
            "此致\n福州市台江区人民法院\n起诉人：贺春燕\n2024年5月6日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert _roles(el) == [("原告", "贺春燕"), ("被告", "彭大勇")]
    filer, sued = _party(el, "贺春燕"), _party(el, "彭大勇")
    assert (filer.gender, filer.birth_date, filer.id_number) == ("女", "1962-04-03", "350102196204031528")
    assert filer.address == "福建省福州市鼓楼区杨桥中路56号"
    assert (sued.gender, sued.address) == ("男", "福建省福州市台江区宁化路18号")


def test_letter_with_ethnicity_before_gender_and_sued_by_me():
    # "我叫…，回族，男，…" and "被我告的人叫…" / "我告的人叫…"
    for cue in ("被我告的人叫", "我告的人叫"):
        text = ("法官您好：\n"
                "我叫马文忠，回族，男，1980年3月9日生，身份证号640102198003091234，住宁夏回族自治区银川市兴庆区胜利街8号。\n"
                f"{cue}丁建华，东乡族，男，1979年11月2日生，住甘肃省临夏回族自治州东乡族自治县锁南镇12号。\n"
                "他租我的货车跑运输，租金欠了八个月。请求判令丁建华付租金16000元。\n"
                "此致\n银川市兴庆区人民法院\n起诉人：马文忠\n2024年2月1日")
        el = extract(text)
        assert el.document_type == "起诉状", cue
        assert _roles(el) == [("原告", "马文忠"), ("被告", "丁建华")], cue
        filer, sued = _party(el, "马文忠"), _party(el, "丁建华")
        assert (filer.gender, filer.birth_date, filer.ethnicity) == ("男", "1980-03-09", "回族")
        assert filer.address == "宁夏回族自治区银川市兴庆区胜利街8号"
        assert (sued.gender, sued.birth_date) == ("男", "1979-11-02")
        # the signature's date is no birth date
        assert filer.birth_date != "2024-02-01"


def test_letter_suing_two_people_in_brackets_who_share_one_address():
    # "我要起诉的是隔壁组的A（男，…）和他儿子B（男，…），两人都住…"
    text = ("尊敬的法官：\n"
            "我叫林秋菊，女，1971年8月8日出生，汉族，住江西省赣州市南康区唐江镇卢屋村二组7号。\n"
            "我要起诉的是隔壁组的郭长生（男，1966年2月14日出生，身份证号360782196602141234）和他儿子郭小峰"
            "（男，1992年10月1日出生），两人都住江西省赣州市南康区唐江镇卢屋村三组15号。\n"
            "今年三月郭小峰开三轮车把我家围墙撞倒了，他们一直不修。请求判令二人赔偿修墙费用4200元。\n"
            "此致\n赣州市南康区人民法院\n起诉人：林秋菊\n2024年6月18日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert _roles(el) == [("原告", "林秋菊"), ("被告", "郭小峰"), ("被告", "郭长生")]
    father, son = _party(el, "郭长生"), _party(el, "郭小峰")
    assert (father.gender, father.birth_date, father.id_number) == ("男", "1966-02-14", "360782196602141234")
    assert (son.gender, son.birth_date) == ("男", "1992-10-01")
    assert father.address == son.address == "江西省赣州市南康区唐江镇卢屋村三组15号"
    assert _party(el, "林秋菊").address == "江西省赣州市南康区唐江镇卢屋村二组7号"


def test_telling_someone_is_not_suing_them():
    # "我告诉…" (I told) is no "我告…"
    text = ("情况说明\n我叫林秋菊，女，1971年8月8日出生。\n我告诉郭长生，男，不要再把车停在我家门口。\n2024年6月18日")
    el = extract(text)
    assert not [p for p in el.parties if p.role == "被告"]


def test_plural_shared_address_line_after_minors():
    # "二原告住…" on a line of its own after two minors' entries: both live there
    text = ("民事起诉状\n"
            "原告1：钟思雨，女，2013年5月2日出生，身份证号440305201305021221。\n"
            "原告2：钟思远，男，2016年9月9日出生，身份证号440305201609091233。\n"
            "二原告住广东省深圳市南山区桃园路9号荔林苑3栋602房。\n"
            "二原告法定代理人：温静，女，1986年1月20日出生，汉族，系二原告之母，住广东省深圳市南山区桃园路9号荔林苑3栋602房。\n"
            "被告：钟国平，男，1984年7月7日出生，汉族，住广东省惠州市惠城区江北街道文昌一路5号。\n"
            "诉讼请求：\n1.判令被告每月支付二原告抚养费各1200元；\n2.本案诉讼费由被告承担。\n"
            "事实与理由：被告与温静离婚后未支付抚养费。\n此致\n深圳市南山区人民法院")
    el = extract(text)
    for name in ("钟思雨", "钟思远"):
        assert _party(el, name).address == "广东省深圳市南山区桃园路9号荔林苑3栋602房", name
    assert _party(el, "钟国平").address == "广东省惠州市惠城区江北街道文昌一路5号"


# ------------------------------------------------------------------ answers


def test_ordinal_hospital_name_holding_a_role_word_stays_whole():
    # "第三人民医院" holds the role word 第三人: it neither splits the name nor makes it a sentence
    text = ("民事答辩状\n\n"
            "答辩人（被告）：南宁市第三人民医院\n住所地：广西壮族自治区南宁市青秀区民族大道88号\n"
            "法定代表人：韦志强，院长\n\n"
            "答辩人因原告诉答辩人医疗损害责任纠纷一案，答辩如下：\n一、答辩人的诊疗行为符合规范。\n\n"
            "此致\n南宁市青秀区人民法院\n答辩人：南宁市第三人民医院\n2024年4月2日")
    el = extract(text)
    assert _roles(el) == [("被告", "南宁市第三人民医院")]
    hospital = _party(el, "南宁市第三人民医院")
    assert hospital.kind == "organization"
    assert hospital.address == "广西壮族自治区南宁市青秀区民族大道88号"


def test_third_party_entry_still_starts_after_a_name():
    text = ("民事起诉状\n原告：陆海燕，女，1988年3月3日出生，住江苏省南京市玄武区北京东路1号。\n"
            "被告：南京恒达物流有限公司，住所地江苏省南京市江宁区天元中路9号。\n"
            "第三人：南京市第二人民医院，住所地江苏省南京市鼓楼区中山路100号。\n"
            "诉讼请求：1.判令被告赔偿原告损失5000元。")
    el = extract(text)
    assert ("第三人", "南京市第二人民医院") in _roles(el)


def test_answer_gives_the_plaintiff_in_an_appendix_after_the_body():
    # "附：原告基本情况" after 此致, then the plaintiff's entry on the next line
    text = ("民事答辩状\n\n"
            "答辩人：绍兴市越城区惠民超市有限公司，住所地浙江省绍兴市越城区解放北路210号。\n"
            "法定代表人：俞建明，执行董事\n\n"
            "答辩人因与原告产品责任纠纷一案，答辩意见如下：\n原告所购饮料已过保质期的说法没有依据。\n\n"
            "此致\n绍兴市越城区人民法院\n\n"
            "附：原告基本情况\n"
            "屠丽萍，女，1979年12月30日生，汉族，身份证号330602197912301525，住浙江省绍兴市越城区城南街道东湖路33号。\n\n"
            "答辩人：绍兴市越城区惠民超市有限公司\n2024年3月1日")
    el = extract(text)
    assert _roles(el) == [("原告", "屠丽萍"), ("被告", "绍兴市越城区惠民超市有限公司")]
    plaintiff = _party(el, "屠丽萍")
    assert (plaintiff.gender, plaintiff.birth_date, plaintiff.id_number) == ("女", "1979-12-30", "330602197912301525")
    assert plaintiff.address == "浙江省绍兴市越城区城南街道东湖路33号"


# ------------------------------------------------------------------ attributes


def test_birth_date_in_characters_with_leading_zeros():
    # "二〇〇一年〇三月〇九日出生": the month and day keep their leading zero, written as 〇
    text = ("民事起诉状\n原告：蒋晓东，男，一九八二年〇三月〇九日出生，汉族，住山西省太原市小店区平阳路12号。\n"
            "被告：冯丽，女，一九九〇年十一月〇五日出生，汉族，住山西省太原市迎泽区柳巷南路3号。\n"
            "诉讼请求：1.判令被告偿还借款8000元。")
    el = extract(text)
    assert _party(el, "蒋晓东").birth_date == "1982-03-09"
    assert _party(el, "冯丽").birth_date == "1990-11-05"


# ------------------------------------------------------------------ forms


def test_form_sections_headed_by_the_role_in_brackets():
    # 要素式 form: "【原告】" / "【被告】" on a line of their own, then "姓名：…" / "名称：…" lines
    text = ("买卖合同纠纷起诉状（要素式）\n\n"
            "【原告】\n姓名：詹国栋\n性别：男\n出生日期：1984年6月30日\n民族：汉族\n"
            "公民身份号码：420106198406301255\n户籍所在地：湖北省武汉市武昌区中南路7号\n经常居住地：无\n\n"
            "【被告】\n名称：武汉天衡建材贸易有限公司\n住所地：湖北省武汉市汉阳区龙阳大道66号\n"
            "统一社会信用代码：91420105MA4K2B3C4D\n法定代表人：段志明　职务：总经理\n\n"
            "【诉讼请求】\n请求项目：货款\n金额：18600元\n\n"
            "具状人：詹国栋\n日期：2024年5月20日")
    el = extract(text)
    assert _roles(el) == [("原告", "詹国栋"), ("被告", "武汉天衡建材贸易有限公司")]
    buyer, seller = _party(el, "詹国栋"), _party(el, "武汉天衡建材贸易有限公司")
    assert (buyer.gender, buyer.birth_date, buyer.id_number) == ("男", "1984-06-30", "420106198406301255")
    assert buyer.address == "湖北省武汉市武昌区中南路7号"
    assert seller.address == "湖北省武汉市汉阳区龙阳大道66号"
    assert seller.legal_representative.name == "段志明"


def test_company_name_wrapped_inside_its_legal_form():
    # "…有限公\n司，住所地…" and "…有限责\n任公司": the name goes on after the line break
    for head, tail in (("杭州西溪花园物业管理有限公", "司"), ("杭州西溪花园物业管理有限责", "任公司")):
        text = (f"民事起诉状\n原告：{head}\n{tail}，住所地浙江省杭州市西湖区文二西路15号，统一社会信用代码91330106MA2B1C2D3E。\n"
                "法定代表人：俞海，经理。\n"
                "被告：潘建华，男，1975年5月5日出生，汉族，住浙江省杭州市西湖区文二西路15号8幢302室。\n"
                "诉讼请求：1.判令被告支付物业费3600元。")
        el = extract(text)
        company = el.parties[0]
        assert company.name == head + tail
        assert company.address == "浙江省杭州市西湖区文二西路15号"


def test_address_the_same_as_a_numbered_party_above():
    # "住址同被告一" / "住所地同原告": the address of the party so named, not "no address"
    text = ("民事起诉状\n原告：曾凡林，男，1970年1月1日出生，住四川省成都市锦江区春熙路20号。\n"
            "被告一：吕志刚，男，1985年8月8日出生，住四川省成都市武侯区科华北路65号2栋3单元501室。\n"
            "被告二：尹红，女，1987年9月9日出生，住四川省绵阳市涪城区临园路东段8号。\n"
            "被告三：吕浩，男，2001年2月2日出生，住址同被告一。\n"
            "第三人：曾小梅，女，1995年3月3日出生，住所地同原告。\n"
            "诉讼请求：1.判令三被告共同返还原告借款50000元。")
    el = extract(text)
    assert _party(el, "吕浩").address == "四川省成都市武侯区科华北路65号2栋3单元501室"
    assert _party(el, "曾小梅").address == "四川省成都市锦江区春熙路20号"
    assert _party(el, "尹红").address == "四川省绵阳市涪城区临园路东段8号"


def test_address_the_same_as_a_party_not_above_is_left_open():
    # a reference to a party that does not stand above gives no address (rather than a wrong one)
    text = ("民事起诉状\n原告：曾凡林，男，1970年1月1日出生，住址同被告二。\n"
            "被告一：吕志刚，男，1985年8月8日出生，住四川省成都市武侯区科华北路65号。\n"
            "诉讼请求：1.判令被告返还原告借款50000元。")
    el = extract(text)
    assert _party(el, "曾凡林").address is None


def test_former_home_gives_way_to_the_present_one():
    # "原住…，现住…": the former home is neither 户籍 nor habitual residence; the present one is the address
    text = ("起诉状\n起诉人：孔凡英，女，1950年7月7日生，汉族，住山东省济宁市曲阜市鲁城街道五马祠街3号。\n"
            "被起诉人：孔德明，男，1976年4月4日生，汉族，原住曲阜市鲁城街道五马祠街，现住江苏省苏州市工业园区星湖街328号。\n"
            "我要求：\n一、被起诉人每月给付赡养费800元。")
    el = extract(text)
    assert _party(el, "孔德明").address == "江苏省苏州市工业园区星湖街328号"
    assert _party(el, "孔凡英").address == "山东省济宁市曲阜市鲁城街道五马祠街3号"


def test_registered_address_still_stays_before_a_present_one():
    # the 户籍 (or a plain 住) written first stays the 住所; only a former home gives way
    text = ("民事起诉状\n原告：孔凡英，女，1950年7月7日生，户籍地山东省曲阜市五马祠街3号，现住江苏省苏州市星湖街328号。\n"
            "被告：孔德明，男，1976年4月4日生，住山东省曲阜市五马祠街5号。\n诉讼请求：一、判令被告给付赡养费800元。")
    el = extract(text)
    assert _party(el, "孔凡英").address == "山东省曲阜市五马祠街3号"


def test_bracket_saying_what_the_person_is_is_no_part_of_the_address():
    # "…（拼多多网店"某某小铺"经营者）" after the address says who the person is
    text = ("民事起诉状\n原告：温州瓯江鞋业有限公司，住所浙江省温州市鹿城区车站大道9号。\n法定代表人：林立\n"
            "被告：季晓光，男，1990年6月6日出生，汉族，住江苏省南通市崇川区工农路58号1幢802室（拼多多网店\"晓光鞋铺\"经营者）\n"
            "被告：唐蓉，女，1991年1月1日出生，住江苏省南通市崇川区工农路60号（南通蓉蓉超市业主）。\n"
            "诉讼请求：一、判令二被告赔偿原告损失10万元。")
    el = extract(text)
    assert _party(el, "季晓光").address == "江苏省南通市崇川区工农路58号1幢802室"
    assert _party(el, "唐蓉").address == "江苏省南通市崇川区工农路60号"


def test_bracket_naming_a_place_stays_with_the_address():
    text = ("民事起诉状\n原告：季晓光，男，1990年6月6日出生，住江苏省南通市崇川区工农路58号（阳光花园）。\n"
            "被告：唐蓉，女，1991年1月1日出生，住江苏省南通市崇川区工农路60号。\n诉讼请求：一、判令被告返还借款1万元。")
    el = extract(text)
    assert _party(el, "季晓光").address == "江苏省南通市崇川区工农路58号（阳光花园）"


def test_shared_address_line_for_numbered_defendants():
    # "以上二被告均住…" on a line of its own; a defendant with an address of its own keeps it
    text = ("民事起诉状\n原告：卢文斌，男，1966年6月1日出生，住云南省曲靖市麒麟区南宁西路8号。\n"
            "被告一：杭佳，男，1990年2月2日出生。\n被告二：杭敏，女，1992年3月3日出生。\n"
            "以上二被告均住云南省曲靖市沾益区西平街道龙华路17号。\n"
            "诉讼请求：1.判令二被告偿还借款20000元。")
    el = extract(text)
    for name in ("杭佳", "杭敏"):
        assert _party(el, name).address == "云南省曲靖市沾益区西平街道龙华路17号", name
    assert _party(el, "卢文斌").address == "云南省曲靖市麒麟区南宁西路8号"
