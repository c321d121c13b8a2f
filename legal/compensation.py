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
  of the previous year's average monthly wage of employees.
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


MEDICAL_ITEMS = ("medical_fee", "hospital_meal", "nutrition_fee")
INJURY_ITEMS = ("lost_work_fee", "nursing_fee", "transport_fee", "disability_compensation", "death_compensation",
                "funeral_fee", "mental_damages")
PROPERTY_ITEMS = ("property_loss",)
