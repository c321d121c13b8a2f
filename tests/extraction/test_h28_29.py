"""Party and claim rules added after the holdout28-29 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ claims


def test_sum_of_an_act_set_aside_is_not_added_to_the_sum_paid_back():
    # "撤销…的12万元赠与，判令被告返还120000元": the gift revoked is described by its sum; the claim is the return
    p_id, d_id = _id("32010619520811081"), _id("32010619800304041")
    text = ("民事起诉状\n"
            f"原告：钱玉珍，女，1952年8月11日出生，汉族，住江苏省南京市鼓楼区中山北路201号，公民身份号码{p_id}。\n"
            f"被告：钱海涛，男，1980年3月4日出生，汉族，住江苏省南京市玄武区龙蟠路55号，公民身份号码{d_id}。\n"
            "诉讼请求：\n"
            "1．撤销原告于2021年3月对被告的12万元赠与，判令被告返还原告120000元；\n"
            "2．本案诉讼费用由被告负担。\n"
            "事实与理由：\n"
            "2021年3月原告将12万元转给被告用于购车，被告承诺每周回家照看原告，此后从未履行。\n"
            "此致\n南京市玄武区人民法院\n具状人：钱玉珍\n2024年6月3日")
    assert extract(text).amount_claimed == 120000.0


def test_sum_in_a_contract_set_aside_alone_is_still_the_claim():
    # with no payment asked after it, the sum in the item stays what the item is about
    p_id, d_id = _id("32010619520811081"), _id("32010619800304041")
    text = ("民事起诉状\n"
            f"原告：钱玉珍，女，1952年8月11日出生，汉族，住江苏省南京市鼓楼区中山北路201号，公民身份号码{p_id}。\n"
            f"被告：钱海涛，男，1980年3月4日出生，汉族，住江苏省南京市玄武区龙蟠路55号，公民身份号码{d_id}。\n"
            "诉讼请求：\n"
            "1．撤销原告对被告的8万元赠与；\n"
            "2．本案诉讼费用由被告负担。\n"
            "事实与理由：\n"
            "原告赠与被告8万元，被告不履行约定义务。\n"
            "此致\n南京市玄武区人民法院\n具状人：钱玉珍\n2024年6月3日")
    assert extract(text).amount_claimed == 80000.0


# ------------------------------------------------------------------ forms written with spaces for colons


def test_form_labels_without_colon_do_not_run_into_the_address_before():
    p_id, d_id = _id("35010219870612002"), _id("35010319910130001")
    text = ("民事起诉状（民间借贷纠纷要素式）\n"
            "当事人信息\n"
            "原告：姓名 林晓燕　性别 女　出生日期 1987年6月12日　民族 汉族\n"
            "　　　住所地（户籍所在地）福建省福州市鼓楼区五四路77号3座1502室\n"
            "　　　经常居住地 福建省福州市仓山区浦上大道216号7栋803室\n"
            f"　　　证件种类 居民身份证　证件号码 {p_id}\n"
            "被告：姓名 郑伟　性别 男　出生日期 1991年1月30日　民族 汉族\n"
            "　　　住所地（户籍所在地）福建省福州市台江区八一七中路400号2栋606室\n"
            f"　　　证件号码 {d_id}\n"
            "诉讼请求和依据\n"
            "1．偿还借款：15000元\n"
            "2．诉讼费用负担：由被告承担\n"
            "事实与理由\n"
            "1．2023年8月1日被告向原告借款15000元，约定年底归还，至今未还。\n"
            "具状人（签字）：林晓燕\n"
            "日期：2024年3月1日")
    el = extract(text)
    assert _party(el, "林晓燕").address == "福建省福州市仓山区浦上大道216号7栋803室"
    assert _party(el, "郑伟").address == "福建省福州市台江区八一七中路400号2栋606室"
    assert el.amount_claimed == 15000.0


# ------------------------------------------------------------------ letters


def test_letter_filer_and_sued_with_attributes_in_brackets():
    # "我是A（男，…）…。我要起诉B（女，…），…": both read from their brackets; the letter is a complaint
    filer, sued = _id("45010319900214101"), _id("45010219820706202")
    text = ("尊敬的青秀区人民法院：\n"
            f"　　我是黄志斌（男，壮族，1990年2月14日出生，身份证号{filer}，住广西壮族自治区南宁市青秀区民族大道136号），"
            "在朝阳路开一家手机维修店。\n"
            f"　　我要起诉韦丽萍（女，汉族，1982年7月6日出生，身份证号{sued}，住南宁市兴宁区朝阳路58号3栋），她是我楼上的邻居。\n"
            "　　今年1月她家卫生间漏水，把我店里的两台电脑和一批配件泡坏了，她一直不肯赔。\n"
            "　　我的要求：\n"
            "　　1．韦丽萍赔偿我财产损失7600元；\n"
            "　　2．诉讼费由她承担。\n"
            "此致\n黄志斌\n2024年3月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "黄志斌"), ("被告", "韦丽萍")]
    p = _party(el, "黄志斌")
    assert (p.gender, p.birth_date, p.id_number) == ("男", "1990-02-14", filer)
    assert p.address == "广西壮族自治区南宁市青秀区民族大道136号"
    d = _party(el, "韦丽萍")
    assert (d.gender, d.birth_date, d.id_number, d.address) == ("女", "1982-07-06", sued, "南宁市兴宁区朝阳路58号3栋")
    assert el.amount_claimed == 7600.0


def test_letter_sues_someone_described_at_length_before_the_name():
    # "我要起诉的人是我以前的高中同学A，男，…" and "我要告住在我家楼后的邻居B（男，六十来岁，住…）":
    # a description ending in a relation word stands before the name; "户籍在…" is the registered address
    filer, sued = _id("37020219950603301"), _id("37020319941118251")
    text = ("法官您好：\n"
            f"我叫孔令伟，男，1995年6月3日出生，身份证号码{filer}，户籍在山东省青岛市市南区香港中路61号，现在在黄岛打工。\n"
            f"我要起诉的人是我以前的高中同学季鹏飞，男，1994年11月18日出生，身份证号码{sued}，住山东省青岛市市北区辽宁路203号。\n"
            "2023年他说做生意缺钱，从我这里拿走两万六千元，说半年还，现在电话也不接。\n"
            "我的诉求：\n"
            "一，季鹏飞还我26000元；\n"
            "二，诉讼费他出。\n"
            "孔令伟\n2024年9月1日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "孔令伟"), ("被告", "季鹏飞")]
    assert _party(el, "孔令伟").address == "山东省青岛市市南区香港中路61号"
    d = _party(el, "季鹏飞")
    assert (d.gender, d.birth_date, d.id_number) == ("男", "1994-11-18", sued)

    text2 = ("尊敬的市北区人民法院法官：\n"
             f"您好！我叫孔令伟，男，1995年6月3日出生，身份证号{filer}，住山东省青岛市市北区延安三路15号2单元101室。"
             "我要告住在我家楼后平房的邻居宋德胜（男，六十来岁，住山东省青岛市市北区延安三路17号院内，身份证号不知道）。\n"
             "去年他在院里搭了个棚子，把我家厨房的窗户全挡上了。\n"
             "我的要求是：让宋德胜把棚子拆了。\n"
             "孔令伟\n2024年5月6日")
    el = extract(text2)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "孔令伟"), ("被告", "宋德胜")]
    d = _party(el, "宋德胜")
    assert (d.gender, d.address) == ("男", "山东省青岛市市北区延安三路17号院内")


def test_letter_sued_described_on_the_lines_after_the_sued_sentence():
    # "我要告A、B两口子…。\nA是男的，…；B是女的，…。他们俩都住在…": the lines opening with a name sued describe them;
    # "是男的" states the gender and "他们俩都住在" one address for both
    filer, a_id, b_id = _id("21010219700505152"), _id("21010319781009301"), _id("21010319800122402")
    text = ("尊敬的法官：\n"
            f"我叫邵文华，男，1970年5月5日出生，身份证号{filer}，家住辽宁省沈阳市和平区南京南街77号1单元501室。"
            "我要告顾振东、何丽娜两口子借钱不还的事。\n"
            f"顾振东是男的，1978年10月9日生，身份证号码{a_id}；何丽娜是女的，1980年1月22日生，身份证号码{b_id}。"
            "他们俩都住在沈阳市沈河区青年大街210号3号楼2单元802室，开一家洗车店。\n"
            "2022年5月他们说洗车店要换设备，找我借了五万元，写了借条，到现在没还。\n"
            "我请求法院判他们俩还我50000元，打官司的钱也让他们出。\n"
            "此致\n敬礼\n起诉人：邵文华\n2024年4月1日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "邵文华"), ("被告", "何丽娜"), ("被告", "顾振东")]
    a, b = _party(el, "顾振东"), _party(el, "何丽娜")
    assert (a.gender, a.birth_date, a.id_number) == ("男", "1978-10-09", a_id)
    assert (b.gender, b.birth_date, b.id_number) == ("女", "1980-01-22", b_id)
    assert a.address == b.address == "沈阳市沈河区青年大街210号3号楼2单元802室"
    assert el.amount_claimed == 50000.0


def test_letter_sues_a_daughter_and_her_parents_named_as_a_pair():
    # "我要告A和她的爸妈B、C。\nA，女，…。B、C是她爸妈，…": 爸妈 before two names states no gender and is no part of a name
    filer, sued = _id("64010419930815203"), _id("64010219960410112")
    text = ("法官您好：\n"
            f"我叫丁海军，男，1993年8月15日生，身份证号码{filer}，家住宁夏回族自治区银川市兴庆区解放东街88号。"
            "我要告马小燕和她的爸妈马长青、李桂花。\n"
            f"马小燕，女，1996年4月10日生，身份证{sued}，住宁夏回族自治区吴忠市利通区开元大道12号。"
            "马长青、李桂花是她爸妈，身份证号码我不知道。\n"
            "订婚时我家给了彩礼六万元，后来她家悔婚。我请求法院判他们三个把彩礼60000元退给我。\n"
            "具状人：丁海军\n2024年10月8日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [
        ("原告", "丁海军"), ("被告", "李桂花"), ("被告", "马小燕"), ("被告", "马长青")]
    x = _party(el, "马小燕")
    assert (x.gender, x.birth_date, x.id_number) == ("女", "1996-04-10", sued)
    assert _party(el, "马长青").gender is None


def test_letter_sues_a_registered_company_described_by_whose_it_is():
    # "我要告我以前打工的某某有限公司，厂子在…，老板叫…": the registered name after "…的" is the 被告, where the works
    # are its address and the boss no party
    filer = _id("41010519850321402")
    text = ("尊敬的法院领导：\n"
            f"我叫范淑琴，女，1985年3月21日出生，身份证号{filer}，住郑州市金水区花园路126号3号楼1单元。"
            "我要告我以前打工的河南中原宏达纸业有限公司，厂子在郑州市惠济区天河路55号，老板叫牛建设。\n"
            "我在厂里干了六年，今年厂里说不干了就让我们走，一分钱补偿也不给。\n"
            "我的诉求：厂里给我经济补偿金30600元。\n"
            "此致\n郑州市惠济区人民法院\n范淑琴\n2024年8月5日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "范淑琴"), ("被告", "河南中原宏达纸业有限公司")]
    org = _party(el, "河南中原宏达纸业有限公司")
    assert org.kind == "organization" and org.address == "郑州市惠济区天河路55号"
    assert el.amount_claimed == 30600.0


def test_layperson_claims_openings():
    # a claims heading after a sentence on the same line ("…。我的要求是：…") and "要求…把…元给我"
    filer = _id("41010519850321402")
    head = ("尊敬的法官：\n"
            f"我叫范淑琴，女，1985年3月21日出生，身份证号{filer}，住郑州市金水区花园路126号3号楼1单元。"
            "我要起诉我的邻居贺长河（男，住郑州市金水区花园路128号）。\n")
    text = head + ("他家去年装修把我家的墙打裂了，一直不修。我的要求是：让贺长河把墙修好，再赔我家的损失，一共4500元。\n"
                   "范淑琴\n2024年8月5日")
    assert extract(text).amount_claimed == 4500.0
    text = head + ("他家装修时借了我家的电钻和梯子，弄坏了不赔。所以我告贺长河，要求他把工具钱2300元赔给我，诉讼费也由他出。\n"
                   "范淑琴\n2024年8月5日")
    assert extract(text).amount_claimed == 2300.0


def test_letter_suing_with_a_bare_wo_gao_is_a_complaint():
    # "所以我告某某和某某公司，要求…": a letter from a first-person filer who sues is a complaint (起诉状)
    filer = _id("62010219800101301")
    text = ("给法院的一封信\n"
            "法官您好！\n"
            f"我叫马占山，回族，男，1980年1月1日生，身份证{filer}，户口在甘肃省临夏州广河县城关镇5号。"
            "2023年我跟着工头韩某在一个工地上干小工，说好一天280元。干完活工钱一直拖着，剩下的16800元到现在没给。\n"
            "所以我告韩某和他挂靠的建筑公司，要求他们一起把我的工钱16800元给我。\n"
            "此致\n敬礼\n马占山\n2024年2月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert el.amount_claimed == 16800.0


def test_role_stated_in_a_sentence_names_a_villagers_group():
    # "被告是某村第三村民小组，组长叫…，地址在…": a 村民小组 is an organisation, "被告是" labels its entry
    p_id = _id("36042919920717102")
    text = ("关于分给我土地补偿款的诉状\n"
            f"原告邹小红，女，1992年7月17日出生，身份证号码{p_id}，户口在江西省九江市湖口县流泗镇红星村三组8号。\n"
            "被告是九江市湖口县流泗镇红星村第三村民小组，组长叫邹国平，地址在湖口县流泗镇红星村三组。\n"
            "　　组里修路征地，每人分补偿款1.8万元，只有我没分到。\n"
            "　　所以我请求法院判决：被告红星村第三村民小组付给我土地补偿款18000元。\n"
            "具状人　邹小红\n2024年6月1日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "邹小红"), ("被告", "九江市湖口县流泗镇红星村第三村民小组")]
    g = _party(el, "九江市湖口县流泗镇红星村第三村民小组")
    assert g.kind == "organization" and g.address == "湖口县流泗镇红星村三组"


def test_parent_letter_suing_the_children_named_in_the_story():
    # "我有两个女儿，大女儿A（…生，身份证…，住…），小女儿B（…）…我请求法院判我两个女儿：…": the daughters named in
    # the story with their attributes are the 被告 (女 from the kin word); the filer is the 原告
    filer, a_id, b_id = _id("13010219450708102"), _id("13010219700315202"), _id("13010419740923102")
    text = ("起诉书\n"
            "法院领导：\n"
            f"　　我叫赵秀英，女，今年79岁，1945年7月8日生，身份证号码{filer}，住河北省石家庄市长安区建设北大街41号。"
            f"老伴前年去世了，我有两个女儿，大女儿孟丽华（1970年3月15日生，身份证{a_id}，住石家庄市桥西区中华南大街99号），"
            f"小女儿孟丽娟（1974年9月23日生，身份证{b_id}，住石家庄市新华区友谊北大街16号）。\n"
            "　　我有心脏病，今年住院花了6300元，两个女儿谁也不管。\n"
            "　　我请求法院判我两个女儿：一、每人每个月给我赡养费500元；二、我住院垫的6300元医疗费由她们两个平摊还给我。\n"
            "　　此致\n石家庄市长安区人民法院\n起诉人：赵秀英\n2024年5月6日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "赵秀英"), ("被告", "孟丽华"), ("被告", "孟丽娟")]
    a = _party(el, "孟丽华")
    assert (a.gender, a.birth_date, a.id_number, a.address) == ("女", "1970-03-15", a_id, "石家庄市桥西区中华南大街99号")
    f = _party(el, "赵秀英")
    assert (f.gender, f.birth_date, f.id_number) == ("女", "1945-07-08", filer)
    assert el.amount_claimed == 6300.0


def test_layperson_asking_compensation_reckoned_in_words():
    # "我要求公司按我干的年头给我补偿，…，4800乘以6，一共是28800元": the demand opens at 要求…补偿 and claims its 一共
    filer = _id("41010519850321402")
    text = ("尊敬的法院领导：\n"
            f"我叫范淑琴，女，1985年3月21日出生，身份证号{filer}，住郑州市金水区花园路126号3号楼1单元。"
            "我要告我以前打工的河南中原宏达纸业有限公司，厂子在郑州市惠济区天河路55号。\n"
            "厂里搬走了，让我们自己走人，一分钱补偿也不给。\n"
            "我要求公司按我干的年头给我补偿，干了六年，算六个月工资，4800乘以6，一共是28800元。\n"
            "此致\n郑州市惠济区人民法院\n范淑琴\n2024年8月5日")
    assert extract(text).amount_claimed == 28800.0


def test_letter_sues_at_the_end_people_described_in_the_story():
    # "我跟着工头A（男，…）在B有限公司（地址…）…。所以我告A和B有限公司，要求…": each one sued is read from the
    # brackets where the story first names them; the registered name is an organisation
    filer, boss = _id("62292319880305101"), _id("62010219750812201")
    text = ("给法院的一封信\n"
            "法官您好！\n"
            f"我叫马占山，回族，男，1988年3月5日生，身份证{filer}，户口在甘肃省临夏州广河县城关镇东街5号。"
            f"2023年我跟着工头韩有福（男，1975年8月12日生，身份证{boss}，住甘肃省兰州市七里河区西站东路9号）"
            "在甘肃兴陇建筑工程有限公司（地址甘肃省兰州市安宁区北滨河西路300号，老板叫杨某）承包的工地上干小工，说好一天280元。\n"
            "干完活工钱一直拖着，剩下的16800元到现在没给。\n"
            "所以我告韩有福和甘肃兴陇建筑工程有限公司，要求他们一起把我的工钱16800元给我。\n"
            "此致\n敬礼\n马占山\n2024年2月2日")
    el = extract(text)
    assert sorted((p.role, p.name) for p in el.parties) == [
        ("原告", "马占山"), ("被告", "甘肃兴陇建筑工程有限公司"), ("被告", "韩有福")]
    b = _party(el, "韩有福")
    assert (b.gender, b.birth_date, b.id_number, b.address) == ("男", "1975-08-12", boss, "甘肃省兰州市七里河区西站东路9号")
    c = _party(el, "甘肃兴陇建筑工程有限公司")
    assert c.kind == "organization" and c.address == "甘肃省兰州市安宁区北滨河西路300号"
    assert el.amount_claimed == 16800.0
