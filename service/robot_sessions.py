"""The guidance robot's session store in the service database (courtdoc.guide.sessions.SessionStore
protocol), so multi-turn dialogues survive a restart and are shared by every API process."""

from __future__ import annotations

from datetime import timedelta

from courtdoc.guide.sessions import TTL_SECONDS
from sqlalchemy import delete

from .db import RobotSession, utcnow

_PURGE_EVERY = 200  # writes between deletions of expired sessions


class DbSessionStore:
    def __init__(self, sessions, ttl: float = TTL_SECONDS) -> None:
        self.sessions, self.ttl = sessions, timedelta(seconds=ttl)
        self._writes = 0

    def get(self, session_id: str) -> dict | None:
        with self.sessions() as s:
            row = s.get(RobotSession, session_id)
            if row is None:
                return None
            updated = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=utcnow().tzinfo)
            return row.state if utcnow() - updated <= self.ttl else None

    def put(self, session_id: str, state: dict) -> None:
        with self.sessions.begin() as s:
            row = s.get(RobotSession, session_id)
            if row is None:
                s.add(RobotSession(id=session_id, state=state, updated_at=utcnow()))
            else:
                row.state, row.updated_at = state, utcnow()
            self._writes += 1
            if self._writes % _PURGE_EVERY == 0:
                s.execute(delete(RobotSession).where(RobotSession.updated_at < utcnow() - self.ttl))
