"""Exact money arithmetic and the way Chinese judgments write amounts, rates and dates."""

from __future__ import annotations

import datetime as _dt
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
_CN_DIGIT = "〇一二三四五六七八九"


def D(x) -> Decimal:
    """Decimal from a JSON number or string without binary-float noise (0.1 → 0.1)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    return Decimal(str(x).replace(",", "").replace("，", ""))


def cents(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def money(x) -> str:
    """100000 → '100000元'; 1234.5 → '1234.50元' (judgments write yuan without separators)."""
    v = cents(x)
    return f"{v:.0f}元" if v == v.to_integral_value() else f"{v:.2f}元"


def num(x) -> str:
    """A number as printed in a computation: no trailing zeros (14.8, 0.05, 3)."""
    v = D(x).normalize()
    s = format(v, "f")
    return s


def pct(x) -> str:
    """Percent per year: Decimal('14.8') → '14.8%'."""
    return f"{num(x)}%"


def as_date(x) -> _dt.date | None:
    if x is None or x == "":
        return None
    if isinstance(x, _dt.date):
        return x
    return _dt.date.fromisoformat(str(x)[:10])


def cn_date(x) -> str:
    """Arabic date as used in the body: 2023-05-01 → '2023年5月1日'."""
    d = as_date(x)
    return f"{d.year}年{d.month}月{d.day}日"


def _cn_small(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGIT[tens]
    return f"{head}十{_CN_DIGIT[ones] if ones else ''}"


def cn_numeral_date(x) -> str:
    """Date under the signature: 2023-05-01 → '二〇二三年五月一日'; 2023-12-31 → '二〇二三年十二月三十一日'."""
    d = as_date(x)
    year = "".join(_CN_DIGIT[int(c)] for c in str(d.year))
    return f"{year}年{_cn_small(d.month)}月{_cn_small(d.day)}日"


def cn_count(n: int) -> str:
    """Small counts in words: 1 → '一', 10 → '十', 15 → '十五', 30 → '三十'."""
    return _cn_small(n) if n else "零"


def days_inclusive(start: _dt.date, end: _dt.date) -> int:
    """Days from ``start`` to ``end`` counting both ends ('自1月1日起至12月31日止' = 365 days)."""
    return (end - start).days + 1


def add_years(d: _dt.date, years: int) -> _dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d: _dt.date, months: int) -> _dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    import calendar

    day = min(d.day, calendar.monthrange(year, month)[1])
    return _dt.date(year, month, day)


ORDINALS = "一二三四五六七八九十"


def ordinal(i: int) -> str:
    """1 → '一', 11 → '十一' (order and list numbering)."""
    return _cn_small(i)
