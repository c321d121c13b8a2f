"""kill -9 of the service during a job: after a restart the job completes and nothing uploaded is lost."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest
from svc_common import need
from svc_server import Server, create_token


def test_kill_9_during_a_job_then_restart_completes_it(tmp_path):
    need("courtdoc.ocr", "read_bytes")
    need("courtdoc.extraction", "extract")
    docgen = pytest.importorskip("docgen")
    # Scanned pages (no text layer) so the OCR job runs long enough to be interrupted.
    scan = docgen.make_pdf(["民事起诉状\n原告：王五，男，汉族。\n被告：赵六，女，汉族。\n诉讼请求：判令被告偿还借款50000元。"],
                           tmp_path / "scan.pdf", text_layer=False, dpi=120).read_bytes()
    other = "民事起诉状\n原告：钱七\n被告：孙八\n诉讼请求：判令被告支付货款3000元。".encode()
    data_dir = tmp_path / "data"
    token = create_token(data_dir, "clerk")
    h = {"Authorization": f"Bearer {token}"}

    quiet = {"COURTDOC_WARM_ROBOT": "0"}  # no robot here: its warm-up would only take CPU
    server = Server(data_dir, workers=1, env=quiet).start()
    try:
        ids = []
        for name, data in (("scan.pdf", scan), ("other.txt", other)):
            r = httpx.post(server.url + "/api/dossiers", headers=h, files={"files": (name, data)}, timeout=30)
            assert r.status_code == 202, r.text
            ids.append(r.json()["id"])
        end = time.monotonic() + 60
        while time.monotonic() < end:
            first = httpx.get(f"{server.url}/api/dossiers/{ids[0]}", headers=h, timeout=10).json()
            if first["status"] == "running":
                break
            time.sleep(0.05)
        assert first["status"] == "running", first
        server.kill9()
    finally:
        server.stop()

    # Nothing uploaded is lost: both files are on disk under their hashes.
    for data in (scan, other):
        sha = hashlib.sha256(data).hexdigest()
        assert (data_dir / "uploads" / sha[:2] / f"{sha}.bin").read_bytes() == data

    with Server(data_dir, workers=1, env=quiet) as again:
        end = time.monotonic() + 180
        states = {}
        while time.monotonic() < end:
            states = {i: httpx.get(f"{again.url}/api/dossiers/{i}", headers=h, timeout=10).json() for i in ids}
            if all(s["status"] in ("done", "failed") for s in states.values()):
                break
            time.sleep(0.3)
        assert [s["status"] for s in states.values()] == ["done", "done"], states
        names = [p["name"] for p in states[ids[0]]["elements"]["parties"]]
        assert "王五" in names
    from sqlalchemy import create_engine, text

    eng = create_engine(f"sqlite:///{data_dir / 'courtdoc.db'}")
    with eng.connect() as c:
        attempts = dict(c.execute(text("SELECT id, attempts FROM jobs ORDER BY id")).all())
    eng.dispose()
    assert attempts[1] >= 2  # the interrupted job ran again
