"""Slot extraction for the robot: amount, dates, case number, cause of action, deadline kind,
procedure, verification value. Uses courtdoc.legal helpers where they exist (numerals, courts, causes)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from courtdoc.legal import numerals

# A case number such as （2023）闽0203民初1234号; legal.courts.find_case_number is preferred when present.
_CASE_NO = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[）)]\s*[\u4e00-\u9fa5]{1,2}\d{0,6}[\u4e00-\u9fa5]{1,6}\d{1,6}号")
_MD = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_YMD_LOOSE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?")
_RELATIVE = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "大前天": 3}
_DAYS = re.compile(r"(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:天|日)(?:内|的)?")
_QUERY_CODE = re.compile(r"(?:查询码|验证码|查询密码)\s*(?:是|为|:|：)?\s*([A-Za-z0-9]{4,12})")
_FOUR_DIGITS = re.compile(r"(?<![\d])(\d{4})(?![\d])")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def find_case_number(text: str) -> str | None:
    try:
        from courtdoc.legal import courts

        found = courts.find_case_number(text)
        if found:
            return found if isinstance(found, str) else found[0] if isinstance(found, tuple) else str(found)
    except (ImportError, AttributeError):
        pass
    m = _CASE_NO.search(text)
    return m.group(0) if m else None


def find_cause(text: str) -> str | None:
    try:
        from courtdoc.legal import causes

        return causes.find_cause(text)
    except (ImportError, AttributeError):
        return None


# Spoken amounts without a unit: 三十万, 十八万, 两万八 (= 28000), 八千五 (= 8500).
_CN_NUM = "零一二两三四五六七八九十百千"
_SPOKEN = re.compile(rf"([{_CN_NUM}]+)(万|千)([一二两三四五六七八九](?![{_CN_NUM}千万元块]))?")


def _spoken_amount(text: str) -> float | None:
    m = _SPOKEN.search(text)
    if not m:
        return None
    try:
        import cn2an

        head = cn2an.cn2an(m.group(1).replace("两", "二"), "smart")
    except (ImportError, ValueError):
        return None
    unit = 10000 if m.group(2) == "万" else 1000
    tail = _CN_DIGITS.get(m.group(3) or "", 0) if m.group(3) else 0
    value = float(head) * unit + tail * unit / 10
    return value if value > 0 else None


def find_amount(text: str) -> float | None:
    """The money amount of the claim. Ignores numbers that are dates, days or case numbers."""
    case_no = find_case_number(text)
    if case_no:
        text = text.replace(case_no, " ")
    # "1千万" / "3百万": the unit words multiply (else "1千万" would read as 1000).
    text = re.sub(r"(\d+(?:\.\d+)?)\s*([千百])万",
                  lambda m: f"{float(m.group(1)) * (1000 if m.group(2) == '千' else 100):g}万", text)
    for _, _, value in numerals.find_amounts(text):
        if value and value > 0:
            return float(value)
    if not re.search(r"\d", text):
        spoken = _spoken_amount(text)
        if spoken is not None:
            return spoken
    # Bare "标的额50000" / "10万" without the 元 unit.
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万|千)?(?:元|块)?", re.sub(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*[日号]", " ", text))
    if m and re.search(r"标的|金额|欠|借|万|元|块|赔|货款|工资|钱", text):
        value = float(m.group(1)) * {"万": 10000, "千": 1000}.get(m.group(2) or "", 1)
        if value >= 1 and not (len(m.group(1)) == 4 and not m.group(2) and re.search(r"后四位|尾号", text)):
            return value
    return None


def find_date(text: str, today: date) -> date | None:
    """The first date mentioned: full dates via legal.numerals, then 月日 without a year (the latest
    such date not after today), then 今天/昨天/前天."""
    iso = numerals.parse_date(text)
    if iso:
        try:
            return date.fromisoformat(iso)
        except ValueError:
            pass
    m = _YMD_LOOSE.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    m = _MD.search(text)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        try:
            d = date(today.year, month, day)
        except ValueError:
            return None
        return d if d <= today else date(today.year - 1, month, day)
    for word in sorted(_RELATIVE, key=len, reverse=True):
        if word in text:
            return today - timedelta(days=_RELATIVE[word])
    return None


def find_days(text: str) -> int | None:
    text = _YMD_LOOSE.sub(" ", _MD.sub(" ", text))
    m = _DAYS.search(text)
    if not m:
        return None
    raw = m.group(1)
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN_DIGITS.get(raw[1:], 0)
    if "十" in raw:
        a, _, b = raw.partition("十")
        return _CN_DIGITS.get(a, 0) * 10 + _CN_DIGITS.get(b, 0)
    return _CN_DIGITS.get(raw)


def find_verification(text: str) -> str | None:
    """A query code (查询码 ABC123) or the last four digits of the phone number."""
    m = _QUERY_CODE.search(text)
    if m:
        return m.group(1)
    case_no = find_case_number(text)
    rest = text.replace(case_no, " ") if case_no else text
    # The legal helper may return a normalised form (full-width brackets); strip the raw span too.
    rest = _YMD_LOOSE.sub(" ", _CASE_NO.sub(" ", rest))
    m = _FOUR_DIGITS.search(rest)
    return m.group(1) if m else None


def deadline_kind(text: str) -> str | None:
    if re.search(r"上诉|上述期|不服.{0,6}(判决|裁定)", text):
        return "appeal_ruling" if "裁定" in text else "appeal_judgment"
    if re.search(r"答辩|答变|应诉", text):
        return "answer"
    if re.search(r"举证", text):
        return "evidence"
    if re.search(r"申请(强制)?执行|执行(时效|期限|期间)", text):
        return "enforcement"
    if re.search(r"诉讼时效|时效|诉讼时笑", text):
        return "limitation"
    return None


# A party abroad: the 30-day periods (民事诉讼法 arts. 285/286) apply to a party without domicile in the PRC;
# the answer states that assumption, so a country name in the question is enough to use them.
_FOREIGN = re.compile(
    r"境外|国外|外国|海外|没有住所|无住所|港澳台|香港|澳门|台湾"
    r"|美国|英国|法国|德国|日本|韩国|加拿大|澳大利亚|澳洲|新西兰|新加坡|马来西亚|泰国|越南|菲律宾|印度|俄罗斯|意大利|西班牙|荷兰")


def is_foreign(text: str) -> bool:
    return bool(_FOREIGN.search(text))


def procedure(text: str) -> str:
    if re.search(r"简易程序|小额", text):
        return "summary"
    if re.search(r"调解结案|调解了|调解成功|以调解", text):
        return "mediated"
    if re.search(r"撤诉", text):
        return "withdrawn"
    return "ordinary"


def fee_category_hint(text: str) -> str | None:
    """The fee category (legal.fees alias) when the question names the kind of case in plain words."""
    if re.search(r"离婚|离昏", text):
        return "离婚"
    if re.search(r"名誉|肖像|姓名权|隐私|人格权", text):
        return "人格权"
    if re.search(r"知识产权|商标|专利|著作权|版权", text):
        return "知识产权"
    if re.search(r"劳动争议|劳动纠纷|欠薪|拖欠工资|工资", text):
        return "劳动争议"
    return None
