"""Amount rules found on holdout48/49, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_letter_whose_block_ran_over_the_story_asks_the_one_sued_to_pay_after_a_colon():
    # a relative writes the letter for the injured filer: the party block runs on over the story, and the claims are
    # the sums after "我们要求某某赔偿：", the last of them the total
    text = (
        "南岗区人民法院：\n\n"
        "我是刘玉珍的儿子高鹏。我母亲摔伤后一直卧床，这份起诉状是我替她写的，她本人按了手印。\n\n"
        "起诉人（原告）：刘玉珍，女，1951年2月14日生，汉族，退休教师，身份证号230103195102140427，"
        "住哈尔滨市南岗区西大直街118号3单元201。\n"
        "被起诉人（被告）：哈尔滨市鑫福源物业管理有限公司（管我们小区的物业），住所地哈尔滨市南岗区学府路56号，"
        "法定代表人马春生。\n\n"
        "事情经过是这样的：2024年12月2日傍晚，我母亲下楼倒垃圾，单元门口台阶结了一层冰，物业没有撒盐也没有铺垫子。"
        "她脚下一滑摔倒，左手腕着地，送到医大二院，诊断是左桡骨远端骨折，住院十四天。物业的人来看过一回，之后就不管了。\n\n"
        "我们要求物业赔偿：医药费一万二千三百元，护理费四千二百元，交通费三百五十元，营养费八百元，一共是17650元。"
        "诉讼费也应由物业出。\n\n"
        "附：住院病历、医药费发票、台阶结冰照片。\n\n"
        "此致\n敬礼\n\n"
        "原告：刘玉珍（手印）\n代书：高鹏（子）  电话：13904518826\n2025年1月20日\n"
    )
    assert extract(text).amount_claimed == 17650
