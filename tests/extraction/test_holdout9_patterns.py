"""Patterns the holdout9 extraction set showed, as general rules."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_claims_after_closing_formula_and_bare_request_heading():
    # a judgment's 诉称 paragraph: "请依法判决。" closes it, then "请求：" lists the claims
    text = (
        "原告李某，男，汉族，1983年12月24日出生，住广东省惠东县。被告王某，女，汉族，1981年12月5日出生，住广东省惠东县。\n"
        "原告李某诉称，2015年7月1日原告出借人民币135000元给被告，被告至今尚欠原告本金30000元及利息14617元。"
        "现向贵院提起民事诉讼，请依法判决。请求：1、请求法院判令被告立即向原告偿还借款本金人民币30000元及利息人民币"
        "14617元（利息按本金30000元以年利率24％自2015年7月1日起计算至付清全部款项之日，暂计算至起诉之日）。"
        "2、请求法院判令被告承担本案的全部诉讼费用。被告王某未作答辩。经审理查明，原被告签订《借款合同》。"
    )
    el = extract(text)
    assert len(el.claims) == 2, el.claims
    assert el.claims[0].startswith("请求法院判令被告立即向原告偿还借款本金")
    assert el.amount_claimed == 44617.0
