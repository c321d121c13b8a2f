"""Party shapes learnt from the holdout134-137 look, each on a document of our own: a name spaced by OCR, an agency
ordered by its kind alone, a '住：' line under a letter's signature, '现在在城里住，…', '住址同上' before a current
home, and a sole trader that files by its sign with its operator named after it."""

from courtdoc.extraction import extract

from .samples import party_fields as _people
from .samples import valid_id as _id


def test_names_spaced_by_ocr_are_read_whole():
    a, b = _id("21010219850714202"), _id("21010319900303101")
    text = ("民 事 起 诉 状\n"
            f"原告 ：欧阳 ，女 ，１９８５年７月１４日 出生 ，汉族 ，身份证 号{a} ，住辽宁省沈阳市和平区南京北街９号。\n"
            f"被告 ：阎 晓峰 ，男 ，１９９０年３月３日出 生 ，汉族 ，身份证号 {b}，住辽宁省沈阳市沈河区青年大街２１号。\n"
            "诉 讼 请 求：\n一 、判令 被告返还 原告借款 人民币１５０００元 ；\n二 、本 案诉 讼费由被告承担 。\n"
            "此 致\n沈阳市和平区人民法院\n具状人 ：欧阳\n")
    people = _people(text)
    assert people["阎晓峰"][:4] == ("被告", "男", "1990-03-03", b)
    assert "阎" not in people


def test_a_spaced_surname_before_a_gender_stays_one_character_name_plus_gender():
    # "王 男": the field after the space is the gender, not the rest of the name
    text = ("民事起诉状\n原告：王 男，住河北省保定市竞秀区朝阳南大街12号。\n被告：李强，男，住河北省保定市莲池区东风路8号。\n"
            "诉讼请求：判令被告偿还借款3000元。\n此致\n保定市竞秀区人民法院\n")
    people = _people(text)
    assert "王男" not in people


def test_a_letter_orders_an_agency_by_its_kind_and_signs_with_its_home_on_a_line():
    me = _id("37010219680211402")
    text = ("济南市历下区人民法院的法官：\n"
            "您好！去年十月我和女儿在济南远方海岸国际旅行社有限公司（地址：山东省济南市历下区泉城路188号6楼）报了“西北环线八日游”，"
            "两人共9600元，合同写明不进购物店，结果导游带我们进了四个购物店。\n"
            "我请求法院判旅行社：退还团费3000元；诉讼费由他们出。\n"
            f"起诉人：宋玉梅，女，1968年2月11日生，汉族\n身份证号：{me}\n住：山东省济南市历下区文化东路56号2单元302室\n"
            "电话：13905310000\n2025年1月6日")
    people = _people(text)
    assert people["济南远方海岸国际旅行社有限公司"] == ("被告", None, None, None, "山东省济南市历下区泉城路188号6楼")
    assert people["宋玉梅"] == ("原告", "女", "1968-02-11", me, "山东省济南市历下区文化东路56号2单元302室")
    assert "旅行社" not in people


def test_a_son_who_lives_in_town_told_after_a_comma():
    me, son = _id("14052519490305301"), _id("14052519760808301")
    text = ("告儿子的状子\n法院的同志：\n"
            f"俺叫张满囤，男，1949年3月5日生的，身份证{me}，家在山西省泽州县川底乡东村三组。\n"
            f"俺要告的是俺二小子张二保，1976年8月8日生，身份证{son}，现在在县城住，山西省泽州县南村镇府前街66号。\n"
            "他三年没给过俺一分钱。俺的要求：让他每月给俺生活费四百块。\n张满囤（手印）\n2024年10月1日")
    people = _people(text)
    assert people["张二保"] == ("被告", "男", "1976-08-08", son, "山西省泽州县南村镇府前街66号")


def test_same_as_above_before_a_current_home_is_the_address():
    a, b = _id("52242619450101022"), _id("52242619700606035")
    text = ("贵州省某县人民法院\n民事判决书\n"
            f"原告：王秀英，女，1945年1月1日生，住贵州省纳雍县维新镇中寨村下组，公民身份号码：{a}。\n"
            f"被告：李大贵，男，1970年6月6日生，住址同上，现住广东省东莞市长安镇沙头社区，公民身份号码：{b}。\n"
            "原告王秀英与被告李大贵赡养纠纷一案，本院立案后依法适用简易程序进行审理。\n"
            "王秀英向本院提出诉讼请求：判令被告每月支付赡养费500元。\n")
    people = _people(text)
    assert people["李大贵"][4] == "贵州省纳雍县维新镇中寨村下组"
    el = extract(text)
    kinds = [a.kind for a in next(p for p in el.parties if p.name == "李大贵").addresses]
    assert "现住" in kinds  # the current home is kept among the addresses


def test_a_sole_trader_files_by_its_sign_with_the_operator_after_it():
    op, them = _id("53010219750409151"), _id("53011119820117153")
    text = ("尊敬的昆明市五华区人民法院法官：\n"
            "我是五华区顺达建材经营部的老板李顺达，想请法院帮店里要回货款。\n"
            "告状的是：五华区顺达建材经营部（个体工商户），店开在云南省昆明市五华区普吉路55号，"
            f"经营者李顺达，男，1975年4月9日出生，身份证{op}。\n"
            f"被告的是：王小川，男，1982年1月17日出生，身份证{them}，家住云南省昆明市官渡区关上中路9号。\n"
            "我们的要求：\n1. 王小川还欠店里的货款18600元；\n2. 打官司的钱由他出。\n"
            "此致\n敬礼！\n五华区顺达建材经营部\n李顺达\n2024年5月5日")
    people = _people(text)
    assert people["五华区顺达建材经营部"] == ("原告", None, None, None, "云南省昆明市五华区普吉路55号")
    assert "李顺达" not in people
    assert people["王小川"][0] == "被告"


def test_a_two_character_name_with_its_last_character_spaced_off_is_read_as_signed():
    a, b = _id("34150219600709011"), _id("34150219661120184")
    text = ("民 事 答 辩 状\n"
            f"答辩人：程家 旺，男，1960年7月9日出\n生，汉族，农民，身份证号{a}，住安徽省六安市裕安区石板冲乡新河村6号。\n"
            f"被答辩人：陶小兰，女，1966年11月20日出生，汉族，身份证号{b}，住安徽省六安市裕安区石板冲乡新河村9号。\n"
            "关于被答辩人诉答辩人排除妨害纠纷一案，答辩如下：\n一、答辩人堆放的柴草在自家宅基地内。\n"
            "此致\n六安市裕安区人民法院\n答辩人：程家旺\n2025年6月1日")
    people = _people(text)
    assert people["程家旺"][:4] == ("被告", "男", "1960-07-09", a)
    assert "程家" not in people


def test_an_answer_whose_other_side_ends_in_a_flat_number_glued_to_the_body():
    b = _id("46010519900412199")
    text = ("民事答辩状\n答辩人：三亚椰林湾酒店管理有限公司\n统一社会信用代码：91460200MA5RTY1234\n"
            "住所地：海南省三亚市吉阳区迎宾路66号\n法定代表人：陈海，总经理\n委托诉讼代理人：吴倩，海南某律师事务所律师\n"
            f"被答辩人：黄一鸣，男，1990年4月12日出生，汉族，身份证号码{b}，住海南省海口市龙华区滨海大道99号2栋1203房\n"
            "关于被答辩人诉答辩人服务合同纠纷一案，答辩人提出答辩意见如下：\n一、答辩人已按约提供服务。\n"
            "此致\n三亚市吉阳区人民法院\n")
    people = _people(text)
    assert people["黄一鸣"] == ("原告", "男", "1990-04-12", b, "海南省海口市龙华区滨海大道99号2栋1203房")
    assert people["三亚椰林湾酒店管理有限公司"][0] == "被告"


def test_a_table_whose_role_cells_say_borrower_and_guarantor():
    a, b, c = _id("52042219800101427"), _id("52042219870303512"), _id("52042219830505633")
    text = ("民事起诉状\n\n| 诉讼地位 | 姓名 | 性别 | 出生日期 | 身份证号码 | 住址 |\n|---|---|---|---|---|---|\n"
            f"| 原告 | 吴明 | 男 | 1980.01.01 | {a} | 贵州省安顺市西秀区东关街道1号 |\n"
            f"| 被告（借款人） | 张芳 | 女 | 1987.03.03 | {b} | 贵州省安顺市西秀区南街2号 |\n"
            f"| 被告（保证人） | 李强 | 男 | 1983.05.05 | {c} | 贵州省安顺市西秀区北街3号 |\n\n"
            "诉讼请求：\n一、判令被告张芳偿还借款5万元；\n二、判令被告李强承担连带清偿责任。\n此致\n安顺市西秀区人民法院\n")
    people = _people(text)
    assert people["张芳"] == ("被告", "女", "1987-03-03", b, "贵州省安顺市西秀区南街2号")
    assert people["李强"] == ("被告", "男", "1983-05-05", c, "贵州省安顺市西秀区北街3号")


def test_a_form_with_numbered_section_headings_over_each_side():
    a = _id("32041219900808433")
    text = ("民事起诉状（要素式）\n一、原告信息\n姓名：周海涛　　性别：男　　民族：汉族\n出生日期：1990年8月8日\n"
            f"身份证号码：{a}\n户籍地：江苏省常州市天宁区青龙街道龙锦路5号\n联系电话：13900000000\n"
            "二、被告信息\n名称：常州某某机械有限公司\n住所地：江苏省常州市钟楼区邹区镇工业路8号\n"
            "三、诉讼请求\n1.未付工资：6200元；\n")
    people = _people(text)
    assert people["周海涛"] == ("原告", "男", "1990-08-08", a, "江苏省常州市天宁区青龙街道龙锦路5号")
    assert people["常州某某机械有限公司"][0] == "被告"
    assert "信息" not in people


def test_a_numbered_heading_over_a_column_table_is_no_party():
    a, b = _id("12010119620415028"), _id("12010319650730013")
    text = ("继承纠纷起诉状（要素式）\n一、原告信息\n| 项目 | 原告一 | 原告二 |\n| 姓名 | 王淑芬 | 王建民 |\n"
            f"| 性别 | 女 | 男 |\n| 身份证号 | {a} | {b} |\n| 住所 | 天津市和平区南京路9号 | 天津市河西区友谊路5号 |\n二、被告信息\n"
            "被告：王建业，男，1971年9月26日出生，汉族，住天津市河北区中山路8号。\n三、诉讼请求\n1.依法分割遗产。\n")
    people = _people(text)
    assert "信息" not in people
    assert people["王淑芬"][0] == "原告" and people["王建业"][0] == "被告"


def test_a_letter_names_the_builder_before_what_he_does_with_his_fields_in_brackets():
    me, him = _id("53010219550307026"), _id("53212819791119579")
    text = ("尊敬的盘龙区人民法院的法官：\n"
            f"我叫杨秀兰，女，1955年3月7日生的，身份证是{me}，家住昆明市盘龙区拓东路8号。"
            f"我要告一个叫马建华的装修老板（男，身份证{him}），他拿了我的钱不干活。\n"
            "我的要求是：1、马建华退我一万元。\n杨秀兰（按手印）\n2024年9月3日")
    people = _people(text)
    assert people["马建华"][:4] == ("被告", "男", "1979-11-19", him)


def test_a_letter_lists_those_it_sues_by_ordinal_one_told_only_by_kin_and_home():
    me = _id("23210119700304331")
    text = ("告状信\n\n北林区法院：\n"
            f"我叫赵有田，男，1970年3月4日生，身份证{me}，家住黑龙江省绥化市北林区兴福镇长山村二屯，种地的。我告下面这三家：\n"
            "第一个，孙德才，男，五十多岁，住北林区康庄路东段和谐小区3号楼2单元201室；\n"
            "第二个，孙德利，孙德才他弟弟，住北林区兴福镇长山村三屯；\n"
            "第三个，绥化市金谷粮食经销有限公司，地址在黑龙江省绥化市北林区工农路88号，老板就是孙德才。\n"
            "去年他们哥俩到我家收黄豆，欠我粮款5万元。\n我要他们三个一起给我粮款5万元。\n赵有田\n2025年8月1日")
    people = _people(text)
    assert people["孙德利"] == ("被告", None, None, None, "北林区兴福镇长山村三屯")
    assert people["孙德才"][0] == "被告"
    assert people["绥化市金谷粮食经销有限公司"][0] == "被告"


def test_yuangaoren_is_a_lay_word_for_the_plaintiff():
    text = ("起诉状\n\n原告人：刘福田，男，今年61岁，住凌河区松山乡小屯村二组，电话13900000001\n"
            "被告：王长贵，男，五十多岁，住凌河区松山乡小屯村二组\n\n请求事项：\n1、让王长贵把墙拆了；\n2、赔偿我两千元。\n"
            "此致\n凌河区人民法院\n起诉人：刘福田\n")
    people = _people(text)
    assert people["刘福田"][0] == "原告"
    assert not any(n.startswith("人") for n in people)


def test_a_form_line_left_blank_with_a_slash_or_wu_is_no_value():
    a = _id("37070319881203517")
    text = ("民事起诉状\n当事人信息\n原告\n姓名：赵芳\n性别：男□  女☑\n住所地（户籍所在地）：山东省潍坊市奎文区胜利街8号\n\n"
            f"被告（自然人）\n姓名：钱伟\n性别：男☑  女□\n住所地（户籍所在地）：山东省潍坊市寒亭区通亭街9号\n经常居住地：/\n"
            f"证件类型：居民身份证　　证件号码：{a}\n\n第三人（自然人）：无\n\n诉讼请求和依据\n1.医疗费　　2000元\n")
    people = _people(text)
    assert people["钱伟"][4] == "山东省潍坊市寒亭区通亭街9号"
    assert "无" not in people


def test_a_letter_sues_the_boss_by_name_and_title_and_his_works():
    me = _id("43052419700505573")
    text = ("尊敬的法官：\n\n您好！我叫李德顺，男，身份证号" + me + "，家住湖南省邵阳县塘渡口镇1组。\n\n"
            "我要告的是谢永发谢老板，还有他开的厂，厂的名字叫东莞市永发塑胶制品有限公司，厂在东莞市长安镇工业路8号。"
            "他家住哪里我不知道。\n\n我在他厂里做了两年，欠我工资9000元没发。恳请法官判谢老板和他的公司把欠我的工资9000元还给我。\n\n"
            "此致\n敬礼！\n\n写信人：李德顺\n2024年3月1日")
    people = _people(text)
    assert people["谢永发"][0] == "被告"
    assert people["东莞市永发塑胶制品有限公司"][0] == "被告"


def test_a_sole_trader_with_no_shop_name_is_its_operator_with_his_fields():
    text = ("浙江省某县人民法院\n民事判决书\n原告：某某模具有限公司，住所地浙江省台州市黄岩区院桥路8号。\n"
            "被告：林小军（个体工商户），男，1979年2月20日出生，汉族，住浙江省台州市黄岩区澄江街道1号。\n"
            "原告某某模具有限公司与被告林小军加工合同纠纷一案，本院立案后依法审理。\n")
    people = _people(text)
    assert people["林小军"] == ("被告", "男", "1979-02-20", None, "浙江省台州市黄岩区澄江街道1号")


def test_a_child_named_in_the_claims_is_no_party():
    a, b = _id("42010619900417064"), _id("42011119881102013")
    text = ("民事起诉状\n\n"
            f"原告：吴敏，女，1990年4月17日出生，汉族，公民身份号码{a}，住湖北省武汉市武昌区东亭小区1栋。\n"
            f"被告：郑强，男，1988年11月2日出生，汉族，公民身份号码{b}，住湖北省武汉市洪山区关山大道3栋。\n\n"
            "诉讼请求：\n1.判令原告与被告离婚；\n2.婚生子郑小宇（2017年3月9日出生）由原告直接抚养，被告每月支付抚养费1500元；\n\n"
            "事实与理由：\n原、被告于2015年登记结婚，2017年3月9日生育一子郑小宇。我叫吴敏，双方感情破裂。\n\n此致\n武汉市洪山区人民法院\n")
    people = _people(text)
    assert "郑小宇" not in people
    assert set(people) == {"吴敏", "郑强"}


def test_a_companys_seat_on_a_company_address_line():
    text = ("起 诉 书\n\n我们是某某物流有限公司的工人，公司拖欠工资。\n\n起诉人：赵长江，男，家住义县七里河镇1村\n\n"
            "被起诉人：锦州某某物流有限公司\n公司地址：锦州市太和区工业园区顺达路9号\n老板（法人）：钱某某\n\n"
            "我们的要求：\n一、给赵长江结清工资5000元。\n此致\n锦州市太和区人民法院\n")
    people = _people(text)
    assert people["锦州某某物流有限公司"] == ("被告", None, None, None, "锦州市太和区工业园区顺达路9号")


def test_an_evidence_list_headed_by_the_parties_gives_them_and_its_stated_cause():
    text = ("证 据 目 录\n\n案号：（2024）鲁0211民初1234号\n案由：民间借贷纠纷\n原告：孟晓燕\n被告：田志刚\n"
            "提交人：原告孟晓燕\n\n序号｜证据名称｜证据来源｜页码｜证明目的\n1｜借条原件｜被告出具｜1｜被告向原告借款3万元\n")
    el = extract(text)
    assert el.document_type == "其他"  # the contract's types: an evidence list is none of the main pleadings
    assert {(p.role, p.name) for p in el.parties} == {("原告", "孟晓燕"), ("被告", "田志刚")}
    assert el.cause_of_action == "民间借贷纠纷"


def test_a_letter_sues_the_neighbour_upstairs_then_names_him_with_his_home():
    me = _id("51010719700202201")
    text = (f"法院：\n我叫陈淑芬，女，1970年2月2日生，身份证号{me}，住成都市武侯区玉林北路3号。\n"
            "我要告我楼上的邻居，他叫刘大勇，住在玉林北路3号5楼，他家装修把我家天花板搞漏水了。\n"
            "我要求他赔我修天花板的钱4500元。\n陈淑芬\n2024年5月5日")
    people = _people(text)
    assert people["刘大勇"] == ("被告", None, None, None, "玉林北路3号5楼")
    assert "邻居" not in people and "叫刘大勇" not in people
    assert extract(text).amount_claimed == 4500


def test_a_shop_told_with_its_owner_in_brackets_names_the_owner():
    me, her = _id("61010319660707202"), _id("61012219950505102")
    text = ("西安市雁塔区人民法院：\n"
            f"    我叫马秀兰，今年58岁，身份证{me}，住西安市雁塔区小寨东路12号。去年我在雁塔区的“美丽人生”美容院（老板叫田甜，女，"
            f"身份证{her}，店在雁塔区长安南路66号）办了一张美容卡，充了12800元，做了三次店就关门了。\n"
            "    我要求田甜把剩下的钱11000元退给我。\n        马秀兰\n        2024年8月1日")
    people = _people(text)
    assert people["田甜"][:4] == ("被告", "女", "1995-05-05", her)
    assert "美容院" not in people


def test_an_old_couple_sue_their_son_and_his_wife():
    a, b, c, d = _id("64010419580808101"), _id("64010419600909102"), _id("64012119850101301"), _id("64012119870202402")
    text = ("起诉书\n我们老两口要告儿子儿媳。\n"
            f"我叫马福贵，男，1958年8月8日出生，身份证{a}；老伴杨秀英，女，1960年9月9日生，身份证{b}；"
            "我们都住在银川市西夏区镇北堡镇华西村3队。\n"
            f"儿子马建军，男，1985年1月1日出生，身份证{c}；儿媳张丽，女，1987年2月2日出生，身份证{d}，他俩住在银川市金凤区正源街8号。\n"
            "我们的要求：让儿子儿媳每月给我们生活费各500元，再把借我们的5万元还了。\n此致\n银川市西夏区人民法院\n马福贵 杨秀英\n2024年3月3日")
    people = _people(text)
    assert people["马福贵"] == ("原告", "男", "1958-08-08", a, "银川市西夏区镇北堡镇华西村3队")
    assert people["杨秀英"] == ("原告", "女", "1960-09-09", b, "银川市西夏区镇北堡镇华西村3队")
    assert people["马建军"] == ("被告", "男", "1985-01-01", c, "银川市金凤区正源街8号")
    assert people["张丽"] == ("被告", "女", "1987-02-02", d, "银川市金凤区正源街8号")


def test_a_lay_answer_names_who_sued_the_writer():
    me = _id("64010419600909101")
    text = (f"答辩状\n答辩人：李德福，男，1960年9月9日生，回族，住银川市兴庆区丽景街5号，身份证号{me}。\n"
            "我是被答辩人王桂香告的那个人。她说我欠她3万块钱不对。\n请法院驳回她的要求。\n此致\n银川市兴庆区人民法院\n答辩人：李德福\n")
    people = _people(text)
    assert people["王桂香"][0] == "原告"
    assert people["李德福"][0] == "被告"


def test_a_company_sued_by_its_kind_after_the_story_named_it_in_full():
    me = _id("43010419900606301")
    text = ("法官您好：\n"
            f"我是一名外卖骑手，名叫张小兵，男，1990年6月6日出生，身份证号码{me}，户籍湖南省长沙县星沙街道1号。\n"
            "2024年3月我送餐时被一辆违停的货车车门撞倒，货车司机叫陈勇（男，电话138xxxx），车是长沙某某物流有限公司的（地址长沙市雨花区劳动路3号）。\n"
            "我想告陈勇和物流公司，要求赔我医疗费、误工费共计26000元。\n此致\n长沙市雨花区人民法院\n张小兵\n2024年6月1日")
    people = _people(text)
    assert people["长沙某某物流有限公司"] == ("被告", None, None, None, "长沙市雨花区劳动路3号")
    assert people["陈勇"][:2] == ("被告", "男")
    assert "物流公司" not in people


def test_a_form_person_whose_job_is_operator_keeps_her_fields():
    a = _id("41030219720308157")
    text = ("民事起诉状\n（民间借贷纠纷）\n当事人信息\n原告（自然人）\n姓名：孔令华\n性别：男☑  女□\n出生日期：1972年3月8日        民族：汉族\n"
            "工作单位：洛阳市某某五金门市部        职务：经营者        联系电话：139 0000 0000\n"
            "住所地（户籍所在地）：河南省洛阳市老城区九都路21号\n经常居住地：\n证件类型：居民身份证\n"
            f"证件号码：{a}\n\n被告（自然人）\n姓名：赵某某\n性别：男☑  女□\n住所地（户籍所在地）：河南省洛阳市偃师区后杜楼村5组\n")
    people = _people(text)
    assert people["孔令华"] == ("原告", "男", "1972-03-08", a, "河南省洛阳市老城区九都路21号")


def test_a_nickname_in_brackets_between_the_name_and_the_gender():
    me = _id("62242119710315173")
    text = (f"尊敬的法官：\n　　我叫马有福，男，1971年3月15日出生，身份证号{me}，住甘肃省定西市安定区新华村三社。\n"
            "　　我要告的人是杨永祥（大家都叫他杨老三），男，大概四十五六岁，是个包工头，他家住兰州市城关区高滩村一社。\n"
            "　　1、让杨永祥把欠我的工钱八千元还给我。\n此致\n敬礼\n马有福\n2024年3月1日")
    people = _people(text)
    assert people["杨永祥"][:2] == ("被告", "男")


def test_an_address_with_a_lettered_building_keeps_its_space():
    text = ("民事上诉状\n上诉人（原审原告）：某某科技有限公司，住所地陕西省西安市高新区丈八一路9号汇鑫IBC C座1506室。\n"
            "被上诉人（原审被告）：深圳市某某电子商务有限公司，住所：深圳市龙岗区坂田街道五和大道南2号万科星火Online 5栋408\n"
            "上诉人因买卖合同纠纷一案，不服一审判决，现提起上诉。\n上诉请求：撤销原判。\n")
    people = _people(text)
    assert people["某某科技有限公司"][4] == "陕西省西安市高新区丈八一路9号汇鑫IBC C座1506室"
    assert people["深圳市某某电子商务有限公司"][4] == "深圳市龙岗区坂田街道五和大道南2号万科星火Online 5栋408"


def test_a_letter_sues_an_insurers_branch_and_says_where_they_are():
    me = _id("51010519660912224")
    text = ("尊敬的法官：\n\n您好！我叫刘秀英，女，身份证号码是" + me + "，家住在成都市青羊区光华村街5号。"
            "我要告某某人寿保险股份有限公司四川分公司，他们公司在成都市锦江区红星路三段1号26楼。\n\n"
            "我的要求是：\n一、请法院判保险公司赔我保险金十万元；\n\n此致\n敬礼！\n\n刘秀英\n2024年3月2日")
    people = _people(text)
    assert people["某某人寿保险股份有限公司四川分公司"] == ("被告", None, None, None, "成都市锦江区红星路三段1号26楼")
    assert "公司" not in people


def test_a_registered_home_on_a_huji_line_stays_before_a_current_one():
    a = _id("13010219500118013")
    text = (f"起 诉 书\n\n起诉人：赵福来，男，一九五〇年一月十八日出生，汉族，身份证号：{a}\n"
            "户籍：河北省石家庄市长安区广安街12号3-2-401\n现住：深圳市南山区南山大道66号8栋603（跟女儿住）\n\n"
            "被起诉人：某某银行股份有限公司深圳南山支行\n地址：深圳市南山区南海大道8号\n\n请求事项：\n一、判令被起诉人赔偿损失5万元。\n")
    people = _people(text)
    assert people["赵福来"][4] == "河北省石家庄市长安区广安街12号3-2-401"


def test_a_power_of_attorney_that_names_its_case_gives_its_cause_and_plaintiff():
    text = ("授权委托书\n\n委托人（原告）：某某县某某农机销售有限公司\n住所地：河北省邢台市某某县307国道北侧\n\n"
            "受托人：赵某某，河北某某律师事务所律师。\n\n"
            "现委托上列受托人在原告某某县某某农机销售有限公司诉被告钱某某买卖合同纠纷一案中，作为我方诉讼代理人。\n"
            "代理权限：特别授权。\n")
    el = extract(text)
    assert el.document_type == "其他"
    assert el.cause_of_action == "买卖合同纠纷"
    assert ("原告", "某某县某某农机销售有限公司") in {(p.role, p.name) for p in el.parties}


def test_a_child_who_lives_with_the_writer_has_the_home_told_after_her_fields():
    kid = _id("63010320130730022")
    text = ("尊敬的法官：\n我是李秀兰，是王小雨的妈妈。我替我女儿王小雨向你们起诉她爸爸王建国，要他给孩子抚养费。\n"
            f"我女儿王小雨，女，2013年7月30日生，回族，身份证号{kid}，和我一起住在青海省西宁市城东区东大街8号1单元502室。"
            "我是她的法定代理人，李秀兰，女，1986年生，回族。\n"
            "王建国，男，1984年2月2日生，户口在青海省海东市平安区平安镇古驿大道6号。\n"
            "要求王建国每月给孩子抚养费1000元。\n此致\n西宁市城东区人民法院\n具状人：王小雨\n")
    people = _people(text)
    assert people["王小雨"][4] == "青海省西宁市城东区东大街8号1单元502室"


def test_the_son_sued_told_with_his_birth_year_and_home_in_the_next_sentence():
    me = _id("14042719470815031")
    text = (f"法院的同志：\n我叫赵满仓，男，1947年8月15日生，身份证{me}，住壶关县店上镇西岭村3组12号。\n"
            "我要告的是我大儿子赵建平。他1971年生的，现在住壶关县龙泉镇南关街8号，在县城开饭馆。\n"
            "我想请法院给我做主：一、让赵建平把欠我的生活费五千元补给我。\n赵满仓\n2024年5月1日")
    people = _people(text)
    assert people["赵建平"][0] == "被告"
    assert people["赵建平"][4] == "壶关县龙泉镇南关街8号"


def test_a_box_table_whose_rows_were_joined_into_one_line_keeps_each_party():
    a, b = _id("33048319630127146"), _id("33041119910809535")
    text = ("民事起诉状\n（机动车交通事故责任纠纷）\n┌────────────┬──────────────────────────────┐\n当事人信息\n"
            f"│原告│姓名：孙玉芬 性别：女 民族：汉│ │出生日期：1963年1月27日│ │身份证号：{a}│ │住所：浙江省桐乡市崇福镇南堰2号"
            f"│被告│姓名：钱浩 性别：男 出生日期：1991年8月9日│ │身份证号：{b}│ │住所：浙江省嘉兴市秀洲区秀园路5号"
            "│被告│名称：某某财产保险股份有限公司桐乡支公司│ │营业场所：浙江省桐乡市梧桐街道庆丰中路8号│ │负责人：朱某\n"
            "├────────────┼──────────────────────────────┤\n诉讼请求\n│1.医疗费│2000元\n")
    people = _people(text)
    assert people["孙玉芬"][4] == "浙江省桐乡市崇福镇南堰2号"
    assert people["钱浩"][4] == "浙江省嘉兴市秀洲区秀园路5号"
    assert people["某某财产保险股份有限公司桐乡支公司"] == ("被告", None, None, None, "浙江省桐乡市梧桐街道庆丰中路8号")


def test_an_evidence_list_names_its_submitter_by_role_and_the_other_side():
    text = ("证 据 清 单\n\n案号：（2024）苏0509民初1234号\n案由：机动车交通事故责任纠纷\n提交人：原告 钱月英\n被告：孙立新\n"
            "被告：某某财产保险股份有限公司苏州中心支公司\n\n序号｜证据名称｜证据来源｜证明目的｜页码\n1｜事故认定书｜交警大队｜事故经过｜1-2\n")
    el = extract(text)
    assert {(p.role, p.name) for p in el.parties} == {("原告", "钱月英"), ("被告", "孙立新"),
                                                      ("被告", "某某财产保险股份有限公司苏州中心支公司")}


def test_a_power_of_attorney_by_our_unit_the_plaintiff_names_both_sides():
    text = ("授权委托书\n\n委托人：苏州某某机械设备有限公司\n住所地：江苏省苏州市吴中区凌港路6号\n法定代表人：殷某　　职务：总经理\n\n"
            "受托人：汪某某，江苏某某律师事务所律师。\n\n"
            "现委托上述受托人在我单位（原告）诉被告南通某某包装材料有限公司买卖合同纠纷一案中，作为我单位的委托诉讼代理人。\n")
    el = extract(text)
    assert {(p.role, p.name) for p in el.parties} == {("原告", "苏州某某机械设备有限公司"), ("被告", "南通某某包装材料有限公司")}
    assert el.cause_of_action == "买卖合同纠纷"
