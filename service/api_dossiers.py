"""Dossier routes: upload, status (polling and server-sent events), pages, elements with versioned
corrections, and the filing form. Every read and write lands in the audit log."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from starlette.background import BackgroundTask

from courtdoc.contracts import CaseElements

from . import pages as page_images
from .audit import audit
from .auth import AnyP, ClerkP, Principal
from .db import Blob, Dossier, ElementsVersion, Job
from .errors import ApiError, ocr_status, validation_problems
from .storage import sniff

router = APIRouter(prefix="/api/dossiers", tags=["dossiers"])

# Failures that were not the file's fault: the same upload later runs the job again.
RETRYABLE = ("processing_error", "worker_lost", "stage_unavailable", "engine_unavailable")
KIND_NAMES = "PDF、PNG、JPEG、TIFF、BMP、WEBP、DOCX 或 TXT"


class DossierCreated(BaseModel):
    id: str
    status: str


class DossierOut(BaseModel):
    id: str
    status: str = Field(description="queued | running | done | failed")
    progress: float = Field(ge=0, le=1)
    catalogue: list[dict] = []
    elements: dict | None = None
    version: int | None = Field(None, description="version of the elements (for PATCH)")
    files: list[dict] = []
    pages: int | None = None
    error: dict | None = None
    created_at: str | None = None


class Correction(BaseModel):
    version: int = Field(description="the version the clerk corrected (optimistic locking)")
    changes: dict[str, Any] = Field(description='field path → new value, e.g. {"parties[1].id_number": "…"}')
    comment: str | None = Field(None, max_length=500)


# ---------------------------------------------------------------------------------------------
# helpers


def _validate(data: bytes, name: str, max_pages: int) -> str:
    """The file's kind, after the OCR stage has opened it (type, damage, encryption, page count,
    image size): its typed errors answer at once, as 4xx, instead of failing the job later."""
    try:
        from courtdoc.ocr.errors import DossierError
        from courtdoc.ocr.loaders import open_document
        from courtdoc.ocr.loaders import sniff as ocr_sniff
    except ImportError:  # OCR stage absent: the service's own checks
        kind = sniff(data)
        if kind is None:
            raise ApiError(415, "unsupported_type", f"文件“{name}”的类型不受支持，请上传 {KIND_NAMES} 文件。") from None
        if kind == "pdf":
            _check_pdf(data, max_pages)
        return kind
    try:
        kind = ocr_sniff(data)
        open_document(data, max_pages=max_pages).close()
    except DossierError as exc:
        raise ApiError(ocr_status(exc), exc.code, f"文件“{name}”：{exc.message}") from exc
    return kind


def _check_pdf(data: bytes, max_pages: int) -> None:
    """Cheap limit checks that can answer at once instead of failing the job later."""
    import pymupdf as fitz

    try:
        doc = fitz.open(stream=data, filetype="pdf")
    except Exception as exc:
        raise ApiError(422, "corrupt_file", "PDF 文件已损坏，无法打开。") from exc
    with doc:
        if doc.needs_pass:
            raise ApiError(422, "encrypted_pdf", "PDF 文件已加密，请上传未加密的文件。")
        if doc.page_count == 0:
            raise ApiError(422, "empty_file", "PDF 文件没有页面。")
        if doc.page_count > max_pages:
            raise ApiError(413, "too_many_pages", f"PDF 共 {doc.page_count} 页，超过上限 {max_pages} 页。")


def _status(job: Job) -> str:
    return job.status


def not_ready(job: Job, what: str = "") -> ApiError:
    """409 for a dossier without results: still being processed, or failed (then say why)."""
    if job.status == "failed":
        reason = (job.error_message or "原因不明").rstrip("。")
        return ApiError(409, "dossier_failed", f"卷宗处理失败{what}：{reason}。")
    return ApiError(409, "not_ready", f"卷宗尚未处理完成{what}。")


def _get_dossier(s, dossier_id: str) -> tuple[Dossier, Job]:
    d = s.get(Dossier, dossier_id) if re.fullmatch(r"[0-9a-f]{32}", dossier_id) else None
    if d is None:
        raise ApiError(404, "dossier_not_found", "卷宗不存在。")
    return d, s.get(Job, d.job_id)


def latest_elements(sessions, d: Dossier, job: Job) -> ElementsVersion | None:
    """The newest elements version; version 1 is created from the job result once it is done."""
    with sessions() as s:
        row = s.scalar(select(ElementsVersion).where(ElementsVersion.dossier_id == d.id)
                       .order_by(ElementsVersion.version.desc()).limit(1))
    if row is not None or job.status != "done":
        return row
    try:
        with sessions.begin() as s:
            s.add(ElementsVersion(dossier_id=d.id, version=1, elements=job.result["elements"], changed=[],
                                  comment="自动提取"))
    except IntegrityError:  # another request created it first
        pass
    with sessions() as s:
        return s.scalar(select(ElementsVersion).where(ElementsVersion.dossier_id == d.id)
                        .order_by(ElementsVersion.version.desc()).limit(1))


def dossier_view(sessions, d: Dossier, job: Job) -> dict:
    ev = latest_elements(sessions, d, job)
    result = job.result or {}
    return {
        "id": d.id,
        "status": _status(job),
        "progress": 1.0 if job.status == "done" else float(job.progress or 0.0),
        "catalogue": result.get("catalogue", []),
        "elements": ev.elements if ev else None,
        "version": ev.version if ev else None,
        "files": [{"name": f["name"], "sha256": f["sha256"]} for f in d.files],
        "pages": len(result["pages"]) if "pages" in result else None,
        "error": {"code": job.error_code, "message": job.error_message} if job.status == "failed" else None,
        "created_at": d.created_at.isoformat() if d.created_at else None,
    }


_PATH = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def _set_path(obj: dict, path: str, value: Any) -> str:
    """Set obj[path] for a path like parties[1].id_number; returns the top-level field."""
    if not re.fullmatch(r"[A-Za-z_]+(?:\[\d+\]|\.[A-Za-z_]+)*", path):
        raise ApiError(422, "invalid_field", f"字段路径无效：{path}")
    keys: list[str | int] = [m.group(1) if m.group(1) else int(m.group(2)) for m in _PATH.finditer(path)]
    if keys[0] in ("schema", "provenance"):
        raise ApiError(422, "invalid_field", f"字段不可修改：{path}")
    cur: Any = obj
    try:
        for k in keys[:-1]:
            cur = cur[k]
        last = keys[-1]
        if isinstance(cur, dict) and not isinstance(last, str) or isinstance(cur, list) and not isinstance(last, int):
            raise TypeError
        if isinstance(cur, list) and last == len(cur):
            cur.append(value)
        elif isinstance(cur, dict) and last not in cur:
            raise KeyError(last)
        else:
            cur[last] = value
    except (KeyError, IndexError, TypeError) as exc:
        raise ApiError(422, "invalid_field", f"字段不存在：{path}") from exc
    return str(keys[0])


def _about(field: str, paths: list[str]) -> bool:
    return any(field == p or field.startswith(p + ".") or field.startswith(p + "[") for p in paths)


def _recheck(old: CaseElements, new: CaseElements, changed: list[str]) -> dict:
    """Checks of the corrected elements: the extraction stage's validators run again; checks that
    came from reading the document stay unless they concern a corrected field."""
    try:
        from courtdoc.extraction.checks import run_checks
    except ImportError:
        run_checks = None
    if run_checks is None:
        checks = [c for c in new.checks if not _about(c.field, changed)]
    else:
        derived = {(c.field, c.level, c.message) for c in run_checks(old, [])}
        from_reading = [(c.field, c.level, c.message) for c in old.checks
                        if (c.field, c.level, c.message) not in derived and not _about(c.field, changed)]
        checks = run_checks(new, from_reading)
    new.checks = checks
    return new.to_json()


# ---------------------------------------------------------------------------------------------
# routes


@router.post("", status_code=202, response_model=DossierCreated, summary="上传卷宗（可多个文件）")
async def create_dossier(request: Request, files: Annotated[list[UploadFile], File(description="卷宗文件")],
                         who: ClerkP) -> dict:
    st = request.app.state.settings
    if not files:
        raise ApiError(422, "no_files", "请至少上传一个文件。")
    if len(files) > st.max_files:
        raise ApiError(413, "too_many_files", f"一次最多上传 {st.max_files} 个文件。")
    items = []
    for f in files:
        data = await f.read(st.max_file_bytes + 1)
        name = (f.filename or "file")[-200:]
        if len(data) > st.max_file_bytes:
            raise ApiError(413, "file_too_large",
                           f"文件“{name}”超过 {st.max_file_bytes // (1024 * 1024)} MB 的上限。")
        if not data:
            raise ApiError(422, "empty_file", f"文件“{name}”是空文件。")
        kind = await run_in_threadpool(_validate, data, name, st.max_pages)
        items.append((name, kind, data))
    return await run_in_threadpool(_store_and_queue, request.app, items, who)


def _store_and_queue(app, items: list[tuple[str, str, bytes]], who: Principal) -> dict:
    sessions, store, metrics = app.state.sessions, app.state.store, app.state.metrics
    files = []
    for name, kind, data in items:
        sha = store.put(data)
        with sessions() as s:
            known = s.get(Blob, sha) is not None
        if not known:
            try:
                with sessions.begin() as s:
                    s.add(Blob(sha256=sha, size=len(data), kind=kind))
            except IntegrityError:
                known = True
        metrics.uploads.labels("yes" if known else "no").inc()
        files.append({"sha256": sha, "name": name, "kind": kind})
    key = hashlib.sha256("\n".join(f["sha256"] for f in files).encode()).hexdigest()
    with sessions() as s:
        job = s.scalar(select(Job).where(Job.content_key == key))
    if job is None:
        try:
            with sessions.begin() as s:
                job = Job(content_key=key, files=[{k: f[k] for k in ("sha256", "kind", "name")} for f in files])
                s.add(job)
        except IntegrityError:  # the same files uploaded at the same moment
            with sessions() as s:
                job = s.scalar(select(Job).where(Job.content_key == key))
    elif job.status == "failed" and job.error_code in RETRYABLE:
        with sessions.begin() as s:  # a failure that was not the file's fault: try again
            j = s.get(Job, job.id)
            j.status, j.attempts, j.progress = "queued", 0, 0.0
        job.status = "queued"
    with sessions.begin() as s:
        d = Dossier(job_id=job.id, files=[{"sha256": f["sha256"], "name": f["name"]} for f in files],
                    created_by=who.token_id)
        s.add(d)
    audit(sessions, who, "dossier.create", "dossier", d.id, files=len(files), job=job.id,
          reused=job.status != "queued")
    app.state.runner.wake()
    return {"id": d.id, "status": job.status}


@router.get("", summary="卷宗列表（最新在前）")
def list_dossiers(request: Request, who: AnyP, limit: int = 50) -> list[dict]:
    sessions = request.app.state.sessions
    limit = max(1, min(limit, 200))
    with sessions() as s:
        rows = s.execute(select(Dossier, Job).join(Job, Job.id == Dossier.job_id)
                         .order_by(Dossier.created_at.desc()).limit(limit)).all()
        # The clerk's latest corrections (case number, cause) win over what extraction read.
        newest = (select(ElementsVersion.dossier_id, func.max(ElementsVersion.version).label("version"))
                  .where(ElementsVersion.dossier_id.in_([d.id for d, _ in rows]))
                  .group_by(ElementsVersion.dossier_id).subquery())
        corrected = {ev.dossier_id: ev.elements for ev in s.scalars(
            select(ElementsVersion).join(newest, (ElementsVersion.dossier_id == newest.c.dossier_id)
                                         & (ElementsVersion.version == newest.c.version)))}
    out = []
    for d, job in rows:
        el = corrected.get(d.id) or (job.result or {}).get("elements") or {}
        out.append({"id": d.id, "status": job.status, "created_at": d.created_at.isoformat(),
                    "files": [f["name"] for f in d.files], "case_number": el.get("case_number"),
                    "cause_of_action": el.get("cause_of_action"), "document_type": el.get("document_type")})
    audit(sessions, who, "dossier.list", "dossier", None, count=len(out))
    return out


@router.get("/{dossier_id}", response_model=DossierOut, summary="卷宗状态、目录与案件要素")
def get_dossier(dossier_id: str, request: Request, who: AnyP) -> dict:
    sessions = request.app.state.sessions
    with sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    audit(sessions, who, "dossier.read", "dossier", d.id)
    return dossier_view(sessions, d, job)


@router.get("/{dossier_id}/events", summary="处理进度（server-sent events）",
            response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}})
async def dossier_events(dossier_id: str, request: Request, who: AnyP):
    sessions = request.app.state.sessions

    def snapshot() -> dict:
        with sessions() as s:
            d, job = _get_dossier(s, dossier_id)
            return {"id": d.id, "status": job.status, "progress": 1.0 if job.status == "done" else job.progress,
                    "error": {"code": job.error_code, "message": job.error_message}
                    if job.status == "failed" else None}

    first = await run_in_threadpool(snapshot)  # 404 before the stream starts
    audit(sessions, who, "dossier.events", "dossier", first["id"])

    async def stream():
        last, snap = None, first
        for _ in range(3600):  # at most about 30 minutes
            if snap != last:
                yield f"event: progress\ndata: {json.dumps(snap, ensure_ascii=False)}\n\n"
                last = snap
            if snap["status"] in ("done", "failed") or await request.is_disconnected():
                return
            await asyncio.sleep(0.5)
            snap = await run_in_threadpool(snapshot)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/{dossier_id}/pages", summary="页面与识别出的文字行（含坐标）")
def dossier_pages(dossier_id: str, request: Request, who: AnyP) -> list[dict]:
    sessions = request.app.state.sessions
    with sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    audit(sessions, who, "dossier.pages", "dossier", d.id)
    if job.status != "done":
        raise not_ready(job)
    return [{**{k: p[k] for k in ("index", "width", "height", "source", "lines")},
             "image": f"/api/dossiers/{d.id}/pages/{p['index']}.png"} for p in job.result["pages"]]


@router.get("/{dossier_id}/pages/{index}.png", summary="页面图像（PNG）",
            response_class=Response, responses={200: {"content": {"image/png": {}}}})
def dossier_page_image(dossier_id: str, index: int, request: Request, who: AnyP):
    app = request.app
    with app.state.sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    audit(app.state.sessions, who, "dossier.page_image", "dossier", d.id, page=index)
    if job.status != "done":
        raise not_ready(job)
    pages = job.result["pages"]
    if not 0 <= index < len(pages):
        raise ApiError(404, "page_not_found", "页面不存在。")
    png = page_images.render(app.state.settings, app.state.store, job.files, pages[index])
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/{dossier_id}/elements/history", summary="案件要素的修改历史")
def elements_history(dossier_id: str, request: Request, who: AnyP) -> list[dict]:
    sessions = request.app.state.sessions
    with sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    latest_elements(sessions, d, job)
    with sessions() as s:
        rows = s.scalars(select(ElementsVersion).where(ElementsVersion.dossier_id == d.id)
                         .order_by(ElementsVersion.version)).all()
    audit(sessions, who, "dossier.history", "dossier", d.id)
    return [{"version": r.version, "changed": r.changed, "author": r.author, "comment": r.comment,
             "created_at": r.created_at.isoformat(), "elements": r.elements} for r in rows]


@router.patch("/{dossier_id}/elements", response_model=DossierOut, summary="书记员更正案件要素（带版本号）")
def correct_elements(dossier_id: str, body: Correction, request: Request,
                     who: ClerkP) -> dict:
    sessions = request.app.state.sessions
    with sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    current = latest_elements(sessions, d, job)
    if current is None:
        raise not_ready(job, "，暂不能更正")
    if body.version != current.version:
        raise ApiError(409, "version_conflict",
                       f"要素已被他人修改（当前版本 {current.version}），请刷新后重试。")
    if not body.changes:
        raise ApiError(422, "no_changes", "没有需要保存的修改。")
    new = json.loads(json.dumps(current.elements))
    changed = sorted({path for path in body.changes})
    for path, value in body.changes.items():
        _set_path(new, path, value)
    try:
        new = _recheck(CaseElements.model_validate(current.elements), CaseElements.model_validate(new), changed)
    except ValueError as exc:  # pydantic's ValidationError: name the field and what it should be
        problems = "；".join(validation_problems(exc.errors())) if hasattr(exc, "errors") else ""
        raise ApiError(422, "invalid_value", "修改后的要素不符合格式要求，请检查填写的内容"
                       + (f"：{problems}。" if problems else "。")) from exc
    try:
        with sessions.begin() as s:
            s.add(ElementsVersion(dossier_id=d.id, version=current.version + 1, elements=new, changed=changed,
                                  author=who.token_id, comment=body.comment))
    except IntegrityError as exc:
        raise ApiError(409, "version_conflict", "要素已被他人修改，请刷新后重试。") from exc
    audit(sessions, who, "dossier.correct", "dossier", d.id, version=current.version + 1, fields=changed)
    return dossier_view(sessions, d, job)


def _done_elements(request: Request, dossier_id: str, who: Principal, action: str) -> tuple[Dossier, dict]:
    sessions = request.app.state.sessions
    with sessions() as s:
        d, job = _get_dossier(s, dossier_id)
    audit(sessions, who, action, "dossier", d.id)
    ev = latest_elements(sessions, d, job)
    if ev is None:
        raise not_ready(job)
    return d, ev.elements


@router.get("/{dossier_id}/form", summary="立案登记表（JSON）")
def filing_form_json(dossier_id: str, request: Request, who: AnyP) -> dict:
    from courtdoc.generation.filing_form import filing_form

    _, elements = _done_elements(request, dossier_id, who, "dossier.form")
    return filing_form(CaseElements.model_validate(elements))


@router.get("/{dossier_id}/form.docx", summary="立案登记表（.docx）", response_class=FileResponse,
            responses={200: {"content": {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}}})
def filing_form_docx(dossier_id: str, request: Request, who: AnyP):
    from courtdoc.generation.filing_form import write_filing_form

    d, elements = _done_elements(request, dossier_id, who, "dossier.form_docx")
    tmp = Path(tempfile.mkdtemp(prefix="courtdoc-form-")) / "form.docx"
    write_filing_form(CaseElements.model_validate(elements), tmp)
    return FileResponse(tmp, filename=f"立案登记表-{d.id[:8]}.docx", background=BackgroundTask(_cleanup, tmp),
                        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _cleanup(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()


def count_dossiers(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Dossier)) or 0
