"""Bad input through every door of DESIGN.md's CLI and HTTP contracts: a clean Chinese message that
names the problem, a non-zero exit or a proper HTTP status, and nothing half-written."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from courtdoc.service.cli import cli

DEEP = "[" * 100_000  # hostile nesting: json.loads raises RecursionError, not JSONDecodeError


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def clean_failure(r, code: int = 2) -> str:
    assert r.exit_code == code, (r.exit_code, r.output, r.exception)
    assert isinstance(r.exception, SystemExit), r.exception  # fail(): no traceback
    assert "Traceback" not in r.output
    return r.stderr


# ---------------------------------------------------------------------------------------------
# extract / fill


def test_extract_failure_names_the_file_once(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    err = clean_failure(run("extract", str(empty), "--json"))
    assert err.count("empty.pdf") == 1 and "空" in err


def test_fill_refuses_an_output_that_is_not_docx(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("民事起诉状\n原告：张三。\n被告：李四。\n", encoding="utf-8")
    err = clean_failure(run("fill", str(src), "--out", str(tmp_path / "form.txt")))
    assert ".docx" in err and not (tmp_path / "form.txt").exists()


# ---------------------------------------------------------------------------------------------
# draft / anonymize


def test_draft_elements_with_hostile_nesting(tmp_path):
    src = tmp_path / "deep.json"
    src.write_text(DEEP, encoding="utf-8")
    assert "嵌套" in clean_failure(run("draft", str(src), "--text"))


@pytest.mark.parametrize("content, expected", [
    ('{"facts": "被告人王某盗窃手机一部。"}\n', "id"),      # the contract's input line is {"id", "facts"}
    (DEEP + "\n", "嵌套"),
    (b"\xff\xfe{}", "UTF-8"),
    ("not json\n", "JSON"),
])
def test_from_facts_bad_input_lines(tmp_path, content, expected):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    if isinstance(content, bytes):
        src.write_bytes(content)
    else:
        src.write_text(content, encoding="utf-8")
    assert expected in clean_failure(run("draft", "--from-facts", str(src), "--out", str(out)))
    assert not out.exists() and not (tmp_path / "out.jsonl.part").exists()


def test_from_facts_item_without_a_document_says_why_and_exits_1(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a", "facts": 123}\n', encoding="utf-8")
    err = clean_failure(run("draft", "--from-facts", str(src), "--out", str(out)), code=1)
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "a" and row["document"] is None and "facts" in row["error"]
    assert "编号 a" in err and "已生成 0 份" in err


def test_from_facts_output_that_cannot_be_written(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "facts": 123}\n', encoding="utf-8")
    (tmp_path / "dir.jsonl").mkdir()
    assert "目录" in clean_failure(run("draft", "--from-facts", str(src), "--out", str(tmp_path / "dir.jsonl")))
    assert not (tmp_path / "dir.jsonl.part").exists()
    err = clean_failure(run("draft", "--from-facts", str(src), "--out", "/proc/courtdoc-none/o.jsonl"))
    assert "无法写入" in err


def test_anonymize_output_that_cannot_be_written(tmp_path):
    src = tmp_path / "j.txt"
    src.write_text("某某人民法院\n民事判决书\n原告：张三。\n被告：李四。\n", encoding="utf-8")
    err = clean_failure(run("anonymize", str(src), "--out", "/proc/courtdoc-none/out.txt"))
    assert "无法写入" in err


# ---------------------------------------------------------------------------------------------
# ask --batch


@pytest.mark.parametrize("content, expected", [
    (DEEP + "\n", "JSON"),
    (b"\xff\xfe{}", "UTF-8"),
    ('{"id": 1, "question": ""}\n', "非空"),
    ('{"id": 1, "turns": "一句话"}\n', "turns"),
])
def test_ask_batch_bad_input(tmp_path, monkeypatch, content, expected):
    monkeypatch.setenv("COURTDOC_DATA_DIR", str(tmp_path / "data"))
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    if isinstance(content, bytes):
        src.write_bytes(content)
    else:
        src.write_text(content, encoding="utf-8")
    assert expected in clean_failure(run("ask", "--batch", str(src), "--out", str(out)))
    assert not out.exists() and not (tmp_path / "out.jsonl.part").exists()


def test_ask_with_an_unusable_data_dir(monkeypatch):
    monkeypatch.setenv("COURTDOC_DATA_DIR", "/proc/courtdoc-none")
    assert "COURTDOC_DATA_DIR" in clean_failure(run("ask", "起诉需要带哪些材料？", "--json"))


# ---------------------------------------------------------------------------------------------
# token / serve / bench


def test_token_create_with_a_data_dir_that_is_a_file(tmp_path):
    f = tmp_path / "afile"
    f.write_text("x")
    assert "数据目录" in clean_failure(run("token", "create", "--role", "clerk", "--data-dir", str(f)))


def test_serve_on_a_port_in_use(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        err = clean_failure(run("serve", "--port", str(port), "--data-dir", str(tmp_path / "d")))
    assert "端口已被占用" in err and not (tmp_path / "d").exists()


def test_serve_port_out_of_range():
    r = run("serve", "--port", "99999")
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_bench_help_lists_the_benchmarks():
    r = run("bench", "--help")
    assert r.exit_code == 0 and "ocr" in r.output and "service" in r.output


# ---------------------------------------------------------------------------------------------
# HTTP


@pytest.mark.parametrize("payload, expected", [
    ({}, "缺少“question”"),
    ({"question": ""}, "“question”不能为空"),
    ({"question": "问" * 501}, "“question”不能超过 500 个字符"),
    ({"question": 123}, "“question”应为文本"),
    ([1], "请求体应为一个 JSON 对象"),
])
def test_guide_validation_errors_name_the_field_in_chinese(sqlite_api, payload, expected):
    r = sqlite_api.post("/api/guide/ask", json=payload)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    assert expected in r.json()["error"]["message"], r.json()


def test_invalid_json_body_is_named(sqlite_api):
    r = sqlite_api.post("/api/guide/ask", content=b"not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "不是有效的 JSON" in r.json()["error"]["message"]


def test_query_limits_are_named(sqlite_api):
    r = sqlite_api.get("/api/statutes/search", params={"q": "借钱", "top": 0}, headers=sqlite_api.h("clerk"))
    assert r.status_code == 422 and "“top”应不小于 1" in r.json()["error"]["message"]


def test_a_huge_body_to_the_public_guide_is_refused_before_reading(sqlite_api):
    body = json.dumps({"question": "问" * (3 * 1024 * 1024)}).encode()
    r = sqlite_api.post("/api/guide/ask", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"


def test_uploads_keep_their_own_size_limit(sqlite_api):
    # 3 MB is over the JSON-body limit but well under the file limit: judged by its content instead.
    r = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"),
                        files={"files": ("x.bin", b"\x7fELF" + b"\0" * (3 * 1024 * 1024))})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_type"


def test_draft_from_bad_elements_names_the_field(sqlite_api):
    elements = {"parties": [{"role": "原告", "name": "张三", "gender": "未知"}]}
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"elements": elements})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_elements"
    assert "“parties[0].gender”" in r.json()["error"]["message"]


def test_draft_from_the_cli_element_file_as_is(sqlite_api):
    # `courtdoc draft ELEMENTS.json` reads CaseElements with "confirmed" inline; the API takes that file too.
    from pathlib import Path

    case = json.loads((Path(__file__).parents[1] / "generation" / "cases" / "lending_1.json").read_text("utf-8"))
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"elements": case})
    assert r.status_code == 201, r.json()
    assert "民事判决书" in r.json()["text"]


def test_results_of_a_failed_dossier_say_it_failed(sqlite_api):
    from courtdoc.service.db import Dossier, Job

    sessions = sqlite_api.app.state.sessions
    with sessions.begin() as s:
        job = Job(content_key="f" * 64, files=[], status="failed", error_code="corrupt_file",
                  error_message="文件已损坏，无法解析")
        s.add(job)
        s.flush()
        d = Dossier(job_id=job.id, files=[])
        s.add(d)
        s.flush()
        dossier_id = d.id
    h = sqlite_api.h("clerk")
    assert sqlite_api.get(f"/api/dossiers/{dossier_id}", headers=h).json()["status"] == "failed"
    for path in ("form.docx", "form", "pages", "pages/0.png"):
        r = sqlite_api.get(f"/api/dossiers/{dossier_id}/{path}", headers=h)
        assert r.status_code == 409 and r.json()["error"]["code"] == "dossier_failed", (path, r.json())
        assert "文件已损坏" in r.json()["error"]["message"]
    r = sqlite_api.patch(f"/api/dossiers/{dossier_id}/elements", headers=h,
                         json={"version": 1, "changes": {"court": "某法院"}})
    assert r.status_code == 409 and r.json()["error"]["code"] == "dossier_failed"
    r = sqlite_api.post("/api/drafts", headers=sqlite_api.h("judge"), json={"dossier_id": dossier_id})
    assert r.status_code == 409 and r.json()["error"]["code"] == "dossier_failed"


def test_fill_prints_the_form_json_itself(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("民事起诉状\n原告：张三，男，1980年1月1日出生。\n被告：李四，男，1985年5月5日出生。\n"
                   "诉讼请求：判令被告偿还借款本金10000元。\n此致\n福建省厦门市思明区人民法院\n", encoding="utf-8")
    r = run("fill", str(src), "--out", str(tmp_path / "form.docx"))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["schema"] == "courtdoc.filing_form/1" and data["title"] == "立案登记表"
    assert {row["field"] for row in data["rows"]} >= {"court", "parties[0].name", "claims[0]"}
    assert data["file"] == str(src) and data["elements"]["schema"] == "courtdoc.case/1"
    assert (tmp_path / "form.docx").stat().st_size > 0


@pytest.mark.parametrize("args, expected", [
    (["ocr"], "缺少参数 FILE"),
    (["extract"], "缺少参数 FILES"),
    (["token", "create"], "缺少选项 --role"),
    (["token", "create", "--role", "boss"], "不是可选值"),
    (["statutes", "search", "借钱", "--top", "0"], "不在范围"),
    (["nosuch"], "没有命令 nosuch"),
    (["draft", "--bad"], "没有选项 --bad"),
])
def test_usage_errors_are_in_chinese(args, expected):
    err = clean_failure(run(*args))
    assert err.startswith("courtdoc: 参数错误：") and expected in err and "Error:" not in err


def test_a_directory_where_a_file_is_expected(tmp_path):
    err = clean_failure(run("ocr", str(tmp_path)))
    assert "是目录" in err and "ocr --help" in err


def test_extract_batch_goes_on_past_a_directory(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("民事起诉状\n原告：张三。\n被告：李四。\n", encoding="utf-8")
    r = run("extract", str(tmp_path), str(good), "--json")
    assert r.exit_code == 1, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["file"] for row in rows] == [str(tmp_path), str(good)]
    assert rows[0]["error"]["message"] and rows[1]["schema"] == "courtdoc.case/1"


def test_a_setting_that_is_not_a_number_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("COURTDOC_MAX_FILE_MB", "abc")
    err = clean_failure(run("token", "create", "--role", "clerk", "--data-dir", str(tmp_path / "d")))
    assert "COURTDOC_MAX_FILE_MB" in err and "整数" in err


def test_hostile_json_nesting_is_a_clear_400(sqlite_api):
    r = sqlite_api.post("/api/guide/ask", content=b"[" * 100_000, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_request"
    assert "无法解析" in r.json()["error"]["message"]


def test_a_huge_chunked_body_without_a_length_is_cut_off(sqlite_api):
    def chunks():
        piece = b'{"question": "' + "问".encode() * 100_000
        for _ in range(10):  # ~3 MB, no Content-Length
            yield piece

    r = sqlite_api.post("/api/guide/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large", r.text


def test_a_chunked_upload_over_the_total_limit_is_cut_off(tmp_path):
    from svc_common import make_api, make_settings

    app, client, tokens = make_api(make_settings("sqlite", tmp_path / "data", max_files=1, max_file_bytes=1024))
    boundary = "courtdocaudit"

    def chunks():  # multipart by hand, ~2 MB (limit: 1 file of 1 KB + 1 MB), sent without Content-Length
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
               "Content-Type: text/plain\r\n\r\n").encode()
        for _ in range(20):
            yield b"x" * 100_000
        yield f"\r\n--{boundary}--\r\n".encode()

    with client:
        r = client.post("/api/dossiers", content=chunks(), headers={
            "Authorization": f"Bearer {tokens['clerk']}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large", r.text
    assert not [f for f in (tmp_path / "data").rglob("*") if f.is_file() and "uploads" in f.parts]  # nothing stored
