"""Causes fixed by causes9: a labour form whose claims are one item of a section that tells the facts first, a factor's
receivable asked of the debtor beside a guaranty, an investor's loss on a false statement, shares of a company sold
between its members, and a site worker whose foreman is told as the company's own (snippets written for these tests)."""

from courtdoc.extraction import extract

LABOUR_FORM = ("民事起诉状\n（劳动争议纠纷）\n\n当事人信息\n原告（劳动者）\n姓名：邵文斌\n性别：男☑  女□\n"
               "出生日期：1990年7月2日      民族：汉族\n住所地（户籍所在地）：江西省赣州市南康区东山街道樟树村三组\n"
               "证件类型：居民身份证      证件号码：360782199007021518\n\n被告（用人单位）\n名称：佛山市顺德区新美家具有限公司\n"
               "住所地（主要办事机构所在地）：广东省佛山市顺德区龙江镇东华路8号\n\n诉讼请求和依据\n"
               "1.劳动合同履行情况\n入职时间：2020年5月1日；工资标准：月均约6200元。\n"
               "2.拖欠工资情况\n被告自2024年2月起拖欠工资，共计18600元。\n"
               "3.解除劳动关系情况\n原告于2024年6月3日以被告拖欠工资为由书面通知被告解除劳动合同。\n"
               "4.劳动仲裁情况\n仲裁委裁决仅支持部分工资，原告不服。\n"
               "5.诉讼请求\n")


def test_a_labour_form_whose_claims_item_asks_wages_alone_is_the_pay():
    text = LABOUR_FORM + ("（1）判令被告支付原告2024年2月至5月拖欠工资18600元；\n（2）判令被告支付原告加班工资2400元；\n"
                          "（3）本案诉讼费用由被告承担。\n标的总额：21000元\n6.请求依据\n《中华人民共和国劳动合同法》第三十条。\n"
                          "\n具状人（签字、盖章）：邵文斌\n日期：2024年7月1日")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_labour_form_whose_numbered_claims_span_sub_causes_keeps_the_family():
    text = LABOUR_FORM + ("1.判令被告支付原告2024年2月至5月拖欠工资18600元；\n2.判令被告支付原告解除劳动合同经济补偿金24800元；\n"
                          "3.本案诉讼费用由被告承担。\n6.请求依据\n《中华人民共和国劳动合同法》第三十条、第四十六条。\n"
                          "\n具状人（签字、盖章）：邵文斌\n日期：2024年7月1日")
    assert extract(text).cause_of_action == "劳动争议"
