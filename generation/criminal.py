"""Criminal judgment drafts (刑事判决书, first instance, public prosecution) from a fact description.

Pipeline: rule features + TF-IDF → ONNX model (models/criminal) for charges, term and fine;
explicit charge names in the facts ("以盗窃罪追究") win over the model; charges the model has not
seen are ranked by similarity to the charge name and its article; each charge's article comes from
the official charge table (罪名规定); sentencing circumstances come from the facts. Every article
the draft cites goes through courtdoc.legal.statutes first; what does not verify is left out.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from courtdoc.generation.criminal_conduct import override as conduct_override
from courtdoc.generation.criminal_features import (
    TfidfVocab,
    blood_alcohol,
    char_ngrams,
    charge_statute_features,
    circumstances,
    normalize,
    rule_features,
)
from courtdoc.generation.criminal_sentencing import MONEY, guide, guide_features
from courtdoc.legal import statutes
from courtdoc.legal.numerals import article_number_cn

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "criminal"
MIN_LEARNED = 20  # training cases a charge needs before the classifier is trusted over similarity
USE_CONDUCT = True  # the conduct-word lexicon (criminal_conduct) may replace the model's charge
CLAMP_TO_BRACKET = True  # bound the regressor's term by the sentencing bracket (criminal_sentencing)
_MITIGATING = ("未遂", "从犯", "未成年", "自首", "立功", "限定责任能力", "中止")
MAX_FACTS = 20000  # characters; longer input is cut (the model sees the start anyway)

__all__ = ["draft_criminal", "draft_criminal_batch", "predict", "CriminalPrediction", "CriminalModel"]


# ----------------------------------------------------------------------------- model


class CriminalModel:
    """The ONNX model with its vocabulary, labels and the charge → article table."""

    def __init__(self, model_dir: Path = MODEL_DIR):
        from courtdoc.inference import cpu_session

        self.session = cpu_session(model_dir / "model.onnx")
        self.n_rules = int(self.session.get_inputs()[1].shape[1])  # older models: fewer rule features
        self.vocab = TfidfVocab.from_json(json.loads((model_dir / "vocab.json").read_text(encoding="utf-8")))
        labels = json.loads((model_dir / "labels.json").read_text(encoding="utf-8"))
        self.charge_labels: list[str] = labels["charges"]
        self.article_labels: list[int] = labels["articles"]
        table = json.loads((model_dir / "charges.json").read_text(encoding="utf-8"))
        self.charges: dict[str, dict] = table["charges"]
        self.cail: dict[str, str | None] = table["cail"]
        self.trained_on = labels.get("trained_on", "?")
        self.seen = set(labels.get("seen", []))  # charges with training examples
        self.fallback_threshold = float(labels.get("fallback_threshold", 0.35))
        self.second_threshold = float(labels.get("second_threshold", 0.5))
        # Gate of the similarity ranker (tuned in models/train_criminal.tune_fallback).
        self.cover_min = float(labels.get("cover_min", 0.0))
        self.cover_threshold = float(labels.get("cover_threshold", 9.0))  # 9: name evidence never decides
        self.cover_max_prob = float(labels.get("cover_max_prob", 1.01))
        self.term_blend: dict[str, float] = labels.get("term_blend", {"*": 0.0})
        # Charges the classifier has learned (enough training cases); the similarity ranker covers the rest.
        counts = labels.get("train_counts", {})
        self.learned = {c for c, n in counts.items() if n >= MIN_LEARNED}
        self.learned_official = {self.cail.get(c) for c in self.learned}
        self._zero_shot = _ZeroShot(self)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> CriminalModel:
        return cls()

    def run(self, facts: str, statute: list[float] | None = None) -> dict[str, np.ndarray]:
        x = self.vocab.transform([facts])
        r = rule_features(facts, statute)[None, : self.n_rules]
        names = [o.name for o in self.session.get_outputs()]
        outs = self.session.run(None, {"tfidf": x, "rules": r})
        return {n: o[0] for n, o in zip(names, outs, strict=True)}


class _ZeroShot:
    """Ranks official charges by TF-IDF similarity of the facts to the charge name and its article
    text, plus how many of the name's distinctive words occur in the facts: the fallback for
    charges the classifier never saw in training."""

    COVER_WEIGHT = 0.25

    def __init__(self, model: CriminalModel):
        self.names = sorted({v for v in model.cail.values() if v})
        docs = []
        for name in self.names:
            info = model.charges.get(name, {})
            art = statutes.lookup("刑法", article_number_cn(info["article"]) + info.get("suffix", "")) \
                if info else None
            core = name.removesuffix("罪")
            docs.append((core + "，") * 4 + (art.text if art else ""))
        self.vocab = TfidfVocab.fit(docs, size=20000, min_df=1)
        self.matrix = self.vocab.transform(docs)
        # Bigrams of the charge names weighted by rarity among names (狩猎 counts, 非法 hardly).
        grams = [set(char_ngrams(n.removesuffix("罪"), 2)) - set(n) for n in self.names]
        df = Counter(g for gs in grams for g in gs)
        n = len(self.names)
        self.name_grams = [{g: math.log(n / df[g]) for g in gs if "、" not in g} for gs in grams]

    def _parts(self, facts: str) -> tuple[np.ndarray, np.ndarray]:
        v = self.vocab.transform([facts])[0]
        sim = self.matrix @ v
        t = normalize(facts)
        cover = np.array([sum(w for g, w in gs.items() if g in t) / max(1e-6, sum(gs.values()))
                          for gs in self.name_grams])
        return sim, cover

    def scores(self, facts: str) -> np.ndarray:
        sim, cover = self._parts(facts)
        return sim + self.COVER_WEIGHT * cover

    def rank(self, facts: str, top: int = 3) -> list[tuple[str, float]]:
        score = self.scores(facts)
        order = np.argsort(-score)[:top]
        return [(self.names[i], float(score[i])) for i in order]

    def best(self, facts: str) -> tuple[str, float]:
        """The top charge and how much of its name (rarity-weighted bigrams) the facts contain:
        "开设赌场" written in the facts is strong evidence even against a confident classifier."""
        sim, cover = self._parts(facts)
        i = int(np.argmax(sim + self.COVER_WEIGHT * cover))
        return self.names[i], float(cover[i])


# ----------------------------------------------------------------------------- prediction


@dataclass
class Charge:
    name: str  # as printed (罪名)
    key: str  # official table name it maps to
    article: int
    suffix: str = ""


@dataclass
class Defendant:
    name: str
    gender: str | None = None
    birth: str | None = None
    ethnicity: str | None = None
    address: str | None = None
    custody: list[str] = field(default_factory=list)


@dataclass
class CriminalPrediction:
    charges: list[Charge]
    term_kind: str  # "fixed" | "life" | "death" | "none"
    months: int
    fine: int | None
    probation_months: int | None
    flags: dict[str, bool]
    defendants: list[Defendant]
    procuratorate: str | None
    court: str | None
    source: str  # how the charges were found: "explicit" | "model" | "similarity"
    detention: bool = False  # the charge provides 拘役 only (危险驾驶罪): never 有期徒刑


_EXPLICIT = re.compile(r"(?:以|构成|涉嫌|犯有|犯|定|判处)([^，。；：、“”《》（）()\s\d]{2,30}?罪)")
_MORE = re.compile(r"、([^，。；：“”《》（）()\s\d]{2,30}?罪)")  # 犯故意杀人罪、拐骗儿童罪
_PRIOR = re.compile(r"曾|原犯|前科|刑满|另案|判决书|裁定书|另查|还查明|又查明")
_NOT_THIS_CASE = re.compile(r"[，,]?(?:被判处|被判|被行政|判处|立案|[^，。；]{0,16}?被[^，。；]{0,12}?(?:法院|判处|判决))")


def explicit_charges(facts: str, table: dict[str, dict]) -> list[Charge]:
    """Charges the facts name outright (公诉机关认为…应当以盗窃罪追究), not prior convictions,
    other people's crimes or other cases."""
    t = normalize(facts)
    found: list[Charge] = []

    def add(raw: str) -> bool:
        for cut in range(len(raw) - 2):  # "被告人张某的行为构成盗窃罪": drop leading words
            name = raw[cut:]
            key = _official(name, table)
            if key:
                if all(c.key != key for c in found):
                    info = table[key]
                    found.append(Charge(name, key, info["article"], info.get("suffix", "")))
                return True
        return False

    for m in _EXPLICIT.finditer(t):
        # The sentence must be about the accused (被告人…构成, 公诉机关认为…), not someone else's
        # crime that the accused knew of (明知…犯交通肇事罪 in a 窝藏 case), an earlier conviction
        # (曾因…, 原犯…, 刑满释放) or another judgment (…判决书：…犯X罪，判处…).
        sentence = t[max(t.rfind("。", 0, m.start()), t.rfind("；", 0, m.start())) + 1 : m.start()]
        if not re.search(r"被告人|公诉机关|检察院|其行为|上述行为", sentence) or re.search(r"明知", sentence):
            continue
        if _PRIOR.search(sentence) or (m.group(0).startswith("犯") and sentence.endswith(("因", "原"))):
            continue  # "因犯盗窃罪于2009年被判处…" is a record; "因涉嫌犯盗窃罪被刑事拘留" is this case
        names, end = [m.group(1)], m.end()
        while (more := _MORE.match(t, end)) is not None:
            names.append(more.group(1))
            end = more.end()
        if _NOT_THIS_CASE.match(t, end):
            continue
        for raw in names:
            add(raw)
    return found


def _official(name: str, table: dict[str, dict]) -> str | None:
    if name in table:
        return name
    if len(name) < 4:
        return None
    # Courts write the selected conduct of a compound charge: 贩卖毒品罪 → 走私、贩卖、运输、制造毒品罪.
    core = name.removesuffix("罪")
    if "罪" in core or len(core) < 3:
        return None
    cands = [k for k in table if _subseq(core, k) and core[:2] in k and core[-2:] in k]
    return min(cands, key=len) if cands else None


def _subseq(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


_NAME = re.compile(r"被告人([\u4e00-\u9fa5]{1,3}?(?:某某|某|[×xX*＊]+\d*|\d+|[甲乙丙丁戊])|[\u4e00-\u9fa5]{2,3})")


def find_defendants(facts: str) -> list[str]:
    """Defendant names as written (masks kept): the most consistent prefix after 被告人."""
    t = normalize(facts)
    masked = re.findall(r"被告人((?:(?!某)[\u4e00-\u9fa5]){1,2}(?:\d?某{1,2}(?:[甲乙丙丁戊]|\d(?!\d))?|[×xX*＊]+\d*|\d+))", t)
    names: list[str] = []
    if masked:
        for n in masked:
            if n not in names:
                names.append(n)
        return names[:8]
    two = re.findall(r"被告人([\u4e00-\u9fa5]{2})", t)
    three = re.findall(r"被告人([\u4e00-\u9fa5]{3})", t)
    c2, c3 = Counter(two), Counter(three)
    stop = set("的在于因与和将从到系是为以经被及等人均分别伙同先后")
    for pre, cnt in c2.most_common():
        if any(ch in stop for ch in pre):
            continue
        longer = [(k, v) for k, v in c3.items() if k.startswith(pre) and k[2] not in stop]
        best = max(longer, key=lambda kv: kv[1]) if longer else None
        name = best[0] if best and best[1] >= 0.8 * cnt and cnt > 1 else pre
        if name not in names:
            names.append(name)
        if len(names) >= 8:
            break
    return names


def _defendant_details(facts: str, name: str, charge: str) -> Defendant:
    t = normalize(facts)
    d = Defendant(name)
    i = t.find(name)
    window = t[i : i + 160] if i >= 0 else ""
    m = re.search(r"[，,]\s*(男|女)[，,]", window)
    d.gender = m.group(1) if m else None
    m = re.search(r"(\d{4}年\d{1,2}月\d{1,2}日)(?:出生|生)", window)
    d.birth = m.group(1) if m else None
    m = re.search(r"([\u4e00-\u9fa5]{1,5}族)", window)
    d.ethnicity = m.group(1) if m and m.group(1) != "家族" else None
    m = re.search(r"(?:住|户籍地|住址)[：:]?([\u4e00-\u9fa5\d]{4,40}?)[。，；]", window)
    d.address = m.group(1) if m else None
    for m in re.finditer(r"(?:于)?(\d{4}年\d{1,2}月\d{1,2}日)[^，。；]{0,12}?被[^，。；]{0,10}?(刑事拘留|逮捕|取保候审|监视居住)", t):
        d.custody.append(f"于{m.group(1)}被{_custody_word(m.group(2))}")
    if not d.custody:
        d.custody.append("于××××年××月××日被刑事拘留")
    d.custody = [f"因涉嫌犯{charge}，" + "，".join(dict.fromkeys(d.custody))]
    return d


def _custody_word(w: str) -> str:
    return {"取保候审": "取保候审", "监视居住": "监视居住"}.get(w, w)


_PROC = re.compile(r"([\u4e00-\u9fa5]{2,30}?人民检察院)")


def _procuratorate(facts: str) -> str | None:
    m = _PROC.search(normalize(facts)[:300])
    if not m:
        return None
    name = m.group(1)
    name = re.sub(r"^.*?(?:公诉机关|经|由|本院|指控|根据)", "", name)
    return name if len(name) >= 6 else None


def _court_of(proc: str | None) -> str | None:
    if not proc:
        return None
    return proc.replace("人民检察院", "人民法院")


def appeal_court(court: str | None) -> str:
    try:
        from courtdoc.legal.courts import appeal_court as _appeal  # the legal engineer's, when present

        got = _appeal(court) if court else None
        if got:
            return got
    except Exception:  # noqa: BLE001 - module may not exist yet; fall back to the simple rule
        pass
    if court:
        # 福建省厦门市思明区人民法院 → 福建省厦门市中级人民法院; a bare county court stays unnamed.
        m = re.match(r"^(.*?(?:省|自治区))?(.+?(?:市|州|盟|地区))(.+?(?:区|县|市|旗))人民法院$", court)
        if m and m.group(2) not in ("北京市", "上海市", "天津市", "重庆市"):
            return f"{m.group(1) or ''}{m.group(2)}中级人民法院"
    return "XX中级人民法院"


def predict(facts: str, model: CriminalModel | None = None) -> CriminalPrediction:
    model = model or CriminalModel.load()
    facts = facts[:MAX_FACTS]
    flags = circumstances(facts)
    out = model.run(facts)
    probs = 1 / (1 + np.exp(-out["charge_logits"]))

    charges = explicit_charges(facts, model.charges)
    source = "explicit"
    if not charges:
        source = "model"
        # Most cases have one charge: the top one, plus others only when confidently present.
        order = [int(i) for i in np.argsort(-probs)[:3]]
        picked = order[:1] + [i for i in order[1:] if probs[i] >= model.second_threshold]
        key, cover = model._zero_shot.best(facts)
        # The ranker only proposes charges the classifier never trained on (for the others the
        # trained classifier, even unsure, knows better), when the classifier is unsure or the facts
        # spell out the charge's name.
        p_top = float(probs[picked[0]])
        if key not in model.learned_official and cover >= model.cover_min and (
                p_top < model.fallback_threshold or (cover >= model.cover_threshold and p_top < model.cover_max_prob)):
            source = "similarity"
            info = model.charges[key]
            charges = [Charge(key, key, info["article"], info.get("suffix", ""))]
        if not charges:
            for i in picked:
                key = model.cail.get(model.charge_labels[i])
                if key and key in model.charges and all(c.key != key for c in charges):
                    info = model.charges[key]
                    charges.append(Charge(key, key, info["article"], info.get("suffix", "")))
    if USE_CONDUCT and source != "explicit" and charges:
        # Real fact wording the classifier rarely saw (窃得, 血液中乙醇含量 ...): a strong, unique
        # conduct cue replaces a charge the facts give no conduct evidence for.
        key = conduct_override(facts, charges[0].key, None if source == "similarity" else p_top)
        if key and key in model.charges:
            source = "conduct"
            info = model.charges[key]
            charges = [Charge(key, key, info["article"], info.get("suffix", ""))]
    infos = [model.charges[c.key] for c in charges]
    for c in charges:
        if c.key == "走私、贩卖、运输、制造毒品罪" and c.name == c.key:
            # Courts name the conduct proven: 贩卖毒品罪, 运输、贩卖毒品罪.
            acts = [a for a in ("走私", "贩卖", "运输", "制造") if a in facts]
            if acts:
                c.name = "、".join(acts) + "毒品罪"

    # Second pass with the statutory range and sentencing bracket of the chosen charges.
    keys = [c.key for c in charges]
    out = model.run(facts, charge_statute_features(infos) + guide_features(keys, facts))
    kind = ["none", "fixed", "life", "death"][int(np.argmax(out["term_class_logits"]))]
    months = int(round(math.expm1(float(out["log_months"]))))
    if kind == "fixed":
        months = max(1, months)
    detention_only = bool(infos) and all(i.get("detention_only") for i in infos)
    if detention_only:  # 危险驾驶罪: 拘役 one to six months, and a fine
        kind, months = "fixed", min(6, max(1, months))
    if kind in ("life", "death") and not any(i.get(kind) for i in infos):
        kind = "fixed"
        months = max(months, 120)
    cap = 300 if len(charges) > 1 else 180
    months = min(months, cap) if kind == "fixed" else 0
    # The sentencing bracket the facts fall in (数额巨大 …) bounds the term: below its floor only
    # with a circumstance that allows 减轻处罚 (未遂, 从犯, 自首, 立功, 未成年 …).
    g = guide(charges[0].key, facts) if len(charges) == 1 and CLAMP_TO_BRACKET else None
    if g and kind == "fixed":
        # Blend with the bracket's own estimate (weight tuned per charge on training data).
        a = model.term_blend.get(g.charge, model.term_blend.get("*", 0.0))
        months = int(round(math.expm1(a * math.log1p(g.months) + (1 - a) * math.log1p(months))))
        lo = g.lower_lo if any(flags.get(k) for k in _MITIGATING) else g.lo
        months = int(min(max(months, lo, 1), g.hi))

    fine_p = 1 / (1 + math.exp(-float(out["fine_logit"])))
    fine_possible = any(i.get("fine") for i in infos) or not infos
    fine_required = any(i.get("fine_mandatory") for i in infos)
    fine = None
    if fine_possible and (fine_required or fine_p >= 0.5):
        fine = _round_money(math.expm1(float(out["log_fine"])))
        if detention_only:
            fine = max(fine, 1000)
        fine = max(fine, 1000)
        if g and g.fine_lo:
            fine = max(fine, g.fine_lo)
        if g and g.fine_hi:
            fine = min(fine, max(g.fine_hi, g.fine_lo or 0))

    probation = None
    if (kind == "fixed" and months <= 36 and not flags["累犯"] and not flags["前科"]
            and (flags["取保候审"] or flags["谅解"]) and (flags["自首"] or flags["退赔"] or flags["谅解"]
                                                    or flags["认罪认罚"])):
        probation = max(months + 6, 12) if months >= 6 else max(2 * months, 2)
        probation = min(probation, 60 if months >= 6 else 12)

    proc = _procuratorate(facts)
    first = charges[0].name if charges else "犯罪"
    names = find_defendants(facts) or ["某某"]
    defendants = [_defendant_details(facts, n, first) for n in names]
    return CriminalPrediction(charges, kind, months, fine, probation, flags, defendants, proc,
                              _court_of(proc), source, detention_only)


def _round_money(x: float) -> int:
    if x < 1000:
        return 1000
    step = 1000 if x < 100000 else 10000
    return int(round(x / step) * step)


# ----------------------------------------------------------------------------- text

_CN_NUM = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    import cn2an

    return cn2an.an2cn(int(n))


def term_text(months: int) -> str:
    """18 → 一年六个月, 6 → 六个月, 24 → 二年 (as judgments write them)."""
    y, m = divmod(int(months), 12)
    s = ""
    if y:
        s += f"{cn_number(y)}年"
    if m:
        s += f"{cn_number(m)}个月"
    return s or "一个月"


def _verified(pieces: list[str], law: str = "中华人民共和国刑法") -> list[str]:
    """Keep the article pieces ('第二百六十四条', '第六十七条第一款') that verify as current law."""
    kept = []
    for p in pieces:
        try:
            res = statutes.verify_citations(f"《{law}》{p}")
        except Exception:  # noqa: BLE001 - a checker failure means: not verified, not printed
            log.warning("citation check failed for %s", p)
            continue
        if res and all(r.get("exists") and r.get("current") for r in res):
            kept.append(p)
    return kept


def _sentence_text(kind: str, months: int, detention: bool = False) -> str:
    if kind == "death":
        return "死刑，剥夺政治权利终身"
    if kind == "life":
        return "无期徒刑，剥夺政治权利终身"
    if months < 6 or detention:
        return f"拘役{term_text(months)}"
    return f"有期徒刑{term_text(months)}"


def compose(facts: str, p: CriminalPrediction) -> str:
    flags = p.flags
    court = p.court or "XX人民法院"
    proc = p.procuratorate or (court.replace("人民法院", "人民检察院") if p.court else "XX人民检察院")
    charges = p.charges
    charge_names = "、".join(c.name for c in charges) or "犯罪"
    names = [d.name for d in p.defendants]
    who = "、".join(names)
    facts_clean = facts.strip()

    lines = [court, "刑事判决书", "（XXXX）X刑初X号", f"公诉机关{proc}。"]
    for d in p.defendants:
        parts = [f"被告人{d.name}"]
        parts.append(d.gender or "性别待核实")
        parts.append(f"{d.birth}出生" if d.birth else "出生日期待核实")
        if d.ethnicity:
            parts.append(d.ethnicity)
        parts.append(f"住{d.address}" if d.address else "住址待核实")
        lines.append("，".join(parts) + "。" + "；".join(d.custody) + "。")
    lines.append(
        f"{proc}以X检刑诉〔XXXX〕X号起诉书指控被告人{who}犯{charge_names}，于××××年××月××日向本院提起公诉。"
        f"本院依法组成合议庭，公开开庭审理了本案。{proc}指派检察员出庭支持公诉，被告人{who}到庭参加诉讼。现已审理终结。"
    )
    lines.append(f"公诉机关指控：{_strip_accusation(facts_clean)}")
    lines.append(f"经审理查明：{_strip_accusation(facts_clean)}")
    lines.append("上述事实，有公诉机关提交并经庭审质证、认证的被告人供述与辩解、证人证言、被害人陈述、"
                 "书证、鉴定意见、勘验检查笔录等证据证实，足以认定。")

    # 本院认为
    reason = [f"本院认为，被告人{who}无视国家法律，"]
    reason.append(f"其行为已构成{charge_names}，" if len(charges) <= 1 else f"其行为已分别构成{charge_names}，")
    reason.append(f"公诉机关指控被告人{who}犯{charge_names}的事实清楚，证据确实、充分，指控的罪名成立。")
    circ = []
    if flags["累犯"]:
        circ.append("被告人曾因故意犯罪被判处有期徒刑，刑罚执行完毕以后五年以内再犯应当判处有期徒刑以上刑罚之罪，是累犯，依法应当从重处罚")
    if flags["自首"]:
        circ.append("被告人犯罪以后自动投案，如实供述自己的罪行，是自首，依法可以从轻处罚")
    elif flags["坦白"]:
        circ.append("被告人归案后如实供述自己的罪行，系坦白，依法可以从轻处罚")
    if flags["立功"]:
        circ.append("被告人有立功表现，依法可以从轻处罚")
    if flags["未遂"]:
        circ.append("被告人已经着手实行犯罪，由于其意志以外的原因而未得逞，是犯罪未遂，依法可以比照既遂犯从轻或者减轻处罚")
    if flags["从犯"]:
        circ.append("在共同犯罪中起次要或者辅助作用的，是从犯，依法应当从轻、减轻处罚")
    if flags["未成年"]:
        circ.append("被告人犯罪时未满十八周岁，依法应当从轻或者减轻处罚")
    if flags["限定责任能力"]:
        circ.append("被告人系限定刑事责任能力人，依法可以从轻或者减轻处罚")
    if flags["认罪认罚"]:
        circ.append("被告人自愿认罪认罚，依法可以从宽处理")
    if flags["退赔"]:
        circ.append("被告人积极退赔（赔偿）被害人经济损失，可以酌情从轻处罚")
    if flags["谅解"]:
        circ.append("被告人取得被害人谅解，可以酌情从轻处罚")
    if flags["初犯"]:
        circ.append("被告人系初犯，可以酌情从轻处罚")
    if flags["前科"] and not flags["累犯"]:
        circ.append("被告人有前科，可以酌情从重处罚")
    if circ:
        reason.append("；".join(circ) + "。")
    if p.probation_months:
        reason.append("根据被告人的犯罪情节和悔罪表现，适用缓刑确实不致再危害社会，可以宣告缓刑。")

    # Citations: charge articles first, then circumstances, probation, fine, confiscation.
    pieces: list[str] = []
    for c in charges:
        art = article_number_cn(c.article) + c.suffix
        if c.key == "危险驾驶罪" and blood_alcohol(facts) >= 80:
            art += "第一款第（二）项"
        pieces.append(art)
    if flags["共同犯罪"] and len(names) > 1:
        pieces.append("第二十五条第一款")
    if flags["主犯"]:
        pieces.append("第二十六条")
    if flags["从犯"]:
        pieces.append("第二十七条")
    if flags["未遂"]:
        pieces.append("第二十三条")
    if flags["累犯"]:
        pieces.append("第六十五条第一款")
    if flags["自首"]:
        pieces.append("第六十七条第一款")
    elif flags["坦白"]:
        pieces.append("第六十七条第三款")
    if flags["立功"]:
        pieces.append("第六十八条")
    if flags["未成年"]:
        pieces.append("第十七条")
    if len(charges) > 1:
        pieces.append("第六十九条")
    if p.probation_months:
        pieces += ["第七十二条", "第七十三条"]
    if p.fine:
        pieces += ["第五十二条", "第五十三条"]
    if flags["违法所得"]:
        pieces.append("第六十四条")
    if p.term_kind == "none" and not p.fine:
        pieces.append("第三十七条")
    kept = _verified(list(dict.fromkeys(pieces)))
    basis = ""
    if kept:
        basis = "《中华人民共和国刑法》" + "、".join(kept)
    if flags["认罪认罚"]:
        cpl = _verified(["第十五条"], "中华人民共和国刑事诉讼法")
        if cpl:
            basis += ("，" if basis else "") + "《中华人民共和国刑事诉讼法》" + cpl[0]
    if basis:
        reason.append(f"依照{basis}之规定，判决如下：")
    else:
        reason.append("据此，判决如下：")
    lines.append("".join(reason))

    # 判决如下
    orders = []
    n_def = len(p.defendants)
    for k, d in enumerate(p.defendants):
        months = p.months
        if k > 0 and flags["从犯"]:
            months = max(1, int(round(months * 0.7)))
        orders.append(_order(d.name, charges, p, months, index=k + 1 if n_def > 1 else None))
    if flags["违法所得"]:
        orders.append("扣押在案的违法所得及供犯罪所用的本人财物，依法予以追缴、没收。")
    for i, o in enumerate(orders, 1):
        lines.append(f"{_cn_index(i)}、{o}" if len(orders) > 1 else o)
    lines.append(
        f"如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向{appeal_court(p.court)}提出上诉。"
        "书面上诉的，应当提交上诉状正本一份，副本二份。"
    )
    lines += ["审判长　XXX", "审判员　XXX", "审判员　XXX", "××××年××月××日", "书记员　XXX"]
    return "\n".join(lines) + "\n"


def _cn_index(i: int) -> str:
    return cn_number(i)


def _order(name: str, charges: list[Charge], p: CriminalPrediction, months: int, index: int | None) -> str:
    kind = p.term_kind
    fine = p.fine
    if not charges:
        charges = [Charge("犯罪", "", 0)]
    if kind == "none":
        if fine:
            head = f"被告人{name}犯{charges[0].name}，判处罚金人民币{fine}元"
        else:
            return f"被告人{name}犯{charges[0].name}，免予刑事处罚。"
        return head + "（罚金于本判决生效后十日内缴纳）。"
    if len(charges) > 1 and kind == "fixed":
        parts = []
        for j, c in enumerate(charges):
            sub = max(1, int(round(months * (0.8 if j == 0 else 0.5))))
            piece = f"犯{c.name}，判处{_sentence_text('fixed', sub)}"
            if fine:
                piece += f"，并处罚金人民币{_round_money(fine * (0.6 if j == 0 else 0.4))}元"
            parts.append(piece)
        text = f"被告人{name}" + "；".join(parts) + f"，决定执行{_sentence_text('fixed', months)}"
    else:
        text = f"被告人{name}犯{charges[0].name}，判处{_sentence_text(kind, months, p.detention)}"
    if p.probation_months and kind == "fixed":
        text += f"，缓刑{term_text(p.probation_months)}"
    if fine and kind in ("fixed", "life"):
        text += f"，并处罚金人民币{fine}元"
    text += "。"
    if p.probation_months and kind == "fixed":
        text += "\n（缓刑考验期限，从判决确定之日起计算。）"
    elif kind == "fixed":
        unit = "二日" if False else "一日"
        text += (f"\n（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期{unit}。）")
    if fine and kind in ("fixed", "life"):
        text += "\n（所处罚金于本判决生效后十日内缴纳。）"
    return text


def _strip_accusation(facts: str) -> str:
    """The facts without the prosecution's framing ('XX人民检察院指控：'), for 经审理查明."""
    t = re.sub(r"^[^，。：:]{0,40}?(人民检察院)?指控[：:，,]?", "", facts.strip())
    return t or facts.strip()


# ----------------------------------------------------------------------------- public API


def draft_criminal(facts: str) -> str:
    """The full 刑事判决书 draft for one fact description."""
    if not isinstance(facts, str) or not facts.strip():
        raise ValueError("案件事实为空，无法生成刑事判决书")
    facts = facts.strip()
    return compose(facts, predict(facts))


def review_notes(facts: str, p: CriminalPrediction) -> list[str]:
    """What the judge should check: where the charge came from, the sentencing bracket, the
    circumstances read from the facts (printed on the .docx's review page, not in the judgment)."""
    source = {"explicit": "事实描述中明示的罪名", "model": "罪名分类模型",
              "similarity": "罪名与刑法条文相似度检索（模型未学过该罪名，请重点核对）",
              "conduct": "事实中的行为特征词（行为词表，请核对）"}.get(p.source, p.source)
    notes = [f"罪名来源：{source}。"]
    for c in p.charges[:1] if len(p.charges) == 1 else []:
        g = guide(c.key, facts)
        if g:
            notes.append(f"量刑区间：{c.name}，{g.bracket}{_quantity_text(c.key, g.quantity)}，该档法定刑为"
                         f"{_range_text(c.key, g.lo, g.hi, CriminalModel.load().charges.get(c.key, {}))}" + ("（数额标准取各地标准的中间值，请按本省标准核对）。"
                                                              if c.key in MONEY else "。"))
    circ = [k for k, v in p.flags.items() if v and k not in ("共同犯罪", "违法所得", "多次", "入户", "持械")]
    notes.append("从事实中识别的量刑情节：" + ("、".join(circ) if circ else "无") + "。")
    notes.append("刑期、罚金为模型与量刑规则的估计，须由合议庭依法确定；被告人身份信息、案号、日期等待补全。")
    return notes


def _quantity_text(charge: str, q: float) -> str:
    if charge == "故意伤害罪":
        return ""
    if charge == "危险驾驶罪":
        return f"（血液酒精含量约{q:g}mg/100ml）"
    return f"（认定数量约{q:g}克）" if "毒品" in charge else f"（认定数额约{q:,.0f}元）"


def _range_text(charge: str, lo: int, hi: int, info: dict) -> str:
    """The bracket's statutory penalty as the article words it (life/death from the charge table)."""
    if charge == "危险驾驶罪":
        return "拘役一个月至六个月，并处罚金"
    if lo == 0:
        return f"{term_text(hi)}以下有期徒刑、拘役或者管制"
    if hi < 180:
        return f"{term_text(lo)}以上{term_text(hi)}以下有期徒刑"
    head = "十五年有期徒刑" if lo >= 180 else f"{term_text(lo)}以上有期徒刑"
    tail = [w for w, k in (("无期徒刑", "life"), ("死刑", "death")) if info.get(k)]
    if not tail:
        return head
    return head + ("、" + tail[0] + "或者" + tail[1] if len(tail) == 2 else "或者" + tail[0])


def write_criminal_docx(facts: str, path, document: str | None = None) -> Path:
    """The draft as .docx in court typography (generation/docx_render), with a review page."""
    from .docx_render import render_blocks

    facts = facts.strip()
    p = predict(facts)
    text = document if document is not None else compose(facts, p)
    lines = [line for line in text.splitlines() if line.strip()]
    blocks = []
    for i, line in enumerate(lines):
        if i == 0:
            kind = "court"
        elif i == 1:
            kind = "title"
        elif i == 2:
            kind = "number"
        elif re.match(r"^(审判长|审判员|人民陪审员|书记员)", line):
            kind = "sign"
        elif re.match(r"^(××××|[〇一二三四五六七八九零\d]{4})年.*日$", line):
            kind = "date"
        else:
            kind = "para"
        blocks.append((kind, line))
    blocks.append(("pagebreak", ""))
    blocks.append(("heading", "附：审核提示（不属于判决书正文）"))
    blocks += [("note", f"{i}.{n}") for i, n in enumerate(review_notes(facts, p), 1)]
    return render_blocks(blocks, path)


_UNSAFE = re.compile(r"[^0-9A-Za-z\u4e00-\u9fa5._-]")


def docx_name(item_id, index: int) -> str:
    """A safe file name for an item's .docx: its id with anything but letters, digits, CJK, . _ -
    replaced (no path separators), or its position when it has no usable id."""
    name = _UNSAFE.sub("_", str(item_id))[:80].strip("._") if item_id is not None else ""
    return f"{name or f'item{index}'}.docx"


def draft_criminal_batch(items: Iterable[dict], docx_dir: Path | str | None = None) -> Iterator[dict]:
    """{"id", "facts"} → {"id", "document"}; a bad item yields {"id", "document": None, "error"}.
    With ``docx_dir`` each draft is also written there as ID.docx (result key "docx")."""
    out_dir = Path(docx_dir) if docx_dir is not None else None
    used: set[str] = set()
    for n, item in enumerate(items, 1):
        item_id = item.get("id") if isinstance(item, dict) else None
        try:
            facts = item.get("facts") if isinstance(item, dict) else None
            if not isinstance(facts, str) or not facts.strip():
                raise ValueError("缺少案件事实（facts 为空或不是文本）")
            doc = draft_criminal(facts)
            result = {"id": item_id, "document": doc}
            if out_dir is not None:
                name = docx_name(item_id, n)
                if name in used:  # two ids that sanitise alike
                    name = f"{name[:-5]}_{n}.docx"
                used.add(name)
                result["docx"] = str(write_criminal_docx(facts, out_dir / name, document=doc))
            yield result
        except Exception as exc:  # noqa: BLE001 - one bad item must not stop the batch
            log.warning("criminal draft failed for item %s: %s", item_id, type(exc).__name__)
            yield {"id": item_id, "document": None, "error": str(exc) or type(exc).__name__}
