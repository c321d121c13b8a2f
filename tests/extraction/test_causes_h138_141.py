"""Causes as holdout138-141 brought them: a labour form (劳动争议纠纷) whose boxes ticked 否 ask nothing, so the wages
and overtime it does ask are the one case of the family; a neighbour beaten in a quarrel over the drain; a neighbour's
cattle and goats in the crop; a mother's letter asking her children, named by birth order, a monthly allowance; and
shapes found by probing: a restaurant's fume pipe aimed at the flat above, a person selling his own flat, a shared way
between neighbours walled off. Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_labour_form_asking_only_wages_and_overtime_with_the_other_items_ticked_no_is_a_pay_case():
    text = ("民事起诉状\n（劳动争议纠纷）\n\n当事人信息\n原告（劳动者）\n姓名：符志强\n性别：男☑ 女□\n"
            "出生日期：1990年2月14日    民族：汉族\n住所地（户籍所在地）：江西省赣州市于都县贡江镇长征大道9号\n"
            "证件类型：居民身份证    证件号码：360731199002140038\n\n被告（用人单位）\n名称：东莞市锦程包装材料有限公司\n"
            "住所地（主要办事机构所在地）：东莞市长安镇乌沙社区兴发路16号\n法定代表人/主要负责人：欧阳瑞    职务：经理\n\n"
            "诉讼请求和依据\n1.是否主张工资支付\n是☑ 明细：2024年3月至5月工资共计15,300元未付，请求判令被告支付。\n否☐\n"
            "2.是否主张未签订书面劳动合同双倍工资\n是☐ 否☑\n3.是否主张加班费\n是☑ 明细：休息日加班16天，请求支付加班费2,760元。\n否☐\n"
            "4.是否主张解除劳动合同经济补偿\n是☐ 否☑\n5.是否主张未依法缴纳社会保险费造成的经济损失\n是☐ 否☑\n"
            "6.诉讼费用承担\n由被告承担。\n7.标的总额\n18,060元\n8.请求依据\n《中华人民共和国劳动合同法》第三十条、第三十一条。\n\n"
            "事实与理由\n1.劳动合同签订情况：2022年6月入职被告处任印刷机长，签订书面劳动合同。\n"
            "2.劳动仲裁相关情况：东莞市劳动人事争议仲裁院逾期未作出裁决。\n\n具状人：符志强\n日期：2024年7月2日")
    assert _cause(text) == "追索劳动报酬纠纷"


def test_a_labour_form_asking_wages_and_severance_keeps_the_family():
    text = ("民事起诉状\n（劳动争议纠纷）\n\n原告（劳动者）\n姓名：符志强\n性别：男☑ 女□\n"
            "被告（用人单位）\n名称：东莞市锦程包装材料有限公司\n\n"
            "诉讼请求和依据\n1.是否主张工资支付\n是☑ 明细：2024年3月至5月工资共计15,300元未付。\n否☐\n"
            "2.是否主张加班费\n是☐ 否☑\n3.是否主张解除劳动合同经济补偿\n是☑ 明细：经济补偿金10,200元。\n否☐\n"
            "4.诉讼费用承担\n由被告承担。\n\n"
            "事实与理由\n1.劳动合同签订情况：2022年6月入职被告处任印刷机长。\n\n具状人：符志强\n日期：2024年7月2日")
    assert _cause(text) == "劳动争议"


def test_a_neighbour_beaten_in_a_quarrel_over_the_drain_between_them_is_a_bodily_injury():
    text = ("民事起诉状\n原告：覃永福，男，1971年5月9日出生，汉族，住广西壮族自治区宾阳县黎塘镇莲塘村上街18号。\n"
            "被告：韦国庆，男，1968年出生，汉族，住广西壮族自治区宾阳县黎塘镇莲塘村上街20号。\n"
            "诉讼请求：\n1．判令被告赔偿原告医疗费8,420元、误工费4,500元、护理费2,100元，合计15,020元；\n2．本案诉讼费由被告负担。\n"
            "事实与理由：\n原、被告系邻居，两家房屋南北相邻。2024年6月2日上午，被告在两家之间的排水沟上堆放砖块，堵塞排水沟，原告前去理论，"
            "被告用木棍殴打原告，致原告右手掌骨骨折。宾阳县公安局对被告作出行政拘留七日的处罚。\n"
            "此致\n宾阳县人民法院\n具状人：覃永福\n2024年9月3日")
    assert _cause(text) == "生命权、身体权、健康权纠纷"


def test_a_blocked_drain_between_neighbours_asked_cleared_stays_the_drain_case():
    text = ("民事起诉状\n原告：覃永福，男，1971年5月9日出生，汉族，住宾阳县黎塘镇莲塘村上街18号。\n"
            "被告：韦国庆，男，1968年出生，汉族，住宾阳县黎塘镇莲塘村上街20号。\n"
            "诉讼请求：\n1．判令被告清除堆放在两家之间排水沟上的砖块，恢复排水；\n2．本案诉讼费由被告负担。\n"
            "事实与理由：\n原、被告系邻居。2024年6月，被告在两家之间的排水沟上堆放砖块，堵塞排水沟，雨水倒灌原告院内。\n"
            "此致\n宾阳县人民法院\n具状人：覃永福\n2024年9月3日")
    assert _cause(text) == "相邻用水、排水纠纷"


def test_a_neighbours_cattle_and_goats_eating_the_crop_is_the_animal_keepers_case():
    text = ("起诉书\n告状人：龙正发，男，苗族，1968年4月2日生，住雷山县西江镇羊排村三组，身份证号522634196804020032。\n"
            "被告人：吴老四，男，六十岁左右，住雷山县西江镇羊排村三组。\n"
            "请求法院：\n1、要吴老四赔我家稻谷和辣椒的损失，请人补田埂的工钱也算上，一共2800元。\n"
            "2、要吴老四以后把他家的牛关好，不要再放出来。\n"
            "事情经过：\n吴老四家养了三头水牛和一群山羊，从来不关，今年八月牛羊天天跑到我家田里，稻谷被吃掉踩坏一半多，"
            "田埂也被踩塌了，我请人补了两天。找他说了几回，他不认账。\n此致\n雷山县人民法院\n告状人：龙正发\n2024年9月20日")
    assert _cause(text) == "饲养动物损害责任纠纷"


def test_a_mothers_letter_asking_her_named_children_a_monthly_allowance_is_the_support_money_case():
    text = ("尊敬的法官：\n我叫乔秀珍，女，身份证号622322194805120026，家住古浪县土门镇新胜村四组。我今年七十六岁了，"
            "这封信是我说，村里的小学老师帮我写的。\n"
            "我老头子前年走了，我们养了两个娃：老大乔建民，住古浪县城关镇南关小区3号楼；老二乔建芳，女，住武威市凉州区东关街12号。"
            "我腿脚不好，看病吃药都要钱，两个娃平时不回来，钱也不给。村上调解过，他们答应了又不给。\n"
            "我没办法，只好告他们。我的诉讼请求是：\n一、老大乔建民、老二乔建芳从下个月开始每个月每人给我生活费四百元；\n"
            "二、今年住院我自己出的三千二百块钱，两个娃一人一半。\n"
            "此致\n古浪县人民法院\n起诉人：乔秀珍（按手印）\n2024年6月3日")
    assert _cause(text) == "赡养费纠纷"


def test_a_restaurants_fume_pipe_aimed_at_the_neighbours_window_is_the_neighbours_pollution_case():
    text = ("民事起诉状\n原告：蒋丽华，女，1976年10月3日出生，汉族，住四川省成都市金牛区营门口路19号6栋3单元401室。\n"
            "被告：成都市金牛区老码头火锅店，经营者：邱德明，住所地成都市金牛区营门口路19号6栋1层。\n"
            "诉讼请求：\n1．判令被告将其排放油烟的管道移离原告厨房窗户；\n2．判令被告赔偿原告外墙及窗户清洗费1800元；\n"
            "3．本案诉讼费由被告负担。\n事实与理由：\n原告系6栋3单元401室的业主。被告在一楼经营火锅店，将油烟管道沿外墙接至四楼，"
            "出口正对原告厨房窗户，营业时油烟直接灌进原告家中，窗户和外墙被熏得发黑，原告多次交涉无果。\n"
            "此致\n成都市金牛区人民法院\n具状人：蒋丽华\n2024年7月8日")
    assert _cause(text) == "相邻污染侵害纠纷"


def test_a_person_selling_his_own_flat_to_another_is_a_house_sale_not_a_developers_sale():
    text = ("民事起诉状\n原告：柏永胜，男，1972年12月1日出生，汉族，住浙江省嘉兴市南湖区中山东路210号。\n"
            "被告：沈佳琪，女，1991年6月6日出生，汉族，住浙江省嘉兴市秀洲区洪兴路77号。\n"
            "诉讼请求：\n1．判令被告支付剩余房款150000元及逾期付款利息；\n2．本案诉讼费由被告负担。\n"
            "事实与理由：\n2023年9月，原告将自己名下位于嘉兴市南湖区紫阳花园5幢1单元302室的商品房一套出售给被告，双方签订买卖协议，"
            "约定房价720000元。原告已交房并办理了产权转移登记，被告仅付570000元，剩余房款150000元至今未付。\n"
            "此致\n嘉兴市南湖区人民法院\n具状人：柏永胜\n2024年4月2日")
    assert _cause(text) == "房屋买卖合同纠纷"


def test_a_developer_selling_the_flats_it_built_stays_the_developers_sale():
    text = ("民事起诉状\n原告：柏永胜，男，1972年12月1日出生，汉族，住浙江省嘉兴市南湖区中山东路210号。\n"
            "被告：嘉兴市紫阳置业有限公司，住所地浙江省嘉兴市南湖区紫阳路1号。\n"
            "诉讼请求：\n1．判令被告返还多收的房款30000元；\n2．本案诉讼费由被告负担。\n"
            "事实与理由：\n2023年9月，原告购买被告开发的紫阳花园5幢302室商品房一套，已竣工交付，被告按多出的面积多收房款30000元。\n"
            "此致\n嘉兴市南湖区人民法院\n具状人：柏永胜\n2024年4月2日")
    assert _cause(text) == "商品房销售合同纠纷"
