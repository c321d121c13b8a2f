"""Cause-of-action classifier benchmark: accuracy and macro-F1 on the held-out real documents, latency.

    courtdoc bench cause

Rebuilds the same fixed-seed held-out split that training used (models/cause/labels.json keeps the seed)
from ../shared/data and runs the shipped ONNX model through `courtdoc.extraction.cause_model`. No torch.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    from courtdoc.extraction.cause_model import MODEL_DIR, CauseModel
    from courtdoc.models.train_cause import evaluate, load_real, official_filter, shared_data_dir, split

    data = shared_data_dir()
    if not data.is_dir():
        sys.exit(f"bench cause needs the labelled data in {data} (set COURTDOC_SHARED_DATA)")
    meta = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    model = CauseModel.load()
    real, _ = official_filter(load_real(data))
    _, held = split(real, meta.get("held_out_fraction", 0.25), meta["seed"])
    m = evaluate(lambda t: (model.predict(t, 0.0) or ("", 0.0))[0], held, model.labels)
    covered = [r for r in held if model.predict(r[0]) is not None]
    ok = sum(model.predict(r[0])[0] == r[1] for r in covered)
    times = []
    for t, _, _ in held:
        t0 = time.perf_counter()
        model.predict(t)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"model: {MODEL_DIR}, {len(model.labels)} labels")
    print(f"held-out real documents: {m['n']} ({dict(Counter(r[2] for r in held))})")
    print(f"accuracy {m['accuracy'] * 100:.1f}%  macro-F1 {m['macro_f1'] * 100:.1f}% (over the {len(set(r[1] for r in held))} "
          f"held-out labels)")
    print(f"with the confidence floor {model.min_confidence}: answers {len(covered)}/{len(held)}, "
          f"of which {ok / max(1, len(covered)) * 100:.1f}% right")
    print("| source | n | accuracy |\n|---|---|---|")
    for src, v in m["by_source"].items():
        print(f"| {src} | {v['n']} | {v['accuracy'] * 100:.1f}% |")
    print(f"latency p50 {statistics.median(times):.2f} ms per document "
          f"(mean {statistics.mean(len(r[0]) for r in held):.0f} chars), 1 thread")


if __name__ == "__main__":
    main()
