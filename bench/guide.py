"""Guidance robot benchmark: top-1 correctness and latency on bench/data/guide_dev.jsonl.

Usage: courtdoc bench guide [--split dev|heldout|fresh|all] [--no-encoder] [--compare] [--show-errors]

Correct = the right intent and, per question: the right knowledge-base entry (first source), the right
computed figure in the answer (fee in yuan, deadline date, case status), the right statute among the
sources, or the hand-off / out-of-scope intent. The held-out split is never used for tuning.
The fresh split (bench/data/guide_fresh.jsonl) was written later, before the second round of changes,
as an unbiased view of new litigant questions; only its failures (never the held-out ones) were studied.
Multi-turn items are one session; the last turn is scored. Latency is per ask() call, in process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "guide_dev.jsonl"
FRESH = Path(__file__).resolve().parent / "data" / "guide_fresh.jsonl"
SPLITS = ("dev", "heldout", "fresh")
TODAY = date(2026, 11, 27)  # relative dates (今天/昨天/6月1日) in the dev set are read against this day

# Demo cases for the case-status questions of the dev set (bench data only, not shipped).
DEMO_CASES = {
    "（2025）闽0203民初1234号": {"status": "审理中", "phone_last4": "5678", "query_code": "K7Q2M9",
                              "court": "厦门市思明区人民法院"},
    "（2026）闽02民终88号": {"status": "已结案", "phone_last4": "4321"},
}


def correct(expect: dict, result: dict) -> bool:
    if result["intent"] != expect["intent"]:
        return False
    if "entry" in expect:
        return bool(result["sources"]) and result["sources"][0]["ref"] == f"kb:{expect['entry']}"
    if "figure" in expect:
        fig = expect["figure"]
        if expect["intent"] == "fee_calc":
            return any(s["ref"] == f"fee:{float(fig):.2f}" for s in result["sources"]) and f"{fig}元" in result["answer"]
        if expect["intent"] == "deadline_calc":
            y, m, d = fig.split("-")
            return any(s["ref"] == f"deadline:{fig}" for s in result["sources"]) and \
                f"最后一日：{int(y)}年{int(m)}月{int(d)}日" in result["answer"]
        return fig in result["answer"]
    if "statute" in expect:
        law, art = expect["statute"]
        return any(s["ref"].startswith("statute:") and s["ref"].endswith(f":{art}") and law in s["ref"]
                   for s in result["sources"])
    return True


def run(items: list[dict], use_encoder: bool) -> tuple[float, list[float], list[tuple[dict, dict]]]:
    from courtdoc.guide import InMemoryCaseStore, Robot
    from courtdoc.guide.retrieval import Retriever

    robot = Robot(InMemoryCaseStore(DEMO_CASES), retriever=Retriever(use_encoder=use_encoder), today=lambda: TODAY)
    robot.ask("预热")  # load jieba and the encoder outside the timing
    latencies, errors, ok = [], [], 0
    for item in items:
        turns = item.get("turns") or [item["question"]]
        sid = f"bench-{item['id']}"
        for turn in turns:
            t0 = time.perf_counter()
            result = robot.ask(turn, session=sid)
            latencies.append((time.perf_counter() - t0) * 1000)
        if correct(item["expect"], result):
            ok += 1
        else:
            errors.append((item, result))
    return ok / max(len(items), 1), latencies, errors


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    ap.add_argument("--no-encoder", action="store_true", help="BM25 only")
    ap.add_argument("--compare", action="store_true", help="run with and without the encoder")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--data", nargs="+", default=[str(DATA), str(FRESH)])
    args = ap.parse_args()
    items = [json.loads(line) for path in args.data if Path(path).is_file()
             for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    from courtdoc.guide.retrieval import Encoder

    modes = [False, True] if args.compare else [not args.no_encoder and Encoder.available()]
    for use_encoder in modes:
        name = "bm25+encoder" if use_encoder else "bm25"
        for split in (SPLITS if args.split == "all" else [args.split]):
            subset = [i for i in items if i["split"] == split]
            acc, lat, errors = run(subset, use_encoder)
            print(f"guide {name:13s} split={split:8s} n={len(subset):3d} top1={acc:.3f} "
                  f"p50={statistics.median(lat):.1f}ms p95={p95(lat):.1f}ms")
            if args.show_errors:
                for item, result in errors:
                    q = " || ".join(item.get("turns") or [item["question"]])
                    got = result["sources"][0]["ref"] if result["sources"] else "-"
                    print(f"  MISS {item['id']} {q} | want {item['expect']} | got {result['intent']} {got}",
                          file=sys.stderr)
        if args.split == "all":
            acc, lat, _ = run(items, use_encoder)
            print(f"guide {name:13s} split=all      n={len(items):3d} top1={acc:.3f} "
                  f"p50={statistics.median(lat):.1f}ms p95={p95(lat):.1f}ms")


if __name__ == "__main__":
    main()
