"""Party patterns the holdout62-65 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def _roles(el):
    return [(p.role, p.name) for p in el.parties]


def test_party_named_again_in_the_story_is_no_new_party():
    # the story, after the claims, opens with the role word and the name of a party read above, the sentence going
    # on after the name: that party again, no third one
    text = (
        "民事起诉状\n"
        "原告：覃少华，女，壮族，1990年3月8日出生，身份证号452122199003083021，住广西壮族自治区南宁市武鸣区"
        "城厢镇东风村12号。\n"
        "被告：黄德明，男，壮族，1972年11月2日出生，身份证号452122197211020315，住广西壮族自治区南宁市武鸣区"
        "双桥镇伏林村8号。\n"
        "我的要求：\n"
        "1、叫被告把借我的32000元还给我；\n"
        "2、打官司的钱他出。\n"
        "事情经过：\n"
        "被告黄德明在双桥镇办了一个砖厂，2022年开春说缺钱发工资，向我借了32000元，说好榨季卖了甘蔗就还。"
        "被告后来一直推说没钱。\n"
        "此致\n南宁市武鸣区人民法院\n原告：覃少华\n2024年1月9日\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "覃少华"), ("被告", "黄德明")]


def test_longer_name_after_a_shorter_one_is_still_another_person():
    # "王芳" and "王芳芳" are two people; a name one character longer is no sentence
    text = (
        "民事起诉状\n"
        "原告：王芳，女，1985年5月1日出生，住湖南省长沙市岳麓区枫林路3号。\n"
        "被告：王芳芳，女，1988年7月9日出生，住湖南省长沙市天心区芙蓉路18号。\n"
        "诉讼请求：判令被告返还借款5000元。\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "王芳"), ("被告", "王芳芳")]


def test_heading_of_what_the_filer_says_is_no_party():
    # a complaint dictated by the filer and recorded by a clerk: "起诉人说：" heads the story, no 原告 named '说'
    text = (
        "起诉状\n"
        "（本状由起诉人用藏语口述，其子次仁多吉翻译，乡司法所工作人员记录）\n\n"
        "起诉人：扎西顿珠，男，藏族，1962年8月5日生，牧民，住青海省玉树藏族自治州称多县歇武镇当托村2社。\n"
        "被起诉人：马福海，男，回族，1979年4月20日生，住青海省西宁市城东区八一路145号。\n\n"
        "起诉人说：\n"
        "前年冬天马福海到我家收了十二头牦牛，说好一头9000元，只给了一半，剩下的一直不给。\n"
        "我的请求：\n"
        "一、马福海给我剩下的牛钱54000元；\n"
        "二、打官司的钱由他出。\n\n"
        "此致\n称多县人民法院\n起诉人：扎西顿珠（手印）\n2024年4月2日\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "扎西顿珠"), ("被告", "马福海")]
    assert el.parties[1].address == "青海省西宁市城东区八一路145号"


def _kin_letter(kin: str, fields: str = "") -> str:
    return ("尊敬的法官：\n我叫唐海燕，女，1980年4月2日出生，住湖北省宜昌市西陵区夷陵大道5号。\n"
            f"我要告我的{kin}邓文斌{fields}，他住湖北省宜昌市伍家岗区桔城路9号。\n"
            "2022年他借了我3万元，一直不还。\n我的请求：判决他还我3万元。\n唐海燕\n2024年2月1日")


def test_kin_beyond_the_household_before_the_sued_name():
    # cousins (堂/表), a wife's brother, a sibling's child, an aunt's husband: the kin word is no part of the name,
    # and it states the gender
    for kin, gender in [("小舅子", "男"), ("侄子", "男"), ("表姐夫", "男"), ("外甥女", "女"), ("堂妹", "女"),
                        ("姑父", "男")]:
        el = extract(_kin_letter(kin))
        assert [(p.role, p.name, p.gender) for p in el.parties] == [("原告", "唐海燕", "女"), ("被告", "邓文斌", gender)], kin


def test_kin_beyond_the_household_with_the_sued_fields():
    el = extract(_kin_letter("表弟", "，男，1986年9月30日出生"))
    assert _roles(el) == [("原告", "唐海燕"), ("被告", "邓文斌")]
    assert el.parties[1].birth_date == "1986-09-30"
