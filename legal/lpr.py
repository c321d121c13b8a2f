"""Loan Prime Rate (贷款市场报价利率, LPR) table, bundled as data.

Source: the monthly announcements of the National Interbank Funding Center (全国银行间同业拆借中心)
authorised by the People's Bank of China (中国人民银行授权全国银行间同业拆借中心公布), published on
www.chinamoney.com.cn and www.pbc.gov.cn, starting with the reformed LPR of 2019-08-20 (中国人民银行公告
〔2019〕第15号). Only announcements that CHANGED a rate are listed; in the months between, the rates
were announced unchanged. A rate applies from its announcement date until the next change.

The table is known to be complete up to ``KNOWN_THROUGH``. For a later date :func:`lpr` still answers
with the last rate but ``rate_for`` reports ``stale=True`` so that callers flag the figure for the judge
to check (update this table when the PBOC announces a change).

Rates are percent per year as Decimal (exact): ``Decimal("3.85")`` means 3.85 %.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal, NamedTuple

SOURCE = "中国人民银行授权全国银行间同业拆借中心公布的贷款市场报价利率（LPR），自2019年8月20日起"
KNOWN_THROUGH = _dt.date(2025, 10, 20)

# (announcement date, 1-year LPR %, 5-year-and-above LPR %)
_CHANGES: tuple[tuple[str, str, str], ...] = (
    ("2019-08-20", "4.25", "4.85"),
    ("2019-09-20", "4.20", "4.85"),
    ("2019-11-20", "4.15", "4.80"),
    ("2020-02-20", "4.05", "4.75"),
    ("2020-04-20", "3.85", "4.65"),
    ("2021-12-20", "3.80", "4.65"),
    ("2022-01-20", "3.70", "4.60"),
    ("2022-05-20", "3.70", "4.45"),
    ("2022-08-22", "3.65", "4.30"),
    ("2023-06-20", "3.55", "4.20"),
    ("2023-08-21", "3.45", "4.20"),
    ("2024-02-20", "3.45", "3.95"),
    ("2024-07-22", "3.35", "3.85"),
    ("2024-10-21", "3.10", "3.60"),
    ("2025-05-20", "3.00", "3.50"),
)

TABLE: tuple[tuple[_dt.date, Decimal, Decimal], ...] = tuple(
    (_dt.date.fromisoformat(d), Decimal(one), Decimal(five)) for d, one, five in _CHANGES
)
FIRST_DATE = TABLE[0][0]


class LprRate(NamedTuple):
    rate: Decimal  # percent per year
    announced: _dt.date  # the announcement in force on the date asked
    term: str  # "1y" | "5y"
    stale: bool  # the date is after KNOWN_THROUGH: check for a newer announcement


class LprUnavailable(ValueError):
    """The date lies before the reformed LPR existed (2019-08-20)."""


def as_date(d: _dt.date | str) -> _dt.date:
    return d if isinstance(d, _dt.date) else _dt.date.fromisoformat(str(d))


def row_in_force(table: tuple, day: _dt.date) -> tuple:
    """The last row of a date-ordered rate table (each row starts with its date) dated on or before ``day``."""
    current = table[0]
    for row in table:
        if row[0] <= day:
            current = row
        else:
            break
    return current


def rate_for(day: _dt.date | str, term: Literal["1y", "5y"] = "1y") -> LprRate:
    """The LPR in force on ``day`` with the announcement it comes from."""
    day = as_date(day)
    if day < FIRST_DATE:
        raise LprUnavailable(f"{day.isoformat()}早于2019年8月20日，当时尚无贷款市场报价利率（LPR）")
    current = row_in_force(TABLE, day)
    rate = current[1] if term == "1y" else current[2]
    return LprRate(rate, current[0], term, day > KNOWN_THROUGH)


def lpr(day: _dt.date | str, term: Literal["1y", "5y"] = "1y") -> Decimal:
    """The LPR (percent per year) in force on ``day``: ``lpr("2023-05-01") == Decimal("3.65")``."""
    return rate_for(day, term).rate
