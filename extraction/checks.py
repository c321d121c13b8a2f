"""Checks of the extracted elements. Problems are reported in `checks`, never raised.

Field validators come from courtdoc.legal.validators; the cross-checks (ID number <-> birth date and
gender, 大写 <-> digits, claims <-> amount, CPL art. 124 completeness) are extraction's own.
"""

from __future__ import annotations

import datetime as dt

from courtdoc.legal import validators

from courtdoc.contracts import CaseElements, Check

_TODAY = dt.date.today


def run_checks(el: CaseElements, extra: list[tuple[str, str, str]]) -> list[Check]:
    out: list[Check] = [Check(field=f, level=lv, message=msg) for f, lv, msg in extra]

    def add(field: str, level: str, message: str) -> None:
        out.append(Check(field=field, level=level, message=message))

    roles = {p.role for p in el.parties}
    for i, p in enumerate(el.parties):
        key = f"parties[{i}]"
        if p.id_number:
            for msg in validators.check_id_number(p.id_number):
                add(f"{key}.id_number", "error", msg)
            info = validators.id_number_info(p.id_number)
            if info:
                if p.birth_date and info.get("birth_date") and info["birth_date"] != p.birth_date:
                    add(f"{key}.birth_date", "error",
                        f"出生日期（{p.birth_date}）与身份证号码中的出生日期（{info['birth_date']}）不一致")
                if p.gender and info.get("gender") and info["gender"] != p.gender:
                    add(f"{key}.gender", "error", f"性别（{p.gender}）与身份证号码的性别位（{info['gender']}）不一致")
        if p.credit_code:
            for msg in validators.check_credit_code(p.credit_code):
                add(f"{key}.credit_code", "error", msg)
        if p.phone:
            for msg in validators.check_phone(p.phone):
                add(f"{key}.phone", "warning", msg)
        if p.birth_date:
            problems = validators.check_date(p.birth_date)
            for msg in problems:
                add(f"{key}.birth_date", "error", msg)
            if not problems and p.birth_date > _TODAY().isoformat():
                add(f"{key}.birth_date", "error", "出生日期晚于今天")
        if el.document_type == "起诉状" and p.role in ("原告", "被告"):
            if not p.address:
                add(f"{key}.address", "warning", f"{p.role}{p.name}缺少住所（民事诉讼法第一百二十四条）")
            if p.kind == "organization" and p.legal_representative is None:
                add(f"{key}.legal_representative", "warning", f"{p.role}{p.name}缺少法定代表人或主要负责人")
    if el.filed_on:
        problems = validators.check_date(el.filed_on)
        for msg in problems:
            add("filed_on", "error", msg)
        if not problems and el.filed_on > _TODAY().isoformat():
            add("filed_on", "warning", "落款日期晚于今天")
    if el.document_type == "起诉状":
        if "原告" not in roles:
            add("parties", "warning", "未识别到原告")
        if "被告" not in roles:
            add("parties", "warning", "未识别到被告")
        if not el.claims:
            add("claims", "warning", "未识别到诉讼请求")
    return out
