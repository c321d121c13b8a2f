"""Courts and case numbers.

appeal_court: the court that hears an appeal (CPL arts. 171/第二审): a basic court's appeals go to
the intermediate court of its prefecture-level city, an intermediate court's to the provincial
high court, a high court's to the Supreme People's Court. The prefecture of a county or district
is read from the GB/T 2260 table (python-stdnum). Rules that the table cannot give:
- 北京, 上海: the district → 第一/第二/第三中级人民法院 tables below (Beijing: the 2013 division;
  Shanghai: the division of 上海一中院/二中院 by district);
- 天津, 重庆 and county-level units directly under a province (仙桃, 济源, 海南's counties ...):
  their intermediate courts are not named after a prefecture, so None is returned (the caller
  flags it for the judge) rather than a guess;
- internet courts of Beijing/Hangzhou/Guangzhou: their designated intermediate courts.

Case numbers (案号) follow 最高人民法院关于人民法院案件案号的若干规定: （year）+ province
abbreviation + court code + case-type code + serial number + 号, e.g. （2023）闽0203民初1234号.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .validators import region_names

__all__ = ["appeal_court", "parse_case_number", "find_case_number", "find_case_numbers",
           "PROVINCE_ABBR", "court_level"]

# Province abbreviation used in case numbers → (province name, GB/T 2260 province code).
PROVINCE_ABBR = {
    "京": ("北京市", "11"), "津": ("天津市", "12"), "冀": ("河北省", "13"), "晋": ("山西省", "14"),
    "内": ("内蒙古自治区", "15"), "蒙": ("内蒙古自治区", "15"), "辽": ("辽宁省", "21"), "吉": ("吉林省", "22"),
    "黑": ("黑龙江省", "23"), "沪": ("上海市", "31"), "苏": ("江苏省", "32"), "浙": ("浙江省", "33"),
    "皖": ("安徽省", "34"), "闽": ("福建省", "35"), "赣": ("江西省", "36"), "鲁": ("山东省", "37"),
    "豫": ("河南省", "41"), "鄂": ("湖北省", "42"), "湘": ("湖南省", "43"), "粤": ("广东省", "44"),
    "桂": ("广西壮族自治区", "45"), "琼": ("海南省", "46"), "渝": ("重庆市", "50"), "川": ("四川省", "51"),
    "黔": ("贵州省", "52"), "云": ("云南省", "53"), "滇": ("云南省", "53"), "藏": ("西藏自治区", "54"),
    "陕": ("陕西省", "61"), "甘": ("甘肃省", "62"), "青": ("青海省", "63"), "宁": ("宁夏回族自治区", "64"),
    "新": ("新疆维吾尔自治区", "65"), "兵": ("新疆生产建设兵团", "66"),
}

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")

BEIJING = {
    "北京市第一中级人民法院": ("海淀区", "石景山区", "门头沟区", "昌平区", "延庆区"),
    "北京市第二中级人民法院": ("东城区", "西城区", "丰台区", "房山区", "大兴区"),
    "北京市第三中级人民法院": ("朝阳区", "通州区", "顺义区", "怀柔区", "平谷区", "密云区"),
}
SHANGHAI = {
    "上海市第一中级人民法院": ("浦东新区", "徐汇区", "长宁区", "闵行区", "松江区", "金山区", "奉贤区", "青浦区"),
    "上海市第二中级人民法院": ("黄浦区", "静安区", "普陀区", "虹口区", "杨浦区", "宝山区", "嘉定区", "崇明区"),
}
SPECIAL = {
    "北京互联网法院": "北京市第四中级人民法院",
    "杭州互联网法院": "浙江省杭州市中级人民法院",
    "广州互联网法院": "广东省广州市中级人民法院",
}

_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}


@lru_cache(maxsize=1)
def _places() -> dict:
    """Names → codes: provinces, prefectures (per province) and counties (per province)."""
    names = region_names()
    provinces: dict[str, str] = {}
    prefectures: dict[str, dict[str, str]] = {}
    counties: dict[str, list[tuple[str, str]]] = {}
    for code, name in names.items():
        if code.endswith("0000"):
            provinces[name] = code
    for code, name in names.items():
        if code.endswith("0000") or name in _PLACEHOLDERS:
            continue
        province = names.get(code[:2] + "0000", "")
        if code.endswith("00"):
            prefectures.setdefault(province, {})[name] = code
        else:
            counties.setdefault(name, []).append((province, code))
    return {"provinces": provinces, "prefectures": prefectures, "counties": counties, "names": names}


def _short(province: str) -> str:
    return re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province)


def court_level(court_name: str) -> str | None:
    """最高 | 高级 | 中级 | 基层 (专门法院 included where the name says), None if not a court name."""
    name = court_name.strip()
    if name == "最高人民法院":
        return "最高"
    if name.endswith("高级人民法院"):
        return "高级"
    if name.endswith("中级人民法院") or name.endswith("中级法院"):
        return "中级"
    if name.endswith("人民法院") or name.endswith("法院"):
        return "基层"
    return None


def _split_province(rest: str) -> tuple[str | None, str]:
    p = _places()["provinces"]
    for province in sorted(p, key=len, reverse=True):
        for form in (province, _short(province)):
            if form and rest.startswith(form) and (form == province or len(form) >= 2):
                return province, rest[len(form):]
    return None, rest


def appeal_court(court_name: str | None) -> str | None:
    """The court of appeal for `court_name`, or None where it cannot be determined reliably."""
    if not court_name:
        return None
    name = re.sub(r"\s+", "", court_name)
    if name in SPECIAL:
        return SPECIAL[name]
    level = court_level(name)
    if level is None or level == "最高":
        return None
    if level == "高级":
        return "最高人民法院"
    province, rest = _split_province(name)
    if level == "中级":
        if province is None:
            return None
        return f"{province}高级人民法院"
    rest = re.sub(r"人民法院$", "", rest)
    if not rest:
        return None
    places = _places()
    if province in MUNICIPALITIES:
        table = BEIJING if province == "北京市" else SHANGHAI if province == "上海市" else {}
        for court, districts in table.items():
            if rest in districts:
                return court
        return None
    prefs = places["prefectures"]
    # Explicit prefecture in the name: 福建省厦门市思明区 / 厦门市思明区.
    candidates = [province] if province else list(prefs)
    for prov in candidates:
        for pref in sorted(prefs.get(prov, {}), key=len, reverse=True):
            if rest.startswith(pref) and len(rest) > len(pref):
                county = rest[len(pref):]
                code = prefs[prov][pref]
                if any(c[:4] == code[:4] for _, c in places["counties"].get(county, [])):
                    return f"{prov}{pref}中级人民法院"
    # Only the county: look its prefecture up (must be unambiguous).
    options = {(prov, code[:4] + "00") for prov, code in places["counties"].get(rest, [])
               if province is None or prov == province}
    if len(options) != 1:
        return None
    prov, pref_code = options.pop()
    pref = places["names"].get(pref_code, "")
    if pref in _PLACEHOLDERS or prov in MUNICIPALITIES:
        return None
    return f"{prov}{pref}中级人民法院"


# ---------------------------------------------------------------- case numbers

_CASE_TYPES = {
    "民初": "民事一审", "民终": "民事二审", "民再": "民事再审", "民申": "民事申请再审审查", "民特": "民事特别程序",
    "民催": "公示催告", "民督": "督促程序", "民辖": "管辖", "民辖终": "管辖上诉", "民破": "破产", "破": "破产",
    "破申": "破产申请审查", "刑初": "刑事一审", "刑终": "刑事二审", "刑再": "刑事再审", "刑申": "刑事申诉审查",
    "刑更": "减刑假释", "刑核": "死刑复核", "行初": "行政一审", "行终": "行政二审", "行再": "行政再审",
    "行申": "行政申请再审审查", "执": "首次执行", "执恢": "恢复执行", "执保": "财产保全执行", "执异": "执行异议",
    "执复": "执行复议", "执监": "执行监督", "执协": "执行协调", "执他": "其他执行", "财保": "诉前财产保全",
    "知民初": "知识产权民事一审", "知民终": "知识产权民事二审", "司救民": "司法救助", "赔": "国家赔偿",
    "民保令": "人身安全保护令", "诉前调": "诉前调解",
}
_CASE_NO = re.compile(
    r"[（(〔\[](?P<year>(?:19|20)\d{2})[）)〕\]]\s*(?P<abbr>最高法|[京津冀晋内蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云滇藏陕甘青宁新兵])"
    r"(?P<code>\d{0,4})\s*(?P<type>[\u4e00-\u9fff]{1,4}?)\s*(?P<number>\d{1,7})\s*号"
)


class CaseNumber(dict):
    """A parsed case number (a dict); str() gives the normalised number, e.g. （2023）闽0203民初1234号."""

    def __str__(self) -> str:
        return self["case_number"]


def _parse(m: re.Match) -> CaseNumber:
    abbr, code, ctype = m["abbr"], m["code"], m["type"]
    if abbr == "最高法":
        province, level = None, "最高"
    else:
        province = PROVINCE_ABBR[abbr][0]
        level = {0: "高级", 2: "中级", 4: "基层"}.get(len(code))
    region = None
    if abbr != "最高法" and len(code) == 4:
        region = region_names().get(PROVINCE_ABBR[abbr][1] + code)
    return CaseNumber({
        "case_number": f"（{m['year']}）{abbr}{code}{ctype}{int(m['number'])}号",
        "text": m.group(0),
        "year": int(m["year"]),
        "province_abbr": abbr,
        "province": province,
        "court_code": code or None,
        "court_level": level,
        "region_hint": region,  # the court code usually mirrors the county's GB/T 2260 code
        "type": ctype,
        "type_name": _CASE_TYPES.get(ctype),
        "number": int(m["number"]),
        "start": m.start(),
        "end": m.end(),
    })


def parse_case_number(s: str | None) -> dict | None:
    """（2023）闽0203民初1234号 → {"year": 2023, "province": "福建省", "court_code": "0203",
    "type": "民初", "type_name": "民事一审", "number": 1234, ...}; None if `s` is not a case number."""
    if not s:
        return None
    text = s.strip()
    m = _CASE_NO.fullmatch(text) or _CASE_NO.match(text)
    if not m or m.end() != len(text):
        return None
    out = _parse(m)
    for key in ("start", "end", "text"):
        out.pop(key)
    return out


def find_case_numbers(text: str | None) -> list[dict]:
    """Every case number in `text` with its offsets (start, end)."""
    return [_parse(m) for m in _CASE_NO.finditer(text or "")]


def find_case_number(text: str | None) -> dict | None:
    """The first case number in `text` (parsed, with start/end), None if there is none."""
    found = find_case_numbers(text)
    return found[0] if found else None
