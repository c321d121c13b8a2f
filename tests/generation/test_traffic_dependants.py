"""Traffic drafts: 被扶养人生活费 (人身损害赔偿解释 art. 16/17), 鉴定费, and 交强险 shared by several
injured persons (交通事故解释 art. 19). Expected figures are worked out by hand in the comments."""

from __future__ import annotations

from decimal import Decimal

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.casetypes import element_table
from courtdoc.generation.civil import DraftError
from courtdoc.legal.compensation import Dependant, ci_share, dependant_years, living_expenses
from test_drafts import load_case


@pytest.mark.parametrize("age,years", [(0, 18), (8, 10), (17, 1), (18, 20), (59, 20), (60, 20), (61, 19),
                                       (66, 14), (74, 6), (75, 5), (90, 5)])
def test_dependant_years(age, years):
    assert dependant_years(age) == years


def dep(years, annual):
    return Dependant("x", 0, Decimal(years), 1, Decimal(annual))


def test_living_expenses_cap_over_overlapping_years():
    # 15000 (15 y) + 15000 (8 y) + 30000 (10 y), cap 30000:
    # years 1-8 60000 → 30000 × 8 = 240000; 9-10 45000 → 30000 × 2 = 60000; 11-15 15000 × 5 = 75000
    r = living_expenses(Decimal(30000), Decimal(1), [dep(15, 15000), dep(8, 15000), dep(10, 30000)])
    assert r.total == Decimal(375000)
    assert [p[3] for p in r.periods] == [240000, 60000, 75000]


def test_living_expenses_thirds_rounded_per_period():
    # yearly shares kept exact (10000/3 is never rounded before the period total)
    r = living_expenses(Decimal(30000), Decimal("0.5"), [dep(12, 5000), dep(7, Decimal(10000) / 3)])
    # 1-7: 5000 + 3333.33… = 8333.33… × 7 = 58333.33; 8-12: 5000 × 5 = 25000
    assert r.total == Decimal("83333.33")


def test_ci_share():
    assert ci_share(Decimal(10000), Decimal(5000), Decimal(18000)) == Decimal(10000)
    assert ci_share(Decimal(30000), Decimal(10000), Decimal(18000)) == Decimal(13500)
    assert ci_share(Decimal(0), Decimal(10000), Decimal(18000)) == 0


def traffic_1_dependants():
    data = load_case("traffic_1")
    data["confirmed"]["elements"].update({
        "disability_grade": 7, "consumption_expenditure": 30000,
        "dependants": [{"name": "林小明", "relation": "子", "age": 8, "supporters": 2},
                       {"name": "陈阿婆", "relation": "母", "age": 66, "supporters": 3, "incapable": True}]})
    return data


def test_disability_with_dependants():
    d = draft_judgment(traffic_1_dependants())
    comps = "\n".join(d.computations)
    # grade 7 → 0.4: child 8 y → 10 years, 30000×0.4÷2 = 6000/y; mother 66 → 14 years, 30000×0.4÷3 = 4000/y
    # 1-10: 10000 × 10 = 100000; 11-14: 4000 × 4 = 16000 → 116000, counted into 残疾赔偿金 67197×20×0.4 = 537576
    assert "第1至10年（林小明、陈阿婆）：6000元＋4000元＝10000元/年×10年＝100000元" in comps
    assert "被扶养人生活费合计116000元" in comps
    assert "残疾赔偿金（含被扶养人生活费116000元）653576元" in d.sections["findings"]
    assert "第十六条、第十七条" in d.sections["basis"]
    # total 242115.40 − 134394 + 653576 = 761297.40; 交强险 199200; (761297.40 − 199200) × 70% = 393468.18
    assert "赔偿原告林国栋393468.18元" in d.sections["orders"]


def test_death_with_dependants_capped():
    data = load_case("traffic_4")
    data["confirmed"]["elements"].update({
        "victim_age": 45, "consumption_expenditure": 30000,
        "dependants": [{"name": "王小宝", "age": 3, "supporters": 2}, {"name": "王小贝", "age": 10, "supporters": 2},
                       {"name": "王老汉", "age": 70, "supporters": 1, "incapable": "是"}]})
    d = draft_judgment(data)
    # 49283 × 20 = 985660 + 375000 (see test_living_expenses_cap_over_overlapping_years) = 1360660;
    # losses 20000 + 1360660 + 48000 + 50000 = 1478660; (1478660 − 198000) × 50% = 640330
    assert "死亡赔偿金（含被扶养人生活费375000元）1360660元" in d.sections["findings"]
    assert "商业第三者责任保险责任限额内赔偿原告王秀兰、王建军640330元" in d.sections["orders"]


@pytest.mark.parametrize("change,match", [
    ({"dependants": [{"name": "甲", "age": 30}]}, "incapable"),
    ({"consumption_expenditure": None}, "consumption_expenditure"),
    ({"dependants": [{"name": "甲"}]}, "age"),
    ({"dependants": "甲"}, "dependants"),
    ({"disability_income": None}, "disability_income"),
])
def test_dependants_bad_elements(change, match):
    data = traffic_1_dependants()
    data["confirmed"]["elements"].update(change)
    with pytest.raises(DraftError, match=match):
        draft_judgment(data)


def test_appraisal_fee_shared_by_liability():
    data = load_case("traffic_1")
    data["confirmed"]["elements"]["appraisal_fee"] = 2400
    d = draft_judgment(data)
    # 2400 × 70 % = 1680 borne by the tortfeasor, 720 by the plaintiff; not in the 交强险 payment
    assert "鉴定费2400元，由原告林国栋负担720元，被告蔡明亮负担1680元。" in d.sections["fee"]
    assert "赔偿原告林国栋199200元" in d.sections["orders"]
    assert "不属于交强险赔偿范围" in d.sections["reasoning"]
    data["confirmed"]["elements"]["liability_share"] = 100
    assert "鉴定费2400元，由被告蔡明亮负担。" in draft_judgment(data).sections["fee"]


def test_ci_shared_by_several_injured():
    data = load_case("traffic_1")
    data["confirmed"]["elements"]["ci_other_losses"] = {"medical": 12000, "death_injury": 60000}
    d = draft_judgment(data)
    # medical 18000 × 60221.40 ÷ 72221.40 = 15009.20; injury 180000 × 180694 ÷ 240694 = 135129.75; property 1200
    # 交强险 151338.95; (242115.40 − 151338.95) × 70 % = 63543.52
    assert "责任限额内赔偿原告林国栋151338.95元" in d.sections["orders"]
    assert "赔偿原告林国栋63543.52元" in d.sections["orders"]
    assert "第十九条" in d.sections["basis"]
    data["confirmed"]["elements"]["ci_other_losses"] = {"medicine": 1}
    with pytest.raises(DraftError, match="ci_other_losses"):
        draft_judgment(data)


def test_element_table_exposes_new_inputs():
    keys = {f["key"] for f in element_table("traffic")}
    assert {"consumption_expenditure", "dependants", "appraisal_fee", "appraisal_fee_payer", "ci_other_losses"} <= keys
    assert "old_rules" in {f["key"] for f in element_table("lending")}


def test_dependants_in_findings_and_at_fault_as_text():
    d = draft_judgment(traffic_1_dependants())
    assert ("被扶养人：林国栋致残时，其依法应当扶养的人有林小明（子，8岁）、陈阿婆（母，66岁，丧失劳动能力又无其他生活来源）"
            in d.sections["findings"])
    data = load_case("traffic_2")
    data["confirmed"]["elements"].update({"liability_share": 0, "at_fault": "否", "liability": "无"})
    assert "强制保险责任限额内赔偿原告沈佳5200元" in draft_judgment(data).sections["orders"]  # no-fault limits


def test_dependants_masked_in_the_publication_copy():
    text = draft_judgment(traffic_1_dependants()).anonymized().text
    assert "林小明" not in text and "陈阿婆" not in text
    assert "其依法应当扶养的人有林某2（子，8岁）、陈某（母，66岁" in text
