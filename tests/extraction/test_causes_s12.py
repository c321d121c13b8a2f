"""Causes of labour forms, answers and letters, on snippets of our own: severance counted by the month's pay, an
answer to a remuneration-only labour case."""

from courtdoc.extraction import extract


def test_severance_counted_by_the_months_pay_is_severance_on_a_labour_form():
    text = ("劳动争议纠纷起诉状（要素式）\n当事人信息\n原告（劳动者）：韦海林  性别：男  出生日期：1990年3月5日\n"
            "住所地：湖南省长沙市岳麓区桐梓坡路88号\n被告（用人单位）：长沙市恒远机械制造有限公司\n"
            "住所地：湖南省长沙市望城区金星大道66号\n诉讼请求\n"
            "1.经济补偿金：31,500.00元（计算方式：月平均工资6300元×5个月）\n2.是否主张诉讼费用：是\n3.其他请求：无\n"
            "劳动仲裁情况：长劳人仲案字〔2023〕第112号，仲裁裁决驳回申请人请求，原告不服。\n"
            "事实与理由\n1.入职时间：2019年2月；岗位：车工\n2.解除劳动合同情况：被告以订单不足为由单方解除劳动合同，未支付经济补偿。\n"
            "具状人：韦海林\n2024年3月8日\n")
    assert extract(text).cause_of_action == "经济补偿金纠纷"


def test_wages_and_severance_on_a_labour_form_stay_the_family():
    text = ("劳动争议纠纷起诉状（要素式）\n当事人信息\n原告（劳动者）：韦海林  性别：男  出生日期：1990年3月5日\n"
            "住所地：湖南省长沙市岳麓区桐梓坡路88号\n被告（用人单位）：长沙市恒远机械制造有限公司\n"
            "住所地：湖南省长沙市望城区金星大道66号\n诉讼请求\n"
            "1.经济补偿金：31,500.00元（计算方式：月平均工资6300元×5个月）\n2.拖欠工资：2023年11月至12月工资12600元\n"
            "劳动仲裁情况：长劳人仲案字〔2023〕第112号，仲裁裁决驳回申请人请求，原告不服。\n"
            "事实与理由\n1.入职时间：2019年2月；岗位：车工\n2.被告拖欠工资后单方解除劳动合同。\n"
            "具状人：韦海林\n2024年3月8日\n")
    assert extract(text).cause_of_action == "劳动争议"
