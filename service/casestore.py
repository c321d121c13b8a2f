"""The database-backed case status store the guidance robot uses (courtdoc.guide.cases.CaseStore
protocol: lookup(case_number, verification) -> dict | None). A litigant verifies with the case's
query code or the last four digits of the phone registered in the case; both are stored salted and
hashed, and a wrong code looks exactly like an unknown case."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from .db import Case, utcnow

_ITER = 20000


def normalize_case_number(text: str) -> str:
    try:
        from courtdoc.guide.cases import normalize_case_number as norm
    except ImportError:
        return re.sub(r"\s+", "", text or "").replace("(", "（").replace(")", "）")
    return norm(text)


def _norm_code(code: str) -> str:
    return code.strip().upper()


def hash_code(code: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", _norm_code(code).encode(), salt.encode(), _ITER).hex()
    return f"pbkdf2${_ITER}${salt}${digest}"


def check_code(code: str, stored: str) -> bool:
    """stored: one or more hashes separated by spaces (query code, phone last four)."""
    ok = False
    for one in stored.split():
        try:
            _, iters, salt, digest = one.split("$")
        except ValueError:
            continue
        got = hashlib.pbkdf2_hmac("sha256", _norm_code(code).encode(), salt.encode(), int(iters)).hex()
        ok |= hmac.compare_digest(got, digest)
    return ok


def hash_codes(*codes: str | None) -> str:
    return " ".join(hash_code(c) for c in codes if c)


def case_view(row: Case) -> dict:
    return {"case_number": row.case_number, "status": row.status, **(row.detail or {}),
            "updated_at": row.updated_at.strftime("%Y-%m-%d %H:%M") if row.updated_at else None}


class DbCaseStore:
    def __init__(self, sessions) -> None:
        self.sessions = sessions

    def lookup(self, case_number: str, verification: str) -> dict | None:
        if not case_number or not verification:
            return None
        with self.sessions() as s:
            row = s.get(Case, normalize_case_number(case_number))
        if row is None or not check_code(verification, row.verification_hash):
            return None
        return case_view(row)

    def upsert(self, case_number: str, status: str, verification: str | None = None, detail: dict | None = None,
               dossier_id: str | None = None, phone_last4: str | None = None) -> Case:
        case_number = normalize_case_number(case_number)
        with self.sessions.begin() as s:
            row = s.get(Case, case_number)
            if row is None:
                if not (verification or phone_last4):
                    raise ValueError("verification required for a new case")
                row = Case(case_number=case_number, verification_hash=hash_codes(verification, phone_last4),
                           status=status, detail=detail or {}, dossier_id=dossier_id)
                s.add(row)
            else:
                row.status = status
                if verification or phone_last4:
                    row.verification_hash = hash_codes(verification, phone_last4)
                if detail is not None:
                    row.detail = detail
                if dossier_id:
                    row.dossier_id = dossier_id
                row.updated_at = utcnow()
        return row
