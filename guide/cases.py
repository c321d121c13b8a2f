"""Case status store. The robot only ever calls `lookup(case_number, verification)`: a store returns the
case's public status only when the verification value (last four digits of the party's phone, or the
case's query code) matches, and answers an unknown case and a wrong code the same way (None)."""

from __future__ import annotations

import hmac
import re
from typing import Protocol, runtime_checkable


@runtime_checkable
class CaseStore(Protocol):
    def lookup(self, case_number: str, verification: str) -> dict | None: ...


def normalize_case_number(text: str) -> str:
    # Full-width and half-width brackets both occur in what people type.
    return re.sub(r"\s+", "", text or "").replace("(", "（").replace(")", "）")


class InMemoryCaseStore:
    """A small store for tests and demos until the service's database store is plugged in.

    records: {case_number: {"status": ..., "phone_last4": "1234", "query_code": "AB12CD", ...}}; the
    verification keys are never returned."""

    _SECRET_KEYS = ("phone_last4", "query_code", "phone")

    def __init__(self, records: dict[str, dict] | None = None) -> None:
        self._records = {normalize_case_number(k): dict(v) for k, v in (records or {}).items()}

    def add(self, case_number: str, record: dict) -> None:
        self._records[normalize_case_number(case_number)] = dict(record)

    def lookup(self, case_number: str, verification: str) -> dict | None:
        record = self._records.get(normalize_case_number(case_number))
        if record is None or not verification:
            return None
        given = verification.strip().upper()
        secrets = [str(record.get(k) or "").upper() for k in ("phone_last4", "query_code")]
        if not any(s and hmac.compare_digest(s, given) for s in secrets):
            return None
        view = {k: v for k, v in record.items() if k not in self._SECRET_KEYS}
        view["case_number"] = normalize_case_number(case_number)
        return view
