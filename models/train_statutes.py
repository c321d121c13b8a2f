"""Train the statute-search re-ranker on the TRAIN split of the lawyer-llama query → statute pairs.

    nice -n 10 python models/train_statutes.py [--data ../shared/data] [--epochs 30] [--threads 1]

Model (tiny, from scratch): one embedding table over hashed character unigrams + bigrams
(legal.statute_search.ngram_ids, 16,384 buckets × 48 dims), mean-pooled, then two linear maps:
query_vec for questions and doc_vec for article text. Candidates per query are BM25's top 100
plus every article cited in the training split; the score is

    alpha × (BM25 / max BM25) + query_vec · (doc_vec + article_vector) + bias(article)

where article_vector and bias are learned only for the articles cited in the training split
(zero for every other article, so unseen articles are ranked by their text alone).

trained with a multi-positive softmax over the candidates. The held-out 30% (bench/statutes.py's
split) is never seen; 15% of the training split is held back for early stopping. The encoder is
exported to ONNX (models/statutes/model.onnx); alpha and the article biases go to reranker.json.
torch is used only here; the runtime uses onnxruntime.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "models" / "statutes"


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    import statutes  # bench/statutes.py: the one split and metric definition

    return statutes


def main() -> None:
    import torch
    from courtdoc.legal import statute_search as ss

    bench = _bench()
    load_pairs, split = bench.load_pairs, bench.split

    default = os.environ.get("COURTDOC_SHARED_DATA", str(REPO.parent / "shared" / "data"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=default)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--dim", type=int, default=48)
    ap.add_argument("--clf-epochs", type=int, default=20)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--stage", choices=["all", "encoder", "classifier"], default="all",
                    help="encoder: the ONNX text encoder; classifier: the article classifier and the mix "
                         "(needs the encoder already trained)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)

    pairs = load_pairs(Path(args.data))
    train_all, test = split(pairs)
    rnd = random.Random(args.seed)
    order = list(range(len(train_all)))
    rnd.shuffle(order)
    n_val = len(order) * 15 // 100
    val = [train_all[i] for i in order[:n_val]]
    train = [train_all[i] for i in order[n_val:]]
    print(f"train {len(train)}  val {len(val)}  (held-out test {len(test)} untouched)")

    index = ss.get_index()
    pos = index.positions()
    prior = sorted({g for p in train for g in p["gold"] if g in pos})
    print(f"articles cited in train: {len(prior)}")
    if args.stage in ("all", "encoder"):
        train_encoder(args, train, val, test, index, pos, prior)
    if args.stage in ("all", "classifier"):
        train_classifier(args, train, val, test, index, pos, prior)


def train_encoder(args, train, val, test, index, pos, prior) -> None:
    import numpy as np
    import torch
    from courtdoc.legal import statute_search as ss
    from torch import nn

    rnd = random.Random(args.seed)

    def build(items):
        rows = []
        for p in items:
            scores = index.scores(p["query"])
            cand = ss.candidates(index, scores, prior)
            gold = {pos[g] for g in p["gold"] if g in pos}
            labels = [c in gold for c in cand]
            if not any(labels):
                continue
            bm = scores[cand].astype(np.float32)
            bm = bm / bm.max() if bm.max() > 0 else bm
            rows.append((ss.ngram_ids(p["query"]), cand, bm, labels))
        return rows

    t0 = time.time()
    train_rows, val_rows = build(train), build(val)
    print(f"candidates built in {time.time() - t0:.1f}s; train queries with gold among candidates: "
          f"{len(train_rows)}/{len(train)}")
    doc_ids: dict[int, list[int]] = {}
    for rows in (train_rows, val_rows):
        for _, cand, _, _ in rows:
            for c in cand:
                if c not in doc_ids:
                    doc_ids[c] = ss.ngram_ids(ss.article_text_for_model(*index.docs[c][:2]))
    # A learned prior only for the articles cited in the training split; every other article has 0.
    bias_keys = {pos[g]: i for i, g in enumerate(prior)}
    no_bias = len(bias_keys)

    class Encoder(nn.Module):
        def __init__(self, buckets: int, dim: int):
            super().__init__()
            self.emb = nn.Embedding(buckets + 1, dim, padding_idx=0)
            nn.init.normal_(self.emb.weight, std=0.1)
            with torch.no_grad():
                self.emb.weight[0].zero_()
            self.q = nn.Linear(dim, dim, bias=False)
            self.d = nn.Linear(dim, dim, bias=False)

        def forward(self, ids):
            mask = (ids > 0).unsqueeze(-1).float()
            v = (self.emb(ids) * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.q(v), self.d(v)

    enc = Encoder(ss.N_BUCKETS, args.dim)
    bias = nn.Embedding(len(bias_keys) + 1, 1)
    nn.init.zeros_(bias.weight)
    # A learned vector per article cited in training, added to its text vector (zero for others).
    art_emb = nn.Embedding(len(bias_keys) + 1, args.dim)
    nn.init.zeros_(art_emb.weight)
    alpha = nn.Parameter(torch.tensor(3.0))
    params = list(enc.parameters()) + list(bias.parameters()) + list(art_emb.parameters()) + [alpha]
    opt = torch.optim.AdamW(params, lr=3e-3, weight_decay=1e-4)

    def scores_for(rows):
        qs = torch.tensor(ss.pad([r[0] for r in rows]))
        qv, _ = enc(qs)
        unique = sorted({c for r in rows for c in r[1]})
        where = {c: i for i, c in enumerate(unique)}
        _, dv_all = enc(torch.tensor(ss.pad([doc_ids[c] for c in unique])))
        idx_all = torch.tensor([bias_keys.get(c, no_bias) for c in unique])
        known = (idx_all < no_bias).float()
        dv_all = dv_all + art_emb(idx_all) * known.unsqueeze(-1)
        b_all = bias(idx_all).squeeze(-1) * known
        out = []
        for (_, cand, bm, _), q in zip(rows, qv, strict=True):
            sel = torch.tensor([where[c] for c in cand])
            out.append(alpha * torch.tensor(bm) + dv_all[sel] @ q + b_all[sel])
        return out

    def val_metric():
        enc.eval()
        with torch.no_grad():
            hit = 0
            for row, s in zip(val_rows, scores_for(val_rows), strict=True):
                top = torch.topk(s, min(5, len(s))).indices.tolist()
                hit += any(row[3][i] for i in top)
        enc.train()
        return hit / max(1, len(val))

    best, best_state = -1.0, None
    batch = 16
    for epoch in range(args.epochs):
        rnd.shuffle(train_rows)
        total = 0.0
        for i in range(0, len(train_rows), batch):
            rows = train_rows[i:i + batch]
            loss = 0.0
            for row, s in zip(rows, scores_for(rows), strict=True):
                lab = torch.tensor(row[3])
                loss = loss - (torch.logsumexp(s[lab], 0) - torch.logsumexp(s, 0))
            loss = loss / len(rows) + 1e-3 * (bias.weight ** 2).sum() + 1e-4 * (art_emb.weight ** 2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(rows)
        metric = val_metric()
        print(f"epoch {epoch + 1:2d}  loss {total / len(train_rows):.3f}  val any@5 {metric:.3f}  "
              f"alpha {float(alpha):.2f}  ({time.time() - t0:.0f}s)", flush=True)
        if metric > best:
            best = metric
            best_state = ({k: v.clone() for k, v in enc.state_dict().items()}, bias.weight.detach().clone(),
                          float(alpha), art_emb.weight.detach().clone())
    if best_state is None:
        raise SystemExit("no epoch ran")
    enc.load_state_dict(best_state[0])
    print(f"best val any@5 {best:.3f}")

    OUT.mkdir(parents=True, exist_ok=True)
    enc.eval()

    class Export(nn.Module):
        def __init__(self, e):
            super().__init__()
            self.e = e

        def forward(self, ids):
            return self.e(ids)

    dummy = torch.tensor(ss.pad([ss.ngram_ids("同事借钱不还"), ss.ngram_ids("离婚")]))
    torch.onnx.export(Export(enc), (dummy,), str(OUT / "model.onnx"), input_names=["ids"],
                      output_names=["query_vec", "doc_vec"],
                      dynamic_axes={"ids": {0: "batch", 1: "len"}, "query_vec": {0: "batch"},
                                    "doc_vec": {0: "batch"}}, opset_version=17, dynamo=False)
    b = best_state[1].squeeze(-1).tolist()
    e = best_state[3].tolist()
    biases = {"|".join(index.docs[c][:2]): round(b[i], 5) for c, i in bias_keys.items()}
    vectors = {"|".join(index.docs[c][:2]): [round(x, 5) for x in e[i]] for c, i in bias_keys.items()}
    meta = {"alpha": round(best_state[2], 5), "bias": biases, "article_vectors": vectors,
            "buckets": ss.N_BUCKETS, "dim": args.dim,
            "val_any@5": best, "train_queries": len(train), "seed": args.seed, "epochs": args.epochs}
    (OUT / "reranker.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {OUT / 'model.onnx'} ({(OUT / 'model.onnx').stat().st_size / 1e6:.2f} MB) and reranker.json "
          f"({len(biases)} article biases)")

    ss.get_reranker.cache_clear()


def train_classifier(args, train, val, test, index, pos, prior) -> None:
    """Stage 2: a linear classifier query → cited article (hashed char 1-3-grams), then the mix of
    BM25, classifier and encoder scores chosen on the validation part (never on test)."""
    import numpy as np
    import torch
    from courtdoc.legal import statute_search as ss

    torch.manual_seed(args.seed)
    meta_path = OUT / "reranker.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.pop("classifier", None)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    (OUT / "classifier.onnx").unlink(missing_ok=True)
    ss.get_reranker.cache_clear()
    reranker = ss.get_reranker()
    label = {g: i for i, g in enumerate(prior)}

    def xy(items):
        x = np.stack([ss.query_features(p["query"]) for p in items])
        y = np.zeros((len(items), len(prior)), np.float32)
        for i, p in enumerate(items):
            for g in p["gold"]:
                if g in label:
                    y[i, label[g]] = 1
        return torch.tensor(x), torch.tensor(y)

    xtr, ytr = xy(train)
    xv, _ = xy(val)
    lin = torch.nn.Linear(ss.CLF_BUCKETS, len(prior))
    opt = torch.optim.AdamW(lin.parameters(), lr=0.05, weight_decay=1e-3)
    for _epoch in range(args.clf_epochs):
        opt.zero_grad()
        lp = torch.log_softmax(lin(xtr), -1)
        loss = -(torch.logsumexp(lp.masked_fill(ytr == 0, -1e9), -1)).mean()
        loss.backward()
        opt.step()
    print(f"classifier trained: {args.clf_epochs} full-batch steps, loss {float(loss.detach()):.3f}")

    def hits(items, x, w_bm25, w_enc):
        with torch.no_grad():
            logp = torch.log_softmax(lin(x), -1).numpy()
        hit = 0
        for p, lp in zip(items, logp, strict=True):
            s = index.scores(p["query"])
            cand = ss.candidates(index, s, prior)
            keys = [index.docs[c][:2] for c in cand]
            score = ss.mix_scores(s[cand].astype(np.float32), keys, lp, label, w_bm25, w_enc,
                                  reranker.score(p["query"], keys, s[cand].astype(np.float32)))
            top = [keys[i] for i in np.argsort(-score)[:5]]
            hit += any(t in set(p["gold"]) for t in top)
        return hit / len(items)

    grid = [(wb, we) for we in (0.0, 0.5, 1.0) for wb in (0.5, 1.0, 2.0)]
    scored = [(hits(val, xv, wb, we), wb, we) for wb, we in grid]
    for v, wb, we in scored:
        print(f"mix bm25={wb} encoder={we}: val any@5 {v:.3f}")
    best = max(scored, key=lambda t: t[0])
    print(f"chosen on val: bm25={best[1]} encoder={best[2]} (val any@5 {best[0]:.3f})")

    torch.onnx.export(lin, (xtr[:2],), str(OUT / "classifier.onnx"), input_names=["features"],
                      output_names=["logits"], dynamic_axes={"features": {0: "batch"}, "logits": {0: "batch"}},
                      opset_version=17, dynamo=False)
    # Gate: the learned scores are used only for questions on which the classifier is at least as sure
    # as on 90% of the validation questions; below that (questions unlike the lawyer-llama
    # consultations, e.g. about loans or wages) the plain BM25 order stands.
    with torch.no_grad():
        pmax = torch.softmax(lin(xv), -1).max(-1).values.numpy()
    gate = float(np.quantile(pmax, 0.10))
    meta["classifier"] = {"labels": ["|".join(g) for g in prior], "buckets": ss.CLF_BUCKETS,
                          "mix": {"bm25": best[1], "classifier": 1.0, "encoder": best[2]},
                          "gate": round(gate, 5), "val_any@5": best[0], "epochs": args.clf_epochs}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {OUT / 'classifier.onnx'} ({(OUT / 'classifier.onnx').stat().st_size / 1e6:.2f} MB)")
    ss.get_reranker.cache_clear()
    for name, items in (("val", val), ("test", test)):
        for rr in (False, True):
            r = _bench().evaluate(items, lambda q, top, rr=rr: ss.search(q, top=top, rerank=rr), 5)
            print(name, "rerank" if rr else "bm25  ", {k: round(v, 3) for k, v in r.items()})


if __name__ == "__main__":
    main()
