"""Causes as holdout142-145 brought them: a flat buyer's complaint citing the interpretation on developers' sales (a
law's title names a kind of case, not this one). Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_cause_named_only_in_a_cited_interpretations_title_is_not_the_cases_cause():
    text = ("民事起诉状\n原告：邵明辉，男，1979年4月3日出生，汉族，住湖南省株洲市芦淞区建设南路66号。\n"
            "被告：株洲湘江置业发展有限公司，住所地湖南省株洲市天元区珠江北路210号。\n"
            "诉讼请求：\n1.判令被告协助原告办理\"湘江壹号\"3栋1502室房屋的不动产权证书；\n"
            "2.判令被告支付逾期办证违约金15,600元；\n3.本案诉讼费由被告承担。\n"
            "事实与理由：\n2021年5月10日，原告与被告签订《商品房买卖合同》，购买被告开发的\"湘江壹号\"3栋1502室房屋，"
            "总价款780,000元，原告已付清房款，被告于2021年12月交房，但至今未为原告办理不动产权证书。依照《最高人民法院关于审理"
            "商品房买卖合同纠纷案件适用法律若干问题的解释》的规定，特诉至贵院。\n此致\n株洲市天元区人民法院\n"
            "具状人：邵明辉\n2024年3月1日")
    assert _cause(text) == "商品房销售合同纠纷"


def test_a_neighbours_yard_water_running_into_the_plaintiffs_yard_when_it_rains_is_a_drainage_case():
    text = ("起诉状\n原告：杨德福，男，1962年出生，住甘肃省通渭县碧玉镇王川村二社。\n"
            "被告：杨志明，男，住甘肃省通渭县碧玉镇王川村二社，与我家是邻居。\n"
            "诉讼请求：\n一、叫被告把他家院墙下的出水口改到他家门口；\n二、赔我泡坏的粮食钱一千五百元。\n"
            "事实和理由：\n被告家就在我家隔壁。前年被告家翻修院子，把院子垫得比我家高，每回下大雨他院子里的水都淌进我家院子，把我家粮仓泡了。"
            "找他说了几回都不管。\n起诉人：杨德福\n2024年6月3日")
    assert _cause(text) == "相邻用水、排水纠纷"


def test_a_wife_asking_in_her_own_dialect_to_be_divorced_from_the_defendant_is_a_divorce_case():
    text = ("离婚起诉书\n原告：王秀芬，女，1990年生，汉族，住吉林省榆树市五棵树镇前进村。\n"
            "被告：张国林，男，汉族，住吉林省榆树市五棵树镇前进村。\n"
            "诉讼请求：\n1、俺要跟被告张国林离婚。\n2、儿子张宇跟俺生活，抚养费俺不要了。\n3、诉讼费被告出。\n"
            "事实和理由：\n俺俩2012年结婚，他成天喝酒打人，俺回娘家住了三年了，感情早没了。\n"
            "此致\n榆树市人民法院\n起诉人：王秀芬\n2024年4月8日")
    assert _cause(text) == "离婚纠纷"


def test_a_labour_form_whose_other_items_are_answered_none_asking_wages_and_overtime_is_a_pay_case():
    text = ("劳动争议纠纷起诉状（要素式）\n\n当事人信息\n原告（劳动者）\n姓名：黎国栋\n性别：男☑  女□\n"
            "住所地（户籍所在地）：湖北省监利市朱河镇新民村四组\n\n被告（用人单位）\n名称：武汉恒远装饰工程有限公司\n"
            "住所地（主要办事机构所在地）：武汉市江岸区解放大道1588号\n\n诉讼请求和依据\n"
            "1.工资支付诉讼请求：判令被告支付原告2023年8月至11月拖欠的工资21500元\n"
            "2.未签订书面劳动合同二倍工资诉讼请求：无\n3.加班费诉讼请求：判令被告支付休息日加班费1800元\n"
            "4.未休年休假工资诉讼请求：无\n5.解除劳动合同经济补偿诉讼请求：无\n6.违法解除劳动合同赔偿金诉讼请求：无\n"
            "7.本表未列明的其他诉讼请求：本案诉讼费用由被告承担\n\n事实和理由\n"
            "1.劳动合同签订情况：未签订书面劳动合同，2023年4月入职被告处任油漆工。\n"
            "2.劳动仲裁相关情况：武汉市江岸区劳动人事争议仲裁委员会已作出裁决，原告不服。\n\n具状人（签字、盖章）：黎国栋\n日期：2024年2月6日")
    assert _cause(text) == "追索劳动报酬纠纷"
