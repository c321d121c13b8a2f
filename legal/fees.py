"""Case acceptance fees (案件受理费) under 诉讼费用交纳办法 (国务院令第481号, in force 2007-04-01).

Article 13 sets the fee for every kind of case; art. 15 halves it for cases closed by mediation or
withdrawn, art. 16 for cases tried under the summary procedure (简易程序, which includes small
claims). Where the statute gives a range (离婚 50-300元, 人格权 100-500元, 其他非财产 50-100元,
知识产权无争议金额 500-1000元, 管辖权异议 50-100元) the provinces fix the figure inside it
(art. 13, last paragraph); this module returns the LOWER bound and states the range in the
explanation, so a clerk sees both and can apply the local standard.

Rounding: fees are computed exactly (Decimal) and rounded half-up to the fen (0.01元); the halving
is applied once even where a summary-procedure case is also mediated (the two articles do not
stack in court practice).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["FeeResult", "FeeError", "acceptance_fee", "fee_category", "split_fee", "property_fee",
           "CATEGORIES"]

LAW = "诉讼费用交纳办法"

PROPERTY = "财产案件"
DIVORCE = "离婚案件"
PERSONALITY = "人格权案件"
NON_PROPERTY = "其他非财产案件"
IP = "知识产权案件"
LABOUR = "劳动争议案件"
ADMIN_SPECIAL = "商标、专利、海事行政案件"
ADMIN = "其他行政案件"
JURISDICTION = "管辖权异议"

CATEGORIES = (PROPERTY, DIVORCE, PERSONALITY, NON_PROPERTY, IP, LABOUR, ADMIN_SPECIAL, ADMIN,
              JURISDICTION)

_CATEGORY_ALIASES = {
    "property": PROPERTY, "财产": PROPERTY,
    "divorce": DIVORCE, "离婚": DIVORCE,
    "personality": PERSONALITY, "人格权": PERSONALITY,
    "non_property": NON_PROPERTY, "其他非财产": NON_PROPERTY, "非财产案件": NON_PROPERTY,
    "ip": IP, "知识产权": IP, "知识产权民事案件": IP,
    "labour": LABOUR, "labor": LABOUR, "劳动争议": LABOUR,
    "admin_special": ADMIN_SPECIAL, "商标专利海事行政案件": ADMIN_SPECIAL,
    "administrative": ADMIN, "行政": ADMIN, "行政案件": ADMIN,
    "jurisdiction": JURISDICTION, "管辖权异议案件": JURISDICTION,
}

# (upper bound of the bracket in yuan or None, rate); the first bracket is the flat 50元.
_PROPERTY_BRACKETS = [
    (Decimal(100_000), Decimal("0.025")),
    (Decimal(200_000), Decimal("0.02")),
    (Decimal(500_000), Decimal("0.015")),
    (Decimal(1_000_000), Decimal("0.01")),
    (Decimal(2_000_000), Decimal("0.009")),
    (Decimal(5_000_000), Decimal("0.008")),
    (Decimal(10_000_000), Decimal("0.007")),
    (Decimal(20_000_000), Decimal("0.006")),
    (None, Decimal("0.005")),
]

_HALVING = {
    "ordinary": None, "普通程序": None,
    "summary": "第十六条", "简易程序": "第十六条", "small_claims": "第十六条", "小额诉讼": "第十六条",
    "小额诉讼程序": "第十六条",
    "mediated": "第十五条", "调解": "第十五条", "withdrawn": "第十五条", "撤诉": "第十五条",
}


class FeeError(ValueError):
    """The fee cannot be computed from what was given (message in Chinese)."""


@dataclass(frozen=True)
class FeeResult:
    amount: float
    basis: str
    explanation: str
    category: str
    range: tuple[float, float] | None = field(default=None)

    def to_dict(self) -> dict:
        return {"acceptance_fee": self.amount, "basis": self.basis}


def _yuan(x: Decimal) -> str:
    """Decimal → '2769.12' / '2300' for explanations."""
    q = x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:f}".rstrip("0").rstrip(".") if "." in f"{q:f}" else f"{q:f}"


def _pct(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}%"


def _wan(x: Decimal) -> str:
    return f"{(x / 10_000).normalize():f}万元"


def property_fee(amount: float | Decimal) -> tuple[Decimal, list[str]]:
    """Art. 13(1) cumulative brackets → (exact fee, list of Chinese computation steps)."""
    a = Decimal(str(amount))
    if a < 0:
        raise FeeError("诉讼请求金额不能为负数")
    fee = Decimal(50)
    steps = ["不超过1万元的部分50元"]
    lower = Decimal(10_000)
    for upper, rate in _PROPERTY_BRACKETS:
        if a <= lower:
            break
        top = a if upper is None else min(a, upper)
        part = top - lower
        fee += part * rate
        label = f"超过{_wan(lower)}" + (f"至{_wan(upper)}" if upper is not None and a > upper else "")
        steps.append(f"{label}的部分{_yuan(part)}元×{_pct(rate)}={_yuan(part * rate)}元")
        if upper is None:
            break
        lower = upper
    return fee, steps


def _norm_category(category: str) -> str:
    c = category.strip()
    if c in CATEGORIES:
        return c
    if c in _CATEGORY_ALIASES:
        return _CATEGORY_ALIASES[c]
    if c.lower() in _CATEGORY_ALIASES:
        return _CATEGORY_ALIASES[c.lower()]
    raise FeeError(f"未知的收费类别：{category}（可选：{'、'.join(CATEGORIES)}）")


def acceptance_fee(
    cause_of_action: str | None = None,
    amount: float | None = None,
    *,
    category: str | None = None,
    procedure: str = "ordinary",
) -> FeeResult:
    """The first-instance acceptance fee for a case.

    `category` overrides the category derived from the cause of action (fee_category). `amount`
    is the amount claimed (财产案件, 知识产权 with an amount), the property to divide (离婚), or the
    damages claimed (人格权). `procedure`: ordinary | summary | small_claims | mediated | withdrawn
    (or the Chinese names). Raises FeeError when a property case has no amount.
    """
    cat = _norm_category(category) if category else fee_category(cause_of_action)
    proc = (procedure or "ordinary").strip()
    if proc not in _HALVING:
        raise FeeError(f"未知的程序：{procedure}（可选：ordinary、summary、small_claims、mediated、withdrawn）")
    a = None
    if amount is not None:
        a = Decimal(str(amount))
        if a < 0:
            raise FeeError("金额不能为负数")

    lines: list[str] = []
    rng: tuple[float, float] | None = None
    if cat == PROPERTY or (cat == IP and a is not None and a > 0):
        if a is None:
            raise FeeError("财产案件须按诉讼请求的金额或者价额计算案件受理费，请提供标的额")
        fee, steps = property_fee(a)
        basis = f"{LAW}第十三条第（一）项" if cat == PROPERTY else f"{LAW}第十三条第（三）项、第（一）项"
        head = "财产案件" if cat == PROPERTY else "知识产权民事案件有争议金额，按财产案件标准"
        lines.append(f"{head}，标的额{_yuan(a)}元，分段累计：" + "；".join(steps) + f"；合计{_yuan(fee)}元")
    elif cat == DIVORCE:
        fee = Decimal(50)
        rng = (50.0, 300.0)
        basis = f"{LAW}第十三条第（二）项第1目"
        lines.append("离婚案件每件交纳50元至300元，按下限计50元")
        if a is not None and a > 200_000:
            extra = (a - 200_000) * Decimal("0.005")
            fee += extra
            lines.append(f"涉及财产分割，财产总额{_yuan(a)}元，超过20万元的部分{_yuan(a - 200_000)}元×0.5%="
                         f"{_yuan(extra)}元；合计{_yuan(fee)}元")
        elif a is not None and a > 0:
            lines.append(f"财产总额{_yuan(a)}元未超过20万元，不另行交纳")
    elif cat == PERSONALITY:
        fee = Decimal(100)
        rng = (100.0, 500.0)
        basis = f"{LAW}第十三条第（二）项第2目"
        lines.append("侵害人格权案件每件交纳100元至500元，按下限计100元")
        if a is not None and a > 50_000:
            part1 = min(a, Decimal(100_000)) - 50_000
            extra = part1 * Decimal("0.01")
            detail = f"超过5万元至10万元的部分{_yuan(part1)}元×1%={_yuan(extra)}元"
            if a > 100_000:
                part2 = a - 100_000
                extra += part2 * Decimal("0.005")
                detail += f"，超过10万元的部分{_yuan(part2)}元×0.5%={_yuan(part2 * Decimal('0.005'))}元"
            fee += extra
            lines.append(f"涉及损害赔偿{_yuan(a)}元：{detail}；合计{_yuan(fee)}元")
        elif a is not None and a > 0:
            lines.append(f"赔偿金额{_yuan(a)}元未超过5万元，不另行交纳")
    elif cat == NON_PROPERTY:
        fee, rng = Decimal(50), (50.0, 100.0)
        basis = f"{LAW}第十三条第（二）项第3目"
        lines.append("其他非财产案件每件交纳50元至100元，按下限计50元")
    elif cat == IP:
        fee, rng = Decimal(500), (500.0, 1000.0)
        basis = f"{LAW}第十三条第（三）项"
        lines.append("知识产权民事案件没有争议金额或者价额的，每件交纳500元至1000元，按下限计500元")
    elif cat == LABOUR:
        fee = Decimal(10)
        basis = f"{LAW}第十三条第（四）项"
        lines.append("劳动争议案件每件交纳10元")
    elif cat == ADMIN_SPECIAL:
        fee = Decimal(100)
        basis = f"{LAW}第十三条第（五）项第1目"
        lines.append("商标、专利、海事行政案件每件交纳100元")
    elif cat == ADMIN:
        fee = Decimal(50)
        basis = f"{LAW}第十三条第（五）项第2目"
        lines.append("其他行政案件每件交纳50元")
    else:  # JURISDICTION
        fee, rng = Decimal(50), (50.0, 100.0)
        basis = f"{LAW}第十三条第（六）项"
        lines.append("管辖权异议不成立的，每件交纳50元至100元，按下限计50元")

    halving = _HALVING[proc]
    if halving:
        reason = "适用简易程序审理" if halving == "第十六条" else "以调解方式结案或者撤诉"
        before = fee
        fee = fee / 2
        basis += f"、{halving}"
        lines.append(f"{reason}，依{LAW}{halving}减半交纳：{_yuan(before)}元÷2={_yuan(fee)}元")
        if rng:
            rng = (rng[0] / 2, rng[1] / 2)
    if rng:
        lines.append("（幅度内的具体标准由省、自治区、直辖市人民政府确定，此处取下限）")
    final = fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    lines.append(f"案件受理费{_yuan(final)}元")
    return FeeResult(amount=float(final), basis=basis, explanation="。".join(lines) + "。", category=cat,
                     range=rng)


# ---------------------------------------------------------------- categories from 案由

_PERSONALITY_CAUSES = ("姓名权纠纷", "名称权纠纷", "肖像权纠纷", "声音保护纠纷", "名誉权纠纷", "荣誉权纠纷",
                       "隐私权纠纷", "个人信息保护纠纷", "隐私权、个人信息保护纠纷", "婚姻自主权纠纷",
                       "人身自由权纠纷", "一般人格权纠纷", "平等就业权纠纷", "信用权纠纷")
_NON_PROPERTY_CAUSES = ("婚姻无效纠纷", "撤销婚姻纠纷", "探望权纠纷", "变更抚养关系纠纷", "确认收养关系纠纷",
                        "解除收养关系纠纷", "监护权纠纷", "确认亲子关系纠纷", "否认亲子关系纠纷",
                        "抚养关系纠纷", "收养关系纠纷", "同居关系子女抚养纠纷", "婚姻家庭纠纷",
                        "申请人身安全保护令", "亲子关系纠纷")
_LABOUR_WORDS = ("劳动", "劳务派遣合同纠纷", "竞业限制纠纷", "经济补偿金纠纷", "人事争议", "辞职纠纷",
                 "辞退纠纷", "聘用合同争议", "聘任合同争议", "工伤保险待遇纠纷", "养老保险待遇纠纷",
                 "医疗保险待遇纠纷", "失业保险待遇纠纷", "生育保险待遇纠纷", "社会保险纠纷", "福利待遇纠纷",
                 "集体合同纠纷", "非全日制用工纠纷", "追索劳动报酬纠纷", "确认劳动关系纠纷", "劳动合同纠纷")
_IP_WORDS = ("著作权", "商标", "专利", "知识产权", "植物新品种", "集成电路布图设计", "商业秘密",
             "不正当竞争", "垄断", "技术合同", "技术秘密", "技术服务合同", "技术转让合同", "技术开发合同",
             "特许经营合同纠纷", "企业名称（商号）", "地理标志", "发明创造发明人", "作品", "计算机软件",
             "网络域名", "侵害外观设计", "职务发明")


def fee_category(cause_of_action: str | None) -> str:
    """The art. 13 category of a 案由 (财产案件 by default, the residual category of civil cases)."""
    if not cause_of_action:
        return PROPERTY
    c = cause_of_action.strip()
    if c.startswith("管辖权异议"):
        return JURISDICTION
    if "行政" in c and not c.startswith("民事"):
        if any(w in c for w in ("商标", "专利", "海事")):
            return ADMIN_SPECIAL
        return ADMIN
    if c in ("离婚纠纷", "离婚"):
        return DIVORCE
    from .causes import cause_info

    info = cause_info(c)
    if info is not None:
        part = info["part"]
        if part == "第六部分":
            return LABOUR
        if part == "第五部分":
            return IP
        if part == "第一部分" and info["name"] != "生命权、身体权、健康权纠纷":
            # 生命权、身体权、健康权纠纷 claims compensation for injury: charged by amount in practice.
            return PERSONALITY
        if info["name"] in _NON_PROPERTY_CAUSES:
            return NON_PROPERTY
        if part in ("第二部分", "第三部分", "第四部分", "第七部分", "第八部分", "第九部分"):
            return PROPERTY
    if "劳务合同" not in c and "劳务者" not in c and any(w in c for w in _LABOUR_WORDS):
        # 劳务合同 / 提供劳务者受害 are ordinary civil (property) cases, not labour disputes.
        return LABOUR
    if c in _PERSONALITY_CAUSES or c.endswith("人格权纠纷"):
        return PERSONALITY
    if c in _NON_PROPERTY_CAUSES:
        return NON_PROPERTY
    if any(w in c for w in _IP_WORDS):
        return IP
    return PROPERTY


# ---------------------------------------------------------------- split (art. 29)


def split_fee(total: float, claimed: float, awarded: float) -> tuple[float, float]:
    """(plaintiff's share, defendant's share) of the fee, in proportion to the claim's success.

    Art. 29: the losing side bears the costs; on partial success the court apportions them. The
    common practice is proportional: the defendant bears total × awarded / claimed, the plaintiff
    the rest. Shares are rounded half-up to the yuan when the total is a whole number of yuan and
    to the fen otherwise; the plaintiff's share is the remainder, so the two always add up.
    """
    t, c, w = Decimal(str(total)), Decimal(str(claimed)), Decimal(str(awarded))
    if t < 0 or w < 0:
        raise FeeError("诉讼费用和判决支持金额不能为负数")
    if c <= 0:
        raise FeeError("诉讼请求金额须大于零")
    w = min(w, c)
    unit = Decimal(1) if t == t.to_integral_value() else Decimal("0.01")
    defendant = (t * w / c).quantize(unit, rounding=ROUND_HALF_UP)
    plaintiff = t - defendant
    return float(plaintiff), float(defendant)
