"""Amounts, dates and article numbers as Chinese legal documents write them."""

from __future__ import annotations

import pytest
from courtdoc.legal.numerals import (
    amount_in_words,
    article_number_cn,
    find_amounts,
    find_dates,
    parse_amount,
    parse_article_number,
    parse_date,
)


@pytest.mark.parametrize(
    "text, yuan",
    [
        ("100,000元", 100000.0),
        ("100000", 100000.0),
        ("10万元", 100000.0),
        ("1.5万", 15000.0),
        ("2亿元", 200000000.0),
        ("十万元", 100000.0),
        ("壹拾万元整", 100000.0),
        ("人民币拾万元整", 100000.0),
        ("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", 1234567.89),
        ("三万五千元", 35000.0),
        ("两万元", 20000.0),
        ("100元5角3分", 100.53),
        ("伍佰元伍角叁分", 500.53),
        ("￥3,000.00", 3000.0),
        ("借款2万余元", 20000.0),
        ("1,234.56元", 1234.56),
        ("贰仟零伍拾元", 2050.0),
        ("没有金额", None),
        ("2023年", None),
        ("", None),
    ],
)
def test_parse_amount(text, yuan):
    assert parse_amount(text) == yuan


def test_find_amounts_spans():
    text = "判令被告偿还借款本金100,000元及利息5000元，诉讼费壹仟零伍拾元由被告负担"
    found = find_amounts(text)
    assert [v for _, _, v in found] == [100000.0, 5000.0, 1050.0]
    assert [text[s:e] for s, e, _ in found] == ["100,000元", "5000元", "壹仟零伍拾元"]


@pytest.mark.parametrize(
    "x, words",
    [
        (100000, "壹拾万元整"),
        (1234.56, "壹仟贰佰叁拾肆元伍角陆分"),
        (1005, "壹仟零伍元整"),
        (10, "壹拾元整"),
        (0.5, "伍角"),
        (20000000, "贰仟万元整"),
        (0, "零元整"),
    ],
)
def test_amount_in_words(x, words):
    assert amount_in_words(x) == words
    assert parse_amount(words) == x


def test_amount_in_words_negative():
    with pytest.raises(ValueError):
        amount_in_words(-1)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2023年5月1日", "2023-05-01"),
        ("二〇二三年五月一日", "2023-05-01"),
        ("二零二三年十二月三十一日", "2023-12-31"),
        ("2023-05-01", "2023-05-01"),
        ("2023.5.1", "2023-05-01"),
        ("2023/5/1", "2023-05-01"),
        ("20230501", "2023-05-01"),
        ("于2020年1月20日签订", "2020-01-20"),
        ("2023年2月30日", None),
        ("明天", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_find_dates():
    text = "原告于2019年3月5日出借，二〇二〇年一月十日到期，2020-02-30无效。"
    assert [iso for _, _, iso in find_dates(text)] == ["2019-03-05", "2020-01-10"]
    s, e, _ = find_dates(text)[1]
    assert text[s:e] == "二〇二〇年一月十日"


@pytest.mark.parametrize(
    "n, cn",
    [(1, "第一条"), (10, "第十条"), (15, "第十五条"), (110, "第一百一十条"), (667, "第六百六十七条"),
     (1001, "第一千零一条"), (1260, "第一千二百六十条"), (264, "第二百六十四条")],
)
def test_article_numbers(n, cn):
    assert article_number_cn(n) == cn
    assert parse_article_number(cn) == n


def test_parse_article_number_forms():
    assert parse_article_number("第667条") == 667
    assert parse_article_number("六百六十七") == 667
    assert parse_article_number(" 第 二十 条 ") == 20
    assert parse_article_number("条") is None
    assert parse_article_number("abc") is None


def test_digits_mixed_with_wan_and_qian_read_whole():
    from courtdoc.legal.numerals import find_amounts

    assert [v for _, _, v in find_amounts("借款3万5千元，另欠1万2千5百元和3万5000元")] == [35000, 12500, 35000]


def test_yuanyue_is_january_and_zhengyue_is_not_read():
    from courtdoc.legal.numerals import parse_date

    assert parse_date("一九八七年元月一日出生") == "1987-01-01"
    assert parse_date("1999年元月20日") == "1999-01-20"
    assert parse_date("二〇二四年正月初一") is None  # 正月 is the lunar month: no Gregorian date to give
