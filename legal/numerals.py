"""Numbers as Chinese legal documents write them: money, dates and article numbers.

Amounts come in digits with commas ("100,000元"), with units ("10万元", "1.5万", "2亿元"), in
ordinary Chinese numerals ("十万元") and in financial capitals ("壹拾万元整", "人民币拾万元整"),
optionally with 角 and 分. Chinese numerals are converted with cn2an; this module only finds the
spans and handles the units.
"""

from __future__ import annotations

import datetime as _dt
import re
import warnings

with warnings.catch_warnings():  # cn2an imports proces with a deprecation warning on some versions
    warnings.simplefilter("ignore")
    import cn2an

__all__ = [
    "parse_amount",
    "find_amounts",
    "amount_in_words",
    "parse_date",
    "find_dates",
    "article_number_cn",
    "parse_article_number",
    "cn_to_int",
]

# Characters of Chinese numerals, ordinary and financial (大写).
_CN_DIGITS = "零〇一二两三四五六七八九壹贰贰叁肆伍陆柒捌玖"
_CN_UNITS = "十百千万亿拾佰仟"
_CN_NUM = f"[{_CN_DIGITS}{_CN_UNITS}]"

_DIGIT_NUM = r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# Money in digits: "100,000元", "10万元", "1.5万", "￥3,000.00", "100元5角3分", "2亿元".
_AMOUNT_DIGITS = re.compile(
    rf"(?:人民币|RMB)?\s*(?P<cur>[¥￥])?\s*(?P<num>{_DIGIT_NUM})\s*(?P<unit>亿|万|千)?(?:余|多)?\s*"
    r"(?:(?P<yuan>元|圆|块)(?:\s*(?P<jiao>\d)\s*角)?(?:\s*(?P<fen>\d{1,2})\s*分)?(?P<zheng>整)?)?"
)
# Money in Chinese numerals: "壹拾万元整", "十万元", "拾万元", "伍佰元伍角叁分", "三万五千元".
# (a 零 after the yuan before the dimes or cents, as 大写 writes a gap: "柒拾叁元零叁分", "伍佰元零伍角")
_AMOUNT_CN = re.compile(
    rf"(?:人民币)?(?P<num>{_CN_NUM}+)(?P<yuan>元|圆|块)(?:零(?=[{_CN_DIGITS}][角分]))?"
    rf"(?:(?P<jiao>[{_CN_DIGITS}])角)?(?:零?(?P<fen>[{_CN_DIGITS}])分)?(?P<zheng>整|正)?"
    rf"|(?:人民币)?(?P<num2>{_CN_NUM}+)角(?:(?P<fen2>[{_CN_DIGITS}])分)?(?P<zheng2>整)?"
)

_FIN = str.maketrans({"〇": "零", "圆": "元"})


def cn_to_int(text: str) -> int | None:
    """Chinese numeral (ordinary or 大写, "两", "〇") → int, None when it is not a number."""
    text = text.strip().translate(_FIN)
    if not text:
        return None
    if text.isdigit():
        return int(text)
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if value != int(value):
        return None
    return int(value)


def _digit(ch: str | None) -> int:
    if not ch:
        return 0
    if ch.isdigit():
        return int(ch)
    return cn_to_int(ch) or 0


def _digits_value(m: re.Match) -> float | None:
    raw = m.group("num").replace(",", "").replace("，", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    unit = m.group("unit")
    if unit == "万":
        value *= 10_000
    elif unit == "亿":
        value *= 100_000_000
    elif unit == "千":
        if m.group("yuan") is None:
            return None
        value *= 1000
    elif m.group("yuan") is None and m.group("cur") is None:
        return None  # a bare number is not money
    value += _digit(m.group("jiao")) / 10 + int(m.group("fen") or 0) / 100
    return round(value, 2)


def _cn_value(m: re.Match) -> float | None:
    if m.group("num") is not None:
        whole = cn_to_int(m.group("num"))
        if whole is None:
            return None
        return round(whole + _digit(m.group("jiao")) / 10 + _digit(m.group("fen")) / 100, 2)
    jiao = cn_to_int(m.group("num2"))
    if jiao is None or jiao > 9:
        return None
    return round(jiao / 10 + _digit(m.group("fen2")) / 100, 2)


def find_amounts(text: str) -> list[tuple[int, int, float]]:
    """Every sum of money in `text` as (start, end, yuan), in text order, spans not overlapping."""
    if not text:
        return []
    found: list[tuple[int, int, float]] = []
    for m in _AMOUNT_DIGITS.finditer(text):
        value = _digits_value(m)
        if value is not None:
            found.append((m.start(), m.end(), value))
    taken = [(s, e) for s, e, _ in found]
    for m in _AMOUNT_CN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = _cn_value(m)
        if value is not None:
            found.append((m.start(), m.end(), value))
    if "万" in text:
        found = _merge_mixed(text, found)
    found.sort()
    # Strip leading whitespace that the optional prefix groups may have swallowed.
    out = []
    for s, e, v in found:
        while s < e and text[s].isspace():
            s += 1
        out.append((s, e, v))
    return out


# Digits mixed with 万/千/百 ("3万5千元", "1万2千5百元", "3万5000元"): the patterns above read only up to
# the 万 (30000, then 5000), so the whole sum replaces the pieces it covers.
_MIXED = re.compile(r"(\d+(?:\.\d+)?)万(?:(\d)千)?(?:(\d)百)?(\d{1,4})?(?=元)")


def _merge_mixed(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    for m in _MIXED.finditer(text):
        if not (m.group(2) or m.group(3) or m.group(4)):
            continue
        v = float(m.group(1)) * 10000 + int(m.group(2) or 0) * 1000 + int(m.group(3) or 0) * 100 + int(m.group(4) or 0)
        end = m.end() + 1
        found = [f for f in found if f[1] <= m.start() or f[0] >= end] + [(m.start(), end, v)]
    return found


def parse_amount(text: str | None) -> float | None:
    """The (first) sum of money written in `text`, in yuan; None if there is none.

    A bare number ("100000") counts as yuan when it is the whole text (form fields).
    """
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    bare = text.replace(",", "").replace("，", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", bare):
        return float(bare)
    found = find_amounts(text)
    if found:
        return found[0][2]
    return None


def amount_in_words(x: float | int | str) -> str:
    """Financial capitals as written on judgments and cheques: 100000 → 壹拾万元整."""
    value = round(float(x), 2)
    if value < 0:
        raise ValueError("金额不能为负数")
    if value == 0:
        return "零元整"
    return cn2an.an2cn(f"{value:.2f}", "rmb")


# ---------------------------------------------------------------- dates

_CN_YEAR_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CNY = "〇零○Ｏ一二三四五六七八九"
_CN_MD = "一二三四五六七八九十"

_DATE_PATTERNS = [
    # 2023年5月1日, 2023 年 05 月 01 日 (元月 is January, a common way to write it; 正月 is the lunar month)
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2}|元)\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    # 二〇二三年五月一日, 二〇二三年十二月三十一日
    re.compile(rf"(?P<y>[{_CNY}]{{4}})\s*年\s*(?P<m>[{_CN_MD}]{{1,2}}|元)\s*月\s*(?P<d>[{_CN_MD}]{{1,3}})\s*[日号]"),
    # 2023-05-01, 2023/5/1, 2023.5.1
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"),
    # 20230501 (8 digits, only as a whole token)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
]


def _to_int(part: str) -> int | None:
    if part == "元":
        return 1  # 元月
    if part.isdigit():
        return int(part)
    return cn_to_int(part)


def _year(part: str) -> int | None:
    if part.isdigit():
        return int(part)
    try:
        return int("".join(str(_CN_YEAR_DIGIT[c]) for c in part))
    except KeyError:
        return None


def _iso(m: re.Match) -> str | None:
    y, mo, d = _year(m.group("y")), _to_int(m.group("m")), _to_int(m.group("d"))
    if y is None or mo is None or d is None:
        return None
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, *, patterns: tuple[int, ...] = (0, 1, 2)) -> list[tuple[int, int, str]]:
    """Every calendar date in `text` as (start, end, "YYYY-MM-DD"); impossible dates are skipped.

    Bare 8-digit dates (20230501) are matched only by `parse_date` on a whole string, because in
    running text they are usually parts of longer numbers.
    """
    if not text:
        return []
    found: list[tuple[int, int, str]] = []
    for i in patterns:
        for m in _DATE_PATTERNS[i].finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            iso = _iso(m)
            if iso:
                found.append((m.start(), m.end(), iso))
    found.sort()
    return found


def parse_date(text: str | None) -> str | None:
    """The (first) date in `text` as ISO YYYY-MM-DD; None when absent or impossible (2月30日)."""
    if not text:
        return None
    text = str(text).strip()
    if re.fullmatch(r"\d{8}", text):
        m = _DATE_PATTERNS[3].fullmatch(text)
        return _iso(m) if m else None
    found = find_dates(text)
    return found[0][2] if found else None


def date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) as written, without checking that the day exists (for validators)."""
    text = str(text).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            y, mo, d = _year(m.group("y")), _to_int(m.group("m")), _to_int(m.group("d"))
            if y is not None and mo is not None and d is not None:
                return y, mo, d
    return None


# ---------------------------------------------------------------- article numbers


def article_number_cn(n: int, suffix: str = "条") -> str:
    """667 → 第六百六十七条 (laws write 第十条, 第一百一十条, 第一千零一条)."""
    n = int(n)
    if n <= 0:
        raise ValueError("条文序号必须为正整数")
    return f"第{cn2an.an2cn(n)}{suffix}"


def parse_article_number(text: str | int) -> int | None:
    """第六百六十七条 / 六百六十七 / 第667条 / 667 → 667; None when it is not an article number."""
    if isinstance(text, int):
        return text if text > 0 else None
    s = str(text).strip()
    m = re.fullmatch(r"第?\s*([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*[条款项]?", s)
    if not m:
        return None
    value = _to_int(m.group(1))
    return value if value and value > 0 else None
