"""金融借款合同纠纷 and 信用卡纠纷: the bank's figures as the judge confirms them at a cut-off date,
then penalty interest on the outstanding principal until payment.

confirmed.elements (input types in ELEMENT_TABLE, see element_types):
  lender (the bank; default first 原告), borrower, guarantors [names], contract_date, loan_amount,
  loan_date, due_date, interest_rate (percent/year), penalty_rate (percent/year, 罚息利率 applied
  after the cut-off), as_of (cut-off, 暂计至), principal_outstanding, interest_outstanding,
  penalty_interest, compound_interest, attorney_fee (agreed and paid), credit_card (yes/no; 信用卡纠纷:
  透支本金 / 利息 / 违约金 instead of 借款本金 / 利息 / 罚息), late_fee (credit card 违约金).
A total annual rate above 24 % is flagged (金融借款 practice; the judge decides).
"""

from __future__ import annotations

from decimal import Decimal

from .civil import CIVIL, DEADLINE, Ctx, Outcome
from .element_types import DATE, MONEY, NAMES, PERCENT, YESNO
from .fmt import D, cn_date, money, pct
from .interest import ONE_DAY

TYPE = "bank_loan"
CAUSES = ("金融借款合同纠纷", "信用卡纠纷", "银行卡纠纷")
ELEMENT_TABLE = (  # 要素表: (key, label, required, input type; see element_types)
    ("lender", "贷款人（银行）", False), ("borrower", "借款人 / 持卡人", False),
    ("credit_card", "是否信用卡纠纷", False, YESNO), ("contract_date", "合同签订日期", False, DATE),
    ("loan_amount", "借款金额", False, MONEY), ("loan_date", "放款日期", False, DATE),
    ("due_date", "借款到期日", False, DATE), ("interest_rate", "合同年利率", False, PERCENT),
    ("penalty_rate", "逾期罚息年利率", False, PERCENT), ("as_of", "欠款暂计截止日", True, DATE),
    ("principal_outstanding", "欠付本金", True, MONEY), ("interest_outstanding", "欠付利息", False, MONEY),
    ("penalty_interest", "罚息", False, MONEY), ("compound_interest", "复利", False, MONEY),
    ("late_fee", "违约金", False, MONEY), ("attorney_fee", "律师费（约定由借款人负担）", False, MONEY),
    ("guarantors", "连带责任保证人", False, NAMES),
)


def make(ctx: Ctx) -> Outcome:
    ctx.need("principal_outstanding", "as_of")
    el = ctx.el
    card = ctx.yes("credit_card") or ctx.e.cause_of_action == "信用卡纠纷"
    bank = ctx.party(el.get("lender"), ctx.plaintiffs)
    debtor = ctx.party(el.get("borrower"), ctx.defendants)
    guarantors = [ctx.party(n, ctx.defendants) for n in el.get("guarantors") or []]
    as_of = ctx.date("as_of")
    principal = ctx.amount("principal_outstanding")
    parts = [("透支本金" if card else "借款本金", principal)]
    for key, name_loan, name_card in (("interest_outstanding", "利息", "透支利息"),
                                      ("penalty_interest", "罚息", "违约金"),
                                      ("compound_interest", "复利", "复利"),
                                      ("late_fee", "违约金", "违约金")):
        v = ctx.amount(key)
        if v:
            parts.append((name_card if card else name_loan, v))
    fee = ctx.amount("attorney_fee")
    total = sum((v for _, v in parts), Decimal(0))
    comps = [f"截至{cn_date(as_of)}：" + "＋".join(f"{n}{money(v)}" for n, v in parts) + f"＝{money(total)}"]
    rate = ctx.amount("interest_rate")
    penalty = ctx.amount("penalty_rate")
    if penalty is None and rate is not None:
        penalty = rate * Decimal("1.5")
        comps.append(f"罚息利率未单独确认，按合同利率上浮50%：{pct(rate)}×1.5＝{pct(penalty)}")
    if penalty and penalty > 24:
        ctx.flags.append(f"罚息年利率{pct(penalty)}超过年利率24%，请审查是否调减")
    if fee:
        comps.append(f"律师费{money(fee)}（合同约定由借款人负担，已实际支出）")

    if card:
        findings = [f"1.领用合约：{debtor.name}向{bank.name}申领信用卡并签订领用合约"
                    + (f"（{cn_date(el['contract_date'])}）" if el.get("contract_date") else "") + "。",
                    f"2.透支及欠款：{debtor.name}使用信用卡透支消费后未按约还款，截至{cn_date(as_of)}尚欠"
                    + "、".join(f"{n}{money(v)}" for n, v in parts) + f"，合计{money(total)}。"]
    else:
        terms = []
        if el.get("loan_amount"):
            terms.append(f"借款金额{money(el['loan_amount'])}")
        if rate is not None:
            terms.append(f"年利率{pct(rate)}")
        if penalty is not None:
            terms.append(f"逾期罚息年利率{pct(penalty)}")
        if el.get("due_date"):
            terms.append(f"借款期限至{cn_date(el['due_date'])}")
        findings = [f"1.借款合同：{(cn_date(el['contract_date']) + '，') if el.get('contract_date') else ''}{bank.name}与"
                    f"{debtor.name}签订借款合同，约定" + ("，".join(terms) or "借款事项") + "。",
                    f"2.放款：{bank.name}于{cn_date(el['loan_date']) if el.get('loan_date') else '合同约定日期'}"
                    f"依约发放贷款{money(el.get('loan_amount') or principal)}。",
                    f"3.欠款：{debtor.name}未按约还款，截至{cn_date(as_of)}尚欠"
                    + "、".join(f"{n}{money(v)}" for n, v in parts) + f"，合计{money(total)}。"]
    if guarantors:
        findings.append(f"{len(findings) + 1}.担保：{'、'.join(g.name for g in guarantors)}与{bank.name}签订保证合同，"
                        "约定承担连带责任保证。")
    if fee:
        findings.append(f"{len(findings) + 1}.律师费：合同约定实现债权的费用由借款人负担，{bank.name}为本案支出律师费{money(fee)}。")

    basis = ctx.cites(CIVIL, 509, 667, 674, 675, 676)
    what = "信用卡领用合约" if card else "借款合同"
    reasoning = [f"{bank.name}与{debtor.name}签订的{what}系双方真实意思表示，合法有效。{bank.name}已依约履行"
                 f"{'发卡及透支结算' if card else '放款'}义务，{debtor.name}未按约定还款，构成违约，应当偿还欠款并按约定"
                 "支付利息及逾期利息" + (f"（{basis}）" if basis else "") + "。",
                 f"经核对，截至{cn_date(as_of)}，{debtor.name}尚欠" + "、".join(f"{n}{money(v)}" for n, v in parts)
                 + f"，合计{money(total)}；此后以{money(principal)}为基数按年利率{pct(penalty or 0)}计收逾期利息至实际清偿之日止。"]
    if guarantors:
        cg = ctx.cites(CIVIL, 688, 700)
        reasoning.append(f"{'、'.join(g.name for g in guarantors)}作为连带责任保证人，应当对上述债务承担连带清偿责任，"
                         f"承担保证责任后有权向{debtor.name}追偿" + (f"（{cg}）" if cg else "") + "。")
    if fee:
        reasoning.append(f"合同约定实现债权的费用由借款人负担，{bank.name}主张律师费{money(fee)}，本院予以支持。")

    d, b = f"被告{debtor.name}", f"原告{bank.name}"
    first = (f"{d}{DEADLINE}偿还{b}" + "、".join(f"{n}{money(v)}" for n, v in parts)
             + f"（以上合计{money(total)}，暂计至{cn_date(as_of)}）")
    if penalty:
        first += (f"，并支付自{cn_date(as_of + ONE_DAY)}起至实际清偿之日止的逾期利息（以{money(principal)}为基数，"
                  f"按年利率{pct(penalty)}计算）")
    orders = [first]
    if fee:
        orders.append(f"{d}{DEADLINE}支付{b}律师费{money(fee)}")
    if guarantors:
        items = "、".join(["一", "二"][: len(orders)])
        orders.append(f"被告{'、'.join(g.name for g in guarantors)}对本判决第{items}项确定的债务承担连带清偿责任；"
                      f"承担保证责任后，有权向{d}追偿")
    awarded = total + (fee or 0)
    claimed = D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None
    return Outcome(findings, reasoning, orders, awarded=awarded, computations=comps,
                   cause="信用卡纠纷" if card else None,
                   reject_rest=bool(claimed is not None and awarded < claimed - Decimal("0.005")))
