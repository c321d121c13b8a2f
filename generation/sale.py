"""买卖合同纠纷: price, payments, the unpaid balance, and either the agreed 违约金 or, without an
agreement, the 逾期付款损失 of 买卖合同解释 art. 18 para. 4: the one-year LPR at the time of the
breach plus 30–50 % (the judge confirms the mark-up; default 50 %); for a breach before 2019-08-20 the
PBOC one-year benchmark rate of the same period (legal/pboc_rates.py, following each adjustment) with
the same mark-up (逾期罚息利率标准).

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  seller, buyer (default first 原告 / 被告), contract_date, goods, total_price, delivered_on,
  payment_due (the agreed payment date), payments [{date, amount}], penalty_daily_rate (agreed, e.g.
  0.0005 for 日万分之五) or penalty_annual_rate (percent), lpr_markup (percent, 30–50, default 50),
  interest_until (default filing date).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from courtdoc.legal.lpr import FIRST_DATE as LPR_REFORM
from courtdoc.legal.pboc_rates import BenchmarkUnavailable, changes

from .civil import CIVIL, DEADLINE, Ctx, DraftError, Outcome
from .element_types import DATE, MONEY, NUMBER, PERCENT, rows
from .fmt import D, cn_date, money, num, pct
from .interest import ONE_DAY, Payment, RateStep, accrue
from .lending import lpr_checked

TYPE = "sale"
CAUSES = ("买卖合同纠纷", "分期付款买卖合同纠纷")
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("seller", "出卖人", False), ("buyer", "买受人", False), ("contract_date", "合同订立日期", False, DATE),
    ("goods", "标的物", False), ("total_price", "总价款", True, MONEY), ("delivered_on", "交付日期", False, DATE),
    ("payment_due", "约定付款期限", True, DATE),
    ("payments", "已付款项", False, rows(("date", "付款日期", True, DATE), ("amount", "金额", True, MONEY))),
    ("penalty_daily_rate", "约定违约金日利率（小数，日万分之五填0.0005）", False, NUMBER),
    ("penalty_annual_rate", "约定违约金年利率", False, PERCENT),
    ("lpr_markup", "逾期付款损失LPR加计比例（30–50，默认50）", False, PERCENT),
    ("interest_until", "暂计截止日", False, DATE),
)
SALE_LAW = "最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释"


def make(ctx: Ctx) -> Outcome:
    ctx.need("total_price", "payment_due")
    el = ctx.el
    seller = ctx.party(el.get("seller"), ctx.plaintiffs)
    buyer = ctx.party(el.get("buyer"), ctx.defendants)
    price = ctx.amount("total_price")
    due = ctx.date("payment_due")
    cutoff = ctx.date("interest_until", ctx.filed_on)
    payments = [Payment(ctx_date(p["date"]), D(p["amount"]), "principal") for p in el.get("payments") or []]
    before = [p for p in payments if p.day <= due]
    after = [p for p in payments if p.day > due]
    paid_before = sum((p.amount for p in before), Decimal(0))
    unpaid_at_due = price - paid_before
    if unpaid_at_due <= 0 and not after:
        raise DraftError("按确认的要素，货款已于付款期限前付清，无欠款")
    start = due + ONE_DAY
    ctx.before_civil_code(ctx.date("contract_date") or due, "买卖合同订立")
    comps = [f"货款：总价{money(price)}，付款期限届满前已付{money(paid_before)}，期限届满时欠付{money(unpaid_at_due)}"]
    if el.get("penalty_daily_rate") is not None:
        daily = D(el["penalty_daily_rate"])
        annual = daily * 365 * 100
        label = f"约定违约金日{num(daily * 100)}%（折合年利率{pct(annual)}）"
        kind = "违约金"
    elif el.get("penalty_annual_rate") is not None:
        annual = D(el["penalty_annual_rate"])
        label = f"约定违约金年利率{pct(annual)}"
        kind = "违约金"
    else:
        markup = D(el.get("lpr_markup", 50))
        if not 30 <= markup <= 50:
            ctx.flags.append(f"LPR加计比例{pct(markup)}不在30%—50%之间，请核对")
        kind = "逾期付款损失"
        if start < LPR_REFORM:
            steps = _benchmark_steps(ctx, start, cutoff, markup)
            annual = steps[-1].rate
            label = f"中国人民银行同期同类人民币贷款基准利率为基础，参照逾期罚息利率标准加计{pct(markup)}"
        else:
            lp = lpr_checked(ctx, start)
            annual = lp.rate * (100 + markup) / 100
            label = f"违约行为发生时一年期LPR{pct(lp.rate)}（{cn_date(lp.announced)}公布）加计{pct(markup)}即{pct(annual)}"
    if kind == "违约金" or start >= LPR_REFORM:
        steps = [RateStep(start, annual, label)]
    acc = accrue(unpaid_at_due, start, cutoff, steps, after)
    comps += acc.lines
    comps.append(f"截至{cn_date(cutoff)}：欠付货款{money(acc.principal)}，{kind}{money(acc.interest)}")

    findings = [f"1.合同订立：{(cn_date(el['contract_date']) + '，') if el.get('contract_date') else ''}{seller.name}与{buyer.name}"
                f"订立买卖合同，约定{buyer.name}向{seller.name}购买{el.get('goods') or '货物'}，总价款{money(price)}，"
                f"于{cn_date(due)}前付清"
                + (f"，逾期按{label}支付违约金" if kind == "违约金" else "") + "。",
                f"2.交付情况：{seller.name}已{('于' + cn_date(el['delivered_on'])) if el.get('delivered_on') else ''}交付全部货物，"
                f"{buyer.name}未提出质量异议。"]
    if payments:
        findings.append("3.付款情况：" + "；".join(f"{buyer.name}于{cn_date(p.day)}付款{money(p.amount)}" for p in payments)
                        + f"，尚欠货款{money(acc.principal)}。")
    else:
        findings.append(f"3.付款情况：{buyer.name}未支付任何货款，尚欠{money(acc.principal)}。")

    c1 = ctx.cites(CIVIL, 509, 626, 628)
    reasoning = [f"{seller.name}与{buyer.name}之间的买卖合同系双方真实意思表示，合法有效。{seller.name}已履行交货义务，"
                 f"{buyer.name}应当按照约定支付价款" + (f"（{c1}）" if c1 else "") + f"。{buyer.name}尚欠货款"
                 f"{money(acc.principal)}，应予支付。"]
    if kind == "违约金":
        c = ctx.cites(CIVIL, 577, 585)
        reasoning.append(f"双方约定了逾期付款违约金，{buyer.name}逾期付款，应按约定支付违约金" + (f"（{c}）" if c else "")
                         + f"；截至{cn_date(cutoff)}为{money(acc.interest)}。")
    else:
        c = ctx.cites(CIVIL, 577, 579)
        c18 = ctx.cite(SALE_LAW, 18)
        reasoning.append(f"双方未约定逾期付款违约金，{seller.name}主张逾期付款损失，本院以{label}计算"
                         + (f"（{'，'.join(x for x in (c, c18) if x)}）" if (c or c18) else "")
                         + f"；截至{cn_date(cutoff)}为{money(acc.interest)}。")
    s, b = f"原告{seller.name}", f"被告{buyer.name}"
    orders = []
    if acc.principal > 0:
        orders.append(f"{b}{DEADLINE}支付{s}货款{money(acc.principal)}")
    o = f"{b}{DEADLINE}支付{s}{kind}（截至{cn_date(cutoff)}为{money(acc.interest)}"
    if acc.principal > 0:
        o += f"；自{cn_date(cutoff + ONE_DAY)}起，以{money(acc.principal)}为基数，按年利率{pct(annual)}计算至实际付清之日止"
    orders.append(o + "）")
    awarded = acc.principal + acc.interest
    claimed = D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))


def _benchmark_steps(ctx: Ctx, start: _dt.date, cutoff: _dt.date, markup: Decimal) -> list[RateStep]:
    """Breach before 2019-08-20 (art. 18 para. 4): the PBOC one-year (六个月至一年) benchmark rate of
    the same period, following each adjustment, plus the 30–50 % penalty-rate mark-up."""
    try:
        rates = changes(start, max(start, cutoff), "1y")
    except BenchmarkUnavailable as exc:
        raise DraftError(str(exc)) from None
    ctx.flags.append("违约行为发生在2019年8月20日之前：逾期付款损失以中国人民银行同期一年期贷款基准利率为基础加计计算"
                     "（该利率自2015年10月24日后未再调整）；如本院对2019年8月20日之后的期间改按LPR计算，请调整")
    return [RateStep(max(start, r.adjusted), r.rate * (100 + markup) / 100,
                     f"{r.describe()}加计{pct(markup)}即{pct(r.rate * (100 + markup) / 100)}") for r in rates]


def ctx_date(s: str):
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        raise DraftError(f"付款日期格式无效：{s}") from None
