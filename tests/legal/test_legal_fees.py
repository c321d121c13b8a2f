"""Acceptance fees under 诉讼费用交纳办法 arts. 13, 15, 16 and the split under art. 29.

Every expected figure below was computed by hand from the statute text (art. 13(1) brackets:
≤1万 50元; 1-10万 2.5%; 10-20万 2%; 20-50万 1.5%; 50-100万 1%; 100-200万 0.9%; 200-500万 0.8%;
500-1000万 0.7%; 1000-2000万 0.6%; >2000万 0.5%). Cumulative fees at the bracket tops: 10万 2300,
20万 4300, 50万 8800, 100万 13800, 200万 22800, 500万 46800, 1000万 81800, 2000万 141800.
"""

from __future__ import annotations

import pytest
from courtdoc.legal.fees import FeeError, acceptance_fee, fee_category, split_fee

B = "诉讼费用交纳办法第十三条"

# (cause, amount, category, procedure, expected fee, expected basis)
CASES = [
    # --- property cases, art. 13(1)
    ("民间借贷纠纷", 5000, None, "ordinary", 50, B + "第（一）项"),
    ("民间借贷纠纷", 10000, None, "ordinary", 50, B + "第（一）项"),
    ("民间借贷纠纷", 10001, None, "ordinary", 50.03, B + "第（一）项"),  # 50 + 1×2.5% = 50.025
    ("民间借贷纠纷", 20000, None, "ordinary", 300, B + "第（一）项"),  # 50 + 10000×2.5%
    ("民间借贷纠纷", 50000, None, "ordinary", 1050, B + "第（一）项"),  # 50 + 40000×2.5%
    ("民间借贷纠纷", 100000, None, "ordinary", 2300, B + "第（一）项"),
    ("民间借贷纠纷", 123456, None, "ordinary", 2769.12, B + "第（一）项"),  # 2300 + 23456×2%
    ("买卖合同纠纷", 150000, None, "ordinary", 3300, B + "第（一）项"),  # 2300 + 50000×2%
    ("买卖合同纠纷", 200000, None, "ordinary", 4300, B + "第（一）项"),
    ("买卖合同纠纷", 300000, None, "ordinary", 5800, B + "第（一）项"),  # 4300 + 100000×1.5%
    ("买卖合同纠纷", 500000, None, "ordinary", 8800, B + "第（一）项"),
    ("金融借款合同纠纷", 800000, None, "ordinary", 11800, B + "第（一）项"),  # 8800 + 300000×1%
    ("金融借款合同纠纷", 1000000, None, "ordinary", 13800, B + "第（一）项"),
    ("金融借款合同纠纷", 1234567, None, "ordinary", 15911.10, B + "第（一）项"),  # 13800 + 234567×0.9%
    ("金融借款合同纠纷", 1500000, None, "ordinary", 18300, B + "第（一）项"),  # 13800 + 500000×0.9%
    ("建设工程施工合同纠纷", 2000000, None, "ordinary", 22800, B + "第（一）项"),
    ("建设工程施工合同纠纷", 3000000, None, "ordinary", 30800, B + "第（一）项"),  # 22800 + 1000000×0.8%
    ("建设工程施工合同纠纷", 5000000, None, "ordinary", 46800, B + "第（一）项"),
    ("建设工程施工合同纠纷", 8000000, None, "ordinary", 67800, B + "第（一）项"),  # 46800 + 3000000×0.7%
    ("股权转让纠纷", 10000000, None, "ordinary", 81800, B + "第（一）项"),
    ("股权转让纠纷", 15000000, None, "ordinary", 111800, B + "第（一）项"),  # 81800 + 5000000×0.6%
    ("股权转让纠纷", 20000000, None, "ordinary", 141800, B + "第（一）项"),
    ("股权转让纠纷", 50000000, None, "ordinary", 291800, B + "第（一）项"),  # 141800 + 3e7×0.5%
    ("机动车交通事故责任纠纷", 85000, None, "ordinary", 1925, B + "第（一）项"),  # 50 + 75000×2.5%
    ("民间借贷纠纷", 12345.67, None, "ordinary", 108.64, B + "第（一）项"),  # 50 + 2345.67×2.5% = 108.64175
    (None, 100000, None, "ordinary", 2300, B + "第（一）项"),
    # --- halving, arts. 15 and 16
    ("民间借贷纠纷", 100000, None, "summary", 1150, B + "第（一）项、第十六条"),
    ("民间借贷纠纷", 123456, None, "summary", 1384.56, B + "第（一）项、第十六条"),
    ("民间借贷纠纷", 5000, None, "summary", 25, B + "第（一）项、第十六条"),
    ("买卖合同纠纷", 200000, None, "mediated", 2150, B + "第（一）项、第十五条"),
    ("买卖合同纠纷", 50000, None, "withdrawn", 525, B + "第（一）项、第十五条"),
    ("民间借贷纠纷", 30000, None, "small_claims", 275, B + "第（一）项、第十六条"),  # 50+20000×2.5%=550
    # --- divorce, art. 13(2)1
    ("离婚纠纷", None, None, "ordinary", 50, B + "第（二）项第1目"),
    ("离婚纠纷", 200000, None, "ordinary", 50, B + "第（二）项第1目"),
    ("离婚纠纷", 300000, None, "ordinary", 550, B + "第（二）项第1目"),  # 50 + 100000×0.5%
    ("离婚纠纷", 1000000, None, "ordinary", 4050, B + "第（二）项第1目"),  # 50 + 800000×0.5%
    ("离婚纠纷", 300000, None, "summary", 275, B + "第（二）项第1目、第十六条"),
    # --- personality rights, art. 13(2)2
    ("名誉权纠纷", None, None, "ordinary", 100, B + "第（二）项第2目"),
    ("名誉权纠纷", 50000, None, "ordinary", 100, B + "第（二）项第2目"),
    ("肖像权纠纷", 80000, None, "ordinary", 400, B + "第（二）项第2目"),  # 100 + 30000×1%
    ("隐私权、个人信息保护纠纷", 100000, None, "ordinary", 600, B + "第（二）项第2目"),  # 100 + 500
    ("名誉权纠纷", 200000, None, "ordinary", 1100, B + "第（二）项第2目"),  # 600 + 100000×0.5%
    # --- other non-property, art. 13(2)3
    ("探望权纠纷", None, None, "ordinary", 50, B + "第（二）项第3目"),
    ("变更抚养关系纠纷", None, None, "summary", 25, B + "第（二）项第3目、第十六条"),
    # --- IP, art. 13(3)
    ("侵害商标权纠纷", None, None, "ordinary", 500, B + "第（三）项"),
    ("著作权权属、侵权纠纷", 300000, None, "ordinary", 5800, B + "第（三）项、第（一）项"),
    # --- labour, art. 13(4)
    ("劳动合同纠纷", None, None, "ordinary", 10, B + "第（四）项"),
    ("追索劳动报酬纠纷", 50000, None, "ordinary", 10, B + "第（四）项"),
    ("经济补偿金纠纷", None, None, "summary", 5, B + "第（四）项、第十六条"),
    ("确认劳动关系纠纷", None, None, "ordinary", 10, B + "第（四）项"),
    # --- administrative, art. 13(5)
    (None, None, "商标、专利、海事行政案件", "ordinary", 100, B + "第（五）项第1目"),
    (None, None, "administrative", "ordinary", 50, B + "第（五）项第2目"),
    ("专利行政案件", None, None, "ordinary", 100, B + "第（五）项第1目"),
    # --- jurisdiction objection, art. 13(6)
    (None, None, "管辖权异议", "ordinary", 50, B + "第（六）项"),
    # --- category given explicitly wins over the cause
    ("民间借贷纠纷", None, "labour", "ordinary", 10, B + "第（四）项"),
]


@pytest.mark.parametrize("cause, amount, category, procedure, fee, basis", CASES)
def test_fee_table(cause, amount, category, procedure, fee, basis):
    result = acceptance_fee(cause, amount, category=category, procedure=procedure)
    assert result.amount == pytest.approx(fee, abs=0.001)
    assert result.basis == basis
    assert "案件受理费" in result.explanation


def test_table_size():
    assert len(CASES) >= 40


def test_explanation_shows_computation():
    r = acceptance_fee("民间借贷纠纷", 123456)
    assert "超过1万元至10万元的部分90000元×2.5%=2250元" in r.explanation
    assert "超过10万元的部分23456元×2%=469.12元" in r.explanation
    assert r.explanation.endswith("案件受理费2769.12元。")
    s = acceptance_fee("民间借贷纠纷", 100000, procedure="summary")
    assert "减半" in s.explanation and "第十六条" in s.explanation


def test_range_lower_bound_documented():
    r = acceptance_fee("离婚纠纷")
    assert r.range == (50.0, 300.0)
    assert "50元至300元" in r.explanation and "下限" in r.explanation


def test_property_without_amount_is_an_error():
    with pytest.raises(FeeError, match="标的额"):
        acceptance_fee("民间借贷纠纷")
    with pytest.raises(FeeError):
        acceptance_fee("民间借贷纠纷", -1)
    with pytest.raises(FeeError, match="未知的程序"):
        acceptance_fee("民间借贷纠纷", 1000, procedure="fast")
    with pytest.raises(FeeError, match="未知的收费类别"):
        acceptance_fee(None, 1000, category="nonsense")


@pytest.mark.parametrize(
    "cause, category",
    [
        ("民间借贷纠纷", "财产案件"),
        ("机动车交通事故责任纠纷", "财产案件"),
        ("离婚纠纷", "离婚案件"),
        ("离婚后财产纠纷", "财产案件"),
        ("劳动争议", "劳动争议案件"),
        ("追索劳动报酬纠纷", "劳动争议案件"),
        ("劳务合同纠纷", "财产案件"),
        ("提供劳务者受害责任纠纷", "财产案件"),
        ("名誉权纠纷", "人格权案件"),
        ("生命权、身体权、健康权纠纷", "财产案件"),
        ("侵害发明专利权纠纷", "知识产权案件"),
        ("不正当竞争纠纷", "知识产权案件"),
        ("探望权纠纷", "其他非财产案件"),
        ("商标行政案件", "商标、专利、海事行政案件"),
        ("行政处罚", "其他行政案件"),
        (None, "财产案件"),
    ],
)
def test_fee_category(cause, category):
    assert fee_category(cause) == category


@pytest.mark.parametrize(
    "total, claimed, awarded, shares",
    [
        (2300, 100000, 60000, (920, 1380)),  # 2300×0.6 = 1380
        (2300, 100000, 100000, (0, 2300)),
        (2300, 100000, 0, (2300, 0)),
        (2300, 100000, 150000, (0, 2300)),  # awarded above the claim counts as full success
        (1150, 100000, 33333, (767, 383)),  # 1150×0.33333 = 383.33 → 383 (whole-yuan total)
        (2769.12, 123456, 100000, (526.12, 2243.00)),  # 2769.12×100000/123456 = 2243.0015
    ],
)
def test_split_fee(total, claimed, awarded, shares):
    p, d = split_fee(total, claimed, awarded)
    assert (p, d) == pytest.approx(shares, abs=0.001)
    assert p + d == pytest.approx(total, abs=0.001)


def test_split_fee_bad_input():
    with pytest.raises(FeeError):
        split_fee(2300, 0, 0)
