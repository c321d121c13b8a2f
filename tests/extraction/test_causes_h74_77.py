"""Causes as holdout74-77 brought them: a stated property insurance whose insured goods or premises were lost by a
collapse or spoiling (the level-4 财产损失保险)."""


from .samples import cause_of as _cause


def test_stated_property_insurance_with_a_collapsed_roof_and_spoiled_stock_is_property_loss_insurance():
    text = ("民事起诉状\n原告：某县丰禾果蔬贸易有限公司，住所地某省某县农贸路8号。\n法定代表人：贺立新，经理。\n"
            "被告：某财产保险股份有限公司某县支公司，住所地某县人民路20号。\n案由：财产保险合同纠纷\n"
            "诉讼请求：1.判令被告支付保险金88600元；2.诉讼费由被告负担。\n"
            "事实和理由：原告为其保鲜库及库内果蔬向被告投保财产一切险。去年冬季大风，保鲜库顶棚被掀落，仓库大面积倒塌，"
            "库内苹果因受冻全部变质。原告向被告申请理赔，被告以不属于保险责任为由拒绝赔付。")
    assert _cause(text) == "财产损失保险合同纠纷"
    # the same policy's insurer asked to pay what the insured owes a third party is liability insurance, not its loss
    liability = text.replace("原告为其保鲜库及库内果蔬向被告投保财产一切险。", "原告向被告投保公众责任险。")
    assert _cause(liability) != "财产损失保险合同纠纷"


def test_parents_letter_asking_the_monthly_sum_agreed_when_the_family_divided_is_support_money():
    # the family division is only when the keep was agreed; what is asked is the parent's keep (民法典 1067)
    text = ("起诉书\n我叫龙桂英，今年八十一岁，1943年5月2日生，住某省某县石桥乡团结村五组。我告我二儿子田有福，男，1970年8月9日生，"
            "住某县城关镇新华街18号。\n老头子走得早，我跟着小儿子过。前些年分家时说定的，老三管我吃饭，老二每个月给我五百块钱买药。"
            "老二去年三月起就没给过，我找上门去，他说没钱。\n我要求：一、老二把欠的六千元给我；二、以后每个月给我五百元；"
            "三、我看病的钱他出一半。\n龙桂英\n2025年3月1日")
    assert _cause(text) == "赡养费纠纷"
    # the division of the family's property itself asked is 分家析产
    split = ("起诉书\n原告：严大山，男，1968年1月1日出生，住某县某村。\n被告：严二山，男，1971年2月2日出生，住某县某村。\n"
             "诉讼请求：请求依法分割父母留下的老宅，原告分得东边三间。\n事实和理由：原、被告系兄弟，二十年前分家时老宅未分，"
             "现被告独占老宅，原告要求分家析产。")
    assert _cause(split) == "分家析产纠纷"
