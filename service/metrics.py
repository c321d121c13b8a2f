"""Prometheus metrics (one registry per app, so several apps can live in one process in tests)."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select

from .db import Job


class Metrics:
    def __init__(self, sessions) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("courtdoc_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("courtdoc_http_request_seconds", "HTTP request latency", ["route"],
                                 registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.uploads = Counter("courtdoc_uploaded_files_total", "files uploaded", ["deduplicated"],
                               registry=self.registry)
        self.jobs_finished = Counter("courtdoc_jobs_finished_total", "jobs finished", ["status"],
                                     registry=self.registry)
        self.job_seconds = Histogram("courtdoc_job_seconds", "job run time", registry=self.registry,
                                     buckets=(1, 2, 5, 10, 20, 30, 60, 120, 300, 600))
        self.guide = Counter("courtdoc_guide_questions_total", "robot questions", ["intent"],
                             registry=self.registry)
        self.registry.register(_JobGauge(sessions))

    def job_done(self, job_id: int, status: str, seconds: float) -> None:
        self.jobs_finished.labels(status).inc()
        if status == "done":
            self.job_seconds.observe(seconds)


class _JobGauge:
    def __init__(self, sessions) -> None:
        self.sessions = sessions

    def collect(self):
        g = GaugeMetricFamily("courtdoc_jobs", "jobs by status", labels=["status"])
        try:
            with self.sessions() as s:
                rows = dict(s.execute(select(Job.status, func.count()).group_by(Job.status)).all())
        except Exception:
            rows = {}
        for status in ("queued", "running", "done", "failed"):
            g.add_metric([status], rows.get(status, 0))
        yield g


class MetricsMiddleware:
    """Pure ASGI middleware (works with streaming responses): counts requests per route template."""

    def __init__(self, app, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.requests.labels(scope["method"], route, str(status["code"])).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - start)
