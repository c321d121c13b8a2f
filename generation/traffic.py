"""机动车交通事故责任纠纷: compensation items per the personal-injury interpretation, the 交强险
limits first (道路交通安全法 art. 76, 民法典 art. 1213), the rest by liability share, the commercial
third-party insurance up to its limit, the tortfeasor for what remains.

confirmed.elements:
  victim (default first 原告), tortfeasor (driver/owner), compulsory_insurer, commercial_insurer,
  commercial_limit, accident_date, accident (one sentence), liability (e.g. 主要责任),
  liability_share (percent borne by the defendant vehicle beyond 交强险), at_fault (default share > 0),
  items (all confirmed): medical_fee; hospital_days + hospital_meal_per_day; nutrition_fee or
  nutrition_days + nutrition_per_day; lost_work_fee or lost_work_days + lost_work_daily; nursing_fee or
  nursing_days + nursing_daily; transport_fee; disability_income (上一年度城镇居民人均可支配收入) +
  victim_age + disability_grade (or disability_coefficient); mental_damages; property_loss.
"""

from __future__ import annotations

from decimal import Decimal

from courtdoc.legal.compensation import (
    INJURY_ITEMS,
    MEDICAL_ITEMS,
    PROPERTY_ITEMS,
    ci_limits,
    death_years,
    disability_coefficient,
    disability_years,
)

from .civil import CIVIL, DEADLINE, Ctx, DraftError, Outcome
from .fmt import D, cents, cn_date, money, num, pct

TYPE = "traffic"
CAUSES = ("机动车交通事故责任纠纷",)
ELEMENT_TABLE = (  # 要素表: (key, label, required)
    ("accident_date", "事故发生日期", True), ("accident", "事故经过", False), ("liability", "事故责任认定", False),
    ("liability_share", "被告方承担的责任比例（%）", True), ("at_fault", "被告方车辆是否有责", False),
    ("victim", "受害人", False), ("deceased", "死者姓名（死亡案件，原告为近亲属）", False), ("tortfeasor", "侵权人（驾驶人/所有人）", False),
    ("compulsory_insurer", "交强险承保公司", False), ("commercial_insurer", "商业三者险承保公司", False),
    ("commercial_limit", "商业三者险责任限额", False), ("medical_fee", "医疗费", False),
    ("hospital_days", "住院天数", False), ("hospital_meal_per_day", "住院伙食补助标准（元/天）", False),
    ("nutrition_fee", "营养费", False), ("nutrition_days", "营养期（天）", False),
    ("nutrition_per_day", "营养费标准（元/天）", False), ("lost_work_fee", "误工费", False),
    ("lost_work_days", "误工期（天）", False), ("lost_work_daily", "误工收入（元/天）", False),
    ("nursing_fee", "护理费", False), ("nursing_days", "护理期（天）", False),
    ("nursing_daily", "护理费标准（元/天）", False), ("transport_fee", "交通费", False),
    ("disability_income", "上一年度城镇居民人均可支配收入", False), ("victim_age", "受害人定残时年龄", False),
    ("disability_grade", "伤残等级", False), ("disability_coefficient", "伤残赔偿系数", False),
    ("death_income", "死亡赔偿金计算标准：上一年度城镇居民人均可支配收入", False),
    ("funeral_monthly_wage", "丧葬费计算标准：上一年度职工月平均工资", False),
    ("mental_damages", "精神损害抚慰金", False), ("property_loss", "财产损失", False),
)
INJURY_LAW = "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"
TRAFFIC_LAW = "中华人民共和国道路交通安全法"
NAMES = {
    "medical_fee": "医疗费", "hospital_meal": "住院伙食补助费", "nutrition_fee": "营养费",
    "lost_work_fee": "误工费", "nursing_fee": "护理费", "transport_fee": "交通费",
    "disability_compensation": "残疾赔偿金", "mental_damages": "精神损害抚慰金", "property_loss": "财产损失",
    "death_compensation": "死亡赔偿金", "funeral_fee": "丧葬费",
}
ARTICLES = {"medical_fee": 6, "lost_work_fee": 7, "nursing_fee": 8, "transport_fee": 9, "hospital_meal": 10,
            "nutrition_fee": 11, "disability_compensation": 12, "funeral_fee": 14, "death_compensation": 15}


def _items(ctx: Ctx) -> tuple[dict[str, Decimal], list[str]]:
    el, items, comps = ctx.el, {}, []

    def direct(key: str) -> None:
        v = ctx.amount(key)
        if v:  # an item confirmed as 0 is not a loss
            items[key] = cents(v)
            comps.append(f"{NAMES[key]}：{money(v)}（依据票据确认）")

    def per_day(key: str, days_key: str, rate_key: str) -> None:
        if ctx.amount(key) is not None:
            direct(key)
        elif el.get(days_key) is not None and el.get(rate_key) is not None:
            days, rate = D(el[days_key]), D(el[rate_key])
            items[key] = cents(days * rate)
            comps.append(f"{NAMES[key]}：{money(rate)}/天×{num(days)}天＝{money(items[key])}")

    direct("medical_fee")
    per_day("hospital_meal", "hospital_days", "hospital_meal_per_day")
    per_day("nutrition_fee", "nutrition_days", "nutrition_per_day")
    per_day("lost_work_fee", "lost_work_days", "lost_work_daily")
    per_day("nursing_fee", "nursing_days", "nursing_daily")
    direct("transport_fee")
    if el.get("disability_income") is not None:
        if el.get("victim_age") is None or (el.get("disability_grade") is None and el.get("disability_coefficient") is None):
            raise DraftError("残疾赔偿金需确认 victim_age 与 disability_grade（或 disability_coefficient）")
        income = D(el["disability_income"])
        years = disability_years(int(el["victim_age"]))
        if el.get("disability_coefficient") is not None:
            coef, coef_text = D(el["disability_coefficient"]), f"伤残系数{num(D(el['disability_coefficient']))}"
        else:
            grade = int(el["disability_grade"])
            coef, coef_text = disability_coefficient(grade), f"{'一二三四五六七八九十'[grade - 1]}级伤残系数{num(disability_coefficient(grade))}"
        items["disability_compensation"] = cents(income * years * coef)
        comps.append(f"残疾赔偿金：上一年度城镇居民人均可支配收入{money(income)}×{years}年×{coef_text}"
                     f"＝{money(items['disability_compensation'])}（受害人定残时{el['victim_age']}岁）")
    if el.get("death_income") is not None:
        if el.get("victim_age") is None:
            raise DraftError("死亡赔偿金需确认 victim_age（受害人死亡时年龄）")
        income, years = D(el["death_income"]), death_years(int(el["victim_age"]))
        items["death_compensation"] = cents(income * years)
        comps.append(f"死亡赔偿金：上一年度城镇居民人均可支配收入{money(income)}×{years}年＝"
                     f"{money(items['death_compensation'])}（受害人死亡时{el['victim_age']}岁）")
    if el.get("funeral_monthly_wage") is not None:
        wage = D(el["funeral_monthly_wage"])
        items["funeral_fee"] = cents(wage * 6)
        comps.append(f"丧葬费：上一年度职工月平均工资{money(wage)}×6个月＝{money(items['funeral_fee'])}")
    direct("mental_damages")
    direct("property_loss")
    return items, comps


def make(ctx: Ctx) -> Outcome:
    ctx.need("accident_date", "liability_share")
    el = ctx.el
    deceased = el.get("deceased")  # death cases: the plaintiffs are the close relatives
    victim = ctx.party(el.get("victim"), ctx.plaintiffs)
    victim_name = deceased or victim.name
    people = [p for p in ctx.defendants if p.kind == "person"]
    tort = ctx.party(el.get("tortfeasor"), people or ctx.defendants)
    ci = ctx.party(el["compulsory_insurer"], ctx.defendants) if el.get("compulsory_insurer") else None
    com = ctx.party(el["commercial_insurer"], ctx.defendants) if el.get("commercial_insurer") else None
    share = D(el["liability_share"])
    if not 0 <= share <= 100:
        raise DraftError("liability_share 应为0至100之间的百分比")
    at_fault = el.get("at_fault", share > 0)
    day = ctx.date("accident_date")
    items, comps = _items(ctx)
    if not items:
        raise DraftError("未确认任何赔偿项目（confirmed.elements 中的医疗费、误工费等）")
    total = sum(items.values(), Decimal(0))
    comps.append("损失合计：" + "＋".join(f"{NAMES[k]}{money(v)}" for k, v in items.items()) + f"＝{money(total)}")

    limits = ci_limits(day, bool(at_fault))
    groups = [("医疗费用赔偿限额", MEDICAL_ITEMS, limits.medical), ("死亡伤残赔偿限额", INJURY_ITEMS, limits.death_injury),
              ("财产损失赔偿限额", PROPERTY_ITEMS, limits.property)]
    ci_paid = Decimal(0)
    if ci:
        for gname, keys, limit in groups:
            g = sum((items.get(k, Decimal(0)) for k in keys), Decimal(0))
            if not g:
                continue
            pay = min(g, limit)
            ci_paid += pay
            comps.append(f"交强险{gname}（{money(limit)}）内：项目合计{money(g)}，赔付{money(pay)}")
        comps.append(f"交强险合计赔付{money(ci_paid)}（{limits.source}）")
    else:
        ctx.flags.append("未确认交强险承保公司：全部损失按责任比例计算，请核对车辆是否投保交强险")
    excess = total - ci_paid
    side = cents(excess * share / 100)
    comps.append(f"超出交强险部分：{money(total)}－{money(ci_paid)}＝{money(excess)}；被告方按{pct(share)}责任承担"
                 f"{money(excess)}×{pct(share)}＝{money(side)}")
    com_paid = Decimal(0)
    if com and side > 0:
        limit = D(el["commercial_limit"]) if el.get("commercial_limit") is not None else None
        com_paid = min(side, limit) if limit is not None else side
        comps.append("商业第三者责任保险" + (f"（限额{money(limit)}）" if limit is not None else "") + f"赔付{money(com_paid)}")
    tort_paid = side - com_paid
    if tort_paid:
        comps.append(f"{tort.name}自行赔偿{money(side)}－{money(com_paid)}＝{money(tort_paid)}")

    findings = [f"1.事故经过：{cn_date(day)}，{el.get('accident') or f'{tort.name}驾驶的机动车与{victim_name}发生交通事故'}。",
                (f"2.责任认定：经公安机关交通管理部门认定，{tort.name}承担{el.get('liability') or '事故'}责任"
                 f"，本院确定{tort.name}一方承担超出交强险部分{pct(share)}的赔偿责任。" if share > 0 else
                 f"2.责任认定：经公安机关交通管理部门认定，{tort.name}在事故中无责任，由交强险在无责任赔偿限额内赔偿。")]
    ins = []
    if ci:
        ins.append(f"肇事车辆在{ci.name}投保了机动车交通事故责任强制保险")
    if com:
        ins.append(f"在{com.name}投保了商业第三者责任保险"
                   + (f"（责任限额{money(el['commercial_limit'])}）" if el.get("commercial_limit") is not None else ""))
    if ins:
        findings.append(f"3.保险情况：{'，'.join(ins)}，事故发生在保险期间内。")
    findings.append(f"{len(findings) + 1}.损失项目：" + "；".join(f"{NAMES[k]}{money(v)}" for k, v in items.items())
                    + f"，合计{money(total)}。")

    c_tort = ctx.cites(CIVIL, 1179, 1208, 1213)
    c76 = ctx.cite(TRAFFIC_LAW, 76)
    reasoning = [f"{cn_date(day)}发生的交通事故经公安机关交通管理部门认定，事实清楚，本院予以采信。机动车发生交通事故造成"
                 "损害的，由承保交强险的保险公司在交强险责任限额范围内予以赔偿；不足部分，由承保商业第三者责任保险的保险公司"
                 "根据保险合同予以赔偿；仍然不足的，由侵权人按照过错比例承担赔偿责任"
                 + (f"（{'，'.join(x for x in (c_tort, c76) if x)}）" if (c_tort or c76) else "") + "。"]
    arts = sorted({ARTICLES[k] for k in items if k in ARTICLES})
    c_inj = ctx.cites(INJURY_LAW, *arts) if arts else ""
    reasoning.append("对于原告主张的各项损失，本院依照人身损害赔偿的相关标准核定如下："
                     + "；".join(f"{NAMES[k]}{money(v)}" for k, v in items.items())
                     + f"，合计{money(total)}" + (f"（{c_inj}）" if c_inj else "") + "。")
    if "mental_damages" in items:
        c1183 = ctx.cite(CIVIL, 1183)
        hurt = "死亡" if "death_compensation" in items else "受伤" if "disability_compensation" not in items else "致残"
        reasoning.append(f"{victim_name}因本次事故{hurt}，精神遭受损害，本院酌定精神损害抚慰金{money(items['mental_damages'])}"
                         + (f"（{c1183}）" if c1183 else "") + "。")
    split = []
    if ci:
        split.append(f"{ci.name}在交强险责任限额内赔偿{money(ci_paid)}")
    if com:
        split.append(f"{com.name}在商业第三者责任保险限额内赔偿{money(com_paid)}")
    if tort_paid:
        split.append(f"{tort.name}赔偿{money(tort_paid)}")
    reasoning.append("综上，" + "，".join(split) + "。")

    orders = []
    v = ctx.labels(ctx.plaintiffs) if deceased else f"原告{victim.name}"
    if ci and ci_paid:
        orders.append(f"被告{ci.name}{DEADLINE}在机动车交通事故责任强制保险责任限额内赔偿{v}{money(ci_paid)}")
    if com and com_paid:
        orders.append(f"被告{com.name}{DEADLINE}在商业第三者责任保险责任限额内赔偿{v}{money(com_paid)}")
    if tort_paid:
        orders.append(f"被告{tort.name}{DEADLINE}赔偿{v}{money(tort_paid)}")
    if not orders:
        raise DraftError("按确认的要素计算，被告方无需赔偿；请核对要素")
    awarded = ci_paid + com_paid + tort_paid
    claimed = D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))
