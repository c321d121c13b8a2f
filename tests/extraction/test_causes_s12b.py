"""Causes fixed by causes7: a first-instance "…劳动争议一案" asking one labour sub-cause, and lay letters' causes
(snippets written for these tests)."""

import pytest
from courtdoc.extraction import extract

JUDGMENT = ("江苏省常州市武进区人民法院\n民事判决书\n（2024）苏0412民初5678号\n"
            "原告：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "被告：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n")


def test_a_labour_judgment_asking_wages_and_overtime_is_the_pay():
    text = JUDGMENT + ("原告钱立新与被告常州市远帆纺织有限公司劳动争议一案，本院立案后依法适用简易程序进行了审理。\n"
                       "钱立新向本院提出诉讼请求：一、判令被告支付2024年1月至3月工资15200元；二、判令被告支付加班费3600元。"
                       "事实和理由：原告在被告处从事织布工作，被告拖欠工资及加班费。\n被告辩称，原告未加班。")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_judgment_asking_wages_and_severance_keeps_the_family():
    text = JUDGMENT + ("原告钱立新与被告常州市远帆纺织有限公司劳动争议一案，本院立案后依法适用简易程序进行了审理。\n"
                       "钱立新向本院提出诉讼请求：一、判令被告支付2024年1月至3月工资15200元；二、判令被告支付解除劳动合同经济补偿金"
                       "20000元。事实和理由：原告在被告处从事织布工作，被告拖欠工资，原告解除劳动合同。")
    assert extract(text).cause_of_action == "劳动争议"


def test_a_labour_answer_replying_to_pay_alone_is_the_pay():
    text = ("民事答辩状\n答辩人：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被答辩人：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "答辩人就被答辩人诉答辩人劳动争议一案，答辩如下：\n"
            "一、被答辩人主张的2024年1月至3月工资，答辩人已支付大部分，余款系其违纪罚款。\n"
            "二、被答辩人主张的加班费没有证据，其岗位不存在加班。\n请求法院驳回被答辩人的诉讼请求。\n"
            "此致\n常州市武进区人民法院\n答辩人：常州市远帆纺织有限公司\n2024年6月3日")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_answer_replying_to_pay_and_severance_keeps_the_family():
    text = ("民事答辩状\n答辩人：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被答辩人：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "答辩人就被答辩人诉答辩人劳动争议一案，答辩如下：\n"
            "一、被答辩人主张的加班费没有证据，其岗位不存在加班。\n"
            "二、关于经济补偿金。被答辩人系自行离职，答辩人无须支付经济补偿金。\n请求法院驳回被答辩人的诉讼请求。\n"
            "此致\n常州市武进区人民法院\n答辩人：常州市远帆纺织有限公司\n2024年6月3日")
    assert extract(text).cause_of_action == "劳动争议"


def test_a_labour_appeal_stays_as_stated():
    text = ("民事上诉状\n上诉人（原审被告）：常州市远帆纺织有限公司，住所地江苏省常州市武进区湖塘镇工业路6号。\n"
            "被上诉人（原审原告）：钱立新，男，1986年2月11日出生，汉族，住江苏省常州市武进区湖塘镇花园街18号。\n"
            "上诉人因与被上诉人劳动争议一案，不服常州市武进区人民法院（2024）苏0412民初5678号民事判决，现提出上诉。\n"
            "上诉请求：1.撤销原判，改判上诉人无须支付工资15200元；2.诉讼费用由被上诉人负担。\n"
            "事实和理由：一审认定事实错误。\n此致\n常州市中级人民法院\n上诉人：常州市远帆纺织有限公司\n2024年8月1日")
    assert extract(text).cause_of_action == "劳动争议"


def test_goods_taken_on_credit_under_an_iou_are_a_sale():
    text = ("起诉书\n法官您好：\n  我叫韩秀梅，在湖南省衡阳市蒸湘区联合街道开了一家杂货店。2023年同村的邓立军在我店里赊了米和油，"
            "前后一共4200元，他打了一张欠条，说秋收后就还，现在一直不给。\n  请法院判邓立军还我4200元。\n  韩秀梅\n  2024年11月2日\n")
    assert extract(text).cause_of_action == "买卖合同纠纷"


def test_money_lent_under_an_iou_stays_a_loan():
    text = ("起诉书\n法官您好：\n  我叫韩秀梅，住湖南省衡阳市蒸湘区联合街道。2023年同村的邓立军找我借了4200元，他打了一张欠条，"
            "说秋收后就还，现在一直不给。\n  请法院判邓立军还我4200元。\n  韩秀梅\n  2024年11月2日\n")
    assert extract(text).cause_of_action == "民间借贷纠纷"


def test_things_piled_in_the_stairway_asked_cleared_are_an_obstruction():
    # the dev sets label a neighbour's clutter in the common stairway asked removed 排除妨害纠纷
    text = ("法官您好：\n我叫邱丽萍，住山东省潍坊市奎文区胜利东街45号3单元501室。对门的孟庆山把旧沙发、纸箱堆在楼道里，"
            "走路都得侧着身子，物业劝过也不管用。\n我请求法院判孟庆山把楼道里的杂物搬走，并赔我损失1000元。\n邱丽萍\n2025年2月10日\n")
    assert extract(text).cause_of_action == "排除妨害纠纷"


def test_livestock_that_got_into_the_field_and_ate_the_crop_is_the_keepers_harm():
    text = ("起诉状\n原告：龙春兰，女，1968年生，住湖南省湘西州花垣县双龙镇十八洞村。\n被告：麻老四，男，住同村。\n"
            "事情经过：今年七月麻老四家的羊钻进我家地里，啃了我一亩多玉米，损失大概2000元，他不认账。\n"
            "我的要求：让麻老四赔我玉米钱2000元。\n龙春兰\n2025年9月\n")
    assert extract(text).cause_of_action == "饲养动物损害责任纠纷"


def test_digging_at_the_edge_of_the_filers_field_that_brought_its_bank_down_is_a_neighbours_harm():
    # as the dev sets label a neighbour's digging against the filer's wall (民法典 295)
    text = ("法官同志：\n我是湖北省孝感市孝南区朋兴乡新华村3组的村民胡长贵。同组的程友明今年春天在我家责任田边上开挖鱼塘，"
            "把我家田埂挖塌了，水也漏光了。\n恳请法院判程友明把田埂修好，赔我损失2500元。\n胡长贵\n2025年5月\n")
    assert extract(text).cause_of_action == "相邻损害防免关系纠纷"


# the lead's own probe letters for these four rules
PROBES = ["起诉信\n尊敬的法官：\n  我叫罗桂香，今年五十五岁，家住江西省吉安市青原区河东街道滨江路9号。我在小区门口开了个小卖部，2024年邻居彭志勇在我这赊了烟酒一共6800元，写了欠条，说年底还，到现在一分没给。\n  希望法院判彭志勇还我6800元。\n  罗桂香\n  2025年3月1日\n",
"尊敬的法官您好！\n我是河北省邢台市信都区中兴西大街12号的业主王春燕，我家楼下邻居赵大军在楼道里堆了很多杂物，还养鸡，臭味很大，说了多次也不听。\n我请求法院让赵大军把楼道里的东西清走，并赔偿我精神损失2000元。\n王春燕\n2025年4月8日\n",
"起诉状\n原告：石金花，女，苗族，1975年生，住贵州省黔东南州凯里市舟溪镇青曼村。\n被告：杨老三（真名杨正德），男，50多岁，住同村。\n事情是这样的：去年杨老三家的牛跑到我家田里，吃了我半亩稻谷，我算了一下值1500元，找他赔他不赔。\n我的要求：让杨正德赔我稻谷钱1500元。\n石金花\n2025年10月\n",
"法官同志：\n我们是安徽省六安市裕安区苏埠镇新桥村5组的村民陶德胜和鲍秀英，是两口子。村里的汪建平去年在我们的承包地边上挖沟，把地埂挖垮了。\n恳请法院判汪建平恢复地埂，赔我们损失3000元。\n陶德胜  鲍秀英\n2025年6月\n"]


@pytest.mark.parametrize("text,cause", list(zip(PROBES, ["买卖合同纠纷", "排除妨害纠纷", "饲养动物损害责任纠纷", "相邻损害防免关系纠纷"], strict=True)))
def test_the_probe_letters(text, cause):
    assert extract(text).cause_of_action == cause
