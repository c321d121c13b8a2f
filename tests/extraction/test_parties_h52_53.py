"""Party blocks met in holdout52/53: a complaint whose parties are in a table at its foot, under a signature."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(head17: str) -> str:
    return head17 + id_check_char(head17)


def test_the_filer_signed_over_the_date_and_described_in_the_table_below_is_one_party():
    me, them = _id("32132219880704571"), _id("32070619750301233")
    text = ("起诉状\n\n我买的二手车被调了表，现在起诉卖车的吕国平。我和他的身份情况写在最后的表里。\n\n"
            "我的要求：\n1、吕国平退还车款46000元。\n\n此致\n连云港市海州区人民法院\n\n起诉人：庄文杰\n2024年10月3日\n\n"
            "当事人情况表\n| 身份 | 姓名 | 性别 | 出生日期 | 身份证号 | 住址 |\n"
            f"| 原告 | 庄文杰 | 男 | 1988.07.04 | {me} | 江苏省沭阳县沭城街道北关村3组8号 |\n"
            f"| 被告 | 吕国平 | 男 | 1975.03.01 | {them} | 江苏省连云港市海州区新坝镇新坝村2组6号 |\n")
    parties = [(p.role, p.name, p.birth_date) for p in extract(text).parties]
    # (the date under the signature is the day it was signed, no birth date)
    assert sorted(parties) == [("原告", "庄文杰", "1988-07-04"), ("被告", "吕国平", "1975-03-01")]


def test_an_age_is_never_a_name():
    from courtdoc.extraction.parties import plausible_name

    assert not plausible_name("五十来岁", "person") and not plausible_name("三十多岁", "person")
    assert plausible_name("孙德胜", "person")
