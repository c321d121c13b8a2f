"""Causes as holdout78-81 brought them: a lawyer's agency contract titled 诉讼委托代理合同, a forwarder's advanced
ocean freight asked back (the maritime forwarding cause), and an interpretation's title that names a family of
cases but states no case's cause."""


from .samples import cause_of as _cause


def test_answer_to_a_law_firm_suing_on_a_litigation_agency_contract_is_litigation_agency():
    text = ("民事答辩状\n答辩人：包德胜，男，1971年2月9日出生，住某省某市某区临江路6号。\n"
            "被答辩人：某省明镜律师事务所，住所地某市某区中山路100号。负责人：申立，主任。\n"
            "被答辩人诉答辩人委托合同纠纷一案，答辩人答辩如下：\n"
            "一、2021年3月，双方签订《民事诉讼委托代理合同》，由被答辩人代理答辩人与某建材公司的买卖合同纠纷一审，"
            "代理费18000元已付清，另约定的“胜诉后按回款的10%计付代理费”条件尚未成就。\n"
            "二、被答辩人的律师擅自放弃部分诉请，存在过错。\n综上，请求驳回被答辩人的诉讼请求。\n答辩人：包德胜\n2024年6月1日")
    assert _cause(text) == "诉讼、仲裁、人民调解代理合同纠纷"


def test_forwarder_asking_back_advanced_ocean_freight_is_maritime_forwarding():
    text = ("民事起诉状\n原告：某市远航国际物流有限公司，住所地某市港区海滨路18号。\n法定代表人：庄立群，总经理。\n"
            "被告：某市恒盛五金制品有限公司，住所地某市工业园区9号。\n法定代表人：邱海，经理。\n"
            "诉讼请求：一、判令被告支付原告垫付的海运费、码头操作费共计人民币52300元；二、本案诉讼费用由被告承担。\n"
            "事实与理由：被告委托原告办理其出口至新加坡的五金配件订舱、报关事宜，原告已完成代理事项并垫付了海运费等费用，"
            "被告对账后至今未付。\n此致\n某海事法院\n具状人：某市远航国际物流有限公司\n2024年3月2日")
    assert _cause(text) == "海上、通海水域货运代理合同纠纷"


def test_interpretation_title_cited_in_the_reasons_is_no_stated_cause():
    # 《…审理涉及农村土地承包纠纷案件…的解释》 is the law relied on; the share of the compensation asked is the cause
    text = ("民事起诉状\n原告：龙秀英，女，1990年3月8日生，住某省某县青山镇石桥村三组。\n"
            "被告：某县青山镇石桥村第三村民小组，住所地某县青山镇石桥村三组。\n负责人：龙光明，组长。\n"
            "诉讼请求：1．判令被告向原告支付土地征收补偿款分配份额36500元；2．诉讼费由被告承担。\n"
            "事实与理由：原告自幼在本组分得承包地，婚后户口未迁出。2023年本组部分土地被征收，被告决定按人口分配土地补偿费，"
            "却以原告已出嫁为由不予分配。根据《最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释》的规定，"
            "原告享有同等分配权利。\n此致\n某县人民法院\n具状人：龙秀英\n2024年5月6日")
    assert _cause(text) == "承包地征收补偿费用分配纠纷"


def test_parents_letter_against_the_son_who_took_on_his_old_age_asking_living_money_is_support_money():
    # the family division is only when the keep was agreed ("他管我的老"); the parent's keep is what is asked
    text = ("告状\n某县法院：\n我叫柴福林，今年七十八了，1947年2月3日生的，家在某县柳河镇东坡村二组。\n"
            "我要告的是我大儿子柴国栋，1972年6月5日生，住某县城关镇建设路12号。\n"
            "我有两个娃，老二是女子。家里的老房子和三亩地分家时都归了国栋，当时说好了他管我的老，每月给我四百块钱。"
            "前年腊月以后他就不给了。\n我的要求：\n1. 欠我的一年生活费四千八百块，让他给清；\n"
            "2. 以后每个月给我四百块钱；\n3. 打官司的钱让他出。\n柴福林（手印）\n2025年4月2日")
    assert _cause(text) == "赡养费纠纷"


def test_divorced_spouse_asking_the_marriage_time_fund_divided_is_property_after_divorce():
    # a gift to one spouse named in the claims is only one of the things asked back after the divorce
    text = ("民事起诉状\n原告：苗秋菊，女，1986年4月2日出生，住某市某区锦绣路3号。\n"
            "被告：郑国梁，男，1983年9月9日出生，住某市某区长安街8号。\n"
            "诉讼请求：\n1.依法分割原、被告婚姻关系存续期间被告缴存的住房公积金，判令被告支付原告32600元；\n"
            "2.判令被告返还其父亲赠与原告的手表一块；\n3.本案诉讼费用由被告承担。\n"
            "事实与理由：原、被告于2012年结婚，2022年协议离婚，离婚协议未涉及双方的住房公积金。\n"
            "此致\n某区人民法院\n具状人：苗秋菊\n2024年8月8日")
    assert _cause(text) == "离婚后财产纠纷"


def test_wife_writing_for_a_hired_hand_who_fell_from_a_village_builders_scaffold_is_hurt_worker():
    # the house being built only says where he worked; he asks for his injury, not for a builder's pay
    text = ("民事起诉状\n原告：谭春生，男，1981年5月6日生，住某省某县石塘镇新屋村4组。\n"
            "被告：符德旺，男，1968年3月3日生，农民（本村建房包工头），住某县石塘镇新屋村1组。\n\n"
            "我丈夫谭春生5月份给符德旺的建房队做小工，一天200块，在邻村帮人盖两层楼时，架子没搭牢，"
            "他从二楼架子上摔下来，腿骨折了，住院一个月，符德旺只垫了五千块钱医药费。要求：\n"
            "一、符德旺赔偿医疗费32000元、误工费9000元，共41000元；\n二、打官司的钱由他出。\n"
            "此致\n某县人民法院\n原告：谭春生\n2025年7月1日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_letter_about_the_lane_between_two_homes_walls_blocked_is_passage_between_neighbours():
    # the neighbour relation told only by the two homes' walls the lane runs between
    text = ("尊敬的某县人民法院法官：\n我叫甘德旺，男，1950年4月1日生，家住某县河口镇西岗村。我要告同住本县的谢长发（男，1966年2月2日生）。\n"
            "我家出门一直走我家西山墙和谢家东墙中间那条两米宽的土巷子，去年秋天谢长发在巷子口垒了一堵墙，车子推不出来。\n"
            "我的要求：\n一、让谢长发把巷子口的墙拆了，让我家能走；\n二、打官司的钱他出。\n起诉人：甘德旺（手印）\n2024年5月2日")
    assert _cause(text) == "相邻通行纠纷"
