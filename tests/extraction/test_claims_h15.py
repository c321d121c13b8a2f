"""Amounts: a sum answered for and the same sum asked as the payment count once (holdout15 h15-15)."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

HEAD = "民事起诉状\n原告：王力，男，1970年2月3日出生，汉族，住河北省保定市竞秀区朝阳大街1号。\n被告：李强，男，住河北省保定市莲池区。\n"
TAIL = "\n事实和理由：被告为借款提供保证，债务人未还。\n此致\n保定市竞秀区人民法院\n2023年5月1日\n"


@pytest.mark.parametrize("claims,amount", [
    # the guaranteed debt, then the payment it means: one sum
    ("1.判令被告对债务人某公司所欠借款本金80000元承担连带保证责任，向原告支付80000元；\n2.诉讼费由被告承担。", 80000.0),
    # the liability alone still asks that sum
    ("1.判令被告对借款本金80000元承担连带清偿责任；\n2.诉讼费由被告承担。", 80000.0),
    # two different sums are both asked
    ("1.判令被告对借款本金80000元承担保证责任，并向原告支付违约金5000元；\n2.诉讼费由被告承担。", 85000.0),
    # the same figure for two different things, with no liability wording, adds
    ("1.判令被告支付货款80000元、违约金80000元；\n2.诉讼费由被告承担。", 160000.0),
])
def test_sum_answered_for_counts_once(claims, amount):
    assert extract(HEAD + "诉讼请求：\n" + claims + TAIL).amount_claimed == amount
