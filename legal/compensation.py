"""Compensation standards used by draft judgments (data, with their sources).

* Compulsory motor-vehicle insurance (交强险) liability limits. Source: 中国银保监会《关于实施车险
  综合改革的指导意见》(银保监发〔2020〕41号) and the 交强险责任限额 adjusted from 2020-09-19
  00:00: 死亡伤残 180000, 医疗费用 18000, 财产损失 2000; no-fault (无责任) 18000 / 1800 / 100.
  Before that (保监发〔2008〕8号, from 2008-02-01): 110000 / 10000 / 2000; no-fault 11000 / 1000 / 100.
* Disability compensation (残疾赔偿金), 《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》
  (法释〔2022〕14号) art. 12: 受诉法院所在地上一年度城镇居民人均可支配收入 × 20 years, one year less
  for each year of age over 60, 5 years from age 75; multiplied by the disability coefficient, which
  by the 《人体损伤致残程度分级》 practice is 100 % for grade 1 down to 10 % for grade 10. Death
  compensation (art. 15) uses the same income and years; funeral expenses (art. 14) are six months
  of the previous year's average monthly wage of employees. 被扶养人生活费 (art. 16/17) is counted
  into 残疾赔偿金 / 死亡赔偿金: 上一年度城镇居民人均消费支出 × the disability coefficient (1 for a
  death) ÷ the number of persons obliged to support the dependant, for 18 − age years (minors) or
  20 years (adults without working capacity or other income; 60+ one year less per year, 75+ 5
  years); several dependants' yearly total never above the per-capita consumption expenditure.
  The statistical standards are the province's figures of the previous statistical year (art. 22):
  the judge confirms them as elements, they are not bundled here.
* Items covered by each 交强险 limit follow the insurance clauses (交强险条款 第八条): 医疗费用 =
  医疗费, 住院伙食补助费, 营养费 (and 后续治疗费); 死亡伤残 = 残疾赔偿金, 误工费, 护理费, 交通费,
  精神损害抚慰金, 被扶养人生活费, 残疾辅助器具费, 丧葬费, 死亡赔偿金 …; 财产损失.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import NamedTuple

CI_REFORM = _dt.date(2020, 9, 19)


class CiLimits(NamedTuple):
    death_injury: Decimal
    medical: Decimal
    property: Decimal
    source: str


def ci_limits(accident_date: _dt.date, at_fault: bool = True) -> CiLimits:
    """交强险责任限额 on the accident date, for an insured vehicle with or without fault."""
    if accident_date >= CI_REFORM:
        src = "交强险责任限额（2020年9月19日起）"
        if at_fault:
            return CiLimits(Decimal(180000), Decimal(18000), Decimal(2000), src + "有责")
        return CiLimits(Decimal(18000), Decimal(1800), Decimal(100), src + "无责")
    src = "交强险责任限额（2008年2月1日至2020年9月18日）"
    if at_fault:
        return CiLimits(Decimal(110000), Decimal(10000), Decimal(2000), src + "有责")
    return CiLimits(Decimal(11000), Decimal(1000), Decimal(100), src + "无责")


def disability_years(age: int) -> int:
    """Years of 残疾赔偿金 by the victim's age at the disability assessment (art. 12)."""
    if age < 60:
        return 20
    if age >= 75:
        return 5
    return 20 - (age - 60)


def death_years(age: int) -> int:
    """Years of 死亡赔偿金 (art. 15): the same age rule as 残疾赔偿金."""
    return disability_years(age)


def disability_coefficient(grade: int) -> Decimal:
    """Grade 1 → 1.00 … grade 10 → 0.10."""
    if not 1 <= int(grade) <= 10:
        raise ValueError(f"伤残等级应为一级至十级，收到{grade}")
    return Decimal(11 - int(grade)) / 10


def dependant_years(age: int, minor_until: int = 18) -> int:
    """Years of 被扶养人生活费 (art. 17): a minor until 18; an adult without working capacity or other
    income 20 years, one year less for each year of age over 60, 5 years from age 75."""
    if age < minor_until:
        return minor_until - age
    return disability_years(age)


class Dependant(NamedTuple):
    name: str
    age: int
    years: Decimal  # years counted (art. 17 para. 1, or as confirmed)
    supporters: int  # persons obliged to support them, the victim included (art. 17 para. 2)
    annual: Decimal  # consumption × coefficient ÷ supporters, exact


class LivingExpenses(NamedTuple):
    total: Decimal  # rounded to the cent per period
    periods: list[tuple[Decimal, Decimal, Decimal, Decimal, bool]]  # (from year, to year, annual, amount, capped)


def living_expenses(consumption: Decimal, coefficient: Decimal, dependants: list[Dependant]) -> LivingExpenses:
    """被扶养人生活费 (art. 17): each dependant's yearly share for their own years; while several are
    supported at once, the yearly total is capped at the per-capita consumption expenditure."""
    cap = consumption
    bounds = sorted({d.years for d in dependants if d.years > 0})
    periods, total, prev = [], Decimal(0), Decimal(0)
    for end in bounds:
        active = [d for d in dependants if d.years >= end]
        annual = sum((d.annual for d in active), Decimal(0))
        capped = annual > cap
        yearly = min(annual, cap)
        amount = (yearly * (end - prev)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        periods.append((prev, end, yearly, amount, capped))
        total += amount
        prev = end
    return LivingExpenses(total, periods)


def ci_share(own: Decimal, others: Decimal, limit: Decimal) -> Decimal:
    """交强险 paid to one of several injured persons claiming together (交通事故解释 art. 19): the
    limit shared in proportion to their losses when their losses together exceed it."""
    if own <= 0:
        return Decimal(0)
    if own + others <= limit:
        return own
    return (limit * own / (own + others)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


MEDICAL_ITEMS = ("medical_fee", "hospital_meal", "nutrition_fee")
INJURY_ITEMS = ("lost_work_fee", "nursing_fee", "transport_fee", "disability_compensation", "death_compensation",
                "funeral_fee", "mental_damages")
PROPERTY_ITEMS = ("property_loss",)
