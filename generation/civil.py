"""Civil first-instance judgment (民事判决书) in the structure of the SPC 2016 样式 and the
民事裁判文书制作规范: header, parties, 案件由来和审理经过, 诉讼请求/事实和理由, 辩称, 本院查明,
本院认为, 依照…之规定, 判决如下, late-performance warning, fee, appeal notice, signature.

The case-type modules (lending.py, traffic.py, …) turn the judge's confirmed elements into an
``Outcome`` (findings, reasoning, orders, computations); this module wraps it in the document.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal

from courtdoc.contracts import CaseElements, Party

from .citations import CitationGate, scrub
from .element_types import value_problems
from .fmt import D, cn_date, cn_numeral_date, money, ordinal

CIVIL = "中华人民共和国民法典"
CPL = "中华人民共和国民事诉讼法"
# The shape of confirmed's common keys (ELEMENTS.md), checked before use: (key, label, JSON types).
COMMON_SHAPES = (
    ("judges", "审判组织（judges）", dict, "JSON 对象"), ("defence", "答辩意见（defence）", (dict, str), "文字或 JSON 对象"),
    ("absent", "未到庭的当事人（absent）", list, "姓名列表"), ("arbitration", "仲裁情况（arbitration）", dict, "JSON 对象"),
    ("claims", "诉讼请求（claims）", list, "列表"), ("findings_extra", "补充查明事实（findings_extra）", str, "文字"),
    ("hearing_on", "开庭日期（hearing_on）", str, "日期（YYYY-MM-DD）"),
    ("judgment_date", "裁判日期（judgment_date）", str, "日期（YYYY-MM-DD）"),
    ("filed_on", "立案日期（filed_on）", str, "日期（YYYY-MM-DD）"),
)
COMMON_LABELS = {"court": "法院", "case_number": "案号", "filed_on": "立案日期"}
PROCEDURES = {"ordinary": "普通程序", "summary": "简易程序", "small_claims": "小额诉讼的程序"}
DEADLINE = "于本判决生效之日起十日内"
WARNING = (
    "如果未按本判决指定的期间履行给付金钱义务，应当依照{cpl}之规定，加倍支付迟延履行期间的债务利息。"
)
# Sections every draft must have (bench: % present). "warning" only where money is ordered.
REQUIRED_SECTIONS = (
    "header", "parties", "procedure", "claims", "defence", "findings", "reasoning", "basis", "orders",
    "fee", "appeal", "signature",
)


class DraftError(ValueError):
    """The elements cannot make a draft; the message (Chinese) names what is missing or wrong."""


@dataclass
class Block:
    kind: str  # court | title | number | para | heading | order | sign | date | note
    text: str


@dataclass
class Outcome:
    """What a case type contributes to the judgment."""

    findings: list[str]  # 本院查明 paragraphs (element table lines)
    reasoning: list[str]  # 本院认为 paragraphs
    orders: list[str]  # 判决如下 items, without numbering
    money: bool = True  # some order pays money → late-performance warning
    awarded: Decimal | None = None  # money awarded, comparable with amount_claimed (fee split)
    claimed: Decimal | None = None  # override for the fee base (else amount_claimed)
    computations: list[str] = field(default_factory=list)
    fee_bearer: str | None = None  # "原告" | "被告" | "各半" overrides the proportional split
    reject_rest: bool = False  # add 驳回原告其他诉讼请求
    cause: str | None = None  # cause of action printed (e.g. 信用卡纠纷)
    extra_costs: str | None = None  # a sentence after the 受理费 (e.g. who bears the 鉴定费)


@dataclass
class Draft:
    blocks: list[Block]
    flags: list[str]
    sections: dict[str, str]
    computations: list[str]
    case_type: str
    cause_of_action: str
    reasoning: list[str] = field(default_factory=list)  # 本院认为 paragraphs as drafted by the rules

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def write_docx(self, path, appendix: bool = True) -> None:
        """The draft in court typography; ``appendix`` adds the computations on a page of their own
        (for the judge to check; not part of the judgment, left out of publication copies)."""
        from .docx_render import render_blocks

        blocks = list(self.blocks)
        if appendix and self.computations:
            blocks.append(Block("pagebreak", ""))
            blocks.append(Block("heading", "附：计算明细（供审核，不属于判决书正文）"))
            blocks += [Block("note", f"{i}.{line}") for i, line in enumerate(self.computations, 1)]
            if self.flags:
                blocks.append(Block("heading", "附：待核事项"))
                blocks += [Block("note", f"{i}.{f}") for i, f in enumerate(self.flags, 1)]
        render_blocks(blocks, path)

    def anonymized(self) -> Draft:
        """The publication copy (raises anonymize.PublicationForbidden where publication is barred)."""
        from .anonymize import anonymize_paragraphs

        texts = anonymize_paragraphs([b.text for b in self.blocks])
        blocks = [Block(b.kind, t) for b, t in zip(self.blocks, texts, strict=True)]
        # the publication copy carries no working notes: computations name parties and amounts
        return Draft(blocks, list(self.flags), dict(self.sections), [], self.case_type,
                     self.cause_of_action, list(self.reasoning))

    def to_json(self) -> dict:
        return {"text": self.text, "flags": self.flags, "computations": self.computations,
                "case_type": self.case_type, "cause_of_action": self.cause_of_action,
                "sections": sorted(self.sections)}


def _check_numbers(value, path: str) -> None:
    """Money, rates and days are never negative or infinite."""
    if isinstance(value, dict):
        for k, v in value.items():
            _check_numbers(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_numbers(v, f"{path}[{i}]")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")) or abs(value) > 1e13:
            raise DraftError(f"要素 {path} 的数值无效：{value}")
        if value < 0:
            raise DraftError(f"要素 {path} 不能为负数：{value}")


class Ctx:
    """The merged view of CaseElements + confirmed elements that case types read."""

    def __init__(self, elements: CaseElements, confirmed: dict, table: tuple = (), case_type: str = ""):
        self.e = elements
        self.c = confirmed
        self.case_type = case_type
        # key -> the label the judge sees in the 要素表, for messages that name an element
        self.element_labels: dict[str, str] = {entry[0]: entry[1] for entry in table}
        self.required = [entry[0] for entry in table if entry[2]]
        self.el: dict = confirmed.get("elements") or {}
        if not isinstance(self.el, dict):
            raise DraftError("confirmed.elements 应为 JSON 对象")
        _check_numbers(self.el, "elements")
        for key, label, types, what in COMMON_SHAPES:
            if confirmed.get(key) not in (None, "", [], {}) and not isinstance(confirmed[key], types):
                raise DraftError(f"confirmed 中的“{label}”应为{what}")
        if isinstance(confirmed.get("defence"), dict) and not all(isinstance(v, str) for v in confirmed["defence"].values()):
            raise DraftError("confirmed 中的“答辩意见（defence）”应为 {当事人姓名: 答辩意见文字}")
        problems = value_problems(table, self.el)
        if problems:
            raise DraftError("要素表填写有误：" + "；".join(problems[:5]) + "。")
        self.gate = CitationGate()
        self.flags: list[str] = []
        self.court: str = confirmed.get("court") or elements.court or ""
        self.case_number: str = confirmed.get("case_number") or elements.case_number or ""
        filed = confirmed.get("filed_on") or elements.filed_on
        try:
            self.filed_on: _dt.date | None = _dt.date.fromisoformat(filed) if filed else None
        except ValueError:
            raise DraftError(f"立案日期（filed_on）的日期格式无效：{filed}（应为 YYYY-MM-DD）") from None
        self.procedure: str = confirmed.get("procedure") or "ordinary"
        if self.procedure not in PROCEDURES:
            raise DraftError(f"审理程序“{self.procedure}”无效，应为 ordinary（普通程序）、summary（简易程序）"
                             "或 small_claims（小额诉讼程序）")
        missing = [k for k, v in (("court", self.court), ("case_number", self.case_number),
                                  ("filed_on", self.filed_on)) if not v]
        if missing:  # name the case-type elements still to confirm too, so one round of the 要素表 does
            self.refuse_missing(missing, [k for k in self.required if self.el.get(k) in (None, "", [])])
        self.plaintiffs = [p for p in elements.parties if p.role in ("原告", "申请人")]
        self.defendants = [p for p in elements.parties if p.role in ("被告", "被申请人")]
        self.thirds = [p for p in elements.parties if p.role == "第三人"]
        if not self.plaintiffs or not self.defendants:
            raise DraftError("当事人信息不完整：至少需要一名原告和一名被告")

    # --- element access -------------------------------------------------------------------
    def element_name(self, key: str) -> str:
        """'“借款交付日期”' as the 要素表 shows the element (the key itself where the table lacks it)."""
        return f"“{self.element_labels.get(key, key)}”"

    def refuse_missing(self, common: list[str], elements: list[str]):
        """Refuse to draft, naming (in Chinese, as the 要素表 shows them) what is still to be filled in
        and saying where: the 要素表, i.e. the ``confirmed`` part of the element file."""
        parts = []
        if common:
            parts.append("缺少" + "、".join(f"“{COMMON_LABELS[k]}”" for k in common))
        if elements:
            parts.append("要素表中尚未确认" + "、".join(self.element_name(k) for k in elements))
        text = "无法起草判决书：" + "；".join(parts) + "。"
        if not self.c:  # the raw output of `courtdoc extract`: nothing confirmed yet
            text += "要素文件中没有法官确认的要素（confirmed 部分），提取结果须经法官在要素表中补充、确认后才能起草。"
        keys = [f"confirmed.{k}" for k in common] + [f"confirmed.elements.{k}" for k in elements]
        table = f"，要素表见 courtdoc draft --element-table {self.case_type}" if self.case_type else ""
        raise DraftError(text + f"请在要素表中填写并确认以上要素（在要素文件中为 {'、'.join(keys)}{table}）。")

    def need(self, *names: str) -> None:
        missing = [n for n in names if self.el.get(n) in (None, "", [])]
        if missing:
            self.refuse_missing([], missing)

    def date(self, name: str, default=None) -> _dt.date | None:
        v = self.el.get(name)
        if not v:
            return default
        try:
            return _dt.date.fromisoformat(str(v)[:10])
        except ValueError:
            raise DraftError(f"要素{self.element_name(name)}（{name}）的日期格式无效：{v}（应为 YYYY-MM-DD）") from None

    def amount(self, name: str, default=None) -> Decimal | None:
        v = self.el.get(name)
        if v in (None, ""):
            return None if default is None else D(default)
        try:
            return D(v)
        except Exception:
            raise DraftError(f"要素{self.element_name(name)}（{name}）的数值无效：{v}") from None

    def yes(self, name: str, default: bool = False) -> bool:
        """A yes/no element: JSON true/false, 1/0 or 是/否 as the judge's form sends it."""
        v = self.el.get(name)
        if v in (None, ""):
            return default
        if isinstance(v, str):
            v = v.strip().lower()
            if v in ("是", "true", "yes", "y", "1"):
                return True
            if v in ("否", "false", "no", "n", "0"):
                return False
            raise DraftError(f"要素{self.element_name(name)}（{name}）应为“是”或“否”，收到：{v}")
        return bool(v)

    def party(self, name: str | None, role_default: list[Party]) -> Party:
        if not name:
            return role_default[0]
        for p in self.e.parties:
            if p.name == name:
                return p
        raise DraftError(f"要素中的当事人“{name}”不在当事人名单中")

    def label(self, p: Party) -> str:
        """'原告张三' as the body refers to a party."""
        return f"{p.role}{p.name}"

    def labels(self, parties: list[Party]) -> str:
        if not parties:
            return ""
        role = parties[0].role
        if all(p.role == role for p in parties):
            return role + "、".join(p.name for p in parties)
        return "、".join(self.label(p) for p in parties)

    def cite(self, law: str, number: int, basis: bool = True) -> str | None:
        return self.gate.cite(law, number, basis)

    def cites(self, law: str, *numbers: int) -> str:
        """'《民法典》第一条、第二条' with only the verified ones ('' when none)."""
        got = [self.cite(law, n) for n in numbers]
        got = [g for g in got if g]
        if not got:
            return ""
        head = got[0]
        law_name = head[: head.index("》") + 1]
        return head + "".join("、" + g[len(law_name):] for g in got[1:])


    def before_civil_code(self, day: _dt.date | None, what: str) -> None:
        """Facts before 2021-01-01: the law of that time governs (时间效力规定 art. 1), which the
        draft cannot cite (only current texts are verified), so the judge checks the 民法典 citations."""
        if day and day < CIVIL_CODE_DAY and not any("民法典施行前" in f for f in self.flags):
            self.flags.append(f"{what}（{cn_date(day)}）在民法典施行前：依民法典时间效力规定第一条，应适用当时的法律、"
                              "司法解释（如合同法、侵权责任法），草稿引用的民法典条文请法官核对替换")


CIVIL_CODE_DAY = _dt.date(2021, 1, 1)


# ------------------------------------------------------------------------------------------------
# document parts


def _party_line(p: Party) -> list[str]:
    lines = []
    if p.kind == "organization":
        s = f"{p.role}：{p.name}"
        if p.address:
            s += f"，住所地{p.address}"
        lines.append(s + "。")
        if p.legal_representative:
            lr = p.legal_representative
            lines.append(f"法定代表人：{lr.name}" + (f"，{lr.title}" if lr.title else "") + "。")
    else:
        bits = [f"{p.role}：{p.name}"]
        if p.gender:
            bits.append(p.gender)
        if p.birth_date:
            bits.append(f"{cn_date(p.birth_date)}出生")
        if p.ethnicity:
            bits.append(p.ethnicity)
        if p.occupation:
            bits.append(p.occupation)
        if p.address:
            bits.append(f"住{p.address}")
        lines.append("，".join(bits) + "。")
    for a in p.agents:
        s = f"{a.type}：{a.name}"
        if a.firm:
            s += f"，{a.firm}{a.title or '律师'}"
        elif a.title:
            s += f"，{a.title}"
        lines.append(s + "。")
    return lines


def _procedure_text(ctx: Ctx, cause: str) -> str:
    c = ctx.c
    pl, df = ctx.labels(ctx.plaintiffs), ctx.labels(ctx.defendants)
    third = f"、第三人{'、'.join(p.name for p in ctx.thirds)}" if ctx.thirds else ""
    intro = f"{pl}与{df}{third}{cause}一案"
    arb = c.get("arbitration") or {}
    if arb:
        intro = (f"{pl}因与{df}{third}{cause}一案，不服{arb.get('commission', '劳动人事争议仲裁委员会')}"
                 f"{arb.get('award_number', '')}仲裁裁决，向本院提起诉讼。本院")
        head = intro
    else:
        head = intro + "，本院"
    public = "公开" if c.get("public", True) else "不公开"
    heard = f"于{cn_date(c['hearing_on'])}" if c.get("hearing_on") else ""
    text = f"{head}于{cn_date(ctx.filed_on)}立案后，依法适用{PROCEDURES[ctx.procedure]}，{heard}{public}开庭进行了审理。"
    if ctx.procedure == "small_claims":
        cpl = ctx.cite(CPL, 165)
        if cpl:
            text = text.replace("依法适用小额诉讼的程序", f"依照{cpl}的规定适用小额诉讼的程序")
    absent = set(c.get("absent") or [])
    present = []
    for p in ctx.plaintiffs + ctx.defendants + ctx.thirds:
        if p.name in absent:
            continue
        agents = [a.name for a in p.agents]
        present.append(ctx.label(p) + (f"及其委托诉讼代理人{'、'.join(agents)}" if agents else ""))
    if present:
        text += "、".join(present) + "到庭参加诉讼。"
    absentees = [p for p in ctx.defendants + ctx.thirds if p.name in absent]
    if absentees:
        cpl = ctx.cite(CPL, 147)
        text += (f"{ctx.labels(absentees)}经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。")
        if not cpl:
            ctx.flags.append("缺席判决的程序依据未能核验")
    return text + "本案现已审理终结。"


def _claims_text(ctx: Ctx) -> str:
    claims = ctx.c.get("claims") or ctx.e.claims
    pl = "、".join(p.name for p in ctx.plaintiffs)
    if not claims:
        raise DraftError("缺少诉讼请求（claims）")
    items = "".join(f"{i}.{str(cl).rstrip('。；;')}；" for i, cl in enumerate(claims, 1)).rstrip("；")
    text = f"{pl}向本院提出诉讼请求：{items}。"
    facts = ctx.c.get("facts_and_reasons") or ctx.e.facts_and_reasons
    if facts:
        text += "事实和理由：" + facts.strip()
        if not text.endswith("。"):
            text += "。"
    return text


def _defence_texts(ctx: Ctx) -> list[str]:
    defence = ctx.c.get("defence")
    absent = set(ctx.c.get("absent") or [])
    out = []
    for p in ctx.defendants + ctx.thirds:
        said = defence.get(p.name) if isinstance(defence, dict) else (defence if p is ctx.defendants[0] else None)
        if said:
            out.append(f"{p.name}辩称，{said.strip().rstrip('。')}。")
        elif p.name in absent:
            out.append(f"{p.name}未到庭参加诉讼，亦未提交书面答辩意见。")
        else:
            out.append(f"{p.name}未提交书面答辩意见。")
    return out


def _evidence_text(ctx: Ctx) -> str:
    absent = set(ctx.c.get("absent") or [])
    missing = [p for p in ctx.defendants + ctx.thirds if p.name in absent]
    if missing:
        return (f"{ctx.labels(ctx.plaintiffs)}围绕诉讼请求依法提交了证据，{ctx.labels(missing)}未到庭参加诉讼，"
                "视为放弃质证的权利。本院对原告提交的证据审查后予以认定并在卷佐证。")
    return ("当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。对当事人无异议的证据，"
            "本院予以确认并在卷佐证。")


def _fee_text(ctx: Ctx, out: Outcome, cause: str) -> str:
    from courtdoc.legal import fees

    claimed = out.claimed if out.claimed is not None else (
        D(ctx.e.amount_claimed) if ctx.e.amount_claimed is not None else None)
    amount = float(claimed) if claimed is not None else None
    full = fees.acceptance_fee(cause, amount, procedure="ordinary")
    halved = ctx.procedure in ("summary", "small_claims")
    payable = fees.acceptance_fee(cause, amount, procedure="summary").amount if halved else full.amount
    text = f"案件受理费{money(full.amount)}"
    if halved:
        text += f"，减半收取计{money(payable)}"
    ctx.computations.append(f"案件受理费：{full.explanation.rstrip('。')}" + (f"；适用简易程序减半收取{money(payable)}" if halved else ""))
    pl_label, df_label = ctx.labels(ctx.plaintiffs), ctx.labels(ctx.defendants)
    if out.fee_bearer == "原告":
        return text + f"，由{pl_label}负担。"
    if out.fee_bearer == "被告":
        return text + f"，由{df_label}负担。"
    if out.fee_bearer == "各半":
        half = D(payable) / 2
        return text + f"，由{pl_label}、{df_label}各负担{money(half)}。"
    if claimed is None or out.awarded is None:
        return text + f"，由{df_label}负担。"
    p_share, d_share = fees.split_fee(payable, float(claimed), float(min(out.awarded, claimed)))
    ctx.computations.append(
        f"受理费分担：诉请{money(claimed)}，支持{money(min(out.awarded, claimed))}，"
        f"原告负担{money(p_share)}，被告负担{money(d_share)}")
    if D(p_share) <= 0:
        return text + f"，由{df_label}负担。"
    if D(d_share) <= 0:
        return text + f"，由{pl_label}负担。"
    return text + f"，由{pl_label}负担{money(p_share)}，{df_label}负担{money(d_share)}。"


def _appeal_text(ctx: Ctx) -> str:
    if ctx.procedure == "small_claims":
        return "本判决为终审判决。"
    try:
        from courtdoc.legal.courts import appeal_court
    except ImportError:  # legal/courts not installed: leave the court for the judge to fill in
        appeal_court = lambda _name: None  # noqa: E731
    upper = appeal_court(ctx.court)
    if not upper:
        ctx.flags.append(f"无法由“{ctx.court}”确定上诉法院，请填写")
        upper = "（上诉法院待填）"
    return ("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的"
            f"人数提出副本，上诉于{upper}。")


def _signature(ctx: Ctx) -> list[Block]:
    j = ctx.c.get("judges") or {}
    blocks: list[Block] = []
    if ctx.procedure == "ordinary":
        if j.get("presiding"):
            blocks.append(Block("sign", f"审  判  长　{j['presiding']}"))
        for name in j.get("members") or []:
            blocks.append(Block("sign", f"审  判  员　{name}"))
        for name in j.get("jurors") or []:
            blocks.append(Block("sign", f"人民陪审员　{name}"))
    else:
        name = j.get("judge") or j.get("presiding")
        if name:
            blocks.append(Block("sign", f"审  判  员　{name}"))
    if not blocks:
        ctx.flags.append("未填写审判组织成员（confirmed.judges）")
        blocks.append(Block("sign", "审  判  员　（待填）"))
    when = ctx.c.get("judgment_date")
    blocks.append(Block("date", cn_numeral_date(when) if when else "二〇　　年　　月　　日"))
    if not when:
        ctx.flags.append("未填写裁判日期（confirmed.judgment_date）")
    if j.get("assistant"):
        blocks.append(Block("sign", f"法官助理　{j['assistant']}"))
    blocks.append(Block("sign", f"书  记  员　{j.get('clerk') or '（待填）'}"))
    return blocks


def build(elements: CaseElements, confirmed: dict, case_type: str, make) -> Draft:
    """Assemble the judgment around ``make(ctx) -> Outcome`` of one case type."""
    from .casetypes import MODULES, _module

    table = _module(case_type).ELEMENT_TABLE if case_type in MODULES else ()
    ctx = Ctx(elements, confirmed, table, case_type)
    ctx.computations = []
    try:
        out: Outcome = make(ctx)
    except DraftError:
        raise
    except KeyError as exc:  # a nested element without a required key
        raise DraftError(f"确认要素缺失：{exc.args[0]}") from None
    except (ValueError, TypeError, ArithmeticError, AttributeError) as exc:
        raise DraftError(f"确认要素格式错误：{exc}") from None
    if out.awarded is not None and elements.amount_claimed is not None and out.awarded > D(elements.amount_claimed) + D("0.005"):
        ctx.flags.append(f"计算结果{money(out.awarded)}超过诉讼请求金额{money(elements.amount_claimed)}，"
                         "判项不得超出诉讼请求，请核对")
    ctx.computations = out.computations + ctx.computations
    for key in ("hearing_on", "judgment_date"):
        try:
            day = _dt.date.fromisoformat(str(confirmed.get(key))[:10]) if confirmed.get(key) else None
        except ValueError:
            raise DraftError(f"confirmed.{key} 的日期格式无效：{confirmed.get(key)}（应为 YYYY-MM-DD）") from None
        if day and day < ctx.filed_on:
            ctx.flags.append(f"confirmed.{key}（{cn_date(day)}）早于立案日期（{cn_date(ctx.filed_on)}），请核对")
    cause = out.cause or confirmed.get("cause_of_action") or elements.cause_of_action or ""
    blocks: list[Block] = []
    sections: dict[str, str] = {}

    def add(section: str | None, kind: str, text: str) -> None:
        blocks.append(Block(kind, text))
        if section:
            sections[section] = sections.get(section, "") + text

    court_name = ctx.court
    add("header", "court", court_name)
    add("header", "title", "民事判决书")
    add("header", "number", ctx.case_number)
    for p in ctx.plaintiffs + ctx.defendants + ctx.thirds:
        for line in _party_line(p):
            add("parties", "para", line)
    add("procedure", "para", _procedure_text(ctx, cause))
    claims = _claims_text(ctx)
    claims, f1 = scrub(claims)
    ctx.flags += f1
    add("claims", "para", claims)
    for t in _defence_texts(ctx):
        t, f2 = scrub(t)
        ctx.flags += f2
        add("defence", "para", t)
    add("findings", "para", _evidence_text(ctx))
    add("findings", "para", "本院经审理认定事实如下：")
    for line in out.findings:
        add("findings", "para", line)
    if confirmed.get("findings_extra"):
        text, f3 = scrub(str(confirmed["findings_extra"]))
        ctx.flags += f3
        add("findings", "para", text)
    reasoning = list(out.reasoning)
    polished = confirmed.get("_polished_reasoning")
    if polished:  # already guarded by llm.polish_draft; scrubbed again so nothing unverified prints
        reasoning = []
        for para in polished:
            para, f4 = scrub(para)
            ctx.flags += f4
            reasoning.append(para)
    for i, line in enumerate(reasoning):
        add("reasoning", "para", ("本院认为，" if i == 0 else "") + line)
    orders = list(out.orders)
    if out.reject_rest:
        orders.append(f"驳回{ctx.labels(ctx.plaintiffs)}的其他诉讼请求")
    # the warning cites CPL 264; verify before the basis block is frozen
    warning = None
    if out.money:
        cpl = ctx.cite(CPL, 264, basis=False)
        if cpl:
            warning = WARNING.format(cpl=cpl)
        else:
            ctx.flags.append("迟延履行条款（民事诉讼法第二百六十四条）未能核验，未予打印")
    if ctx.procedure == "small_claims":
        ctx.cite(CPL, 165)
    basis = ctx.gate.basis_text()
    if basis:
        add("basis", "para", f"依照{basis}之规定，判决如下：")
    else:
        ctx.flags.append("没有可核验的法律依据，请补充")
        add("basis", "para", "判决如下：")
    if len(orders) == 1:
        add("orders", "order", orders[0].rstrip("；。") + "。")
    else:
        for i, o in enumerate(orders, 1):
            end = "。" if i == len(orders) else "；"
            add("orders", "order", f"{ordinal(i)}、{o.rstrip('；。')}{end}")
    if warning:
        add("warning", "para", warning)
    add("fee", "para", _fee_text(ctx, out, cause) + (out.extra_costs or ""))
    add("appeal", "para", _appeal_text(ctx))
    for b in _signature(ctx):
        add("signature", b.kind, b.text)
    flags = ctx.gate.flags + ctx.flags
    return Draft(blocks, flags, sections, ctx.computations, case_type, cause, list(out.reasoning))
