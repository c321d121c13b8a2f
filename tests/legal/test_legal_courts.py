"""Appeal courts and case numbers."""

from __future__ import annotations

import pytest
from courtdoc.legal.courts import (
    PROVINCE_ABBR,
    appeal_court,
    find_case_number,
    find_case_numbers,
    parse_case_number,
)


@pytest.mark.parametrize(
    "court, appeal",
    [
        ("福建省厦门市思明区人民法院", "福建省厦门市中级人民法院"),
        ("厦门市思明区人民法院", "福建省厦门市中级人民法院"),
        ("福建省晋江市人民法院", "福建省泉州市中级人民法院"),  # county-level city → its prefecture
        ("广东省深圳市南山区人民法院", "广东省深圳市中级人民法院"),
        ("江苏省南京市鼓楼区人民法院", "江苏省南京市中级人民法院"),
        ("云南省大理白族自治州大理市人民法院", "云南省大理白族自治州中级人民法院"),
        ("新疆维吾尔自治区阿克苏地区阿克苏市人民法院", "新疆维吾尔自治区阿克苏地区中级人民法院"),
        ("广西壮族自治区南宁市青秀区人民法院", "广西壮族自治区南宁市中级人民法院"),
        ("北京市海淀区人民法院", "北京市第一中级人民法院"),
        ("北京市西城区人民法院", "北京市第二中级人民法院"),
        ("北京市朝阳区人民法院", "北京市第三中级人民法院"),
        ("上海市浦东新区人民法院", "上海市第一中级人民法院"),
        ("上海市黄浦区人民法院", "上海市第二中级人民法院"),
        ("北京互联网法院", "北京市第四中级人民法院"),
        ("福建省厦门市中级人民法院", "福建省高级人民法院"),
        ("北京市第一中级人民法院", "北京市高级人民法院"),
        ("福建省高级人民法院", "最高人民法院"),
        # cannot be determined reliably → None (the caller flags it)
        ("鼓楼区人民法院", None),  # 鼓楼区 exists in several cities
        ("重庆市渝中区人民法院", None),
        ("湖北省仙桃市人民法院", None),
        ("最高人民法院", None),
        ("某某公司", None),
        ("", None),
    ],
)
def test_appeal_court(court, appeal):
    assert appeal_court(court) == appeal


@pytest.mark.parametrize(
    "s, year, abbr, code, level, ctype, number",
    [
        ("（2023）闽0203民初1234号", 2023, "闽", "0203", "基层", "民初", 1234),
        ("(2022)京02民终567号", 2022, "京", "02", "中级", "民终", 567),
        ("（2021）最高法民申100号", 2021, "最高法", None, "最高", "民申", 100),
        ("（2020）粤民再8号", 2020, "粤", None, "高级", "民再", 8),
        ("（2023）粤0305执恢12号", 2023, "粤", "0305", "基层", "执恢", 12),
        ("（2019）浙0106刑初345号", 2019, "浙", "0106", "基层", "刑初", 345),
        ("（2023）沪0115执5678号", 2023, "沪", "0115", "基层", "执", 5678),
    ],
)
def test_parse_case_number(s, year, abbr, code, level, ctype, number):
    r = parse_case_number(s)
    assert (r["year"], r["province_abbr"], r["court_code"], r["court_level"], r["type"], r["number"]) == (
        year, abbr, code, level, ctype, number)


def test_case_number_details():
    r = parse_case_number("（2023）闽0203民初1234号")
    assert r["province"] == "福建省" and r["type_name"] == "民事一审"
    assert r["region_hint"] == "思明区"
    assert r["case_number"] == "（2023）闽0203民初1234号"
    assert parse_case_number("(2023)闽0203民初01234号")["case_number"] == "（2023）闽0203民初1234号"


@pytest.mark.parametrize("s", ["2023闽0203民初1234号", "（2023）XX0203民初1234号", "民初1234号", "", None,
                               "（2023）闽0203民初1234号之后"])
def test_not_case_numbers(s):
    assert parse_case_number(s) is None


def test_find_case_numbers():
    text = "原审（2022）闽0203民初100号判决后，上诉人不服，本院立案（2023）闽02民终55号。"
    found = find_case_numbers(text)
    assert [f["case_number"] for f in found] == ["（2022）闽0203民初100号", "（2023）闽02民终55号"]
    first = find_case_number(text)
    assert text[first["start"]:first["end"]] == "（2022）闽0203民初100号"
    assert find_case_number("没有案号") is None


def test_province_abbreviations():
    assert PROVINCE_ABBR["闽"] == ("福建省", "35")
    assert PROVINCE_ABBR["沪"][0] == "上海市"
    assert len({v[0] for v in PROVINCE_ABBR.values()}) == 32  # 31 provinces + 兵团


def test_found_case_number_prints_as_the_number():
    found = find_case_number("案号(2023)闽0203民初1234号")
    assert str(found) == "（2023）闽0203民初1234号"
    assert found["text"] == "(2023)闽0203民初1234号"
