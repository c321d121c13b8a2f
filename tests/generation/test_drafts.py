"""Each civil case type drafts with every required section and amounts computed by hand from the
statutes (the expected figures below were worked out on paper, not copied from the code)."""

from __future__ import annotations

import re

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.civil import REQUIRED_SECTIONS, DraftError
from gen_cases import CASES, load_case

ALL = sorted(p.stem for p in CASES.glob("*.json"))


@pytest.mark.parametrize("name", ALL)
def test_every_dev_case_has_all_sections(name):
    d = draft_judgment(load_case(name))
    missing = [s for s in REQUIRED_SECTIONS if not d.sections.get(s)]
    assert not missing, missing
    text = d.text
    assert text.splitlines()[1] == "民事判决书"
    assert "判决如下：" in text
    assert re.search(r"二〇\S+年\S+月\S+日", text)
    if any(k in d.sections["orders"] for k in ("支付", "偿还", "赔偿")):
        assert "第二百六十四条之规定，加倍支付迟延履行期间的债务利息" in d.sections["warning"]


def test_six_case_types_covered():
    types = {draft_judgment(load_case(n)).case_type for n in ALL}
    assert types == {"lending", "bank_loan", "traffic", "divorce", "labour", "sale"}
    assert sum(1 for n in ALL if n.startswith("lending")) >= 3


def test_lending_interest_cap_and_repayment():
    d = draft_judgment(load_case("lending_1"))
    orders = d.sections["orders"]
    # 100000×12%×356/365 = 11704.11; 100000×15%×31/365 = 1273.97 (claimed 15% < 4×LPR 3.8% = 15.2%);
    # 2023-02-01 repays 20000: interest 12978.08 first, principal 7021.92 → 92978.08;
    # 92978.08×15%×93/365 = 3553.55
    assert "借款本金92978.08元" in orders
    assert "利息为3553.55元" in orders
    assert "按年利率15%计付至借款实际清偿之日止" in orders
    assert "驳回原告张三的其他诉讼请求" in orders
    assert "四倍为15.2%" in d.sections["reasoning"]
    assert "于本判决生效之日起十日内" in orders
    assert "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条" in d.sections["basis"]


def test_lending_before_2020_rules_split():
    d = draft_judgment(load_case("lending_3"))
    # 24% until 2020-08-19 (7219.73 + 2189.59), 4×LPR at filing (3.65% → 14.6%) after: 1608 + 9480,
    # 5000 repaid to interest: 20497.32 - 5000 = 15497.32
    assert "利息为15497.32元" in d.sections["orders"]
    assert "本判决为终审判决。" in d.text  # small claims
    assert "第一百六十五条" in d.sections["procedure"]
    assert any("超过诉讼请求" in f for f in d.flags)  # 45497.32 > 45000 claimed: the judge is told


def test_lending_no_interest_agreed_uses_lpr_and_guarantor():
    d = draft_judgment(load_case("lending_2"))
    # no interest agreed: overdue from 2022-07-01 at the then one-year LPR 3.7%;
    # 50000×3.7%×(2022-07-01..2023-04-10 = 284 days)/365 = 1439.45
    assert "利息为1439.45元" in d.sections["orders"]
    assert "被告郑海燕对本判决第一、二项确定的债务承担连带清偿责任" in d.sections["orders"]
    assert "缺席审理" in d.sections["procedure"]
    assert "第一百四十七条" in d.sections["basis"]


def test_traffic_insurance_split():
    d = draft_judgment(load_case("traffic_1"))
    orders = d.sections["orders"]
    # medical group 56321.40+2100+1800 → 18000; injury group 180694 → 180000; property 1200 → 1200
    assert "机动车交通事故责任强制保险责任限额内赔偿原告林国栋199200元" in orders
    # (242115.40 − 199200) × 70% = 30040.78
    assert "商业第三者责任保险责任限额内赔偿原告林国栋30040.78元" in orders
    assert "67197元×20年×十级伤残系数0.1＝134394元" in "\n".join(d.computations)


def test_traffic_commercial_limit_exhausted():
    d = draft_judgment(load_case("traffic_3"))
    # age 64 → 16 years; grade 4 → 0.7: 42075×16×0.7 = 471240
    comps = "\n".join(d.computations)
    assert "42075元×16年×四级伤残系数0.7＝471240元" in comps
    # accident 2021-11-06 (after the 2020 reform): medical 18000 + injury 180000
    # total 320000.50+9000+9000+36000+0+2500+471240+30000 = 877740.50; excess 679740.50 → 100%;
    # commercial limit 500000, tortfeasor 179740.50
    assert "赔偿原告罗淑芬500000元" in d.sections["orders"]
    assert "被告何军于本判决生效之日起十日内赔偿原告罗淑芬179740.50元" in d.sections["orders"]


def test_labour_compensation_months_and_cap():
    d1 = draft_judgment(load_case("labour_1"))
    # 2019-07-01..2023-10-31: 4 years 4 months → 4.5 months × 8000 = 36000
    assert "经济补偿36000元" in d1.sections["orders"]
    assert "工资16000元" in d1.sections["orders"]
    assert "仲裁裁决" in d1.sections["procedure"]
    d2 = draft_judgment(load_case("labour_2"))
    # 45000 > 3×11297 = 33891 → base 33891, 15.5 months capped at 12 → 406692
    assert "经济补偿406692元" in d2.sections["orders"]
    d3 = draft_judgment(load_case("labour_3"))
    assert "经济补偿" not in d3.sections["orders"]  # resigned: no compensation
    assert "不予支持" in d3.sections["reasoning"]
    d4 = draft_judgment(load_case("labour_4"))
    # 2020-02-17..2023-05-19: 3 years 3 months 3 days → 3.5 × 10000 × 2 = 70000
    assert "赔偿金70000元" in d4.sections["orders"]
    # art. 82: 9000 × 6.5 months = 58500
    assert "二倍工资差额58500元" in d4.sections["orders"]
    assert "案件受理费10元，减半收取计5元" in d4.sections["fee"]
    assert "第八十二条" in d4.sections["basis"]


def test_divorce_custody_support_property():
    d = draft_judgment(load_case("divorce_1"))
    orders = d.sections["orders"]
    assert "准予原告王丽与被告赵刚离婚" in orders
    assert "每月支付抚养费2000元" in orders and "至赵欣年满十八周岁时止" in orders
    # 2520000 / 2 = 1260000; 王丽 gets 2400000 → pays 1140000
    assert "支付被告赵刚财产折价款1140000元" in orders
    assert "由原告王丽负担" in d.sections["fee"]
    rejected = draft_judgment(load_case("divorce_2"))
    assert "不准予原告张敏与被告李强离婚" in rejected.sections["orders"]
    assert not rejected.sections.get("warning")


def test_sale_overdue_loss_lpr_and_penalty():
    d = draft_judgment(load_case("sale_1"))
    # 350000×3.65%×1.5×121/365 = 6352.50; 300000×5.475%×182/365 = 8190
    assert "逾期付款损失（截至2023年6月30日为14542.50元" in d.sections["orders"]
    assert "第十八条" in d.sections["basis"]
    d2 = draft_judgment(load_case("sale_2"))
    # 68000 × 0.05% × 184 days (2023-10-01..2024-04-01) = 6256
    assert "违约金（截至2024年4月1日为6256元" in d2.sections["orders"]


def test_bank_loan_and_credit_card():
    d = draft_judgment(load_case("bank_loan_1"))
    assert "合计287836.93元" in d.sections["orders"]
    assert "承担连带清偿责任" in d.sections["orders"]
    card = draft_judgment(load_case("bank_loan_2"))
    assert card.cause_of_action == "信用卡纠纷"
    assert "透支本金48210.55元" in card.sections["orders"]


def test_fee_split_and_summary_halving():
    d = draft_judgment(load_case("lending_1"))
    fee = d.sections["fee"]
    # 115000 claimed: 50 + 90000×2.5% + 15000×2% = 2600, halved under the summary procedure
    assert fee.startswith("案件受理费2600元，减半收取计1300元")
    shares = [float(x) for x in re.findall(r"负担(\d+(?:\.\d+)?)元", fee)]
    assert len(shares) == 2 and abs(sum(shares) - 1300) < 0.01
    assert abs(shares[1] - 1300 * 96531.63 / 115000) <= 1


def test_appeal_court_named():
    pytest.importorskip("courtdoc.legal.courts")
    d = draft_judgment(load_case("lending_1"))
    assert "上诉于福建省厦门市中级人民法院" in d.sections["appeal"]


def test_signature_block_ordinary_and_summary():
    d = draft_judgment(load_case("traffic_1"))
    assert "审  判  长　陈立明" in d.text and "人民陪审员　郑国强" in d.text
    assert "二〇二三年六月十五日" in d.text
    s = draft_judgment(load_case("lending_1"))
    assert "审  判  员　陈某某" in s.text and "审  判  长" not in s.text


def test_missing_elements_are_named():
    data = load_case("lending_1")
    del data["confirmed"]["elements"]["principal"]
    with pytest.raises(DraftError, match="principal"):
        draft_judgment(data)
    data = load_case("lending_1")
    data["confirmed"]["elements"]["loan_date"] = "2022/01/10"
    with pytest.raises(DraftError, match="loan_date"):
        draft_judgment(data)
    data = load_case("lending_1")
    data["cause_of_action"] = "物权保护纠纷"
    with pytest.raises(DraftError, match="无法确定案件类型"):
        draft_judgment(data)


def test_element_tables_cover_the_dev_set():
    from courtdoc.generation.casetypes import MODULES, element_table

    tables = {m: {e["key"]: e for e in element_table(m)} for m in MODULES}
    for name in ALL:
        d = draft_judgment(load_case(name))
        used = set(load_case(name)["confirmed"]["elements"])
        assert used <= set(tables[d.case_type]), (name, used - set(tables[d.case_type]))
    for m, table in tables.items():
        for key, e in table.items():
            if not e["required"]:
                continue
            case = next(n for n in ALL if draft_judgment(load_case(n)).case_type == m)
            data = load_case(case)
            data["confirmed"]["elements"].pop(key, None)
            with pytest.raises(DraftError, match=key):
                draft_judgment(data)


def test_traffic_death_relatives_paid():
    d = draft_judgment(load_case("traffic_4"))
    orders = d.sections["orders"]
    # age 70 → 10 years: 49283×10 = 492830; funeral 8000×6 = 48000; injury group 590830 → 180000;
    # medical 20000 → 18000; excess (610830 − 198000) × 50% = 206415
    assert "限额内赔偿原告王秀兰、王建军198000元" in orders
    assert "商业第三者责任保险责任限额内赔偿原告王秀兰、王建军206415元" in orders
    assert "丧葬费：上一年度职工月平均工资8000元×6个月＝48000元" in "\n".join(d.computations)


def test_lpr_after_the_bundled_table_is_flagged():
    data = load_case("lending_2")
    data["filed_on"] = "2026-11-02"
    data["confirmed"]["elements"]["loan_date"] = "2026-01-05"
    data["confirmed"]["elements"]["due_date"] = "2026-06-30"
    d = draft_judgment(data)
    assert any("内置LPR表收录至2025年10月20日" in f for f in d.flags)


def test_lending_penalty_capped_with_overdue_interest_art29():
    data = load_case("lending_1")
    data["confirmed"]["elements"]["penalty"] = 5000
    d = draft_judgment(data)
    # room under 4×LPR 15.2% above the 15% awarded: 100000×0.2%×31/365 = 16.99; 92978.08×0.2%×93/365 = 47.38
    assert "违约金及其他费用64.37元" in d.sections["orders"]
    assert "第二十九条" in d.sections["basis"]
    data = load_case("lending_4")  # overdue interest already at the 14.6% cap: no room left
    data["confirmed"]["elements"]["penalty"] = 8000
    d = draft_judgment(data)
    assert "违约金" not in d.sections["orders"]


def test_traffic_no_fault_limits():
    data = load_case("traffic_2")
    data["confirmed"]["elements"].update({"liability_share": 0, "at_fault": False, "liability": "无"})
    d = draft_judgment(data)
    # no-fault limits: medical 1800 (of 13350.32), injury 18000 (of 3300 → 3300), property 100 (of 2600)
    assert "强制保险责任限额内赔偿原告沈佳5200元" in d.sections["orders"]


def test_dates_checked():
    data = load_case("sale_3")
    data["confirmed"]["judgment_date"] = "2023-01-01"
    assert any("早于立案日期" in f for f in draft_judgment(data).flags)
    data["confirmed"]["judgment_date"] = "2023/12/28"
    with pytest.raises(DraftError, match="judgment_date"):
        draft_judgment(data)
