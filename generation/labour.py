"""劳动争议 (追索劳动报酬纠纷 / 经济补偿金纠纷): unpaid wages and economic compensation per 劳动合同法
art. 46/47 (one month's wage per year of service, six months or more count as a year, less than six
months as half a month; a wage above three times the local average is capped at three times and the
years at twelve); unlawful termination per art. 87 (twice the compensation); the second wage for the
months without a written contract per art. 82 (at most eleven months).

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  employee, employer (default: the person / the organisation among the parties), start_date, end_date,
  termination: employer_art36 | employee_art38 | employer_art40 | employer_art41 | expiry_art44 |
  bankruptcy_art44 | unlawful_art87 | employer_art39 | resign, average_wage (monthly average over the
  last 12 months), local_average_wage (上年度当地职工月平均工资), unpaid_wages [{period, amount}].
confirmed.arbitration: {commission, award_number, award_date, result}.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from .civil import DEADLINE, Ctx, DraftError, Outcome
from .element_types import DATE, MONEY, choice, number, rows
from .fmt import D, add_months, add_years, cents, cn_date, money, num

TYPE = "labour"
CAUSES = ("劳动争议", "追索劳动报酬纠纷", "经济补偿金纠纷", "劳动合同纠纷", "确认劳动关系纠纷")
LCL = "中华人民共和国劳动合同法"
TERMINATION = {  # key → (劳动合同法 article of art. 46's item, reason text, compensation factor)
    "employee_art38": ("一", "用人单位存在劳动合同法第三十八条规定的情形，劳动者解除劳动合同", 1),
    "employer_art36": ("二", "用人单位向劳动者提出解除劳动合同并与劳动者协商一致解除", 1),
    "employer_art40": ("三", "用人单位依照劳动合同法第四十条规定解除劳动合同", 1),
    "employer_art41": ("四", "用人单位依照劳动合同法第四十一条第一款规定解除劳动合同", 1),
    "expiry_art44": ("五", "劳动合同期满终止且劳动者未拒绝续订", 1),
    "bankruptcy_art44": ("六", "用人单位被依法宣告破产、吊销营业执照等终止劳动合同", 1),
    "unlawful_art87": (None, "用人单位违法解除劳动合同", 2),
    "employer_art39": (None, "劳动者存在劳动合同法第三十九条规定的情形，用人单位解除劳动合同", 0),
    "resign": (None, "劳动者主动辞职", 0),
}
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("employee", "劳动者", False), ("employer", "用人单位", False), ("start_date", "入职日期", False, DATE),
    ("end_date", "劳动关系解除/终止日期", False, DATE),
    ("termination", "解除/终止情形", False, choice(*((k, why) for k, (_, why, _) in TERMINATION.items()))),
    ("average_wage", "解除前十二个月月平均工资", False, MONEY),
    ("local_average_wage", "当地上年度职工月平均工资", False, MONEY),
    ("unpaid_wages", "欠付工资", False, rows(("period", "期间（如2023年1月）", True), ("amount", "金额", True, MONEY))),
    ("no_contract_months", "未订立书面劳动合同的月数（自用工第二个月起，最多十一个月）", False, number("月")),
    ("no_contract_wage", "未订立书面劳动合同期间的月工资", False, MONEY),
)


def service_months(start: _dt.date, end: _dt.date) -> tuple[int, int, int, Decimal]:
    """(full years, months, days, compensation months) for service from start to end inclusive."""
    stop = end + _dt.timedelta(days=1)
    years = 0
    while add_years(start, years + 1) <= stop:
        years += 1
    base = add_years(start, years)
    months = 0
    while add_months(base, months + 1) <= stop:
        months += 1
    days = (stop - add_months(base, months)).days
    comp = Decimal(years) + (Decimal(1) if months >= 6 else Decimal("0.5") if (months or days) else Decimal(0))
    return years, months, days, comp


def economic_compensation(start, end, average_wage, local_average=None) -> tuple[Decimal, list[str]]:
    years, months, days, n = service_months(start, end)
    lines = [f"工作年限：{cn_date(start)}至{cn_date(end)}，计{years}年{months}个月{days}天，"
             f"按劳动合同法第四十七条折算{num(n)}个月"]
    wage = D(average_wage)
    if local_average is not None and wage > D(local_average) * 3:
        cap = D(local_average) * 3
        lines.append(f"月工资{money(wage)}高于当地上年度职工月平均工资{money(local_average)}的三倍{money(cap)}，"
                     f"按{money(cap)}计算，年限最高十二年")
        wage, n = cap, min(n, Decimal(12))
    amount = cents(wage * n)
    lines.append(f"经济补偿：{money(wage)}×{num(n)}＝{money(amount)}")
    return amount, lines


def make(ctx: Ctx) -> Outcome:
    el = ctx.el
    people = [p for p in ctx.e.parties if p.kind == "person" and p.role in ("原告", "被告")]
    orgs = [p for p in ctx.e.parties if p.kind == "organization" and p.role in ("原告", "被告")]
    emp = ctx.party(el.get("employee"), people or ctx.plaintiffs)
    firm = ctx.party(el.get("employer"), orgs or ctx.defendants)
    wages = el.get("unpaid_wages") or []
    wage_total = sum((D(w["amount"]) for w in wages), Decimal(0))
    comps: list[str] = []
    findings = []
    if el.get("start_date"):
        findings.append(f"1.劳动关系：{emp.name}于{cn_date(el['start_date'])}入职{firm.name}"
                        + (f"，{cn_date(el['end_date'])}劳动关系解除（终止）" if el.get("end_date") else "") + "。")
    if el.get("average_wage") is not None:
        findings.append(f"{len(findings) + 1}.工资标准：{emp.name}解除劳动合同前十二个月的月平均工资为{money(el['average_wage'])}。")
    if wages:
        findings.append(f"{len(findings) + 1}.欠付工资：" + "；".join(f"{w['period']}工资{money(w['amount'])}" for w in wages)
                        + f"，合计{money(wage_total)}。")
        comps.append("欠付工资：" + "＋".join(money(w["amount"]) for w in wages) + f"＝{money(wage_total)}")
    arb = ctx.c.get("arbitration") or {}
    if arb:
        findings.append(f"{len(findings) + 1}.仲裁情况：{arb.get('commission', '')}于"
                        f"{cn_date(arb['award_date']) if arb.get('award_date') else ''}作出{arb.get('award_number', '')}"
                        f"仲裁裁决{('：' + arb['result'].rstrip('。')) if arb.get('result') else ''}。")

    reasoning = [f"{emp.name}与{firm.name}之间存在劳动关系，双方的合法权益均受法律保护。"]
    orders = []
    e_, f_ = f"原告{emp.name}" if emp.role == "原告" else f"被告{emp.name}", f"{firm.role}{firm.name}"
    if wages:
        c30 = ctx.cite(LCL, 30)
        c50 = ctx.cite("中华人民共和国劳动法", 50)
        cits = "，".join(x for x in (c30, c50) if x)
        reasoning.append(f"用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。{firm.name}欠付{emp.name}"
                         f"工资{money(wage_total)}，应予支付" + (f"（{cits}）" if cits else "") + "。")
        orders.append(f"{f_}{DEADLINE}支付{e_}工资{money(wage_total)}")
    ec = Decimal(0)
    if el.get("termination"):
        ctx.need("start_date", "end_date", "average_wage")
        key = el["termination"]
        if key not in TERMINATION:
            raise DraftError(f"termination 无效：{key}（可选：{'、'.join(TERMINATION)}）")
        item, why, factor = TERMINATION[key]
        start, end = ctx.date("start_date"), ctx.date("end_date")
        if start < _dt.date(2008, 1, 1):
            ctx.flags.append("工作年限跨越2008年1月1日，之前的年限应依当时规定计算（劳动合同法第九十七条），请核对")
        amount, lines = economic_compensation(start, end, el["average_wage"], el.get("local_average_wage"))
        comps += lines
        if factor == 0:
            c = ctx.cite(LCL, 46)
            reasoning.append(f"本案系{why}，不属于用人单位应当支付经济补偿的情形" + (f"（{c}）" if c else "")
                             + f"，{emp.name}要求支付经济补偿的请求，本院不予支持。")
        elif factor == 2:
            ec = amount * 2
            comps.append(f"违法解除赔偿金：{money(amount)}×2＝{money(ec)}")
            c = ctx.cites(LCL, 47, 48, 87)
            reasoning.append(f"{why}，应当依照经济补偿标准的二倍支付赔偿金{money(ec)}" + (f"（{c}）" if c else "") + "。")
            orders.append(f"{f_}{DEADLINE}支付{e_}违法解除劳动合同赔偿金{money(ec)}")
        else:
            ec = amount
            c = ctx.cites(LCL, 46, 47)
            reasoning.append(f"本案系{why}，属于劳动合同法第四十六条第（{item}）项规定的情形，{firm.name}应当支付经济补偿。"
                             f"经核算，经济补偿为{money(ec)}" + (f"（{c}）" if c else "") + "。")
            orders.append(f"{f_}{DEADLINE}支付{e_}解除劳动合同经济补偿{money(ec)}")
    double = Decimal(0)
    if el.get("no_contract_months"):
        months = D(el["no_contract_months"])
        if months > 11:
            ctx.flags.append(f"未订立书面劳动合同的二倍工资最多计算十一个月，确认的{num(months)}个月已按十一个月计算")
            months = Decimal(11)
        wage = D(el.get("no_contract_wage") or el.get("average_wage") or 0)
        if not wage:
            ctx.refuse_missing([], ["no_contract_wage"])
        double = cents(wage * months)
        comps.append(f"未订立书面劳动合同二倍工资差额：{money(wage)}×{num(months)}个月＝{money(double)}")
        findings.append(f"{len(findings) + 1}.书面合同：{firm.name}自用工之日起超过一个月未与{emp.name}订立书面劳动合同，"
                        f"应支付二倍工资的期间为{num(months)}个月，月工资{money(wage)}。")
        c82 = ctx.cite(LCL, 82)
        reasoning.append(f"{firm.name}自用工之日起超过一个月不满一年未与{emp.name}订立书面劳动合同，应当每月支付二倍的工资，"
                         f"即另行支付工资差额{money(double)}" + (f"（{c82}）" if c82 else "") + "。")
        orders.append(f"{f_}{DEADLINE}支付{e_}未订立书面劳动合同二倍工资差额{money(double)}")
    if not orders:
        orders.append(f"驳回{ctx.labels(ctx.plaintiffs)}的诉讼请求")
        return Outcome(findings, reasoning, orders, money=False, awarded=Decimal(0), computations=comps)
    awarded = wage_total + ec + double
    claimed = D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))
