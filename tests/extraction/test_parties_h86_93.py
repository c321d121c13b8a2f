"""Party fields on the kinds of documents first scored in holdout86-93 (each test says the rule)."""

from courtdoc.extraction import extract


def _party(text: str, name: str):
    return next(p for p in extract(text).parties if p.name == name)


def test_the_label_word_huji_before_a_region_short_name_is_no_part_of_the_address():
    text = ("法官同志：\n我要告我以前的老板马国富（男，四十来岁，住内蒙古锡林浩特市团结大街88号3栋502室），他欠我工钱不给。\n"
            "我在他的饭馆干了五个月，说好每月3500元，最后两个月的7000元到现在没给。\n"
            "我的要求：让他给我工钱7000元。\n"
            "起诉人：白玉兰，女，蒙古族，1993年6月9日生，身份证号152531199306091824，"
            "户籍内蒙古锡林郭勒盟多伦县大北沟镇三道沟村12号，电话1377******5\n2024年5月8日")
    assert _party(text, "白玉兰").address == "内蒙古锡林郭勒盟多伦县大北沟镇三道沟村12号"


def test_the_label_word_huji_before_an_autonomous_prefecture_is_no_part_of_the_address():
    text = ("民事起诉状\n原告：向秋月，女，1985年1月20日出生，土家族，户籍湖北省恩施土家族苗族自治州来凤县翔凤镇老寨村5组，"
            "电话1387******0。\n被告：田光荣，男，1980年9月2日出生，住湖北省恩施市舞阳大道12号。\n"
            "诉讼请求：1.判令被告偿还借款15000元。")
    assert _party(text, "向秋月").address == "湖北省恩施土家族苗族自治州来凤县翔凤镇老寨村5组"
    text2 = text.replace("户籍湖北省恩施土家族苗族自治州", "户籍恩施土家族苗族自治州")
    assert _party(text2, "向秋月").address == "恩施土家族苗族自治州来凤县翔凤镇老寨村5组"
