"""Validators for the identifiers found in court documents. Each returns Chinese problem messages
([] when valid); none raises on bad input and none logs the value it checks (personal data).

- Resident ID numbers, GB 11643-1999: 17 digits + ISO 7064 MOD 11-2 check character, the GB/T 2260
  region code (from python-stdnum's administrative-division table, which keeps historical codes),
  the birth date, and the sequence digit whose parity gives the gender.
- Unified social credit codes, GB 32100-2015: 18 characters from a 31-character alphabet, MOD 31
  check character (python-stdnum), registration-authority and organisation-type codes.
- Phone numbers: mainland mobile numbers and landlines with an area code.
- Dates: anything numerals.parse_date reads, with impossible dates named.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from stdnum.cn import uscc as _uscc

from .numerals import date_parts, parse_date

__all__ = ["check_id_number", "id_number_info", "check_credit_code", "check_phone", "check_date",
           "region_name"]

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"

_FULLWIDTH = str.maketrans("０１２３４５６７８９ＸｘＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＹ",
                           "0123456789XXABCDEFGHJKLMNPQRTUWY")


def _clean(s: str) -> str:
    return re.sub(r"[\s\-]", "", str(s).translate(_FULLWIDTH)).upper()


def id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def region_name(code: str) -> str | None:
    """GB/T 2260 six-digit code → "福建省厦门市思明区"-style name (province + county), None if unknown."""
    table = _region_table()
    code = str(code)[:6]
    if code not in table:
        return None
    province = table.get(code[:2] + "0000", "")
    prefecture = table.get(code[:4] + "00", "") if code[4:] != "00" else ""
    county = table[code]
    # The table holds province + own name; join province, prefecture and county once each.
    parts = [province] + [x[len(province):] for x in (prefecture, county) if x and x != province]
    return "".join(dict.fromkeys(p for p in parts if p)) or None


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """GB/T 2260 code → its own current name (福建省, 厦门市, 市辖区, 思明区 ...)."""
    from stdnum import numdb

    names: dict[str, str] = {}
    for _len, low, high, props, children in numdb.get("cn/loc").prefixes:
        for p in _span(low, high):
            names[p + "0000"] = props.get("province", "")
        for _clen, clow, chigh, cprops, _ in children:
            entries = [re.sub(r"^\[[^\]]*\]", "", c) for c in cprops.get("county", "").split(",") if c]
            current = [c for c in cprops.get("county", "").split(",") if c and not re.match(r"^\[[^\]]*-\d+\]", c)]
            name = re.sub(r"^\[[^\]]*\]", "", current[-1]) if current else (entries[-1] if entries else "")
            for p in _span(low, high):
                for c in _span(clow, chigh):
                    names[p + c] = name
    return names


@lru_cache(maxsize=1)
def _region_table() -> dict[str, str]:
    from stdnum import numdb

    table: dict[str, str] = {}
    for _len, low, high, props, children in numdb.get("cn/loc").prefixes:
        province = props.get("province", "")
        for _clen, clow, chigh, cprops, _ in children:
            county = cprops.get("county", "")
            names = [re.sub(r"^\[[^\]]*\]", "", c) for c in county.split(",") if c]
            name = names[-1] if names else ""
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", province):
                name = ""
            for p in _span(low, high):
                for c in _span(clow, chigh):
                    table[p + c] = province + name
    return table


def _span(low: str, high: str) -> list[str]:
    if low == high:
        return [low]
    return [str(i).zfill(len(low)) for i in range(int(low), int(high) + 1)]


def _birth(s: str) -> tuple[_dt.date | None, str | None]:
    try:
        return _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14])), None
    except ValueError:
        return None, "出生日期无效"


def check_id_number(s: str | None, *, today: _dt.date | None = None) -> list[str]:
    """Problems with a resident ID number (居民身份证号码), [] when it is valid."""
    if s is None or not str(s).strip():
        return ["身份证号码为空"]
    n = _clean(s)
    if len(n) == 15:
        if not n.isdigit():
            return ["15位身份证号码应全部为数字"]
        return ["15位旧身份证号码，应核对新的18位号码"]
    if len(n) != 18:
        return [f"身份证号码应为18位，实际为{len(n)}位"]
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        return ["身份证号码格式错误：前17位应为数字，末位为数字或X"]
    problems = []
    if n[:6] not in _region_table():
        if n[:2] + "0000" not in _region_table():
            problems.append("地址码（前6位）不是有效的行政区划代码")
        else:
            problems.append("地址码（前6位）不在行政区划代码表中")
    birth, err = _birth(n)
    if err:
        problems.append(err)
    elif birth is not None:
        today = today or _dt.date.today()
        if birth > today:
            problems.append("出生日期晚于当前日期")
        elif birth.year < 1900:
            problems.append("出生日期早于1900年")
    if n[17] != id_check_char(n[:17]):
        problems.append("校验码错误")
    return problems


def id_number_info(s: str | None) -> dict | None:
    """Birth date, gender and region read from an 18-digit ID number; None if it cannot be read.

    The checksum is not required here (check_id_number reports it); the birth date must exist.
    """
    if not s:
        return None
    n = _clean(s)
    if len(n) != 18 or not n[:17].isdigit():
        return None
    birth, err = _birth(n)
    if err or birth is None:
        return None
    return {
        "birth_date": birth.isoformat(),
        "gender": "男" if int(n[16]) % 2 == 1 else "女",
        "region": region_name(n[:6]),
    }


# GB 32100-2015: first char = registration authority, second = organisation type per authority.
_USCC_TYPES = {
    "1": "1239", "2": "19", "3": "12345679", "4": "12", "5": "1239", "6": "129", "7": "129",
    "8": "19", "9": "123", "A": "19", "N": "12349", "Y": "1",
}


def check_credit_code(s: str | None) -> list[str]:
    """Problems with a unified social credit code (统一社会信用代码), [] when valid."""
    if s is None or not str(s).strip():
        return ["统一社会信用代码为空"]
    n = _clean(s)
    if len(n) != 18:
        return [f"统一社会信用代码应为18位，实际为{len(n)}位"]
    if re.search(r"[IOSVZ]", n) or not re.fullmatch(r"[0-9A-Z]{18}", n):
        return ["统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）"]
    problems = []
    kinds = _USCC_TYPES.get(n[0])
    if kinds is None:
        problems.append("登记管理部门代码（第1位）无效")
    elif n[1] not in kinds:
        problems.append("机构类别代码（第2位）无效")
    if not n[2:8].isdigit() or (n[2:4] + "0000") not in _region_table():
        problems.append("登记管理机关行政区划码（第3-8位）无效")
    if n[17] != _uscc.calc_check_digit(n[:17]):
        problems.append("校验码错误")
    return problems


_MOBILE = re.compile(r"1[3-9]\d{9}")
# Area codes: 010, 02X, 03XX-09XX; subscriber numbers 7-8 digits; optional extension.
_LANDLINE = re.compile(r"(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})(?:(?:转|-|ext\.?)(\d{1,6}))?")
_SERVICE = re.compile(r"(?:400|800)\d{7}|12\d{3}|9\d{4}")


def check_phone(s: str | None) -> list[str]:
    """Problems with a phone number: mobile (11 digits, 1[3-9]) or landline with area code."""
    if s is None or not str(s).strip():
        return ["电话号码为空"]
    raw = str(s).translate(_FULLWIDTH).strip()
    n = re.sub(r"[\s()（）]", "", raw)
    n = re.sub(r"^(?:\+86|0086|86(?=1\d{10}$))-?", "", n)
    compact = n.replace("-", "")
    if _MOBILE.fullmatch(compact) or _SERVICE.fullmatch(compact):
        return []
    if compact.isdigit() and compact.startswith("1"):
        if len(compact) != 11:
            return [f"手机号码应为11位，实际为{len(compact)}位"]
        return ["手机号码号段无效"]
    m = _LANDLINE.fullmatch(n.replace("-", "", 1)) if "-" in n else _LANDLINE.fullmatch(compact)
    if m:
        return []
    if compact.isdigit() and len(compact) in (7, 8):
        return ["固定电话缺少区号"]
    if not re.fullmatch(r"[\d\-转ext.]+", n):
        return ["电话号码含有非数字字符"]
    return ["电话号码格式无效"]


def check_date(s: str | None, *, not_after: _dt.date | None = None) -> list[str]:
    """Problems with a written date (2023年5月1日, 二〇二三年五月一日, 2023-05-01 ...)."""
    if s is None or not str(s).strip():
        return ["日期为空"]
    iso = parse_date(s)
    if iso is None:
        parts = date_parts(s)
        if parts is None:
            return ["无法识别的日期"]
        y, m, d = parts
        if not 1 <= m <= 12:
            return [f"月份无效：{m}月"]
        return [f"日期不存在：{y}年{m}月{d}日"]
    if not_after is not None and _dt.date.fromisoformat(iso) > not_after:
        return ["日期晚于" + not_after.isoformat()]
    return []
