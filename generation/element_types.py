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
