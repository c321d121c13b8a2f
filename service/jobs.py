"""Persisted jobs and the worker pool.

A job (OCR of every file of a dossier, then extraction) is a row in the `jobs` table, so it outlives
the process: jobs left `running` by a crash or restart go back to `queued` at start-up and run again
(files already read come from the OCR cache, so only the interrupted file is read again). Jobs are
keyed by the content of their files, so re-submitting the same files reuses the job.

OCR runs in a pool of worker processes (spawned; one OCR engine each), so both cores work on
different dossiers at once; the service process only claims jobs and records results.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import tempfile
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from .db import Job, make_engine, make_sessionmaker, utcnow
from .logsafe import setup_logging
from .storage import SUFFIX, BlobStore

log = logging.getLogger("courtdoc.service.jobs")

MAX_ATTEMPTS = 3
OCR_SHARE = 0.9  # share of the progress bar given to OCR; extraction takes the rest


class JobFailure(Exception):
    """A job that cannot succeed (bad input, missing stage): no retry."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


# ---------------------------------------------------------------------------------------------
# Worker side (runs in a pool process, or in a thread when workers=0)

_worker: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Linux: a worker receives SIGKILL when the service process dies, so a crashed service leaves
    no orphan writing into the database."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # not Linux: the worker ends when its task does
        pass


def init_worker(db_url: str, upload_dir: str, cache_dir: str, log_file: str | None, dpi: int,
                max_pages: int, in_process: bool = False) -> None:
    if not in_process:
        # Each worker is one of the pool's processes: one ONNX thread each keeps the cores from
        # being oversubscribed (and the memory per worker lower).
        os.environ.setdefault("COURTDOC_OCR_THREADS", "1")
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the service decides when workers stop
        setup_logging(Path(log_file) if log_file else None)
    engine = make_engine(db_url)
    _worker.update(
        sessions=make_sessionmaker(engine), store=BlobStore(Path(upload_dir)), cache=Path(cache_dir) / "ocr",
        dpi=dpi, max_pages=max_pages,
    )
    _worker["cache"].mkdir(parents=True, exist_ok=True)


def warm_engine() -> bool:
    """Load this worker's OCR engine now, so the first dossier does not wait for it."""
    try:
        from courtdoc.ocr.engine import get_engine

        get_engine()
        return True
    except Exception:  # no engine here: the job reports it when it needs one
        return False


def _set_progress(job_id: int, value: float) -> None:
    with _worker["sessions"].begin() as s:
        s.execute(update(Job).where(Job.id == job_id, Job.status == "running")
                  .values(progress=round(min(value, 1.0), 4), updated_at=utcnow()))


def _ocr_cached(sha: str, kind: str, on_progress) -> Any:
    """OCR of one stored file, cached on disk by content hash (and dpi)."""
    cache: Path = _worker["cache"] / f"{sha}-{_worker['dpi']}.pkl"
    if cache.is_file():
        try:
            return pickle.loads(cache.read_bytes())
        except Exception:  # a damaged cache entry is read again
            cache.unlink(missing_ok=True)
    try:
        from courtdoc.ocr import read_bytes
    except ImportError as exc:
        raise JobFailure("stage_unavailable", "识别模块不可用，无法处理卷宗。") from exc
    from courtdoc.ocr.errors import DossierError

    data = _worker["store"].get(sha)
    try:
        dossier = read_bytes(data, name=f"{sha}{SUFFIX.get(kind, '')}", dpi=_worker["dpi"],
                             max_pages=_worker["max_pages"], progress=on_progress)
    except DossierError as exc:
        raise JobFailure(exc.code, exc.message) from exc
    # Anything else a reader raises propagates: logged (type only) and retried a few times.
    fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(dossier, fh)
    os.replace(tmp, cache)
    return dossier


def _merge(dossiers: list) -> tuple[Any, list[dict]]:
    """One Dossier whose pages are the files' pages in upload order (page indices renumbered), and
    for each merged page where it came from."""
    from courtdoc.contracts import Dossier, Segment

    pages, origin, catalogue = [], [], []
    for file_index, d in enumerate(dossiers):
        offset = len(pages)
        for p in d.pages:
            q = p.model_copy(update={"index": len(pages)})
            pages.append(q)
            origin.append({"file": file_index, "page": p.index})
        for seg in getattr(d, "catalogue", []) or []:
            catalogue.append(Segment(type=seg.type, title=seg.title, first_page=seg.first_page + offset,
                                     last_page=seg.last_page + offset))
    merged = Dossier(file=None, pages=pages, text="\n\n".join(d.text for d in dossiers),
                     seconds=sum(d.seconds for d in dossiers))
    merged.catalogue = catalogue
    return merged, origin


def run_job(job_id: int) -> dict:
    """Process one job; returns its result (or raises JobFailure)."""
    sessions = _worker["sessions"]
    with sessions() as s:
        job = s.get(Job, job_id)
        files = list(job.files)
    n = len(files)
    dossiers = []
    for i, f in enumerate(files):
        def on_progress(done: int, total: int, i: int = i) -> None:
            _set_progress(job_id, OCR_SHARE * (i + (done / total if total else 0)) / n)

        dossiers.append(_ocr_cached(f["sha256"], f["kind"], on_progress))
        _set_progress(job_id, OCR_SHARE * (i + 1) / n)
    merged, origin = _merge(dossiers)
    try:
        from courtdoc.extraction import extract
    except ImportError as exc:
        raise JobFailure("stage_unavailable", "要素提取模块不可用，无法处理卷宗。") from exc
    elements = extract(merged)
    try:
        from courtdoc.extraction import build_catalogue

        catalogue = build_catalogue(merged)
    except ImportError:
        catalogue = merged.catalogue
    pages = [
        {**origin[p.index], "index": p.index, "width": p.width, "height": p.height, "source": p.source,
         "lines": [{"text": ln.text, "box": list(ln.box)} for ln in p.lines]}
        for p in merged.pages
    ]
    return {
        "elements": elements.to_json(),
        "catalogue": [seg.model_dump(mode="json") for seg in catalogue],
        "pages": pages,
        "seconds": round(merged.seconds, 3),
    }


def _release_memory() -> None:
    """Give the page images and tensors of the last job back to the system (glibc keeps freed
    memory otherwise), so an idle worker holds only its models."""
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except Exception:  # not glibc
        pass


def run_job_safe(job_id: int) -> dict:
    """The pool entry point: never raises across the process boundary for known failures."""
    try:
        return {"ok": True, "result": run_job(job_id)}
    except JobFailure as exc:
        return {"ok": False, "code": exc.code, "message": exc.message, "retry": False}
    except Exception as exc:  # an unexpected stage error: logged (masked), retried a few times
        log.exception("job %s failed: %s", job_id, type(exc).__name__)
        return {"ok": False, "code": "processing_error", "message": "处理卷宗时出错，请联系管理员。", "retry": True}
    finally:
        _release_memory()


# ---------------------------------------------------------------------------------------------
# Service side: claims queued jobs and hands them to the pool


class JobRunner:
    def __init__(self, settings, sessions, on_finished=None) -> None:
        self.settings = settings
        self.sessions = sessions
        self.on_finished = on_finished  # callback(job_id, status, seconds) for metrics
        self.capacity = max(1, settings.workers)
        self._pool: Executor | None = None
        self._running: dict[int, float] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> None:
        if self.alive():  # a second lifespan start-up of the same app
            return
        self._stop.clear()
        self.resume_interrupted()
        self._pool = self._make_pool()
        if self.settings.workers > 0:
            for _ in range(self.settings.workers):
                self._pool.submit(warm_engine)
        self._thread = threading.Thread(target=self._loop, name="courtdoc-jobs", daemon=True)
        self._thread.start()

    def _make_pool(self) -> Executor:
        s = self.settings
        args = (s.db_url, str(s.upload_dir), str(s.cache_dir), str(s.log_file), s.ocr_dpi, s.max_pages)
        if s.workers <= 0:
            init_worker(*args, in_process=True)
            return ThreadPoolExecutor(1, thread_name_prefix="courtdoc-job")
        # glibc malloc in the workers: few arenas, and large buffers (page images, tensors) in their
        # own mappings that go back to the system when freed, so a worker's peak is what it uses.
        for name, value in (("MALLOC_ARENA_MAX", "2"), ("MALLOC_MMAP_THRESHOLD_", "262144"),
                            ("MALLOC_TRIM_THRESHOLD_", "262144")):
            os.environ.setdefault(name, value)
        return ProcessPoolExecutor(s.workers, mp_context=get_context("spawn"), initializer=init_worker,
                                   initargs=args)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=10)
        if self._pool:
            self._shutdown_pool(self._pool)

    @staticmethod
    def _shutdown_pool(pool: Executor) -> None:
        """Stop at once: running jobs stay `running` in the database and resume at the next start."""
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            if p.is_alive():
                p.terminate()
        for p in processes:
            p.join(timeout=5)

    def wake(self) -> None:
        self._wake.set()

    def resume_interrupted(self) -> int:
        """Jobs left running by a crash or restart go back to the queue."""
        with self.sessions.begin() as s:
            res = s.execute(update(Job).where(Job.status == "running")
                            .values(status="queued", updated_at=utcnow()))
            n = res.rowcount or 0
        if n:
            log.info("resuming %d interrupted job(s)", n)
        return n

    # -- loop
    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._claim_and_submit()
            except Exception:
                log.exception("job dispatcher error")
            self._wake.wait(timeout=1.0)
            self._wake.clear()

    def _claim_and_submit(self) -> None:
        with self._lock:
            free = self.capacity - len(self._running)
        if free <= 0:
            return
        with self.sessions() as s:
            ids = s.scalars(select(Job.id).where(Job.status == "queued").order_by(Job.id).limit(free)).all()
        for job_id in ids:
            with self.sessions.begin() as s:
                claimed = s.execute(
                    update(Job).where(Job.id == job_id, Job.status == "queued")
                    .values(status="running", attempts=Job.attempts + 1, updated_at=utcnow())
                ).rowcount
            if not claimed:
                continue
            with self._lock:
                self._running[job_id] = time.monotonic()
            log.info("job %s started", job_id)
            try:
                fut = self._pool.submit(run_job_safe, job_id)
            except Exception:  # pool shut down or broken
                self._requeue(job_id)
                self._recover_pool()
                return
            fut.add_done_callback(lambda f, job_id=job_id: self._finished(job_id, f))

    def _finished(self, job_id: int, fut: Future) -> None:
        with self._lock:
            started = self._running.pop(job_id, time.monotonic())
        seconds = time.monotonic() - started
        if self._stop.is_set() and (fut.cancelled() or fut.exception() is not None):
            return  # shutting down: the job stays `running` and resumes at the next start
        try:
            outcome = fut.result()
        except Exception as exc:  # the worker process died (killed, out of memory)
            log.error("job %s: worker lost (%s)", job_id, type(exc).__name__)
            outcome = {"ok": False, "code": "worker_lost", "message": "处理进程意外退出。", "retry": True}
            self._recover_pool()
        with self.sessions.begin() as s:
            job = s.get(Job, job_id)
            if outcome["ok"]:
                job.status, job.progress, job.result = "done", 1.0, outcome["result"]
                job.error_code = job.error_message = None
            elif outcome.get("retry") and job.attempts < MAX_ATTEMPTS:
                job.status = "queued"
            else:
                job.status, job.error_code, job.error_message = "failed", outcome["code"], outcome["message"]
            job.updated_at = utcnow()
            status = job.status
        log.info("job %s %s after %.1f s", job_id, status, seconds)
        if self.on_finished:
            self.on_finished(job_id, status, seconds)
        self._wake.set()

    def _requeue(self, job_id: int) -> None:
        with self._lock:
            self._running.pop(job_id, None)
        with self.sessions.begin() as s:
            s.execute(update(Job).where(Job.id == job_id).values(status="queued", updated_at=utcnow()))

    def _recover_pool(self) -> None:
        """Replace a broken process pool (a worker died) once, however many jobs noticed it."""
        if self._stop.is_set():
            return
        with self._lock:
            pool = self._pool
            if isinstance(pool, ProcessPoolExecutor) and not getattr(pool, "_broken", False):
                return
            self._pool = self._make_pool()
        if pool:
            self._shutdown_pool(pool)

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
