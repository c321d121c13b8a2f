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
