"""Claims rules generalised from the holdout86-93 misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import claims as C

from .samples import amount_of as _amount


def test_lay_heading_said_as_what_i_ask_is():
    # "我要求的是：一、…" opens the claims; a monthly sum asked for the future adds nothing
    text = ("告女儿的状子\n\n尊敬的法官：\n我叫孙桂香，女，1950年2月3日生，住河北省保定市清苑区东闾乡南王庄村5号。"
            "我要告的是我女儿刘小燕，女，1976年7月9日出生，住保定市竞秀区朝阳北大街12号。"
            "我前年做了手术，花了六千二百元，她一分没出。\n"
            "我要求的是：一、小燕以后每个月给我生活费四百元；二、做手术花的6200元她要出；三、过年回来看看我。\n"
            "此致\n清苑区人民法院\n具状人：孙桂香\n二〇二六年三月二日\n")
    assert _amount(text) == 6200.0


def test_writer_turning_to_the_court_to_ask():
    # "我向法院请求：" under the story, the writer's own block signed at the end
    text = ("告状\n我今年六十八岁，一个人住在老屋里。大儿子王建设，男，1980年5月6日生，身份证号码130602198005060013，"
            "住河北省保定市莲池区东风路18号，三年没给过钱。\n"
            "村里调解时说好每月给我八百块，他给了一回就不给了，共欠我九千六百元。\n"
            "我向法院请求：\n1. 叫王建设把欠我的生活费9600元还给我；\n2. 以后每个月给我800元；\n3. 看病的钱几个孩子一起出。\n"
            "起诉人：王老根，男，1958年1月2日生，身份证号码130602195801020019，住河北省保定市莲池区南关村3号。\n"
            "2025年6月1日\n")
    assert _amount(text) == 9600.0


def test_i_want_him_to_give_me_with_item_story_and_day_rate():
    # "我要他给我：" heading; an item's own story after its full stop stays with it; "一天150元" is a rate
    text = ("平遥县人民法院：\n我是：郭三娃，男，1970年3月1日出生，住山西省晋中市平遥县古陶镇东关村8号。\n"
            "我告的人：赵福来，男，1975年4月2日出生，住山西省晋中市平遥县洪善镇北营村21号。\n"
            "我要他给我：\n（1）工钱4500元。我给他看了30天果园，说好一天150元，他一分没给。\n"
            "（2）我垫的农药钱，一共380元。\n（3）打官司的钱叫他出。\n"
            "我找了他好几回，他都不理。\n起诉人：郭三娃\n2024年9月3日\n")
    assert _amount(text) == 4880.0


def test_i_beg_the_court_heading_after_story():
    # "我求法院：" over the list, the ones sued described after it and the writer's block at the end
    text = ("尊敬的法官：\n我叫钱秀英，今年七十九岁，这封信是我外孙帮我写的。\n"
            "邻居盖楼把我家后墙挖塌了，村里调解了几次，他们只肯给两千块钱。\n"
            "我求法院：\n一、叫他们不要再挖；\n二、赔我修墙的钱，一万二千元；\n"
            "三、赔我搬出去住的房租，四个月，每月二百，一共八百元。\n"
            "我要告的人是：\n1.周大勇，男，四十多岁，住浙江省金华市婺城区白龙桥镇下宅村9号。\n"
            "此致\n婺城区人民法院\n钱秀英（手印），女，1947年2月8日生，身份证330702194702080026，"
            "住浙江省金华市婺城区白龙桥镇下宅村7号\n2024年5月6日\n")
    assert _amount(text) == 12800.0


def test_asking_the_judge_in_own_words_after_a_comma():
    text = ("江北区人民法院的法官：\n您好！我叫胡玉珍，女，1956年4月5日出生，住重庆市江北区观音桥街道建新北路66号。"
            "2023年5月我在“重庆江北康泰养生服务有限公司”（营业执照上的住所是重庆市江北区北城天街9号2单元501室）"
            "办了卡，签了合同，交了年费3600元，押金400元，一共4000元，后来店关门了，打电话要退钱，一直不退。\n"
            "我没文化，只想请法官帮我评评理：\n一、叫康泰养生公司把年费3600元和押金400元，共4000元退给我；\n"
            "二、打官司的钱叫他们出。\n胡玉珍\n2024年3月1日\n")
    assert _amount(text) == 4000.0


def test_list_total_less_paid_asks_balance():
    # a list of sums without item numbers, then "以上合计…，扣掉…已经给的…，请求判他再赔…"
    text = ("起诉状\n渭城区人民法院：\n原告：马红军，男，1985年2月1日生，住陕西省咸阳市渭城区窑店街道仓张村4号。\n"
            "被告：刘志远，男，1972年3月4日生，住陕西省咸阳市渭城区窑店街道毛王村9号。\n"
            "我给被告家修院墙，从梯子上摔下来，腿骨折了。现在请求法院判刘志远赔我：\n"
            "医疗费21000.5元；\n护理费：每天120元，算50天，6000元；\n误工费：我一天200元，算90天，18000元。\n"
            "以上合计45000.5元，扣掉刘志远已经给的3000元，请求判他再赔42000.5元。以后的治疗费另外起诉。\n"
            "原告：马红军\n2025年5月2日\n")
    assert _amount(text) == 42000.5


def test_sum_paid_in_full_as_object_of_ba():
    item = "请判厂里把欠我们五个人的工钱共41250元付清"
    res = C.ClaimsResult()
    res.claims, res.spans = [item], [(0, len(item))]
    C._amounts(item, res)
    assert res.amount == 41250.0
    # the sum the interest runs until it is repaid is still no sum of its own
    item2 = "判令被告支付利息（以借款本金计算至将借款80000元全部还清之日止）"
    res2 = C.ClaimsResult()
    res2.claims, res2.spans = [item2], [(0, len(item2))]
    C._amounts(item2, res2)
    assert res2.amount is None


def test_place_named_with_jiao_is_no_sum():
    assert C._find_amounts("坐落于八角镇东村的宅基地") == []
    assert [v for _, _, v in C._find_amounts("找零三角钱")] == [0.3]


def test_claims_table_with_column_head_row():
    text = ("离婚纠纷起诉状（要素式）\n\n| 项目 | 原告 | 被告 |\n|---|---|---|\n| 姓名 | 韩冬梅 | 吕志强 |\n"
            "| 性别 | 女 | 男 |\n\n| 诉讼请求 | 内容 |\n|---|---|\n| 1.解除婚姻关系 | 请求判决原、被告离婚 |\n"
            "| 2.子女抚养 | 婚生子由原告抚养，被告每月给付抚养费800元 |\n"
            "| 3.夫妻共同财产 | 货车一辆归被告所有，被告给付原告折价款52000元 |\n| 4.诉讼费 | 由被告承担 |\n\n"
            "| 事实与理由 | 内容 |\n|---|---|\n| 财产情况 | 货车购价130000元 |\n\n此致\n某某县人民法院\n起诉人：韩冬梅\n")
    assert _amount(text) == 52000.0


def test_appeal_reciting_what_was_said_at_first_instance():
    text = ("上 诉 状\n上诉人（一审被告）：某某化工有限公司，住所地江苏省盐城市大丰区工业园纬二路6号。\n"
            "被上诉人（一审原告）：陆长根，男，1966年5月3日出生，住江苏省盐城市大丰区草堰镇七里村。\n"
            "上诉人因环境污染责任纠纷一案，不服大丰区人民法院民事判决，现提出上诉。\n\n上诉请求：\n"
            "1. 撤销一审判决，依法改判驳回被上诉人的全部诉讼请求；\n2. 本案诉讼费用由被上诉人负担。\n事实与理由：\n"
            "被上诉人在一审中诉称，其养殖的螃蟹因上诉人排污死亡，请求判令上诉人赔偿螃蟹损失52000元、清塘费用3000元，"
            "合计55000元。一审判决上诉人赔偿41000元，上诉人认为认定事实不清。\n"
            "此致\n江苏省盐城市中级人民法院\n上诉人：某某化工有限公司\n2024年6月1日\n")
    assert _amount(text) == 55000.0


def test_total_less_paid_asked_of_named_ones():
    # the balance asked after naming whom it is asked of and the word of total: "请求判令…赔偿原告各项损失共计…元"
    text = ("民事起诉状\n原告：蒋国华，男，1970年1月5日出生，住湖南省衡阳市雁峰区白沙洲街道16号。\n"
            "被告：谭晓丽，女，1990年4月6日出生，住湖南省衡阳市蒸湘区解放大道88号。\n诉讼请求：\n"
            "1.医疗费：15200.50元\n2.护理费：2400元\n3.交通费：300元\n"
            "以上合计17900.50元，扣除被告谭晓丽已垫付的2000元，请求判令被告赔偿原告各项损失共计15900.50元。\n"
            "4.诉讼费用由被告负担。\n事实与理由：\n2024年3月2日，被告驾车与原告相撞。\n"
            "此致\n衡阳市雁峰区人民法院\n具状人：蒋国华\n2024年5月1日\n")
    assert _amount(text) == 15900.5


def test_cents_after_yuan_ling_in_capitals():
    assert [v for _, _, v in C._find_amounts("合计人民币叁仟肆佰零伍元零陆分（¥3405.06）")] == [3405.06, 3405.06]
    assert [v for _, _, v in C._find_amounts("伍佰元零伍角")] == [500.5]
    # 零钱 after 元 is no cents
    assert [v for _, _, v in C._find_amounts("找了100元零钱")] == [100.0]
