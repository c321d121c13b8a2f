"""机动车交通事故责任纠纷: compensation items per the personal-injury interpretation, the 交强险
limits first (道路交通安全法 art. 76, 民法典 art. 1213), the rest by liability share, the commercial
third-party insurance up to its limit, the tortfeasor for what remains.

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  victim (default first 原告), tortfeasor (driver/owner), compulsory_insurer, commercial_insurer,
  commercial_limit, accident_date, accident (one sentence), liability (全部 | 主要 | 同等 | 次要 | 无,
  printed as 承担主要责任), liability_share (percent borne by the defendant vehicle beyond 交强险),
  at_fault (yes/no, default share > 0),
  items (all confirmed): medical_fee; hospital_days + hospital_meal_per_day; nutrition_fee or
  nutrition_days + nutrition_per_day; lost_work_fee or lost_work_days + lost_work_daily; nursing_fee or
  nursing_days + nursing_daily; transport_fee; disability_income (上一年度城镇居民人均可支配收入) +
  victim_age + disability_grade (1–10) or disability_coefficient; death_income; funeral_monthly_wage;
  mental_damages; property_loss; consumption_expenditure (上一年度城镇居民人均消费支出) + dependants
  [{name, relation, age, supporters, incapable, years?}] (被扶养人生活费, art. 17, counted into 残疾赔偿金
  / 死亡赔偿金 per art. 16); appraisal_fee (鉴定费, a litigation cost shared by liability) and
  appraisal_fee_payer; ci_other_losses ({medical, death_injury, property}: the other injured persons of
  the same accident claiming together; 交强险 shared by losses, 交通事故解释 art. 19).
The statistical standards (income, consumption, wages) are the province's figures that the judge
confirms as elements; none is bundled.
"""

from __future__ import annotations

from decimal import Decimal

from courtdoc.legal.compensation import (
    INJURY_ITEMS,
    MEDICAL_ITEMS,
    PROPERTY_ITEMS,
    Dependant,
    ci_limits,
    ci_share,
    death_years,
    dependant_years,
    disability_coefficient,
    disability_years,
    living_expenses,
)

from .civil import CIVIL, DEADLINE, Ctx, DraftError, Outcome
from .element_types import AGE, DATE, DAYS, MONEY, NUMBER, PERCENT, YESNO, choice, number, obj, rows
from .fmt import D, cents, cn_date, money, num, pct

TYPE = "traffic"
CAUSES = ("机动车交通事故责任纠纷",)
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("accident_date", "事故发生日期", True, DATE), ("accident", "事故经过", False),
    ("liability", "事故责任认定（侵权人承担的责任）", False,
     choice(("全部", "全部责任"), ("主要", "主要责任"), ("同等", "同等责任"), ("次要", "次要责任"), ("无", "无责任"))),
    ("liability_share", "被告方承担的责任比例", True, PERCENT), ("at_fault", "被告方车辆是否有责", False, YESNO),
    ("victim", "受害人", False), ("deceased", "死者姓名（死亡案件，原告为近亲属）", False),
    ("tortfeasor", "侵权人（驾驶人/所有人）", False),
    ("compulsory_insurer", "交强险承保公司", False), ("commercial_insurer", "商业三者险承保公司", False),
    ("commercial_limit", "商业三者险责任限额", False, MONEY), ("medical_fee", "医疗费", False, MONEY),
    ("hospital_days", "住院天数", False, DAYS), ("hospital_meal_per_day", "住院伙食补助标准", False, number("元/天")),
    ("nutrition_fee", "营养费", False, MONEY), ("nutrition_days", "营养期", False, DAYS),
    ("nutrition_per_day", "营养费标准", False, number("元/天")), ("lost_work_fee", "误工费", False, MONEY),
    ("lost_work_days", "误工期", False, DAYS), ("lost_work_daily", "误工收入", False, number("元/天")),
    ("nursing_fee", "护理费", False, MONEY), ("nursing_days", "护理期", False, DAYS),
    ("nursing_daily", "护理费标准", False, number("元/天")), ("transport_fee", "交通费", False, MONEY),
    ("disability_income", "上一年度城镇居民人均可支配收入", False, number("元/年")),
    ("victim_age", "受害人定残（死亡）时年龄", False, AGE),
    ("disability_grade", "伤残等级", False, choice(*((g, f"{'一二三四五六七八九十'[g - 1]}级") for g in range(1, 11)))),
    ("disability_coefficient", "伤残赔偿系数（多处伤残时，代替伤残等级）", False, NUMBER),
    ("death_income", "死亡赔偿金计算标准：上一年度城镇居民人均可支配收入", False, number("元/年")),
    ("funeral_monthly_wage", "丧葬费计算标准：上一年度职工月平均工资", False, number("元/月")),
    ("mental_damages", "精神损害抚慰金", False, MONEY), ("property_loss", "财产损失", False, MONEY),
    ("consumption_expenditure", "被扶养人生活费计算标准：上一年度城镇居民人均消费支出", False, number("元/年")),
    ("dependants", "被扶养人", False, rows(
        ("name", "姓名", True), ("relation", "关系（如子、母）", False), ("age", "定残/死亡时年龄", True, AGE),
        ("supporters", "扶养人数（含受害人）", False, number("人")),
        ("incapable", "丧失劳动能力又无其他生活来源（成年人须为是）", False, YESNO),
        ("years", "扶养年限（另定时填）", False, number("年")))),
    ("appraisal_fee", "鉴定费（列入诉讼费用，按责任比例分担）", False, MONEY),
    ("appraisal_fee_payer", "鉴定费负担方（默认侵权人；保险合同约定由保险公司承担的填保险公司）", False),
    ("ci_other_losses", "同一事故同时起诉的其他被侵权人在交强险各分项的损失", False, obj(
        ("medical", "医疗费用", False, MONEY), ("death_injury", "死亡伤残", False, MONEY),
        ("property", "财产损失", False, MONEY))),
)
INJURY_LAW = "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"
TRAFFIC_LAW = "中华人民共和国道路交通安全法"
ACCIDENT_LAW = "最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释"
NAMES = {
    "medical_fee": "医疗费", "hospital_meal": "住院伙食补助费", "nutrition_fee": "营养费",
    "lost_work_fee": "误工费", "nursing_fee": "护理费", "transport_fee": "交通费",
    "disability_compensation": "残疾赔偿金", "mental_damages": "精神损害抚慰金", "property_loss": "财产损失",
    "death_compensation": "死亡赔偿金", "funeral_fee": "丧葬费",
}
ARTICLES = {"medical_fee": 6, "lost_work_fee": 7, "nursing_fee": 8, "transport_fee": 9, "hospital_meal": 10,
            "nutrition_fee": 11, "disability_compensation": 12, "funeral_fee": 14, "death_compensation": 15}


def _items(ctx: Ctx) -> tuple[dict[str, Decimal], list[str], dict[str, str]]:
    el, items, comps = ctx.el, {}, []
    coef = Decimal(1)

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
    names = dict(NAMES)
    if el.get("dependants"):
        key = "death_compensation" if "death_compensation" in items else "disability_compensation"
        if key not in items:
            raise DraftError("被扶养人生活费计入残疾赔偿金或死亡赔偿金，需同时确认 disability_income 或 death_income")
        coef = Decimal(1) if key == "death_compensation" else coef
        dep_total, dep_lines = _living_expenses(ctx, coef, "死亡" if key == "death_compensation" else "致残")
        items[key] += dep_total
        names[key] = f"{NAMES[key]}（含被扶养人生活费{money(dep_total)}）"
        comps += dep_lines
        comps.append(f"{names[key]}：{money(items[key] - dep_total)}＋{money(dep_total)}＝{money(items[key])}"
                     "（被扶养人生活费计入残疾赔偿金或者死亡赔偿金）")
    direct("mental_damages")
    direct("property_loss")
    return items, comps, names


def _living_expenses(ctx: Ctx, coef: Decimal, hurt: str) -> tuple[Decimal, list[str]]:
    """被扶养人生活费 (人身损害赔偿解释 art. 17) from the confirmed dependants."""
    el = ctx.el
    if el.get("consumption_expenditure") is None:
        raise DraftError("被扶养人生活费需确认 consumption_expenditure（上一年度城镇居民人均消费支出）")
    consumption = D(el["consumption_expenditure"])
    raw = el["dependants"]
    if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
        raise DraftError("要素 dependants 应为被扶养人列表：[{name, relation, age, supporters, incapable}]")
    deps, lines = [], [f"被扶养人生活费：上一年度城镇居民人均消费支出{money(consumption)}"
                       + (f"，按扶养人伤残系数{num(coef)}计算" if coef != 1 else "，受害人死亡")]
    for i, x in enumerate(raw, 1):
        name = str(x.get("name") or f"被扶养人{i}")
        if x.get("age") is None:
            raise DraftError(f"被扶养人{name}需确认 age（受害人{hurt}时被扶养人的年龄）")
        try:
            age, supporters = int(x["age"]), int(x.get("supporters") or 1)
        except (TypeError, ValueError):
            raise DraftError(f"被扶养人{name}的 age、supporters 应为整数") from None
        if supporters < 1:
            raise DraftError(f"被扶养人{name}的扶养义务人人数（supporters）至少为1")
        incapable = x.get("incapable") in (True, 1, "是", "true")
        if age >= 18 and not incapable and x.get("years") is None:
            raise DraftError(f"被扶养人{name}已成年：仅丧失劳动能力又无其他生活来源的成年近亲属可获被扶养人生活费，"
                             "请确认 incapable")
        years = D(x["years"]) if x.get("years") is not None else Decimal(dependant_years(age))
        annual = consumption * coef / supporters
        d = Dependant(name, age, years, supporters, annual)
        deps.append(d)
        why = "计算至十八周岁" if age < 18 else ("七十五周岁以上按五年计算" if age >= 75 else
                                              "六十周岁以上年龄每增加一岁减少一年" if age >= 60 else "按二十年计算")
        if x.get("years") is not None:
            why = "按确认的年限"
        rel = f"，{x['relation']}" if x.get("relation") else ""
        calc = (f"{money(consumption)}" + (f"×{num(coef)}" if coef != 1 else "")
                + (f"÷{supporters}人" if supporters > 1 else "") + "＝") if coef != 1 or supporters > 1 else ""
        lines.append(f"{name}（{age}岁{rel}）：{num(years)}年（{why}）；{calc}{money(annual.quantize(Decimal('0.01')))}/年")
    res = living_expenses(consumption, coef, deps)
    for frm, to, yearly, amount, capped in res.periods:
        span = f"第{num(frm + 1)}年" if to - frm == 1 else f"第{num(frm + 1)}至{num(to)}年"
        if frm != int(frm) or to != int(to):
            span = f"第{num(frm)}年后至第{num(to)}年"
        active = [d for d in deps if d.years >= to]
        head = "＋".join(money(d.annual.quantize(Decimal("0.01"))) for d in active)
        lines.append(f"{span}（{'、'.join(d.name for d in active)}）：" + (
            f"{head}超过{money(consumption)}，按{money(consumption)}/年" if capped else
            (f"{head}＝{money(yearly.quantize(Decimal('0.01')))}/年" if len(active) > 1 else f"{head}/年"))
            + f"×{num(to - frm)}年＝{money(amount)}")
    lines.append(f"被扶养人生活费合计{money(res.total)}")
    return res.total, lines


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
    at_fault = ctx.yes("at_fault", share > 0)
    day = ctx.date("accident_date")
    ctx.before_civil_code(day, "交通事故发生")
    items, comps, names = _items(ctx)
    if not items:
        raise DraftError("未确认任何赔偿项目（confirmed.elements 中的医疗费、误工费等）")
    total = sum(items.values(), Decimal(0))
    comps.append("损失合计：" + "＋".join(f"{names[k]}{money(v)}" for k, v in items.items()) + f"＝{money(total)}")

    limits = ci_limits(day, bool(at_fault))
    groups = [("医疗费用赔偿限额", MEDICAL_ITEMS, limits.medical), ("死亡伤残赔偿限额", INJURY_ITEMS, limits.death_injury),
              ("财产损失赔偿限额", PROPERTY_ITEMS, limits.property)]
    ci_paid = Decimal(0)
    others = _other_losses(ctx)
    if ci:
        for (gname, keys, limit), gkey in zip(groups, ("medical", "death_injury", "property"), strict=True):
            g = sum((items.get(k, Decimal(0)) for k in keys), Decimal(0))
            if not g:
                continue
            other = others.get(gkey, Decimal(0))
            pay = ci_share(g, other, limit)
            ci_paid += pay
            if other and g + other > limit:
                comps.append(f"交强险{gname}（{money(limit)}）内：本案原告项目合计{money(g)}，同一事故其他被侵权人损失"
                             f"{money(other)}，按损失比例分配：{money(limit)}×{money(g)}÷({money(g)}＋{money(other)})"
                             f"＝{money(pay)}")
            else:
                comps.append(f"交强险{gname}（{money(limit)}）内：项目合计{money(g)}"
                             + (f"，其他被侵权人损失{money(other)}，合计未超过限额" if other else "")
                             + f"，赔付{money(pay)}")
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
    if el.get("dependants"):
        who = "、".join(
            f"{x.get('name') or f'被扶养人{i}'}（{(x['relation'] + '，') if x.get('relation') else ''}{x.get('age')}岁"
            + ("，丧失劳动能力又无其他生活来源" if int(x.get("age") or 0) >= 18 else "") + "）"
            for i, x in enumerate(el["dependants"], 1))
        findings.append(f"{len(findings) + 1}.被扶养人：{victim_name}{'死亡' if 'death_compensation' in items else '致残'}时，"
                        f"其依法应当扶养的人有{who}。")
    findings.append(f"{len(findings) + 1}.损失项目：" + "；".join(f"{names[k]}{money(v)}" for k, v in items.items())
                    + f"，合计{money(total)}。")

    c_tort = ctx.cites(CIVIL, 1179, 1208, 1213)
    c76 = ctx.cite(TRAFFIC_LAW, 76)
    reasoning = [f"{cn_date(day)}发生的交通事故经公安机关交通管理部门认定，事实清楚，本院予以采信。机动车发生交通事故造成"
                 "损害的，由承保交强险的保险公司在交强险责任限额范围内予以赔偿；不足部分，由承保商业第三者责任保险的保险公司"
                 "根据保险合同予以赔偿；仍然不足的，由侵权人按照过错比例承担赔偿责任"
                 + (f"（{'，'.join(x for x in (c_tort, c76) if x)}）" if (c_tort or c76) else "") + "。"]
    arts = sorted({ARTICLES[k] for k in items if k in ARTICLES} | ({16, 17} if el.get("dependants") else set()))
    c_inj = ctx.cites(INJURY_LAW, *arts) if arts else ""
    reasoning.append("对于原告主张的各项损失，本院依照人身损害赔偿的相关标准核定如下："
                     + "；".join(f"{names[k]}{money(v)}" for k, v in items.items())
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
    costs = _appraisal_fee(ctx, share, tort, comps, reasoning)
    if others and ci:
        c19 = ctx.cite(ACCIDENT_LAW, 19)
        reasoning.insert(-1, "同一交通事故的多个被侵权人同时起诉，交强险赔偿数额按各被侵权人的损失比例确定"
                         + (f"（{c19}）" if c19 else "") + "。")
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps, extra_costs=costs,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))


def _other_losses(ctx: Ctx) -> dict[str, Decimal]:
    """Losses of the other injured persons of the same accident claiming together, per 交强险 limit."""
    raw = ctx.el.get("ci_other_losses")
    if not raw:
        return {}
    if not isinstance(raw, dict) or not set(raw) <= {"medical", "death_injury", "property"}:
        raise DraftError("要素 ci_other_losses 应为 {\"medical\": 金额, \"death_injury\": 金额, \"property\": 金额}")
    try:
        return {k: D(v) for k, v in raw.items() if v}
    except Exception:
        raise DraftError(f"要素 ci_other_losses 的金额无效：{raw}") from None


def _appraisal_fee(ctx: Ctx, share: Decimal, tort, comps: list[str], reasoning: list[str]) -> str | None:
    """鉴定费: not covered by 交强险 (交强险条款: 诉讼费用以及其他相关费用 excluded); as in common practice it
    is a litigation cost (诉讼费用交纳办法 art. 12, 29) shared by the liability share, the defendant side's
    part borne by the tortfeasor unless the judge names the insurer whose policy covers it."""
    fee = ctx.amount("appraisal_fee")
    if not fee:
        return None
    payer = ctx.party(ctx.el.get("appraisal_fee_payer"), [tort])
    side = cents(fee * share / 100)
    rest = fee - side
    comps.append(f"鉴定费：{money(fee)}，不属于交强险赔偿范围，作为诉讼费用按责任比例分担：被告{payer.name}负担"
                 f"{money(fee)}×{pct(share)}＝{money(side)}，原告负担{money(rest)}")
    ctx.flags.append("鉴定费作为诉讼费用按责任比例分担，未计入赔偿数额；如原告将鉴定费计入诉讼请求金额，请核对受理费及分担")
    reasoning.insert(-1, f"鉴定费{money(fee)}系为确定损失所支出的费用，不属于交强险赔偿范围，本院按责任比例在诉讼费用中一并负担。")
    pl = ctx.labels(ctx.plaintiffs)
    if not side:
        return f"鉴定费{money(fee)}，由{pl}负担。"
    if not rest:
        return f"鉴定费{money(fee)}，由被告{payer.name}负担。"
    return f"鉴定费{money(fee)}，由{pl}负担{money(rest)}，被告{payer.name}负担{money(side)}。"
