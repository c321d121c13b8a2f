"""Train the cause-of-action (案由) classifier, export it to ONNX and quantise it.

Labelled real data from ../shared/data: CAIL2019 reading-comprehension dev (500 civil fact sections with
`casename`), CAIL2019 element recognition (divorce → 离婚纠纷, labor → 劳动争议, loan → 民间借贷纠纷, by the
domain each file was drawn from) and CAIL2019 similar-case matching (all 民间借贷纠纷; a sample, so it does
not swamp the rest). A fixed-seed, stratified quarter of the real documents is held out and never
trained on; a fifth of the rest (calibration) is not trained on either: extraction's thresholds (when to
trust the classifier over cue words) are chosen on it. Generated complaints of common causes (templates
below) are added to the training side only.

    python -m courtdoc.models.train_cause --out models/cause      # or: courtdoc train cause
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from courtdoc.extraction.cause_model import CauseModel, ngram_ids
from courtdoc.models.synth import Gen

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = 0.25
CALIBRATION = 0.2  # of the non-held-out real documents: not trained on, used to choose extraction's thresholds
ELEMENT_CAUSE = {"divorce": "离婚纠纷", "labor": "劳动争议", "loan": "民间借贷纠纷"}

# cause → (fact templates, claim templates); {p} person, {c} company, {m} money, {d} date, {a} address.
TEMPLATES: dict[str, tuple[list[str], list[str]]] = {
    "民间借贷纠纷": (["被告{p}于{d}因资金周转向原告借款{m}，并出具借条一份，约定月利率1%，借款到期后经原告多次催讨，被告至今未还",
                "{d}，被告以经营需要为由向原告借款{m}，原告通过银行转账交付，被告出具欠条承诺于{d}前还清，但逾期未还"],
               ["判令被告偿还借款本金{m}及利息", "判令被告归还借款{m}并支付逾期利息"]),
    "金融借款合同纠纷": (["{d}，被告与原告{c}签订《个人借款合同》，约定借款金额{m}，借款期限36个月，按月等额还款，被告自{d}起未按期归还贷款本息",
                  "原告向被告发放经营性贷款{m}，被告{p}提供连带责任保证，贷款到期后被告未归还本金及利息"],
                 ["判令被告偿还贷款本金{m}、利息、罚息及复利", "判令原告对抵押房产享有优先受偿权"]),
    "信用卡纠纷": (["被告向原告申领信用卡并透支消费，未按约定还款，截至{d}尚欠透支本金{m}、利息及滞纳金",
               "被告持原告发行的信用卡透支使用，经原告多次催收仍未归还欠款{m}"],
              ["判令被告偿还信用卡透支本金{m}及利息、违约金"]),
    "买卖合同纠纷": (["原告向被告供应钢材、水泥等货物，双方确认货款共计{m}，被告仅支付部分货款，尚欠货款{m}未付",
                "{d}，原、被告签订《购销合同》，约定被告向原告购买设备一批，原告依约交货后被告拖欠货款{m}"],
               ["判令被告支付货款{m}及逾期付款利息损失"]),
    "房屋租赁合同纠纷": (["原、被告于{d}签订《房屋租赁合同》，约定被告承租原告位于{a}的房屋，月租金{m}，被告自{d}起拖欠租金",
                  "被告租赁原告的商铺用于经营，租期届满后拒不腾退房屋，并拖欠租金及水电费{m}"],
                 ["判令解除房屋租赁合同，被告腾退房屋", "判令被告支付拖欠的租金{m}及房屋占用费"]),
    "房屋买卖合同纠纷": (["{d}，原告与被告签订《房屋买卖合同》，约定被告将位于{a}的房屋出售给原告，总价款{m}，原告已付清房款，被告拒不协助办理产权过户登记"],
                 ["判令被告协助原告办理房屋过户登记手续", "判令被告支付违约金{m}"]),
    "建设工程施工合同纠纷": (["被告将其开发的住宅楼工程发包给原告施工，双方签订《建设工程施工合同》，工程于{d}竣工验收合格，经结算被告尚欠工程款{m}"],
                   ["判令被告支付工程款{m}及利息", "确认原告对该工程折价或者拍卖的价款享有优先受偿权"]),
    "物业服务合同纠纷": (["原告为{a}小区的物业服务企业，被告系该小区业主，原告依约提供物业服务，被告自{d}起拖欠物业服务费{m}"],
                 ["判令被告支付物业服务费{m}及违约金"]),
    "离婚纠纷": (["原、被告于{d}登记结婚，婚后生育一子，因性格不合经常争吵，被告对家庭不管不问，双方已分居两年，夫妻感情确已破裂",
              "原告与被告经人介绍相识，婚后因家庭琐事矛盾不断，被告多次对原告实施家庭暴力，夫妻感情完全破裂"],
             ["判令原告与被告离婚", "婚生子由原告抚养，被告每月支付抚养费{m}", "依法分割夫妻共同财产"]),
    "机动车交通事故责任纠纷": (["{d}，被告{p}驾驶闽D12345号小型轿车行驶至{a}路段时，与原告驾驶的电动自行车发生碰撞，致原告受伤，交警部门认定被告负事故全部责任，被告车辆在被告保险公司投保交强险及商业三者险",
                    "被告驾驶重型货车追尾原告车辆，造成原告受伤及车辆损坏，经交警认定被告负主要责任"],
                   ["判令被告赔偿医疗费、误工费、护理费、残疾赔偿金等各项损失共计{m}", "判令被告保险公司在交强险责任限额内先行赔付"]),
    "劳动争议": (["原告于{d}入职被告{c}，担任销售经理，月工资{m}，被告未与原告签订书面劳动合同，亦未缴纳社会保险，{d}被告违法解除劳动关系",
              "原告在被告处工作多年，被告拖欠工资并无故辞退原告，原告申请劳动仲裁，仲裁委员会作出裁决后原告不服"],
             ["判令被告支付违法解除劳动合同赔偿金{m}", "判令被告支付未签订书面劳动合同二倍工资差额{m}", "判令被告支付加班工资{m}"]),
    "追索劳动报酬纠纷": (["原告在被告处从事生产工作，被告拖欠原告{d}至{d}期间工资{m}，经多次催要未果"],
                 ["判令被告支付拖欠的劳动报酬{m}"]),
    "劳务合同纠纷": (["原告为被告提供装修劳务，双方约定劳务费按天结算，工作完成后被告尚欠劳务费{m}"],
               ["判令被告支付劳务费{m}"]),
    "提供劳务者受害责任纠纷": (["原告受雇于被告从事房屋建筑工作，{d}原告在作业中从脚手架上摔下受伤，住院治疗花去医疗费{m}"],
                    ["判令被告赔偿医疗费、误工费、护理费等各项损失{m}"]),
    "生命权、健康权、身体权纠纷": (["{d}，原告与被告因琐事发生争执，被告用拳头殴打原告头部，致原告受伤住院治疗，经鉴定构成轻伤二级",
                      "被告饲养的狗将原告咬伤，原告为此花去医疗费、交通费等费用"],
                     ["判令被告赔偿医疗费、误工费、护理费、营养费等各项损失共计{m}"]),
    "法定继承纠纷": (["被继承人{p}于{d}去世，生前未立遗嘱，遗留位于{a}的房产一套及存款{m}，原、被告均为被继承人的子女，对遗产分割协商不成"],
               ["依法继承被继承人遗留的房产及存款，原告继承其中二分之一份额"]),
    "抚养费纠纷": (["原告系被告之女，原告父母于{d}协议离婚，原告随母亲生活，被告未按约定支付抚养费，原告现在读书，生活及教育费用开支较大"],
              ["判令被告每月支付原告抚养费{m}直至原告年满十八周岁"]),
    "不当得利纠纷": (["{d}，原告因操作失误将{m}误转入被告账户，被告无合法依据取得该款项，经原告多次催要，被告拒不返还"],
               ["判令被告返还不当得利{m}及利息"]),
    "保证合同纠纷": (["案外人向原告借款{m}，被告{p}在借条上签字作为连带责任保证人，借款到期后借款人未还款，被告亦未履行保证责任"],
               ["判令被告承担连带保证责任，偿还借款{m}"]),
    "承揽合同纠纷": (["被告委托原告加工定作服装一批，原告按约完成并交付加工成果，被告拖欠加工费{m}"],
               ["判令被告支付加工费{m}及逾期付款损失"]),
    "股权转让纠纷": (["{d}，原、被告签订《股权转让协议》，约定原告将其持有的{c}30%股权转让给被告，转让款{m}，原告已办理股权变更登记，被告未支付转让款"],
               ["判令被告支付股权转让款{m}及违约金"]),
    "医疗损害责任纠纷": (["原告于{d}在被告{c}处接受手术治疗，因被告在诊疗过程中存在过错，导致原告术后感染，经鉴定被告负主要责任"],
                 ["判令被告赔偿医疗费、残疾赔偿金、精神损害抚慰金等共计{m}"]),
}
OPENINGS = ["原告{p}诉称：", "原告{p}向本院提出诉讼请求：", "起诉状\n原告：{p}，男，汉族。\n被告：{c}。\n诉讼请求：",
            "民事起诉状\n原告{p}\n被告{q}\n事实与理由：", "原告{c}诉称，"]


TEMPLATE_DIR = REPO / "models" / "cause_templates"
SLOTS = {"p", "q", "c", "m", "d", "a"}


def load_templates(folder: Path = TEMPLATE_DIR) -> dict[str, tuple[list[str], list[str]]]:
    """The hand-written templates for the official causes beyond TEMPLATES (models/cause_templates/*.jsonl, one
    {"cause", "facts", "claims"} a line: the situation told three ways, lay, pleading and judgment, and its claims).
    Lines whose cause is not an official name or whose text uses an unknown slot are left out with a note."""
    import string

    from courtdoc.legal.causes import canonical_cause

    out: dict[str, tuple[list[str], list[str]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                cause = canonical_cause(row["cause"])
                texts = [*row["facts"], *row["claims"]]
                slots = {f for t in texts for _, f, _, _ in string.Formatter().parse(t) if f is not None}
            except (ValueError, KeyError, TypeError) as exc:
                print(f"note: {path.name}:{n} skipped ({exc})", file=sys.stderr)
                continue
            if cause is None or not slots <= SLOTS or not row["facts"] or not row["claims"]:
                print(f"note: {path.name}:{n} skipped (cause {row['cause']!r} or slots {sorted(slots - SLOTS)})",
                      file=sys.stderr)
                continue
            facts, claims = out.setdefault(cause, ([], []))
            facts.extend(row["facts"])
            claims.extend(row["claims"])
    return out


def generate_complaints(n_per_cause: int, seed: int,
                        templates: dict[str, tuple[list[str], list[str]]] | None = None) -> list[tuple[str, str, str]]:
    g = Gen(seed)
    r = random.Random(seed)
    out = []
    for cause, (facts, claims) in (TEMPLATES if templates is None else templates).items():
        for _ in range(n_per_cause):
            fill = lambda s: s.format(p=g.person(), q=g.person(), c=g.company(), m=g.money(), d=g.date(),  # noqa: E731
                                      a=g.address())
            parts = [fill(r.choice(OPENINGS))]
            fs = [fill(f) for f in r.sample(facts, k=r.randint(1, len(facts)))]
            cs = [f"{i + 1}、{fill(c)}" for i, c in enumerate(r.sample(claims, k=r.randint(1, len(claims))))]
            if r.random() < 0.5:
                parts += fs + ["请求：" + "；".join(cs)]
            else:
                parts += ["；".join(cs) + "。事实与理由："] + fs
            if r.random() < 0.5:
                parts.append("为维护原告的合法权益，特诉至贵院，望判如所请。此致" + g.court())
            out.append(("。".join(parts), cause, "generated"))
    return out


def shared_data_dir() -> Path:
    return Path(os.environ.get("COURTDOC_SHARED_DATA", REPO.parent / "shared" / "data"))


def load_real(data: Path, scm_sample: int = 250, seed: int = 5) -> list[tuple[str, str, str]]:
    cail = data / "cail"
    out = []
    rc = cail / "cail2019_rc" / "dev_ground_truth.json"
    if rc.is_file():
        for doc in json.loads(rc.read_text(encoding="utf-8"))["data"]:
            for p in doc["paragraphs"]:
                name = (p.get("casename") or "").strip()
                if name and not name.endswith("罪"):  # criminal charges are the criminal model's job
                    out.append((p["context"], name, "cail2019_rc"))
    for dom, cause in ELEMENT_CAUSE.items():
        f = cail / "cail2019_elements" / f"{dom}.json"
        if f.is_file():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append(("".join(s["sentence"] for s in json.loads(line)), cause, f"cail2019_{dom}"))
    scm = cail / "cail2019_scm_loan_triples.jsonl"
    if scm.is_file():
        texts = sorted({json.loads(line)[k] for line in scm.read_text(encoding="utf-8").splitlines() if line.strip()
                        for k in "ABC"})
        for t in random.Random(seed).sample(texts, min(scm_sample, len(texts))):
            out.append((t, "民间借贷纠纷", "cail2019_scm"))
    return out


def official_filter(rows):
    """Map labels to their official 2020 案由 names (older names such as 居间合同纠纷 → 中介合同纠纷) and
    drop documents whose label has no official counterpart."""
    try:
        from courtdoc.legal.causes import canonical_cause
    except ImportError:
        print("note: courtdoc.legal.causes not available; labels not checked against the official list",
              file=sys.stderr)
        return rows, []
    kept = [(t, canonical_cause(c), src) for t, c, src in rows if canonical_cause(c)]
    dropped = sorted({c for _, c, _ in rows if not canonical_cause(c)})
    return kept, dropped


def splits(rows, meta: dict):
    """(train, calibration, held-out) real documents as training made them (seeds kept in labels.json)."""
    rest, held = split(rows, meta.get("held_out_fraction", HELD_OUT), meta["seed"])
    if "calibration_fraction" not in meta:
        return rest, [], held
    train_, calib = split(rest, meta["calibration_fraction"], meta["seed"] + 1)
    return train_, calib, held


def split(rows, frac: float, seed: int):
    """Stratified: a quarter of each label's documents is held out; singletons go to training."""
    by = defaultdict(list)
    for r in rows:
        by[r[1]].append(r)
    rng = random.Random(seed)
    tr, te = [], []
    for lab in sorted(by):
        items = by[lab]
        rng.shuffle(items)
        k = int(round(len(items) * frac)) if len(items) >= 2 else 0
        te += items[:k]
        tr += items[k:]
    return tr, te


class Net:
    """Torch module factory (torch is imported lazily)."""

    @staticmethod
    def build(buckets: int, dim: int, n_labels: int):
        import torch

        class FastText(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.emb = torch.nn.Embedding(buckets, dim)
                self.out = torch.nn.Linear(dim, n_labels)
                torch.nn.init.normal_(self.emb.weight, std=0.05)

            def forward(self, ngram_ids):  # [1, N] → probabilities [1, C]
                return torch.softmax(self.out(self.emb(ngram_ids).mean(1)), -1)

            def bag_logits(self, flat, offsets):
                bag = torch.nn.functional.embedding_bag(flat, self.emb.weight, offsets, mode="mean")
                return self.out(bag)

        return FastText()


def evaluate(predict, rows, labels: list[str]) -> dict:
    """Accuracy and macro-F1 over the held-out rows (a gold label outside the model's set counts wrong)."""
    gold = [r[1] for r in rows]
    pred = [predict(r[0]) for r in rows]
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(rows))
    f1s = []
    for lab in sorted(set(gold)):
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    by_src = defaultdict(lambda: [0, 0])
    for r, p in zip(rows, pred, strict=True):
        by_src[r[2]][0] += r[1] == p
        by_src[r[2]][1] += 1
    in_set = [(g, p) for g, p in zip(gold, pred, strict=True) if g in labels]
    return {"n": len(rows), "accuracy": round(acc, 4), "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
            "accuracy_labels_in_model": round(sum(g == p for g, p in in_set) / max(1, len(in_set)), 4),
            "n_labels_in_model": len(in_set),
            "by_source": {s: {"n": n, "accuracy": round(c / n, 4)} for s, (c, n) in sorted(by_src.items())}}


def train(args) -> dict:
    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    data = Path(args.data) if args.data else shared_data_dir()
    real = load_real(data) if data.is_dir() else []
    if not real:
        print(f"note: no labelled data under {data}; training on generated complaints only", file=sys.stderr)
    real, dropped = official_filter(real)
    tr_real, held = split(real, HELD_OUT, args.seed)
    tr_real, _calib = split(tr_real, CALIBRATION, args.seed + 1)
    gen, _ = official_filter(generate_complaints(args.generated, seed=args.seed))
    if args.listed:
        # every other official cause, told the ways people tell it (models/cause_templates)
        gen += generate_complaints(args.listed, seed=args.seed + 2, templates=load_templates())
    tr = tr_real + gen
    if args.limit:
        tr, held = tr[: args.limit], held[: args.limit]
    labels = sorted({r[1] for r in tr})
    lab_id = {lab: i for i, lab in enumerate(labels)}
    print(f"train {len(tr)} ({len(tr_real)} real, {len(gen)} generated), held-out {len(held)} real, "
          f"{len(labels)} labels; dropped non-official labels: {dropped}", flush=True)
    feats = [torch.from_numpy(ngram_ids(t, args.buckets)) for t, _, _ in tr]
    y = torch.tensor([lab_id[r[1]] for r in tr])
    # Inverse-sqrt class weights: 民间借贷 and 离婚 dominate the real data.
    cnt = Counter(y.tolist())
    w = torch.tensor([1.0 / np.sqrt(cnt.get(i, 1)) for i in range(len(labels))], dtype=torch.float32)
    w = w / w.mean()
    net = Net.build(args.buckets, args.dim, len(labels))
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    rng = random.Random(args.seed)
    t0 = time.time()
    for epoch in range(args.epochs):
        idx = list(range(len(tr)))
        rng.shuffle(idx)
        tot = 0.0
        for k in range(0, len(idx), args.batch):
            b = idx[k : k + args.batch]
            flat = torch.cat([feats[i] for i in b])
            offsets = torch.tensor([0] + [len(feats[i]) for i in b[:-1]]).cumsum(0)
            loss = torch.nn.functional.cross_entropy(net.bag_logits(flat, offsets), y[b], weight=w)
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item() * len(b)
        print(f"epoch {epoch + 1} loss {tot / len(tr):.4f} {time.time() - t0:.0f}s", flush=True)
    return finish(net, labels, held, Path(args.out), args, time.time() - t0, dropped)


def finish(net, labels, held, out: Path, args, seconds: float, dropped) -> dict:
    import torch
    from courtdoc.models.train_ner import quantize

    out.mkdir(parents=True, exist_ok=True)
    meta = {"labels": labels, "buckets": args.buckets, "orders": [1, 2, 3], "min_confidence": args.min_confidence,
            "seed": args.seed, "held_out_fraction": HELD_OUT, "calibration_fraction": CALIBRATION}
    (out / "labels.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    fp32, int8 = out / "model.onnx", out / "model.int8.onnx"
    net.eval()
    torch.onnx.export(net, (torch.zeros((1, 5), dtype=torch.long),), str(fp32), input_names=["ngram_ids"],
                      output_names=["probs"], dynamic_axes={"ngram_ids": {1: "n"}}, opset_version=17, dynamo=False)
    quantize(fp32, int8)

    def predictor(path):
        m = CauseModel(path, meta)
        return lambda t: (m.predict(t, 0.0) or ("", 0.0))[0]

    with torch.inference_mode():
        def eager(t):
            p = net(torch.from_numpy(ngram_ids(t, args.buckets))[None])[0]
            return labels[int(p.argmax())]
        m_eager = evaluate(eager, held, labels)
    m_fp32 = evaluate(predictor(fp32), held, labels)
    m_int8 = evaluate(predictor(int8), held, labels)
    drop = (m_fp32["accuracy"] - m_int8["accuracy"]) * 100
    shipped = "int8" if drop <= 0.5 else "fp32"
    (fp32 if shipped == "int8" else int8).unlink()
    metrics = {"shipped": shipped, "int8_drop_pt": round(drop, 2), "eager": m_eager, "onnx_fp32": m_fp32,
               "onnx_int8": m_int8, "train_seconds": round(seconds, 1), "labels": len(labels),
               "dropped_non_official": dropped}
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: metrics[k] for k in ("shipped", "int8_drop_pt", "onnx_fp32", "onnx_int8")}, ensure_ascii=False,
                     indent=1))
    return metrics


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=None, help="shared data folder (default: $COURTDOC_SHARED_DATA or ../shared/data)")
    p.add_argument("--out", default=str(REPO / "models" / "cause"))
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=0.02)
    p.add_argument("--buckets", type=int, default=1 << 16)
    p.add_argument("--dim", type=int, default=32)
    p.add_argument("--generated", type=int, default=40, help="generated complaints per templated cause")
    p.add_argument("--listed", type=int, default=20,
                   help="generated complaints per cause of models/cause_templates (0: none)")
    p.add_argument("--min-confidence", type=float, default=0.2)
    p.add_argument("--limit", type=int, default=0, help="use only this many training documents (smoke tests)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=11)
    return p


def main(argv: list[str] | None = None) -> dict:
    return train(parser().parse_args(argv))


if __name__ == "__main__":
    main()
