"""The hand-written cause templates (models/cause_templates) the classifier is trained on: official names,
known slots, situations told rather than named, and every everyday part of the 2020 list covered."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from courtdoc.legal.causes import all_causes, is_cause
from courtdoc.models import train_cause as t

FILES = sorted(t.TEMPLATE_DIR.rglob("*.jsonl"))  # the trained files and the tried, unshipped third round


def _slots(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def _problems(row: dict) -> list[str]:
    out = []
    if not is_cause(row["cause"]):
        out.append(f"not an official cause: {row['cause']}")
    if not row["facts"] or not row["claims"]:
        out.append("no facts or no claims")
    out += [f"unknown slot in {text}" for text in (*row["facts"], *row["claims"]) if not _slots(text) <= t.SLOTS]
    # a template tells the situation; the cause's own name would teach the model to read labels
    out += [f"names its cause: {f}" for f in row["facts"] if row["cause"] in f]
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_template_lines_are_well_formed(path: Path):
    problems = [(n, p) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()
                for p in _problems(json.loads(line))]
    assert not problems, problems[:10]


def test_every_everyday_part_of_the_list_is_covered():
    covered = set(t.load_templates()) | set(t.TEMPLATES)
    causes = all_causes()
    parents = {c["parent"] for c in causes}
    everyday = ("第一部分", "第二部分", "第三部分", "第四部分", "第六部分", "第九部分")
    leaves = [c["name"] for c in causes if c["level"] >= 3 and c["name"] not in parents and c["part"] in everyday]
    missing = [c for c in leaves if c not in covered]
    assert not missing, missing


def test_generated_complaints_fill_every_slot():
    templates = t.load_templates()
    rows = t.generate_complaints(1, seed=3, templates=templates)
    assert len(rows) == len(templates)
    assert not [text for text, _, _ in rows if "{" in text or "}" in text]


def test_a_bad_line_is_left_out(tmp_path: Path):
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"cause": "不是案由", "facts": ["a"], "claims": ["b"]}, ensure_ascii=False) + "\n"
        + json.dumps({"cause": "民间借贷纠纷", "facts": ["{who}借款"], "claims": ["还款"]}, ensure_ascii=False) + "\n"
        + "not json\n"
        + json.dumps({"cause": "民间借贷纠纷", "facts": ["{p}向原告借款{m}"], "claims": ["判令被告还款{m}"]},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    assert t.load_templates(tmp_path) == {"民间借贷纠纷": (["{p}向原告借款{m}"], ["判令被告还款{m}"])}
