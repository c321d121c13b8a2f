"""离婚纠纷: whether the marriage has broken down (the judge's decision), custody and child support
until the child turns 18, division of joint property with the balancing payment computed.

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  grant (yes/no: 准予离婚), marriage_date, breakdown (the judge's finding in one sentence),
  children [{name, birth_date, gender, relation (婚生子/婚生女), custody (party name),
             support_payer, support_monthly, support_from (YYYY-MM), pay_day (day of the month)}],
  visitation (text), property [{item, value, to (party name)}], property_share (percent for the
  plaintiff, default 50), compensation_days (default 30), fee_bearer (原告 | 被告 | 各半, default 原告).
"""

from __future__ import annotations

from decimal import Decimal

from .civil import CIVIL, Ctx, Outcome
from .element_types import DATE, DAYS, MONEY, MONTH, PERCENT, YESNO, choice, number, rows
from .fmt import D, add_years, as_date, cents, cn_count, cn_date, money, pct

TYPE = "divorce"
CAUSES = ("离婚纠纷",)
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("grant", "是否准予离婚", True, YESNO), ("marriage_date", "登记结婚日期", True, DATE),
    ("breakdown", "感情破裂的事实", False),
    ("children", "子女", False, rows(
        ("name", "姓名", True), ("birth_date", "出生日期", True, DATE), ("gender", "性别", False, choice(("男", "男"), ("女", "女"))),
        ("relation", "关系（默认按性别）", False, choice(("婚生子", "婚生子"), ("婚生女", "婚生女"))),
        ("custody", "抚养方（姓名，默认原告）", False), ("support_payer", "抚养费支付方（姓名）", False),
        ("support_monthly", "每月抚养费", False, MONEY), ("support_from", "抚养费起付月份", False, MONTH),
        ("pay_day", "每月付款日", False, number("日")))),
    ("visitation", "探望安排", False),
    ("property", "夫妻共同财产", False, rows(
        ("item", "财产", True), ("value", "价值", True, MONEY), ("to", "归属（姓名，默认原告）", False))),
    ("property_share", "原告分得比例（默认50）", False, PERCENT),
    ("compensation_days", "折价款支付期限（默认30）", False, DAYS),
    ("fee_bearer", "受理费负担（默认原告）", False, choice(("原告", "原告负担"), ("被告", "被告负担"), ("各半", "原、被告各半负担"))),
)


def make(ctx: Ctx) -> Outcome:
    ctx.need("grant", "marriage_date")
    el = ctx.el
    pl, df = ctx.plaintiffs[0], ctx.defendants[0]
    married = ctx.date("marriage_date")
    findings = [f"1.婚姻关系：{pl.name}与{df.name}于{cn_date(married)}登记结婚。"]
    if el.get("breakdown"):
        findings.append(f"2.感情状况：{el['breakdown'].rstrip('。')}。")
    comps: list[str] = []
    fee_bearer = el.get("fee_bearer") or "原告"
    if not ctx.yes("grant"):
        c = ctx.cite(CIVIL, 1079)
        reasoning = [f"{pl.name}与{df.name}婚后感情尚未完全破裂，{pl.name}提供的证据不足以证明夫妻感情确已破裂，"
                     "双方仍有和好的可能，对其离婚请求本院不予支持" + (f"（{c}）" if c else "") + "。"]
        return Outcome(findings, reasoning, [f"不准予原告{pl.name}与被告{df.name}离婚"], money=False,
                       awarded=None, computations=comps, fee_bearer=fee_bearer)

    orders = [f"准予原告{pl.name}与被告{df.name}离婚"]
    c1079 = ctx.cite(CIVIL, 1079)
    reasoning = [f"{pl.name}与{df.name}婚后" + (el.get("breakdown") or "感情确已破裂").rstrip("。")
                 + "，经调解无效，应准予离婚" + (f"（{c1079}）" if c1079 else "") + "。"]
    money_due = False
    children = el.get("children") or []
    if children:
        kids, custody_texts, supports = [], [], []
        for ch in children:
            name, born = ch["name"], as_date(ch["birth_date"])
            rel = ch.get("relation") or ("婚生子" if ch.get("gender") == "男" else "婚生女")
            custody = ctx.party(ch.get("custody"), ctx.plaintiffs)
            kids.append(f"{rel}{name}，{cn_date(born)}出生")
            adult = add_years(born, 18)
            comps.append(f"{name}年满十八周岁之日：{cn_date(born)}＋18年＝{cn_date(adult)}")
            order = f"{rel}{name}由{custody.role}{custody.name}抚养"
            custody_texts.append(f"{name}由{custody.name}抚养")
            if ch.get("support_monthly"):
                payer = ctx.party(ch.get("support_payer"), [p for p in (pl, df) if p is not custody])
                start = ch.get("support_from")
                start_text = f"自{start[:4]}年{int(start[5:7])}月起" if start else "自本判决生效之次月起"
                day = ch.get("pay_day")
                order += (f"，{payer.role}{payer.name}{start_text}每月支付抚养费{money(ch['support_monthly'])}"
                          + (f"（于每月{cn_count(int(day))}日前付清）" if day else "") + f"，至{name}年满十八周岁时止")
                supports.append(f"{payer.name}每月负担{name}的抚养费{money(ch['support_monthly'])}")
                money_due = True
            orders.append(order)
        findings.append(f"{len(findings) + 1}.子女情况：" + "；".join(kids) + "。")
        c = ctx.cites(CIVIL, 1084, 1085)
        reasoning.append("关于子女抚养，从有利于子女身心健康成长出发，结合双方的抚养能力和条件，" + "，".join(custody_texts)
                         + "为宜" + ("；" + "，".join(supports) if supports else "") + (f"（{c}）" if c else "") + "。")
    if el.get("visitation"):
        c1086 = ctx.cite(CIVIL, 1086)
        orders.append(el["visitation"].rstrip("。；"))
        reasoning.append("不直接抚养子女的一方有探望子女的权利，另一方有协助的义务" + (f"（{c1086}）" if c1086 else "") + "。")
    prop = el.get("property") or []
    if prop:
        share = D(el.get("property_share", 50))
        total = sum((D(p["value"]) for p in prop), Decimal(0))
        got = {pl.name: Decimal(0), df.name: Decimal(0)}
        for p in prop:
            owner = ctx.party(p.get("to"), [pl])
            got[owner.name] = got.get(owner.name, Decimal(0)) + D(p["value"])
            orders.append(f"{p['item']}归{owner.role}{owner.name}所有")
        due_pl = cents(total * share / 100)
        diff = cents(got[pl.name] - due_pl)
        comps.append("夫妻共同财产合计：" + "＋".join(f"{p['item']}{money(p['value'])}" for p in prop) + f"＝{money(total)}")
        comps.append(f"原告应得{money(total)}×{pct(share)}＝{money(due_pl)}；原告分得{money(got[pl.name])}，"
                     f"差额{money(diff)}")
        findings.append(f"{len(findings) + 1}.共同财产：" + "；".join(f"{p['item']}，价值{money(p['value'])}" for p in prop) + "。")
        c = ctx.cites(CIVIL, 1062, 1087)
        reasoning.append(f"关于夫妻共同财产，本院根据财产的具体情况，按照照顾子女、女方和无过错方权益的原则分割，"
                         f"原告分得{pct(share)}" + (f"（{c}）" if c else "") + "。")
        days = int(el.get("compensation_days", 30))
        if diff > 0:
            orders.append(f"原告{pl.name}于本判决生效之日起{cn_count(days)}日内支付被告{df.name}财产折价款{money(diff)}")
            money_due = True
        elif diff < 0:
            orders.append(f"被告{df.name}于本判决生效之日起{cn_count(days)}日内支付原告{pl.name}财产折价款{money(-diff)}")
            money_due = True
    return Outcome(findings, reasoning, orders, money=money_due, awarded=None, computations=comps,
                   fee_bearer=fee_bearer, claimed=sum((D(p["value"]) for p in prop), Decimal(0)) if prop else None)
