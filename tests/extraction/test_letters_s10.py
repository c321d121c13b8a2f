"""Lay letters in shapes the letter reader learnt late: a shop sued by its sign, an untitled letter that calls the
company it sues 被告人, a person told in the story and ordered in the claims, a count of those sued, the filer as
'写状子的人', 住址同某某, a one-column form framed in box-drawing characters."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(head17: str) -> str:
    return head17 + id_check_char(head17)


def _people(text: str) -> dict[str, tuple]:
    el = extract(text)
    return {p.name: (p.role, p.gender, p.birth_date, p.id_number, p.address) for p in el.parties}


def test_a_trader_sues_a_restaurant_named_in_quotes_after_now_i_sue():
    me = _id("45010319740612331")
    text = ("尊敬的南宁市青秀区人民法院：\n"
            f"我叫覃福生，男，1974年6月12日出生，身份证{me}，家住广西壮族自治区南宁市青秀区竹溪大道33号2栋501房，在农贸市场卖活鸡。\n"
            "我现在要告的是“南宁青秀老友记酒楼”，这是一家个体户饭店，地址在南宁市青秀区民族大道106号一楼，老板叫黄志明。"
            "他们从去年5月起在我这里拿鸡，说好月底结账，到12月一共欠我货款21480元。\n"
            "我的要求是：一、让南宁青秀老友记酒楼还我货款21480元；二、打官司的钱由他们出。\n"
            "此致\n敬礼\n覃福生\n2024年3月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["覃福生"] == ("原告", "男", "1974-06-12", me, "广西壮族自治区南宁市青秀区竹溪大道33号2栋501房")
    assert people["南宁青秀老友记酒楼"] == ("被告", None, None, None, "南宁市青秀区民族大道106号一楼")
    assert el.amount_claimed == 21480


def test_a_letter_titled_qisushu_that_calls_the_company_it_sues_beigaoren_is_a_civil_complaint():
    me = _id("32010619880321283")
    text = ("起诉书（买沙发的事）\n\n"
            "法院领导您好：\n"
            f"本人顾婷婷，女，1988年3月21日出生，汉族，身份证号码{me}，住南京市鼓楼区中山北路200号3栋602室。\n"
            "被告人是南京宜居优品家具有限公司（地址：南京市秦淮区应天大街388号1幢103室，老板叫孙浩）。\n\n"
            "我去年十月在他们店里订了一套真皮沙发，付了全款12800元，送来的是人造革的，他们不肯退。\n"
            "所以请法院帮我：\n1.判他们退我沙发款12800元；\n2.诉讼费由他们出。\n\n"
            "此致\n南京市秦淮区人民法院\n写信人：顾婷婷\n2025年1月6日")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert people["顾婷婷"][:4] == ("原告", "女", "1988-03-21", me)
    assert people["南京宜居优品家具有限公司"] == ("被告", None, None, None, "南京市秦淮区应天大街388号1幢103室")


def test_one_told_in_the_story_in_brackets_and_ordered_in_the_first_numbered_claim_is_sued_as_told():
    me, him = _id("13010219850704242"), _id("13010419920217161")
    text = ("法官您好：\n"
            f"我是石家庄做窗帘的，名叫苏丽娜，女，1985年7月4日生，身份证号是{me}，户口在河北省石家庄市长安区建设北大街8号1单元302室。\n"
            f"去年6月，贺强（男，1992年2月17日出生，身份证{him}，住河北省石家庄市桥西区友谊南大街36号5栋2单元701室）"
            "新开了一家宾馆，找我做四十个房间的窗帘，总价26000元，他先付了10000元，剩下的一直拖着不给。\n"
            "我请求法院：1.判决贺强给我剩下的窗帘款16000元；2.案件受理费由贺强承担。\n"
            "具状人：苏丽娜\n2024年5月8日\n致：石家庄市桥西区人民法院")
    people = _people(text)
    assert set(people) == {"苏丽娜", "贺强"}
    assert people["贺强"] == ("被告", "男", "1992-02-17", him, "河北省石家庄市桥西区友谊南大街36号5栋2单元701室")


def test_a_count_of_those_sued_takes_the_owner_told_in_the_story_and_the_insurer_named_in_passing():
    me, driver, owner = _id("41152219600312151"), _id("41152219930805133"), _id("41150219870130251")
    text = ("起诉状\n"
            f"原告孙德旺，男，1960年3月12日生，身份证{me}，河南省光山县泼陂河镇黄涂湾村东组人。\n"
            "我2024年9月2日骑三轮车去镇上卖花生，被后面的小车撞倒在路边，右腿骨折。交警认定开车的周凯负全责。\n"
            f"开车的周凯，男，1993年8月5日生，身份证{driver}，住光山县弦山街道正大街66号。车是他姐夫冯涛的，"
            f"冯涛，男，1987年1月30日生，身份证{owner}，住信阳市浉河区东方红大道18号。"
            "这车在中国平安财产保险股份有限公司信阳中心支公司买了交强险，这家保险公司营业场所在河南省信阳市羊山新区新七大道99号。\n"
            "我住了二十五天院。所以我告他们三个，请求：\n"
            "1．三被告赔偿我医疗费、误工费、护理费等共计人民币陆万贰仟元（62000元），保险公司先赔，不够的周凯、冯涛赔；\n"
            "2．诉讼费被告出。\n此致\n光山县人民法院\n孙德旺\n2025年1月10日")
    people = _people(text)
    assert people["周凯"][0] == "被告"
    assert people["冯涛"] == ("被告", "男", "1987-01-30", owner, "信阳市浉河区东方红大道18号")
    assert people["中国平安财产保险股份有限公司信阳中心支公司"] == (
        "被告", None, None, None, "河南省信阳市羊山新区新七大道99号")


def test_no_count_no_extra_parties_and_a_trade_is_no_shop_name():
    me, son = _id("62050219480211401"), _id("62050219730415403")
    text = ("告状\n"
            f"我叫王守义，男，今年七十六了，身份证{me}，家住甘肃省天水市麦积区中滩镇樊家村二组8号。\n"
            f"我要告的是我的大儿子王建军，1973年4月15日生，身份证{son}，户口在麦积区中滩镇樊家村二组12号，现在在天水市区开饭馆。\n"
            "我有三个娃，就是这个大的一分钱不给。\n我的要求：让王建军每个月给我养老钱五百块。\n告状人：王守义\n2024年4月1日")
    assert set(_people(text)) == {"王守义", "王建军"}


def test_the_filer_signs_as_the_one_who_wrote_the_complaint_and_the_story_names_the_other_with_he_is_called():
    him, me = _id("53292719780509013"), _id("53292719660212022")
    text = ("要钱的状子\n"
            f"我们是一个寨子的人，他叫罗永福，男，1978年5月9日生，身份证{him}，住南涧县宝华镇拥政村委会中村31号。"
            "2022年他说要买核桃苗，找我借了3万元，写了欠条，到现在一分没还。\n"
            "我请求法院叫罗永福还我借款叁万元整。打官司的钱由他出。\n南涧彝族自治县人民法院\n"
            f"写状子的人：鲁桂兰，女，彝族，1966年2月12日出生，身份证{me}，住南涧县宝华镇拥政村委会下村9号\n2024年10月8日")
    people = _people(text)
    assert people["鲁桂兰"][0] == "原告"
    assert people["罗永福"][0] == "被告"


def test_home_the_same_as_a_named_person():
    me, her = _id("64042219970603053"), _id("64042319990810222")
    text = ("起诉书\n"
            f"我是马小龙，男，回族，1997年6月3日出生，身份证{me}，户口在宁夏回族自治区固原市西吉县吉强镇夏寨村三组。\n"
            f"被告一是田慧，女，1999年8月10日出生，身份证{her}，住宁夏回族自治区固原市隆德县沙塘镇和平村二组。\n"
            "被告二是田有福，男，1970年3月1日出生，是田慧的父亲，住址同田慧。\n"
            "2023年我们订了婚，我家给了彩礼10万元，今年她提出不结婚了。请求判令二被告返还彩礼10万元。\n"
            "此致\n隆德县人民法院\n马小龙\n2024年6月1日")
    assert _people(text)["田有福"][4] == "宁夏回族自治区固原市隆德县沙塘镇和平村二组"


def test_a_one_column_form_framed_in_box_drawing_characters():
    a, b = _id("65010219900412162"), _id("65010419950709251")
    text = ("民事起诉状\n┌──────────\n│当事人信息\n│原告：古丽娜尔·艾力\n│性别：女　出生日期：1990年4月12日\n"
            f"│身份证号：{a}\n│住所：新疆维吾尔自治区乌鲁木齐市天山区解放南路88号2栋301室\n│被告1：王磊\n│性别：男\n"
            f"│身份证号：{b}\n│住所：新疆维吾尔自治区乌鲁木齐市新市区北京南路200号\n│被告2：乌鲁木齐快行跑腿服务有限公司\n"
            "│住所地：新疆维吾尔自治区乌鲁木齐市新市区长春中路100号\n├──────────\n│诉讼请求\n"
            "│1.判令二被告赔偿原告医疗费等共计18000元；\n├──────────\n│事实和理由\n│被告1送外卖时撞伤原告。\n└──────────\n"
            "此致\n乌鲁木齐市天山区人民法院\n具状人：古丽娜尔·艾力")
    el = extract(text)
    people = _people(text)
    assert people["古丽娜尔·艾力"] == ("原告", "女", "1990-04-12", a, "新疆维吾尔自治区乌鲁木齐市天山区解放南路88号2栋301室")
    assert people["王磊"][0] == "被告" and people["王磊"][3] == b
    assert people["乌鲁木齐快行跑腿服务有限公司"][4] == "新疆维吾尔自治区乌鲁木齐市新市区长春中路100号"
    assert el.amount_claimed == 18000
    assert not any("│" in c for c in el.claims)


def test_an_old_filer_gives_his_zodiac_and_the_birth_date_on_his_id_card():
    me, son = _id("61040219460702401"), _id("61040219700911403")
    text = ("告状\n"
            f"我叫刘长顺，今年七十八岁了，男，属狗的，身份证上写的是1946年7月2日，号码{me}，家住陕西省咸阳市秦都区马泉街道北上召村五组9号。\n"
            f"我要告的是我的大儿子刘建设，1970年9月11日生，身份证{son}，户口在秦都区马泉街道北上召村五组15号。\n"
            "我的要求：让刘建设每个月给我养老钱五百块。\n告状人：刘长顺\n2024年4月1日")
    assert _people(text)["刘长顺"] == ("原告", "男", "1946-07-02", me, "陕西省咸阳市秦都区马泉街道北上召村五组9号")


def test_a_home_told_as_where_one_is_from_down_to_the_village():
    me = _id("43052419620415151")
    text = ("起诉状\n"
            f"原告向德明，男，1962年4月15日生，身份证{me}，湖南省隆回县荷田乡大坪村四组人。\n"
            "被告罗志勇，男，1985年2月3日生，住隆回县桃洪镇朝阳路22号。\n"
            "他2023年借我2万元，写了借条，到期不还。请求判令被告归还借款2万元。\n此致\n隆回县人民法院\n向德明")
    assert _people(text)["向德明"][4] == "湖南省隆回县荷田乡大坪村四组"


def test_what_the_filer_is_before_her_name_and_a_company_given_by_its_full_name_after_its_short_one():
    me, a = _id("33010619900313204"), _id("33010619850721101")
    text = ("起 诉 书\n"
            f"我是租客林雨桐，女，身份证{me}，1990年3月13日生，户籍浙江省杭州市西湖区文三路77号。\n"
            f"被我告的是房东：钱志远，男，1985年7月21日出生，身份证号码{a}，住杭州市拱墅区莫干山路1号5幢302室。"
            "他的房子是找“安居装修”装的，全称杭州安居装饰工程有限公司，地址在杭州市拱墅区湖墅南路8号，法定代表人叫吴斌。\n"
            "所以我起诉他们两个，请求：一、判钱志远和杭州安居装饰工程有限公司赔我损失8000元。\n此致\n杭州市拱墅区人民法院\n起诉人：林雨桐")
    people = _people(text)
    assert people["林雨桐"][:4] == ("原告", "女", "1990-03-13", me)
    assert people["杭州安居装饰工程有限公司"] == ("被告", None, None, None, "杭州市拱墅区湖墅南路8号")


def test_the_filer_calls_himself_qisuren_and_the_parents_live_at_the_address_above():
    me, her = _id("35058219950412053"), _id("35052119970619062")
    text = ("我要起诉——关于要回彩礼的事\n\n"
            f"法官您好，我是起诉人郑文斌，男，1995年4月12日出生，身份证号码{me}，户口在福建省晋江市安海镇前蔡村12号。\n\n"
            "被起诉的人有三个：\n"
            f"1. 王雅婷，女，1997年6月19日出生，身份证号码{her}，住福建省惠安县螺城镇北关村33号，是我原来的对象；\n"
            "2. 王德福，男，是王雅婷的父亲，住址同上；\n3. 苏美华，女，是王雅婷的母亲，住址同上。\n\n"
            "订婚时我家给了彩礼66000元，她今年提出分手。\n我现在请求法院：\n（一）判三位被起诉人返还我彩礼66000元；\n"
            "此致\n惠安县人民法院\n起诉人：郑文斌\n2024年5月28日")
    people = _people(text)
    assert people["郑文斌"][:4] == ("原告", "男", "1995-04-12", me)
    assert people["王德福"] == ("被告", "男", None, None, "福建省惠安县螺城镇北关村33号")


def test_a_company_named_in_the_story_with_its_seat_in_brackets_and_ordered_to_guarantee_is_sued():
    me, a = _id("15042919700305131"), _id("15042919800818153")
    text = ("关于卖羊钱要不回来的起诉\n"
            f"我是巴林右旗养羊户包金山，男，1970年3月5日出生，蒙古族，身份证号码{me}，住内蒙古自治区赤峰市巴林右旗大板镇白音村二组。\n"
            f"今年春天，羊贩子赵春生（男，1980年8月18日出生，身份证号码{a}，住赤峰市松山区穆家营子镇）来拉羊，说是给赤峰草原鲜肉业有限公司"
            "（住所地内蒙古自治区赤峰市松山区工业园区，老板姓王）收的。一共拉走羊一百二十只，还欠我伍万元整，公司盖了章做担保。\n"
            "我请求：赵春生还我羊钱50000元，草原鲜肉业有限公司承担担保责任；打官司的钱他们出。\n此致\n巴林右旗人民法院\n包金山")
    people = _people(text)
    assert people["赤峰草原鲜肉业有限公司"] == ("被告", None, None, None, "内蒙古自治区赤峰市松山区工业园区")
    assert people["赵春生"][0] == "被告"


def test_the_one_sued_told_by_his_home_then_his_gender_and_age():
    me = _id("13060619580211248")
    text = ("法院的领导：\n"
            f"我叫赵秀芝，女，1958年2月11日生人，身份证号{me}，家住河北省保定市满城区方顺桥镇东村12号。"
            "我要告我西边的邻居钱大勇，他家在河北省保定市满城区方顺桥镇东村14号，男的，四十来岁，具体哪年生的我不清楚。\n"
            "他家把排水管接到我家墙根，雨水倒灌进院子。我的要求是：一、让钱大勇把管子改走；二、赔我损失2000块钱。\n"
            "此致\n保定市满城区人民法院\n写信人：赵秀芝")
    assert _people(text)["钱大勇"] == ("被告", "男", None, None, "河北省保定市满城区方顺桥镇东村14号")


def test_one_called_by_a_nickname_with_his_name_in_the_bracket_after_it():
    me, him = _id("45222519820307242"), _id("45222519750602131")
    text = ("各位法官：\n"
            f"我叫韦春燕，女，壮族，身份证{me}，住在广西来宾市忻城县城关镇新兴街18号。\n"
            f"隔壁开五金店的老蓝（蓝志刚，男，身份证{him}，住城关镇新兴街20号）去年借了我三万块钱，说三个月还，到现在一分没还。\n"
            "我请求法院判蓝志刚还我30000元。\n韦春燕\n2024年6月3日")
    assert _people(text)["蓝志刚"] == ("被告", "男", "1975-06-02", him, "城关镇新兴街20号")


def test_a_couple_files_together_against_the_landlord_named_after_the_word_landlord():
    a, b = _id("44010619500801131"), _id("44010619530209142")
    text = ("尊敬的法官：\n我和我老伴两个人一起告我们的房东。\n"
            f"我叫黄德胜，男，1950年8月1日出生，身份证{a}；我老伴叫陈月娥，女，1953年2月9日出生，身份证{b}；我们都住广州市天河区石牌东路3号。\n"
            "房东叫何少芬，女，五十多岁，住广州市天河区棠下村二横路8号。\n她收了我们押金6000元不退。请法院判她退我们押金6000元。\n"
            "黄德胜 陈月娥\n2024年5月")
    people = _people(text)
    assert people["黄德胜"] == ("原告", "男", "1950-08-01", a, "广州市天河区石牌东路3号")
    assert people["陈月娥"] == ("原告", "女", "1953-02-09", b, "广州市天河区石牌东路3号")
    assert people["何少芬"] == ("被告", "女", None, None, "广州市天河区棠下村二横路8号")


def test_a_shop_sued_together_with_its_owner_in_one_breath():
    me, him = _id("33062419680707202"), _id("33062419700101101")
    text = ("尊敬的法官：\n"
            f"我叫俞美华，女，1968年7月7日出生，身份证{me}，家住浙江省新昌县七星街道大道西路9号。\n"
            f"我要告新昌县好邻居超市和它的老板俞国平（男，身份证{him}，住新昌县南明街道人民中路5号）。"
            "今年2月我在好邻居超市门口滑倒摔断了手，超市门口拖地后没放提示牌。\n"
            "请法院判超市和俞国平赔我医药费、误工费等共计35620元。\n俞美华\n2024年5月10日")
    people = _people(text)
    assert people["新昌县好邻居超市"][0] == "被告"
    assert people["俞国平"][:4] == ("被告", "男", "1970-01-01", him)
    assert people["俞美华"][0] == "原告"


def test_a_father_files_for_a_minor_told_as_not_yet_of_age():
    kid = _id("43070220100501101")
    text = ("尊敬的法院：\n"
            f"本人系原告唐晓军的父亲唐国庆，因唐晓军尚未成年（2010年5月1日出生，身份证{kid}，住湖南省常德市武陵区洞庭大道1号），由我代他起诉。\n"
            "被告：常德市武陵区阳光学校，地址常德市武陵区朗州路66号，校长刘某。\n"
            "孩子在学校体育课上被篮球架砸伤，请求判令被告赔偿医疗费等23000元。\n唐国庆\n2024年6月")
    people = _people(text)
    assert people["唐晓军"] == ("原告", "男", "2010-05-01", kid, "湖南省常德市武陵区洞庭大道1号")


def test_the_filer_writes_i_after_the_role_word_and_the_neighbour_is_named_after_my_neighbour():
    me = _id("36042419660909101")
    text = ("起诉状\n原告：我，石春生，男，1966年9月9日出生，身份证" + me + "，住江西省修水县义宁镇良塘新区5号。\n"
            "被告：我的邻居黄水根，男，六十岁左右，住修水县义宁镇良塘新区7号。\n请求：判令被告拆除在我家门口搭建的猪圈。\n此致\n修水县人民法院")
    people = _people(text)
    assert people["石春生"] == ("原告", "男", "1966-09-09", me, "江西省修水县义宁镇良塘新区5号")
    assert people["黄水根"] == ("被告", "男", None, None, "修水县义宁镇良塘新区7号")


def test_a_sole_trader_sued_by_its_sign_with_its_owner_and_shop_in_the_bracket():
    me = _id("65290119780612001")
    text = ("我叫阿不都热合曼·吐尔逊，男，维吾尔族，1978年出生，身份证号码" + me + "，家住新疆阿克苏市英巴扎街道团结路8号。\n"
            "我要起诉阿克苏金果农资商店（个体户，老板叫王红军，店在阿克苏市南大街33号），他卖给我的化肥是假的，我家20亩苹果树减产。"
            "请法院判他赔我损失60000元。\n2024年10月")
    people = _people(text)
    assert set(people) == {"阿不都热合曼·吐尔逊", "阿克苏金果农资商店"}
    assert people["阿克苏金果农资商店"] == ("被告", None, None, None, "阿克苏市南大街33号")


def test_the_head_of_a_company_writes_for_the_company_that_files():
    him = _id("53212619800303131")
    text = ("法官同志：\n我是昆明顺鑫建材有限公司的老板张德全，我们公司（地址：昆明市官渡区关上中路88号）要告一个欠货款的包工头。\n"
            f"他叫付永强，男，1980年3月3日生，身份证{him}，住云南省昭通市镇雄县乌峰街道南大街12号。\n"
            "他2023年在我们公司拉了钢筋水泥，一共欠货款86500元，打了欠条。\n请法院判付永强还我们公司货款86500元。\n"
            "昆明顺鑫建材有限公司\n张德全\n2024年4月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    people = _people(text)
    assert set(people) == {"昆明顺鑫建材有限公司", "付永强"}
    assert people["昆明顺鑫建材有限公司"] == ("原告", None, None, None, "昆明市官渡区关上中路88号")
    assert people["付永强"][:4] == ("被告", "男", "1980-03-03", him)


def test_those_sued_numbered_on_the_role_line_itself():
    me, him = _id("45122919700101202"), _id("45122919680202101")
    text = ("起诉书\n告状人：覃桂英，女，瑶族，1970年1月1日出生，身份证" + me + "，住广西巴马瑶族自治县巴马镇盘阳路5号。\n"
            "被告状人：一、黄日新，男，身份证" + him + "，住巴马镇民族大道9号；二、巴马长寿山泉水有限公司，住所巴马镇工业园区1号。\n"
            "要求：二被告连带赔偿我在其厂区摔伤的医疗费等损失48000元。\n此致\n巴马瑶族自治县人民法院")
    people = _people(text)
    assert people["黄日新"][:4] == ("被告", "男", "1968-02-02", him)
    assert people["巴马长寿山泉水有限公司"] == ("被告", None, None, None, "巴马镇工业园区1号")
