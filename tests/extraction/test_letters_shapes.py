"""Letter shapes written by the lead to probe the reader (not from any dev set): "姓某名某", "对方：", "被具状人：", a couple
living together said once after both, a company's seat in brackets after its name, a company named in the story with
its seat and ordered in the claims by a part of its name."""

from courtdoc.extraction import extract

from .samples import roles_and_homes as _roles


def test_surname_and_given_name_said_apart():
    text = ("法官大人：\n小女子姓周名雪梅，女，1979年4月12日生，身份证号码：320106197904120823，现住南京市鼓楼区湖南路8号2栋301室。\n"
            "今天写状子告我前夫孙卫东（男，1977年生，身份证320106197703150811，住南京市玄武区中山路100号）。\n"
            "离婚时说好女儿的学费他出一半，这两年他一分没给。\n望法官判他把23000元给我。\n周雪梅\n2024年9月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert {p.name: p.role for p in el.parties} == {"周雪梅": "原告", "孙卫东": "被告"}


def test_the_other_side_labelled_as_such():
    text = ("致：东城区人民法院\n事由：请求判令退还房租\n"
            "申请人：刘倩，女，一九九五年六月六日生，身份证110101199506060027，住北京市东城区某胡同9号。\n"
            "对方：某某（北京）房地产经纪有限公司，地址北京市朝阳区某路1号某大厦5层，法定代表人王某。\n"
            "我在他们公司租了一间房，房东把门锁换了，我要求他们退还房租8000元和押金3000元。\n刘倩\n2024年10月10日")
    roles = _roles(text)
    assert roles == {"刘倩": ("原告", "北京市东城区某胡同9号"),
                     "某某（北京）房地产经纪有限公司": ("被告", "北京市朝阳区某路1号某大厦5层")}


def test_a_couple_filing_together_said_to_live_in_one_place():
    text = ("尊敬的人民法院：\n    我们是一家三口，丈夫邓建国（男，1980年1月5日出生，身份证510722198001050015），"
            "妻子王芳（女，1982年2月6日出生，身份证510722198202060024），都住四川省绵阳市三台县某镇某村3组。\n"
            "    我们要起诉绵阳某某驾驶培训有限公司，地址绵阳市涪城区某路88号。驾校收了学费不安排练车。\n"
            "    请求判令驾校退还学费9000元。\n                        起诉人：邓建国 王芳\n                        2024年5月5日")
    roles = _roles(text)
    assert roles["邓建国"] == roles["王芳"] == ("原告", "四川省绵阳市三台县某镇某村3组")
    assert roles["绵阳某某驾驶培训有限公司"][0] == "被告"


def test_seat_in_brackets_after_the_company_name_is_its_address():
    text = ("法院领导：\n本人黄德明，今年63岁，男，身份证号450102196105051234，住南宁市兴宁区某路5号。\n"
            "要告的是：南宁市某某汽车维修服务有限公司（兴宁区某路200号），还有该公司的老板覃某某（男，45岁左右）。\n"
            "我的车送去修发动机，修完一个月又坏了。\n诉求：退修车钱8600元。\n黄德明\n二〇二四年七月七日")
    roles = _roles(text)
    assert roles["南宁市某某汽车维修服务有限公司"] == ("被告", "兴宁区某路200号")


def test_filer_and_the_one_filed_against_as_具状人_and_被具状人():
    text = ("起诉状\n具状人：孙丽丽，女，1992年生，汉族，身份证号220102199202021228，住吉林省长春市南关区某路1号\n"
            "被具状人：长春某某美容有限公司，住所地长春市朝阳区某路2号，法定代表人：刘某\n"
            "请求事项：一、退还美容卡余额6800元；二、赔偿损失2000元。\n事实理由：我办了美容卡，后来店关门了。\n"
            "此致\n长春市朝阳区人民法院\n具状人：孙丽丽\n2024年1月1日")
    roles = _roles(text)
    assert roles == {"孙丽丽": ("原告", "吉林省长春市南关区某路1号"), "长春某某美容有限公司": ("被告", "长春市朝阳区某路2号")}


def test_company_told_in_the_story_with_its_seat_and_ordered_with_the_driver():
    text = ("尊敬的法官：\n   您好！我是一名外卖骑手，名叫杨帆，男，2000年10月10日出生，身份证号码500101200010101234，户籍重庆市万州区某镇某村。\n"
            "   今年3月我被一辆小车撞了，司机叫马俊（男，1985年生，住重庆市江北区某路8号），车是重庆某某租车有限公司的"
            "（公司地址：重庆市渝中区某路66号）。\n   我的医药费花了15600元。\n"
            "   我请求法院：马俊和租车公司赔偿我共计15600元。\n   杨帆\n   2024年6月6日")
    roles = _roles(text)
    assert roles["马俊"][0] == "被告"
    assert roles["重庆某某租车有限公司"] == ("被告", "重庆市渝中区某路66号")
    assert roles["杨帆"][0] == "原告"


def test_a_hospital_where_one_was_treated_is_not_sued():
    text = ("尊敬的法官：\n我叫刘强，男，1985年1月1日出生，身份证号码500101198501011234，住重庆市某区某路1号。\n"
            "我要告撞我的司机马某（男，1980年生，住重庆市某区某路8号）。我在重庆某某医院有限公司（地址：重庆市某区某路9号）住了十天院。\n"
            "我请求法院：判马某赔偿我医药费10000元。\n刘强\n2024年6月6日")
    roles = _roles(text)
    assert "重庆某某医院有限公司" not in roles


def test_people_told_as_labelled_lines_under_whose_they_are():
    text = ("我的基本情况：\n姓名：吕桂芳\n性别：女\n出生：1966年6月6日\n身份证：410102196606061228\n住址：河南省郑州市中原区某路6号\n\n"
            "对方的基本情况：\n姓名：郝建军\n性别：男\n出生：1964年4月4日\n身份证：410102196404041217\n住址：河南省郑州市二七区某路4号\n\n"
            "我要说的事：郝建军借我3万元，只还了5000元。\n我的要求：郝建军还我25000元。\n此致\n某区人民法院\n吕桂芳\n2024年3月3日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert {p.name: (p.role, p.birth_date, p.address) for p in el.parties} == {
        "吕桂芳": ("原告", "1966-06-06", "河南省郑州市中原区某路6号"),
        "郝建军": ("被告", "1964-04-04", "河南省郑州市二七区某路4号")}


def test_the_last_item_of_an_unpunctuated_list_does_not_run_into_the_next_line():
    text = ("尊敬的法官：\n我们是某某村的村民，一起告村里的养猪场老板。\n"
            "一、毛大海，男，1960年1月1日生，身份证511623196001011211，住四川省某县某镇某村1组\n"
            "二、毛二海，男，1962年2月2日生，身份证511623196202021215，住址同上\n"
            "三、向秀兰，女，1965年5月5日生，身份证511623196505051226，住四川省某县某镇某村2组\n"
            "养猪场老板叫邱德旺，男，五十多岁，住某县某镇某村3组。他的猪场粪水排进我们的田里，秧苗全死了。\n"
            "我们要求：邱德旺赔偿我们三户损失共计18000元。\n具状人：毛大海 毛二海 向秀兰\n2024年6月1日")
    roles = _roles(text)
    assert roles["向秀兰"] == ("原告", "四川省某县某镇某村2组")
    assert roles["邱德旺"] == ("被告", "某县某镇某村3组")


def test_the_one_sued_named_once_and_his_home_told_after_his_age():
    text = ("我叫蒋武，男，1991年生，身份证430102199101011233，住长沙市岳麓区某路3号。我要告的人叫谭志远。"
            "他今年三十五岁左右，家住长沙市天心区某小区8栋。\n2023年他找我借了2万块钱，一直不还。\n请法院判他还我20000元。\n蒋武\n2024年1月1日")
    roles = _roles(text)
    assert roles == {"蒋武": ("原告", "长沙市岳麓区某路3号"), "谭志远": ("被告", "长沙市天心区某小区8栋")}


def test_a_long_name_without_a_dot_introduced_as_本人_or_我是():
    base = ("尊敬的法官：\n{intro}其木格日乐，女，蒙古族，1985年5月5日出生，身份证152301198505051227，住内蒙古通辽市某区某路5号。\n"
            "我要告巴图，男，1980年1月1日出生，身份证152301198001011213，住通辽市某区某路9号。他借我2万元不还。\n"
            "请求法院判他还我20000元。\n其木格日乐\n2024年5月5日")
    for intro in ("我叫", "我是", "本人"):
        roles = {p.name: p.role for p in extract(base.format(intro=intro)).parties}
        assert roles == {"其木格日乐": "原告", "巴图": "被告"}, intro
