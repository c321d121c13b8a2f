"""Service settings: embedded defaults (SQLite file and upload store under one data directory),
each overridable from the environment (COURTDOC_*)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"环境变量 {name} 应为整数，现为“{value}”") from None


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("COURTDOC_DATA_DIR", "courtdoc-data")))
    # None means the SQLite file data_dir/courtdoc.db.
    database_url: str | None = field(default_factory=lambda: os.environ.get("COURTDOC_DATABASE_URL") or None)
    max_file_bytes: int = field(default_factory=lambda: _env_int("COURTDOC_MAX_FILE_MB", 50) * 1024 * 1024)
    max_files: int = field(default_factory=lambda: _env_int("COURTDOC_MAX_FILES", 20))
    max_pages: int = field(default_factory=lambda: _env_int("COURTDOC_MAX_PAGES", 300))
    # OCR worker processes (one engine each); 0 runs jobs in a thread of the service (tests only).
    workers: int = field(default_factory=lambda: _env_int("COURTDOC_WORKERS", 2))
    ocr_dpi: int = 200
    # Public guide endpoints, per client address (syntax of the `limits` package).
    guide_rate_limit: str = field(default_factory=lambda: os.environ.get("COURTDOC_GUIDE_RATE_LIMIT", "60/minute"))
    # Build the robot's index at start-up so the first litigant does not wait for it.
    warm_robot: bool = field(default_factory=lambda: os.environ.get("COURTDOC_WARM_ROBOT", "1") == "1")
    # Set false only where the service sits behind plain HTTP on a trusted loopback (tests).
    secure_cookies: bool = field(default_factory=lambda: os.environ.get("COURTDOC_SECURE_COOKIES", "0") == "1")

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir).resolve())

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'courtdoc.db'}"

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "courtdoc.log"

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)
