"""Causes as holdout138-141 brought them: a labour form (劳动争议纠纷) whose boxes ticked 否 ask nothing, so the wages
and overtime it does ask are the one case of the family. Every snippet is our own."""


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
