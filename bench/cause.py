"""Cause-of-action classifier benchmark: accuracy and macro-F1 on the held-out real documents, latency.

    courtdoc bench cause              # classifier held-out, extract()'s cause on it, the CAIL2019-RC halves
    courtdoc bench cause --rc tune    # only the RC tune half (what rules and thresholds may be chosen on)
    courtdoc bench cause --rc test    # only the RC test half

Rebuilds the same fixed-seed held-out split that training used (models/cause/labels.json keeps the seed)
from ../shared/data and runs the shipped ONNX model through `courtdoc.extraction.cause_model`. No torch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def calibrate() -> None:
    """Choose CLASSIFIER_TRUST / CLASSIFIER_OVER: accuracy of extract()'s cause on the calibration split
    (real judgments the model was not trained on; element files by family) and on the extraction dev set
    (complaints), for a grid of thresholds. Never looks at the held-out split."""
    import courtdoc.extraction as ex
    from courtdoc.extraction.cause_model import MODEL_DIR
    from courtdoc.models.train_cause import load_real, official_filter, shared_data_dir, splits

    sys.path.insert(0, str(REPO / "bench"))
    import extract as bench_extract

    meta = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    real, _ = official_filter(load_real(shared_data_dir()))
    _, calib, _ = splits(real, meta)
    if not calib:
        sys.exit("the shipped cause model has no calibration split (retrain with `courtdoc train cause`)")
    dev = [(d["text"], d["labels"]["cause_of_action"], "dev") for d in bench_extract.load()
           if d["labels"].get("cause_of_action")]
    saved = ex.CLASSIFIER_TRUST, ex.CLASSIFIER_OVER
    print(f"calibration documents {len(calib)}, extraction dev documents {len(dev)}")
    print("| trust | over | calibration (family) | dev | mean |\n|---|---|---|---|---|")
    try:
        for trust in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            for over in (0.7, 0.8, 0.9, 0.95, 1.01):
                if over < trust:
                    continue
                ex.CLASSIFIER_TRUST, ex.CLASSIFIER_OVER = trust, over
                a = sum(_within(ex.extract(t).cause_of_action, g, s, True) for t, g, s in calib) / len(calib)
                b = sum(ex.extract(t).cause_of_action == g for t, g, _ in dev) / len(dev)
                print(f"| {trust} | {over} | {a * 100:.1f}% | {b * 100:.1f}% | {(a + b) * 50:.1f}% |", flush=True)
    finally:
        ex.CLASSIFIER_TRUST, ex.CLASSIFIER_OVER = saved


def rc_items(data: Path) -> list[dict]:
    """CAIL2019-RC civil fact sections with their 案由 (official name), each in a fixed half: md5 of the
    context even → "tune" (rules and thresholds may be chosen looking at it), odd → "test" (scored once).
    `trained` marks the items in the cause classifier's training split (it learnt from part of RC)."""
    import hashlib

    from courtdoc.extraction.cause_model import MODEL_DIR
    from courtdoc.legal.causes import canonical_cause
    from courtdoc.models.train_cause import load_real, official_filter, splits

    meta = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    real, _ = official_filter(load_real(data))
    train_rc = {r[0] for r in splits(real, meta)[0] if r[2] == "cail2019_rc"}
    doc = json.loads((data / "cail" / "cail2019_rc" / "dev_ground_truth.json").read_text(encoding="utf-8"))
    out = []
    for d in doc["data"]:
        for p in d["paragraphs"]:
            gold = canonical_cause((p.get("casename") or "").strip())
            if gold and not p["casename"].endswith("罪"):
                half = "tune" if int(hashlib.md5(p["context"].encode()).hexdigest(), 16) % 2 == 0 else "test"
                out.append({"text": p["context"], "gold": gold, "half": half, "trained": p["context"] in train_rc})
    return out


def rc_split(data: Path, halves=("tune", "test"), verbose: bool = False) -> dict:
    """extract()'s cause (hybrid as shipped) vs the classifier alone (CAUSE_ORDER="classifier", same
    confidence floor) on the CAIL2019-RC civil halves; 'unseen' = not in the classifier's training split."""
    import courtdoc.extraction as ex

    items = [r for r in rc_items(data) if r["half"] in halves]
    default = ex.CAUSE_ORDER
    res: dict = {}
    try:
        for r in items:
            for order in ("hybrid", "classifier"):
                ex.CAUSE_ORDER = order
                r[order] = ex.extract(r["text"]).cause_of_action
    finally:
        ex.CAUSE_ORDER = default
    print("\nCAIL2019-RC civil fact sections (extract()'s cause; half by md5 of the context; unseen = not in "
          "the classifier's training split)")
    print("| half | items | hybrid (shipped) | classifier only |\n|---|---|---|---|")
    for half in halves:
        for label, rows in (("all", [r for r in items if r["half"] == half]),
                            ("unseen", [r for r in items if r["half"] == half and not r["trained"]])):
            n = max(1, len(rows))
            h = sum(r["hybrid"] == r["gold"] for r in rows) / n
            c = sum(r["classifier"] == r["gold"] for r in rows) / n
            res[(half, label)] = (len(rows), h, c)
            print(f"| {half}, {label} | {len(rows)} | {h:.3f} | {c:.3f} |")
    if verbose:
        for r in items:
            if r["hybrid"] != r["gold"] or r["classifier"] != r["gold"]:
                print(f"{r['half']} {'T' if r['trained'] else 'U'} gold={r['gold']} hybrid={r['hybrid']} "
                      f"classifier={r['classifier']} | {r['text'][:80]}")
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="courtdoc bench cause", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rc", choices=("tune", "test", "both"), nargs="?", const="tune",
                    help="only the CAIL2019-RC civil halves (default: tune)")
    ap.add_argument("--calibrate", action="store_true",
                    help="choose the classifier thresholds on the calibration split")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --rc: print every miss")
    args = ap.parse_args(argv)
    if args.calibrate:
        return calibrate()
    if args.rc:
        from courtdoc.models.train_cause import shared_data_dir

        rc_split(shared_data_dir(), ("tune", "test") if args.rc == "both" else (args.rc,), args.verbose)
        return
    from courtdoc.extraction.cause_model import MODEL_DIR, CauseModel
    from courtdoc.models.train_cause import evaluate, load_real, official_filter, shared_data_dir, splits

    data = shared_data_dir()
    if not data.is_dir():
        sys.exit(f"bench cause needs the labelled data in {data} (set COURTDOC_SHARED_DATA)")
    meta = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    model = CauseModel.load()
    real, _ = official_filter(load_real(data))
    _, calib, held = splits(real, meta)
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
    pipeline(held)
    rc_split(data)


# The CAIL2019 element files are labelled by the domain they were drawn from, not by each case's
# 案由 (the divorce file holds custody and post-divorce property cases, the loan file bank loans):
# "family" counts any cause under the domain's level-2/3 heading as right.
FAMILY = {"cail2019_labor": "劳动争议", "cail2019_divorce": "婚姻家庭纠纷", "cail2019_loan": "借款合同纠纷",
          "cail2019_scm": "借款合同纠纷"}


def _within(pred: str | None, gold: str, source: str, family: bool) -> bool:
    if pred == gold:
        return True
    if family and source in FAMILY and pred:
        from courtdoc.legal.causes import cause_info

        info = cause_info(pred)
        return bool(info) and FAMILY[source] in info["path"]
    return False


def pipeline(held) -> None:
    """The whole cause decision of `extract()` (statement → cue rules → classifier) on the same held-out
    documents, minus the few that bench/data/extract_dev labels (the rules were written looking at those)."""
    import courtdoc.extraction as ex

    sys.path.insert(0, str(REPO / "bench"))
    import extract as bench_extract

    dev_texts = {d["text"] for d in bench_extract.load()}
    docs = [r for r in held if r[0] not in dev_texts]
    print(f"\ncause decision of extract() on the held-out documents ({len(docs)}; "
          f"{len(held) - len(docs)} in the extraction dev set left out). exact: the label itself; family: for the "
          f"CAIL2019 element files (labelled by domain) any cause under {FAMILY}")
    default = ex.CAUSE_ORDER
    print("| inference | all | " + " | ".join(sorted({r[2] for r in docs})) + " |")
    print("|---" * (2 + len({r[2] for r in docs})) + "|")
    try:
        for order in ("hybrid", "keywords", "classifier"):
            ex.CAUSE_ORDER = order
            ok: dict[str, list[int]] = {}
            for text, gold, src in docs:
                pred = ex.extract(text).cause_of_action
                for key in ("all", src):
                    ok.setdefault(key, [0, 0, 0])
                    ok[key][0] += _within(pred, gold, src, False)
                    ok[key][1] += _within(pred, gold, src, True)
                    ok[key][2] += 1
            cells = [f"{ok[k][0] / ok[k][2] * 100:.1f}% / {ok[k][1] / ok[k][2] * 100:.1f}% ({ok[k][2]})"
                     for k in ["all"] + sorted(k for k in ok if k != "all")]
            print(f"| {order}{' (shipped)' if order == default else ''}, exact / family | " + " | ".join(cells) + " |")
    finally:
        ex.CAUSE_ORDER = default


if __name__ == "__main__":
    main()
