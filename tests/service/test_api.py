"""The HTTP contract (DESIGN.md) and the service's own routes, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import logging

import pytest
from svc_common import COMPLAINT, need


def test_health_and_docs_are_public(api):
    assert api.get("/healthz").status_code == 200
    r = api.get("/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text  # no CDN
    assert "cdn" not in docs.text.lower()
    assert api.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    spec = api.get("/openapi.json").json()
    for path in ("/api/dossiers", "/api/dossiers/{dossier_id}", "/api/dossiers/{dossier_id}/form.docx",
                 "/api/guide/ask", "/healthz", "/metrics"):
        assert path in spec["paths"], path


def test_not_ready_while_models_warm_up(api):
    api.app.state.warming = True  # what the start-up warm-up thread sets until robot and statute index are loaded
    try:
        r = api.get("/readyz")
        assert r.status_code == 503 and "warming_up" in r.json()["problems"]
        assert api.get("/healthz").status_code == 200  # alive all the same
    finally:
        api.app.state.warming = False
    assert api.get("/readyz").status_code == 200


def test_metrics_prometheus_text(api):
    api.get("/healthz")
    r = api.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert 'courtdoc_http_requests_total{method="GET",route="/healthz",status="200"}' in r.text
    assert 'courtdoc_jobs{status="queued"}' in r.text


def test_token_required_and_roles(api):
    r = api.get("/api/dossiers")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = api.get("/api/dossiers", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    assert api.get("/api/dossiers", headers=api.h("judge")).status_code == 200
    # A judge may not upload; a clerk may not draft or issue tokens.
    r = api.post("/api/dossiers", headers=api.h("judge"), files={"files": ("a.txt", b"x")})
    assert r.status_code == 403 and "书记员" in r.json()["error"]["message"]
    assert api.post("/api/drafts", headers=api.h("clerk"), json={}).status_code == 403
    assert api.post("/api/tokens", headers=api.h("clerk"), json={"role": "clerk"}).status_code == 403
    r = api.post("/api/tokens", headers=api.h("admin"), json={"role": "judge"})
    assert r.status_code == 201
    assert api.get("/api/dossiers", headers={"Authorization": f"Bearer {r.json()['token']}"}).status_code == 200


def test_tokens_are_stored_hashed(api):
    from courtdoc.service.db import ApiToken
    from sqlalchemy import select

    with api.app.state.sessions() as s:
        stored = s.scalars(select(ApiToken.token_hash)).all()
    assert stored and all(api.tokens[r] not in stored for r in api.tokens)
    assert all(len(h) == 64 for h in stored)


def test_unknown_dossier_is_a_json_404(api):
    r = api.get("/api/dossiers/" + "0" * 32, headers=api.h("clerk"))
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "dossier_not_found", "message": "卷宗不存在。"}}
    assert api.get("/api/dossiers/../../etc", headers=api.h("clerk")).status_code == 404


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("a.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", 415, "unsupported_type"),
        ("empty.pdf", b"", 422, "empty_file"),
        ("bad.pdf", b"%PDF-1.4\n garbage garbage", 422, "corrupt_file"),
    ],
)
def test_upload_rejects_bad_files_with_chinese_errors(sqlite_api, name, data, status, code):
    r = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"), files={"files": (name, data)})
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and any("\u4e00" <= ch <= "\u9fff" for ch in err["message"])


def test_upload_limits(tmp_path):
    from svc_common import make_api, make_settings

    docgen = pytest.importorskip("docgen")
    enc = docgen.make_encrypted_pdf(tmp_path / "enc.pdf").read_bytes()
    three = docgen.make_pdf(["一", "二", "三"], tmp_path / "three.pdf").read_bytes()
    settings = make_settings("sqlite", tmp_path / "data", max_pages=2, max_files=2, max_file_bytes=200_000)
    app, client, tokens = make_api(settings)
    h = {"Authorization": f"Bearer {tokens['clerk']}"}
    with client:
        r = client.post("/api/dossiers", headers=h, files={"files": ("enc.pdf", enc)})
        assert (r.status_code, r.json()["error"]["code"]) == (422, "encrypted_pdf")
        r = client.post("/api/dossiers", headers=h, files={"files": ("three.pdf", three)})
        assert (r.status_code, r.json()["error"]["code"]) == (413, "too_many_pages")
        assert "超过上限" in r.json()["error"]["message"]
        r = client.post("/api/dossiers", headers=h, files={"files": ("big.txt", "字".encode() * 70_000)})
        assert (r.status_code, r.json()["error"]["code"]) == (413, "file_too_large")
        r = client.post("/api/dossiers", headers=h, files=[("files", (f"{i}.txt", b"a")) for i in range(3)])
        assert (r.status_code, r.json()["error"]["code"]) == (413, "too_many_files")
        r = client.post("/api/dossiers", headers=h)
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_upload_is_stored_by_content_and_deduplicated(api):
    """The same file twice: one blob on disk, one job, two dossiers (each with its own audit)."""
    from courtdoc.service.db import Blob, Job
    from sqlalchemy import func, select

    data = "\n".join(COMPLAINT).encode("utf-8")
    a = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("起诉状.txt", data)})
    b = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("copy.txt", data)})
    assert a.status_code == b.status_code == 202
    assert a.json()["id"] != b.json()["id"]
    with api.app.state.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 1
        assert s.scalar(select(func.count()).select_from(Job)) == 1
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    assert api.app.state.store.path(sha).read_bytes() == data
    d = api.get(f"/api/dossiers/{a.json()['id']}", headers=api.h("judge")).json()
    assert set(d) >= {"id", "status", "progress", "catalogue", "elements"}
    assert d["status"] in ("queued", "running", "done", "failed") and 0 <= d["progress"] <= 1


def test_every_dossier_read_and_write_is_audited(api):
    data = b"\xe6\xb5\x8b\xe8\xaf\x95 audit"
    did = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("a.txt", data)}).json()["id"]
    api.get(f"/api/dossiers/{did}", headers=api.h("judge"))
    log = api.get(f"/api/audit?target_id={did}", headers=api.h("admin")).json()
    actions = [(e["action"], e["actor_role"]) for e in log]
    assert ("dossier.create", "clerk") in actions and ("dossier.read", "judge") in actions


def test_case_status_via_store_and_public_lookup(api):
    r = api.put("/api/cases", headers=api.h("clerk"),
                json={"case_number": "（2023）闽0203民初1234号", "status": "待开庭", "verification": "8842",
                      "detail": {"next_hearing": "2023-07-01"}})
    assert r.status_code == 200, r.text
    ok = api.post("/api/guide/case-status", json={"case_number": "（2023）闽0203民初1234号", "verification": "8842"})
    assert ok.status_code == 200 and ok.json()["status"] == "待开庭" and ok.json()["next_hearing"] == "2023-07-01"
    bad = api.post("/api/guide/case-status", json={"case_number": "（2023）闽0203民初1234号", "verification": "0000"})
    assert bad.status_code == 404 and bad.json()["error"]["code"] == "case_not_found"
    store = api.app.state.case_store
    assert store.lookup("（2023）闽0203民初1234号", "8842")["status"] == "待开庭"
    assert store.lookup("（2023）闽0203民初1234号", "1") is None
    # New cases need a code; the code is not stored in clear.
    r = api.put("/api/cases", headers=api.h("judge"), json={"case_number": "X1", "status": "已立案"})
    assert r.status_code == 422
    from courtdoc.service.db import Case

    with api.app.state.sessions() as s:
        stored = s.get(Case, "（2023）闽0203民初1234号").verification_hash
    # A salted PBKDF2 record; its random hex digest may hold any 4 digits by chance, so
    # check the fields rather than substring absence.
    scheme, rounds, salt, digest = stored.split("$")
    assert scheme == "pbkdf2" and int(rounds) >= 10000 and len(digest) == 64
    assert "8842" not in (scheme, rounds, salt, digest)


def test_guide_is_public_and_rate_limited(tmp_path):
    need("courtdoc.guide", "Robot")
    from svc_common import make_api, make_settings

    app, client, _ = make_api(make_settings("sqlite", tmp_path / "data", guide_rate_limit="3/minute"))
    with client:
        r = client.post("/api/guide/ask", json={"question": "起诉需要交多少诉讼费？", "session": None})
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) >= {"answer", "intent", "sources", "session"} and body["answer"]
        r2 = client.post("/api/guide/ask", json={"question": "借款10万元呢？", "session": body["session"]})
        assert r2.status_code == 200 and r2.json()["session"] == body["session"]
        client.post("/api/guide/ask", json={"question": "立案需要什么材料？", "session": None})
        r = client.post("/api/guide/ask", json={"question": "再问一次", "session": None})
        assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited"
        assert "频繁" in r.json()["error"]["message"] and int(r.headers["Retry-After"]) >= 1


def test_robot_dialogue_survives_a_restart(tmp_path):
    need("courtdoc.guide", "Robot")
    from svc_common import make_api, make_settings

    settings = make_settings("sqlite", tmp_path / "data")
    app, client, _ = make_api(settings)
    with client:
        first = client.post("/api/guide/ask", json={"question": "起诉需要交多少诉讼费？"}).json()
        assert "标的" in first["answer"]  # the robot asks for the missing amount
    app, client, _ = make_api(settings)  # a new process on the same database
    with client:
        r = client.post("/api/guide/ask", json={"question": "借款10万元", "session": first["session"]})
        assert r.status_code == 200 and r.json()["intent"] == "fee_calc"
        assert "2300" in r.json()["answer"].replace(",", "")  # 诉讼费用交纳办法 art. 13: 100,000 yuan → 2,300
        from courtdoc.service.db import RobotSession

        with app.state.sessions() as s:  # answered: nothing left pending to resume after another restart
            assert s.get(RobotSession, first["session"]) is None


def test_statutes_search_and_verify(api):
    need("courtdoc.legal.statutes", "search", "verify_citations")
    r = api.get("/api/statutes/search", params={"q": "借款合同 利息", "top": 3}, headers=api.h("judge"))
    assert r.status_code == 200 and 1 <= len(r.json()) <= 3
    assert set(r.json()[0]) >= {"law", "article", "text", "score"}
    r = api.post("/api/statutes/verify", headers=api.h("judge"),
                 json={"text": "依照《中华人民共和国民法典》第六百六十七条之规定"})
    assert r.status_code == 200 and r.json()[0]["exists"] is True
    assert api.get("/api/statutes/search", params={"q": "借款"}).status_code == 401


def test_sse_stream_ends_with_final_state(api):
    data = "\n".join(COMPLAINT).encode()
    did = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("c.txt", data)}).json()["id"]
    with api.stream("GET", f"/api/dossiers/{did}/events", headers=api.h("clerk")) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("data:")]
    import json

    last = json.loads(events[-1][5:])
    assert last["status"] in ("done", "failed") and last["id"] == did


def _done_dossier(api, data: bytes, name: str) -> dict:
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    r = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": (name, data)})
    assert r.status_code == 202, r.text
    d = api.wait(r.json()["id"])
    assert d["status"] == "done", d
    return d


def test_upload_to_elements_corrections_and_history(api, complaint_pdf):
    d = _done_dossier(api, complaint_pdf, "起诉状.pdf")
    el = d["elements"]
    assert el["schema"] == "courtdoc.case/1" and d["progress"] == 1.0 and d["version"] == 1
    names = [p["name"] for p in el["parties"]]
    assert "张三" in names and "李四" in names
    pages = api.get(f"/api/dossiers/{d['id']}/pages", headers=api.h("clerk")).json()
    assert len(pages) == 1 and pages[0]["lines"] and pages[0]["width"] > 0
    png = api.get(pages[0]["image"], headers=api.h("clerk"))
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    # A correction adds version 2; a stale version is refused; history keeps both.
    r = api.patch(f"/api/dossiers/{d['id']}/elements", headers=api.h("clerk"),
                  json={"version": 1, "changes": {"parties[0].name": "张叁", "amount_claimed": 120000}})
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.json()["elements"]["parties"][0]["name"] == "张叁"
    assert r.json()["elements"]["amount_claimed"] == 120000
    r = api.patch(f"/api/dossiers/{d['id']}/elements", headers=api.h("clerk"),
                  json={"version": 1, "changes": {"court": "某法院"}})
    assert r.status_code == 409 and r.json()["error"]["code"] == "version_conflict"
    r = api.patch(f"/api/dossiers/{d['id']}/elements", headers=api.h("clerk"),
                  json={"version": 2, "changes": {"parties[9].name": "x"}})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_field"
    r = api.patch(f"/api/dossiers/{d['id']}/elements", headers=api.h("clerk"),
                  json={"version": 2, "changes": {"amount_claimed": "很多"}})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_value"
    hist = api.get(f"/api/dossiers/{d['id']}/elements/history", headers=api.h("judge")).json()
    assert [h["version"] for h in hist] == [1, 2]
    assert hist[0]["elements"]["parties"][0]["name"] != "张叁"
    assert set(hist[1]["changed"]) == {"parties[0].name", "amount_claimed"}
    audit = api.get(f"/api/audit?target_id={d['id']}", headers=api.h("admin")).json()
    assert any(e["action"] == "dossier.correct" and e["detail"]["version"] == 2 for e in audit)
    # Same bytes again: the job is reused, done at once.
    again = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("again.pdf", complaint_pdf)})
    assert again.json()["status"] == "done"


def test_filing_form_docx(api, complaint_pdf):
    need("courtdoc.generation.filing_form", "write_filing_form")
    d = _done_dossier(api, complaint_pdf, "起诉状.pdf")
    r = api.get(f"/api/dossiers/{d['id']}/form.docx", headers=api.h("clerk"))
    assert r.status_code == 200 and r.content.startswith(b"PK")
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
    tables = docx.Document(io.BytesIO(r.content)).tables
    text += "\n".join(c.text for t in tables for row in t.rows for c in row.cells)
    assert "张三" in text


def test_draft_from_dossier_and_anonymized_copy(api, complaint_pdf):
    need("courtdoc.generation", "draft_judgment")
    need("courtdoc.generation.anonymize", "anonymize_text")
    d = _done_dossier(api, complaint_pdf, "起诉状.pdf")
    # A complaint has no case number until the clerk files it; the drafter says what is missing.
    r = api.post("/api/drafts", headers=api.h("judge"), json={"dossier_id": d["id"]})
    if d["elements"]["case_number"] is None:
        assert r.status_code == 422 and r.json()["error"]["code"] == "draft_error"
        assert "案号" in r.json()["error"]["message"]
    r = api.patch(f"/api/dossiers/{d['id']}/elements", headers=api.h("clerk"),
                  json={"version": d["version"], "changes": {"case_number": "（2023）闽0203民初1234号"}})
    assert r.status_code == 200, r.text
    confirmed = {"procedure": "summary", "elements": {"principal": 100000, "loan_date": "2022-03-01",
                                                      "due_date": "2023-03-01"}}
    r = api.post("/api/drafts", headers=api.h("judge"), json={"dossier_id": d["id"], "confirmed": confirmed})
    assert r.status_code == 201, r.text
    dr = r.json()
    assert "张三" in dr["text"] and isinstance(dr["flags"], list)
    doc = api.get(dr["docx"], headers=api.h("judge"))
    assert doc.status_code == 200 and doc.content.startswith(b"PK")
    anon = api.get(f"/api/drafts/{dr['id']}/anonymized.txt", headers=api.h("judge"))
    if anon.status_code == 409:
        assert anon.json()["error"]["code"] == "publication_forbidden"
    else:
        assert anon.status_code == 200 and "张三" not in anon.text and "110101198001010010" not in anon.text
        assert api.get(dr["anonymized"], headers=api.h("judge")).content.startswith(b"PK")


def test_element_table_of_a_cause_for_the_judge(api):
    need("courtdoc.generation.casetypes", "element_table")
    r = api.get("/api/drafts/element-table", headers=api.h("judge"), params={"cause": "民间借贷纠纷"})
    assert r.status_code == 200, r.text
    table = r.json()
    assert table["case_type"] == "lending"
    fields = {f["key"]: f for f in table["fields"]}
    assert fields["principal"]["required"] and "本金" in fields["principal"]["label"]
    r = api.get("/api/drafts/element-table", headers=api.h("judge"), params={"cause": "物权保护纠纷"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_case_type"
    assert api.get("/api/drafts/element-table", params={"cause": "民间借贷纠纷"}).status_code == 401


def test_logs_never_show_personal_data_after_a_real_upload(tmp_path, caplog):
    """Upload a complaint full of personal data, let a real worker process read it, use every route
    that touches it, then grep all logs (file written by service and workers, and captured records)."""
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    from svc_common import PERSONAL, Api, make_api, make_settings

    caplog.set_level(logging.DEBUG)
    settings = make_settings("sqlite", tmp_path / "data", workers=1)
    app, client, tokens = make_api(settings)
    with client:
        api = Api(client, tokens)
        data = "\n".join(COMPLAINT).encode()
        did = api.post("/api/dossiers", headers=api.h("clerk"), files={"files": ("起诉状.txt", data)}).json()["id"]
        d = api.wait(did)
        assert d["status"] == "done", d
        assert any(p.get("id_number") == PERSONAL[0] for p in d["elements"]["parties"])
        api.get(f"/api/dossiers/{did}/pages", headers=api.h("clerk"))
        api.patch(f"/api/dossiers/{did}/elements", headers=api.h("clerk"),
                  json={"version": d["version"], "changes": {"parties[0].phone": "13911112222"}})
        logging.getLogger("courtdoc.test").warning("party %s at %s", PERSONAL[0], "厦门市思明区湖滨南路100号")
    logs = settings.log_file.read_text(encoding="utf-8") + "\n" + caplog.text
    assert "job" in logs  # the log really was written
    for secret in [*PERSONAL, "13911112222"]:
        assert secret not in logs, secret


def test_ocr_stage_typed_errors_answer_as_4xx(sqlite_api, tmp_path):
    """The OCR stage opens every upload before it is queued; its typed errors become 4xx answers."""
    need("courtdoc.ocr.loaders", "open_document")
    docgen = pytest.importorskip("docgen")
    cases = [
        (docgen.make_bomb_png(tmp_path / "bomb.png"), 413, "image_too_large"),
        (docgen.make_truncated_pdf(tmp_path / "cut.pdf"), 422, "corrupt_file"),
    ]
    for path, status, code in cases:
        r = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"),
                            files={"files": (path.name, path.read_bytes())})
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
        assert path.name in r.json()["error"]["message"]
    r = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"),
                        files={"files": ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)})
    assert r.status_code == 415 and "DOCX" in r.json()["error"]["message"]


def test_a_file_already_read_is_not_read_again(sqlite_api):
    """A file seen before (alone or with others) comes from the OCR cache keyed by its sha256."""
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    import hashlib

    a = "\n".join(COMPLAINT).encode()
    b = "证据目录\n1．借条一份\n2．转账记录一份".encode()
    first = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"), files={"files": ("a.txt", a)})
    assert sqlite_api.wait(first.json()["id"])["status"] == "done"
    cache = sqlite_api.app.state.settings.cache_dir / "ocr" / f"{hashlib.sha256(a).hexdigest()}-200.pkl"
    stamp = cache.stat().st_mtime_ns
    both = sqlite_api.post("/api/dossiers", headers=sqlite_api.h("clerk"),
                           files=[("files", ("a.txt", a)), ("files", ("b.txt", b))])
    d = sqlite_api.wait(both.json()["id"])
    assert d["status"] == "done" and d["pages"] >= 2 and len(d["files"]) == 2
    assert cache.stat().st_mtime_ns == stamp  # a was not read again
