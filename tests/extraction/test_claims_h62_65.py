"""Claims and amount rules the holdout62-65 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_half_named_right_after_the_whole_is_the_sum_claimed():
    # "存款64000元的一半，即32000元": the whole, its share named right after it, then the share's sum; the share is
    # what is claimed, the whole only tells how it was reckoned
    text = (
        "民事起诉状\n"
        "原告：蒋丽萍，女，1979年4月2日出生，汉族，住浙江省宁波市海曙区鼓楼街道中山西路18号2幢301室。\n"
        "被告：方国强，男，1977年9月15日出生，汉族，住浙江省宁波市江北区孔浦街道康庄南路66号5幢802室。\n"
        "诉讼请求：\n"
        "1.判令被告向原告支付其离婚时隐瞒的银行定期存款64000元的一半，即32000元；\n"
        "2.判令被告向原告支付原告离婚后代为归还的共同借款21000元的50%，即10500元；\n"
        "3.本案诉讼费用由被告承担。\n"
        "事实和理由：\n"
        "原、被告于2010年结婚，2023年协议离婚，离婚后原告发现被告隐瞒了存款。\n"
        "此致\n宁波市江北区人民法院\n具状人：蒋丽萍\n2024年8月1日\n"
    )
    el = extract(text)
    assert el.amount_claimed == 42500
