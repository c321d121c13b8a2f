"""The courtdoc web service: create_app(settings) builds the FastAPI app (API at /api, OpenAPI at
/docs, pages at /). The service is thin: it stores, queues, authorises and audits; the stages do
the work."""

from __future__ import annotations

import logging
import secrets
import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from . import api_dossiers, api_other, web
from .casestore import DbCaseStore
from .db import make_engine, make_sessionmaker, migrate
from .errors import ApiError, body, ocr_status, validation_message
from .jobs import JobRunner
from .logsafe import setup_logging
from .metrics import Metrics, MetricsMiddleware
from .settings import Settings
from .storage import BlobStore

log = logging.getLogger("courtdoc.service")

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "too_large",
              415: "unsupported_type", 422: "invalid_request", 429: "rate_limited"}
HTTP_MESSAGES = {400: "请求体无法解析，请检查格式（JSON 或 multipart 表单）。", 404: "请求的资源不存在。",
                 405: "不支持该请求方法。", 401: "请先登录或提供令牌。", 413: "上传内容过大。"}
# Requests other than uploads carry small JSON bodies (a question, a text to check, elements).
JSON_BODY_LIMIT = 2 * 1024 * 1024
UPLOAD_PATH = "/api/dossiers"



def _secret(settings: Settings) -> str:
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


class _TooLarge(StarletteHTTPException):
    code = "request_too_large"


class _BodyLimit:
    """Refuses a request whose declared length is over its limit, before reading it: an upload may
    carry every file limit together; any other request (the public guide included) a small JSON body."""

    def __init__(self, app, limit: int, json_limit: int = JSON_BODY_LIMIT) -> None:
        self.app, self.limit, self.json_limit = app, limit, json_limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        upload = scope.get("path", "").rstrip("/") == UPLOAD_PATH
        limit = self.limit if upload else self.json_limit
        message = "上传内容超过总大小上限。" if upload else f"请求体过大（上限 {limit // (1024 * 1024)} MB）。"
        if length and length.isdigit() and int(length) > limit:
            resp = JSONResponse(body("request_too_large", message), status_code=413)
            return await resp(scope, receive, send)
        received = 0

        async def counted():  # a body sent without a length (chunked) stops being read at the limit
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:  # an HTTPException: FastAPI passes it on from body parsing as it is
                    raise _TooLarge(413, message)
            return msg

        return await self.app(scope, counted, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(settings.log_file)
    engine = make_engine(settings.db_url)
    migrate(engine)
    sessions = make_sessionmaker(engine)
    metrics = Metrics(sessions)
    runner = JobRunner(settings, sessions, on_finished=metrics.job_done)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        runner.start()
        if settings.warm_robot:
            app.state.warming = True  # /readyz says so until the robot and the statute index are loaded
            threading.Thread(target=_warm_robot, args=(app,), name="courtdoc-warm", daemon=True).start()
        log.info("courtdoc service ready (data dir %s)", settings.data_dir)
        try:
            yield
        finally:
            runner.stop()
            engine.dispose()

    # /docs is served from the bundled Swagger UI (no CDN: the service runs offline).
    app = FastAPI(title="courtdoc", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="离线司法文书服务：卷宗识别、案件要素、立案登记表、裁判文书草稿、智能导诉。")
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.store = BlobStore(settings.upload_dir)
    app.state.metrics = metrics
    app.state.runner = runner
    app.state.case_store = DbCaseStore(sessions)
    app.state.limiter = MovingWindowRateLimiter(MemoryStorage())
    app.state.guide_limit = parse(settings.guide_rate_limit)
    app.state.robot = None
    app.state.warming = False

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(body(exc.code, exc.message), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return JSONResponse(body("invalid_request", validation_message(exc.errors())), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if isinstance(exc, _TooLarge):
            return JSONResponse(body(exc.code, exc.detail), status_code=exc.status_code)
        code = HTTP_CODES.get(exc.status_code, "http_error")
        message = HTTP_MESSAGES.get(exc.status_code, "请求无法处理。")
        return JSONResponse(body(code, message), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        status = _stage_error_status(exc)
        if status:  # a typed error of a stage: the caller's input was at fault
            return JSONResponse(body(getattr(exc, "code", "bad_input"), getattr(exc, "message", str(exc))),
                                status_code=status)
        if isinstance(exc, ImportError):
            log.error("stage unavailable on %s: %s", request.url.path, exc)
            return JSONResponse(body("stage_unavailable", "该功能所需的模块尚未安装。"), status_code=503)
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(body("internal_error", "服务器内部错误，请联系管理员。"), status_code=500)

    app.include_router(api_dossiers.router)
    for r in (api_other.drafts, api_other.guide, api_other.statutes, api_other.cases, api_other.admin,
              api_other.health):
        app.include_router(r)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=str(web.STATIC)), name="static")
    _offline_docs(app)
    app.add_middleware(SessionMiddleware, secret_key=_secret(settings), session_cookie="courtdoc_session",
                       same_site="strict", https_only=settings.secure_cookies, max_age=12 * 3600)
    app.add_middleware(_BodyLimit, limit=settings.max_files * settings.max_file_bytes + 1024 * 1024)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app


def _offline_docs(app: FastAPI) -> None:
    from fastapi.openapi.docs import get_swagger_ui_html

    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # without the bundle, /docs is the JSON schema's link only
        swagger_ui_path = None
    if swagger_ui_path:
        app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if not swagger_ui_path:
            return JSONResponse(body("docs_unavailable", "接口文档组件未安装，请直接查看 /openapi.json。"),
                                status_code=503)
        return get_swagger_ui_html(openapi_url="/openapi.json", title="courtdoc API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")


def _warm_robot(app: FastAPI) -> None:
    try:
        api_other.get_robot(app).ask("立案需要准备哪些材料？")
    except Exception as exc:  # the guide stage missing or broken: /api/guide answers 503 later
        log.warning("robot warm-up failed: %s", type(exc).__name__)
    try:  # the statute index (loaded from the cache, or built once if setup did not): no wait on the first statute question
        from courtdoc.legal.statute_search import get_index

        get_index()
    except Exception as exc:
        log.warning("statute index warm-up failed: %s", type(exc).__name__)
    finally:
        app.state.warming = False


def _stage_error_status(exc: Exception) -> int | None:
    """HTTP status for the typed errors of the OCR stage (DossierError and its subclasses)."""
    try:
        from courtdoc.ocr.errors import DossierError
    except ImportError:
        return None
    return ocr_status(exc) if isinstance(exc, DossierError) else None
