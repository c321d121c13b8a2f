"""The guidance robot's session store in the service database (courtdoc.guide.sessions.SessionStore
protocol), so a dialogue waiting for an answer ("标的额是多少？") survives a restart.

Reads are served from memory (one API process); the database is written only when the part of a
state that matters across a restart changes (pending slot questions, failed verifications), not on
every turn: a plain question costs no database write, which keeps the robot's latency where it was."""

from __future__ import annotations

import json
from datetime import timedelta

from courtdoc.guide.sessions import TTL_SECONDS, MemorySessionStore
from sqlalchemy import delete

from .db import RobotSession, utcnow

_PURGE_EVERY = 200  # database writes between deletions of expired sessions
_VOLATILE = ("turns",)  # counted per process; not worth a write per question


def _durable(state: dict) -> str:
    return json.dumps({k: v for k, v in state.items() if k not in _VOLATILE}, sort_keys=True, ensure_ascii=False)


class DbSessionStore:
    def __init__(self, sessions, ttl: float = TTL_SECONDS) -> None:
        self.sessions, self.ttl = sessions, timedelta(seconds=ttl)
        self._memory = MemorySessionStore(ttl=ttl)
        self._written: dict[str, str] = {}  # session → durable part as last written
        self._writes = 0

    def get(self, session_id: str) -> dict | None:
        state = self._memory.get(session_id)
        if state is not None:
            return state
        with self.sessions() as s:  # not in memory: written before a restart, or never
            row = s.get(RobotSession, session_id)
            if row is None:
                return None
            updated = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=utcnow().tzinfo)
            if utcnow() - updated > self.ttl:
                return None
            self._written[session_id] = _durable(row.state)
            return dict(row.state)

    def put(self, session_id: str, state: dict) -> None:
        self._memory.put(session_id, state)
        durable = _durable(state)
        if self._written.get(session_id, "{}") == durable:
            return
        with self.sessions.begin() as s:
            row = s.get(RobotSession, session_id)
            if durable == "{}":
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(RobotSession(id=session_id, state=state, updated_at=utcnow()))
            else:
                row.state, row.updated_at = state, utcnow()
            self._writes += 1
            if self._writes % _PURGE_EVERY == 0:
                s.execute(delete(RobotSession).where(RobotSession.updated_at < utcnow() - self.ttl))
        self._written[session_id] = durable
        if len(self._written) > 2 * self._memory.max_sessions:
            # sessions gone from memory are read back from the database, which sets their entry again
            self._written = {k: v for k, v in self._written.items() if self._memory.get(k) is not None}
