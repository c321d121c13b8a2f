"""Validators: ID numbers (GB 11643), credit codes (GB 32100), phones and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from courtdoc.legal.validators import (
    check_credit_code,
    check_date,
    check_id_number,
    check_phone,
    id_number_info,
    region_name,
)


def _with_check(first17: str) -> str:
    # ISO 7064 MOD 11-2 written out independently of the module under test.
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    r = sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11
    return first17 + "10X98765432"[r]


def test_known_valid_id():
    assert check_id_number("11010519491231002X") == []
    info = id_number_info("11010519491231002X")
    assert info == {"birth_date": "1949-12-31", "gender": "女", "region": "北京市朝阳区"}


@pytest.mark.parametrize(
    "first17, birth, gender, region",
    [
        ("35020319800101123", "1980-01-01", "男", "福建省厦门市思明区"),
        ("35020319800101124", "1980-01-01", "女", "福建省厦门市思明区"),
        ("44030519951231001", "1995-12-31", "男", "广东省深圳市南山区"),
        ("50010120000229002", "2000-02-29", "女", "重庆市万州区"),
        ("31011519700615003", "1970-06-15", "男", "上海市浦东新区"),
    ],
)
def test_generated_valid_ids(first17, birth, gender, region):
    n = _with_check(first17)
    assert check_id_number(n) == []
    assert check_id_number(n.lower()) == []
    assert id_number_info(n) == {"birth_date": birth, "gender": gender, "region": region}


@pytest.mark.parametrize(
    "number, message",
    [
        ("350203198001011234", "校验码错误"),
        ("3502031980010112", "身份证号码应为18位，实际为16位"),
        ("35020319800A011234", "身份证号码格式错误：前17位应为数字，末位为数字或X"),
        ("", "身份证号码为空"),
        ("350203800101123", "15位旧身份证号码，应核对新的18位号码"),
    ],
)
def test_bad_ids(number, message):
    assert message in check_id_number(number)


def test_impossible_birth_date_and_region():
    assert "出生日期无效" in check_id_number(_with_check("35020319810229123"))  # 1981 not leap
    assert "出生日期无效" in check_id_number(_with_check("35020319801301123"))
    assert id_number_info(_with_check("35020319801301123")) is None
    problems = check_id_number(_with_check("99020319800101123"))
    assert problems == ["地址码（前6位）不是有效的行政区划代码"]
    future = check_id_number(_with_check("35020320990101123"), today=dt.date(2024, 1, 1))
    assert future == ["出生日期晚于当前日期"]


def test_region_names():
    assert region_name("350203") == "福建省厦门市思明区"
    assert region_name("110101") == "北京市东城区"
    assert region_name("350200") == "福建省厦门市"
    assert region_name("990000") is None


@pytest.mark.parametrize(
    "code, ok",
    [
        ("91110000600037341L", True),
        ("91350100M000100Y43", True),
        ("91110000600037341M", False),
        ("91350200MA2XXXXXXX", False),
    ],
)
def test_credit_code_checksum(code, ok):
    assert (check_credit_code(code) == []) is ok


def test_credit_code_messages():
    assert check_credit_code("9111000060003734") == ["统一社会信用代码应为18位，实际为16位"]
    assert "含有不允许的字符" in check_credit_code("91110000600037341O")[0]
    assert "校验码错误" in check_credit_code("91110000600037341M")
    assert "登记管理部门代码（第1位）无效" in check_credit_code("B1110000600037341L")


@pytest.mark.parametrize(
    "phone, ok",
    [
        ("13900000000", True),
        ("+86 139-0000-0000", True),
        ("0592-5123456", True),
        ("010-62345678", True),
        ("(0592)5123456", True),
        ("0592-5123456转801", True),
        ("12368", True),
        ("1390000000", False),
        ("12900000000", False),
        ("5123456", False),
        ("电话号码", False),
    ],
)
def test_phone(phone, ok):
    assert (check_phone(phone) == []) is ok


def test_phone_messages():
    assert check_phone("1390000000") == ["手机号码应为11位，实际为10位"]
    assert check_phone("5123456") == ["固定电话缺少区号"]


@pytest.mark.parametrize(
    "text, problems",
    [
        ("2023年5月1日", []),
        ("二〇二三年五月一日", []),
        ("2024-02-29", []),
        ("2023年2月30日", ["日期不存在：2023年2月30日"]),
        ("2023-13-01", ["月份无效：13月"]),
        ("不详", ["无法识别的日期"]),
        ("", ["日期为空"]),
    ],
)
def test_dates(text, problems):
    assert check_date(text) == problems


def test_date_not_after():
    assert check_date("2030年1月1日", not_after=dt.date(2025, 1, 1)) == ["日期晚于2025-01-01"]
