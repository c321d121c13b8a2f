"""Access to courtdoc.legal and the models engineer's modules, with small fallbacks.

extraction/ uses the shared legal API (validators, numerals, fees, causes, courts) and the learned
models (ner, cause_model). Those land in parallel; until a module is importable a minimal fallback
keeps extraction working, and `available()` says which real modules are in use (the bench prints it).
The fallbacks are deliberately small: the real implementations live in legal/ and models/.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cn2an

_REAL: dict[str, bool] = {}


def _try(name: str):
    try:
        module = __import__(f"courtdoc.{name}", fromlist=["_"])
        _REAL[name] = True
        return module
    except Exception:  # noqa: BLE001 - any import failure means "not landed yet"
        _REAL[name] = False
        return None


_validators = _try("legal.validators")
_numerals = _try("legal.numerals")
_fees = _try("legal.fees")
_causes = _try("legal.causes")
_courts = _try("legal.courts")


def available() -> dict[str, bool]:
    """Which shared modules are real (True) and which run on the local fallback (False)."""
    ner_model()
    cause_predictor()
    return dict(_REAL)


# --------------------------------------------------------------------------------- numerals

_CN_DIGITS = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億"
_AMOUNT_RE = re.compile(
    r"(?:人民币|¥|￥|RMB)?\s*"
    r"(?P<num>\d[\d,，]*(?:\.\d+)?|[" + _CN_DIGITS + r"点]+)"
    r"\s*(?P<unit>万亿元|亿元|万元|元|万)"
    r"(?P<tail>(?:[" + _CN_DIGITS + r"]+角)?(?:[" + _CN_DIGITS + r"]+分)?整?)"
)


def _fallback_find_amounts(text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in _AMOUNT_RE.finditer(text):
        num = m.group("num").replace(",", "").replace("，", "")
        try:
            value = float(num) if num[0].isdigit() else float(cn2an.cn2an(num, "smart"))
        except (ValueError, KeyError):
            continue
        unit = m.group("unit")
        if unit.startswith("万"):
            value *= 10_000
        elif unit.startswith("亿"):
            value *= 100_000_000
        tail = m.group("tail")
        for part, scale in ((r"(\S+?)角", 0.1), (r"角?(\S+?)分", 0.01)):
            sm = re.search(part, tail)
            if sm:
                try:
                    value += float(cn2an.cn2an(sm.group(1), "smart")) * scale
                except (ValueError, KeyError):
                    pass
        out.append((m.start(), m.end(), round(value, 2)))
    return out


def find_amounts(text: str) -> list[tuple[int, int, float]]:
    if _numerals is not None:
        return list(_numerals.find_amounts(text))
    return _fallback_find_amounts(text)


def parse_amount(text: str) -> float | None:
    if _numerals is not None:
        return _numerals.parse_amount(text)
    found = _fallback_find_amounts(text)
    return found[0][2] if found else None


_DATE_RE = re.compile(
    r"(?P<y>\d{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*[年.\-/]\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月.\-/]\s*"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?"
)


def _cn_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    table = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
    if len(s) == 4 and all(c in "〇零○Ｏ一二三四五六七八九" for c in s):
        return int(s.translate(table))
    return int(cn2an.cn2an(s, "smart"))


def _fallback_parse_date(text: str) -> str | None:
    m = _DATE_RE.search(text)
    if not m:
        return None
    try:
        y, mo, d = _cn_int(m.group("y")), _cn_int(m.group("m")), _cn_int(m.group("d"))
    except (ValueError, KeyError):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def parse_date(text: str) -> str | None:
    if _numerals is not None:
        return _numerals.parse_date(text)
    return _fallback_parse_date(text)


def amount_in_words(x: float) -> str | None:
    if _numerals is not None:
        return _numerals.amount_in_words(x)
    return None


# --------------------------------------------------------------------------------- validators

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def check_id_number(s: str) -> list[str]:
    if _validators is not None:
        return list(_validators.check_id_number(s))
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return ["身份证号码格式错误（应为18位）"]
    problems = []
    if _ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS, strict=True)) % 11] != s[17]:
        problems.append("身份证号码校验码错误")
    birth = f"{s[6:10]}-{s[10:12]}-{s[12:14]}"
    if check_date(birth):
        problems.append("身份证号码中的出生日期无效")
    return problems


def id_number_info(s: str) -> dict | None:
    if _validators is not None:
        return _validators.id_number_info(s)
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return None
    return {"birth_date": f"{s[6:10]}-{s[10:12]}-{s[12:14]}", "gender": "男" if int(s[16]) % 2 else "女",
            "region": None}


def check_credit_code(s: str) -> list[str]:
    if _validators is not None:
        return list(_validators.check_credit_code(s))
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", s):
        return ["统一社会信用代码格式错误（应为18位）"]
    return []


def check_phone(s: str) -> list[str]:
    if _validators is not None:
        return list(_validators.check_phone(s))
    digits = re.sub(r"[\s\-]", "", s)
    if re.fullmatch(r"1[3-9]\d{9}", digits) or re.fullmatch(r"0\d{2,3}\d{7,8}", digits):
        return []
    return ["电话号码格式错误"]


def check_date(s: str) -> list[str]:
    if _validators is not None:
        return list(_validators.check_date(s))
    import datetime as dt

    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return ["日期无效"]
    return []


# --------------------------------------------------------------------------------- causes, courts, fees

def find_cause(text: str) -> str | None:
    if _causes is not None:
        return _causes.find_cause(text)
    return None


def is_cause(name: str) -> bool:
    if _causes is not None:
        return bool(_causes.is_cause(name))
    return name.endswith(("纠纷", "争议"))


_CASE_NO_RE = re.compile(r"[（(]\s*\d{4}\s*[）)]\s*[\u4e00-\u9fa5]{0,2}\d{0,6}[\u4e00-\u9fa5]{1,6}\d+号(?:之[一二三四五六七八九十\d]+)?")


def find_case_number(text: str) -> tuple[str, int, int] | None:
    """(case number, start, end) of the first case number in `text`."""
    if _courts is not None:
        found = _courts.find_case_number(text)
        return (found["case_number"], found["start"], found["end"]) if found else None
    m = _CASE_NO_RE.search(text)
    return (m.group(0), m.start(), m.end()) if m else None


def acceptance_fee(cause: str | None, amount: float | None):
    """The FeeResult of legal.fees, or None when it is not available or has nothing to say."""
    if _fees is None:
        return None
    try:
        return _fees.acceptance_fee(cause, amount)
    except Exception:  # noqa: BLE001 - a fee we cannot compute is a check, never a crash
        return None


# --------------------------------------------------------------------------------- models

@lru_cache(maxsize=1)
def ner_model():
    """The NER model (loaded once) or None while it is not landed / not loadable."""
    module = _try("extraction.ner")
    if module is None:
        return None
    try:
        return module.NerModel.load()
    except Exception:  # noqa: BLE001 - missing artefact: rules only
        _REAL["extraction.ner"] = False
        return None


@lru_cache(maxsize=1)
def cause_predictor():
    module = _try("extraction.cause_model")
    if module is None:
        return None
    return getattr(module, "predict_cause", None)


def ner_spans(text: str) -> list:
    model = ner_model()
    if model is None or not text:
        return []
    try:
        return list(model.predict(text))
    except Exception:  # noqa: BLE001
        return []


def predict_cause(text: str) -> tuple[str, float] | None:
    fn = cause_predictor()
    if fn is None or not text:
        return None
    try:
        return fn(text)
    except Exception:  # noqa: BLE001
        return None
