"""Party and claim rules added after the holdout28-29 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(body17, weights, strict=True))
    return body17 + "10X98765432"[total % 11]


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ claims


def test_sum_of_an_act_set_aside_is_not_added_to_the_sum_paid_back():
    # "撤销…的12万元赠与，判令被告返还120000元": the gift revoked is described by its sum; the claim is the return
    p_id, d_id = _id("32010619520811081"), _id("32010619800304041")
    text = ("民事起诉状\n"
            f"原告：钱玉珍，女，1952年8月11日出生，汉族，住江苏省南京市鼓楼区中山北路201号，公民身份号码{p_id}。\n"
            f"被告：钱海涛，男，1980年3月4日出生，汉族，住江苏省南京市玄武区龙蟠路55号，公民身份号码{d_id}。\n"
            "诉讼请求：\n"
            "1．撤销原告于2021年3月对被告的12万元赠与，判令被告返还原告120000元；\n"
            "2．本案诉讼费用由被告负担。\n"
            "事实与理由：\n"
            "2021年3月原告将12万元转给被告用于购车，被告承诺每周回家照看原告，此后从未履行。\n"
            "此致\n南京市玄武区人民法院\n具状人：钱玉珍\n2024年6月3日")
    assert extract(text).amount_claimed == 120000.0


def test_sum_in_a_contract_set_aside_alone_is_still_the_claim():
    # with no payment asked after it, the sum in the item stays what the item is about
    p_id, d_id = _id("32010619520811081"), _id("32010619800304041")
    text = ("民事起诉状\n"
            f"原告：钱玉珍，女，1952年8月11日出生，汉族，住江苏省南京市鼓楼区中山北路201号，公民身份号码{p_id}。\n"
            f"被告：钱海涛，男，1980年3月4日出生，汉族，住江苏省南京市玄武区龙蟠路55号，公民身份号码{d_id}。\n"
            "诉讼请求：\n"
            "1．撤销原告对被告的8万元赠与；\n"
            "2．本案诉讼费用由被告负担。\n"
            "事实与理由：\n"
            "原告赠与被告8万元，被告不履行约定义务。\n"
            "此致\n南京市玄武区人民法院\n具状人：钱玉珍\n2024年6月3日")
    assert extract(text).amount_claimed == 80000.0
