"""Causes as holdout134-137 brought them. Every snippet is our own."""


from .samples import cause_of as _cause


def test_a_company_asking_its_shareholder_to_return_the_capital_he_drew_back_out_is_a_capital_contribution_case():
    text = ("民事起诉状\n原告：某市远航精密机械有限公司，住所地某市经开区兴业路18号。\n法定代表人：孙立平，执行董事。\n"
            "被告：邱文斌，男，1979年10月3日出生，汉族，住某市滨江区望江路6号。\n"
            "诉讼请求：\n一、判令被告向原告返还抽逃的全部出资款人民币180万元及利息；\n二、诉讼费用由被告承担。\n"
            "事实与理由：被告系原告股东，认缴出资200万元。2022年5月12日其将180万元缴入原告账户，三日后以“借款”名义全部转出至其"
            "配偶账户，无任何借款手续。\n此致\n某市经开区人民法院\n具状人：某市远航精密机械有限公司\n2024年1月8日\n")
    assert _cause(text) == "股东出资纠纷"


def test_a_creditor_asking_a_shareholder_to_answer_within_the_capital_he_withdrew_is_still_the_debt_sued_on():
    text = ("民事起诉状\n原告：某市华信建材有限公司，住所地某市西城区建业路5号。\n"
            "被告：某市鼎盛装饰工程有限公司，住所地某市东城区新华路20号。\n"
            "被告：胡国栋，男，1975年6月1日出生，汉族，住某市东城区新华路22号。\n"
            "诉讼请求：一、判令被告某市鼎盛装饰工程有限公司支付货款36万元；二、判令被告胡国栋在抽逃出资本息范围内对上述债务"
            "承担补充赔偿责任。\n事实与理由：原告向被告公司供应建材，尚欠货款36万元未付。胡国栋系该公司股东，其缴纳出资后即转出，"
            "构成抽逃出资。\n")
    assert _cause(text) != "股东出资纠纷"


def test_money_paid_to_the_wrong_account_and_spent_on_the_receivers_card_is_unjust_enrichment():
    text = ("民事起诉状\n原告：蔡雨桐，女，1990年11月2日出生，汉族，住某市和平区长江路9号。\n"
            "被告：潘志豪，男，1993年4月8日出生，汉族，住某市河西区友谊路31号。\n"
            "诉讼请求：\n一、判令被告返还原告15600元及利息；\n二、本案诉讼费由被告承担。\n"
            "事实与理由：2024年6月2日，原告用手机转账给装修工人时，误将15600元转入被告的银行账户。原告多次联系被告，被告称钱已经"
            "拿去还了信用卡，至今不还。\n此致\n某市河西区人民法院\n具状人：蔡雨桐\n2024年7月1日\n")
    assert _cause(text) == "不当得利纠纷"


def test_a_mothers_letter_in_dialect_asking_her_son_for_a_monthly_sum_is_the_support_money_case():
    text = ("告俺儿子的状子\n\n法院的同志：\n"
            "俺叫马桂兰，女的，1948年5月6日生的，身份证370481194805060420，家在山东省滕州市界河镇北村三组。\n"
            "俺要告的是俺二小子陈立新，1975年3月9日生，身份证370481197503090419，住山东省滕州市荆河街道学院路88号。\n"
            "俺老头子走了五年了，俺一个人过。二小子在城里开饭店，日子过得好，可是这几年一分钱不给，过年也不回来看俺，"
            "俺去年摔了一跤，在镇卫生院花了三千多，他一分没出。\n"
            "俺的要求：\n一是从今往后每个月给俺生活费四百块；\n二是俺看病花的钱他出一半。\n"
            "马桂兰（手印）\n2024年10月8日\n")
    assert _cause(text) == "赡养费纠纷"
