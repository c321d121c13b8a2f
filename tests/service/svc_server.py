"""Run `courtdoc serve` as a real subprocess on a free loopback port (for the crash test and the
browser tests)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def create_token(data_dir: Path, role: str) -> str:
    """A token in the data directory's database (what `courtdoc token create` does, in-process)."""
    from courtdoc.service.auth import create_token as create
    from courtdoc.service.db import make_engine, make_sessionmaker, migrate

    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{data_dir / 'courtdoc.db'}")
    migrate(engine)
    token = create(make_sessionmaker(engine), role)
    engine.dispose()
    return token


def cli_token_create(data_dir: Path, role: str) -> str:
    out = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "token", "create", "--role", role,
                          "--data-dir", str(data_dir)], capture_output=True, text=True, timeout=120, check=True)
    return out.stdout.strip().splitlines()[-1]


class Server:
    def __init__(self, data_dir: Path, workers: int = 1, env: dict | None = None) -> None:
        self.data_dir, self.workers, self.env = Path(data_dir), workers, env or {}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> Server:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "server-stdout.log", "ab")  # noqa: SIM115 - lives as long as the server
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "courtdoc.service.cli", "serve", "--port", str(self.port),
             "--data-dir", str(self.data_dir), "--workers", str(self.workers)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env={**os.environ, **self.env})
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {(self.data_dir / 'server-stdout.log').read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not come up")

    def kill9(self) -> None:
        """SIGKILL to the whole process group: the service and its worker processes die at once."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
