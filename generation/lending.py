"""民间借贷纠纷: principal delivered, agreed interest, repayments, overdue interest with the caps of
the 民间借贷规定 (法释〔2020〕17号): art. 24 (no agreed interest), 25 (4×one-year LPR at contract
time), 28 (overdue interest), 29 (overdue interest + penalty together capped), 31 (contracts made
before 2020-08-20: 24 % until 2020-08-19, then 4×LPR at filing).

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  lender, borrower (party names; default first 原告 / 被告), principal (actually delivered),
  loan_date, due_date (null: overdue from the filing date), contract_date (default loan_date),
  interest_rate (percent/year, null = none agreed), overdue_rate (null = none agreed),
  repayments [{date, amount, to?}] (to: interest_first, the default, or principal), interest_from (default loan_date), interest_until
  (default filing date), guarantors [names, joint and several], delivery (e.g. 银行转账),
  evidence_of_loan (e.g. 借条), penalty / other_fees (违约金 / 其他费用 claimed beside overdue
  interest: only the room left under 4×LPR over the overdue period is allowed, art. 29), old_rules
  (yes/no; contract before 2020-08-20, nothing agreed: the lender asks per art. 31 para. 2 that interest up to
  2020-08-19 follow 法释〔2015〕18号, i.e. 6 % a year from 2015-09-01).
With nothing agreed and a default before 2019-08-20 (no LPR yet), the art. 28 reference rate is the
PBOC one-year benchmark rate then in force (legal/pboc_rates.py).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from courtdoc.legal.lpr import FIRST_DATE as LPR_REFORM
from courtdoc.legal.lpr import KNOWN_THROUGH, LprUnavailable, rate_for
from courtdoc.legal.pboc_rates import BenchmarkUnavailable, benchmark_rate

from .civil import CIVIL, DEADLINE, Ctx, DraftError, Outcome
from .element_types import DATE, MONEY, NAMES, PERCENT, YESNO, choice, rows
from .fmt import D, cents, cn_date, money, pct
from .interest import ONE_DAY, Payment, RateStep, accrue

TYPE = "lending"
CAUSES = ("民间借贷纠纷", "借款合同纠纷")
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("lender", "出借人", False), ("borrower", "借款人", False),
    ("principal", "借款本金（实际交付金额）", True, MONEY),
    ("loan_date", "借款交付日期", True, DATE), ("delivery", "交付方式", False),
    ("contract_date", "借贷合同成立日期", False, DATE), ("due_date", "约定还款日期", False, DATE),
    ("interest_rate", "借期内约定年利率", False, PERCENT), ("overdue_rate", "约定逾期年利率", False, PERCENT),
    ("claimed_rate", "原告主张的年利率", False, PERCENT),
    ("repayments", "已还款项", False, rows(
        ("date", "还款日期", True, DATE), ("amount", "金额", True, MONEY),
        ("to", "抵充", False, choice(("interest_first", "先抵利息后抵本金"), ("principal", "直接抵本金"))))),
    ("interest_from", "利息起算日", False, DATE), ("interest_until", "利息暂计截止日", False, DATE),
    ("guarantors", "连带责任保证人", False, NAMES), ("evidence_of_loan", "借款凭证", False),
    ("penalty", "违约金（与逾期利息合计以四倍LPR为限）", False, MONEY),
    ("other_fees", "其他费用（与逾期利息合计以四倍LPR为限）", False, MONEY),
    ("old_rules", "原告依第三十一条第二款请求2020年8月19日前的利息适用当时的司法解释", False, YESNO),
)
NEW_RULES = _dt.date(2020, 8, 20)
OLD_CAP = Decimal(24)
OLD_NATURAL = Decimal(36)  # 法释〔2015〕18号 art. 26 para. 2: paid interest up to 36 % is not returned
OLD_RULES_FROM = _dt.date(2015, 9, 1)  # 法释〔2015〕18号 in force
OLD_NO_AGREEMENT = Decimal(6)  # its art. 29 para. 2 (1): 年利率6% when no rate was agreed
LAW = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"


def lpr_checked(ctx: Ctx, day: _dt.date):
    """The one-year LPR on ``day``; flags the figure when the bundled table may be out of date."""
    r = rate_for(day)
    if r.stale:
        ctx.flags.append(f"内置LPR表收录至{cn_date(KNOWN_THROUGH)}，{cn_date(day)}适用的LPR按{cn_date(r.announced)}公布的"
                         f"{pct(r.rate)}计算，请核对此后是否有新的公布")
    return r


def _art29(ctx: Ctx, acc, cap_list, overdue_start: _dt.date) -> tuple[Decimal, list[str]]:
    """Penalty and other fees claimed beside overdue interest: together capped at 4×LPR (art. 29)."""
    penalty = ctx.amount("penalty") or Decimal(0)
    fees_ = ctx.amount("other_fees") or Decimal(0)
    claimed = penalty + fees_
    if not claimed:
        return Decimal(0), []
    lines = [f"违约金及其他费用：主张{money(claimed)}，与逾期利息合计不得超过四倍LPR上限（第二十九条）"]
    room = Decimal(0)
    for first, last, days, balance, rate in acc.segments:
        if first < overdue_start:
            continue
        cap = next(c for frm, c, _ in reversed(cap_list) if frm <= first)
        if cap > rate:
            part = cents(balance * (cap - rate) / 100 * days / 365)
            room += part
            lines.append(f"{cn_date(first)}至{cn_date(last)}：{money(balance)}×({pct(cap)}－{pct(rate)})÷365×{days}={money(part)}")
    allowed = min(claimed, room)
    lines.append(f"上限内可支持{money(room)}，支持违约金及其他费用{money(allowed)}")
    return allowed, lines


def caps(ctx: Ctx, contract_date: _dt.date, notes: list[str]) -> list[tuple[_dt.date, Decimal, str]]:
    """[(from, cap %, label)]: the interest protection ceiling as it applies over time."""
    if contract_date >= NEW_RULES:
        r = lpr_checked(ctx, contract_date)
        cap = r.rate * 4
        notes.append(f"合同成立时（{cn_date(contract_date)}）一年期LPR为{pct(r.rate)}（{cn_date(r.announced)}公布），"
                     f"四倍为{pct(cap)}")
        return [(contract_date, cap, f"四倍LPR上限{pct(cap)}")]
    r = lpr_checked(ctx, ctx.filed_on)
    cap = r.rate * 4
    notes.append(f"借贷合同成立于2020年8月20日之前：2020年8月19日之前的利息以年利率24%为限；"
                 f"自2020年8月20日起以起诉时（{cn_date(ctx.filed_on)}）一年期LPR {pct(r.rate)}的四倍即{pct(cap)}为限")
    return [(_dt.date(1900, 1, 1), OLD_CAP, "年利率24%上限"), (NEW_RULES, cap, f"四倍LPR上限{pct(cap)}")]


def _reference_rate(ctx: Ctx, day: _dt.date) -> tuple[Decimal, str]:
    """Art. 28 para. 2 (1): nothing agreed → the one-year rate "当时" (when the default began): the
    LPR, or for a default before 2019-08-20, when no LPR existed, the PBOC one-year benchmark rate."""
    if day < LPR_REFORM:
        try:
            b = benchmark_rate(day, "1y")
        except BenchmarkUnavailable as exc:
            raise DraftError(str(exc)) from None
        ctx.flags.append(f"逾期发生于{cn_date(day)}，当时尚无贷款市场报价利率（LPR），逾期利息参照{b.describe()}计算，请核对")
        return b.rate, f"未约定利息，逾期时尚无LPR，参照中国人民银行一年期贷款基准利率（{cn_date(b.adjusted)}调整）"
    lp = lpr_checked(ctx, day)
    return lp.rate, f"未约定利息，参照逾期时一年期LPR（{cn_date(lp.announced)}公布）"


def _old_rule_steps(ostart: _dt.date, over_steps: list[RateStep], claimed: Decimal | None) -> list[RateStep]:
    """Art. 31 para. 2: the lender asks that interest up to 2020-08-19 follow the interpretation of
    that time (法释〔2015〕18号, in force from 2015-09-01: nothing agreed → 6 % a year from the
    default); the days before 2015-09-01 and from 2020-08-20 keep the reference rate."""
    rate = OLD_NO_AGREEMENT if claimed is None else min(OLD_NO_AGREEMENT, claimed)
    label = "原告请求适用当时的司法解释（法释〔2015〕18号），未约定利息的逾期利息按年利率6%"
    out = [s for s in over_steps if s.start < OLD_RULES_FROM]
    out.append(RateStep(max(ostart, OLD_RULES_FROM), rate, label))
    later = [s for s in over_steps if s.start >= NEW_RULES]
    if not later:  # the reference rate in force on 2020-08-20
        ref = [s for s in over_steps if s.start <= NEW_RULES][-1]
        later = [RateStep(NEW_RULES, ref.rate, ref.label)]
    return out + later


def _capped(rate: Decimal, label: str, caps_: list, start: _dt.date, claimed: Decimal | None = None) -> list[RateStep]:
    """One rate from ``start`` split wherever the ceiling changes; never above the rate claimed."""
    out = []
    agreed = rate
    if claimed is not None and claimed < rate:
        label, rate = f"{label}{pct(rate)}，原告主张按年利率", claimed
    for i, (frm, cap, cap_label) in enumerate(caps_):
        nxt = caps_[i + 1][0] if i + 1 < len(caps_) else None
        if nxt is not None and nxt <= start:
            continue
        s = max(frm, start)
        # before 2020-08-20 the old rule: interest paid between 24 % and 36 % is not returned
        natural = min(agreed, OLD_NATURAL) if (cap == OLD_CAP and frm < NEW_RULES and agreed > cap) else None
        if rate > cap:
            out.append(RateStep(s, cap, f"{label}{pct(rate)}超过上限，按{cap_label}", natural))
        else:
            out.append(RateStep(s, rate, f"{label}{pct(rate)}", natural))
    return out


def make(ctx: Ctx) -> Outcome:
    ctx.need("principal", "loan_date")
    el = ctx.el
    lender = ctx.party(el.get("lender"), ctx.plaintiffs)
    borrower = ctx.party(el.get("borrower"), ctx.defendants)
    guarantors = [ctx.party(n, ctx.defendants) for n in el.get("guarantors") or []]
    principal = ctx.amount("principal")
    loan_date = ctx.date("loan_date")
    due = ctx.date("due_date")
    contract_date = ctx.date("contract_date", loan_date)
    start = ctx.date("interest_from", loan_date)
    cutoff = ctx.date("interest_until", ctx.filed_on)
    r_in = ctx.amount("interest_rate")
    r_over = ctx.amount("overdue_rate")
    claimed_rate = ctx.amount("claimed_rate")  # the rate the plaintiff asks for: never award more
    if cutoff < loan_date:
        raise DraftError("利息计算截止日早于借款交付日")
    notes: list[str] = []
    ctx.before_civil_code(contract_date, "借贷合同成立")
    try:
        cap_list = caps(ctx, contract_date, notes)
    except LprUnavailable as exc:
        raise DraftError(str(exc)) from None

    overdue_start = (due + ONE_DAY) if due else ctx.filed_on
    if not due:
        ctx.flags.append("未约定还款期限：逾期利息自起诉之日起计算，请核对")
    steps: list[RateStep] = []
    if r_in:
        steps += _capped(r_in, "借期内约定年利率", cap_list, start, claimed_rate)
    else:
        steps.append(RateStep(start, Decimal(0), "未约定借期内利息"))
    if r_over:
        over_rate, over_label = r_over, "约定逾期年利率"
    elif r_in:
        over_rate, over_label = r_in, "未约定逾期利率，按借期内年利率"
    else:
        over_rate, over_label = _reference_rate(ctx, overdue_start)
    ostart = max(overdue_start, start)
    over_steps = _capped(over_rate, over_label, cap_list, ostart, claimed_rate)
    old_rule = ctx.yes("old_rules") and contract_date < NEW_RULES and not r_in and not r_over
    if old_rule and ostart < NEW_RULES:
        over_steps = _old_rule_steps(ostart, over_steps, claimed_rate)
    steps = [s for s in steps if s.start < ostart] + over_steps

    payments = [Payment(_dt.date.fromisoformat(p["date"]), D(p["amount"]),
                        p.get("to", "interest_first")) for p in el.get("repayments") or []]
    acc = accrue(principal, start, cutoff, steps, payments)
    final = acc.last_rate or steps[-1]
    extra, extra_lines = _art29(ctx, acc, cap_list, ostart)
    comps = ["利息计算规则：按日计息（年利率÷365），起止日均计入，各期利息分别四舍五入至分；还款先抵充利息后抵充本金。"]
    comps += notes + acc.lines
    comps.append(f"截至{cn_date(cutoff)}：剩余本金{money(acc.principal)}，未付利息{money(acc.interest)}。")
    comps += extra_lines

    # element table (本院查明)
    evidence = el.get("evidence_of_loan") or "借条"
    agreed = [f"借款{money(principal)}"]
    if r_in:
        agreed.append(f"借期内年利率{pct(r_in)}")
    else:
        agreed.append("未约定借期内利息")
    agreed.append(f"还款期限至{cn_date(due)}" if due else "未约定还款期限")
    if r_over:
        agreed.append(f"逾期年利率{pct(r_over)}")
    findings = [
        f"1.借款合意：{cn_date(contract_date)}，{borrower.name}向{lender.name}出具{evidence}，约定" + "，".join(agreed) + "。",
        f"2.借款交付：{lender.name}于{cn_date(loan_date)}通过{el.get('delivery') or '银行转账'}向{borrower.name}"
        f"交付借款{money(principal)}。",
    ]
    if payments:
        findings.append("3.还款情况：" + "；".join(f"{borrower.name}于{cn_date(p.day)}还款{money(p.amount)}"
                                                  for p in payments) + "。")
    else:
        findings.append(f"3.还款情况：{borrower.name}至今未偿还借款本息。")
    n = 4
    if guarantors:
        findings.append(f"{n}.担保情况：{'、'.join(g.name for g in guarantors)}在{evidence}上作为保证人签字，"
                        "约定承担连带责任保证。")
        n += 1
    findings.append(f"{n}.欠款数额：截至{cn_date(cutoff)}，{borrower.name}尚欠借款本金{money(acc.principal)}，"
                    f"利息{money(acc.interest)}。")

    # 本院认为
    civ = ctx.cites(CIVIL, 667, 675)
    reasoning = [
        f"{lender.name}与{borrower.name}之间的民间借贷关系有{evidence}及交付凭证为证，系双方真实意思表示，"
        f"不违反法律、行政法规的强制性规定，合法有效。{lender.name}已交付借款{money(principal)}，"
        f"{borrower.name}应当按照约定的期限返还借款"
        + (f"（{civ}）" if civ else "") + "。"
    ]
    interest_basis = []
    if r_in:
        c25 = ctx.cite(LAW, 25)
        interest_basis.append(f"双方约定借期内年利率{pct(r_in)}" + (
            "，超过合同成立时一年期贷款市场报价利率四倍，超过部分不予支持" if r_in > cap_list[-1][1] and contract_date >= NEW_RULES
            else "，未超过法定保护上限，予以支持") + (f"（{c25}）" if c25 else ""))
    else:
        c24 = ctx.cite(LAW, 24)
        interest_basis.append("双方未约定借期内利息，借期内利息不予支持" + (f"（{c24}）" if c24 else ""))
    c676 = ctx.cite(CIVIL, 676)
    c28 = ctx.cite(LAW, 28)
    over_text = f"{borrower.name}逾期未还款，应当支付逾期利息" + (f"（{c676}）" if c676 else "")
    if claimed_rate is not None and claimed_rate < min(over_rate, cap_list[-1][1]):
        over_text += f"；{lender.name}主张按年利率{pct(claimed_rate)}计算，不超过约定及法定上限，予以支持"
    elif r_over and r_over > cap_list[-1][1]:
        over_text += f"；约定的逾期年利率{pct(r_over)}超过上限，按{pct(cap_list[-1][1])}计算"
    elif not r_over and r_in:
        over_text += "；未约定逾期利率，按借期内利率计算"
    elif not r_over and overdue_start < LPR_REFORM:
        over_text += ("；双方既未约定借期内利率也未约定逾期利率，逾期发生时尚无贷款市场报价利率，"
                      "参照当时中国人民银行一年期贷款基准利率计算")
    elif not r_over:
        over_text += "；双方既未约定借期内利率也未约定逾期利率，参照当时一年期贷款市场报价利率计算"
    interest_basis.append(over_text + (f"（{c28}）" if c28 else ""))
    if old_rule and ostart < NEW_RULES:
        c31 = ctx.cite(LAW, 31)
        interest_basis.append(f"{lender.name}请求自合同成立至2020年8月19日的利息适用当时的司法解释（法释〔2015〕18号）"
                              + (f"（{c31}）" if c31 else "") + "，该司法解释自2015年9月1日施行，未约定利率的，"
                              "逾期利息按年利率6%计算，本院予以支持")
    if contract_date < NEW_RULES and not old_rule:
        c31 = ctx.cite(LAW, 31)
        interest_basis.append("本案借贷合同成立于2020年8月20日之前，利息分段适用保护标准" + (f"（{c31}）" if c31 else ""))
    reasoning.append("关于利息，" + "；".join(interest_basis) + "。" + "".join(notes[:1]) + "。")
    if extra_lines:
        c29 = ctx.cite(LAW, 29)
        reasoning.append(f"{lender.name}同时主张逾期利息和违约金等费用，总计超过合同成立时一年期贷款市场报价利率四倍的部分不予支持"
                         + (f"（{c29}）" if c29 else "") + f"，本院支持违约金及其他费用{money(extra)}。")
    if acc.paid_natural:
        reasoning.append(f"{borrower.name}在2020年8月20日之前按超过年利率24%的约定支付的利息，依当时的司法解释"
                         f"（法释〔2015〕18号），未超过年利率36%的部分{money(acc.paid_natural)}不予返还，不抵充本金。")
    if payments:
        c561 = ctx.cite(CIVIL, 561)
        reasoning.append(f"{borrower.name}已还款项，先抵充利息，再抵充本金" + (f"（{c561}）" if c561 else "") + "。")
    reasoning.append(f"经核算，截至{cn_date(cutoff)}，{borrower.name}尚欠借款本金{money(acc.principal)}、"
                     f"利息{money(acc.interest)}，此后的利息以{money(acc.principal)}为基数按年利率"
                     f"{pct(final.rate)}计算至实际清偿之日止。")
    if guarantors:
        cg = ctx.cites(CIVIL, 688, 700)
        reasoning.append(f"{'、'.join(g.name for g in guarantors)}作为连带责任保证人，应对上述债务承担连带清偿责任，"
                         f"承担保证责任后有权向{borrower.name}追偿" + (f"（{cg}）" if cg else "") + "。")

    orders = []
    b, le = f"被告{borrower.name}", f"原告{lender.name}"
    if acc.principal > 0:
        orders.append(f"{b}{DEADLINE}偿还{le}借款本金{money(acc.principal)}")
    next_day = cutoff + ONE_DAY
    interest_order = f"{b}{DEADLINE}支付{le}利息（截至{cn_date(cutoff)}的利息为{money(acc.interest)}"
    if acc.principal > 0 and final.rate > 0:
        interest_order += (f"；自{cn_date(next_day)}起，以{money(acc.principal)}为基数，按年利率{pct(final.rate)}"
                           "计付至借款实际清偿之日止")
    interest_order += "）"
    if acc.interest > 0 or (acc.principal > 0 and final.rate > 0):
        orders.append(interest_order)
    if extra > 0:
        orders.append(f"{b}{DEADLINE}支付{le}违约金及其他费用{money(extra)}")
    if guarantors:
        items = "、".join(["一", "二", "三"][: len(orders)])
        orders.append(f"被告{'、'.join(g.name for g in guarantors)}对本判决第{items}项确定的债务承担连带清偿责任；"
                      f"承担保证责任后，有权向{b}追偿")
    if not orders:
        raise DraftError("按确认的要素计算，借款本息已全部清偿，无需判决给付；请核对要素")
    awarded = acc.principal + acc.interest + extra
    claimed = D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))
