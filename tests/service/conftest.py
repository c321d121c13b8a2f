"""Fixtures of the service tests: an app per storage backend (SQLite always; PostgreSQL when
COURTDOC_TEST_PG_URL names a server, as scripts/test arranges), staff tokens, generated documents.
The helpers live in svc_common.py (a unique module name: other test folders have a conftest too)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent):  # svc_common / svc_server, and tests/docgen.py
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from svc_common import BACKENDS, COMPLAINT, Api, make_api, make_settings  # noqa: E402


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def api(backend, tmp_path):
    app, client, tokens = make_api(make_settings(backend, tmp_path / "data"))
    with client:
        yield Api(client, tokens)


@pytest.fixture
def sqlite_api(tmp_path):
    app, client, tokens = make_api(make_settings("sqlite", tmp_path / "data"))
    with client:
        yield Api(client, tokens)


@pytest.fixture(scope="session")
def complaint_pdf(tmp_path_factory) -> bytes:
    docgen = pytest.importorskip("docgen")
    path = tmp_path_factory.mktemp("docs") / "complaint.pdf"
    docgen.make_pdf(COMPLAINT, path, text_layer=True)
    return path.read_bytes()
