"""NER benchmark: PyTorch eager vs ONNX fp32 vs ONNX int8, latency and held-out F1 in one run.

    courtdoc bench ner [--limit N] [--docs 20] [--sentences 200] [--variants]

Needs the training checkpoint (models/work/ner/ckpt.pt, git-ignored: run `courtdoc train ner` first),
torch (the `train` extra) and ../shared/data for the held-out sets. The fp32 and int8 ONNX files are
rebuilt from the checkpoint in a temporary folder (fused BERT graph, as `courtdoc train ner` ships it;
the unfused int8 export is measured too), so all backends are the same weights.

Fairness: every backend runs single-threaded inside the same NerModel code: the same sentence pieces
(at most 128 characters, rows sorted by length in each call), the same post-processing and constrained
decoding; only `session.run` differs.
PyTorch runs under torch.inference_mode with transformers' SDPA attention (its default, and the faster
of the two on this CPU); the HF "eager" attention (matmul + softmax written out, the graph the ONNX
export traces) is printed as a reference row. Speed-ups are against the faster PyTorch row.
Pieces go to the engine in batches; each backend gets the batch size that is fastest *for it* on the
documents (measured first and printed).

F1 is measured twice: on the held-out chunks as they are (each at most 128 characters, one piece), and
on the same chunks joined per source into ~1,500-character texts (a document's length, so the cutting
into pieces is exercised). Timings interleave the backends item by item, so load from other processes on a
shared machine hits them alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ckpt", default=str(REPO / "models" / "work" / "ner" / "ckpt.pt"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--limit", type=int, default=0, help="evaluate F1 on at most N held-out chunks per source")
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--variants", action="store_true",
                    help="also measure other int8 forms: static QDQ (calibrated on training text, per-channel "
                         "weights), dynamic per-channel, dynamic u8u8")
    args = ap.parse_args()
    try:
        import torch
    except ImportError:
        sys.exit("bench ner needs torch: pip install -e '.[train]'")
    from courtdoc.extraction.ner import NerModel
    from courtdoc.models import synth
    from courtdoc.models.train_ner import (
        Rec,
        calibration_windows,
        evaluate,
        export_onnx,
        format_metrics,
        load_all,
        load_checkpoint,
        quantize,
        quantize_static,
        shared_data_dir,
    )

    ckpt = Path(args.ckpt)
    if not ckpt.is_file():
        sys.exit(f"no checkpoint at {ckpt}: run `courtdoc train ner` first")
    torch.set_num_threads(1)
    model, ck = load_checkpoint(ckpt)
    vocab = ck["vocab"]
    data = Path(args.data) if args.data else shared_data_dir()
    if not data.is_dir():
        print(f"note: {data} not found; held-out F1 on synthetic data only")
    train, held = load_all(data if data.is_dir() else None, ck["args"]["synthetic"], ck["arch"]["max_len"])
    if args.limit:
        seen: Counter = Counter()
        kept = []
        for r in held:
            seen[r.source] += 1
            if seen[r.source] <= args.limit:
                kept.append(r)
        held = kept

    class TorchRunner:
        """onnxruntime-like .run() around the eager PyTorch model, with the given attention implementation."""

        def __init__(self, attn: str) -> None:
            self.attn = attn

        def run(self, _names, feeds):
            model.config._attn_implementation = self.attn  # read at every forward
            with torch.inference_mode():
                out = model(input_ids=torch.from_numpy(feeds["input_ids"]),
                            attention_mask=torch.from_numpy(feeds["attention_mask"])).logits
            return [out.numpy()]

    tmp = Path(tempfile.mkdtemp(prefix="bench-ner-"))
    export_onnx(model, tmp / "model.onnx")
    quantize(tmp / "model.onnx", tmp / "model.int8.onnx")
    export_onnx(model, tmp / "unfused.onnx", fuse=False)
    quantize(tmp / "unfused.onnx", tmp / "unfused.int8.onnx")
    files = {"onnx fp32": tmp / "model.onnx", "onnx int8": tmp / "model.int8.onnx",
             "onnx int8 unfused": tmp / "unfused.int8.onnx"}
    if args.variants:
        # the quantiser wants the raw export: the fused contrib ops have no static-quantisation support
        calib = calibration_windows(train, {c: i for i, c in enumerate(vocab["chars"])}, ck["arch"]["max_len"])
        quantize_static(tmp / "unfused.onnx", tmp / "static.onnx", calib)
        quantize(tmp / "unfused.onnx", tmp / "unfused.pc.int8.onnx", per_channel=True)
        quantize(tmp / "unfused.onnx", tmp / "unfused.u8u8.onnx", weight_type="uint8")
        files |= {"onnx int8 static QDQ per-channel": tmp / "static.onnx",
                  "onnx int8 unfused per-channel": tmp / "unfused.pc.int8.onnx",
                  "onnx u8u8 unfused": tmp / "unfused.u8u8.onnx"}
    torch_rows = {"pytorch eager": "sdpa", "pytorch eager, HF eager attention": "eager"}
    sizes = {**{k: ckpt.stat().st_size for k in torch_rows}, **{k: v.stat().st_size for k, v in files.items()}}

    def backend(name: str, batch: int) -> NerModel:
        if name in torch_rows:
            return NerModel.with_runner(TorchRunner(torch_rows[name]), vocab, batch=batch)
        return NerModel(files[name], vocab, threads=1, batch=batch)

    long_held = join(held, 1500, Rec)
    sentences = [r.text for r in held[:: max(1, len(held) // args.sentences)]][: args.sentences]
    gen = synth.Gen(2024)
    docs = []
    for _ in range(args.docs):  # a two-page complaint is about 1,500 characters
        text = ""
        while len(text) < 1500:
            text += gen.sample().text + "\n"
        docs.append(text)

    def interleaved(models: dict, items: list[str], repeat: int = 1, cpu: bool = True) -> dict[str, float]:
        """p50 ms per item; every item runs on every backend in turn (rotating who goes first). With `cpu`,
        the calling thread's CPU time (every backend computes on that one thread): unlike wall time it does
        not count the time other processes on a shared machine hold the core."""
        clock = time.thread_time if cpu else time.perf_counter
        for m in models.values():
            m.predict(items[0])  # warm-up
        times: dict[str, list[float]] = {k: [] for k in models}
        names = list(models)
        for r in range(repeat):
            for i, x in enumerate(items):
                k0 = (i + r) % len(names)
                for name in names[k0:] + names[:k0]:
                    t = clock()
                    models[name].predict(x)
                    times[name].append((clock() - t) * 1000)
        return {k: statistics.median(v) for k, v in times.items()}

    load_start = os.getloadavg()
    names = [*torch_rows, *files]
    batches = (1, 4, 8, 16, 64)
    trial = interleaved({f"{n}|{b}": backend(n, b) for n in names for b in batches}, docs[: max(4, len(docs) // 4)])
    # the batch table and the choice use CPU time
    best_batch = {n: min(batches, key=lambda b, n=n: trial[f"{n}|{b}"]) for n in names}
    print("\nbatch size (pieces per call) vs 2-page document p50 CPU ms, 1 thread:")
    print("| backend | " + " | ".join(f"batch {b}" for b in batches) + " |\n|---" + "|---" * len(batches) + "|")
    for n in names:
        print(f"| {n} | " + " | ".join(f"{trial[f'{n}|{b}']:.1f}" for b in batches) + " |", flush=True)
    backends = {n: backend(n, best_batch[n]) for n in names}

    results = {}
    for name, m in backends.items():
        t0 = time.time()
        metrics = evaluate(lambda texts, m=m: [m.predict(t) for t in texts], held)
        joined = evaluate(lambda texts, m=m: [m.predict(t) for t in texts], long_held)
        results[name] = {"metrics": metrics, "joined": joined, "eval_s": time.time() - t0}
        print(f"{name}: F1 done ({results[name]['eval_s']:.0f}s)", file=sys.stderr, flush=True)
    sent = interleaved(backends, sentences)
    doc = interleaved(backends, docs, repeat=2)
    sent_wall = interleaved(backends, sentences, cpu=False)
    doc_wall = interleaved(backends, docs, cpu=False)
    for name in backends:
        results[name]["sent_ms"], results[name]["doc_ms"] = sent[name], doc[name]
        results[name]["sent_wall"], results[name]["doc_wall"] = sent_wall[name], doc_wall[name]

    # the baseline is the faster PyTorch row, per column
    base = {k: min(results[n][k] for n in torch_rows) for k in ("sent_ms", "doc_ms", "sent_wall", "doc_wall")}
    f1_fp32 = results["onnx fp32"]["metrics"]["all"]["micro"]["f1"] * 100
    print(f"\nheld-out: {len(held)} chunks; sentences {len(sentences)} (mean {np.mean([len(s) for s in sentences]):.0f} "
          f"chars); documents {len(docs)} (mean {np.mean([len(d) for d in docs]):.0f} chars); joined held-out texts {len(long_held)} (mean "
          f"{np.mean([len(r.text) for r in long_held]):.0f} chars); 1 thread each; "
          f"same sentence pieces and decoding for all, each backend at its fastest batch size; 1-min load average "
          f"{load_start[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} CPUs\n")
    print("p50 CPU ms (the thread's CPU time) first, wall ms in brackets")
    print("| backend | size | batch | sentence p50 ms | 2-page doc p50 ms | speed-up vs eager, CPU (sent / doc) | "
          "speed-up, wall (sent / doc) | micro F1 | F1 vs fp32 | micro F1, joined texts |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        f1 = r["metrics"]["all"]["micro"]["f1"] * 100
        print(f"| {name} | {sizes[name] / 1e6:.1f} MB | {best_batch[name]} | {r['sent_ms']:.2f} ({r['sent_wall']:.2f}) | "
              f"{r['doc_ms']:.1f} ({r['doc_wall']:.1f}) | {base['sent_ms'] / r['sent_ms']:.2f}× / {base['doc_ms'] / r['doc_ms']:.2f}× | "
              f"{base['sent_wall'] / r['sent_wall']:.2f}× / {base['doc_wall'] / r['doc_wall']:.2f}× | {f1:.2f} | {f1 - f1_fp32:+.2f} | "
              f"{r['joined']['all']['micro']['f1'] * 100:.2f} |")
    for name in ("onnx fp32", "onnx int8"):
        print(f"\nF1 per type and source, {name} (%, gold spans in brackets):")
        print(format_metrics(results[name]["metrics"]))
    shutil.rmtree(tmp, ignore_errors=True)  # the rebuilt ONNX files


def join(recs: list, size: int, rec_type) -> list:
    """Consecutive held-out chunks of one source joined by line breaks into texts of about `size`
    characters, their spans shifted: documents-length inputs with known labels."""
    out, cur = [], None
    for r in recs:
        if cur is None or cur.source != r.source or len(cur.text) + len(r.text) + 1 > size:
            cur = rec_type("", [], r.annotated, r.source, [])
            out.append(cur)
        off = len(cur.text) + (1 if cur.text else 0)
        cur.text += ("\n" if cur.text else "") + r.text
        cur.spans += [(s + off, e + off, lab) for s, e, lab in r.spans]
        cur.soft += [(s + off, e + off, lab) for s, e, lab in r.soft]
    return out


if __name__ == "__main__":
    main()
