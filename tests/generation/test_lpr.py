"""The bundled LPR table (legal/lpr.py), checked against announcements written down by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from courtdoc.legal.lpr import KNOWN_THROUGH, LprUnavailable, lpr, rate_for


@pytest.mark.parametrize("day,term,rate", [
    ("2019-08-20", "1y", "4.25"), ("2019-09-19", "1y", "4.25"), ("2019-09-20", "1y", "4.20"),
    ("2020-04-20", "1y", "3.85"), ("2021-12-19", "1y", "3.85"), ("2021-12-20", "1y", "3.80"),
    ("2022-05-20", "5y", "4.45"), ("2022-08-22", "1y", "3.65"), ("2023-08-21", "1y", "3.45"),
    ("2024-02-20", "5y", "3.95"), ("2024-10-21", "1y", "3.10"), ("2025-05-20", "5y", "3.50"),
])
def test_rates(day, term, rate):
    assert lpr(day, term) == Decimal(rate)


def test_before_reform_and_stale():
    with pytest.raises(LprUnavailable):
        lpr("2019-08-19")
    assert rate_for(KNOWN_THROUGH).stale is False
    assert rate_for("2030-01-01").stale is True
