"""Service load benchmark on loopback (bounded loops; nothing leaves 127.0.0.1).

    courtdoc bench service [--users 50] [--questions 10] [--think 1.0] [--uploads 10] [--skip-crash]

Starts `courtdoc serve` (2 OCR worker processes) on a temporary data directory and measures:
  1. robot: N concurrent litigants, each asking Q questions in one session with a think time
     (uniform 0.5x–1.5x of --think seconds; a person reads the answer and types the next question;
     each user's first question comes at a random moment of the first think interval)
     → latency p50/p95/max end to end (HTTP request → JSON answer), errors; --think 0 gives the
     saturation figure (every user fires again at once);
  2. uploads: M concurrent uploads of distinct 2-page scanned PDFs (image-only, so OCR runs) →
     all must reach `done`; time until the last one is done;
  3. peak RSS of the service and its worker processes (sampled from /proc every 0.2 s);
  4. kill -9 of the whole service during a job, restart, and check the job completes and every
     uploaded file is still on disk.
Targets (issue 6): p95 ≤ 100 ms, all uploads done, RSS ≤ 1.5 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "service"))

import docgen  # noqa: E402
from svc_server import Server, create_token  # noqa: E402

QUESTIONS = [
    "起诉需要准备哪些材料？", "借款10万元起诉要交多少诉讼费？", "离婚纠纷在哪个法院起诉？", "上诉期限是多少天？",
    "可以网上立案吗？", "诉讼费可以缓交吗？", "法院的诉讼服务中心几点上班？", "判决生效后对方不履行怎么办？",
    "劳动争议必须先仲裁吗？", "简易程序的诉讼费怎么收？", "什么是诉讼时效？", "交通事故赔偿怎么起诉？",
]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    pids, frontier = [pid], [pid]
    while frontier:
        p = frontier.pop()
        try:
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        for c in children:
            pids.append(int(c))
            frontier.append(int(c))
    return pids


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self._halt = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _tree(self.pid)))
            time.sleep(0.2)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak_kb


async def robot_load(url: str, users: int, questions: int, think: float) -> dict:
    import random

    rng = random.Random(0)
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        async def user(u: int) -> None:
            nonlocal errors
            session = None
            if think > 0:  # people open the chat at different moments, not all in the same millisecond
                await asyncio.sleep(think * rng.uniform(0, 1))
            for i in range(questions):
                q = QUESTIONS[(u + i) % len(QUESTIONS)]
                t0 = time.perf_counter()
                r = await client.post("/api/guide/ask", json={"question": q, "session": session})
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1
                    continue
                session = r.json()["session"]
                if think > 0 and i < questions - 1:
                    await asyncio.sleep(think * rng.uniform(0.5, 1.5))

        t0 = time.perf_counter()
        await asyncio.gather(*(user(u) for u in range(users)))
        wall = time.perf_counter() - t0
    lat = sorted(latencies)
    return {"requests": len(lat), "errors": errors, "p50_ms": 1000 * statistics.median(lat),
            "p95_ms": 1000 * lat[int(0.95 * (len(lat) - 1))], "max_ms": 1000 * lat[-1],
            "throughput_rps": len(lat) / wall}


def scans(n: int, tmp: Path) -> list[bytes]:
    out = []
    for i in range(n):
        pages = [f"民事起诉状\n原告：测试{i}号，男，汉族。\n被告：某某公司。\n诉讼请求：判令被告支付货款{1000 + i}元。",
                 f"事实与理由：双方于2023年{1 + i % 12}月签订买卖合同，被告未付款。\n此致\n厦门市思明区人民法院"]
        out.append(docgen.make_pdf(pages, tmp / f"scan{i}.pdf", text_layer=False, dpi=150).read_bytes())
    return out


def upload_load(url: str, headers: dict, files: list[bytes], timeout: float = 900) -> dict:
    t0 = time.perf_counter()

    def post(i: int, data: bytes, out: list) -> None:
        r = httpx.post(url + "/api/dossiers", headers=headers, files={"files": (f"scan{i}.pdf", data)}, timeout=60)
        out.append((i, r.status_code, r.json().get("id")))

    results: list = []
    threads = [threading.Thread(target=post, args=(i, d, results)) for i, d in enumerate(files)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    accepted = [r for r in results if r[1] == 202]
    upload_s = time.perf_counter() - t0
    pending = {r[2] for r in accepted}
    states: dict[str, str] = {}
    end = time.monotonic() + timeout
    while pending and time.monotonic() < end:
        for did in list(pending):
            s = httpx.get(f"{url}/api/dossiers/{did}", headers=headers, timeout=30).json()["status"]
            if s in ("done", "failed"):
                states[did] = s
                pending.discard(did)
        time.sleep(0.5)
    return {"uploads": len(files), "accepted": len(accepted), "done": sum(s == "done" for s in states.values()),
            "failed": sum(s == "failed" for s in states.values()), "unfinished": len(pending),
            "upload_s": upload_s, "all_done_s": time.perf_counter() - t0}


def crash_step(tmp: Path) -> dict:
    data_dir = tmp / "crash"
    h = {"Authorization": f"Bearer {create_token(data_dir, 'clerk')}"}
    (tmp / "crash-docs").mkdir()
    pdf = scans(1, tmp / "crash-docs")[0]
    server = Server(data_dir, workers=2).start()
    did = httpx.post(server.url + "/api/dossiers", headers=h, files={"files": ("c.pdf", pdf)}, timeout=30).json()["id"]
    status = "queued"
    end = time.monotonic() + 60
    while status != "running" and time.monotonic() < end:
        status = httpx.get(f"{server.url}/api/dossiers/{did}", headers=h, timeout=10).json()["status"]
        time.sleep(0.05)
    server.kill9()
    t0 = time.perf_counter()
    with Server(data_dir, workers=2) as again:
        final = "queued"
        end = time.monotonic() + 300
        while final not in ("done", "failed") and time.monotonic() < end:
            final = httpx.get(f"{again.url}/api/dossiers/{did}", headers=h, timeout=10).json()["status"]
            time.sleep(0.3)
    sha = hashlib.sha256(pdf).hexdigest()
    kept = (data_dir / "uploads" / sha[:2] / f"{sha}.bin").read_bytes() == pdf
    return {"killed_while": status, "after_restart": final, "upload_kept": kept,
            "restart_to_done_s": time.perf_counter() - t0}


def wait_ready(url: str, timeout: float = 600) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if httpx.get(url + "/readyz", timeout=10).status_code == 200:
            return
        time.sleep(0.5)
    raise SystemExit("service did not become ready (/readyz)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--questions", type=int, default=10)
    ap.add_argument("--think", type=float, default=1.0, help="mean seconds between a user's questions")
    ap.add_argument("--uploads", type=int, default=10)
    ap.add_argument("--skip-crash", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="courtdoc-bench-") as tmpdir:
        tmp = Path(tmpdir)
        data_dir = tmp / "data"
        headers = {"Authorization": f"Bearer {create_token(data_dir, 'clerk')}"}
        env = {"COURTDOC_GUIDE_RATE_LIMIT": "100000/minute"}
        print(f"cpus: {os.cpu_count()}; load average before: {_load()}; "
              "server: courtdoc serve --workers 2 on 127.0.0.1", flush=True)
        with Server(data_dir, workers=2, env=env) as server:
            sampler = RssSampler(server.proc.pid)
            sampler.start()
            wait_ready(server.url)  # the service's own warm-up (robot, statute index) is done
            # Warm the robot (index build, first statute look-ups), as earlier traffic would have.
            for q in QUESTIONS:
                httpx.post(server.url + "/api/guide/ask", json={"question": q, "session": None}, timeout=300)
            cpu0 = _cpu_s(server.proc.pid)
            r = asyncio.run(robot_load(server.url, args.users, args.questions, args.think))
            cpu_ms = 1000 * (_cpu_s(server.proc.pid) - cpu0) / max(1, r["requests"])
            print(f"robot: {args.users} concurrent users x {args.questions} questions (think time "
                  f"~{args.think:g} s) = {r['requests']} requests, "
                  f"errors {r['errors']}, p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
                  f"max {r['max_ms']:.1f} ms, {r['throughput_rps']:.0f} req/s "
                  f"[target p95 <= 100 ms: {'PASS' if r['p95_ms'] <= 100 and not r['errors'] else 'FAIL'}]",
                  flush=True)
            print(f"robot: service CPU per answered question {cpu_ms:.1f} ms (user + system, service process; "
                  f"independent of other load) → at most ~{1000 / cpu_ms:.0f} questions/s on one free core",
                  flush=True)
            files = scans(args.uploads, tmp)
            u = upload_load(server.url, headers, files)
            print(f"uploads: {u['uploads']} concurrent 2-page scans, accepted {u['accepted']}, done {u['done']}, "
                  f"failed {u['failed']}, unfinished {u['unfinished']}; uploads took {u['upload_s']:.1f} s, "
                  f"all done after {u['all_done_s']:.1f} s "
                  f"[target all complete: {'PASS' if u['done'] == u['uploads'] else 'FAIL'}]", flush=True)
            peak = sampler.stop()
            print(f"load average after the load steps: {_load()} (other processes share these cores)", flush=True)
            print(f"peak RSS (service + workers): {peak / 1024:.0f} MB "
                  f"[target <= 1536 MB: {'PASS' if peak <= 1536 * 1024 else 'FAIL'}]", flush=True)
        if not args.skip_crash:
            c = crash_step(tmp)
            ok = c["after_restart"] == "done" and c["upload_kept"]
            print(f"kill -9 during a job (status then: {c['killed_while']}): after restart {c['after_restart']} "
                  f"in {c['restart_to_done_s']:.1f} s, upload kept: {c['upload_kept']} "
                  f"[target: {'PASS' if ok else 'FAIL'}]", flush=True)


if __name__ == "__main__":
    main()
