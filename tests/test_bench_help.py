"""`courtdoc bench NAME --help` shows the benchmark's usage and exits; it never runs the benchmark."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
NAMES = sorted(p.stem for p in BENCH.glob("*.py") if not p.stem.startswith("_"))


@pytest.mark.parametrize("name", NAMES)
def test_bench_help_shows_usage_only(name):
    r = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "bench", name, "--help"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.startswith("usage:"), r.stdout[:500]
    assert "--help" in r.stdout or "-h" in r.stdout


@pytest.mark.parametrize("name", ["cause", "draft"])
def test_bench_unknown_option_is_refused(name):
    r = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "bench", name, "--no-such-option"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "unrecognized arguments: --no-such-option" in r.stderr
