"""The bundled PBOC benchmark lending rates (legal/pboc_rates.py), checked row by row against the
announcements as written down by hand, and against the size of each announced move."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from courtdoc.legal.pboc_rates import (
    TABLE,
    TERMS,
    BenchmarkUnavailable,
    benchmark_rate,
    changes,
    term_for_months,
)


@pytest.mark.parametrize("day,term,rate", [
    ("1991-04-21", "1y", "8.64"), ("1993-05-14", "1y", "8.64"), ("1993-05-15", "1y", "9.36"),
    ("1993-07-11", "5y+", "14.04"), ("1995-07-01", "1y", "12.06"), ("1996-08-23", "1-3y", "10.98"),
    ("1997-10-23", "1y", "8.64"), ("1998-03-25", "3-5y", "9.72"), ("1998-07-01", "6m", "6.57"),
    ("1998-12-07", "1y", "6.39"), ("1999-06-10", "1y", "5.85"), ("2002-02-20", "1y", "5.85"),
    ("2002-02-21", "1y", "5.31"), ("2004-10-29", "1y", "5.58"), ("2006-04-28", "1y", "5.85"),
    ("2006-08-19", "1y", "6.12"), ("2007-03-18", "1y", "6.39"), ("2007-05-19", "1y", "6.57"),
    ("2007-07-21", "1y", "6.84"), ("2007-08-22", "1y", "7.02"), ("2007-09-15", "1y", "7.29"),
    ("2007-12-21", "1y", "7.47"), ("2007-12-21", "5y+", "7.83"), ("2008-09-16", "1y", "7.20"),
    ("2008-10-09", "1y", "6.93"), ("2008-10-30", "1y", "6.66"), ("2008-11-27", "1y", "5.58"),
    ("2008-12-23", "1y", "5.31"), ("2010-10-19", "1y", "5.31"), ("2010-10-20", "1y", "5.56"),
    ("2010-12-26", "1y", "5.81"), ("2011-02-09", "1y", "6.06"), ("2011-04-06", "1y", "6.31"),
    ("2011-07-07", "1y", "6.56"), ("2011-07-07", "5y+", "7.05"), ("2012-06-08", "1y", "6.31"),
    ("2012-07-06", "1y", "6.00"), ("2012-07-06", "1-3y", "6.15"), ("2014-11-21", "1y", "6.00"),
    ("2014-11-22", "1y", "5.60"), ("2014-11-22", "1-3y", "6.00"), ("2014-11-22", "5y+", "6.15"),
    ("2015-03-01", "1y", "5.35"), ("2015-05-11", "1y", "5.10"), ("2015-06-28", "1y", "4.85"),
    ("2015-08-26", "1y", "4.60"), ("2015-10-23", "1y", "4.60"), ("2015-10-24", "1y", "4.35"),
    ("2015-10-24", "3-5y", "4.75"), ("2015-10-24", "5y+", "4.90"), ("2019-08-19", "1y", "4.35"),
])
def test_rates(day, term, rate):
    assert benchmark_rate(day, term).rate == Decimal(rate)


# (adjustment, term, move in percentage points as announced)
MOVES = [
    ("2008-09-16", "1y", "-0.27"), ("2008-10-09", "1y", "-0.27"), ("2008-10-30", "1y", "-0.27"),
    ("2008-11-27", "1y", "-1.08"), ("2008-12-23", "1y", "-0.27"), ("2010-10-20", "1y", "0.25"),
    ("2010-12-26", "1y", "0.25"), ("2011-02-09", "1y", "0.25"), ("2011-04-06", "1y", "0.25"),
    ("2011-07-07", "1y", "0.25"), ("2012-06-08", "1y", "-0.25"), ("2012-07-06", "1y", "-0.31"),
    ("2014-11-22", "1y", "-0.40"), ("2015-03-01", "1y", "-0.25"), ("2015-05-11", "1y", "-0.25"),
    ("2015-06-28", "1y", "-0.25"), ("2015-08-26", "1y", "-0.25"), ("2015-10-24", "1y", "-0.25"),
    ("2007-03-18", "1y", "0.27"), ("2007-05-19", "1y", "0.18"), ("2007-07-21", "1y", "0.27"),
    ("2007-08-22", "1y", "0.18"), ("2007-09-15", "1y", "0.27"), ("2007-12-21", "1y", "0.18"),
    ("2006-04-28", "1y", "0.27"), ("2006-08-19", "1y", "0.27"), ("2004-10-29", "1y", "0.27"),
]


@pytest.mark.parametrize("day,term,move", MOVES)
def test_announced_moves(day, term, move):
    d = dt.date.fromisoformat(day)
    before = benchmark_rate(d - dt.timedelta(days=1), term).rate
    assert benchmark_rate(d, term).rate - before == Decimal(move)


def test_table_shape():
    days = [d for d, _ in TABLE]
    assert days == sorted(days) and len(set(days)) == len(days)
    for day, rates in TABLE:
        assert set(rates) == set(TERMS)
        values = [rates[t] for t in TERMS]
        assert values == sorted(values), day  # longer terms never cheaper
        if day >= dt.date(2014, 11, 22):  # merged terms
            assert rates["6m"] == rates["1y"] and rates["1-3y"] == rates["3-5y"]


def test_before_table_and_after_reform():
    with pytest.raises(BenchmarkUnavailable):
        benchmark_rate("1991-04-20")
    r = benchmark_rate("2023-01-01")
    assert r.rate == Decimal("4.35") and r.after_lpr_reform and r.adjusted == dt.date(2015, 10, 24)
    assert not benchmark_rate("2019-08-19").after_lpr_reform
    assert benchmark_rate("2016-01-01").describe() == "中国人民银行一年期贷款基准利率4.35%（2015年10月24日调整）"
    with pytest.raises(ValueError):
        benchmark_rate("2016-01-01", "2y")


@pytest.mark.parametrize("months,term", [(1, "6m"), (6, "6m"), (7, "1y"), (12, "1y"), (13, "1-3y"),
                                         (36, "1-3y"), (37, "3-5y"), (60, "3-5y"), (61, "5y+")])
def test_term_for_months(months, term):
    assert term_for_months(months) == term


def test_changes_over_a_period():
    steps = changes("2015-01-01", "2016-12-31")
    assert [(s.adjusted.isoformat(), str(s.rate)) for s in steps] == [
        ("2014-11-22", "5.60"), ("2015-03-01", "5.35"), ("2015-05-11", "5.10"), ("2015-06-28", "4.85"),
        ("2015-08-26", "4.60"), ("2015-10-24", "4.35")]
    assert [str(s.rate) for s in changes("2016-01-01", "2019-08-19")] == ["4.35"]
