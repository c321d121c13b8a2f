"""Amount rules found on holdout52/53, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_deposit_the_landlord_keeps_against_the_debt_is_taken_off_and_the_balance_is_asked():
    # "押金2000元我留着抵账": the deduction said after the sum; the balance after it is what the letter asks
    text = (
        "我要告租我门面的何建国！\n"
        "2022年3月他租我在城关镇人民路45号的门面开小吃店，一个月2200元，押金2000元。去年10月起他就不交房租了，"
        "一共欠了6个月，还有我替他交的物业费870元。\n"
        "他叫何建国，男，1987年11月5日生，身份证号430521198711052314，住湖南省邵阳市隆回县城关镇人民路47号。\n"
        "我要求：\n"
        "一、他把欠的6个月房租13200元和我垫的物业费870元给我，押金2000元我留着抵账，他还要给我12070元；\n"
        "二、门面还给我；\n"
        "三、打官司的钱他出。\n\n"
        "此致\n隆回县人民法院\n\n"
        "起诉人：罗桂香，女，1950年2月14日出生，汉族，身份证号430524195002143526，住湖南省邵阳市隆回县城关镇人民路45号。\n"
        "2024年5月20日\n"
    )
    assert extract(text).amount_claimed == 12070

