"""Property-based API check: schemathesis generates requests from /openapi.json; no answer may be
a server error (5xx). A short run (few examples per operation) so CI stays fast.

The app is built when this module is collected (schemathesis parametrizes from the schema then);
it lives in a temporary data directory removed at exit."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from svc_common import make_api, make_settings  # noqa: E402

_DIR = Path(tempfile.mkdtemp(prefix="courtdoc-schemathesis-"))
atexit.register(shutil.rmtree, _DIR, True)
APP, _, TOKENS = make_api(make_settings("sqlite", _DIR / "data", max_file_bytes=2_000_000))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """Build the robot's index before the clock of the first /api/guide/ask starts. (schemathesis
    runs the app's lifespan, so the job runner is up during the run.)"""
    try:
        from courtdoc.service.api_other import get_robot

        get_robot(APP).ask("立案需要准备哪些材料？")
    except ImportError:
        pass
    yield
    APP.state.runner.stop()


@schema.parametrize()
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKENS['admin']}"}, checks=[not_a_server_error])
