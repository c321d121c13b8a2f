"""Drafts, guide (public, rate-limited), statutes, cases, tokens, audit log, health and metrics."""

from __future__ import annotations

import re
import tempfile
import threading
import time
from pathlib import Path

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select, text
from starlette.background import BackgroundTask

from courtdoc.contracts import CaseElements

from .api_dossiers import _cleanup, _get_dossier, latest_elements, not_ready
from .audit import audit
from .auth import ROLES, AdminP, AnyP, JudgeP, Principal, create_token
from .casestore import case_view, normalize_case_number
from .db import AuditEntry, Case, Draft
from .errors import ApiError, validation_problems

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ---------------------------------------------------------------------------------------------
# drafts

drafts = APIRouter(prefix="/api/drafts", tags=["drafts"])


class DraftIn(BaseModel):
    dossier_id: str | None = Field(None, description="draft from this dossier's current elements")
    elements: dict | None = Field(None, description="or from these CaseElements")
    confirmed: dict | None = Field(None, description="facts the judge confirmed (passed to the drafter)")


def _draft_view(row: Draft) -> dict:
    return {"id": row.id, "dossier_id": row.dossier_id, "elements_version": row.elements_version,
            "text": row.text, "flags": row.flags, "created_at": row.created_at.isoformat(),
            "docx": f"/api/drafts/{row.id}/draft.docx", "anonymized": f"/api/drafts/{row.id}/anonymized.docx"}


def _stage_draft(elements: dict, confirmed: dict | None):
    from courtdoc.generation import draft_judgment
    from courtdoc.generation.civil import DraftError

    try:
        return draft_judgment(CaseElements.model_validate(elements), confirmed)
    except DraftError as exc:  # elements the drafter cannot use: name the problem
        raise ApiError(422, "draft_error", f"无法生成草稿：{exc}") from exc


@drafts.post("", status_code=201, summary="由案件要素生成裁判文书草稿")
def create_draft(body: DraftIn, request: Request, who: JudgeP) -> dict:
    sessions = request.app.state.sessions
    version, confirmed = None, body.confirmed
    if body.dossier_id:
        with sessions() as s:
            d, job = _get_dossier(s, body.dossier_id)
        ev = latest_elements(sessions, d, job)
        if ev is None:
            raise not_ready(job)
        elements, version = ev.elements, ev.version
    elif body.elements is not None:
        try:
            elements = CaseElements.model_validate(body.elements).to_json()
        except Exception as exc:
            problems = "；".join(validation_problems(exc.errors())) if hasattr(exc, "errors") else ""
            raise ApiError(422, "invalid_elements", "案件要素格式不正确（应符合 courtdoc.case/1）"
                           + (f"：{problems}。" if problems else "。")) from exc
        if confirmed is None and isinstance(body.elements.get("confirmed"), dict):
            confirmed = body.elements["confirmed"]  # the element file of `courtdoc draft` carries it inline
    else:
        raise ApiError(422, "missing_elements", "请提供卷宗编号或案件要素。")
    draft = _stage_draft(elements, confirmed)
    with sessions.begin() as s:
        row = Draft(dossier_id=body.dossier_id, elements_version=version, elements=elements,
                    confirmed=confirmed, text=draft.text, flags=list(draft.flags), created_by=who.token_id)
        s.add(row)
    audit(sessions, who, "draft.create", "draft", row.id, dossier=body.dossier_id, version=version)
    return _draft_view(row)


@drafts.get("/element-table", summary="案件类型的要素表（法官确认的要素）")
def draft_element_table(who: JudgeP, cause: str | None = None, case_type: str | None = None) -> dict:
    from courtdoc.generation.casetypes import element_table, pick
    from courtdoc.generation.civil import DraftError

    try:
        module = pick(case_type, cause)
    except DraftError as exc:
        raise ApiError(422, "unknown_case_type", str(exc)) from exc
    name = module.__name__.rsplit(".", 1)[-1]
    return {"case_type": name, "causes": list(module.CAUSES), "fields": element_table(name)}


def _get_draft(request: Request, draft_id: str, who: Principal, action: str) -> Draft:
    sessions = request.app.state.sessions
    row = None
    if re.fullmatch(r"[0-9a-f]{32}", draft_id):
        with sessions() as s:
            row = s.get(Draft, draft_id)
    if row is None:
        raise ApiError(404, "draft_not_found", "草稿不存在。")
    audit(sessions, who, action, "draft", row.id, dossier=row.dossier_id)
    return row


@drafts.get("/{draft_id}", summary="草稿")
def get_draft(draft_id: str, request: Request, who: JudgeP) -> dict:
    return _draft_view(_get_draft(request, draft_id, who, "draft.read"))


def _docx_response(path: Path, filename: str) -> FileResponse:
    return FileResponse(path, filename=filename, media_type=DOCX, background=BackgroundTask(_cleanup, path))


@drafts.get("/{draft_id}/draft.docx", summary="草稿（.docx）", response_class=FileResponse,
            responses={200: {"content": {DOCX: {}}}})
def draft_docx(draft_id: str, request: Request, who: JudgeP):
    row = _get_draft(request, draft_id, who, "draft.docx")
    draft = _stage_draft(row.elements, row.confirmed)
    path = Path(tempfile.mkdtemp(prefix="courtdoc-draft-")) / "draft.docx"
    draft.write_docx(path)
    return _docx_response(path, f"裁判文书草稿-{row.id[:8]}.docx")


def _anonymized(row: Draft) -> str:
    from courtdoc.generation.anonymize import PublicationForbidden, anonymize_text

    try:
        return anonymize_text(row.text)
    except PublicationForbidden as exc:
        raise ApiError(409, "publication_forbidden", f"该文书不得公开：{exc}") from exc


@drafts.get("/{draft_id}/anonymized.txt", summary="草稿的公开版（去标识化，文本）", response_class=PlainTextResponse)
def draft_anonymized_txt(draft_id: str, request: Request, who: JudgeP):
    return PlainTextResponse(_anonymized(_get_draft(request, draft_id, who, "draft.anonymized")))


@drafts.get("/{draft_id}/anonymized.docx", summary="草稿的公开版（去标识化，.docx）", response_class=FileResponse,
            responses={200: {"content": {DOCX: {}}}})
def draft_anonymized_docx(draft_id: str, request: Request, who: JudgeP):
    from courtdoc.generation.anonymize import PublicationForbidden, anonymize_file

    row = _get_draft(request, draft_id, who, "draft.anonymized")
    _anonymized(row)  # refuses a judgment that may not be published, before any file is made
    work = Path(tempfile.mkdtemp(prefix="courtdoc-anon-"))
    _stage_draft(row.elements, row.confirmed).write_docx(work / "draft.docx")
    try:
        anonymize_file(work / "draft.docx", work / "anonymized.docx")
    except PublicationForbidden as exc:
        raise ApiError(409, "publication_forbidden", f"该文书不得公开：{exc}") from exc
    finally:
        (work / "draft.docx").unlink(missing_ok=True)
    return _docx_response(work / "anonymized.docx", f"公开版-{draft_id[:8]}.docx")


# ---------------------------------------------------------------------------------------------
# guide (public)

guide = APIRouter(prefix="/api/guide", tags=["guide"])


class Ask(BaseModel):
    question: str = Field(min_length=1, max_length=500)
    session: str | None = Field(None, max_length=100)


class CaseStatusIn(BaseModel):
    case_number: str = Field(min_length=1, max_length=64)
    verification: str = Field(min_length=1, max_length=64)


_robot_lock = threading.Lock()


def get_robot(app):
    if getattr(app.state, "robot", None) is None:
        with _robot_lock:
            if getattr(app.state, "robot", None) is None:
                from courtdoc.guide import Robot

                from .robot_sessions import DbSessionStore

                app.state.robot = Robot(case_store=app.state.case_store,
                                        session_store=DbSessionStore(app.state.sessions))
    return app.state.robot


async def rate_limited(request: Request) -> None:  # in-memory counter: cheap, no thread hop
    limiter, item = request.app.state.limiter, request.app.state.guide_limit
    key = request.client.host if request.client else "unknown"
    if not limiter.hit(item, "guide", key):
        reset = limiter.get_window_stats(item, "guide", key).reset_time
        retry = max(1, int(reset - time.time()))
        raise ApiError(429, "rate_limited", "提问过于频繁，请稍后再试。", headers={"Retry-After": str(retry)})


@guide.post("/ask", summary="智能导诉：提问（公开，限流）", dependencies=[Depends(rate_limited)])
def guide_ask(body: Ask, request: Request) -> dict:
    robot = get_robot(request.app)
    answer = robot.ask(body.question, session=body.session)
    request.app.state.metrics.guide.labels(str(answer.get("intent"))).inc()
    return answer


@guide.post("/case-status", summary="案件进度查询（需案号与查询码；公开，限流）", dependencies=[Depends(rate_limited)])
def guide_case_status(body: CaseStatusIn, request: Request) -> dict:
    found = request.app.state.case_store.lookup(body.case_number, body.verification)
    if found is None:
        raise ApiError(404, "case_not_found", "未查到该案件，请核对案号与查询码。")
    return found


# ---------------------------------------------------------------------------------------------
# statutes

statutes = APIRouter(prefix="/api/statutes", tags=["statutes"])


class VerifyIn(BaseModel):
    text: str = Field(min_length=1, max_length=20000)


@statutes.get("/search", summary="法条检索")
def statutes_search(who: AnyP, q: str = Query(min_length=1, max_length=200),
                    top: int = Query(5, ge=1, le=50)) -> list[dict]:
    from courtdoc.legal.statutes import search

    return search(q, top=top)


@statutes.post("/verify", summary="核验文本中的法条引用")
def statutes_verify(body: VerifyIn, who: AnyP) -> list[dict]:
    from courtdoc.legal.statutes import verify_citations

    return verify_citations(body.text)


# ---------------------------------------------------------------------------------------------
# cases

cases = APIRouter(prefix="/api/cases", tags=["cases"])


class CaseIn(BaseModel):
    case_number: str = Field(min_length=1, max_length=64)
    status: str = Field(min_length=1, max_length=64, description="e.g. 已立案、待开庭、已结案")
    verification: str | None = Field(None, min_length=4, max_length=64,
                                      description="case query code the litigant may give (stored hashed)")
    phone_last4: str | None = Field(None, pattern=r"^\d{4}$",
                                    description="last four digits of the party's phone (stored hashed)")
    detail: dict | None = None
    dossier_id: str | None = None


@cases.put("", summary="登记或更新案件进度")
def put_case(body: CaseIn, request: Request, who: AnyP) -> dict:
    store = request.app.state.case_store
    body.dossier_id = body.dossier_id or None
    if body.dossier_id:
        with request.app.state.sessions() as s:
            _get_dossier(s, body.dossier_id)
    try:
        row = store.upsert(body.case_number, body.status, body.verification, body.detail, body.dossier_id,
                           phone_last4=body.phone_last4)
    except ValueError as exc:
        raise ApiError(422, "verification_required", "新登记的案件须设置查询码或当事人手机号后四位。") from exc
    audit(request.app.state.sessions, who, "case.update", "case", row.case_number, status=body.status)
    return case_view(row)


@cases.get("/{case_number}", summary="案件进度（工作人员）")
def get_case(case_number: str, request: Request, who: AnyP) -> dict:
    with request.app.state.sessions() as s:
        row = s.get(Case, normalize_case_number(case_number))
    if row is None:
        raise ApiError(404, "case_not_found", "案件不存在。")
    audit(request.app.state.sessions, who, "case.read", "case", row.case_number)
    return case_view(row)


# ---------------------------------------------------------------------------------------------
# admin: tokens and audit log

admin = APIRouter(prefix="/api", tags=["admin"])


class TokenIn(BaseModel):
    role: str = Field(description="clerk | judge | admin")
    label: str | None = Field(None, max_length=200)


@admin.post("/tokens", status_code=201, summary="签发令牌（管理员）")
def new_token(body: TokenIn, request: Request, who: AdminP) -> dict:
    if body.role not in ROLES:
        raise ApiError(422, "invalid_role", "角色须为 clerk、judge 或 admin。")
    token = create_token(request.app.state.sessions, body.role, body.label)
    audit(request.app.state.sessions, who, "token.create", "token", None, role=body.role)
    return {"token": token, "role": body.role}


@admin.get("/audit", summary="审计日志（管理员）")
def audit_log(request: Request, who: AdminP, target_id: str | None = None,
              limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if target_id:
        q = q.where(AuditEntry.target_id == target_id)
    with request.app.state.sessions() as s:
        rows = s.scalars(q).all()
    return [{"at": r.at.isoformat(), "actor_token": r.actor_token, "actor_role": r.actor_role, "action": r.action,
             "target_type": r.target_type, "target_id": r.target_id, "detail": r.detail} for r in rows]


# ---------------------------------------------------------------------------------------------
# health and metrics (public)

health = APIRouter(tags=["health"])


@health.get("/healthz", summary="存活检查")
def healthz() -> dict:
    return {"status": "ok"}


@health.get("/readyz", summary="就绪检查：数据库与任务进程")
def readyz(request: Request):
    problems = []
    try:
        with request.app.state.sessions() as s:
            s.execute(text("SELECT 1"))
    except Exception:
        problems.append("database")
    if not request.app.state.runner.alive():
        problems.append("job_runner")
    if getattr(request.app.state, "warming", False):
        problems.append("warming_up")  # models still loading: a load balancer waits instead of queueing on them
    if problems:
        return JSONResponse({"status": "unavailable", "problems": problems}, status_code=503)
    return {"status": "ready"}


@health.get("/metrics", summary="Prometheus 指标", response_class=PlainTextResponse)
def metrics(request: Request):
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
