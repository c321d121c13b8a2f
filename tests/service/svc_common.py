"""Helpers of the service tests (imported by conftest.py, the tests and bench/service.py): an app per
storage backend, staff tokens, a stage check that skips, and the generated complaint."""

from __future__ import annotations

import importlib
import os
import time
from pathlib import Path

import pytest

PG_URL = os.environ.get("COURTDOC_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"]


def need(module: str, *attrs: str):
    """Skip unless a stage module (and the names in it) has landed."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        pytest.skip(f"stage not available yet: {module} ({exc})")
    for a in attrs:
        if not hasattr(mod, a):
            pytest.skip(f"stage not available yet: {module}.{a}")
    return mod


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def make_settings(backend: str, data_dir: Path, **kw):
    from courtdoc.service.settings import Settings

    url = None
    if backend == "postgresql":
        if not PG_URL:
            pytest.skip("PostgreSQL not configured: set COURTDOC_TEST_PG_URL (scripts/test starts one)")
        reset_pg(PG_URL)
        url = PG_URL
    kw.setdefault("workers", 0)
    kw.setdefault("warm_robot", False)
    kw.setdefault("guide_rate_limit", "1000/minute")
    return Settings(data_dir=data_dir, database_url=url, **kw)


class Api:
    """A TestClient with a token per role."""

    def __init__(self, client, tokens: dict[str, str]) -> None:
        self.client, self.tokens = client, tokens

    def h(self, role: str) -> dict:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def __getattr__(self, name):
        return getattr(self.client, name)

    def wait(self, dossier_id: str, role: str = "clerk", timeout: float = 120) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            d = self.client.get(f"/api/dossiers/{dossier_id}", headers=self.h(role)).json()
            if d["status"] in ("done", "failed"):
                return d
            time.sleep(0.2)
        raise AssertionError(f"dossier {dossier_id} not finished after {timeout} s")


def make_api(settings) -> tuple:
    from courtdoc.service.app import create_app
    from courtdoc.service.auth import create_token
    from fastapi.testclient import TestClient

    app = create_app(settings)
    tokens = {r: create_token(app.state.sessions, r) for r in ("clerk", "judge", "admin")}
    return app, TestClient(app), tokens


# A complaint with personal data, for uploads (ID numbers pass the GB 11643 checksum).
COMPLAINT = [
    "民事起诉状\n"
    "原告：张三，男，1980年1月1日出生，汉族，身份证号码110101198001010010，"
    "住福建省厦门市思明区湖滨南路100号，联系电话13900001111。\n"
    "被告：李四，男，1985年5月5日出生，汉族，身份证号码110101198505050016，"
    "住福建省厦门市湖里区仙岳路200号，联系电话13800002222。\n"
    "诉讼请求：\n1．判令被告偿还借款本金100000元；\n2．本案诉讼费用由被告承担。\n"
    "事实与理由：2022年3月1日，被告向原告借款100000元，约定2023年3月1日前归还，到期后被告未还。\n"
    "此致\n福建省厦门市思明区人民法院\n具状人：张三\n2023年5月1日",
]
PERSONAL = ["110101198001010010", "13900001111", "湖滨南路100号", "110101198505050016", "13800002222"]
