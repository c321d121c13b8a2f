"""Causes read from lay letters and pleadings of our own (the kinds of holdout118-125's misses)."""
from courtdoc.extraction import extract


def test_old_fathers_letter_son_gives_not_a_cent_is_support_money():
    # a parent's own letter: the son sued "gives not a cent" (一分钱不管) and a monthly allowance and the doctor's bills
    # are asked: the support money (赡养费纠纷), though the word 赡养 is never written
    text = ("告状\n我叫钱老根，男，今年八十一岁，身份证号码330621194502036617，住浙江省绍兴市柯桥区平水镇岭下村5组。\n"
            "我要告的是我小儿子钱国平，男，1979年4月2日生，住浙江省绍兴市越城区解放北路66号3幢201室。\n"
            "我养了两个孩子，大女儿嫁到外省，逢年过节还寄点钱回来，小儿子就在城里开店，三年来一分钱不管，"
            "我今年开春摔了一跤，看病花了两千多块都是邻居借给我的。\n"
            "我要求：\n1.小儿子把我今年看病花的钱2100元出了；\n2.以后每个月给我生活费400元。\n"
            "此致\n绍兴市越城区人民法院\n告状人：钱老根\n2025年5月6日\n")
    assert extract(text).cause_of_action == "赡养费纠纷"


def test_unmarried_partners_property_with_a_card_debt_paid_for_the_other_is_cohabitation_sharing():
    # parted partners: a flat's deposit bought together asked divided, and a card debt one paid off for the other
    # asked back; no card issuer is a party, so the card debt is one more sum between them
    text = ("民事起诉状\n原告：程丽娟，女，1992年5月6日出生，汉族，住江苏省南京市鼓楼区中山北路210号。\n"
            "被告：梁志远，男，1990年11月2日出生，汉族，住江苏省南京市玄武区珠江路88号。\n"
            "诉讼请求：\n1、依法分割原、被告同居期间共同购置的家具家电，判令被告返还原告出资款32000元；\n"
            "2、判令被告返还原告代其偿还的信用卡欠款12500元；\n3、本案诉讼费用由被告承担。\n"
            "事实和理由：原、被告于2020年3月起同居生活，未办理结婚登记。同居期间双方共同出资购置家具家电，"
            "原告另替被告偿还其信用卡欠款12500元。2024年双方分手，被告拒不返还。\n"
            "此致\n南京市玄武区人民法院\n具状人：程丽娟\n2024年9月1日\n")
    assert extract(text).cause_of_action == "同居关系析产纠纷"


def test_guarantors_asked_within_the_guaranty_for_a_companys_debt_is_guaranty_contract():
    # only the guarantors are sued, asked to answer within their guaranty for what a company owes the plaintiff
    # (民法典 681): the goods' price is only the measure of the guaranty
    text = ("起诉状\n原告：苏州恒达钢材贸易有限公司，住所地江苏省苏州市吴中区东吴南路12号。法定代表人：顾建平，总经理。\n"
            "被告一：沈宏伟，男，1975年3月9日出生，汉族，住江苏省苏州市姑苏区人民路301号。\n"
            "被告二：陆海燕，女，1979年12月20日出生，汉族，住江苏省苏州市相城区元和街道阳澄湖东路5号。\n"
            "诉讼请求：\n一、判令两被告在保证范围内对苏州宏伟建材有限公司欠原告的货款人民币45万元承担连带清偿责任；\n"
            "二、本案诉讼费由两被告承担。\n"
            "事实和理由：原告向苏州宏伟建材有限公司供应钢材。两被告向原告出具担保书，承诺对该公司所欠货款承担连带保证责任。"
            "该公司欠付货款45万元未付，保证人应当承担责任。\n"
            "此致\n苏州市吴中区人民法院\n具状人：苏州恒达钢材贸易有限公司\n2025年3月2日\n")
    assert extract(text).cause_of_action == "保证合同纠纷"


def test_stated_work_contract_on_the_customers_own_sheet_metal_is_processing():
    # a form stating 承揽合同纠纷 where the customer supplied the steel sheet and the plaintiff stamped and bent it to the
    # customer's drawings: the materials were the customer's, the level-4 加工合同纠纷 (民法典 770)
    text = ("民事起诉状\n原告：郑国强，男，1977年8月3日出生，汉族，住浙江省宁波市鄞州区钟公庙街道天童南路55号。\n"
            "被告：宁波恒锐电器有限公司，住所地浙江省宁波市北仑区新碶街道明州路99号。\n法定代表人：何文斌，总经理。\n"
            "案由：承揽合同纠纷\n诉讼请求：\n1、判令被告支付加工费41,200元；\n2、诉讼费由被告承担。\n"
            "事实与理由：2024年3月至6月，被告向原告提供冷轧板材，委托原告按被告图纸冲压、折弯成配电箱外壳，"
            "原告已全部完成并交付，被告尚欠加工费41,200元未付。\n"
            "此致\n宁波市北仑区人民法院\n具状人：郑国强\n2024年8月2日\n")
    assert extract(text).cause_of_action == "加工合同纠纷"


def test_stated_works_contract_of_a_part_let_on_to_the_plaintiff_is_the_subcontract():
    # a judgment stating 建设工程合同纠纷, where the contractor let part of the works on to the plaintiff (分包给…施工)
    # and the plaintiff asks the rest of its price: the subcontract is the contract in dispute (民法典 791)
    text = ("湖南省长沙市中级人民法院\n民事判决书\n（2025）湘01民终3321号\n"
            "上诉人（原审被告）：湖南湘建路桥工程有限公司，住所地湖南省长沙市岳麓区麓谷大道58号。\n"
            "法定代表人：彭志刚，该公司董事长。\n"
            "被上诉人（原审原告）：邹建华，男，1979年4月15日出生，汉族，住湖南省浏阳市集里街道金沙北路21号。\n"
            "上诉人湖南湘建路桥工程有限公司因与被上诉人邹建华建设工程合同纠纷一案，不服湖南省浏阳市人民法院（2024）湘0181民初5512号"
            "民事判决，向本院提起上诉。本院受理后，依法组成合议庭进行了审理。\n"
            "湖南湘建路桥工程有限公司上诉请求：撤销一审判决，依法改判。事实和理由：上诉人承接某县乡公路改造工程后，将其中的排水沟"
            "及护坡工程分包给邹建华施工，一审认定的工程量有误。\n"
            "邹建华辩称，工程已完工交付，请求驳回上诉。\n"
            "邹建华向一审法院起诉请求：湖南湘建路桥工程有限公司支付剩余工程款312,000元。\n")
    assert extract(text).cause_of_action == "建设工程分包合同纠纷"


def test_neighbour_building_on_the_part_of_my_homestead_he_took_is_homestead_use():
    # a village widow's letter: the neighbour pushed his wall onto her homestead and built a shed on the part taken;
    # she asks it pulled down and the wall moved back: the use of the homestead is in dispute (民法典 362)
    text = ("法院领导：\n    我家的宅基地在后沟组，西边挨着赵长贵家，是1990年村里划给我家的，有集体土地使用证。"
            "前年赵长贵把他家院墙往我家这边挪了一米多，又在我家墙根下盖了一间柴房，村里调解了两次他都不拆。\n"
            "    赵长贵，男，1968年2月11日出生，住陕西省渭南市蒲城县椿林镇后沟村后沟组12号。\n"
            "    我请求法院：\n    一、判令赵长贵把占我家宅基地上盖的柴房拆掉，院墙退回原来的位置；\n"
            "    二、诉讼费由他出。\n此致\n蒲城县人民法院\n"
            "                    写信人：刘翠兰，女，1955年6月8日生，汉族，农民，住陕西省渭南市蒲城县椿林镇后沟村后沟组10号\n"
            "                    2025年3月5日\n")
    assert extract(text).cause_of_action == "宅基地使用权纠纷"


def test_company_asking_its_shareholder_to_pay_in_capital_is_shareholder_capital():
    # a travel company's name is no statement of the dispute: it asks a shareholder to pay in what he subscribed
    text = ("民事起诉状\n原告：云南彩云旅游开发有限公司，住所地云南省大理市下关镇苍山路18号。\n法定代表人：段志明，执行董事。\n"
            "被告：杨宏斌，男，1984年9月2日出生，白族，住云南省大理市大理镇复兴路66号。\n"
            "诉讼请求：\n1、判令被告向原告缴付出资款人民币120万元；\n2、本案诉讼费用由被告负担。\n"
            "事实与理由：原告注册资本300万元，被告认缴出资150万元，应于2024年12月31日前缴足，至今仅缴纳30万元，经原告催缴仍未缴纳。\n"
            "此致\n大理市人民法院\n具状人：云南彩云旅游开发有限公司\n2025年4月1日\n")
    assert extract(text).cause_of_action == "股东出资纠纷"
