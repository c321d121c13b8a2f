"""Causes fixed by causes10: a lay letter asking the court to divorce the writer, a processing contract whose customer
tells it gave the material (snippets written for these tests)."""

from courtdoc.extraction import extract


def _lay_letter(ask: str) -> str:
    return ("尊敬的法官：\n我叫龙秀英，女，1990年5月出生，住贵州省凯里市北京东路8号。我丈夫欧阳建国，男，1987年出生，"
            "住凯里市营盘坡3号。我们2014年结婚，生了一个女儿。他好赌，输了钱就回家打人，去年我带女儿回了娘家。\n"
            f"我的请求：一、{ask}；二、女儿归我抚养，他每月给抚养费1000元；三、诉讼费他出。\n龙秀英\n2024年10月\n")


def test_a_lay_letter_asking_the_court_to_divorce_the_writer_is_a_divorce():
    for ask in ("判我和欧阳建国离婚", "判我们离婚", "请法院判我跟他离婚", "我要和他离婚",
                "请求法院准予我与欧阳建国离婚", "解除我和他的婚姻关系"):
        assert extract(_lay_letter(ask)).cause_of_action == "离婚纠纷", ask


def test_a_divorce_the_court_gave_before_told_in_lay_words_leaves_the_support_asked():
    text = ("尊敬的法官：\n我叫龙秀英，女，1990年5月出生，住贵州省凯里市北京东路8号。前夫欧阳建国，男，1987年出生，"
            "住凯里市营盘坡3号。2019年法院判我们离婚，女儿归我抚养，他每月给抚养费800元，现在女儿上初中了开销大。\n"
            "我的请求：一、他每月给的抚养费加到1500元；二、诉讼费他出。\n龙秀英\n2024年10月\n")
    assert extract(text).cause_of_action == "抚养费纠纷"


def test_the_customer_who_entrusted_the_work_and_gave_the_material_sues_on_processing():
    text = ("民事起诉状\n原告：东莞市恒泰服饰有限公司，住所地东莞市虎门镇银龙路18号。\n"
            "被告：惠州市博罗县永兴制衣厂，住所地博罗县园洲镇工业大道6号。\n"
            "诉讼请求：\n1.判令被告赔偿原告布料损失46000元；\n2.本案诉讼费由被告负担。\n"
            "事实与理由：2023年4月，原告委托被告缝制女式衬衫5000件，原告提供了全部面料和辅料，按件计付工钱。"
            "被告交付的衬衫尺码错乱、线头外露，无法销售。\n此致\n东莞市第三人民法院\n")
    el = extract(text)
    assert el.cause_of_action == "加工合同纠纷"
    assert el.amount_claimed == 46000.0


def test_goods_the_carrier_sent_a_vehicle_for_are_carried_by_road():
    text = ("民事起诉状\n原告：泉州市丰泽区永晟茶业有限公司，住所地泉州市丰泽区东海街道。\n"
            "被告：厦门捷运物流有限公司，住所地厦门市湖里区。\n"
            "诉讼请求：判令被告赔偿茶叶损失58000元。\n"
            "事实与理由：2024年5月原告将一批铁观音交给被告，运往郑州的客户，被告派车运输，途中遇暴雨篷布破损，"
            "茶叶全部受潮霉变。\n此致\n泉州市丰泽区人民法院\n")
    el = extract(text)
    assert el.cause_of_action == "公路货物运输合同纠纷"
    assert el.amount_claimed == 58000.0


def test_a_hearse_sent_is_no_carriage_of_goods():
    text = ("民事起诉状\n原告：马文清，男，1970年生，住宁夏吴忠市利通区。\n"
            "被告：吴忠市安宁殡葬服务有限公司，住所地吴忠市利通区。\n"
            "诉讼请求：判令被告退还服务费6000元。\n"
            "事实与理由：2024年3月原告父亲去世，原告委托被告办理丧事，被告派车接运遗体时迟到三个小时，误了安葬时辰。\n"
            "此致\n吴忠市利通区人民法院\n")
    assert extract(text).cause_of_action != "公路货物运输合同纠纷"


def test_a_child_pushed_over_at_the_kindergarten_sues_the_kindergarten():
    text = ("民事起诉状\n原告：林可欣，女，2020年3月生，住厦门市思明区。\n法定代理人：林伟，系原告之父。\n"
            "被告：厦门市思明区七彩虹幼儿园，住所地厦门市思明区。\n"
            "诉讼请求：判令被告赔偿原告医疗费、护理费共计9800元。\n"
            "事实与理由：2024年5月原告在幼儿园户外活动时被另一名幼儿推倒，下巴磕在滑梯台阶上，缝了四针，"
            "当时两名保育员都在一旁聊天。\n此致\n厦门市思明区人民法院\n")
    el = extract(text)
    assert el.cause_of_action == "教育机构责任纠纷"
    assert el.amount_claimed == 9800.0


def test_money_sent_with_a_digit_mistyped_and_asked_back_is_unjust_enrichment():
    text = ("尊敬的法官：\n我叫祁学文，男，1981年出生，住甘肃省天水市秦州区。我要起诉卢建明。2024年4月我在网银上给"
            "饲料厂付货款，转账时输错了两位数，把16500元打到了卢建明的卡上。银行查到了他，他说钱已经花了，不还。\n"
            "我的请求：判卢建明还我16500元。\n祁学文\n2024年6月\n")
    el = extract(text)
    assert el.cause_of_action == "不当得利纠纷"
    assert el.amount_claimed == 16500.0


def test_a_man_hurt_felling_trees_for_a_day_wage_sues_the_one_he_worked_for():
    text = ("尊敬的法官：\n我叫阿木呷，男，1979年出生，彝族，住四川省凉山州盐源县。我要起诉吉克拉都。2024年1月他喊我"
            "去他承包的林地伐木，讲好一天250元，第三天锯倒的一棵松树反弹回来打在我胸口，断了三根肋骨。\n"
            "我的请求：赔我医药费、误工费共计41000元。\n阿木呷\n2024年4月\n")
    el = extract(text)
    assert el.cause_of_action == "提供劳务者受害责任纠纷"
    assert el.amount_claimed == 41000.0


def test_a_divorce_agreements_house_term_told_in_lay_words_is_the_property_after_divorce():
    text = ("尊敬的法官：\n我叫聂秋菊，女，1986年出生，住江西省九江市浔阳区。我要起诉前夫付志刚。我们2022年在民政局"
            "协议离婚，协议上写了城南那套楼房归我，他到现在也不配合去办过户。\n"
            "我的请求：判他配合我把城南那套楼房过户到我名下。\n聂秋菊\n2024年9月\n")
    assert extract(text).cause_of_action == "离婚后财产纠纷"


def test_the_leads_probe_divorce_letter_is_a_divorce():
    text = ("尊敬的法官：\n我叫热依拉·阿不都热合曼，女，维吾尔族，1991年3月出生，住新疆喀什市色满路12号。我要起诉我丈夫"
            "买买提江·吐尔洪，男，1988年出生，住喀什市人民东路5号。我们2012年结婚，有两个孩子。他常年喝酒，喝醉了就打我，"
            "2023年开始分居到现在。\n我的请求：一、判我和买买提江·吐尔洪离婚；二、两个孩子归我抚养，他每月给抚养费每个孩子"
            "800元；三、诉讼费他出。\n热依拉·阿不都热合曼\n2024年9月\n")
    assert extract(text).cause_of_action == "离婚纠纷"


def test_the_leads_probe_processing_contract_is_processing():
    text = ("民事起诉状\n原告：温州佳美鞋业有限公司，住所地温州市鹿城区1号。\n"
            "被告：台州宏达鞋材加工厂（普通合伙），住所地台州市温岭市2号。\n诉讼请求：\n"
            "1.判令被告返还原告加工费预付款80000元并赔偿损失20000元；\n"
            "事实与理由：2023年原告委托被告加工鞋底2万双，原告提供原材料并预付加工费，被告交付的鞋底大量开胶不合格。\n"
            "此致\n温州市鹿城区人民法院\n")
    el = extract(text)
    assert el.cause_of_action == "加工合同纠纷"
    assert el.amount_claimed == 100000.0
