"""Party rules found on holdout56/57 (new snippets of the same layouts, not the holdout texts)."""

from courtdoc.extraction import extract


def _parties(text):
    return [(p.role, p.name, p.address) for p in extract(text).parties]


def test_a_lay_civil_complaint_that_calls_the_one_sued_beiGaoRen_sues_a_civil_defendant():
    # 被告人 is the accused of a criminal case; a mother's letter suing her daughter for support means 被告
    text = (
        "告状\n\n告状人：龚桂英，女，一九五二年六月三日生，汉族，家住四川省南充市仪陇县马鞍镇石岭村五组。\n"
        "被告人：龚丽华，女，一九七八年二月九日生，是我大女儿，住仪陇县新政镇滨江路12号。\n\n"
        "我一个人住在老屋，这两年她一分钱没给过我。我的要求：\n"
        "一、叫龚丽华每个月给我四百元生活费；\n二、打官司的钱叫她出。\n\n"
        "仪陇县人民法院\n告状人：龚桂英\n二〇二四年十月八日\n"
    )
    assert [(r, n) for r, n, _a in _parties(text)] == [("原告", "龚桂英"), ("被告", "龚丽华")]


def test_a_private_prosecution_keeps_its_accused():
    text = (
        "刑事自诉状\n自诉人：邝海生，男，1980年3月5日出生，汉族，住广州市越秀区东风中路101号。\n"
        "被告人：温志刚，男，1979年8月1日出生，汉族，住广州市荔湾区中山八路22号。\n"
        "案由和诉讼请求：被告人温志刚犯故意伤害罪，请求依法追究其刑事责任。\n"
    )
    assert [(r, n) for r, n, _a in _parties(text)] == [("自诉人", "邝海生"), ("被告人", "温志刚")]


CLAIM = "诉讼请求：\n1. 判令被告退还预付款8000元。\n"


def test_what_the_writer_does_not_know_of_the_place_is_no_part_of_the_address():
    # "（现在搬到哪里不清楚）", "（听说已搬走）": said of the party, not where the place is
    text = (
        "民事起诉状\n原告：钟雅琳，女，1993年5月6日出生，汉族，住长沙市岳麓区麓山南路58号2栋301室。\n"
        "被告：长沙优学文化传播有限公司，住所地长沙市芙蓉区五一大道169号华天大厦1208室（现在搬去哪里不知道），"
        "法定代表人黎建军。\n" + CLAIM
    )
    assert _parties(text)[1] == ("被告", "长沙优学文化传播有限公司", "长沙市芙蓉区五一大道169号华天大厦1208室")


def test_a_bracket_telling_which_door_it_is_is_no_part_of_the_address():
    # "（二楼阳台种满花的那户）": a pointer to find the door, not a part of the postal address
    text = (
        "民事起诉状\n原告：钟雅琳，女，1993年5月6日出生，汉族，住长沙市岳麓区麓山南路58号2栋301室。\n"
        "被告：彭国栋，男，1965年2月1日出生，汉族，住长沙市开福区湘雅路33号4栋2单元201室（二楼阳台种满花的那户）。\n"
        + CLAIM
    )
    assert _parties(text)[1] == ("被告", "彭国栋", "长沙市开福区湘雅路33号4栋2单元201室")


def test_a_bracket_naming_the_estate_stays():
    text = (
        "民事起诉状\n原告：钟雅琳，女，1993年5月6日出生，汉族，住长沙市岳麓区麓山南路58号（麓山名园）。\n"
        "被告：彭国栋，男，住长沙市开福区湘雅路33号。\n" + CLAIM
    )
    assert _parties(text)[0][2] == "长沙市岳麓区麓山南路58号（麓山名园）"
