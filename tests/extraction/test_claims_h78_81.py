"""Claims and amount rules the holdout78-81 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_count_of_items_before_a_sum_totals_them():
    # "…退货款4500元，再按三倍赔13500元，两项18000元": "两项" totals the two sums before it
    text = (
        "民事起诉状\n"
        "原告：邵长林，男，1959年6月3日出生，汉族，住河南省南阳市卧龙区七里园乡邵庄村。\n"
        "被告：南阳市丰禾种业有限公司，住所地河南省南阳市宛城区建设东路66号。\n"
        "诉讼请求：\n"
        "一、判令被告退还原告种子款4500元，再按三倍赔偿13500元，两项18000元；\n"
        "二、本案诉讼费由被告承担。\n"
        "事实与理由：原告从被告处购买玉米种子，出苗率不足三成。\n"
        "此致\n南阳市卧龙区人民法院\n具状人：邵长林\n2025年5月6日\n"
    )
    assert extract(text).amount_claimed == 18000
