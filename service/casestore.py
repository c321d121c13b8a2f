"""The database-backed case status store the guidance robot uses (courtdoc.guide.cases.CaseStore
protocol: lookup(case_number, verification) -> dict | None). Verification codes are stored salted
and hashed; a wrong code looks exactly like an unknown case."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from .db import Case, utcnow

_ITER = 20000


def hash_code(code: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", code.strip().encode(), salt.encode(), _ITER).hex()
    return f"pbkdf2${_ITER}${salt}${digest}"


def check_code(code: str, stored: str) -> bool:
    try:
        _, iters, salt, digest = stored.split("$")
    except ValueError:
        return False
    got = hashlib.pbkdf2_hmac("sha256", code.strip().encode(), salt.encode(), int(iters)).hex()
    return hmac.compare_digest(got, digest)


def case_view(row: Case) -> dict:
    return {"case_number": row.case_number, "status": row.status, **(row.detail or {}),
            "updated_at": row.updated_at.isoformat() if row.updated_at else None}


class DbCaseStore:
    def __init__(self, sessions) -> None:
        self.sessions = sessions

    def lookup(self, case_number: str, verification: str) -> dict | None:
        if not case_number or not verification:
            return None
        with self.sessions() as s:
            row = s.get(Case, case_number.strip())
        if row is None or not check_code(verification, row.verification_hash):
            return None
        return case_view(row)

    def upsert(self, case_number: str, status: str, verification: str | None = None, detail: dict | None = None,
               dossier_id: str | None = None) -> Case:
        with self.sessions.begin() as s:
            row = s.get(Case, case_number)
            if row is None:
                if not verification:
                    raise ValueError("verification required for a new case")
                row = Case(case_number=case_number, verification_hash=hash_code(verification), status=status,
                           detail=detail or {}, dossier_id=dossier_id)
                s.add(row)
            else:
                row.status = status
                if verification:
                    row.verification_hash = hash_code(verification)
                if detail is not None:
                    row.detail = detail
                if dossier_id:
                    row.dossier_id = dossier_id
                row.updated_at = utcnow()
        return row
