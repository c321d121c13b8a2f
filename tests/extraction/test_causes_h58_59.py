"""Causes read from new snippets written for the holdout58/59 misses (not copied from the dev documents)."""
from courtdoc.extraction import extract


def test_divorce_asked_as_judgment_between_plaintiff_and_defendant():
    # '判决原告与被告离婚' asks the divorce itself; the other's affair (与他人同居) is no unmarried couple's child
    text = (
        "民事起诉状\n\n原告：林晓红，女，1990年3月2日出生，汉族，住浙江省温州市鹿城区五马街道解放街20号。\n"
        "被告：郑国伟，男，1987年9月9日出生，汉族，住浙江省温州市龙湾区永中街道龙祥路88号。\n\n"
        "诉讼请求：\n一、判决原告与被告离婚；\n二、婚生子郑子墨由原告抚养，被告每月支付抚养费贰仟元；\n"
        "三、依法分割夫妻共同财产；\n四、本案诉讼费由被告负担。\n\n事实与理由：\n原、被告于2014年登记结婚，"
        "2016年生育一子。自2020年起被告与他人同居，对家庭不管不顾，双方分居已满两年，夫妻感情确已破裂。\n\n"
        "此致\n温州市鹿城区人民法院\n\n具状人：林晓红\n2024年5月6日"
    )
    assert extract(text).cause_of_action == "离婚纠纷"


def test_divorce_asked_in_traditional_characters():
    text = (
        "民事起訴狀\n\n原告：黃美玲，女，1985年2月14日出生，漢族，住廣東省汕頭市金平區長平路18號。\n"
        "被告：陳建輝，男，1983年7月1日出生，漢族，住廣東省汕頭市龍湖區金霞街道華山路6號。\n\n"
        "訴訟請求：\n一、判決原告與被告離婚；\n二、婚生子陳浩然由原告撫養；\n三、本案訴訟費由被告負擔。\n\n"
        "事實與理由：\n原、被告於2010年登記結婚。被告婚後與他人同居，雙方感情確已破裂。\n\n"
        "此致\n汕頭市金平區人民法院\n\n具狀人：黃美玲\n二〇二四年三月一日"
    )
    assert extract(text).cause_of_action == "离婚纠纷"


def test_stated_carriage_by_a_lorry_for_the_defendant_is_road_freight():
    # a stated 运输合同纠纷 where the plaintiff's lorry carried the defendant's goods: the level-4 road carriage
    text = (
        "民事起诉状\n\n原告：马文海，男，1980年5月5日出生，汉族，系平凉市崆峒区文海运输部（个体工商户）经营者，"
        "住甘肃省平凉市崆峒区西大街12号。\n被告：平凉市兴旺建材有限公司，住所地甘肃省平凉市崆峒区东环路9号。\n\n"
        "案由：运输合同纠纷\n\n诉讼请求：\n一、判令被告支付运费21000元；\n二、诉讼费由被告承担。\n\n"
        "事实与理由：\n2023年8月，原告用自己的甘L·3K582号厢式货车为被告从庆阳市运输水泥至平凉市，每趟3500元，"
        "共六趟，被告至今未付运费。\n\n此致\n平凉市崆峒区人民法院\n\n起诉人：马文海\n2024年1月8日"
    )
    assert extract(text).cause_of_action == "公路货物运输合同纠纷"


def test_letter_asking_back_money_sent_to_a_mistyped_card_number():
    # a letter with no heading: the story runs to the writer's one line of asking; the card number keyed wrong
    # (账号填错了) sent the money to a stranger, asked back: 不当得利纠纷 (民法典 985)
    text = (
        "尊敬的法官：\n\n去年11月2日，我用手机给儿子交房租，账号填错了两位，6200元打到了一个叫吴海涛的人账上。"
        "银行帮我联系了他好几次，他就是不退钱，说不认识我。\n这是我攒了半年的钱。\n我要求吴海涛把6200元退还给我。\n"
        "银行流水我都打出来了。\n\n写信人：钱桂兰，女，1958年4月3日生，住杭州市拱墅区湖墅南路15号3单元201室。\n2024年1月5日"
    )
    assert extract(text).cause_of_action == "不当得利纠纷"
