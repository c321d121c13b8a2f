"""`courtdoc serve` (the web service) and `courtdoc token create` (API tokens for staff)."""

from __future__ import annotations

import errno
from pathlib import Path

import click

from .common import fail, os_problem


def _settings(data_dir: str | None):
    from courtdoc.service.settings import Settings

    try:
        return Settings(data_dir=Path(data_dir)) if data_dir else Settings()
    except ValueError as exc:  # a COURTDOC_* variable that is not a number
        fail(str(exc))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="端口")
@click.option("--data-dir", default=None, help="数据目录（SQLite 数据库与上传文件），默认 ./courtdoc-data")
@click.option("--workers", default=None, type=click.IntRange(0), help="识别进程数（默认 2）")
def serve(host: str, port: int, data_dir: str | None, workers: int | None) -> None:
    """启动 Web 服务：API 在 /api，接口文档在 /docs，页面在 /。"""
    import uvicorn
    from courtdoc.service.app import create_app

    settings = _settings(data_dir)
    if workers is not None:
        settings = settings.with_(workers=workers)
    _check_port(host, port)
    _make_data_dir(settings)
    try:
        app = create_app(settings)
    except Exception as exc:  # e.g. the database URL cannot be reached
        fail(f"服务无法启动：{type(exc).__name__}: {exc}")
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False)


def _check_port(host: str, port: int) -> None:
    """Refuse a port in use before loading anything (uvicorn would say so only after start-up)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        fail(f"无法解析监听地址：{host}")
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(addr)
        except OSError as exc:
            fail(f"无法监听 {host}:{port}：{'端口已被占用' if exc.errno == errno.EADDRINUSE else os_problem(exc)}")


def _make_data_dir(settings) -> None:
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"无法使用数据目录 {settings.data_dir}：{os_problem(exc)}")


@click.group()
def token() -> None:
    """管理 API 令牌。"""


@token.command("create")
@click.option("--role", required=True, type=click.Choice(["clerk", "judge", "admin"]), help="角色")
@click.option("--label", default=None, help="备注（如持有人）")
@click.option("--data-dir", default=None, help="数据目录，默认 ./courtdoc-data")
def token_create(role: str, label: str | None, data_dir: str | None) -> None:
    """签发新令牌并打印（只显示这一次；数据库只存其哈希）。"""
    from courtdoc.service.auth import create_token
    from courtdoc.service.db import make_engine, make_sessionmaker, migrate

    settings = _settings(data_dir)
    _make_data_dir(settings)
    try:
        engine = make_engine(settings.db_url)
        migrate(engine)
    except Exception as exc:
        fail(f"无法打开数据库：{type(exc).__name__}: {exc}")
    click.echo(create_token(make_sessionmaker(engine), role, label))
    engine.dispose()


COMMANDS = [serve, token]
