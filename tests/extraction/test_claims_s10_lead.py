"""A lay letter's claim said in one sentence: 要求 someone 赔 the things paid for, then the sum."""

from courtdoc.extraction import extract


def test_a_grandmother_asks_in_one_sentence_for_the_things_paid_for_and_their_total():
    text = ("法官：\n我是孩子的奶奶，叫孔秀英，女，1956年4月4日生，住山东省汶上县中都街道东关村。\n"
            "我孙子上学路上被一条狗咬了，狗是村里李长河（男，五十多岁，住东关村西头）家的。\n"
            "我代孙子要求李长河赔医药费、疫苗费共2860元。\n孔秀英\n2024年5月")
    assert extract(text).amount_claimed == 2860


def test_a_demand_made_of_the_writer_in_the_story_is_no_claim():
    text = ("法官：\n我叫马建平，男，1970年1月1日生，住甘肃省临夏市红园路1号。\n"
            "我要告邻居马小军（男，三十多岁，住红园路3号），他家的羊吃了我家的麦苗，他反倒要求我赔他羊钱共500元。\n"
            "我的要求：让马小军赔我麦苗损失1200元。\n马建平")
    assert extract(text).amount_claimed == 1200
