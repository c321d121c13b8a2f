"""The dev-set element files (tests/generation/cases/*.json) for the generation tests."""

from __future__ import annotations

import json
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def load_case(name: str) -> dict:
    return json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
