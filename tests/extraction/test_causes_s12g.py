"""Causes in lay letters (probes of our own): an estate left by a spouse asked to be shared, medicine or food bought
expired that made the buyer ill, expired goods with ten-fold damages and no harm, a creditor suing the heirs, a blow
struck with a brick."""

from .samples import cause_of as _cause


def test_a_widow_asking_to_share_the_flat_her_husband_left_is_intestate_succession():
    text = ("起诉书\n我叫魏淑兰，女，1958年生，住山西省太原市小店区亲贤街7号。我丈夫前年过世了，留下一套房子，在太原市杏花岭区"
            "解放路20号2单元301。我有两个儿子叫赵国庆、赵国强。大儿子把房子锁着不让别人进，也不同意卖。我要求法院依法分割这套"
            "房子，把我该得的给我。\n赵国庆，男，住太原市杏花岭区解放路20号2单元301。\n赵国强，男，住太原市迎泽区柳巷5号。\n"
            "起诉人：魏淑兰\n")
    assert _cause(text) == "法定继承纠纷"


def test_expired_medicine_from_a_pharmacy_that_made_the_buyer_ill_is_the_sellers_product_liability():
    text = ("尊敬的法官：\n您好！我叫蒙翠兰，女，苗族，住湖南省湘西州凤凰县沱江镇9号。2024年3月我在凤凰县一家叫“百姓康药房”的"
            "药店买了一瓶止咳糖浆，喝了以后上吐下泻，住院花了3600元。后来才发现那瓶糖浆早过期了。这个药房是个体户，老板叫田光明。\n"
            "请求法院判百姓康药房赔我医药费3600元，还要十倍赔偿。\n蒙翠兰\n")
    assert _cause(text) == "产品销售者责任纠纷"


def test_expired_food_with_ten_fold_damages_and_no_harm_is_a_sale():
    text = ("法官您好：\n我叫吕秀英，女，住江西省九江市浔阳区庐山路4号。我在楼下的“万家福”超市买了两盒月饼，花了236元，拿回家"
            "打开一看早就过期了，还发霉了。超市老板罗建军说卖出去的不管。\n请求法院判超市退我236元，再赔我十倍2360元。\n吕秀英\n")
    assert _cause(text) == "买卖合同纠纷"


def test_food_at_a_restaurant_is_not_a_product_sold():
    text = ("民事起诉状\n原告：付明，男，1985年1月1日出生，住成都市武侯区人民南路1号。\n被告：成都某某餐饮有限公司，住所地成都市"
            "锦江区春熙路2号。\n诉讼请求：判令被告赔偿医疗费2100元。\n事实与理由：原告在被告餐厅就餐，吃了变质的凉菜后腹泻住院。\n"
            "此致\n成都市锦江区人民法院\n")
    assert _cause(text) != "产品责任纠纷" and _cause(text) != "产品销售者责任纠纷"


def test_a_creditor_suing_the_heirs_in_a_letter_is_the_deceaseds_debt():
    text = ("起诉状\n我叫郝建明，男，住安徽省合肥市蜀山区长江西路6号。2022年我表弟邓立新跟我借了8万元买车，写了借条。去年他"
            "突发脑溢血死了，他的房子和车都归了他老婆和女儿。弟媳叫沈丽，侄女叫邓佳。\n我要求沈丽、邓佳在继承我表弟遗产的范围内"
            "还我8万元。\n郝建明\n")
    assert _cause(text) == "被继承人债务清偿纠纷"


def test_a_loan_asked_of_the_borrower_himself_stays_a_loan():
    text = ("起诉状\n我叫郝建明，男，住安徽省合肥市蜀山区长江西路6号。2022年邓立新跟我借了8万元买车，写了借条，到期不还。\n"
            "我要求邓立新还我8万元。\n邓立新，男，住合肥市包河区马鞍山路3号。\n郝建明\n")
    assert _cause(text) == "民间借贷纠纷"


def test_a_neighbour_who_struck_with_a_brick_is_a_bodily_injury():
    text = ("尊敬的法官：\n我叫包海峰，男，住内蒙古包头市昆都仑区钢铁大街3号。2024年9月2日晚上，楼下的韩志刚喝多了上楼来闹事，"
            "我开门劝他回去，他拿起石头砸我的额头，把我砸伤了，缝了五针，花了医药费2800元。\n我请求法院判韩志刚赔我医药费2800元、"
            "误工费4000元。\n韩志刚，男，住包头市昆都仑区钢铁大街3号1楼。\n包海峰\n")
    assert _cause(text) == "生命权、身体权、健康权纠纷"
