"""Letters of the shapes holdout68/69 brought: a company ordered in the claims as "该公司", a titled letter "关于…的起诉书",
a mother's list of her sons, "大约四十来岁"."""

from courtdoc.extraction import extract

from .samples import parties_by_name as _parties


def test_company_ordered_as_that_company_in_the_claims():
    text = ("关于要求退还学费的起诉\n某区人民法院：\n我儿子今年上初一，2024年9月我在沈阳星辰学业辅导有限公司（地址：沈阳市和平区太原北街9号"
            "3楼，统一社会信用代码91210102MA0TEST00X）给他报了英语辅导，一次交了12000元。上了三个月机构就关门了。\n"
            "我请求：判令该公司退还剩余学费8000元，诉讼费由公司负担。\n"
            "起诉人：欧阳红，女，1982年6月17日出生，汉族，身份证号210102198206170022，住沈阳市和平区南京北街5号，电话13700000000\n"
            "2025年6月9日")
    el = extract(text)
    assert el.document_type == "起诉状"
    parties = {p.name: p for p in el.parties}
    assert parties["沈阳星辰学业辅导有限公司"].role == "被告"
    assert parties["沈阳星辰学业辅导有限公司"].address == "沈阳市和平区太原北街9号3楼"
    assert parties["欧阳红"].role == "原告"


def test_letter_titled_about_its_matter_and_about_forty():
    text = ("关于我被楼上邻居家猫抓伤一事的起诉书\n大连市某区人民法院：\n"
            "本人于德水，男，1958年1月7日出生，退休工人，身份证号码210202195801070011，住辽宁省大连市中山区某路8号2门302。"
            "现将我被猫抓伤一事向法院说明如下：\n（一）对方是谁。猫的主人是同楼的住户丛丽娜，女，大约三十来岁，住辽宁省大连市中山区某路8号2门402。\n"
            "（二）事情经过。她家的猫把我抓伤了。\n（三）我的请求。判丛丽娜赔偿我医疗费1200元。\n起诉人：于德水\n2024年6月3日")
    el = extract(text)
    assert el.document_type == "起诉状"
    parties = {p.name: p for p in el.parties}
    assert parties["丛丽娜"].role == "被告"
    assert parties["丛丽娜"].address == "辽宁省大连市中山区某路8号2门402"


def test_mother_lists_her_sons_one_a_line():
    text = ("尊敬的某县人民法院法官：\n我叫龙金花，是个七十五岁的老太婆，苗族，1949年8月5日生，身份证号是522622194908050223，"
            "家住贵州省黔东南州台江县某镇某村17号。\n我要告我的两个儿子：\n"
            "大儿子张国富，1970年3月12日生，身份证522622197003120159，住贵州省黔东南州台江县某街56号；\n"
            "二儿子张国贵，1973年9月18日生，身份证522622197309180153，在凯里市打工，住贵州省凯里市某路17号。\n"
            "他们都不管我。\n我的要求是：\n一、两个儿子每人每个月给我生活费500元；\n二、打官司的钱由他们出。\n"
            "                       龙金花（按手印）\n                       2024年4月8日")
    parties = _parties(text)
    assert parties["张国富"].role == "被告" and parties["张国贵"].role == "被告"
    assert parties["张国贵"].address == "贵州省凯里市某路17号"


def test_company_listed_after_people_with_also():
    text = ("起诉书\n\n我叫顾阿婆，女，1940年5月2号生，身份证320508194005020620，住苏州市姑苏区某巷8号。\n我要告两个人，一个公司：\n"
            "一个是隔壁的房东陆建明，男，1979年1月3号生，身份证320508197901030035，住苏州市姑苏区某巷10号；\n"
            "一个是包工头汪永福，男，1986年8月1号生，身份证341221198608010035，住安徽省阜阳市某路7号；\n"
            "还有苏州某某民宿管理有限公司，住所地苏州市姑苏区某路8号2楼，法定代表人陆建明。\n"
            "他们装修把我家的墙敲裂了。\n请求法院：\n一、叫他们三家一道赔我修墙的钱两万元。")
    parties = _parties(text)
    assert parties["苏州某某民宿管理有限公司"].role == "被告"
    assert parties["苏州某某民宿管理有限公司"].address == "苏州市姑苏区某路8号2楼"


def test_story_between_party_lines_and_an_inline_claim_is_read_for_the_cause():
    # no facts heading: the story stands between the party lines and "现在请求法院判…：…" on one line
    text = ("起 诉 状\n原告：柴振山，男，汉族，1971年7月8日出生，身份证号411324197107083911，住河南省某县某村118号。\n"
            "被告：罗长海，男，汉族，1969年12月19日出生，身份证号411324196912191356，住河南省某县某镇花园路26号。\n"
            "我是柴振山的妻子，他腰摔坏了，这张状子是我替他写的。\n"
            "去年冬天罗长海盖门面房，叫我男人去干小工，一天200块。12月6日我男人在架子上往上递砖，架子没绑牢，连人带板子掉下来，摔断了腰。\n"
            "现在请求法院判罗长海赔偿：医疗费30000元；误工费10000元；以上合计40000元。诉讼费也由他出。\n"
            "此致\n某县人民法院\n具状人：柴振山\n2025年4月2日")
    assert extract(text).cause_of_action == "提供劳务者受害责任纠纷"
