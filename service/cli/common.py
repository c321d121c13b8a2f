"""Helpers shared by the CLI modules: JSON output and turning typed errors into a clean exit."""

from __future__ import annotations

import json
import sys
from typing import Any

import click


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=None))


def fail(message: str, code: int = 2) -> None:
    """Print the problem (no traceback) and exit non-zero."""
    click.echo(f"courtdoc: {message}", err=True)
    sys.exit(code)
