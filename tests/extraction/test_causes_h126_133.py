"""Causes as holdout126-133 brought them: an old father's own letter with no 诉讼请求 heading, asking his children for
a monthly sum and his hospital bill. Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_fathers_letter_without_a_claims_heading_asking_his_daughters_for_money_is_the_support_money_case():
    text = ("尊敬的永登县人民法院：\n"
            "    我叫马福海，男，今年81岁，家住甘肃省兰州市永登县城关镇柳树村三社。我有两个女儿，大女儿马金花，今年55岁，"
            "住永登县红城镇，小女儿马银花，今年50岁，住兰州市七里河区。\n"
            "    老伴走了三年了，两个女儿谁也不管我，我腿脚不便，前年秋天在县医院住院二十天，花了九千二百元，都是借邻居的钱付的。"
            "村里调解过一次，她们还是不给。\n"
            "    我只好求法院做主，我要告我两个女儿：\n"
            "    一、两个女儿每人每月给我生活费三百元；\n"
            "    二、住院花的九千二百元两人各出一半。\n"
            "                                   告状人：马福海（按手印）\n"
            "                                   2024年4月2日\n")
    assert _cause(text) == "赡养费纠纷"

