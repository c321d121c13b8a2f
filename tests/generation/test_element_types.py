"""Input types of the 要素表: every element of the six civil case types has a valid type, the dev
cases' confirmed values fit the declared types, and list columns name every key the generators read."""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.casetypes import MODULES, _module, element_table
from courtdoc.generation.element_types import SCALARS, field
from test_drafts import ALL, load_case
from test_traffic_dependants import traffic_1_dependants

TYPES = {*SCALARS, "choice", "list", "object"}
# Strings a generator reads that are not confirmed elements: traffic's computed item keys and
# labour's confirmed.arbitration (outside confirmed.elements).
NOT_ELEMENTS = {"traffic": {"death_compensation", "disability_compensation", "funeral_fee"},
                "labour": {"arbitration", "award_date", "award_number", "commission", "result"}}


def check(f: dict, value, where: str) -> list[str]:
    """Problems of one confirmed value against its declared type (what the judge's form sends)."""
    t, bad = f["type"], []
    if t == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif t == "date":
        ok = isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    elif t == "month":
        ok = isinstance(value, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value) is not None
    elif t == "yesno":
        ok = isinstance(value, bool) or value in ("是", "否")
    elif t == "names":
        ok = isinstance(value, list) and all(isinstance(n, str) and n for n in value)
    elif t == "choice":
        ok = value in [o["value"] for o in f["options"]]
    elif t in ("list", "object"):
        items = value if t == "list" else [value]
        ok = isinstance(value, list if t == "list" else dict) and all(isinstance(x, dict) for x in items)
        cols = {c["key"]: c for c in f["columns"]}
        for i, item in enumerate(items if ok else []):
            bad += [f"{where}[{i}].{k}: undeclared column" for k in item if k not in cols]
            bad += [f"{where}[{i}].{k}: required column missing" for k, c in cols.items()
                    if c["required"] and item.get(k) in (None, "")]
            for k, v in item.items():
                if k in cols and v is not None:
                    bad += check(cols[k], v, f"{where}[{i}].{k}")
    else:
        ok = isinstance(value, str)
    return bad if ok else [*bad, f"{where}: {value!r} is not {t}"]


@pytest.mark.parametrize("case_type", MODULES)
def test_every_element_has_a_valid_type(case_type):
    table = element_table(case_type)
    assert len({f["key"] for f in table}) == len(table)
    for f in table:
        assert set(f) >= {"key", "label", "required", "type"} and f["type"] in TYPES, f
        assert f["label"] and re.search(r"[\u4e00-\u9fff]", f["label"]), f
        if f["type"] == "choice":
            values = [o["value"] for o in f["options"]]
            assert values and len(set(values)) == len(values) and all(o["label"] for o in f["options"])
        if f["type"] in ("list", "object"):
            assert f["columns"] and all(c["type"] in SCALARS or c["type"] == "choice" for c in f["columns"]), f
        if "unit" in f:
            assert f["type"] == "number" and f["unit"]


def test_unknown_type_is_rejected():
    with pytest.raises(ValueError, match="x"):
        field(("x", "某要素", False, "money"))
    with pytest.raises(ValueError):
        field(("x", "某要素", False, {"list": [("y", "列", False, {"list": [("z", "z", False)]})]}))


@pytest.mark.parametrize("case_type", MODULES)
def test_list_columns_cover_the_keys_the_generator_reads(case_type):
    """Every string key the module reads from the elements (``el.get("k")``, ``row["k"]``,
    ``ctx.amount("k")`` ...) is an element or a column of one."""
    src = inspect.getsource(_module(case_type))
    read = set(re.findall(r"""(?:\.get\(|\[|ctx\.(?:amount|date|yes)\()\s*["']([a-z_]+)["']""", src))
    declared = {f["key"] for f in element_table(case_type)}
    declared |= {c["key"] for f in element_table(case_type) for c in f.get("columns", [])}
    assert read - declared - NOT_ELEMENTS.get(case_type, set()) == set()


def test_dev_cases_fit_the_declared_types():
    cases = [(n, load_case(n)) for n in ALL] + [("traffic_1_dependants", traffic_1_dependants())]
    problems = []
    for name, data in cases:
        table = {f["key"]: f for f in element_table(draft_judgment(data).case_type)}
        for key, value in data["confirmed"]["elements"].items():
            if value is not None:
                problems += check(table[key], value, f"{name}.{key}")
    assert problems == []


def test_labour_termination_choices_are_the_generator_keys():
    from courtdoc.generation.labour import TERMINATION

    f = next(f for f in element_table("labour") if f["key"] == "termination")
    assert [o["value"] for o in f["options"]] == list(TERMINATION)


def test_yes_no_as_the_form_sends_it():
    """The form sends booleans; a bank loan with credit_card false is no credit-card case."""
    data = load_case("bank_loan_2")
    data["cause_of_action"] = "金融借款合同纠纷"
    assert "信用卡领用合约" in draft_judgment(data).text
    for no in (False, "否"):
        data["confirmed"]["elements"]["credit_card"] = no
        assert "信用卡领用合约" not in draft_judgment(data).text
