"""Train the character-level NER model (small BERT from scratch), export it to ONNX and quantise it.

Data (see the model card): synthetic legal text from models/synth.py plus CLUENER2020, People's Daily,
MSRA and CAIL2022 IE from ../shared/data. The sources annotate different label sets (CLUENER has no
dates or money, CAIL2022 has no organisations ...), so the loss is a partial-label loss: a character
outside every annotated span may be O *or* any tag of a type the source does not annotate, and the model
is trained to put its probability mass on that allowed set. Spans whose boundaries do not fit our label
definition (CAIL times such as 2014年8月7日早上7时 beyond the date, CLUENER scenes) are "soft": O or
the label are both allowed there, and they are ignored in evaluation.

    python -m courtdoc.models.train_ner --epochs 3 --out models/ner      # or: courtdoc train ner

torch and transformers are imported here only; the runtime (courtdoc.extraction.ner) needs onnxruntime.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from courtdoc.extraction.ner import (
    SPECIALS,
    encode,
    normalize_char,
)
from courtdoc.models import synth

REPO = Path(__file__).resolve().parents[1]
LABELS = ["PER", "ORG", "LOC", "DATE", "MONEY"]
TAGS = ["O"] + [f"{p}-{lab}" for lab in LABELS for p in "BI"]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
WORK = REPO / "models" / "work" / "ner"


def shared_data_dir() -> Path:
    return Path(os.environ.get("COURTDOC_SHARED_DATA", REPO.parent / "shared" / "data"))


@dataclass
class Rec:
    text: str
    spans: list[tuple[int, int, str]]
    annotated: frozenset[str]
    source: str
    soft: list[tuple[int, int, str]] = field(default_factory=list)


ALL = frozenset(LABELS)
PLO = frozenset({"PER", "LOC", "ORG"})


# ---------------------------------------------------------------------------------------- loaders
def load_cluener(path: Path) -> list[Rec]:
    hard = {"name": "PER", "company": "ORG", "government": "ORG", "organization": "ORG", "address": "LOC"}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        x = json.loads(line)
        spans, soft = [], []
        for typ, ents in x.get("label", {}).items():
            for _ent, offs in ents.items():
                for s, e in offs:
                    if typ in hard:
                        spans.append((s, e + 1, hard[typ]))
                    elif typ == "scene":
                        soft.append((s, e + 1, "LOC"))
        out.append(Rec(x["text"], spans, PLO, "cluener", soft))
    return out


def load_bio(path: Path, source: str) -> list[Rec]:
    out, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if len(parts) >= 2:
            chars.append(parts[0])
            tags.append(parts[-1])
            continue
        if chars:
            spans, start = [], None
            for i, t in enumerate(tags + ["O"]):
                if start is not None and not (t.startswith("I-") and t[2:] == tags[start][2:]):
                    spans.append((start, i, tags[start][2:]))
                    start = None
                if t.startswith("B-") or (t.startswith("I-") and start is None):
                    start = i
            out.append(Rec("".join(chars), spans, PLO, source))
            chars, tags = [], []
    return out


def load_msra(path: Path) -> list[Rec]:
    m = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, spans = "", []
        for tok in line.split():
            word, _, tag = tok.rpartition("/")
            if not word:
                continue
            if tag in m:
                spans.append((len(text), len(text) + len(word), m[tag]))
            text += word
        if text:
            out.append(Rec(text, spans, PLO, "msra"))
    return out


DATE_PREFIX = re.compile(r"(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?")


def load_cail2022(path: Path) -> list[tuple[int, Rec]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        x = json.loads(line)
        text, spans, soft = x["sentText"], [], []
        for e in x["entityMentions"]:
            s, t, lab = e["start"], e["end"], e["label"]
            if text[s:t] != e["text"]:
                continue
            if lab == "Nh":
                spans.append((s, t, "PER"))
            elif lab == "Ns":
                spans.append((s, t, "LOC"))
            elif lab == "NT":
                m = DATE_PREFIX.match(text, s, t)
                end = m.end() if m else s
                if m and (m.group(2) or m.group(1)):
                    spans.append((s, end, "DATE"))
                if end < t:
                    soft.append((end if end > s else s, t, "DATE"))
        out.append((x["articleId"], Rec(text, spans, frozenset({"PER", "LOC", "DATE"}), "cail2022", soft)))
    return out


def synthetic(n: int, seed: int) -> list[Rec]:
    return [Rec(s.text, list(s.spans), ALL, "synthetic") for s in synth.generate(n, seed)]


def chunk(rec: Rec, max_len: int) -> list[Rec]:
    """Cut a long record at punctuation (never inside a span) into pieces of at most max_len chars."""
    n = len(rec.text)
    if n <= max_len:
        return [rec]
    inside = np.zeros(n + 1, dtype=bool)
    for s, e, _ in rec.spans + rec.soft:
        inside[s + 1 : e] = True
    out, start = [], 0
    while start < n:
        end = min(n, start + max_len)
        if end < n:
            cut = next((i for i in range(end, start + max_len // 3, -1)
                        if not inside[i] and rec.text[i - 1] in "。；;，,！？!?\n 、）)"), None)
            if cut is None:
                cut = next((i for i in range(end, start, -1) if not inside[i]), end)
            end = cut
        sub = lambda spans, s=start, e=end: [(a - s, b - s, lab) for a, b, lab in spans if a >= s and b <= e]  # noqa: E731
        out.append(Rec(rec.text[start:end], sub(rec.spans), rec.annotated, rec.source, sub(rec.soft)))
        start = end
    return out


def load_all(data: Path | None, n_synth: int, max_len: int, seed: int = 13) -> tuple[list[Rec], list[Rec]]:
    """(train, held-out) records, chunked. Held-out: official dev sets, fixed-seed splits elsewhere."""
    train, held = synthetic(n_synth, seed=1), synthetic(max(200, n_synth // 12), seed=99)
    rng = random.Random(seed)
    if data is not None and data.is_dir():
        ner = data / "ner"
        if (ner / "cluener").is_dir():
            train += load_cluener(ner / "cluener" / "train.json")
            held += load_cluener(ner / "cluener" / "dev.json")
        if (ner / "peoples_daily").is_dir():
            # The shared copy holds the corpus's dev and test files: train on test, hold out dev.
            train += load_bio(ner / "peoples_daily" / "test.bio", "peoples_daily")
            held += load_bio(ner / "peoples_daily" / "dev.bio", "peoples_daily")
        if (ner / "msra" / "test.txt").is_file():
            msra = load_msra(ner / "msra" / "test.txt")
            idx = list(range(len(msra)))
            rng.shuffle(idx)
            cut = len(idx) // 10
            held += [msra[i] for i in idx[:cut]]
            train += [msra[i] for i in idx[cut:]]
        cail = data / "cail" / "cail2022_ie" / "train.json"
        if cail.is_file():
            recs = load_cail2022(cail)
            arts = sorted({a for a, _ in recs})
            rng.shuffle(arts)
            held_arts = set(arts[: len(arts) // 5])
            held += [r for a, r in recs if a in held_arts]
            train += [r for a, r in recs if a not in held_arts]
    chunked = lambda recs: [c for r in recs for c in chunk(r, max_len)]  # noqa: E731
    return chunked(train), chunked(held)


# ----------------------------------------------------------------------------------- encoding
def build_vocab(recs: list[Rec], min_count: int = 2, max_size: int = 6000) -> list[str]:
    cnt = Counter(normalize_char(c) for r in recs for c in r.text)
    cnt.pop(" ", None)
    # Every character of the generator's pools is kept, so rare name characters are never UNK.
    pools = "".join(synth.SURNAMES) + "".join(synth.GIVEN) + "".join(synth.BRAND) + "".join(synth.ROAD_CHARS)
    keep = {normalize_char(c) for c in pools}
    chars = [c for c, k in cnt.most_common() if k >= min_count or c in keep][: max_size - len(SPECIALS)]
    return SPECIALS + chars


def allowed_mask(rec: Rec) -> np.ndarray:
    n, t = len(rec.text), len(TAGS)
    free = [TAG_ID["O"]] + [TAG_ID[f"{p}-{lab}"] for lab in LABELS if lab not in rec.annotated for p in "BI"]
    mask = np.zeros((n, t), dtype=bool)
    mask[:, free] = True
    for s, e, lab in rec.soft:
        mask[s, TAG_ID[f"B-{lab}"]] = True
        mask[s + 1 : e, TAG_ID[f"I-{lab}"]] = True
    for s, e, lab in rec.spans:
        mask[s:e] = False
        mask[s, TAG_ID[f"B-{lab}"]] = True
        mask[s + 1 : e, TAG_ID[f"I-{lab}"]] = True
    return mask


def make_batch(recs: list[Rec], char_to_id: dict[str, int]):
    import torch

    width = max(len(r.text) for r in recs)
    ids = np.zeros((len(recs), width), dtype=np.int64)
    att = np.zeros_like(ids)
    allowed = np.zeros((len(recs), width, len(TAGS)), dtype=bool)
    for k, r in enumerate(recs):
        n = len(r.text)
        ids[k, :n] = encode(r.text, char_to_id)
        att[k, :n] = 1
        allowed[k, :n] = allowed_mask(r)
    return torch.from_numpy(ids), torch.from_numpy(att), torch.from_numpy(allowed)


def batches(recs: list[Rec], size: int, rng: random.Random) -> list[list[Rec]]:
    """Length-bucketed shuffled batches (less padding, same randomness)."""
    idx = list(range(len(recs)))
    rng.shuffle(idx)
    out = []
    for i in range(0, len(idx), size * 50):
        pool = sorted(idx[i : i + size * 50], key=lambda j: len(recs[j].text))
        out += [[recs[j] for j in pool[k : k + size]] for k in range(0, len(pool), size)]
    rng.shuffle(out)
    return out


def partial_label_loss(logits, allowed, attention):
    """-log P(tag in allowed set), averaged over real characters."""
    import torch

    total = torch.logsumexp(logits, -1)
    ok = torch.logsumexp(logits.masked_fill(~allowed, -1e4), -1)
    m = attention.float()
    return ((total - ok) * m).sum() / m.sum().clamp(min=1)


def new_model(vocab_size: int, hidden: int, layers: int, heads: int, max_len: int):
    from transformers import BertConfig, BertForTokenClassification

    cfg = BertConfig(vocab_size=vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                     num_attention_heads=heads, intermediate_size=hidden * 4, max_position_embeddings=max_len,
                     type_vocab_size=1, num_labels=len(TAGS), hidden_dropout_prob=0.1,
                     attention_probs_dropout_prob=0.1, pad_token_id=0)
    cfg._attn_implementation = "eager"
    return BertForTokenClassification(cfg)


# ----------------------------------------------------------------------------------- evaluation
def torch_predictor(model, vocab: dict, batch_size: int = 64):
    """The PyTorch model inside the runtime's NerModel (same sentence pieces, batching and decoding as
    onnxruntime gets), under inference_mode with SDPA attention."""
    import torch
    from courtdoc.extraction.ner import NerModel

    class Runner:
        def run(self, _names, feeds):
            model.config._attn_implementation = "sdpa"
            with torch.inference_mode():
                return [model(input_ids=torch.from_numpy(feeds["input_ids"]),
                              attention_mask=torch.from_numpy(feeds["attention_mask"])).logits.numpy()]

    model.eval()
    m = NerModel.with_runner(Runner(), vocab, batch=batch_size)
    return lambda texts: [m.predict(t) for t in texts]


def evaluate(predict, recs: list[Rec]) -> dict:
    """Exact-span P/R/F1 per source and type (types the source annotates), plus micro totals."""
    preds = predict([r.text for r in recs])
    counts = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for r, ps in zip(recs, preds, strict=True):
        gold = {(s, e, lab) for s, e, lab in r.spans if lab in r.annotated}
        got = set()
        for p in ps:
            s, e, lab = p[0], p[1], p[2]
            if lab not in r.annotated:
                continue
            if any(lab == sl and s < se and ss < e for ss, se, sl in r.soft) and (s, e, lab) not in gold:
                continue
            got.add((s, e, lab))
        for key in (r.source, "all"):
            for lab in r.annotated:
                c = counts[(key, lab)]
                c[0] += len({g for g in gold if g[2] == lab} & {g for g in got if g[2] == lab})
                c[1] += len({g for g in got if g[2] == lab} - gold)
                c[2] += len({g for g in gold if g[2] == lab} - got)
    res: dict = {}
    for (src, lab), (tp, fp, fn) in sorted(counts.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        res.setdefault(src, {})[lab] = {"p": round(p, 4), "r": round(rc, 4),
                                        "f1": round(2 * p * rc / (p + rc), 4) if p + rc else 0.0, "support": tp + fn}
    for src, d in res.items():
        tp = sum(counts[(src, lab)][0] for lab in d)
        fp = sum(counts[(src, lab)][1] for lab in d)
        fn = sum(counts[(src, lab)][2] for lab in d)
        p, rc = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        d["micro"] = {"p": round(p, 4), "r": round(rc, 4), "f1": round(2 * p * rc / (p + rc), 4) if p + rc else 0.0,
                      "support": tp + fn}
    return res


def format_metrics(m: dict) -> str:
    lines = ["| source | " + " | ".join(LABELS) + " | micro |", "|---" * (len(LABELS) + 2) + "|"]
    for src in sorted(m, key=lambda s: (s == "all", s)):
        cells = [f"{m[src][lab]['f1'] * 100:.1f} ({m[src][lab]['support']})" if lab in m[src] else "–"
                 for lab in LABELS + ["micro"]]
        lines.append(f"| {src} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------- export, quantise
def export_onnx(model, path: Path, fuse: bool = True) -> None:
    """Export to ONNX; with `fuse`, onnxruntime's transformer optimizer then fuses the BERT graph
    (EmbedLayerNormalization, Attention, SkipLayerNormalization, BiasGelu): fewer, larger kernels, and
    the int8 quantiser turns the fused Attention into QAttention. Same numbers (max |diff| ~1e-5)."""
    import torch

    model.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    att = torch.ones((2, 16), dtype=torch.long)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = path.with_suffix(".raw.onnx") if fuse else path
    torch.onnx.export(model, (ids, att), str(raw), input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}})
    if fuse:
        from onnxruntime.transformers.optimizer import optimize_model

        cfg = model.config
        opt = optimize_model(str(raw), model_type="bert", num_heads=cfg.num_attention_heads, hidden_size=cfg.hidden_size)
        opt.save_model_to_file(str(path))
        raw.unlink()


def quantize(src: Path, dst: Path, *, per_channel: bool = False, weight_type: str = "int8") -> None:
    """Dynamic int8: weights quantised once, activations at run time (what ships). The options exist for
    the comparison in `courtdoc bench ner --variants` (per-channel weights, uint8 weights = u8u8 kernels)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # fused contrib ops (Attention, SkipLayerNormalization) carry no shape-inferred types: float by default
    quantize_dynamic(str(src), str(dst), per_channel=per_channel,
                     weight_type=QuantType.QInt8 if weight_type == "int8" else QuantType.QUInt8,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


def calibration_windows(recs: list[Rec], char_to_id: dict[str, int], size: int, count: int = 256,
                        seed: int = 5) -> np.ndarray:
    """[count, size] character ids of training text packed end to end into full windows (static
    quantisation calibrates its activation ranges on them; full windows cover every position)."""
    order = list(range(len(recs)))
    random.Random(seed).shuffle(order)
    ids, total = [], 0
    for i in order:
        if total >= count * size:
            break
        ids.append(encode(recs[i].text, char_to_id))
        total += len(ids[-1])
    flat = np.concatenate(ids)[: count * size]
    return flat[: len(flat) // size * size].reshape(-1, size)


def quantize_static(src: Path, dst: Path, windows: np.ndarray, *, per_channel: bool = True, batch: int = 8,
                    weight_type: str = "int8") -> None:
    """Static int8 (QDQ): MatMul weights int8 (per output channel), activations uint8 with ranges
    calibrated (min/max) on `windows`; onnxruntime fuses the QDQ pairs into integer MatMul kernels.
    For comparison with the shipped dynamic quantisation (`courtdoc bench ner --variants`)."""
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType
    from onnxruntime.quantization import quantize_static as ort_quantize_static

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.it = iter([{"input_ids": windows[k : k + batch].astype(np.int64),
                             "attention_mask": np.ones_like(windows[k : k + batch], dtype=np.int64)}
                            for k in range(0, len(windows), batch)])

        def get_next(self):
            return next(self.it, None)

    wt = QuantType.QInt8 if weight_type == "int8" else QuantType.QUInt8
    ort_quantize_static(str(src), str(dst), Reader(), quant_format=QuantFormat.QDQ, per_channel=per_channel,
                        activation_type=QuantType.QUInt8, weight_type=wt, op_types_to_quantize=["MatMul"],
                        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


def onnx_predictor(path: Path, vocab: dict, threads: int = 1):
    from courtdoc.extraction.ner import NerModel

    m = NerModel(path, vocab, threads)
    return lambda texts: [m.predict(t) for t in texts]


def load_checkpoint(path: Path):
    import torch

    ck = torch.load(path, map_location="cpu", weights_only=False)
    a = ck["arch"]
    model = new_model(len(ck["vocab"]["chars"]), a["hidden"], a["layers"], a["heads"], a["max_len"])
    model.load_state_dict(ck["state"])
    model.eval()
    return model, ck


# ------------------------------------------------------------------------------------- training
def train(args) -> dict:
    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    data = Path(args.data) if args.data else shared_data_dir()
    if not data.is_dir():
        print(f"note: {data} not found; training on synthetic data only", file=sys.stderr)
        data = None
    tr, held = load_all(data, args.synthetic, args.max_len)
    if args.limit:
        tr, held = tr[: args.limit], held[: max(8, args.limit // 4)]
    if args.export_only:
        # re-export the checkpoint (e.g. after an export change) without training
        model, ck = load_checkpoint(Path(args.work) / "ckpt.pt")
        for k in ("hidden", "layers", "heads", "max_len"):
            setattr(args, k, ck["arch"][k])
        return finish(model, ck["vocab"], held, Path(args.out), args, ck.get("minutes", 0.0), ck.get("steps", 0))
    init = None
    if args.init:
        # Continue from an earlier checkpoint: same vocabulary and architecture.
        init_model, init = load_checkpoint(Path(args.init))
        chars = init["vocab"]["chars"]
        for k in ("hidden", "layers", "heads", "max_len"):
            setattr(args, k, init["arch"][k])
    else:
        chars = build_vocab(tr)
    char_to_id = {c: i for i, c in enumerate(chars)}
    print(f"train {len(tr)} chunks ({sum(len(r.text) for r in tr)} chars), held-out {len(held)}, vocab {len(chars)}",
          Counter(r.source for r in tr), flush=True)
    model = init_model if init else new_model(len(chars), args.hidden, args.layers, args.heads, args.max_len)
    print(f"parameters: {sum(p.numel() for p in model.parameters()) / 1e6:.2f} M", flush=True)
    model.config._attn_implementation = "sdpa"  # faster training; export and evaluation use eager
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(tr) / args.batch)
    total = max(1, steps_per_epoch * args.epochs if args.max_steps is None else args.max_steps)
    warm = max(1, min(300, total // 10))
    budget = args.max_minutes * 60
    t0, step, done = time.time(), 0, False
    for epoch in range(args.epochs):
        model.train()
        run = 0.0
        for k, b in enumerate(batches(tr, args.batch, rng)):
            # Linear warm-up, then linear decay over whichever runs out first: steps or the time budget.
            progress = max(step / total, (time.time() - t0) / budget)
            for g in opt.param_groups:
                g["lr"] = args.lr * min((step + 1) / warm, max(0.02, 1.0 - progress))
            ids, att, allowed = make_batch(b, char_to_id)
            loss = partial_label_loss(model(input_ids=ids, attention_mask=att).logits, allowed, att)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            run = 0.98 * run + 0.02 * loss.item() if k else loss.item()
            if step % 100 == 0:
                print(f"epoch {epoch + 1} step {step}/{total} loss {run:.4f} {time.time() - t0:.0f}s", flush=True)
            done = step >= total or time.time() - t0 > budget
            if done:
                break
        if done:
            print(f"stopping after {step} steps, epoch {epoch + 1} ({time.time() - t0:.0f}s)", flush=True)
            break
    minutes = (time.time() - t0) / 60 + (init.get("minutes", 0.0) if init else 0.0)
    step += init.get("steps", 0) if init else 0
    vocab = {"chars": chars, "tags": TAGS, "max_len": args.max_len}
    arch = {"hidden": args.hidden, "layers": args.layers, "heads": args.heads, "max_len": args.max_len}
    ckpt = Path(args.work) / "ckpt.pt"
    ckpt.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"state": model.state_dict(), "vocab": vocab, "arch": arch, "args": vars(args), "steps": step,
                "minutes": minutes, "history": (init.get("history", []) if init else []) + [sys.argv[1:]]}, ckpt)
    print(f"checkpoint: {ckpt}", flush=True)
    return finish(model, vocab, held, Path(args.out), args, minutes, step)


def finish(model, vocab: dict, held: list[Rec], out: Path, args, minutes: float, steps: int) -> dict:
    """Export, quantise, evaluate eager/fp32/int8 on held-out, keep int8 only if F1 holds."""
    model.config._attn_implementation = "eager"
    out.mkdir(parents=True, exist_ok=True)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out / "labels.json").write_text(json.dumps({"labels": LABELS, "tags": TAGS}, ensure_ascii=False), encoding="utf-8")
    fp32, int8 = out / "model.onnx", out / "model.int8.onnx"
    export_onnx(model, fp32)
    quantize(fp32, int8)
    m_eager = evaluate(torch_predictor(model, vocab), held)
    m_fp32 = evaluate(onnx_predictor(fp32, vocab), held)
    m_int8 = evaluate(onnx_predictor(int8, vocab), held)
    drop = (m_fp32["all"]["micro"]["f1"] - m_int8["all"]["micro"]["f1"]) * 100
    shipped = "int8" if drop <= 0.5 else "fp32"
    if shipped == "int8":
        fp32.unlink()
    else:
        int8.unlink()
    metrics = {"shipped": shipped, "int8_drop_pt": round(drop, 2), "eager": m_eager, "onnx_fp32": m_fp32,
               "onnx_int8": m_int8, "train_minutes": round(minutes, 1), "steps": steps,
               "arch": {"hidden": args.hidden, "layers": args.layers, "heads": args.heads, "max_len": args.max_len},
               "held_out_chunks": dict(Counter(r.source for r in held))}
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    print("held-out F1 (ONNX fp32), % (gold spans):\n" + format_metrics(m_fp32))
    print("held-out F1 (ONNX int8), % (gold spans):\n" + format_metrics(m_int8))
    print(f"int8 drop {drop:.2f} pt -> shipping {shipped}")
    return metrics


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=None, help="shared data folder (default: $COURTDOC_SHARED_DATA or ../shared/data)")
    p.add_argument("--out", default=str(REPO / "models" / "ner"))
    p.add_argument("--work", default=str(WORK), help="where the torch checkpoint goes (git-ignored)")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--init", default=None, help="continue training from this checkpoint (e.g. models/work/ner/ckpt.pt)")
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--max-minutes", type=float, default=25.0, help="stop training after this long")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--synthetic", type=int, default=8000, help="number of generated training samples")
    p.add_argument("--limit", type=int, default=0, help="use only this many training chunks (smoke tests)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest on a busy 2-core box)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--export-only", action="store_true", help="export, quantise and evaluate the checkpoint in --work")
    return p


def main(argv: list[str] | None = None) -> dict:
    return train(parser().parse_args(argv))


if __name__ == "__main__":
    main()
