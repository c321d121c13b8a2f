"""Procedural deadlines (期间) of civil litigation and a calculator that shows its work.

Rules (2023 民事诉讼法 numbering; 民法典 for limitation periods):
- 答辩期: 15 days from receipt of the complaint copy (民事诉讼法 art. 128); 30 days for a defendant
  without domicile in the PRC (art. 285).
- 上诉期: 15 days from service of a first-instance judgment, 10 days for a ruling (art. 171); 30 days for
  a party without domicile in the PRC (art. 286).
- 举证期限: set by the court; at least 15 days in ordinary first instance (民诉法解释 art. 99), at most 15
  days in summary procedure (art. 266), generally at most 7 days in small claims (art. 275). The
  calculator needs the number of days the court fixed.
- 诉讼时效: 3 years from when the right holder knew or should have known of the harm and the obligor
  (民法典 art. 188).
- 申请执行期间: 2 years from the last day of the performance period, or from the date the document took
  effect when none is fixed (民事诉讼法 art. 250).

Counting: the start day is not counted (民事诉讼法 art. 85, 民法典 art. 201); a period in years ends on
the corresponding day of the final year, or the month's last day where there is none (民法典 art. 202);
a last day that falls on a rest day moves to the first working day after it (民事诉讼法 art. 85,
民法典 art. 203). Rest days are weekends plus the State Council holiday table bundled in
holidays_cn.json (2024-2026), with its adjusted working days; outside those years only weekends are
known and the explanation says so. Mail in transit is not counted (art. 85) and is not modelled here.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

_HOLIDAYS = Path(__file__).with_name("holidays_cn.json")


class DeadlineError(ValueError):
    """Bad input to the calculator (unknown kind, unreadable date, missing length)."""


@dataclass(frozen=True)
class Rule:
    kind: str
    name: str  # Chinese name shown to users
    length: int | None  # None: fixed by the court (举证期限)
    unit: str  # "day" | "year"
    start_event: str  # what starts the period, in Chinese
    refs: tuple[tuple[str, int], ...]  # (law short name, article)
    foreign_length: int | None = None
    foreign_refs: tuple[tuple[str, int], ...] = ()


RULES: dict[str, Rule] = {
    "answer": Rule("answer", "答辩期", 15, "day", "收到起诉状副本之日", (("民事诉讼法", 128),),
                   30, (("民事诉讼法", 285),)),
    "appeal_judgment": Rule("appeal_judgment", "不服判决的上诉期", 15, "day", "判决书送达之日",
                            (("民事诉讼法", 171),), 30, (("民事诉讼法", 286),)),
    "appeal_ruling": Rule("appeal_ruling", "不服裁定的上诉期", 10, "day", "裁定书送达之日",
                          (("民事诉讼法", 171),), 30, (("民事诉讼法", 286),)),
    "evidence": Rule("evidence", "举证期限", None, "day", "举证期限起算之日（以举证通知书为准）",
                     (("民诉法解释", 99), ("民诉法解释", 266), ("民诉法解释", 275))),
    "limitation": Rule("limitation", "诉讼时效期间", 3, "year", "知道或者应当知道权利受到损害以及义务人之日",
                       (("民法典", 188),)),
    "enforcement": Rule("enforcement", "申请执行期间", 2, "year",
                        "法律文书规定履行期间的最后一日（未规定履行期间的，为法律文书生效之日）",
                        (("民事诉讼法", 250),)),
}


@dataclass
class DeadlineResult:
    kind: str
    name: str
    start: date
    nominal_last_day: date  # before moving off rest days
    last_day: date
    explanation: str
    basis: list[tuple[str, int]] = field(default_factory=list)
    table_covered: bool = True  # False when the rest-day table does not cover the year

    def to_dict(self) -> dict:
        return {"kind": self.kind, "name": self.name, "start": self.start.isoformat(),
                "nominal_last_day": self.nominal_last_day.isoformat(), "last_day": self.last_day.isoformat(),
                "explanation": self.explanation, "basis": [list(b) for b in self.basis],
                "table_covered": self.table_covered}


@cache
def _table() -> tuple[frozenset[date], frozenset[date], frozenset[int]]:
    data = json.loads(_HOLIDAYS.read_text(encoding="utf-8"))
    off: set[date] = set()
    work: set[date] = set()
    for year in data["years"].values():
        for a, b in year["off"]:
            d, end = date.fromisoformat(a), date.fromisoformat(b)
            while d <= end:
                off.add(d)
                d += timedelta(days=1)
        work.update(date.fromisoformat(x) for x in year["work"])
    return frozenset(off), frozenset(work), frozenset(int(y) for y in data["years"])


def covered_years() -> frozenset[int]:
    return _table()[2]


def holiday_name(d: date) -> str | None:
    """'法定节假日' / '周末' when d is a rest day, else None."""
    off, work, _ = _table()
    if d in work:
        return None
    if d in off:
        return "法定节假日"
    if d.weekday() >= 5:
        return "周末"
    return None


def is_rest_day(d: date) -> bool:
    return holiday_name(d) is not None


def next_working_day(d: date) -> date:
    while is_rest_day(d):
        d += timedelta(days=1)
    return d


def _add_years(d: date, years: int) -> date:
    y = d.year + years
    last = calendar.monthrange(y, d.month)[1]
    return date(y, d.month, min(d.day, last))


def _as_date(value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise DeadlineError(f"无法识别的日期：{value!r}（应为 YYYY-MM-DD）") from exc


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def compute(kind: str, start: date | str, *, foreign: bool = False, days: int | None = None) -> DeadlineResult:
    """Last day of the period `kind` that starts with the event on `start`.

    `foreign`: the party has no domicile in the PRC (answer/appeal periods become 30 days).
    `days`: the length fixed by the court, required for "evidence"."""
    rule = RULES.get(kind)
    if rule is None:
        raise DeadlineError(f"未知的期间类型：{kind}（可选：{'、'.join(RULES)}）")
    start_d = _as_date(start)
    length, refs = rule.length, list(rule.refs)
    if foreign and rule.foreign_length:
        length, refs = rule.foreign_length, list(rule.foreign_refs)
    if rule.kind == "evidence":
        if not days or days <= 0:
            raise DeadlineError("举证期限的天数由法院确定，请提供举证通知书上的天数")
        length = days
    if rule.unit == "year":
        nominal = _add_years(start_d, length)
        count = (f"期间按年计算，开始当日不计入，自{_cn(start_d + timedelta(days=1))}起算，"
                 f"到期年的对应日{_cn(nominal)}为最后一日")
        shift_ref = ("民法典", 203)
        refs += [("民法典", 201), ("民法典", 202)]
    else:
        nominal = start_d + timedelta(days=length)
        count = (f"期间开始的当日不计算在内，自{_cn(start_d + timedelta(days=1))}起算第1日，"
                 f"第{length}日为{_cn(nominal)}")
        shift_ref = ("民事诉讼法", 85)
        refs.append(("民事诉讼法", 85))
    last = next_working_day(nominal)
    parts = [f"{rule.name}为{length}{'日' if rule.unit == 'day' else '年'}，自{rule.start_event}起算。",
             f"起算事件日期：{_cn(start_d)}；{count}。"]
    if last != nominal:
        parts.append(f"{_cn(nominal)}是{holiday_name(nominal)}，期间届满的最后一日是法定休假日的，"
                     f"以休假日后的第一个工作日{_cn(last)}为期间届满日。")
        if shift_ref not in refs:
            refs.append(shift_ref)
    covered = all(y in covered_years() for y in {nominal.year, last.year})
    parts.append(f"最后一日：{_cn(last)}。")
    if not covered:
        parts.append(f"注意：本系统未收录{nominal.year}年的法定节假日安排，只按周末顺延，请以国务院办公厅公布的安排为准。")
    if rule.unit == "day":
        parts.append("诉讼文书在期满前交邮的，不算过期。")
    return DeadlineResult(kind, rule.name, start_d, nominal, last, "".join(parts), refs, covered)
