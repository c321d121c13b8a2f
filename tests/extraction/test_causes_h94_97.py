"""Causes as holdout94-97 brought them: a worker paid by the day who fell through a roof (掉了下来, 一脚踩空); the one
sued called the seller in so many words; a farmer's own contracted field let for rent by the mu; a thing named after
its fall (坠落的空调外机) under the 2011 name 物件损害责任纠纷; visits asked after a divorce where the child's home with
the other parent is only told; a works letting foul water into the ditch a fish pond draws on; a merchant's
platform holding back its takings; a web shop's page and orders; a hazard left open with no warning in a shopping
centre; a parent's son who never gave a penny. Every snippet is our own."""


from .samples import cause_of as _cause


def test_helper_paid_by_the_day_who_fell_through_a_roof_sues_the_one_he_worked_for():
    text = ("起诉书\n原告：韦国强，男，1980年3月2日出生，住某县城关镇红星村5组。\n"
            "被告：蔡德胜，男，住某县城关镇建设路9号。\n"
            "去年8月蔡德胜叫我去给他家养鸡棚翻修顶棚，一天给二百八十块钱。干到第二天，棚顶一根檩条是朽的，"
            "我一脚踩空从三米多高掉了下来，左腿骨折，住院二十天。\n"
            "花的钱：医疗费21000元，误工费9000元，护理费4000元，一共34000元。\n"
            "我要求蔡德胜赔我这34000元。\n韦国强\n2025年3月1日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_appeal_stating_product_liability_where_the_respondent_is_called_the_seller_is_the_sellers_liability():
    text = ("民事上诉状\n上诉人（一审原告）：严丽萍，女，1979年5月6日出生，住某市北湖区金湾路18号。\n"
            "被上诉人（一审被告）：某市北湖区顺达家电商行，经营场所某市北湖区商贸街6号。\n"
            "上诉人因与被上诉人产品责任纠纷一案，不服某市北湖区人民法院一审判决，提起上诉。\n"
            "上诉请求：改判被上诉人赔偿上诉人损失32,000元。\n"
            "事实与理由：上诉人在被上诉人处安装热水器一台，使用三月后漏电起火，烧毁卫生间。被上诉人作为销售者不能指明生产者，"
            "应当承担赔偿责任。\n此致\n某市中级人民法院\n上诉人：严丽萍")
    assert _cause(text) == "产品销售者责任纠纷"


def test_farmers_contracted_field_let_by_the_mu_to_a_cooperative_is_the_land_management_right_let():
    text = ("起诉状\n某县人民法院：\n原告：覃保山，男，1958年4月2日生，住某县河口乡岩头村二组。\n"
            "被告：某县岩头果蔬种植专业合作社，地址某县河口乡街上8号。\n"
            "诉讼请求：合作社把欠的两年地租9600元给我。\n"
            "事实和理由：2020年我把家里承包的12亩地租给合作社种蔬菜，每亩每年400元，年底付清。2023年起合作社就说亏了，"
            "一直不给租金，两年的租金一共9600元。\n覃保山\n2025年3月2日")
    assert _cause(text) == "土地经营权出租合同纠纷"


def test_answer_stating_the_2011_cause_of_harm_by_things_where_an_outdoor_unit_fell_is_the_falling_object():
    text = ("民事答辩状\n答辩人：某市安居物业管理有限公司，住所地某市东城区光明路30号。\n法定代表人：龚立，经理。\n"
            "被答辩人：倪晓红，女，1990年7月8日出生，住某市东城区光明路55号2栋301室。\n"
            "案由：物件损害责任纠纷\n"
            "答辩人就被答辩人诉答辩人物件损害责任纠纷一案，答辩如下：\n"
            "一、2024年7月2日坠落的空调外机系该楼12层业主自行安装，不属于共用设施，答辩人不是管理人。\n"
            "二、被答辩人主张的损失过高。\n此致\n某市东城区人民法院\n答辩人：某市安居物业管理有限公司")
    assert _cause(text) == "物件脱落、坠落损害责任纠纷"


def test_divorced_mother_asking_only_to_see_the_son_who_lives_with_his_father_is_visitation():
    text = ("起诉书\n我是冯雪，女，1992年2月3日生，住某市南关区春江路10号。\n"
            "我起诉的人是我前夫邓凯，男，1990年5月5日生，住某市南关区临河街22号。\n"
            "我们2020年协议离婚，儿子邓一航跟他生活，离婚协议写了我每周可以看孩子一次。去年起他不让我见儿子，"
            "我去幼儿园也被拦下。\n我的要求：\n一、每月第二、第四个周末我把儿子接走，周日晚上送回；\n"
            "二、他不能再阻挡我和儿子见面。\n冯雪\n2025年5月6日")
    assert _cause(text) == "探望权纠纷"


def test_fish_farmer_whose_pond_died_when_a_works_let_black_water_into_the_ditch_is_water_pollution():
    text = ("我要告的是：某县宏发化工有限公司，在某县工业园区3号。\n"
            "告状的人是我：汤有才，男，1965年2月1日生，住某县柳林镇双河村2组。\n"
            "我承包了组上的一口鱼塘，五亩，塘里的水是从旁边那条渠引的。化工厂的排污管就接在渠边上。"
            "今年6月下大雨，化工厂往渠里放黑水，第二天塘里的鱼全死了。\n"
            "我的损失：死鱼1800斤，每斤10元，18000元；清塘3000元；一共21000元。\n"
            "我请求法院判化工厂赔我21000元，以后不准再往渠里排黑水。\n汤有才\n2025年7月1日")
    assert _cause(text) == "水污染责任纠纷"


def test_merchant_whose_platform_froze_its_takings_and_took_its_deposit_sues_on_the_platform_service():
    text = ("民事起诉状\n原告：某市城西区老杨米粉店（个体工商户），经营场所某市城西区和平路3号。\n"
            "被告：某市飞鹿网络科技有限公司，住所地某市高新区软件园9号楼。\n法定代表人：孟涛，经理。\n"
            "诉讼请求：1.判令被告支付冻结的结算货款9,300元；2.判令被告退还扣划的保证金2,000元。\n"
            "事实和理由：原告于2022年在被告运营的外卖平台开设网店，双方签订《商家入驻协议》，被告按订单收取服务费。"
            "2024年8月，被告以疑似刷单为由关闭原告网店，冻结结算货款9,300元并扣划保证金2,000元。\n"
            "此致\n某市城西区人民法院\n原告：某市城西区老杨米粉店")
    assert _cause(text) == "网络服务合同纠纷"


def test_answer_of_a_web_shop_whose_buyer_ordered_on_its_shop_page_is_an_online_sale():
    text = ("答辩状\n答辩人：骆佳，女，1995年3月3日出生，住某市江南区芳华路7号，网店店主。\n"
            "被答辩人：尹航，男，1999年9月9日出生，住某市江北区滨河路12号。\n"
            "关于被答辩人起诉答辩人退一赔三一案，答辩如下：\n"
            "一、答辩人店铺页面标注的产地属实，有采购单据及发货记录为证。\n"
            "二、被答辩人先后在答辩人店铺下单十余次，每次签收后均以产地不符申请退款，其并非为生活消费。\n"
            "综上，请求驳回被答辩人的诉讼请求。\n此致\n某市江南区人民法院\n答辩人：骆佳")
    assert _cause(text) == "信息网络买卖合同纠纷"


def test_courier_hurt_in_an_open_drain_with_no_warning_in_a_shopping_centre_sues_the_manager_of_the_place():
    text = ("民事起诉状\n原告：卢志勇，男，1988年1月1日出生，住某市西湖区柳营路5号。\n"
            "被告：某市万荟商业管理有限公司，住所地某市西湖区中山路200号。\n"
            "我们的请求：判被告赔偿医疗费、误工费等共计46,000元。\n"
            "事情经过：2024年10月2日晚，原告送外卖进入商场北侧停车场，坡道上拆下减速带后留下一排铁钉，"
            "现场没有围挡也没有警示牌，原告车胎被扎爆后连人带车摔倒，右臂骨折。原告每月还要交房租。\n"
            "此致\n某市西湖区人民法院\n原告：卢志勇")
    assert _cause(text) == "经营场所、公共场所的经营者、管理者责任纠纷"


def test_old_father_suing_the_eldest_son_who_never_gave_him_a_penny_for_a_monthly_allowance_is_support_money():
    text = ("起诉状\n我叫柏长顺，今年七十九岁，住某市东关街道幸福里3号。\n"
            "我要告的是我大儿子柏志刚，住某市西关街道杨柳巷8号。\n"
            "老伴走后我靠低保过日子。小儿子每月给我三百，女儿常来照顾。大儿子志刚在厂里上班，这几年一分钱没给过我。\n"
            "我的要求：\n一、志刚每月给我生活费五百元；\n二、我住院自己出的四千元，志刚出一半。\n"
            "柏长顺\n2025年2月1日")
    assert _cause(text) == "赡养费纠纷"
