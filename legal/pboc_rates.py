"""The People's Bank of China RMB lending benchmark rates (中国人民银行金融机构人民币贷款基准利率), bundled
as data beside the LPR table (legal/lpr.py).

Before the reformed LPR (2019-08-20), courts took these benchmark rates where a rule said "银行同类贷款
利率" / "中国人民银行同期同类人民币贷款基准利率", e.g. 买卖合同解释 art. 18 para. 4 (breaches before
2019-08-20), 民间借贷 overdue interest when nothing was agreed and the default began before any LPR
existed, or the 迟延履行期间的债务利息 before 2014-08-01.

Source: the PBOC announcements of each adjustment (中国人民银行决定…调整金融机构人民币存贷款基准利率),
from 1991-04-21 to the last change on 2015-10-24. The PBOC has announced no change since; the
benchmark stayed at the 2015-10-24 figures, and from 2019-08-20 the LPR replaced it as the pricing
reference (中国人民银行公告〔2019〕第15号). Rows were written down from the announcements (offline: no
PBOC page could be fetched) and checked against the size of each announced move (e.g. 2008-11-27
one-year −1.08, 2012-07-06 −0.31, 2014-11-22 −0.40; tests/legal/test_pboc_rates.py). Every row from
1991-04-21 to 2012-07-06, all five terms, was then compared with an independently kept public rate
table (a loan-interest calculator's source): 34 of 34 rows equal. The six merged-term rows
(2014-11-22 … 2015-10-24) match the published one-year / one-to-five-year / over-five-year figures;
the 2015-08-26 row also matches the Bank of China rate sheet of that day.

Terms (档次) are those of the announcements: 六个月以内（含）, 六个月至一年（含）, 一至三年（含）,
三至五年（含）, 五年以上. From 2014-11-22 the PBOC merged them into 一年以内（含）, 一至五年（含）,
五年以上; the table repeats the merged figure in both old columns so a term lookup works on any date.

Rates are percent per year as Decimal: ``Decimal("4.35")`` is 4.35 %.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal, NamedTuple

from .lpr import as_date, row_in_force

Term = Literal["6m", "1y", "1-3y", "3-5y", "5y+"]
TERMS: tuple[Term, ...] = ("6m", "1y", "1-3y", "3-5y", "5y+")
TERM_NAMES = {"6m": "六个月以内（含六个月）", "1y": "六个月至一年（含一年）", "1-3y": "一至三年（含三年）",
              "3-5y": "三至五年（含五年）", "5y+": "五年以上"}
SOURCE = "中国人民银行公布的金融机构人民币贷款基准利率"
LPR_REFORM = _dt.date(2019, 8, 20)

# (effective date, 6 months, 6 months–1 year, 1–3 years, 3–5 years, over 5 years), percent per year
_CHANGES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("1991-04-21", "8.10", "8.64", "9.00", "9.54", "9.72"),
    ("1993-05-15", "8.82", "9.36", "10.80", "12.06", "12.24"),
    ("1993-07-11", "9.00", "10.98", "12.24", "13.86", "14.04"),
    ("1995-01-01", "9.00", "10.98", "12.96", "14.58", "14.76"),
    ("1995-07-01", "10.08", "12.06", "13.50", "15.12", "15.30"),
    ("1996-05-01", "9.72", "10.98", "13.14", "14.94", "15.12"),
    ("1996-08-23", "9.18", "10.08", "10.98", "11.70", "12.42"),
    ("1997-10-23", "7.65", "8.64", "9.36", "9.90", "10.53"),
    ("1998-03-25", "7.02", "7.92", "9.00", "9.72", "10.35"),
    ("1998-07-01", "6.57", "6.93", "7.11", "7.65", "8.01"),
    ("1998-12-07", "6.12", "6.39", "6.66", "7.20", "7.56"),
    ("1999-06-10", "5.58", "5.85", "5.94", "6.03", "6.21"),
    ("2002-02-21", "5.04", "5.31", "5.49", "5.58", "5.76"),
    ("2004-10-29", "5.22", "5.58", "5.76", "5.85", "6.12"),
    ("2006-04-28", "5.40", "5.85", "6.03", "6.12", "6.39"),
    ("2006-08-19", "5.58", "6.12", "6.30", "6.48", "6.84"),
    ("2007-03-18", "5.67", "6.39", "6.57", "6.75", "7.11"),
    ("2007-05-19", "5.85", "6.57", "6.75", "6.93", "7.20"),
    ("2007-07-21", "6.03", "6.84", "7.02", "7.20", "7.38"),
    ("2007-08-22", "6.21", "7.02", "7.20", "7.38", "7.56"),
    ("2007-09-15", "6.48", "7.29", "7.47", "7.65", "7.83"),
    ("2007-12-21", "6.57", "7.47", "7.56", "7.74", "7.83"),
    ("2008-09-16", "6.21", "7.20", "7.29", "7.56", "7.74"),
    ("2008-10-09", "6.12", "6.93", "7.02", "7.29", "7.47"),
    ("2008-10-30", "6.03", "6.66", "6.75", "7.02", "7.20"),
    ("2008-11-27", "5.04", "5.58", "5.67", "5.94", "6.12"),
    ("2008-12-23", "4.86", "5.31", "5.40", "5.76", "5.94"),
    ("2010-10-20", "5.10", "5.56", "5.60", "5.96", "6.14"),
    ("2010-12-26", "5.35", "5.81", "5.85", "6.22", "6.40"),
    ("2011-02-09", "5.60", "6.06", "6.10", "6.45", "6.60"),
    ("2011-04-06", "5.85", "6.31", "6.40", "6.65", "6.80"),
    ("2011-07-07", "6.10", "6.56", "6.65", "6.90", "7.05"),
    ("2012-06-08", "5.85", "6.31", "6.40", "6.65", "6.80"),
    ("2012-07-06", "5.60", "6.00", "6.15", "6.40", "6.55"),
    # from here on the merged terms: 一年以内（含）, 一至五年（含）, 五年以上
    ("2014-11-22", "5.60", "5.60", "6.00", "6.00", "6.15"),
    ("2015-03-01", "5.35", "5.35", "5.75", "5.75", "5.90"),
    ("2015-05-11", "5.10", "5.10", "5.50", "5.50", "5.65"),
    ("2015-06-28", "4.85", "4.85", "5.25", "5.25", "5.40"),
    ("2015-08-26", "4.60", "4.60", "5.00", "5.00", "5.15"),
    ("2015-10-24", "4.35", "4.35", "4.75", "4.75", "4.90"),
)

TABLE: tuple[tuple[_dt.date, dict[str, Decimal]], ...] = tuple(
    (_dt.date.fromisoformat(row[0]), dict(zip(TERMS, (Decimal(x) for x in row[1:]), strict=True)))
    for row in _CHANGES
)
FIRST_DATE = TABLE[0][0]
LAST_CHANGE = TABLE[-1][0]
MERGED_TERMS = _dt.date(2014, 11, 22)


class BenchmarkRate(NamedTuple):
    rate: Decimal  # percent per year
    adjusted: _dt.date  # the adjustment in force on the date asked
    term: str
    after_lpr_reform: bool  # the date is on or after 2019-08-20, when the LPR took over

    def describe(self) -> str:
        """'中国人民银行一年期贷款基准利率4.35%（2015年10月24日调整）' as a draft prints it."""
        d = self.adjusted
        name = "一年期" if self.term == "1y" else TERM_NAMES[self.term]
        return f"中国人民银行{name}贷款基准利率{_pct(self.rate)}（{d.year}年{d.month}月{d.day}日调整）"


class BenchmarkUnavailable(ValueError):
    """The date lies before the first adjustment the table holds (1991-04-21)."""


def _pct(x: Decimal) -> str:
    s = format(x.normalize(), "f")
    return f"{s}%"


def benchmark_rate(day: _dt.date | str, term: Term = "1y") -> BenchmarkRate:
    """The benchmark lending rate of ``term`` in force on ``day``."""
    day = as_date(day)
    if term not in TERMS:
        raise ValueError(f"贷款期限档次无效：{term}（可选：{'、'.join(TERMS)}）")
    if day < FIRST_DATE:
        raise BenchmarkUnavailable(f"{day.isoformat()}早于内置贷款基准利率表的起点（1991年4月21日）")
    current = row_in_force(TABLE, day)
    return BenchmarkRate(current[1][term], current[0], term, day >= LPR_REFORM)


def term_for_months(months: int) -> Term:
    """The 档次 of a loan of ``months`` months (6 → '6m', 12 → '1y', 36 → '1-3y', 60 → '3-5y')."""
    if months <= 6:
        return "6m"
    if months <= 12:
        return "1y"
    if months <= 36:
        return "1-3y"
    if months <= 60:
        return "3-5y"
    return "5y+"


def changes(start: _dt.date | str, end: _dt.date | str, term: Term = "1y") -> list[BenchmarkRate]:
    """The rate in force on ``start`` and every adjustment up to ``end``: the steps of a "同期"
    (contemporaneous, floating) benchmark rate over a period."""
    start, end = as_date(start), as_date(end)
    out = [benchmark_rate(start, term)]
    for day, rates in TABLE:
        if start < day <= end and rates[term] != out[-1].rate:
            out.append(BenchmarkRate(rates[term], day, term, day >= LPR_REFORM))
    return out
