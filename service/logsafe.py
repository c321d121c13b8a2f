"""Logging set-up with a filter that masks personal data (ID numbers, phone numbers, addresses)
in every record, whatever logger wrote it, before any handler writes it out."""

from __future__ import annotations

import logging
import re
from pathlib import Path

_ID = re.compile(r"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![0-9A-Za-z])|"
                 r"(?<!\d)\d{15}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
# A Chinese address: an administrative unit followed by street-level detail.
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:省|自治区|市|区|县|镇|乡)[\u4e00-\u9fff0-9A-Za-z\-－#（）()]{0,30}"
    r"(?:路|街|道|巷|弄|村|小区|大厦|号|室|栋|幢|单元|组)[\u4e00-\u9fff0-9A-Za-z\-－#]*"
)


def mask(text: str) -> str:
    text = _ID.sub("[身份证号]", text)
    text = _MOBILE.sub("[电话]", text)
    text = _LANDLINE.sub("[电话]", text)
    return _ADDRESS.sub("[地址]", text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw message, masked
            message = str(record.msg)
        masked = mask(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        record.msg, record.args = masked, None
        return True


_FORMAT = "%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s"


def setup_logging(log_file: Path | None = None, level: int = logging.INFO) -> None:
    """Route all logging through handlers that carry the masking filter (idempotent)."""
    root = logging.getLogger()
    root.setLevel(level)
    wanted: list[logging.Handler] = []
    if not any(getattr(h, "_courtdoc", None) == "stderr" for h in root.handlers):
        h = logging.StreamHandler()
        h._courtdoc = "stderr"  # type: ignore[attr-defined]
        wanted.append(h)
    if log_file is not None and not any(getattr(h, "_courtdoc", None) == str(log_file) for h in root.handlers):
        log_file.parent.mkdir(parents=True, exist_ok=True)
        h = logging.FileHandler(log_file, encoding="utf-8")
        h._courtdoc = str(log_file)  # type: ignore[attr-defined]
        wanted.append(h)
    for h in wanted:
        h.setFormatter(logging.Formatter(_FORMAT))
        h.addFilter(PersonalDataFilter())
        root.addHandler(h)
    # Every handler (including ones others installed, e.g. pytest's) gets the filter too.
    for h in root.handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in h.filters):
            h.addFilter(PersonalDataFilter())
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        for h in lg.handlers:
            if not any(isinstance(f, PersonalDataFilter) for f in h.filters):
                h.addFilter(PersonalDataFilter())
