"""Helpers shared by the CLI modules: JSON output and turning typed errors into a clean exit."""

from __future__ import annotations

import errno
import json
import sys
from typing import Any

import click

# The OS errors a clerk meets when naming an output or input path, in Chinese.
_OS_ERRORS = {
    errno.ENOENT: "目录或文件不存在",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EACCES: "没有访问权限",
    errno.EPERM: "没有访问权限",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "只读文件系统",
    errno.EEXIST: "已存在同名文件",
}


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=None))


def fail(message: str, code: int = 2) -> None:
    """Print the problem (no traceback) and exit non-zero."""
    click.echo(f"courtdoc: {message}", err=True)
    sys.exit(code)


def os_problem(exc: OSError) -> str:
    """An OSError as a short Chinese phrase (the system's own words when there is no translation)."""
    return _OS_ERRORS.get(exc.errno or -1) or exc.strerror or type(exc).__name__


def read_json_text(text: str) -> Any:
    """json.loads that turns hostile nesting (RecursionError) into a ValueError like any bad JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON 嵌套层数过深") from None
