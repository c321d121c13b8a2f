"""POST /api/drafts says in Chinese what the drafter lacks or cannot read, naming the elements as the
要素表 shows them (the judge's page puts the message in front of the judge)."""

from __future__ import annotations

import json
from pathlib import Path

from courtdoc.generation.casetypes import element_table

CASES = Path(__file__).parents[1] / "generation" / "cases"


def lending() -> dict:
    return json.loads((CASES / "lending_1.json").read_text(encoding="utf-8"))


def test_elements_without_confirmed_name_the_table_labels(sqlite_api):
    elements = lending()
    elements.pop("confirmed")  # what extraction gives before the judge fills in the 要素表
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"elements": elements})
    assert r.status_code == 422 and r.json()["error"]["code"] == "draft_error"
    msg = r.json()["error"]["message"]
    labels = [f["label"] for f in element_table("lending") if f["required"]]
    assert all(f"“{lab}”" in msg for lab in labels) and "要素表" in msg, msg


def test_confirmed_element_of_the_wrong_shape_is_named(sqlite_api):
    case = lending()
    confirmed = case.pop("confirmed")
    confirmed["elements"]["repayments"] = "2023-02-01 还 20000"
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"elements": case, "confirmed": confirmed})
    assert r.status_code == 422
    assert "“已还款项”（repayments）应为列表" in r.json()["error"]["message"]


def test_bad_elements_choice_is_chinese(sqlite_api):
    case = lending()
    case["parties"][1]["gender"] = "F"
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"elements": case})
    assert r.status_code == 422
    assert "“parties[1].gender”应为 '男' 或 '女'" in r.json()["error"]["message"]
