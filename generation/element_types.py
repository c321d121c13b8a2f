"""Input types of the 要素表 (element tables of the civil case types).

Each case module's ``ELEMENT_TABLE`` holds ``(key, label, required)`` or ``(key, label, required, type)``;
a missing type is ``"text"``. A type is one of

* ``"text"``; ``"number"`` or ``number("元")`` (a unit shown after the input); ``"date"`` (YYYY-MM-DD);
  ``"month"`` (YYYY-MM); ``"yesno"`` (JSON true / false); ``"names"`` (a list of party names);
* ``choice((value, 中文 label), ...)``: one of the values;
* ``rows(column, ...)``: a list of objects, ``obj(column, ...)``: one object; a column is an entry
  like the table's own, ``(key, label, required[, type])``, of a scalar type.

``field(entry)`` turns an entry into the JSON the judge's page reads: ``{key, label, required, type}``
plus ``unit`` (number), ``options`` [{value, label}] (choice) or ``columns`` [field] (list / object).
"""

from __future__ import annotations

SCALARS = ("text", "number", "date", "month", "yesno", "names")
TEXT, NUMBER, DATE, MONTH, YESNO, NAMES = SCALARS


def number(unit: str) -> dict:
    return {"number": unit}


def choice(*options: tuple) -> dict:
    return {"choice": list(options)}


def rows(*columns: tuple) -> dict:
    return {"list": list(columns)}


def obj(*columns: tuple) -> dict:
    return {"object": list(columns)}


MONEY, PERCENT, DAYS, AGE = number("元"), number("%"), number("天"), number("岁")


def field(entry: tuple, nested: bool = False) -> dict:
    """The JSON description of one element (or list column); ValueError for an unknown type."""
    key, label, required, *rest = entry
    spec = rest[0] if rest else "text"
    out = {"key": key, "label": label, "required": bool(required)}
    if isinstance(spec, str) and spec in SCALARS:
        return {**out, "type": spec}
    if isinstance(spec, dict) and len(spec) == 1:
        (kind, arg), = spec.items()
        if kind == "number" and isinstance(arg, str):
            return {**out, "type": "number", "unit": arg}
        if kind == "choice" and arg and all(isinstance(o, tuple) and len(o) == 2 for o in arg):
            return {**out, "type": "choice", "options": [{"value": v, "label": lab} for v, lab in arg]}
        if kind in ("list", "object") and arg and not nested:
            return {**out, "type": kind, "columns": [field(c, nested=True) for c in arg]}
    raise ValueError(f"element {key}: unknown input type {spec!r}")


def _numeric(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    if isinstance(v, str):
        try:
            float(v.replace(",", ""))
        except ValueError:
            return False
        return True
    return False


def _scalar_problem(spec, v, name: str) -> str | None:
    """What is wrong with one filled-in value of a scalar type, in Chinese (None if its shape fits)."""
    if isinstance(spec, dict) and "number" in spec or spec == NUMBER:
        return None if _numeric(v) else f"{name}应为数字"
    if isinstance(spec, dict) and "choice" in spec:
        values = [o[0] for o in spec["choice"]]
        return None if v in values else f"{name}应为以下之一：" + "、".join(f"{lab}（{val}）" for val, lab in spec["choice"])
    if spec in (DATE, MONTH):
        return None if isinstance(v, str) else f"{name}应为日期（{'YYYY-MM-DD' if spec == DATE else 'YYYY-MM'}）"
    if spec == YESNO:
        return None if isinstance(v, (bool, int, str)) else f"{name}应为“是”或“否”"
    if spec == NAMES:
        ok = isinstance(v, list) and all(isinstance(x, str) for x in v)
        return None if ok else f"{name}应为当事人姓名的列表"
    return None if isinstance(v, (str, int, float)) else f"{name}应为文字"


def value_problems(table, values: dict) -> list[str]:
    """The filled-in elements whose shape does not fit the table (a list where a number belongs,
    a row that is not an object, a required column left empty), each named by its 要素表 label."""
    problems = []
    for key, label, _required, *rest in table:
        spec = rest[0] if rest else TEXT
        v = values.get(key)
        if v is None or v == "" or v == []:
            continue
        name = f"“{label}”（{key}）"
        kind = next(iter(spec)) if isinstance(spec, dict) else None
        if kind in ("list", "object"):
            rows_ = v if kind == "list" else [v]
            if kind == "list" and not isinstance(v, list):
                problems.append(f"{name}应为列表（每项一个对象）")
                continue
            for i, row in enumerate(rows_, 1):
                where = f"{name}第{i}项" if kind == "list" else name
                if not isinstance(row, dict):
                    problems.append(f"{where}应为 JSON 对象")
                    continue
                for ckey, clabel, creq, *crest in spec[kind]:
                    cv = row.get(ckey)
                    if cv is None or cv == "":
                        if creq:
                            problems.append(f"{where}缺少“{clabel}”（{ckey}）")
                        continue
                    p = _scalar_problem(crest[0] if crest else TEXT, cv, f"{where}的“{clabel}”")
                    if p:
                        problems.append(p)
        else:
            p = _scalar_problem(spec, v, name)
            if p:
                problems.append(p)
    return problems
