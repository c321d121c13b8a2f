"""Party and claim rules added after the holdout32-33 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ letters


def test_letter_filer_with_a_dotted_name_suing_a_company_named_right_after_the_verb():
    # a transliterated name joined by a middle dot; the company sued named straight after "我要告"
    a = _id("65290119820304151")
    text = ("尊敬的法官：\n"
            f"我叫热合曼·阿不都，男，维吾尔族，1982年3月4日出生，身份证号{a}，住新疆阿克苏市英巴扎路12号。"
            "我要告阿克苏天马物流有限公司，地址是新疆阿克苏地区阿克苏市工业园区南三路8号。\n"
            "去年我托他们运一车红枣到广州，路上压坏了一半，他们不认账。\n"
            "我的请求：赔我货款3600元。\n热合曼·阿不都\n2025年3月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    me = _party(el, "热合曼·阿不都")
    assert (me.role, me.gender, me.birth_date, me.id_number) == ("原告", "男", "1982-03-04", a)
    co = _party(el, "阿克苏天马物流有限公司")
    assert co.role == "被告"
    assert co.address == "新疆阿克苏地区阿克苏市工业园区南三路8号"
    assert el.amount_claimed == 3600.0


def test_parent_names_the_child_as_plaintiff_and_writes_as_its_kin():
    # "我是原告某某（…）的爸爸某某，由我代他来起诉": the child is the 原告; the writer (its 法定代理人) is none
    # of the parties, and the rest of that sentence is none of the child's fields
    kid, other = _id("35010220170822001"), _id("35010219661103151")
    text = ("鼓楼区人民法院：\n"
            f"我是原告郑小宇（男，2017年8月22日出生，身份证号{kid}，住福建省福州市鼓楼区东街口88号6座302室）的爸爸"
            "郑国庆，孩子未成年，由我代他来起诉。\n"
            f"被我们告的是同学家长魏春生（男，1966年11月3日出生，身份证号{other}，住福建省福州市鼓楼区杨桥路12号）。\n"
            "魏春生的电动车在校门口倒车撞倒了孩子，孩子膝盖缝了四针。\n"
            "请求：魏春生赔偿医疗费2100元。\n法定代理人：郑国庆\n2025年6月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    child = _party(el, "郑小宇")
    assert (child.role, child.gender, child.birth_date, child.id_number) == ("原告", "男", "2017-08-22", kid)
    assert child.address == "福建省福州市鼓楼区东街口88号6座302室"
    sued = _party(el, "魏春生")
    assert (sued.role, sued.gender, sued.id_number) == ("被告", "男", other)
    assert sued.address == "福建省福州市鼓楼区杨桥路12号"
    assert "郑国庆" not in [p.name for p in el.parties if p.role in ("原告", "被告")]


def test_letter_filer_gender_further_on_and_two_sued_introduced_by_name_with_one_shared_home():
    # the filer's gender a field after the age and birth date; the two sued each introduced "叫某某（…）" in
    # the suing sentence, their common home stated there as "两人都住…"
    me, he, she = _id("21010219580417002"), _id("21010219820630151"), _id("21010219840912002")
    text = ("和平区人民法院：\n"
            f"我叫俞凤芝，今年67岁（1958年4月17日生，女，身份证{me}），住沈阳市和平区南京南街9号2单元101室。\n"
            f"我要告对门的小两口：男的叫鲍立新（男，1982年6月30日生，身份证{he}），女的叫邹丽（女，1984年9月12日生，"
            f"身份证{she}），两人都住沈阳市和平区南京南街9号2单元102室。\n"
            "他们把鞋柜和杂物堆在楼道里，堵住了我家门口，说了多次不搬。\n"
            "请求法院判他们把楼道里的东西搬走。\n此致\n敬礼\n具状人：俞凤芝\n2025年4月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    me_p = _party(el, "俞凤芝")
    assert (me_p.role, me_p.gender, me_p.birth_date, me_p.id_number) == ("原告", "女", "1958-04-17", me)
    assert me_p.address == "沈阳市和平区南京南街9号2单元101室"
    for name, g, idn in (("鲍立新", "男", he), ("邹丽", "女", she)):
        p = _party(el, name)
        assert (p.role, p.gender, p.id_number) == ("被告", g, idn)
        assert p.address == "沈阳市和平区南京南街9号2单元102室"
    assert len(el.parties) == 3


# ------------------------------------------------------------------ claims


def test_letter_claims_under_a_first_person_heading_before_a_guardian_signature():
    # "所以我们请求：" opens the claims; the 法定代理人 signing below the letter ends no party block early
    kid = _id("53010220160305002")
    text = ("五华区人民法院：\n"
            f"我是原告杜欣然（女，2016年3月5日出生，身份证号{kid}，住云南省昆明市五华区翠湖南路6号）的爸爸杜明，由我代她来起诉。\n"
            "被我们告的是邻居谭有才（男，1972年1月9日出生，住云南省昆明市五华区翠湖南路8号）。\n"
            "谭有才家的猫抓伤了孩子的脸，打了疫苗。\n"
            "所以我们请求：谭有才赔偿医疗费1200元、交通费80元，总共1280元；诉讼费由他承担。\n"
            "法定代理人：杜明（孩子父亲）\n2025年2月3日")
    el = extract(text)
    assert el.amount_claimed == 1280.0
    assert _party(el, "杜欣然").role == "原告"


def test_letter_claims_after_please_judge_colon_with_a_periodic_sum_left_out():
    # "我想请法院判：" then a numbered list: a monthly sum is no amount claimed, the one-off sum is
    text = ("尊敬的法官：\n\n"
            "原告：葛思远，男，2014年7月2日出生，住浙江省杭州市拱墅区湖墅南路20号。\n"
            "法定代理人：施红，女，是原告的母亲，住址同上。\n"
            "被告：葛建军，男，1980年5月6日出生，住浙江省杭州市西湖区文三路99号。\n\n"
            "我和葛建军离婚后孩子跟我，他很少管孩子，孩子去年住院花了不少钱。\n\n"
            "我想请法院判：\n1.他每个月给孩子抚养费1500元；\n2.孩子住院的钱他出一半，3100元。\n"
            "诉讼费也请让他出。\n\n此致\n敬礼！\n   法定代理人：施红\n   2025年3月9日")
    el = extract(text)
    assert el.amount_claimed == 3100.0


def test_home_told_from_the_writers_door_is_no_address_the_stated_one_is():
    # "住我楼下" places the one sued only relative to the writer: the "地址是…" that follows is the address
    me = _id("32010219750211002")
    text = ("法官您好：\n"
            f"我叫柏素琴，女，1975年2月11日生，身份证号码{me}，住在南京市秦淮区大光路58号3栋602室。"
            "被我告的人叫符海涛，男，四十来岁，住我楼下，地址是南京市秦淮区大光路58号3栋502室，身份证号我不知道。\n"
            "他在小区群里说我偷了他家的花盆，还配了我的照片。\n"
            "我想请法院判：\n1.符海涛在小区群里向我道歉；\n2.赔我精神损失费3000元。\n柏素琴\n2025年7月1日")
    el = extract(text)
    sued = _party(el, "符海涛")
    assert sued.role == "被告"
    assert sued.address == "南京市秦淮区大光路58号3栋502室"
    assert _party(el, "柏素琴").address == "南京市秦淮区大光路58号3栋602室"
    assert el.amount_claimed == 3000.0


# ------------------------------------------------------------------ party blocks


def test_first_person_filer_above_numbered_entries_of_those_sued():
    # no suing sentence: "我叫某某（…）" heads the paper, the sued follow as "被告一：/被告二：" entries, a remark
    # after the second one's bracket; a bare 户籍 before a place labels the address
    me, boss = _id("43052219880512151"), _id("43052219750308301")
    text = ("起诉书\n"
            f"我叫龙建华（男，1988年5月12日生，身份证号{me}，户籍湖南省邵阳市邵东县廉桥镇石塘村5组），现在长沙打零工。\n"
            "被告一：长沙恒达装饰工程有限公司（统一社会信用代码91430100MA4L2X7Q9B，住所湖南省长沙市岳麓区麓山南路12号，"
            "法定代表人易明）。\n"
            f"被告二：易国平（男，1975年3月8日生，身份证号{boss}，住湖南省邵阳市邵东县两市镇东风路7号），是这个公司的包工头。\n"
            "我的请求：两被告支付我工钱8800元。\n此致\n敬礼！\n长沙市岳麓区人民法院\n起诉人：龙建华\n2025年1月5日")
    el = extract(text)
    me_p = _party(el, "龙建华")
    assert (me_p.role, me_p.gender, me_p.birth_date, me_p.id_number) == ("原告", "男", "1988-05-12", me)
    assert me_p.address == "湖南省邵阳市邵东县廉桥镇石塘村5组"
    assert _party(el, "长沙恒达装饰工程有限公司").address == "湖南省长沙市岳麓区麓山南路12号"
    b = _party(el, "易国平")
    assert (b.role, b.gender, b.address) == ("被告", "男", "湖南省邵阳市邵东县两市镇东风路7号")


def test_name_typeset_with_spaces_between_its_characters():
    a = _id("37010219800917151")
    text = ("民  事  起  诉  状\n\n"
            f"原告：宫  长  青，男，1980年9月17日生，汉族，身份证号{a}，住山东省济南市历下区泉城路20号\n"
            "被告：济南鲁丰物资有限公司，住所地山东省济南市槐荫区经十路300号\n"
            "法定代表人：聂  红（执行董事）\n"
            "诉讼请求：\n1．判令被告支付货款56000元；\n2．诉讼费用由被告承担。\n事实与理由：被告欠货款未付。\n")
    el = extract(text)
    p = _party(el, "宫长青")
    assert (p.role, p.gender, p.id_number) == ("原告", "男", a)
    assert p.address == "山东省济南市历下区泉城路20号"
    assert _party(el, "济南鲁丰物资有限公司").legal_representative.name == "聂红"


def test_second_sued_lives_with_the_first_said_inside_the_suing_sentence():
    # "我要告两个人，一个是A，…，住X；另一个是他妻子B，…，跟A住在一起。": B's address is A's
    me, a, b = _id("51010219700101151"), _id("51010219760511151"), _id("51010219780923002")
    text = ("尊敬的法官：\n"
            f"我叫储明亮，男的，1970年1月1日生，身份证{me}，家住四川省成都市锦江区春熙路9号。"
            f"我要告两个人，一个是祝志强，男，1976年5月11日出生，身份证{a}，住四川省成都市青羊区宽巷子15号；"
            f"另一个是他妻子文燕，女，1978年9月23日出生，身份证{b}，跟祝志强住在一起。\n"
            "他们两口子2023年找我借了5万元，一直不还。\n"
            "我请求法院判他们两个一起还我5万元。\n写信人：储明亮\n2025年5月5日")
    el = extract(text)
    assert _party(el, "文燕").address == "四川省成都市青羊区宽巷子15号"
    assert _party(el, "祝志强").address == "四川省成都市青羊区宽巷子15号"


def test_form_table_claims_end_at_the_first_row_labelled_otherwise():
    # the facts rows after the claims rows ("合同签订", "履行情况") hold sums that are no claims
    text = ("租赁合同纠纷民事起诉状（要素式）\n"
            "| 项目 | 内容 |\n|---|---|\n"
            "| 原告 | 苏州吴中机械租赁有限公司 |\n| 住所地 | 江苏省苏州市吴中区东吴北路30号 |\n"
            "| 被告 | 昆山宏远建设有限公司 |\n| 住所地 | 江苏省昆山市前进西路8号 |\n"
            "| 诉讼请求1 | 判令被告支付租金64000元 |\n"
            "| 诉讼请求2 | 判令被告支付违约金6000元（以上合计70000元） |\n"
            "| 诉讼请求3 | 本案诉讼费由被告负担 |\n"
            "| 合同签订 | 2024年1月5日签订租赁合同，月租金8000元，违约金上限6000元 |\n"
            "| 履行情况 | 被告仅支付租金16000元 |\n"
            "此致\n苏州市吴中区人民法院\n具状人：苏州吴中机械租赁有限公司\n2025年2月1日")
    assert extract(text).amount_claimed == 70000.0


def test_letter_claim_item_where_the_writer_settles_on_one_sum():
    # "…当初出的钱都是10万，…我只要他给我4万元", "…存款20000元分我一半，就是10000元": the sum settled on is
    # the claim, the sums before it in the item say how it was reckoned
    text = ("尊敬的法官：\n"
            "我叫汤晓梅，女，1988年3月3日出生，住杭州市上城区解放路10号。我要起诉的人是焦明，男，1986年生，"
            "现住杭州市滨江区江南大道200号。\n"
            "我们同居五年，一起买了一辆车，分手后车在他手里。\n"
            "我请求法院：\n1.车归他，我们当初出的钱都是10万，现在车旧了，我只要他给我4万元；\n"
            "2.共同账户里的存款20000元分我一半，就是10000元；\n3.诉讼费他承担。\n此致\n汤晓梅\n2025年4月4日")
    assert extract(text).amount_claimed == 50000.0


def test_form_table_claims_heading_row_keeps_the_breakdown_rows_under_it():
    # "|诉讼请求和依据||" heads the rows of the claim's parts: they are no facts rows
    text = ("民事起诉状（要素式）\n"
            "| 原告 | 姓名：池文博 性别：男 住所地：浙江省温州市鹿城区五马街6号 |\n"
            "| 被告 | 姓名：卢强 性别：男 住所地：浙江省温州市瓯海区娄桥街道10号 |\n"
            "|诉讼请求和依据||\n|医疗费|12,000.00元|\n|误工费|3,000.00元|\n|合计|15,000.00元|\n"
            "|请求事项|1.判令被告赔偿原告上述各项损失共计15,000.00元；2.本案诉讼费由被告负担。|\n"
            "|事实与理由||\n|事故发生情况|2024年5月1日被告驾车将原告撞伤。|\n"
            "具状人：池文博\n2024年9月2日")
    assert extract(text).amount_claimed == 15000.0


def test_letter_sues_a_person_described_as_a_shops_owner():
    # "我要告某某，他是“某某小吃店”（个体户）的老板，…，某某本人住…": the letter sues the person; the shop only
    # describes him, and where he lives is said of him by name
    me = _id("41010219720814151")
    text = ("尊敬的金水区人民法院：\n\n"
            f"我叫鲁大勇，男，1972年8月14日出生，身份证号{me}，家住河南省郑州市中原区棉纺路21号院3号楼。"
            "我要告蔡宏伟，他是“蔡家烩面馆”（个体户）的老板，这个店开在郑州市金水区经三路66号，"
            "蔡宏伟本人住郑州市金水区农业路18号院2号楼301。\n\n"
            "我在他店里当厨师，他欠我三个月工钱12600元不给。\n\n"
            "请求：判决蔡宏伟给我工钱12600元。\n\n此致\n敬礼！\n   鲁大勇\n   2025年5月6日")
    el = extract(text)
    assert [p.name for p in el.parties if p.role == "被告"] == ["蔡宏伟"]
    assert _party(el, "蔡宏伟").address == "郑州市金水区农业路18号院2号楼301"
    assert _party(el, "鲁大勇").role == "原告"


def test_letter_introduces_someone_unnamed_with_brackets_no_junk_party():
    # "老板（男，…）" names nobody: only the named one introduced with brackets is sued; a conjunction before a
    # name ("和他的店员某某") is none of it
    me = _id("44030419800202002")
    text = ("法官您好：\n"
            f"我叫谢丽君，今年45岁（1980年2月2日生，女，身份证{me}），住深圳市福田区福华路88号。\n"
            "我要告那家店的两个人：老板（男，四十多岁，名字我不知道）和店员庞小军（男，1995年6月1日生，"
            "住深圳市福田区福民路20号）。\n"
            "庞小军搬货时把我撞倒，我手腕骨折。\n我的请求：赔我医疗费8000元。\n谢丽君\n2025年8月8日")
    el = extract(text)
    names = [p.name for p in el.parties]
    assert "老板" not in names and "和店员庞小军" not in names
    assert _party(el, "庞小军").role == "被告"
    assert _party(el, "庞小军").address == "深圳市福田区福民路20号"
    assert _party(el, "谢丽君").role == "原告"


def test_a_description_after_wo_shi_is_no_filer_name():
    # "我是他的邻居，…，男，…": a description, not a name; the party-block reader takes no filer from it
    from courtdoc.extraction.parties import parse_block
    from courtdoc.extraction.segment import legal_type
    text = ("法官您好：\n我是他的邻居，今年50岁，男，住北京市东城区交道口南大街1号。"
            "我要告王大明（男，1970年生，住北京市东城区交道口南大街2号）。\n我的请求：赔我1000元。")
    parsed, _ = parse_block(text, 0, len(text))
    assert "他的邻居" not in [pp.party.name for pp in parsed] and "邻居" not in [pp.party.name for pp in parsed]
    assert legal_type("我是他的邻居，今年50岁，男，住北京市。我要告王大明。") is None
