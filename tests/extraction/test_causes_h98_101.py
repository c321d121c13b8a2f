"""Causes as holdout98-101 brought them: common property hidden at a divorce asked divided again; a product-liability
answer by the one who made the thing; a job done for an agreed price and a fall doing it; a helper fed but not paid,
hurt building a relative's house; a service firm posting a client's ID and phone number. Every snippet is our own."""


from .samples import cause_of as _cause


def test_property_hidden_at_the_divorce_asked_divided_again_is_the_after_divorce_property_case():
    text = ("民事起诉状\n原告：孔雪梅，女，1990年4月3日出生，汉族，住某市南湖区滨江路12号3幢201室。\n"
            "被告：严俊，男，1989年7月8日出生，汉族，住某市北城区和平街5号。\n"
            "诉讼请求：\n一、判令分割原、被告离婚时被告转移的夫妻共同财产银行存款84000元，被告向原告支付42000元；\n"
            "二、本案诉讼费由被告负担。\n事实与理由：\n原、被告于2015年结婚，2022年9月协议离婚。2023年底原告得知被告在"
            "离婚前一周将其名下存款84000元转入其弟弟账户，该款系婚姻关系存续期间的工资积蓄，原告请求再次分割。\n"
            "此致\n某市南湖区人民法院\n具状人：孔雪梅\n2024年2月1日")
    assert _cause(text) == "离婚后财产纠纷"


def test_an_answer_by_the_maker_to_a_product_liability_claim_is_the_makers_liability():
    text = ("民事答辩状\n答辩人（被告）：某市恒泰厨具制造有限公司，住所地某市工业园区纬三路18号。\n"
            "法定代表人：鲁国庆，总经理。\n"
            "被答辩人（原告）：倪春燕，女，1985年3月9日出生，汉族，住某市西区景华路7号2单元301室。\n"
            "答辩人就被答辩人诉答辩人产品责任纠纷一案，提出答辩意见如下：\n"
            "一、涉案燃气灶的阀门并非答辩人出厂时的原装配件，系被答辩人自行更换。\n"
            "二、被答辩人主张的厨房损失缺乏证据，请求驳回其诉讼请求。\n"
            "此致\n某市西区人民法院\n答辩人：某市恒泰厨具制造有限公司\n2024年6月3日")
    assert _cause(text) == "产品生产者责任纠纷"


def test_a_job_for_an_agreed_price_and_a_fall_from_the_ladder_is_the_hurt_workers_case():
    text = ("起诉状\n原告：彭永亮，男，汉族，1970年5月6日出生，住某县石桥镇东岗村四组。\n"
            "被告：谢宝林，男，住某市东城区安康小区8号楼2单元301室。\n"
            "2025年4月2日，谢宝林叫我去他家换厨房外面的排烟管，讲好工钱六百元，梯子是他家的。我在梯子上干活时梯子一歪，"
            "我从三米高摔下来，右腿骨折，住院十八天。\n"
            "请求法院判被告赔偿：医疗费23100元；误工费9000元；护理费2700元；合计34800元。\n"
            "此致\n某市东城区人民法院\n原告：彭永亮\n2025年8月1日")
    assert _cause(text) == "提供劳务者受害责任纠纷"


def test_a_relative_fed_but_not_paid_hurt_helping_build_a_house_is_the_unpaid_helpers_case():
    text = ("请求法院给我做主\n某县人民法院：\n"
            "我叫罗长生，男，1962年3月5日出生，汉族，农民，住某县青山镇柳塘村三组。\n"
            "我告的是罗长发，男，住某县青山镇柳塘村三组，是我的表弟。\n"
            "2024年3月，罗长发家盖两层新房，说好只管饭不给工钱，叫亲戚们去帮忙抬楼板。3月12日我在脚手架上接楼板时，"
            "木板断了，我从三米高的地方摔下来，腰椎骨折，住院二十天。\n"
            "我要求罗长发赔偿医药费26500元、误工费8000元，一共34500元。\n起诉人：罗长生\n2024年9月1日")
    assert _cause(text) == "义务帮工人受害责任纠纷"


def test_a_service_firm_posting_a_clients_id_and_phone_number_is_the_personal_information_case():
    text = ("民事起诉状\n原告：时文华，男，1971年8月12日出生，汉族，住某市江北区滨湖路66弄5号401室。\n"
            "被告：某市安居物业服务有限公司，住所地某市江北区新华路120号。\n"
            "诉讼请求：\n1．判令被告删除其在小区业主群发布的《物业费催缴名单》；\n2．判令被告向原告赔礼道歉；\n"
            "3．判令被告赔偿原告经济损失900元。\n事实与理由：\n原告为该小区业主，因对公共维修费用有异议未交物业费。"
            "2024年5月被告在业主群内发布催缴名单，公开了原告的身份证号码、手机号码和住址，原告此后不断接到骚扰电话。"
            "被告的行为侵害了原告的个人信息权益。\n此致\n某市江北区人民法院\n具状人：时文华\n2024年6月1日")
    assert _cause(text) == "个人信息保护纠纷"


def test_a_judgment_stating_intestate_succession_where_a_son_died_before_his_father_is_the_substituted_succession():
    text = ("某省某市中级人民法院\n民事判决书\n（2024）某01民终3210号\n"
            "上诉人（原审被告）：方国栋，男，1960年2月3日出生，汉族，住某市东区解放路18号。\n"
            "被上诉人（原审原告）：方一鸣，男，2006年9月1日出生，汉族，住某市西区人民路40号。\n"
            "上诉人方国栋因与被上诉人方一鸣法定继承纠纷一案，不服某市东区人民法院一审判决，向本院提起上诉。\n"
            "一审法院认定事实：被继承人方德厚于2022年3月病故，生育子女二人，即长子方国栋、次子方国梁。方国梁于2019年5月"
            "因病去世，方一鸣系方国梁之子。方德厚生前未立遗嘱，遗有存款90000元。")
    assert _cause(text) == "代位继承纠纷"


def test_an_heir_who_died_after_the_deceased_is_no_substituted_succession():
    text = ("某省某市中级人民法院\n民事判决书\n（2024）某01民终3211号\n"
            "上诉人（原审被告）：方国栋，男，1960年2月3日出生，汉族，住某市东区解放路18号。\n"
            "被上诉人（原审原告）：方一鸣，男，2006年9月1日出生，汉族，住某市西区人民路40号。\n"
            "上诉人方国栋因与被上诉人方一鸣法定继承纠纷一案，不服某市东区人民法院一审判决，向本院提起上诉。\n"
            "一审法院认定事实：被继承人方德厚于2019年3月病故，生育子女二人，即长子方国栋、次子方国梁。方国梁于2022年5月"
            "因病去世，方一鸣系方国梁之子。方德厚生前未立遗嘱，遗有存款90000元。")
    assert _cause(text) != "代位继承纠纷"
