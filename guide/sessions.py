"""Conversation state per session id: pending slot questions and failed verification attempts.

MemorySessionStore serves the API process; FileSessionStore keeps sessions between CLI invocations in
a small JSON file under the data dir. States hold slots only (amounts, dates, case numbers), never
verification values."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

TTL_SECONDS = 2 * 3600


class SessionStore(Protocol):
    def get(self, session_id: str) -> dict | None: ...

    def put(self, session_id: str, state: dict) -> None: ...


class MemorySessionStore:
    def __init__(self, max_sessions: int = 10000, ttl: float = TTL_SECONDS) -> None:
        self._data: OrderedDict[str, tuple[float, dict]] = OrderedDict()
        self.max_sessions, self.ttl = max_sessions, ttl

    def get(self, session_id: str) -> dict | None:
        item = self._data.get(session_id)
        if item is None or time.time() - item[0] > self.ttl:
            self._data.pop(session_id, None)
            return None
        return item[1]

    def put(self, session_id: str, state: dict) -> None:
        self._data[session_id] = (time.time(), state)
        self._data.move_to_end(session_id)
        while len(self._data) > self.max_sessions:
            self._data.popitem(last=False)


class FileSessionStore:
    """JSON file {session_id: {"t": timestamp, "state": {...}}}; expired sessions are dropped on write."""

    def __init__(self, path: str | Path, ttl: float = TTL_SECONDS) -> None:
        self.path, self.ttl = Path(path), ttl

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (FileNotFoundError, ValueError):
            return {}

    def get(self, session_id: str) -> dict | None:
        item = self._load().get(session_id)
        if not isinstance(item, dict) or time.time() - float(item.get("t", 0)) > self.ttl:
            return None
        return item.get("state")

    def put(self, session_id: str, state: dict) -> None:
        now = time.time()
        data = {k: v for k, v in self._load().items()
                if isinstance(v, dict) and now - float(v.get("t", 0)) <= self.ttl}
        data[session_id] = {"t": now, "state": state}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write to a temporary file and rename, so a crash never leaves half a file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".sessions-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, self.path)
