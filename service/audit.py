"""Audit log: who read or changed what, when. Details hold identifiers and field names only,
never values (which may be personal data)."""

from __future__ import annotations

from .auth import Principal
from .db import AuditEntry


def audit(sessions, who: Principal | None, action: str, target_type: str, target_id: str | None,
          **detail) -> None:
    with sessions.begin() as s:
        s.add(AuditEntry(actor_token=who.token_id if who else None, actor_role=who.role if who else "public",
                         action=action, target_type=target_type, target_id=target_id, detail=detail))
