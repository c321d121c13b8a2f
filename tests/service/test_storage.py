"""Storage: migrations, content-addressed blobs, job resume after a crash, logging that masks
personal data, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging

from svc_common import make_settings


def test_migrations_create_the_schema_and_are_idempotent(backend, tmp_path):
    from courtdoc.service.db import make_engine, migrate
    from sqlalchemy import inspect

    settings = make_settings(backend, tmp_path)
    engine = make_engine(settings.db_url)
    migrate(engine)
    migrate(engine)  # a second start-up changes nothing
    names = set(inspect(engine).get_table_names())
    assert {"api_tokens", "blobs", "jobs", "dossiers", "element_versions", "drafts", "cases", "audit_log",
            "alembic_version"} <= names
    engine.dispose()


def test_blob_store_is_content_addressed(tmp_path):
    import hashlib

    from courtdoc.service.storage import BlobStore, sniff

    store = BlobStore(tmp_path)
    sha = store.put(b"%PDF-1.4 hello")
    assert sha == hashlib.sha256(b"%PDF-1.4 hello").hexdigest()
    assert store.put(b"%PDF-1.4 hello") == sha and store.get(sha) == b"%PDF-1.4 hello"
    assert not list(tmp_path.rglob(".tmp-*"))
    assert sniff(b"%PDF-1.7") == "pdf" and sniff(b"\x89PNG\r\n\x1a\n") == "png"
    assert sniff("起诉状".encode()) == "txt" and sniff(b"MZ\x00\x01\xff") is None


def test_interrupted_jobs_resume(backend, tmp_path):
    from courtdoc.service.db import Job, make_engine, make_sessionmaker, migrate
    from courtdoc.service.jobs import JobRunner

    settings = make_settings(backend, tmp_path)
    engine = make_engine(settings.db_url)
    migrate(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as s:
        s.add(Job(content_key="a" * 64, files=[], status="running", attempts=1))
        s.add(Job(content_key="b" * 64, files=[], status="done", attempts=1))
    assert JobRunner(settings, sessions).resume_interrupted() == 1
    with sessions() as s:
        assert {j.content_key[0]: j.status for j in s.query(Job)} == {"a": "queued", "b": "done"}
    engine.dispose()


def test_log_filter_masks_id_numbers_phones_and_addresses(caplog):
    from courtdoc.service.logsafe import PersonalDataFilter, mask

    assert "110101198001010010" not in mask("原告身份证号110101198001010010")
    assert "13900001111" not in mask("电话：13900001111")
    assert "0592-1234567" not in mask("座机0592-1234567")
    masked = mask("住福建省厦门市思明区湖滨南路100号")
    assert "湖滨南路100号" not in masked and "[地址]" in masked
    assert mask("job 12 done after 3.5 s") == "job 12 done after 3.5 s"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "party %s phone %s", ("110101198001010010",
                               "13900001111"), None)
    PersonalDataFilter().filter(record)
    assert record.getMessage() == "party [身份证号] phone [电话]"


def test_cli_token_create_prints_a_working_token(tmp_path):
    from courtdoc.service.auth import principal_for
    from courtdoc.service.db import make_engine, make_sessionmaker
    from svc_server import cli_token_create

    token = cli_token_create(tmp_path, "judge")
    engine = make_engine(f"sqlite:///{tmp_path / 'courtdoc.db'}")
    assert principal_for(make_sessionmaker(engine), token).role == "judge"
    engine.dispose()
