"""The guidance robot: intent → slots (asking for missing ones across turns) → an answer composed from
the knowledge base, the fee and deadline calculators, the statute search, or the case store; with a
hand-off to a person when confidence is low or the question asks for a prediction of the outcome."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from datetime import date

from courtdoc.legal import deadlines, fees, numerals

from . import intents, slots
from .cases import CaseStore, InMemoryCaseStore, normalize_case_number
from .kb import Entry, centre, citation, load_kb, render
from .retrieval import Retriever, default_retriever
from .sessions import MemorySessionStore, SessionStore
from .text import normalize

# Confidence thresholds on the top knowledge-base hit (tuned on the dev split of bench/data/guide_dev.jsonl,
# never on the held-out split). coverage = BM25 score per query token; cosine = encoder similarity.
MIN_COVERAGE = 0.5
MIN_COSINE = 0.55
MIN_FUSED = 0.6
MIN_FUSED_SHORT = 0.85
OUT_OF_SCOPE_COVERAGE = 1.2
MAX_QUESTION_CHARS = 500
MAX_VERIFY_FAILURES = 3

FAQ, FEE, DEADLINE, STATUTE, STATUS, HANDOFF, OOS = (
    "faq", "fee_calc", "deadline_calc", "statute_lookup", "case_status", "handoff", "out_of_scope")

_DEADLINE_ASK = {
    "answer": "请问您是哪一天收到起诉状副本的？（例如 2025年3月1日）",
    "appeal_judgment": "请问判决书是哪一天送达（签收）的？（例如 2025年3月1日）",
    "appeal_ruling": "请问裁定书是哪一天送达（签收）的？（例如 2025年3月1日）",
    "evidence": "请问举证期限从哪一天开始、法院给了多少天？（见举证通知书，例如 3月1日起15天）",
    "limitation": "请问您是哪一天知道权利受到损害以及谁是义务人的？（例如对方承诺还款的最后期限 2023年5月1日）",
    "enforcement": "请问判决、调解书规定的履行期限最后一天（或文书生效日）是哪一天？",
}

# What the litigant must check for each kind of period: a limitation period can restart (中断) or pause (中止),
# so a date computed from one event is only the latest safe day if nothing else happened.
_DEADLINE_NOTE = {
    "default": "以上按您提供的日期计算，请以法律文书实际送达日期为准；期限将届满的请尽快办理。",
    "limitation": "以上按您提供的起算日计算。对方承诺还款、您催讨或起诉等会使诉讼时效中断并重新计算，遇不可抗力等可能中止；"
                  "请以实际情况为准，并尽早主张权利。",
    "enforcement": "以上按您提供的日期计算；分期履行的从最后一期履行期限届满之日起算，申请执行时效也可中止、中断。请尽早申请执行。",
    "evidence": "以上按您提供的起算日和天数计算，请以法院举证通知书载明的期限为准；确有困难的应在期限届满前书面申请延长。",
}

_CAN_STILL_SUE = re.compile(r"(还能|能不能|还可以|来得及).{0,4}(起诉|告|要回|追讨)|有没有过(诉讼)?时效")
_DEBT = re.compile(r"还钱|还款|借|欠|该还|该付|赔偿|货款|工资|租金")


class Robot:
    def __init__(self, case_store: CaseStore | None = None, *, session_store: SessionStore | None = None,
                 retriever: Retriever | None = None, today: Callable[[], date] | None = None,
                 index_cache_dir: str | os.PathLike | None = None) -> None:
        """index_cache_dir: where the retrieval index is cached between processes (see Retriever); the
        index (and jieba) is only loaded when a question needs retrieval, so a cold fee or deadline
        computation does not pay for it."""
        self.case_store = case_store if case_store is not None else InMemoryCaseStore()
        self.sessions = session_store if session_store is not None else MemorySessionStore()
        self._retriever = retriever
        self._index_cache_dir = index_cache_dir
        self.today = today or date.today
        self.entries = {e.id: e for e in load_kb()}

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self._retriever = (Retriever(cache_dir=self._index_cache_dir) if self._index_cache_dir is not None
                               else default_retriever())
        return self._retriever

    # ------------------------------------------------------------------ entry point
    def ask(self, question: str, session: str | None = None) -> dict:
        q = re.sub(r"\s+", " ", str(question or "")).strip()[:MAX_QUESTION_CHARS]
        sid = session or uuid.uuid4().hex
        state = (self.sessions.get(sid) or {}) if session else {}  # a new id has nothing stored yet
        result = None
        pending = state.pop("pending", None)
        if not q:
            result = self._reply("请输入您想咨询的问题，例如“起诉需要带哪些材料？”", OOS)
        if result is None and pending:
            result = self._continue(pending, q, state)
        if result is None:
            result = self._fresh(q, state)
        if "_pending" in result:
            state["pending"] = result.pop("_pending")
        state["turns"] = int(state.get("turns", 0)) + 1
        self.sessions.put(sid, state)
        result["session"] = sid
        return result

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _reply(answer: str, intent: str, sources: list[dict] | None = None) -> dict:
        return {"answer": answer, "intent": intent, "sources": sources or []}

    @staticmethod
    def _cites(refs) -> tuple[list[str], list[dict]]:
        texts, sources = [], []
        for law, art in refs:
            c = citation(law, art)
            if c not in texts:
                texts.append(c)
                sources.append({"title": c, "ref": f"statute:{law}:{art}"})
        return texts, sources

    def _entry_reply(self, entry: Entry, intent: str = FAQ) -> dict:
        texts, sources = self._cites((r.law, r.article) for r in entry.refs)
        answer = render(entry)
        if texts:
            answer += f"\n依据：{'；'.join(texts)}。"
        return self._reply(answer, intent, [{"title": entry.title, "ref": f"kb:{entry.id}"}, *sources])

    def _handoff(self, reason: str) -> dict:
        c = centre()
        answer = (f"{reason}建议您到{c['name']}人工窗口咨询（{c['hours']}），或拨打 {c['phone']} 诉讼服务热线，"
                  "由工作人员为您解答。")
        return self._reply(answer, HANDOFF, [{"title": "人工服务", "ref": "kb:centre.human"}])

    # ------------------------------------------------------------------ a new question
    def _fresh(self, q: str, state: dict) -> dict:
        if intents.SMALL_TALK.match(q):
            return self._reply(f"您好，我是诉讼服务智能导诉机器人，可以解答立案、诉讼费、期限、管辖、送达、调解、执行、"
                               f"法律援助等问题，也可以帮您计算诉讼费和期限。人工服务请拨打 {centre()['phone']}。", FAQ)
        if intents.wants_human(q):
            return self._entry_reply(self.entries["centre.human"], HANDOFF)
        if intents.is_prediction(q):
            return self._handoff("案件的输赢、判决结果和赔偿数额要由法院依据证据和事实依法审理后作出，导诉机器人不能预测，"
                                 "也不能替代律师对具体案情的分析。")
        case_no = slots.find_case_number(q)
        if case_no or intents.is_case_status(q):
            return self._case_status({"case_number": case_no}, q, state)
        amount = slots.find_amount(q)
        if intents.is_fee_calc(q, amount is not None):
            cause = slots.find_cause(q)
            info = {"cause": cause, "category": None if cause else slots.fee_category_hint(q),
                    "procedure": slots.procedure(q), "amount": amount}
            return self._fee(info)
        kind = slots.deadline_kind(q)
        when = slots.find_date(q, self.today())
        if kind is None and when is not None and _CAN_STILL_SUE.search(q) and _DEBT.search(q) and "撤" not in q:
            kind = "limitation"  # "他X月X日该还钱，现在还能起诉吗": a limitation question with its start date
        if kind in ("appeal_judgment", "appeal_ruling") and intents.is_deadline_calc(q, when is not None) \
                and (final := self._not_appealable(q)):
            return final
        if kind and intents.is_deadline_calc(q, when is not None):
            info = {"kind": kind, "foreign": slots.is_foreign(q), "date": when.isoformat() if when else None,
                    "days": slots.find_days(q)}
            return self._deadline(info)
        m = intents.ARTICLE_REF.search(q)
        if m:
            found = self._article(m.group(1), m.group(2))
            if found:
                return found
        hits = self.retriever.search(q, top=3)
        top = hits[0] if hits else None
        confident = top is not None and self._confident(top, q)
        if intents.asks_law(q) and not (top and top.coverage >= 1.5 * MIN_COVERAGE):
            found = self._statute_search(q)
            if found:
                return found
        off_topic = intents.OFF_TOPIC.search(q) and not intents.in_domain(q)
        if off_topic or (not intents.in_domain(q) and (top is None or top.coverage < OUT_OF_SCOPE_COVERAGE)):
            return self._reply(f"抱歉，这个问题不在诉讼服务的范围内，我只能解答与法院诉讼有关的问题（立案、诉讼费、期限、执行等）。"
                               f"其他事项请向有关部门咨询；诉讼问题也可拨打 {centre()['phone']}。", OOS)
        if confident:
            return self._entry_reply(top.entry)
        return self._handoff("抱歉，我没有完全理解您的问题，或者知识库中没有可靠的答案。")

    @staticmethod
    def _confident(hit, query: str) -> bool:
        if hit.cosine is not None:
            # Vague questions score a flat, middling fused score; very short ones need a clear match.
            floor = MIN_FUSED_SHORT if len(normalize(query).replace(" ", "")) <= 3 else MIN_FUSED
            return hit.score >= floor and (hit.cosine >= MIN_COSINE or hit.coverage >= 2 * MIN_COVERAGE)
        return hit.coverage >= MIN_COVERAGE

    # ------------------------------------------------------------------ follow-up turns
    def _continue(self, pending: dict, q: str, state: dict) -> dict | None:
        intent, info = pending.get("intent"), dict(pending.get("slots") or {})
        if intents.is_prediction(q) or intents.wants_human(q):
            return None
        if intent == FEE:
            amount = slots.find_amount(q)
            if amount is None:
                m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(万|千)?\s*(元|块)?\s*", q)
                amount = float(m.group(1)) * {"万": 10000, "千": 1000}.get(m.group(2) or "", 1) if m else None
            if amount is None:
                return None
            info["amount"] = amount
            if info.get("procedure") == "ordinary":
                info["procedure"] = slots.procedure(q)
            return self._fee(info)
        if intent == DEADLINE:
            if str(info.get("kind", "")).startswith("appeal") and (final := self._not_appealable(q)):
                return final
            when = slots.find_date(q, self.today())
            days = slots.find_days(q)
            if when is None and not (info.get("kind") == "evidence" and days and info.get("date")):
                return None
            if when is not None:
                info["date"] = when.isoformat()
            info["days"] = info.get("days") or days
            info["foreign"] = info.get("foreign") or slots.is_foreign(q)
            return self._deadline(info)
        if intent == STATUS:
            case_no = slots.find_case_number(q)
            verification = slots.find_verification(q)
            if not case_no and not verification:
                return None
            if case_no:
                info["case_number"] = case_no
            return self._case_status(info, q, state, verification=verification)
        return None

    # ------------------------------------------------------------------ calculators
    def _ask(self, intent: str, info: dict, question: str, sources: list[dict] | None = None) -> dict:
        result = self._reply(question, intent, sources)
        result["_pending"] = {"intent": intent, "slots": info}
        return result

    def _fee(self, info: dict) -> dict:
        amount = info.get("amount")
        if amount is None:
            cause = info.get("cause")
            if cause and fees.fee_category(cause) not in ("财产案件", None):
                return self._fee_result(cause, None, info)
            return self._pending(FEE, info, "请问您起诉的标的额（请求的金额）是多少？例如“10万元”。")
        return self._fee_result(info.get("cause"), amount, info)

    def _fee_result(self, cause: str | None, amount: float | None, info: dict) -> dict:
        try:
            r = fees.acceptance_fee(cause, amount, category=info.get("category"),
                                    procedure=info.get("procedure") or "ordinary")
        except (ValueError, TypeError) as exc:
            return self._reply(f"无法计算诉讼费：{exc}", FEE)
        arts = [numerals.parse_article_number(a) for a in re.findall(r"第[一二三四五六七八九十百零]+条", r.basis)]
        texts, sources = self._cites(("诉讼费用交纳办法", a) for a in arts if a)
        answer = (f"{r.explanation}\n依据：{'；'.join(texts)}。\n说明：案件受理费由原告起诉时预交，最终由败诉方负担；"
                  "适用简易程序、调解结案或撤诉的减半交纳；交纳确有困难的可以申请缓交、减交或免交。实际金额以法院的交费通知为准。")
        return self._reply(answer, FEE, [{"title": "诉讼费计算", "ref": f"fee:{r.amount:.2f}"}, *sources])

    def _deadline(self, info: dict) -> dict:
        kind = info["kind"]
        if not info.get("date") or (kind == "evidence" and not info.get("days")):
            return self._pending(DEADLINE, info, _DEADLINE_ASK[kind])
        try:
            r = deadlines.compute(kind, info["date"], foreign=bool(info.get("foreign")), days=info.get("days"))
        except deadlines.DeadlineError as exc:
            return self._reply(f"无法计算期限：{exc}", DEADLINE)
        texts, sources = self._cites(r.basis)
        note = _DEADLINE_NOTE.get(kind, _DEADLINE_NOTE["default"])
        if info.get("foreign") and deadlines.RULES[kind].foreign_length:
            note = ("按在中华人民共和国领域内没有住所的当事人计算（30日）；当事人在境内有住所的，"
                    "适用一般期限（答辩期15日，上诉期15日/10日）。" + note)
        answer = f"{r.explanation}\n依据：{'；'.join(texts)}。\n说明：{note}"
        today = self.today()
        if r.last_day < today:
            # A date in the past: say plainly that the period has run out, and what can still be done.
            if deadlines.RULES[kind].unit == "year":
                tail = (f"诉讼时效期间届满的，义务人可以提出不履行义务的抗辩（{citation('民法典', 192)}）；"
                        "但期间内如有催告、对方同意履行等中断情形，时效重新计算。")
            else:
                tail = (f"因不可抗拒的事由或者其他正当理由耽误期限的，可以在障碍消除后的十日内申请顺延，"
                        f"是否准许由法院决定（{citation('民事诉讼法', 86)}）。")
            answer = (f"注意：按今天（{today.year}年{today.month}月{today.day}日）计算，该期限已于"
                      f"{r.last_day.year}年{r.last_day.month}月{r.last_day.day}日届满。{tail}\n{answer}")
        return self._reply(answer, DEADLINE, [{"title": f"{r.name}计算", "ref": f"deadline:{r.last_day.isoformat()}"},
                                              *sources])

    def _not_appealable(self, q: str) -> dict | None:
        """Documents with no appeal at all: computing an appeal deadline for them would mislead."""
        if "调解书" in q:
            lead = "调解书不能上诉：调解书经双方当事人签收后即发生法律效力。"
            entry = self.entries["mediation.effect"]
        elif re.search(r"二审|第二审|终审|民终|中院维持", q) and "一审" not in q:
            lead = ("第二审的判决、裁定是终审的判决、裁定，不能再上诉；认为确有错误的，可以在判决、裁定发生法律效力后"
                    f"六个月内申请再审（{citation('民事诉讼法', 216)}）。")
            entry = self.entries["appeal.second_instance"]
        else:
            return None
        out = self._entry_reply(entry, FAQ)  # nothing to compute: the answer is the rule itself
        out["answer"] = f"{lead}\n{out['answer']}"
        return out

    def _pending(self, intent: str, info: dict, question: str) -> dict:
        return self._ask(intent, info, question)

    # ------------------------------------------------------------------ case status
    def _case_status(self, info: dict, q: str, state: dict, verification: str | None = None) -> dict:
        if int(state.get("verify_failures", 0)) >= MAX_VERIFY_FAILURES:
            return self._handoff("验证信息多次不符，为保护当事人隐私，已暂停在线查询。")
        verification = verification or (slots.find_verification(q) if info.get("case_number") else None)
        if not info.get("case_number"):
            return self._pending(STATUS, {}, "请提供您的案号（例如（2024）闽0203民初1234号），我来为您查询案件进度。")
        if not verification:
            return self._pending(STATUS, {"case_number": info["case_number"]},
                                 "为保护当事人隐私，请提供您在本案登记的手机号码后四位，或者案件查询码。")
        record = self.case_store.lookup(normalize_case_number(info["case_number"]), verification)
        if record is None:
            state["verify_failures"] = int(state.get("verify_failures", 0)) + 1
            left = MAX_VERIFY_FAILURES - state["verify_failures"]
            tail = f"您还可以再试{left}次。" if left > 0 else ""
            return self._reply("未查询到与该案号和验证信息相符的案件。请核对案号和手机号码后四位（或查询码）后重试，"
                               f"也可携带身份证件到人工窗口或拨打 {centre()['phone']} 查询。{tail}", STATUS)
        state["verify_failures"] = 0
        parts = [f"案号{record.get('case_number', info['case_number'])}的当前状态：{record.get('status', '未知')}。"]
        labels = (("court", "审理法院"), ("judge", "承办法官"), ("next_hearing", "下次开庭"), ("stage", "所处阶段"),
                  ("updated_at", "更新时间"))
        parts += [f"{label}：{record[k]}。" for k, label in labels if record.get(k)]
        parts.append(f"如需了解更多，请联系承办法官或拨打 {centre()['phone']}。")
        return self._reply("".join(parts), STATUS, [{"title": "案件信息（已核验）", "ref": f"case:{record.get('case_number')}"}])

    # ------------------------------------------------------------------ statutes
    def _article(self, law: str, number: str) -> dict | None:
        try:
            from courtdoc.legal import statutes
        except ImportError:
            return None
        n = int(number) if number.isdigit() else numerals.parse_article_number(f"第{number}条")
        art = statutes.lookup("民事诉讼法" if law == "民诉法" else law, n) if n else None
        if art is None or not getattr(art, "current", True):
            return None
        c = citation(art.law, n)
        return self._reply(f"{c}规定：{art.text}", STATUTE, [{"title": c, "ref": f"statute:{art.law}:{n}"}])

    def _statute_search(self, q: str) -> dict | None:
        try:
            from courtdoc.legal import statutes

            found = statutes.search(q, top=3)
        except (ImportError, AttributeError):
            return None
        lines, sources = [], []
        for item in found[:3]:
            n = numerals.parse_article_number(item["article"]) if isinstance(item["article"], str) else item["article"]
            try:
                c = citation(item["law"], n)
            except Exception:  # noqa: BLE001 - an unverifiable article is simply not shown
                continue
            text = item.get("text") or ""
            lines.append(f"{c}：{text[:160]}{'……' if len(text) > 160 else ''}")
            sources.append({"title": c, "ref": f"statute:{item['law']}:{n}"})
        if not lines:
            return None
        answer = ("与您的问题相关的法律规定有：\n" + "\n".join(lines) +
                  f"\n以上为法条检索结果，仅供参考；具体案件如何适用，请咨询律师或拨打 {centre()['phone']}。")
        return self._reply(answer, STATUTE, sources)
