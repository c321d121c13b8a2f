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
