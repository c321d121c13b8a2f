"""CLI contracts of `courtdoc draft` and `courtdoc anonymize` (DESIGN.md)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from docx import Document
from gen_cases import CASES


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "courtdoc.service.cli", *args], capture_output=True, text=True, **kw)


def test_draft_docx_and_text(tmp_path):
    out = tmp_path / "draft.docx"
    r = run("draft", str(CASES / "lending_1.json"), "--out", str(out), "--text")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] == "民事判决书"
    assert Document(str(out)).paragraphs[1].text == "民事判决书"


def test_draft_json_and_anonymize(tmp_path):
    r = run("draft", str(CASES / "sale_2.json"), "--json", "--anonymize")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"text", "flags", "computations"} <= set(data)
    assert "郭建国" not in data["text"] and "郭某" in data["text"]


def test_draft_errors_are_clean(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    r = run("draft", str(bad), "--text")
    assert r.returncode != 0 and "JSON" in r.stderr and "Traceback" not in r.stderr
    r = run("draft", str(CASES / "divorce_1.json"), "--text", "--anonymize")
    assert r.returncode != 0 and "第四条第（四）项" in r.stderr
    data = json.loads((CASES / "lending_1.json").read_text(encoding="utf-8"))
    data["confirmed"]["elements"].pop("principal")
    p = tmp_path / "missing.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = run("draft", str(p), "--text")
    assert r.returncode != 0 and "principal" in r.stderr and "Traceback" not in r.stderr


def test_anonymize_cli(tmp_path):
    src = tmp_path / "j.txt"
    src.write_text("某某人民法院\n民事判决书\n原告：张三，男，住福建省厦门市思明区湖滨南路1号。\n", encoding="utf-8")
    r = run("anonymize", str(src), "--out", str(tmp_path / "o.txt"))
    assert r.returncode == 0, r.stderr
    assert "张某" in (tmp_path / "o.txt").read_text(encoding="utf-8")
    src.write_text("某某人民法院\n民事调解书\n", encoding="utf-8")
    r = run("anonymize", str(src), "--out", str(tmp_path / "o2.txt"))
    assert r.returncode != 0 and "第四条第（三）项" in r.stderr and not (tmp_path / "o2.txt").exists()


def test_from_facts(tmp_path):
    pytest.importorskip("courtdoc.generation.criminal")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "facts": "公诉机关指控，2023年5月1日，被告人张某在某超市盗窃手机一部，价值3000元。"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("draft", "--from-facts", str(src), "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == "a1" and "刑事判决书" in rows[0]["document"]


def test_element_table_cli():
    r = run("draft", "--element-table", "traffic")
    assert r.returncode == 0, r.stderr
    keys = {e["key"] for e in json.loads(r.stdout)}
    assert {"liability_share", "disability_income", "medical_fee"} <= keys
    r = run("draft", "--element-table", "nonsense")
    assert r.returncode != 0 and "不支持的案件类型" in r.stderr
