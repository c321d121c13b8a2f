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
