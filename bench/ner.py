"""NER benchmark: PyTorch eager vs ONNX fp32 vs ONNX int8, latency and held-out F1 in one run.

    courtdoc bench ner [--limit N] [--docs 20] [--sentences 200]

Needs the training checkpoint (models/work/ner/ckpt.pt, git-ignored: run `courtdoc train ner` first),
torch (the `train` extra) and ../shared/data for the held-out sets. The fp32 and int8 ONNX files are
rebuilt from the checkpoint in a temporary folder, so all three backends are the same weights. All
backends run single-threaded, with the same windowing and Viterbi decoding (NerModel), so the figures
compare the inference engines only.
"""

from __future__ import annotations

import argparse
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
    args = ap.parse_args()
    try:
        import torch
    except ImportError:
        sys.exit("bench ner needs torch: pip install -e '.[train]'")
    from courtdoc.extraction.ner import NerModel
    from courtdoc.models import synth
    from courtdoc.models.train_ner import (
        evaluate,
        export_onnx,
        format_metrics,
        load_all,
        load_checkpoint,
        quantize,
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
    _, held = load_all(data if data.is_dir() else None, ck["args"]["synthetic"], ck["arch"]["max_len"])
    if args.limit:
        seen: Counter = Counter()
        kept = []
        for r in held:
            seen[r.source] += 1
            if seen[r.source] <= args.limit:
                kept.append(r)
        held = kept

    class TorchRunner:
        """onnxruntime-like .run() around the eager PyTorch model."""

        def run(self, _names, feeds):
            with torch.inference_mode():
                out = model(input_ids=torch.from_numpy(feeds["input_ids"]),
                            attention_mask=torch.from_numpy(feeds["attention_mask"])).logits
            return [out.numpy()]

    tmp = Path(tempfile.mkdtemp(prefix="bench-ner-"))
    export_onnx(model, tmp / "model.onnx")
    quantize(tmp / "model.onnx", tmp / "model.int8.onnx")
    backends = {
        "pytorch eager": NerModel.with_runner(TorchRunner(), vocab),
        "onnx fp32": NerModel(tmp / "model.onnx", vocab, threads=1),
        "onnx int8": NerModel(tmp / "model.int8.onnx", vocab, threads=1),
    }
    sizes = {"pytorch eager": ckpt.stat().st_size, "onnx fp32": (tmp / "model.onnx").stat().st_size,
             "onnx int8": (tmp / "model.int8.onnx").stat().st_size}

    sentences = [r.text for r in held[:: max(1, len(held) // args.sentences)]][: args.sentences]
    gen = synth.Gen(2024)
    docs = []
    for _ in range(args.docs):  # a two-page complaint is about 1,500 characters
        text = ""
        while len(text) < 1500:
            text += gen.sample().text + "\n"
        docs.append(text)

    def p50(fn, items, repeat=1):
        fn(items[0])  # warm-up
        times = []
        for _ in range(repeat):
            for x in items:
                t = time.perf_counter()
                fn(x)
                times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times)

    results = {}
    for name, m in backends.items():
        t0 = time.time()
        metrics = evaluate(lambda texts, m=m: [m.predict(t) for t in texts], held)
        results[name] = {"metrics": metrics, "sent_ms": p50(m.predict, sentences), "doc_ms": p50(m.predict, docs),
                         "eval_s": time.time() - t0}
        print(f"{name}: done ({results[name]['eval_s']:.0f}s)", file=sys.stderr, flush=True)

    base = results["pytorch eager"]
    f1_fp32 = results["onnx fp32"]["metrics"]["all"]["micro"]["f1"] * 100
    print(f"\nheld-out: {len(held)} chunks; sentences {len(sentences)} (mean {np.mean([len(s) for s in sentences]):.0f} "
          f"chars); documents {len(docs)} (mean {np.mean([len(d) for d in docs]):.0f} chars); 1 thread each\n")
    print("| backend | size | sentence p50 ms | 2-page doc p50 ms | speed-up vs eager (sent / doc) | micro F1 | F1 vs fp32 |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        f1 = r["metrics"]["all"]["micro"]["f1"] * 100
        print(f"| {name} | {sizes[name] / 1e6:.1f} MB | {r['sent_ms']:.2f} | {r['doc_ms']:.1f} | "
              f"{base['sent_ms'] / r['sent_ms']:.1f}× / {base['doc_ms'] / r['doc_ms']:.1f}× | {f1:.2f} | {f1 - f1_fp32:+.2f} |")
    for name in ("onnx fp32", "onnx int8"):
        print(f"\nF1 per type and source, {name} (%, gold spans in brackets):")
        print(format_metrics(results[name]["metrics"]))


if __name__ == "__main__":
    main()
