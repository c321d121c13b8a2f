"""Statute search benchmark: recall@5 on a held-out split of the lawyer-llama query → statute pairs.

    python bench/statutes.py [--data ../shared/data] [--top 5] [--no-rerank]

Each lawyer-llama consultation (`query`) lists the articles that answer it (`laws`, e.g.
"《民法典》第一千零七十六条：…"). The split is fixed (seed 13, 30% held out); the held-out part is
never used for tuning or training. Two definitions of a hit are printed:
  any  - at least one gold article is in the top k (per query);
  each - the fraction of gold articles in the top k (micro-averaged over all gold articles).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_LAW_ART = re.compile(r"^《(?P<law>[^》]+)》(?P<art>第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十])?)")


def load_pairs(data: Path) -> list[dict]:
    from courtdoc.legal.statutes import resolve_law

    path = data / "qa" / "lawyer_llama" / "legal_counsel_with_article_v2.json"
    items = json.loads(path.read_text(encoding="utf-8"))
    pairs = []
    for i, item in enumerate(items):
        gold = set()
        for law in item.get("laws", []):
            m = _LAW_ART.match(law.strip())
            if m:
                gold.add((resolve_law(m["law"]) or m["law"], m["art"]))
        if gold:
            pairs.append({"id": i, "query": item["query"], "gold": sorted(gold)})
    return pairs


def split(pairs: list[dict], seed: int = 13, test_frac: float = 0.3) -> tuple[list[dict], list[dict]]:
    ids = sorted(p["id"] for p in pairs)
    random.Random(seed).shuffle(ids)
    n_test = int(round(len(ids) * test_frac))
    test_ids = set(ids[:n_test])
    return [p for p in pairs if p["id"] not in test_ids], [p for p in pairs if p["id"] in test_ids]


def evaluate(pairs: list[dict], search, top: int) -> dict:
    any_hit = each_hit = n_gold = 0
    rr = 0.0
    times = []
    for p in pairs:
        t = time.perf_counter()
        hits = [(h["law"], h["article"]) for h in search(p["query"], top=top)]
        times.append(time.perf_counter() - t)
        gold = set(p["gold"])
        found = [h in gold for h in hits]
        any_hit += any(found)
        each_hit += sum(found)
        n_gold += len(gold)
        rr += 1.0 / (found.index(True) + 1) if any(found) else 0.0
    times.sort()
    return {"queries": len(pairs), "gold_articles": n_gold, f"recall@{top}_any": any_hit / len(pairs),
            f"recall@{top}_each": each_hit / n_gold, f"mrr@{top}": rr / len(pairs),
            "p50_ms": 1000 * times[len(times) // 2], "p95_ms": 1000 * times[int(len(times) * 0.95)]}


def main() -> None:
    default = os.environ.get("COURTDOC_SHARED_DATA", str(REPO.parent / "shared" / "data"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=default)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--split", choices=["test", "train"], default="test")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "qa" / "lawyer_llama").is_dir():
        sys.exit(f"lawyer-llama data not found under {data} (set --data or COURTDOC_SHARED_DATA)")

    from courtdoc.legal import statute_search

    pairs = load_pairs(data)
    train, test = split(pairs)
    evalset = test if args.split == "test" else train
    statute_search.get_index()  # build or load the cached index outside the timings
    print(f"lawyer-llama pairs: {len(pairs)} (train {len(train)}, held-out test {len(test)}); "
          f"evaluating on {args.split}")
    variants = [("bm25", lambda q, top: statute_search.search(q, top=top, rerank=False))]
    if statute_search.reranker_available():
        variants.append(("bm25+prior", lambda q, top: statute_search.search(q, top=top, rerank=True)))
    for name, fn in variants:
        result = evaluate(evalset, fn, args.top)
        print(name.ljust(14), "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                       for k, v in result.items()))


if __name__ == "__main__":
    main()
