"""The letter reader: parties of a complaint written as a letter, found by their attributes, not by phrasing."""

from courtdoc.extraction import extract
from courtdoc.extraction.letters import read_letter, reads_as_letter
from courtdoc.legal.validators import id_check_char


def _id(head17: str) -> str:
    return head17 + id_check_char(head17)


def _parties(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(pp.party.role, pp.party.name, pp.party.gender, pp.party.birth_date, pp.party.id_number)
            for pp in read_letter(text, 0, len(text))]


def test_couple_sued_after_a_colon_with_age_before_the_brackets():
    a, b, c = _id("42010219530704302"), _id("42010219840311471"), _id("42010219860920502")
    text = ("江汉区人民法院：\n"
            f"我叫柯秀珍，今年71岁（1953年7月4日生，女，身份证{a}），住武汉市江汉区新华路88号3栋101室。\n"
            f"我要告住在我家对门的两口子：男的叫龚建军（男，1984年3月11日生，身份证{b}），"
            f"女的叫庞丽（女，1986年9月20日生，身份证{c}），两人都住武汉市江汉区新华路88号3栋102室。\n"
            "他们家把鞋柜和杂物堆在楼道里，我出门都要侧着身子。请求法院判他们把东西搬走。\n此致\n敬礼\n柯秀珍")
    assert _parties(text) == [("原告", "柯秀珍", "女", "1953-07-04", a),
                              ("被告", "龚建军", "男", "1984-03-11", b),
                              ("被告", "庞丽", "女", "1986-09-20", c)]
    assert reads_as_letter(text)


def test_parent_writes_for_the_child_and_sues_a_school_named_after_a_dash():
    kid = _id("37010220160305121")
    text = ("尊敬的历下区人民法院：\n"
            f"我是原告尹若溪（女，2016年3月5日出生，身份证号{kid}，住济南市历下区泉城路20号）的爸爸尹涛，孩子还小，我替她来起诉。"
            "我们告她上学的学校——济南市历下区明德实验小学（地址：济南市历下区文化东路5号）。\n"
            "今年4月孩子在学校操场被松动的篮球架砸伤了脚，花了医药费6200元。请求判学校赔偿6200元。")
    got = read_letter(text, 0, len(text))
    assert [(pp.party.role, pp.party.name, pp.party.kind) for pp in got] == [
        ("原告", "尹若溪", "person"), ("被告", "济南市历下区明德实验小学", "organization")]
    assert got[0].party.id_number == kid
    school = got[1].party
    assert school.gender is None and school.id_number is None


def test_people_named_in_the_suing_sentence_and_described_after_it():
    a, b, c = _id("51010219700101301"), _id("51010219780512151"), _id("51010219800606162")
    text = ("法官您好：\n"
            f"我叫蒲德明，男，1970年1月1日生，身份证号码{a}，家住成都市青羊区草堂路9号。我要告邵宏伟、邓佳两口子借钱不还的事。\n"
            f"邵宏伟是男的，1978年5月12日生，身份证号码{b}；邓佳是女的，1980年6月6日生，身份证号码{c}。"
            "他们俩都住成都市金牛区蜀汉路40号。\n"
            "2022年他们借了我8万元，到现在一分没还。我的要求是让他们还我8万元。")
    assert [p[:2] for p in _parties(text)] == [("原告", "蒲德明"), ("被告", "邵宏伟"), ("被告", "邓佳")]


def test_a_child_of_the_story_is_no_party():
    a, b, kid = _id("23010219850214211"), _id("23010219870730322"), _id("23010220140101211")
    text = ("法官您好：\n"
            f"我叫闫立新，男，1985年2月14日生，身份证{a}，住哈尔滨市道外区靖宇街12号。\n"
            f"我要起诉我前妻葛晓丹，女，1987年7月30日生，身份证{b}，住哈尔滨市香坊区中山路88号。\n"
            f"我俩2020年离的婚，女儿闫可心（2014年1月1日出生，身份证号{kid}）跟她妈过。她现在不让我见孩子。\n"
            "请求法院判她每月让我看孩子两次。")
    assert [p[:2] for p in _parties(text)] == [("原告", "闫立新"), ("被告", "葛晓丹")]


def test_an_operator_named_as_the_one_sued_is_the_party_not_the_shop():
    a = _id("13010219720808181")
    text = ("尊敬的桥西区人民法院：\n"
            f"我叫晏国庆，男，1972年8月8日出生，身份证号{a}，家住石家庄市桥西区中华南大街10号。"
            "我要告鲁春生，他是“鲁记烧饼铺”（个体户）的老板，鲁春生本人住石家庄市桥西区维明街3号。\n"
            "我在他店里干了半年，还欠我工钱9000元。请求判鲁春生给我工钱9000元。")
    got = read_letter(text, 0, len(text))
    assert [(pp.party.role, pp.party.name) for pp in got] == [("原告", "晏国庆"), ("被告", "鲁春生")]
    assert got[1].party.addresses and "维明街3号" in got[1].party.addresses[0].text


def test_a_story_without_described_people_is_no_letter():
    text = ("我叫尹涛，最近小区停车太难了。物业说会想办法，我要求他们尽快解决。\n"
            "今天下午2点在会议室开会，请各位准时参加。")
    assert read_letter(text, 0, len(text)) == []
    assert not reads_as_letter(text)


def test_extract_reads_a_letter_listing_those_it_is_against_without_a_word_of_suing():
    from courtdoc.extraction import extract

    a, b, c = _id("45010219620315122"), _id("45010219790101351"), _id("45010219811111202")
    text = ("尊敬的青秀区人民法院法官：\n"
            f"本人覃美兰，女，壮族，1962年3月15日生，身份证号{a}，现住南宁市青秀区民族大道12号5栋201房。\n"
            "下面这两个人欠我钱一直不还，我请求法院帮我讨回来：\n"
            f"一位是黎志强（男，1979年1月1日生，身份证号{b}，住南宁市西乡塘区大学路33号），\n"
            f"另一位是他老婆韦小红（女，1981年11月11日生，身份证号{c}，住址同黎志强）。\n"
            "2023年5月他们两口子开粉店找我借了6万元，说半年还，到现在一分没还。\n"
            "我请求：判他们还我6万元。\n覃美兰\n2024年3月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name, p.id_number, p.address) for p in el.parties] == [
        ("原告", "覃美兰", a, "南宁市青秀区民族大道12号5栋201房"),
        ("被告", "黎志强", b, "南宁市西乡塘区大学路33号"),
        ("被告", "韦小红", c, "南宁市西乡塘区大学路33号")]
    assert el.amount_claimed == 60000
    # every party links back to where its name is written
    src = el.provenance["parties[1].name"]
    assert text[src.start:src.end] == "黎志强"


def test_a_relation_said_in_the_first_person_is_no_name():
    a = _id("32010219750505121")
    text = ("法官您好：\n我是他的邻居，男，今年50岁，住南京市玄武区北京东路8号。\n"
            f"我要告葛志明（男，1975年5月5日生，身份证号{a}），他家的狗咬了我。请求判他赔偿医药费3000元。")
    assert all(pp.party.name not in ("邻居", "他的邻居") for pp in read_letter(text, 0, len(text)))


def test_a_couple_filing_together_then_whom_they_sue():
    a, b, c = _id("61010219700303101"), _id("61010219720808202"), _id("61010219880505301")
    text = ("起 诉 书\n我们两口子一起起诉：\n"
            f"男方：雷振华，1970年3月出生（1970年3月3日），男，汉族，身份证{a}，家住西安市碑林区东木头市8号。\n"
            f"女方：常秀兰，1972年8月8日出生，女，汉族，身份证{b}，住址同上。\n"
            f"我们告的是租我们铺面的阎小军（男，1988年5月5日生，身份证号{c}，户籍陕西省宝鸡市渭滨区清姜路3号）。\n"
            "请法院判他：一、交清房租9000元；二、诉讼费他出。\n此致\n碑林区人民法院")
    got = read_letter(text, 0, len(text))
    assert [(pp.party.role, pp.party.name) for pp in got] == [("原告", "雷振华"), ("原告", "常秀兰"), ("被告", "阎小军")]
    assert got[0].party.id_number == a and got[1].party.address == "西安市碑林区东木头市8号"


def test_a_grandparent_writes_the_one_who_sues_is_the_grandchild_and_the_guardian_is_no_party():
    kid, dad = _id("36010220150909202"), _id("36010219860101301")
    text = ("尊敬的法官：\n我叫涂桂花，今年六十五岁，是符雨萱的外婆，孩子一直是我带。\n"
            f"告状的是我外孙女符雨萱，女，2015年9月9日出生，身份证号{kid}，住南昌市东湖区八一大道9号。"
            f"她的法定代理人是她爸爸符建军，男，1986年1月1日出生，身份证号{dad}。\n"
            "被告的是我们楼下的饶金生，男，1968年出生，住南昌市东湖区八一大道9号1楼。\n"
            "他家的狗咬了孩子。我们要求他赔医药费3200元。\n写状人：涂桂花")
    got = read_letter(text, 0, len(text))
    assert [(pp.party.role, pp.party.name) for pp in got] == [("原告", "符雨萱"), ("被告", "饶金生")]


def test_the_filer_named_first_and_described_later_and_a_bank_sued_by_its_name():
    a = _id("22010419550618086")
    text = ("法官您好：\n我叫鲍素琴，是市纺织厂的退休工人，女，今年七十岁了，1955年6月18日出生，汉族，"
            f"身份证号{a}，家住长春市南关区人民大街8号。\n"
            "我要告的是长春东盛农村商业银行股份有限公司南关支行，它的营业厅就在长春市南关区解放大路66号，牌子上写着负责人关宏。\n"
            "我的存款被人冒领了，请求判银行还我存款五万元。\n起诉人：鲍素琴")
    got = read_letter(text, 0, len(text))
    assert [(pp.party.role, pp.party.name) for pp in got] == [
        ("原告", "鲍素琴"), ("被告", "长春东盛农村商业银行股份有限公司南关支行")]
    assert got[1].party.address == "长春市南关区解放大路66号"
    from courtdoc.extraction import extract

    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "鲍素琴"), ("被告", "长春东盛农村商业银行股份有限公司南关支行")]


def test_three_sued_listed_under_a_colon_with_a_shared_home_and_a_company_named_after_its_kind():
    a = _id("37020219800214121")
    text = ("市南区法院立案庭：\n\n"
            f"我叫窦明远，男，1980年2月14日出生，身份证号{a}，住青岛市市南区香港中路8号1单元201室。我要起诉三方，请法院立案：\n\n"
            "第一个是柏志新，男，第二个是柏志新的爱人娄晓燕，女，他俩是我们楼801室的业主，住青岛市市南区香港中路8号1单元801室。"
            "第三个是管我们小区的物业公司，叫青岛海晟物业服务有限公司，地址在青岛市市南区东海西路18号。\n\n"
            "今年5月刮大风，801室的花盆掉下来砸坏了我的车。我的请求：三方赔偿修车费8800元。\n此致\n敬礼")
    got = {pp.party.name: pp.party for pp in read_letter(text, 0, len(text))}
    assert [(p.role, p.name) for p in got.values()] == [
        ("原告", "窦明远"), ("被告", "柏志新"), ("被告", "娄晓燕"), ("被告", "青岛海晟物业服务有限公司")]
    assert got["娄晓燕"].address == "青岛市市南区香港中路8号1单元801室"
    assert got["青岛海晟物业服务有限公司"].address == "青岛市市南区东海西路18号"
    from courtdoc.extraction import extract

    assert {(p.role, p.name) for p in extract(text).parties} == {(p.role, p.name) for p in got.values()}


def test_the_filer_described_only_under_the_signature_and_a_home_said_later_of_the_one_sued():
    a = _id("53010219930615222")
    text = ("起诉状\n\n我要起诉邵春梅，女，1991年11月3日出生，这是派出所帮我查到的，她的住址是昆明市官渡区春城路66号，身份证号码我查不到。\n\n"
            "我转错了钱给她18000元，她不还。我请求法院：判令邵春梅返还18000元。\n\n"
            f"起诉人：卜雅婷\n性别：女\n出生日期：1993年6月15日\n身份证号：{a}\n住址：昆明市盘龙区北京路9号\n2024年3月18日")
    got = {pp.party.name: pp.party for pp in read_letter(text, 0, len(text))}
    assert got["卜雅婷"].role == "原告" and got["卜雅婷"].id_number == a and got["卜雅婷"].address == "昆明市盘龙区北京路9号"
    assert got["邵春梅"].role == "被告" and got["邵春梅"].address == "昆明市官渡区春城路66号"


def test_a_relation_said_after_the_name_and_a_home_like_another_partys():
    a, b, c = _id("34120419960310415"), _id("34122219981003286"), _id("34122219700512297")
    text = ("尊敬的法官：\n您好！我叫殷志强，男，1996年3月10日生，身份证号" + a + "，家住阜阳市颍州区清河路1号。"
            f"我要告苗雨欣和她爸爸苗德富。苗雨欣，女，1998年10月3日生，身份证号{b}，家在太和县城关镇苗庄；"
            f"苗德富是她父亲，男，1970年5月12日生，身份证号{c}，住处跟苗雨欣一样。\n"
            "订婚时我家给了彩礼十万元，婚没结成。我请求法院：判决二人退还彩礼十万元。")
    got = {pp.party.name: pp.party for pp in read_letter(text, 0, len(text))}
    assert [(p.role, p.name) for p in got.values()] == [("原告", "殷志强"), ("被告", "苗雨欣"), ("被告", "苗德富")]
    assert got["苗德富"].id_number == c and got["苗德富"].address == "太和县城关镇苗庄"


def test_hostile_repetitions_of_suing_words_are_read_in_bounded_work():
    # a text that repeats "我要告" or a company name tens of thousands of times: the reader looks at a few words of
    # suing near the head, so it returns (quickly) instead of scanning the whole text for each of them
    for text in ("我要告" * 30000, "我要告某某有限公司和" * 10000, "我要起诉：" + "第一个是某某公司：" * 8000):
        assert read_letter(text, 0, len(text)) == []


def test_a_letter_written_for_the_injured_with_those_sued_under_a_heading_and_a_shop_named_as_the_party():
    a = _id("64032419850707101")
    text = ("法院的领导：\n我叫沙玉梅，是海军的老婆。他还在医院，我替他写了这个状子。\n"
            f"受伤的人（原告）：海军，男，回族，1985年7月7日出生，身份证号码{a}，户口在宁夏吴忠市利通区东塔寺乡6号。\n"
            "要告的人：\n一是泉州市丰泽区宏达空调维修部（个体工商户），老板叫许建成，店在泉州市丰泽区刺桐路20号。\n"
            "二是苏丽华，女，五十来岁，住泉州市丰泽区东湖街8号302室，就是要装空调的那一家。\n"
            "事情经过：他装空调时从二楼摔下来。我们的请求：两个被告赔偿医疗费20000元。\n此致\n泉州市丰泽区人民法院")
    got = [(pp.party.role, pp.party.name, pp.party.address) for pp in read_letter(text, 0, len(text))]
    assert got == [("原告", "海军", "宁夏吴忠市利通区东塔寺乡6号"),
                   ("被告", "泉州市丰泽区宏达空调维修部", "泉州市丰泽区刺桐路20号"),
                   ("被告", "苏丽华", "泉州市丰泽区东湖街8号302室")]


def test_a_filer_with_the_role_word_glued_to_the_name_suing_three_listed_ones():
    a = _id("21021119600101102")
    text = ("甘井子区人民法院：\n\n"
            f"起诉人卢淑珍，女，1960年1月1日生，汉族，退休教师，身份证号{a}，住大连市甘井子区山东路9号1单元202。\n\n"
            "我要起诉以下三方：\n一、孔伟，男，四十岁左右，住大连市甘井子区山东路9号3单元501，是那条狗的主人；\n"
            "二、阮丽，女，孔伟的爱人，住址同上；\n"
            "三、大连祥和物业服务有限公司，是我们小区的物业，办公地点在大连市甘井子区山东路9号会所。\n\n"
            "他们的狗咬伤了我。我要求三被告共同赔偿我医疗费3000元。")
    got = {pp.party.name: pp.party for pp in read_letter(text, 0, len(text))}
    assert [(p.role, p.name) for p in got.values()] == [
        ("原告", "卢淑珍"), ("被告", "孔伟"), ("被告", "阮丽"), ("被告", "大连祥和物业服务有限公司")]
    assert got["阮丽"].address == "大连市甘井子区山东路9号3单元501"


def test_the_one_sued_described_first_then_the_filer_labelled_me_with_a_home_in_the_next_sentence():
    a = _id("53062719870304186")
    text = ("告状\n我要告的人：邝永发（男的，五十来岁，住恩平市大槐镇东湖村，开猪场当老板，身份证号我不知道）\n"
            f"我：杨秀芬，女，1987年3月4日生，身份证号{a}。我是云南人，户口在云南省昭通市彝良县洛泽河镇8号，现在住在猪场宿舍。\n"
            "我要法院帮我：叫邝永发把欠我的工钱9000元给我。\n罗定市人民法院\n杨秀芬")
    got = {pp.party.name: pp.party for pp in read_letter(text, 0, len(text))}
    assert (got["杨秀芬"].role, got["邝永发"].role) == ("原告", "被告")
    assert got["杨秀芬"].address == "云南省昭通市彝良县洛泽河镇8号" and got["邝永发"].address == "恩平市大槐镇东湖村"


def test_a_village_committee_sued_in_the_first_person_and_an_id_said_as_written_on_the_card():
    a = _id("44070519560308239")
    text = ("尊敬的法官：\n我叫甘炳南，今年七十岁了，男，身份证上是1956年3月8日出生，号码" + a + "，住江门市新会区崖门镇田边村12号。"
            "我写这封信是想告我们田边村民委员会（地址在江门市新会区崖门镇田边村委会办公楼），要他们赔我的车。\n"
            "村里的老榕树断了砸坏我的车。所以我请求法院：判田边村民委员会赔我修车费8000元。")
    got = [(pp.party.role, pp.party.name, pp.party.id_number, pp.party.address) for pp in read_letter(text, 0, len(text))]
    assert got == [("原告", "甘炳南", a, "江门市新会区崖门镇田边村12号"),
                   ("被告", "田边村民委员会", None, "江门市新会区崖门镇田边村委会办公楼")]


def test_those_sued_listed_first_then_the_filers_under_a_heading_of_their_own():
    a, b, c = _id("51010719760623071"), _id("51343119890420017"), _id("51343119930118033")
    text = ("起诉状\n雷波县人民法院：\n我们是两兄弟，哥哥叫阿说木呷，弟弟叫阿说日哈，在工地上干活，工钱一直没给。\n"
            f"我们告的人是：\n一、冯德成，男，汉族，1976年6月23日出生，身份证号{a}，住四川省成都市金牛区营门口路8号。\n"
            "二、四川蜀道路桥工程有限公司，住所地四川省成都市武侯区武科东一路9号，法定代表人钟平。\n"
            f"我们两个人的情况：\n阿说木呷，男，彝族，1989年4月20日出生，身份证号{b}，住四川省雷波县谷堆乡3组。\n"
            f"阿说日哈，男，彝族，1993年1月18日出生，身份证号{c}，住址同上。\n"
            "我们请求法院：判被告给阿说木呷工钱2万元，给阿说日哈工钱1万元。")
    got = [(pp.party.role, pp.party.name) for pp in read_letter(text, 0, len(text))]
    assert sorted(got) == sorted([("被告", "冯德成"), ("被告", "四川蜀道路桥工程有限公司"),
                                  ("原告", "阿说木呷"), ("原告", "阿说日哈")])


def _extracted(text: str):
    from courtdoc.extraction import extract

    return [(p.role, p.name, p.gender, p.birth_date, p.id_number, p.address) for p in extract(text).parties]


def test_a_dictated_letter_the_father_told_by_his_village_the_son_said_to_be_registered_there_too():
    dad, son = _id("51302119420917301"), _id("51302119690402401")
    text = ("尊敬的法官：\n"
            f"我叫蒲永寿，今年八十二了，是四川省达州市达川区石桥镇花园村的村民，1942年9月17日生，身份证{dad}。"
            f"我要告我二儿子蒲家明，他是1969年4月2日生的，身份证{son}，户口也在花园村，人在成都开出租。\n"
            "我老伴走得早，大儿子每个月给我生活费，这个老二五年没管过我，今年春天我摔了一跤住院，他一分钱没出。\n"
            "我要求老二每个月给我生活费600元。\n这是我说、我外孙女帮我写的。\n蒲永寿（按手印）\n2024年3月2日")
    # no word states either man's gender: the ID number does, as the clerk reads it
    assert _extracted(text) == [
        ("原告", "蒲永寿", "男", "1942-09-17", dad, "四川省达州市达川区石桥镇花园村"),
        ("被告", "蒲家明", "男", "1969-04-02", son, "四川省达州市达川区石桥镇花园村")]


def test_those_sued_in_a_numbered_list_each_described_before_the_name():
    a, b, c = _id("32050219700612251"), _id("32050519880130152"), _id("32058119950707401")
    text = ("起诉状\n"
            f"我叫单桂芬，女，1970年6月12日出生，身份证号{a}，住苏州市姑苏区人民路300号4幢301室。\n"
            "我要告下面两个：\n"
            f"1. 隔壁302的房东万国栋，男，1988年1月30日出生，身份证号{b}，住苏州市虎丘区狮山路18号。\n"
            f"2. 在302开棋牌室的祁小英，女，1995年7月7日出生，身份证号{c}，户籍江苏省常熟市虞山街道海虞北路6号。\n"
            "棋牌室每天开到凌晨两点，吵得我整夜睡不着，找他们几次都不管。\n"
            "请求法院判他们停止噪音，赔偿我看病的钱1800元。\n此致\n苏州市姑苏区人民法院\n单桂芬\n2024年5月9日")
    assert [(p[0], p[1]) for p in _extracted(text)] == [("原告", "单桂芬"), ("被告", "万国栋"), ("被告", "祁小英")]


def test_the_filer_described_on_the_signature_line_after_the_court():
    them, me = _id("44030419800215401"), _id("36010219920818224")
    text = ("起诉状\n"
            f"被告：温振海，男，身份证号码{them}，住广东省深圳市福田区深南中路1020号。\n"
            "诉讼请求：判令被告返还原告转错的钱款伍仟伍佰元整。\n"
            "事实和理由：2024年3月3日我在网上给房东转房租，卡号输错了一位，5500元转进了被告的账户，他收到后一直不还。\n"
            "此致\n南昌市东湖区人民法院\n"
            f"起诉人：涂雅琴，女，1992年8月18日出生，汉族，身份证号码{me}，住江西省南昌市东湖区八一大道333号2栋502室\n"
            "2024年4月1日")
    assert _extracted(text) == [
        ("被告", "温振海", "男", "1980-02-15", them, "广东省深圳市福田区深南中路1020号"),
        ("原告", "涂雅琴", "女", "1992-08-18", me, "江西省南昌市东湖区八一大道333号2栋502室")]


def test_a_tenant_writes_the_story_and_claims_first_and_describes_both_sides_at_the_end():
    me = _id("53010219940311242")
    text = ("法官您好：\n\n"
            "我在2023年3月租了房东邹建平的一套一居室，月租1500元，押一付三，押金1500元。今年4月我按合同到期搬走，他说地板有划痕，押金不退。\n"
            "我的要求：\n1、邹建平退还押金1500元；\n2、这个官司的费用由他出。\n\n"
            "我告的人：邹建平，男，五十岁左右，房东，住昆明市五华区青年路200号，电话13888123456。\n\n"
            "写信人（原告）：罗晓雯，女，彝族，1994年3月11日出生\n"
            f"身份证号：{me}\n户籍地址：云南省楚雄彝族自治州楚雄市鹿城镇南路8号\n现在住：昆明市盘龙区北京路66号\n"
            "2024年5月6日")
    assert _extracted(text) == [
        ("被告", "邹建平", "男", None, None, "昆明市五华区青年路200号"),
        ("原告", "罗晓雯", "女", "1994-03-11", me, "云南省楚雄彝族自治州楚雄市鹿城镇南路8号")]
    from courtdoc.extraction import extract

    # the claims stand before the people: they are read all the same
    assert extract(text).amount_claimed == 1500


def test_those_sued_listed_with_spaced_names_and_bracketed_descriptions_over_lines():
    me = _id("51072219750604211")
    text = ("起诉书\n\n"
            f"    我是文永贵，男，1975年6月4日生，汉族，身份证{me}，住四川省绵阳市三台县芦溪镇双河村4组。我在工地做了半年木工，工钱没拿到。\n\n"
            "我告的人：\n"
            "  1、 刘  强  （带班的，男，五十来岁，电话13700001111，家住哪里不知道）\n"
            "  2、 钟德才  （刘强的合伙人，管发工资，男，\n"
            "              住绵阳市涪城区临园路东段9号）\n"
            "  3、 绵阳宏远建筑劳务有限公司  （工地上挂牌的劳务公司，\n"
            "              地址绵阳市游仙区东津路18号）\n\n"
            "    我要求他们还我工钱26500元。\n\n此致\n三台县人民法院\n起诉人：文永贵\n2024年2月1日")
    assert _extracted(text) == [
        ("原告", "文永贵", "男", "1975-06-04", me, "四川省绵阳市三台县芦溪镇双河村4组"),
        ("被告", "刘强", "男", None, None, None),
        ("被告", "钟德才", "男", None, None, "绵阳市涪城区临园路东段9号"),
        ("被告", "绵阳宏远建筑劳务有限公司", None, None, None, "绵阳市游仙区东津路18号")]


def test_a_typed_up_letter_of_a_miao_father_whose_home_is_told_as_registered_and_lived_in():
    dad, son = _id("52262219460512001"), _id("52262219720708003")
    text = ("起 诉 书\n（本人不识字，由本人口述，村委会文书代为打字）\n\n"
            f"我叫杨老岩，男，苗族，1946年5月12日出生，公民身份号码{dad}，户口和住处都在贵州省黔东南苗族侗族自治州台江县台拱镇红阳村2组。\n\n"
            f"我要告的是我二儿子杨光明，男，苗族，1972年7月8日出生，公民身份号码{son}，户口也在贵州省黔东南苗族侗族自治州台江县台拱镇红阳村2组。\n\n"
            "分家时说好他每年给我生活费3000元，这两年都没给。\n我请求法院：\n一、判杨光明补给我生活费6000元。\n\n此致\n台江县人民法院\n起诉人：杨老岩\n2024年3月1日")
    home = "贵州省黔东南苗族侗族自治州台江县台拱镇红阳村2组"
    # (the ethnicity is no party's name)
    assert _extracted(text) == [("原告", "杨老岩", "男", "1946-05-12", dad, home), ("被告", "杨光明", "男", "1972-07-08", son, home)]


def test_a_neighbour_said_to_live_in_the_same_village_group():
    me = _id("34082419600301031")
    text = ("尊敬的法官：\n"
            f"我叫程满堂，男，1960年3月1日出生，身份证{me}，住安徽省安庆市怀宁县石牌镇新桥村上湾组8号。\n"
            "我要告邻居储小荣，女，1971年出生，住同组10号。她在我家门前的路上垒了猪圈，我进出都要绕。\n"
            "请求法院判她拆掉猪圈，恢复通行。")
    assert [p[5] for p in _extracted(text)] == ["安徽省安庆市怀宁县石牌镇新桥村上湾组8号", "安徽省安庆市怀宁县石牌镇新桥村上湾组10号"]


def test_an_old_man_sues_two_sons_named_by_relation_first_and_described_under_a_heading_of_theirs():
    a, b, me = _id("15010219700305201"), _id("15010219741109151"), _id("15010219440720101")
    text = ("尊敬的法官：\n我叫白福山，今年八十了，是赛罕区黄合少镇的农民。我今天要告的是我的两个儿子，大的叫建国，小的叫建军。\n\n"
            "两个儿子这几年谁也不管我，我看病的钱都是借的。\n\n"
            "下面把他俩的情况写一下：\n"
            f"大儿子：白建国，男，1970年3月5日生，汉族，身份证号{a}，户籍在内蒙古自治区呼和浩特市赛罕区黄合少镇前营村5号，现在城里开饭馆。\n"
            f"小儿子：白建军，男，1974年11月9日生，汉族，身份证号{b}，住内蒙古自治区呼和浩特市赛罕区黄合少镇前营村7号。\n\n"
            f"我的情况：白福山，男，1944年7月20日生，汉族，身份证号{me}，住内蒙古自治区呼和浩特市赛罕区黄合少镇前营村2号。\n\n"
            "我请求法院：\n一、两个儿子每人每月给我赡养费500元；\n二、我看病借的钱6200元由两个儿子还。\n\n"
            "此致\n呼和浩特市赛罕区人民法院\n起诉人：白福山\n2024年7月1日")
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [("原告", "白福山"), ("被告", "白建军"), ("被告", "白建国")]


def test_whom_the_letter_sues_is_said_first_and_the_filer_describes_herself_at_the_end_with_no_greeting():
    them, me = _id("65010219800611301"), _id("65290119850214202")
    text = ("法院：\n\n我要告马志勇欠我的牛钱。\n\n"
            "去年10月马志勇在我家买了12头牛，总价18万元，给了10万元，剩下的说年底给，到现在也没给。\n\n"
            f"马志勇，男，回族，1980年6月11日出生，身份证号{them}，住新疆维吾尔自治区乌鲁木齐市天山区和平南路12号，做牛羊生意。\n\n"
            "我要求法院判马志勇给我剩下的牛钱80000元。\n\n"
            f"起诉人：古丽娜尔·买买提，女，维吾尔族，1985年2月14日出生，身份证号{me}，住新疆维吾尔自治区阿克苏市依干其乡3村8号。\n"
            "2024年6月3日")
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [("原告", "古丽娜尔·买买提"), ("被告", "马志勇")]


def test_a_son_and_his_father_file_together_against_a_fiancee_and_her_parents():
    me, dad = _id("36070219950812171"), _id("36070219670304151")
    text = ("尊敬的法官：\n我们父子俩是赣县的农民，为退彩礼的事写这封信起诉。\n"
            f"我叫钟立新，男，1995年8月12日出生，汉族，身份证号{me}，家住江西省赣州市赣县区王母渡镇浓口村8号。"
            f"我父亲钟德华，男，1967年3月4日出生，汉族，身份证号{dad}，跟我住一起。\n"
            "我们要告的是：曾小燕，女，1997年出生，具体日子不清楚，家住江西省赣州市于都县段屋乡寒信村3组；还有她父亲曾广才、母亲刘春兰，也住在寒信村3组。\n"
            "订婚时我父亲给了曾广才彩礼12万元，后来曾小燕不愿结婚，彩礼一分不退。所以我们请求法院：\n"
            "1.判决曾小燕、曾广才、刘春兰退还彩礼12万元。\n此致\n敬礼！\n起诉人：钟立新  钟德华\n2025年2月1日")
    home, hers = "江西省赣州市赣县区王母渡镇浓口村8号", "江西省赣州市于都县段屋乡寒信村3组"
    assert _extracted(text) == [
        ("原告", "钟立新", "男", "1995-08-12", me, home), ("原告", "钟德华", "男", "1967-03-04", dad, home),
        ("被告", "曾小燕", "女", None, None, hers), ("被告", "曾广才", "男", None, None, hers),
        ("被告", "刘春兰", "女", None, None, hers)]


def test_a_letter_with_an_entry_line_for_the_one_sued_and_the_filer_under_my_details():
    me, them = _id("64010619860523031"), _id("64012119640808021")
    text = ("起诉状\n\n我是贺兰县的马国庆，今天来告苏德明，他租了我的果园不给钱！\n\n"
            "2022年苏德明租了我家20亩枣园，每年租金15000元，2024年的租金到现在没给。\n\n"
            f"我的情况：马国庆，男，回族，1986年5月23日出生，身份证号码{me}，住宁夏回族自治区银川市贺兰县洪广镇金山村三队9号。\n"
            f"被告：苏德明，男，汉族，1964年8月8日出生，身份证号码{them}，住宁夏回族自治区银川市永宁县杨和镇红星村二队4号。\n\n"
            "我要求：\n1.苏德明给我2024年租金15000元；\n2.官司费用他出。\n\n"
            "银川市贺兰县人民法院\n                    起诉人：马国庆\n                    2024年11月2日")
    # the filer's details are read from the letter's own lines, not from the signature (whose date is no birth date)
    assert sorted(_extracted(text)) == [
        ("原告", "马国庆", "男", "1986-05-23", me, "宁夏回族自治区银川市贺兰县洪广镇金山村三队9号"),
        ("被告", "苏德明", "男", "1964-08-08", them, "宁夏回族自治区银川市永宁县杨和镇红星村二队4号")]


def test_a_complaint_titled_qisushu_with_a_remark_after_the_title_is_a_complaint():
    from courtdoc.extraction import extract

    me = _id("43020219560101202")
    text = ("起诉书（邻居家漏水）\n荷塘区人民法院：\n第一，告状的人\n"
            f"彭秀英，女，1956年1月1日生，住株洲市荷塘区茨菇塘街道1号，身份证{me}。\n"
            "第二，被告的人\n龙志军，男，1980年2月2日生，住株洲市荷塘区茨菇塘街道3号。\n"
            "第三，我要求的事\n一、要龙志军赔我房子维修费3000元。\n起诉人：彭秀英\n2025年1月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert sorted((p.role, p.name) for p in el.parties) == [("原告", "彭秀英"), ("被告", "龙志军")]


def test_an_old_style_letter_signed_by_the_filer_with_her_birth_in_characters():
    me = _id("21010219490816062")
    text = ("起　诉　书\n\n沈阳市和平区人民法院：\n\n　　具状人年近八旬，一生未与人涉讼。今因楼上住户装修损及具状人房屋，协商无果，不得已具状起诉。\n\n"
            "　　被告邵文博，男，年约四十岁，住沈阳市和平区南京南街9号3单元702室，与具状人同住一楼。\n\n"
            "　　一、请求事项\n　　判令被告赔偿具状人房屋修缮费6800元。\n\n　　此致\n敬礼！\n\n"
            f"具状人：于慧芳，女，汉族，一九四九年八月十六日生，沈阳市第二十中学退休教师，公民身份号码{me}，"
            "住沈阳市和平区南京南街9号3单元602室，电话024-23456789\n二〇二四年十一月二日")
    assert sorted(_extracted(text)) == [
        ("原告", "于慧芳", "女", "1949-08-16", me, "沈阳市和平区南京南街9号3单元602室"),
        ("被告", "邵文博", "男", None, None, "沈阳市和平区南京南街9号3单元702室")]


def test_a_father_sued_with_his_son_whom_the_letter_names_only_by_relation_and_in_brackets():
    me = _id("50023419600211279")
    text = ("尊敬的法官：\n\n"
            f"我叫谭永福，男，1960年2月11日出生，身份证号码{me}，户口在重庆市万州区分水镇石碾村2组。\n\n"
            "我要告的人是冉光明（男，七十多岁，住万州区分水镇石碾村4组）和他儿子冉小兵（四十几岁，在外地打工，住哪里我不晓得）。\n\n"
            "2015年冉光明把老房子卖给我，价钱5万元，现在他儿子回来说卖房无效，要我搬走。\n\n"
            "请求法院：判冉光明、冉小兵退还我房款50000元。\n\n此致\n敬礼！\n谭永福\n2025年3月1日")
    assert sorted(_extracted(text)) == [
        ("原告", "谭永福", "男", "1960-02-11", me, "重庆市万州区分水镇石碾村2组"),
        ("被告", "冉光明", "男", None, None, "万州区分水镇石碾村4组"),
        ("被告", "冉小兵", "男", None, None, None)]


def test_a_filer_with_an_alias_and_one_sued_said_to_come_from_a_town_and_run_a_factory():
    me = _id("51333419800612031")
    text = ("状告书（请法院帮我要回羊钱）\n\n"
            f"告状的人：格桑多吉（别名阿格），男，藏族，1980年6月12日生，身份证{me}，家住四川省甘孜藏族自治州理塘县村戈乡麦日村2组。\n\n"
            "被告一：次仁平措，男，藏族，五十来岁，住理塘县高城镇幸福东路8号，是羊贩子。\n"
            "被告二：陈国栋，男，汉族，雅安人，开肉食加工厂，住雅安市雨城区西城街道新康路3号。\n\n"
            "1. 他们两个买了我40只羊，还欠我羊钱32000元。\n\n我的要求：\n一、两个人一起还我32000元。\n\n交给：理塘县人民法院\n格桑多吉（手印）")
    assert sorted(_extracted(text)) == [
        ("原告", "格桑多吉", "男", "1980-06-12", me, "四川省甘孜藏族自治州理塘县村戈乡麦日村2组"),
        ("被告", "次仁平措", "男", None, None, "理塘县高城镇幸福东路8号"),
        ("被告", "陈国栋", "男", None, None, "雅安市雨城区西城街道新康路3号")]


def test_an_application_to_sue_a_couple_downstairs_the_filer_giving_her_home_before_her_name():
    me = _id("21070319560312202")
    text = ("关于被邻居家狗咬伤要求赔偿的申请（起诉）\n锦州市古塔区人民法院立案庭：\n"
            f"我家住辽宁省锦州市古塔区北京路三段8-1号楼2单元302，姓名庞桂珍，女，1956年3月12日出生，退休工人，身份证{me}。"
            "现在向法院起诉我楼下202的邻居齐振东和他媳妇柳红（俩人年龄都在五十岁左右，身份证号不清楚），住辽宁省锦州市古塔区北京路三段8-1号楼2单元202。\n"
            "一、经过。2025年3月2日他家的狗没拴绳，把我咬伤了。\n二、要求。让齐振东、柳红赔我医药费2860元。\n"
            "申请人（起诉人）：庞桂珍\n2025年3月20日")
    theirs = "辽宁省锦州市古塔区北京路三段8-1号楼2单元202"
    assert sorted((p[0], p[1], p[5]) for p in _extracted(text)) == [
        ("原告", "庞桂珍", "辽宁省锦州市古塔区北京路三段8-1号楼2单元302"), ("被告", "柳红", theirs), ("被告", "齐振东", theirs)]


def test_a_mother_writes_for_her_disabled_son_against_his_cousin_and_signs_him_as_the_plaintiff():
    son, cousin = _id("36112819910211035"), _id("36112819800507017")
    text = ("起诉书\n\n尊敬的余干县人民法院法官：\n"
            f"我叫汪秀莲，今年六十岁，是胡小军的母亲。我儿子胡小军，男，1991年2月11日出生，身份证号{son}，住江西省余干县瑞洪镇胡家村12号。"
            "他是智力残疾，我是他的监护人，这个状子是我代他写的。\n"
            f"我们要告的是胡小军的堂哥胡建华，男，1980年5月7日出生，身份证号{cousin}，住江西省余干县瑞洪镇胡家村3号。\n\n"
            "我们的请求：\n1、胡建华把从我儿子卡里拿走的38000元还给我儿子。\n\n此致\n余干县人民法院\n\n"
            "原告：胡小军\n法定代理人（监护人）：汪秀莲（原告之母）\n2024年10月1日")
    # (the son is named in the sentence of suing only as whose cousin the one sued is)
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [("原告", "胡小军"), ("被告", "胡建华")]


def test_those_sued_are_named_only_in_the_claims():
    me = _id("35012119780412022")
    text = ("起 诉 书\n\n"
            f"起诉人：林雪英，女，1978年4月12日出生，汉族，身份证号{me}，住福建省福州市仓山区金山大道8号榕城花园3号楼502单元。\n\n"
            "楼上602的水管爆了，水漏到我家，地板和家具都泡坏了，业主和物业互相推，谁都不赔。\n\n"
            "我的请求：\n一、请求判令楼上602室的业主陈志远、王丽清赔偿我家损失共计人民币贰万元（20000元）；\n"
            "二、请求判令福州榕城物业管理有限公司对上述损失承担连带赔偿责任。\n\n此致\n福州市仓山区人民法院\n\n起诉人：林雪英\n2024年9月1日")
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [
        ("原告", "林雪英"), ("被告", "王丽清"), ("被告", "福州榕城物业管理有限公司"), ("被告", "陈志远")]


def test_a_letter_written_with_spaces_for_commas():
    me = _id("52052419930314062")
    text = ("告状\n\n法院的领导你好\n"
            f"我叫龙小梅 女的 1993年3月14号生 身份证{me} 户口是贵州省毕节市七星关区燕子口镇大河村五组 现在在东莞长安镇打工 住厂里宿舍\n\n"
            "我告的人是陈老板 叫陈国富 男的 五十几岁 湖南人 身份证号我不知道 他住长安镇乌沙社区兴发南路8号二楼 他在乌沙开五金厂\n\n"
            "他欠我工钱9600元不给\n\n我要求法院\n1 判陈国富还我工钱9600元\n\n龙小梅\n2024年7月1日")
    assert sorted((p[0], p[1], p[5]) for p in _extracted(text)) == [
        ("原告", "龙小梅", "贵州省毕节市七星关区燕子口镇大河村五组"), ("被告", "陈国富", "长安镇乌沙社区兴发南路8号二楼")]


def test_a_retired_engineer_lists_the_couple_upstairs_with_what_each_is_between_their_fields():
    me, him, her = _id("42010619550312011"), _id("42010619840605071"), _id("42010619860211142")
    text = ("关于楼上漏水毁坏我家财物一事的起诉\n\n武昌区人民法院：\n"
            f"本人卢振邦，男，1955年3月12日生，汉族，武汉重型机床厂退休工程师，公民身份号码{me}，住湖北省武汉市武昌区中南路99号华庭3栋702室。"
            "现将楼上漏水一事起诉如下，被起诉的共两方：\n"
            f"（1）甘志勇，男，1984年6月5日生，身份证号{him}，华庭3栋802室业主，户籍地湖北省武汉市江夏区文化大道12号；\n"
            f"（2）袁婷，女，1986年2月11日生，身份证号{her}，甘志勇之妻，802室共有人，住址同上。\n\n"
            "请求：判令两被起诉人赔偿本人损失12000元。\n\n起诉人：卢振邦\n2024年10月2日")
    assert sorted(_extracted(text)) == [
        ("原告", "卢振邦", "男", "1955-03-12", me, "湖北省武汉市武昌区中南路99号华庭3栋702室"),
        ("被告", "甘志勇", "男", "1984-06-05", him, "湖北省武汉市江夏区文化大道12号"),
        ("被告", "袁婷", "女", "1986-02-11", her, "湖北省武汉市江夏区文化大道12号")]


def test_a_mother_describes_her_two_sons_and_the_claims_order_the_sons_to_pay():
    me, a, b = _id("36073119460302024"), _id("36073119700512051"), _id("36073119740809031")
    text = ("尊敬的于都县人民法院法官：\n"
            f"我叫钟满秀，今年七十八岁了，一九四六年三月二日出生，身份证号{me}，家住于都县岭背镇钟屋村上坝组。\n"
            f"我有两个儿子。大儿子曾国庆，一九七〇年五月十二日生，身份证{a}，住于都县贡江镇长征大道20号；"
            f"小儿子曾国平，一九七四年八月九日生，身份证{b}，住于都县岭背镇钟屋村上坝组。\n"
            "两个儿子谁都不管我。我请求法院：一、判两个儿子每人每月给我生活费500元。\n钟满秀（手印）\n2024年5月2日")
    # (the home '于都县…': 于 is the county's first character here, no preposition after 住)
    assert sorted((p[0], p[1], p[5]) for p in _extracted(text)) == [
        ("原告", "钟满秀", "于都县岭背镇钟屋村上坝组"), ("被告", "曾国平", "于都县岭背镇钟屋村上坝组"),
        ("被告", "曾国庆", "于都县贡江镇长征大道20号")]


def test_a_stranger_who_received_money_by_mistake_is_named_only_where_the_letter_asks_him_to_return_it():
    me = _id("23010219630721202")
    text = ("法官同志：\n\n2024年5月2日我在手机银行给孙子转钱，卡号输错了一位，6000元转到了一个叫钱立新的人卡里。银行联系他，他不肯退。\n"
            "我要求钱立新把6000元还给我。\n\n"
            f"写信人：许桂兰，女，汉族，1963年7月21日生，身份证{me}，家住哈尔滨市南岗区红军街12号3单元402室。\n2024年6月1日")
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [("原告", "许桂兰"), ("被告", "钱立新")]


def test_a_son_said_to_live_where_he_keeps_a_shop_is_no_name_and_a_landlord_living_elsewhere_keeps_his_home():
    me = _id("62050219480201061")
    text = ("起诉书\n\n"
            f"我叫杨福禄，男，今年七十六了，1948年2月1日生的，身份证{me}，户口在甘肃省天水市麦积区中滩镇上寨村2组。\n"
            "我告的是我大儿子杨建国，他四十九岁，在天水市麦积区商埠路8号开杂货铺，也住那里。\n\n我要求：\n1、杨建国把欠我的养老钱3600元给我。\n"
            "杨福禄（手印）\n2024年10月1日")
    assert sorted((p[0], p[1]) for p in _extracted(text)) == [("原告", "杨福禄"), ("被告", "杨建国")]
    me2 = _id("43052119970303432")
    text2 = (f"我要告房东！！\n\n我叫向晓敏，女的，1997年3月3日出生，身份证号{me2}，户籍地址湖南省邵阳县塘渡口镇新华路6号。\n\n"
             "房东叫谭国强，男的，五十来岁，他自己住长沙市开福区湘江中路二段99号。\n\n我要他还我押金2000元。\n\n向晓敏\n2024年8月1日")
    assert ("被告", "谭国强", "长沙市开福区湘江中路二段99号") in [(p[0], p[1], p[5]) for p in _extracted(text2)]


def test_ordinal_list_of_those_sued_with_remarks():
    # "第一个是…第二个是…": each item of an ordinal list of those sued is sued, after a remark in brackets on the one
    # above and a hearsay clause between the fields ("听口音是本省人")
    text = ("起诉\n\n某县人民法院：\n我是某乡的农民汪德胜，男，1968年2月3日出生，住湖南省邵阳市新宁县黄龙镇石门村五组。今天来告三个人：\n"
            "第一个是抖音上卖水泵的主播钱国华，男，听口音是本地人，住邵阳市大祥区城南路建材市场（他自己在直播里说的）。\n"
            "第二个是钱国华的老婆石小凤，女，钱转到她的支付宝上。\n"
            "第三个是邵阳鑫泉机电有限公司，住所地邵阳市大祥区城南路18号。\n\n"
            "我在直播间买了一台水泵，用了三天就坏了。我的要求是：退我货款3600元。\n\n起诉人 汪德胜\n2024年7月1日")
    parties = {p.name: p for p in extract(text).parties}
    assert parties["钱国华"].role == "被告"
    assert parties["钱国华"].address == "邵阳市大祥区城南路建材市场"
    assert parties["石小凤"].role == "被告" and parties["石小凤"].gender == "女"
    assert parties["汪德胜"].role == "原告"


def test_home_at_the_place_one_works_and_lives():
    # "在某路某号开修车铺，也住那里": the place one keeps a shop at is one's home too
    text = ("起诉书\n\n我叫田有根，男，1950年4月2日生的，身份证号码未带，户口在山西省长治市屯留区渔泽镇西村2组。\n"
            "我告的是我二儿子田志强，他四十八岁，在长治市潞州区英雄南路15号院开修车铺，也住那里。\n\n"
            "他答应每年给我三千块养老钱，两年没给。\n我要求：田志强把欠我的养老钱6000元给我。\n\n长治市潞州区人民法院\n田有根\n2024年10月9日")
    parties = {p.name: p for p in extract(text).parties}
    assert parties["田志强"].role == "被告"
    assert parties["田志强"].address == "长治市潞州区英雄南路15号院"


def test_stranger_sued_home_told_once_by_pronoun():
    # a stranger named only in the claims, whose home the story tells once ("银行只告诉我她留的地址是…")
    text = ("法官同志：\n\n去年十月我在手机上给儿子转房租，账号输错了一位，6200元转到了一个叫贺春梅的人卡里。银行联系她两次，她不肯退，"
            "银行只告诉我她留的地址是江苏省淮安市清江浦区健康西路9号。\n我要求贺春梅把6200元还给我。\n\n"
            "写信人：包国庆，男，汉族，1958年8月1日生，住江苏省南京市鼓楼区汉中路101号，电话13905140000。\n2024年1月5日")
    parties = {p.name: p for p in extract(text).parties}
    assert parties["贺春梅"].role == "被告"
    assert parties["贺春梅"].address == "江苏省淮安市清江浦区健康西路9号"
    assert parties["包国庆"].address == "江苏省南京市鼓楼区汉中路101号"
