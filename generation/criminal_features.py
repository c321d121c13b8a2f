"""Features of a criminal fact description, shared by training (models/train_criminal.py) and
the drafting runtime (generation/criminal.py).

Two kinds: a TF-IDF vector of character 1-2 grams over a vocabulary fixed at training time, and
hand-written rule features (amounts of money, drug weight, blood alcohol, injuries, sentencing
circumstances) that carry the numbers a bag of n-grams cannot see.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from courtdoc.legal.numerals import find_amounts

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Full-width digits/letters to ASCII, whitespace removed, commas inside numbers dropped."""
    text = text.translate(_FULLWIDTH)
    text = _SPACE.sub("", text)
    return re.sub(r"(?<=\d)[,，](?=\d{3})", "", text)


_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULLWIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULLWIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULLWIDTH.update({ord("．"): ord(".")})


# ----------------------------------------------------------------------------- TF-IDF


def char_ngrams(text: str, n_max: int = 2) -> Counter:
    grams: Counter = Counter()
    for n in range(1, n_max + 1):
        grams.update(text[i : i + n] for i in range(len(text) - n + 1))
    return grams


@dataclass
class TfidfVocab:
    """Character n-gram TF-IDF (sublinear tf, l2-normalised), vocabulary chosen at training time."""

    terms: list[str]
    idf: list[float]
    n_max: int = 2
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {t: i for i, t in enumerate(self.terms)}
        self._idf = np.asarray(self.idf, dtype=np.float32)

    @classmethod
    def fit(cls, texts: list[str], size: int, n_max: int = 2, min_df: int = 2) -> TfidfVocab:
        df: Counter = Counter()
        for t in texts:
            df.update(set(char_ngrams(normalize(t), n_max)))
        # Keep the most frequent terms, but drop those in nearly every document (no signal).
        n = len(texts)
        ranked = [t for t, c in df.most_common() if min_df <= c <= 0.9 * n][:size]
        idf = [math.log((1 + n) / (1 + df[t])) + 1.0 for t in ranked]
        return cls(ranked, idf, n_max)

    def transform(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.terms)), dtype=np.float32)
        for row, t in enumerate(texts):
            for g, c in char_ngrams(normalize(t), self.n_max).items():
                j = self.index.get(g)
                if j is not None:
                    out[row, j] = 1.0 + math.log(c)
        out *= self._idf
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-6)

    def to_json(self) -> dict:
        return {"terms": self.terms, "idf": [round(x, 5) for x in self.idf], "n_max": self.n_max}

    @classmethod
    def from_json(cls, data: dict) -> TfidfVocab:
        return cls(data["terms"], data["idf"], data.get("n_max", 2))


# ----------------------------------------------------------------------------- circumstances

_NEG = re.compile(r"(不|未|没有|无|不能|不属|不构成|不予认定)[^，。；]{0,4}$")


def _has(pattern: str, text: str) -> bool:
    """True when `pattern` occurs in `text` and not right after a negation (不构成自首)."""
    for m in re.finditer(pattern, text):
        if not _NEG.search(text[max(0, m.start() - 8) : m.start()]):
            return True
    return False


# Each circumstance: a pattern over the (normalised) facts.
CIRCUMSTANCES: dict[str, str] = {
    "自首": r"自首|主动投案|投案自首|主动到[^，。；]{0,15}(派出所|公安|投案)|主动向[^，。；]{0,10}(公安|派出所)[^，。；]{0,6}投案",
    "坦白": r"如实供述|坦白|供认不讳|如实交代",
    "累犯": r"累犯",
    "前科": r"前科|曾因[^。；]{0,30}(被判处|被处以|判处|被行政拘留|行政处罚)|刑满释放",
    "认罪认罚": r"认罪认罚|具结书",
    "从犯": r"从犯|次要作用|辅助作用",
    "主犯": r"主犯|主要作用",
    "未遂": r"未遂|未得逞|意志以外的原因",
    "中止": r"犯罪中止|自动放弃",
    "退赔": r"退赔|退赃|退还|返还|退缴|赔偿[^，。；]{0,12}损失|已赔偿|赔偿了",
    "谅解": r"谅解",
    "立功": r"立功|检举揭发",
    "未成年": r"未成年|不满十八周岁|已满十[四六]周岁不满十八周岁",
    "限定责任能力": r"限定(刑事)?责任能力",
    "多次": r"多次|[2-9二三四五六七八九十]次|数次",
    "入户": r"入户|翻墙进入|撬门|撬锁",
    "持械": r"持刀|携带凶器|持械|匕首|砍刀|持枪",
    "初犯": r"初犯|偶犯|无前科|无违法犯罪",
    "共同犯罪": r"共同犯罪|伙同|结伙|合伙|共谋|商议",
    # Something to confiscate (刑法第六十四条): proceeds, drugs, tools; not a car stopped at a checkpoint.
    "违法所得": r"违法所得|非法获利|从中获利|获利[\d人]|赃款|毒资|作案工具|(?:扣押|查获|缴获|收缴|起获)[^。；]{0,30}?"
               r"(?:毒品|甲基苯丙胺|海洛因|冰毒|氯胺酮|麻古|大麻|赌资|赌具|工具|刀|枪|弹药|赃物|假币|淫秽|光盘|"
               r"手机|电脑|现金|货款|钱款)",
    "取保候审": r"取保候审",
}


def _recidivist(t: str) -> bool:
    """累犯 (刑法第六十五条): a prior 有期徒刑 served, and the new offence within five years of release.
    Reads "…被判处有期徒刑一年，2017年3月刑满释放" and the years of the new offence."""
    m = re.search(r"(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?[^。；]{0,6}刑满释放", t)
    if not m:
        return False
    start = max(t.rfind("。", 0, m.start()), t.rfind("；", 0, m.start())) + 1
    prior = t[start : m.start()]  # the sentence about the earlier conviction
    if "有期徒刑" not in prior or re.search(r"过失|缓刑", prior):
        return False
    released = int(m.group(1))
    later = [int(y) for y in re.findall(r"(\d{4})年", t[:start] + t[m.end() :]) if int(y) >= released]
    return bool(later) and min(later) - released <= 5


def circumstances(text: str) -> dict[str, bool]:
    t = normalize(text)
    flags = {name: _has(p, t) for name, p in CIRCUMSTANCES.items()}
    if not flags["累犯"] and _recidivist(t):
        flags["累犯"] = True
    if flags["自首"]:
        flags["坦白"] = False  # 自首 subsumes the confession
    if flags["累犯"]:
        flags["初犯"] = False
    return flags


# ----------------------------------------------------------------------------- quantities

_DRUG = r"海洛因|甲基苯丙胺|冰毒|麻古|氯胺酮|K粉|大麻|可卡因|毒品|摇头丸|鸦片|吗啡|美沙酮|甲卡西酮"
_GRAMS = re.compile(r"(\d+(?:\.\d+)?)\s*(千克|公斤|kg|KG|克|g|G)(?![a-zA-Z])")
_BAC = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|毫克|MG)\s*/\s*(100|一百)\s*(ml|毫升|mL|ML)")
_INJURY = {
    "轻微伤": r"轻微伤",
    "轻伤": r"轻伤",
    "重伤": r"重伤",
    "死亡": r"死亡|身亡|致死",
}


def money_amounts(text: str) -> list[float]:
    t = normalize(text)
    return [v for _, _, v in find_amounts(t) if 1 <= v < 1e10]


def drug_grams(text: str) -> float:
    """The largest drug weight written near a drug name (grams), 0 when none."""
    t = normalize(text)
    best = 0.0
    for m in _GRAMS.finditer(t):
        window = t[max(0, m.start() - 40) : m.end() + 10]
        if not re.search(_DRUG, window):
            continue
        g = float(m.group(1)) * (1000.0 if m.group(2) in ("千克", "公斤", "kg", "KG") else 1.0)
        best = max(best, g)
    return best


def blood_alcohol(text: str) -> float:
    """Blood alcohol content in mg/100ml (危险驾驶), 0 when none stated."""
    vals = [float(m.group(1)) for m in _BAC.finditer(normalize(text))]
    return max(vals) if vals else 0.0


RULE_NAMES = [
    "log_money_max", "log_money_sum", "log_drug_g", "bac", "轻微伤", "轻伤", "重伤", "死亡",
    "自首", "坦白", "累犯", "前科", "谅解", "退赔", "未遂", "从犯", "主犯", "认罪认罚", "未成年",
    "立功", "多次", "入户", "持械", "初犯", "取保候审", "log_len",
    # Statutory features of the charge(s), filled from the charge table (see charge_statute_features).
    "stat_log_max", "stat_fine", "stat_life", "stat_death", "stat_detention_only",
    # Sentencing bracket of the charge(s) (generation/criminal_sentencing.guide_features).
    "guide_log_months", "guide_present", "guide_log_fine_lo",
]
N_CHARGE_FEATURES = 8  # the statute and guide features at the end of RULE_NAMES
N_RULES = len(RULE_NAMES)


def rule_features(text: str, statute: list[float] | None = None) -> np.ndarray:
    t = normalize(text)
    money = money_amounts(t)
    flags = circumstances(t)
    v = [
        math.log1p(max(money)) / 15 if money else 0.0,
        math.log1p(sum(money)) / 15 if money else 0.0,
        math.log1p(drug_grams(t)) / 10,
        min(blood_alcohol(t), 400.0) / 200,
    ]
    v += [1.0 if re.search(p, t) else 0.0 for p in _INJURY.values()]
    v += [float(flags[k]) for k in ("自首", "坦白", "累犯", "前科", "谅解", "退赔", "未遂", "从犯", "主犯",
                                    "认罪认罚", "未成年", "立功", "多次", "入户", "持械", "初犯", "取保候审")]
    v.append(math.log1p(len(t)) / 10)
    statute = list(statute) if statute is not None else []
    v += statute + [0.0] * (N_CHARGE_FEATURES - len(statute))
    return np.asarray(v, dtype=np.float32)


def charge_statute_features(infos: list[dict]) -> list[float]:
    """Statutory range of the charged articles: log of the first clause's maximum term (months),
    whether a fine is provided, life/death available, detention-only (危险驾驶)."""
    if not infos:
        return [0.0] * 5
    return [
        max(math.log1p(i.get("base_max_months", 36)) / 6 for i in infos),
        float(any(i.get("fine") for i in infos)),
        float(any(i.get("life") for i in infos)),
        float(any(i.get("death") for i in infos)),
        float(all(i.get("detention_only") for i in infos)),
    ]
