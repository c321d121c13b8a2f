"""Causes as holdout74-77 brought them: a stated property insurance whose insured goods or premises were lost by a
collapse or spoiling (the level-4 财产损失保险)."""

from courtdoc.extraction import extract


def _cause(text: str) -> str | None:
    return extract(text).cause_of_action


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
