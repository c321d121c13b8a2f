"""Train the guidance robot's sentence encoder and export it to ONNX (models/guide/encoder.onnx).

The encoder maps a question to a 64-d unit vector: hashed character, character-bigram and jieba-word
features (courtdoc.guide.text.hashed_features) → embedding mean → linear → L2 norm. It is trained
contrastively (in-batch InfoNCE) on the knowledge base: two question variants of the same entry are a
positive pair, the other entries in the batch are negatives. Variants get random character noise
(deletion, duplication, swap) so that misspelt questions land near their entry.

Usage: nice -n 10 python models/train_guide.py [--steps 1500] [--out models/guide]
Evaluation printed at the end: top-1 entry accuracy on variants held out from training (one per entry
with >= 4 variants). The dev-set figures come from `courtdoc bench guide --compare`.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np
import torch
from courtdoc.guide.kb import load_kb
from courtdoc.guide.text import hashed_features
from torch import nn

BUCKETS = 12000
DIM = 64
MAX_LEN = 96


class Encoder(nn.Module):
    def __init__(self, buckets: int = BUCKETS, dim: int = DIM) -> None:
        super().__init__()
        self.emb = nn.Embedding(buckets, dim, padding_idx=0)
        self.proj = nn.Linear(dim, dim)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        mask = (ids > 0).unsqueeze(-1).float()
        summed = (self.emb(ids) * mask).sum(1)
        mean = summed / mask.sum(1).clamp(min=1.0)
        out = self.proj(torch.tanh(mean))
        return out / out.norm(dim=-1, keepdim=True).clamp(min=1e-6)


def featurize(texts: list[str]) -> torch.Tensor:
    ids = np.zeros((len(texts), MAX_LEN), dtype=np.int64)
    for i, t in enumerate(texts):
        f = hashed_features(t, BUCKETS)[:MAX_LEN]
        ids[i, : len(f)] = f
    return torch.from_numpy(ids)


def noisy(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        if len(chars) < 4:
            break
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.4:
            del chars[i]
        elif op < 0.7:
            chars.insert(i, chars[i])
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "guide"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--qa", default=None,
                    help="lawyer-llama legal_advice.json: adds (question, answer opening) pairs as auxiliary "
                         "contrastive batches (legal vocabulary beyond the knowledge base)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    entries = load_kb()
    groups, held = [], []
    for e in entries:
        texts = [e.title, *e.questions]
        if len(texts) >= 5:
            held.append((texts[-1], len(groups)))
            texts = texts[:-1]
        groups.append(texts)

    qa_pairs: list[tuple[str, str]] = []
    if args.qa:
        for conv in json.loads(Path(args.qa).read_text(encoding="utf-8")):
            turn = conv[0] if isinstance(conv, list) and conv else conv
            q, a = (turn.get("instruction") or "").strip(), (turn.get("output") or "").strip()
            if 4 <= len(q) <= 80 and a:
                qa_pairs.append((q, a[:60]))
        print(f"auxiliary QA pairs: {len(qa_pairs)}")

    model = Encoder()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(args.steps):
        picks = rng.sample(range(len(groups)), min(args.batch, len(groups)))
        a, b = [], []
        for g in picks:
            x, y = rng.sample(groups[g], 2) if len(groups[g]) > 1 else (groups[g][0], groups[g][0])
            a.append(noisy(x, rng))
            b.append(noisy(y, rng))
        va, vb = model(featurize(a)), model(featurize(b))
        logits = va @ vb.T / 0.05
        target = torch.arange(len(picks))
        loss = (nn.functional.cross_entropy(logits, target) + nn.functional.cross_entropy(logits.T, target)) / 2
        if qa_pairs:
            batch = rng.sample(qa_pairs, args.batch)
            qa, qb = model(featurize([noisy(x, rng) for x, _ in batch])), model(featurize([y for _, y in batch]))
            ql = qa @ qb.T / 0.05
            t2 = torch.arange(len(batch))
            loss = loss + 0.5 * (nn.functional.cross_entropy(ql, t2) + nn.functional.cross_entropy(ql.T, t2)) / 2
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 250 == 0:
            print(f"step {step} loss {loss.item():.3f}")

    model.eval()
    with torch.no_grad():
        bank_texts = [t for g in groups for t in g]
        bank_entry = np.array([i for i, g in enumerate(groups) for _ in g])
        bank = model(featurize(bank_texts)).numpy()
        q = model(featurize([t for t, _ in held])).numpy()
    sims = q @ bank.T
    best = np.full((len(held), len(groups)), -1.0)
    for j, e in enumerate(bank_entry):
        best[:, e] = np.maximum(best[:, e], sims[:, j])
    acc = float(np.mean([best[i].argmax() == g for i, (_, g) in enumerate(held)]))
    print(f"held-out variant top-1: {acc:.3f} (n={len(held)})")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, (featurize(["示例"]),), str(out / "encoder.onnx"), input_names=["ids"],
                      output_names=["emb"], dynamic_axes={"ids": {0: "batch"}, "emb": {0: "batch"}},
                      opset_version=17, dynamo=False)
    config = {"buckets": BUCKETS, "dim": DIM, "max_len": MAX_LEN, "fusion_alpha": 0.5,
              "heldout_variant_top1": round(acc, 4), "steps": args.steps, "seed": args.seed}
    if args.qa:
        config["qa_aux"] = f"lawyer-llama {Path(args.qa).name}"
    cfg_path = out / "config.json"
    if cfg_path.exists():  # keep a fusion weight tuned on the dev split
        config["fusion_alpha"] = json.loads(cfg_path.read_text())["fusion_alpha"]
    cfg_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    print(f"wrote {out / 'encoder.onnx'} ({(out / 'encoder.onnx').stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
