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


NARRATIVE = (
    "原告赵某诉称，2015年3月2日，原告与借款人钱某签订《借款协议》，约定钱某向原告借款110000元用于资金周转，"
    "定于2015年5月2日前一次性归还，如延期则按总价款的50％支付违约金55000元。被告孙某、李某自愿对钱某的借款"
    "向原告提供连带责任担保。"
)


def test_claim_concluding_a_narrative_without_heading():
    el = extract(NARRATIVE + "现因钱某去向不明，故原告赵某要求被告孙某、李某对借款人钱某借款110000元承担连带清偿责任"
                 "并支付违约金55000元。")
    assert len(el.claims) == 1, el.claims
    assert el.claims[0].startswith("被告孙某、李某对借款人钱某借款110000元")
    assert el.amount_claimed == 165000.0  # the contract's terms ("约定…违约金55000元") add nothing


def test_contract_terms_alone_are_no_claim():
    el = extract(NARRATIVE)
    assert el.claims == []
    assert el.amount_claimed is None


def test_letter_o_read_for_zero_in_a_date():
    text = ("民事起诉状\n原告：聂某，男，1982年O3月15日出生，汉族，住湖北省武汉市武昌区中北路108号。\n"
            "被告：屈某，男，1979年6月1o日出生，汉族，住湖北省武汉市江岸区解放大道1511号。\n"
            "诉讼请求：\n一、判令被告归还借款人民币5万元。\n")
    el = extract(text)
    assert [p.birth_date for p in el.parties] == ["1982-03-15", "1979-06-10"]
    src = el.provenance["parties[0].birth_date"]
    assert text[src.start:src.end] == "1982年O3月15日"  # the offsets still point at what the page says


def test_letter_o_in_a_word_stays_a_letter():
    from courtdoc.extraction.provenance import DocText

    doc = DocText.from_text("通过ISO9001认证，No3号楼，2OO3年1O月1日")
    assert doc.norm == "通过ISO9001认证，No3号楼，2003年10月1日"
