"""Sentencing brackets for the frequent quantity-based charges (amount of money, drug weight, blood
alcohol, injury), from the Supreme People's Court / Procuratorate interpretations and the 2021
量刑指导意见 starting points.

`guide(charge, facts)` returns the bracket the facts fall in (数额较大 / 巨大 / 特别巨大 …), a rule
estimate of the term before circumstances, and the statutory term and fine range of the bracket.
The estimate feeds the learned regressor as a feature (models/train_criminal.py) and the range
bounds its output at drafting time (generation/criminal.py). Where the thresholds are left to the
provinces within a national span (盗窃 1,000–3,000 元 …), the midpoint of the span is used.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from courtdoc.generation.criminal_features import blood_alcohol, drug_grams, normalize
from courtdoc.legal.numerals import find_amounts


@dataclass(frozen=True)
class Bracket:
    threshold: float  # amount (yuan) or weight (g) from which the bracket applies
    lo: int  # statutory term range of the bracket, months
    hi: int
    start_lo: int  # term the rule estimate uses at the threshold (量刑起点) and at the next threshold
    start_hi: int
    name: str


@dataclass(frozen=True)
class Guide:
    charge: str
    quantity: float
    bracket: str  # 数额较大 …
    months: float  # rule estimate of the term before circumstances
    lo: int  # statutory term range of the bracket (months)
    hi: int
    lower_lo: int  # bottom of the next lower bracket (where 减轻处罚 may go)
    fine_lo: int | None = None  # statutory / interpretation fine range (yuan), None when not given
    fine_hi: int | None = None


def _b(t, lo, hi, s_lo, s_hi, name):
    return Bracket(float(t), lo, hi, s_lo, s_hi, name)


# Money thresholds (midpoints of the provincial spans) with the article's term ranges.
# 盗窃: 法释〔2013〕8号 第一条 (1,000–3,000 / 30,000–100,000 / 300,000–500,000).
# 诈骗: 法释〔2011〕7号 第一条 (3,000–10,000 / 30,000–100,000 / 500,000).
# 抢夺: 法释〔2013〕25号 第一条 (1,000–3,000 / 30,000–80,000 / 200,000–400,000).
# 敲诈勒索: 法释〔2013〕10号 第一条 (2,000–5,000 / 30,000–100,000 / 300,000–500,000).
# 贪污、受贿: 法释〔2016〕9号 第一至三条 (30,000 / 200,000 / 3,000,000), fines 第十九条.
# 职务侵占、非国家工作人员受贿、挪用资金: 法释〔2016〕9号 第十一条 (twice / five times the 贪污 figures);
# the 2020 amendment added a third tier, taken here at ten times the 巨大 threshold.
# 合同诈骗: 2022 立案追诉标准 (20,000); the higher tiers follow common provincial practice (estimate).
# 信用卡诈骗: 法释〔2018〕19号 (5,000 / 50,000 / 500,000; 恶意透支 50,000 / 500,000 / 5,000,000).
MONEY: dict[str, list[Bracket]] = {
    "盗窃罪": [_b(2000, 0, 36, 6, 30, "数额较大"), _b(65000, 36, 120, 36, 96, "数额巨大"),
              _b(400000, 120, 180, 120, 156, "数额特别巨大")],
    "诈骗罪": [_b(6500, 0, 36, 6, 30, "数额较大"), _b(65000, 36, 120, 36, 96, "数额巨大"),
              _b(500000, 120, 180, 120, 156, "数额特别巨大")],
    "抢夺罪": [_b(2000, 0, 36, 6, 30, "数额较大"), _b(55000, 36, 120, 36, 96, "数额巨大"),
              _b(300000, 120, 180, 120, 156, "数额特别巨大")],
    "敲诈勒索罪": [_b(3500, 0, 36, 6, 30, "数额较大"), _b(65000, 36, 120, 36, 96, "数额巨大"),
                 _b(400000, 120, 180, 120, 156, "数额特别巨大")],
    "贪污罪": [_b(30000, 0, 36, 12, 30, "数额较大"), _b(200000, 36, 120, 36, 108, "数额巨大"),
              _b(3000000, 120, 180, 120, 168, "数额特别巨大")],
    "受贿罪": [_b(30000, 0, 36, 12, 30, "数额较大"), _b(200000, 36, 120, 36, 108, "数额巨大"),
              _b(3000000, 120, 180, 120, 168, "数额特别巨大")],
    "职务侵占罪": [_b(60000, 0, 36, 6, 30, "数额较大"), _b(1000000, 36, 120, 36, 96, "数额巨大"),
                 _b(10000000, 120, 180, 120, 156, "数额特别巨大")],
    "非国家工作人员受贿罪": [_b(60000, 0, 36, 6, 30, "数额较大"), _b(1000000, 36, 120, 36, 96, "数额巨大"),
                       _b(10000000, 120, 180, 120, 156, "数额特别巨大")],
    "挪用资金罪": [_b(100000, 0, 36, 6, 30, "数额较大"), _b(4000000, 36, 84, 36, 72, "数额巨大")],
    "合同诈骗罪": [_b(20000, 0, 36, 6, 30, "数额较大"), _b(200000, 36, 120, 36, 96, "数额巨大"),
                 _b(2000000, 120, 180, 120, 156, "数额特别巨大")],
    "信用卡诈骗罪": [_b(5000, 0, 60, 6, 48, "数额较大"), _b(50000, 60, 120, 60, 108, "数额巨大"),
                  _b(500000, 120, 180, 120, 156, "数额特别巨大")],
}
_OVERDRAFT = [_b(50000, 0, 60, 6, 48, "数额较大"), _b(500000, 60, 120, 60, 108, "数额巨大"),
              _b(5000000, 120, 180, 120, 156, "数额特别巨大")]
# 贪污、受贿 fines (法释〔2016〕9号 第十九条): 十万至五十万 / 二十万至犯罪数额二倍 / 五十万至犯罪数额二倍.
_GRAFT_FINE = [(100000, 500000), (200000, None), (500000, None)]
# 盗窃、抢夺、敲诈勒索 fines: 一千元以上、数额的二倍以下 (法释〔2013〕8号 第十四条 and the like).
_TWICE = {"盗窃罪", "抢夺罪", "敲诈勒索罪", "诈骗罪"}

# Drugs, 刑法第三百四十七条 / 第三百四十八条 (海洛因 / 甲基苯丙胺 grams; 法释〔2016〕8号 for the others).
_HARD = r"海洛因|甲基苯丙胺|冰毒|麻古"
DRUG_SALE = [_b(0, 0, 36, 7, 30, "少量"), _b(10, 84, 180, 84, 150, "数量较大"), _b(50, 180, 180, 180, 180, "数量大")]
DRUG_HOLD = [_b(10, 0, 36, 6, 30, "数量较大"), _b(50, 84, 180, 84, 120, "数量大")]

_TOTAL = re.compile(r"共计|合计|总计|累计|总价值|总额|共价值|价值共")
_NOT_LOSS = re.compile(r"退赔|赔偿|退还|返还|退赃|退缴|罚|谅解|工资|月薪|押金|保证金|悬赏|手续费|好处费|价格为")


def crime_amount(facts: str) -> float:
    """The amount of money the offence concerns (yuan): a stated total (共计…元) when there is one,
    else the sum of the distinct amounts that are not refunds, compensation or fines."""
    t = normalize(facts)
    found = [(s, e, v) for s, e, v in find_amounts(t) if 1 <= v < 1e10]
    totals = [v for s, _, v in found if _TOTAL.search(t[max(0, s - 12) : s])]
    if totals:
        return max(totals)
    kept = []
    for s, _, v in found:
        if _NOT_LOSS.search(t[max(0, s - 12) : s]):
            continue
        if v not in kept:
            kept.append(v)
    return float(sum(kept))


def _interp(q: float, brackets: list[Bracket]) -> tuple[int, float]:
    """Index of the bracket q falls in and the rule estimate (log-linear between thresholds)."""
    k = max((i for i, b in enumerate(brackets) if q >= b.threshold), default=-1)
    if k < 0:
        return -1, 0.0
    b = brackets[k]
    if k + 1 < len(brackets) and b.threshold > 0:
        nxt = brackets[k + 1].threshold
        frac = math.log(q / b.threshold) / math.log(nxt / b.threshold)
    elif b.threshold > 0:
        frac = min(1.0, math.log(q / b.threshold) / math.log(10))
    else:  # drugs below 10 g: by weight on 0.1 g … 10 g
        frac = min(1.0, max(0.0, math.log10(max(q, 0.1) * 10) / 2))
    frac = min(1.0, max(0.0, frac))
    return k, b.start_lo + (b.start_hi - b.start_lo) * frac


def guide(charge: str, facts: str) -> Guide | None:
    """The sentencing bracket of `charge` (official name) for these facts, or None when the charge
    is not quantity-based here or the facts state no quantity."""
    if charge in MONEY:
        brackets = _OVERDRAFT if charge == "信用卡诈骗罪" and "透支" in facts else MONEY[charge]
        q = crime_amount(facts)
        k, months = _interp(q, brackets)
        if k < 0:
            return None
        b = brackets[k]
        fine_lo = fine_hi = None
        if charge in ("贪污罪", "受贿罪"):
            fine_lo, hi = _GRAFT_FINE[k]
            fine_hi = hi or int(2 * q)
        elif charge in _TWICE:
            fine_lo, fine_hi = 1000, max(1000, int(2 * q))
        return Guide(charge, q, b.name, months, b.lo, b.hi, brackets[k - 1].lo if k else 0, fine_lo, fine_hi)
    if charge in ("走私、贩卖、运输、制造毒品罪", "非法持有毒品罪"):
        t = normalize(facts)
        if not re.search(_HARD, t):
            return None
        q = drug_grams(t)
        if q <= 0:
            return None
        brackets = DRUG_SALE if charge.startswith("走私") else DRUG_HOLD
        k, months = _interp(q, brackets)
        if k < 0:
            return None
        b = brackets[k]
        return Guide(charge, q, b.name, months, b.lo, b.hi, brackets[k - 1].lo if k else 0, 1000, None)
    if charge == "危险驾驶罪":
        bac = blood_alcohol(facts)
        if bac < 80:
            return None
        months = 1.0 if bac < 160 else 2.0 if bac < 200 else 3.0 if bac < 250 else 4.0
        return Guide(charge, bac, "醉酒驾驶机动车", months, 1, 6, 1, 1000, None)
    if charge == "故意伤害罪":
        t = normalize(facts)
        if re.search(r"死亡|身亡|致死", t):
            return Guide(charge, 3, "致人死亡", 132, 120, 180, 36)
        if _has_injury(t, "重伤"):
            return Guide(charge, 2, "致人重伤", 42, 36, 120, 0)
        if _has_injury(t, "轻伤"):
            return Guide(charge, 1, "致人轻伤", 12, 0, 36, 0)
    return None


def _has_injury(t: str, word: str) -> bool:
    return any(not t[max(0, m.start() - 3) : m.start()].endswith(("不构成", "未达", "不属")) for m in re.finditer(word, t))


GUIDE_FEATURES = ["guide_log_months", "guide_present", "guide_log_fine_lo"]


def guide_features(charges: list[str], facts: str) -> list[float]:
    """Features for the sentencing heads: the rule estimate of the heaviest bracket among the charges."""
    gs = [g for g in (guide(c, facts) for c in charges) if g]
    if not gs:
        return [0.0, 0.0, 0.0]
    g = max(gs, key=lambda x: x.months)
    return [math.log1p(g.months) / 6, 1.0, math.log1p(g.fine_lo or 0) / 14]
