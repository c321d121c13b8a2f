"""Drafts whose interest periods fall before the reformed LPR (2019-08-20): the PBOC benchmark rates
(legal/pboc_rates.py) and the transitional rules, with expected figures worked out by hand."""

from __future__ import annotations

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.civil import DraftError
from test_drafts import load_case


def lending_2018(old_rules=None):
    """lending_2 moved to 2018: 50000 lent 2018-01-10, due 2018-06-30, nothing agreed, filed 2021-03-01."""
    data = load_case("lending_2")
    el = data["confirmed"]["elements"]
    el.update({"loan_date": "2018-01-10", "due_date": "2018-06-30"})
    if old_rules is not None:
        el["old_rules"] = old_rules
    data["filed_on"] = "2021-03-01"
    data["confirmed"]["judgment_date"] = "2021-06-01"
    return data


def test_lending_default_before_lpr_uses_benchmark_rate():
    d = draft_judgment(lending_2018())
    comps = "\n".join(d.computations)
    # default from 2018-07-01: one-year benchmark 4.35 % (2015-10-24)
    # 2018-07-01..2020-08-19 = 781 days: 50000×4.35%×781/365 = 4653.90
    # 2020-08-20..2021-03-01 = 194 days: 50000×4.35%×194/365 = 1156.03 → 5809.93
    assert "50000元×4.35%÷365×781=4653.90元" in comps
    assert "利息为5809.93元" in d.sections["orders"]
    assert "参照当时中国人民银行一年期贷款基准利率计算" in d.sections["reasoning"]
    assert "第二十八条" in d.sections["basis"]
    assert any("当时尚无贷款市场报价利率" in f for f in d.flags)
    assert any("民法典施行前" in f for f in d.flags)


@pytest.mark.parametrize("value", [True, "是"])
def test_lending_old_rules_six_percent_until_2020_08_19(value):
    d = draft_judgment(lending_2018(value))
    # art. 31 para. 2: 2018-07-01..2020-08-19 at 6 %: 50000×6%×781/365 = 6419.18; then 1156.03 → 7575.21
    assert "50000元×6%÷365×781=6419.18元" in "\n".join(d.computations)
    assert "利息为7575.21元" in d.sections["orders"]
    assert "法释〔2015〕18号" in d.sections["reasoning"] and "第三十一条" in d.sections["basis"]


def test_lending_old_rules_before_2015_keeps_benchmark():
    data = lending_2018(True)
    data["confirmed"]["elements"].update({"loan_date": "2014-03-01", "due_date": "2015-06-30"})
    d = draft_judgment(data)
    comps = "\n".join(d.computations)
    # default 2015-07-01: benchmark 4.85 % (2015-06-28) until 2015-08-31 (62 days) = 411.92;
    # 6 % 2015-09-01..2020-08-19 (1815 days) = 14917.81; 4.85 % 2020-08-20..2021-03-01 (194 days) = 1288.90
    assert "50000元×4.85%÷365×62=411.92元" in comps
    assert "50000元×6%÷365×1815=14917.81元" in comps
    assert "50000元×4.85%÷365×194=1288.90元" in comps
    assert "利息为16618.63元" in d.sections["orders"]


def test_old_rules_answer_must_be_yes_or_no():
    with pytest.raises(DraftError, match="old_rules"):
        draft_judgment(lending_2018("也许"))


def sale_2015():
    data = load_case("sale_1")
    el = data["confirmed"]["elements"]
    el.update({"contract_date": "2015-03-01", "payment_due": "2015-06-30", "payments": [],
               "interest_until": "2016-06-30", "total_price": 100000})
    data["filed_on"] = "2017-03-01"
    data["confirmed"]["judgment_date"] = "2017-06-01"
    return data


def test_sale_breach_before_lpr_uses_benchmark_of_the_same_period():
    d = draft_judgment(sale_2015())
    comps = "\n".join(d.computations)
    # 买卖合同解释 art. 18 para. 4, breach 2015-07-01, benchmark × 150 %:
    # 4.85→7.275 % 2015-07-01..08-25 (56 d) 1116.16; 4.60→6.9 % 08-26..10-23 (59 d) 1115.34;
    # 4.35→6.525 % 2015-10-24..2016-06-30 (251 d) 4487.05; total 6718.55
    assert "100000元×7.275%÷365×56=1116.16元" in comps
    assert "100000元×6.9%÷365×59=1115.34元" in comps
    assert "100000元×6.525%÷365×251=4487.05元" in comps
    assert "截至2016年6月30日为6718.55元" in d.sections["orders"]
    assert "按年利率6.525%计算至实际付清之日止" in d.sections["orders"]
    assert "中国人民银行同期同类人民币贷款基准利率为基础" in d.sections["reasoning"]


def test_sale_markup_30_percent():
    data = sale_2015()
    data["confirmed"]["elements"]["lpr_markup"] = 30
    d = draft_judgment(data)
    # 4.85×1.3 = 6.305 % × 56 d = 967.34; 4.6×1.3 = 5.98 % × 59 d = 966.63; 4.35×1.3 = 5.655 % × 251 d = 3888.78
    assert "截至2016年6月30日为5822.75元" in d.sections["orders"]


def test_lending_old_rule_interest_paid_between_24_and_36_percent_is_kept():
    data = load_case("lending_3")  # 30000 lent 2019-05-01, due 2020-04-30, filed 2023-03-01
    data["confirmed"]["elements"].update({"interest_rate": 30, "repayments": [
        {"date": "2019-10-31", "amount": 4500}, {"date": "2020-04-30", "amount": 8000}]})
    d = draft_judgment(data)
    comps = "\n".join(d.computations)
    # 2019-05-01..10-30 (183 d): 24 % → 3609.86, 24–30 % → 902.47; paying 4500 leaves 0 for principal
    assert "抵充利息3609.86元，抵充超过上限但已自愿支付的利息890.14元，抵充本金0元" in comps
    # 2019-10-31..2020-04-29 (182 d): 3590.14 + 897.53 (+12.33 left) → 8000 − 3590.14 − 909.86 = 3500 to principal
    assert "抵充利息3590.14元，抵充超过上限但已自愿支付的利息909.86元，抵充本金3500元" in comps
    # then 26500 × 24 % × (1 + 111 days) = 17.42 + 1934.14; × 14.6 % × 924 days = 9794.40
    assert "借款本金26500元" in d.sections["orders"] and "利息为11745.96元" in d.sections["orders"]
    assert "未超过年利率36%的部分1800元不予返还" in d.sections["reasoning"]


def test_lending_old_rule_over_36_percent_paid_goes_to_principal():
    data = load_case("lending_3")
    data["confirmed"]["elements"].update({"interest_rate": 48, "repayments": [{"date": "2019-10-31", "amount": 8000}]})
    d = draft_judgment(data)
    # 183 d: 24 % → 3609.86; 24–36 % → 30000×12%×183/365 = 1804.93; 8000 − 5414.79 = 2585.21 to principal
    assert "抵充利息3609.86元，抵充超过上限但已自愿支付的利息1804.93元，抵充本金2585.21元" in "\n".join(d.computations)
