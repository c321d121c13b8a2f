"""The training code runs: one step on a handful of generated samples, export to ONNX, runtime reads it.

Skips where the `train` extra (torch, transformers) is not installed. Nothing here trains a real model.
"""

from __future__ import annotations

import json
import random

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")


def test_ner_one_step_and_export(tmp_path):
    from courtdoc.extraction.ner import NerModel
    from courtdoc.models import train_ner as t

    recs = [c for r in t.synthetic(6, seed=3) for c in t.chunk(r, 64)]
    chars = t.build_vocab(recs)
    c2i = {c: i for i, c in enumerate(chars)}
    model = t.new_model(len(chars), hidden=32, layers=1, heads=2, max_len=64)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    batch = t.batches(recs, 4, random.Random(0))[0]
    ids, att, allowed = t.make_batch(batch, c2i)
    loss = t.partial_label_loss(model(input_ids=ids, attention_mask=att).logits, allowed, att)
    assert torch.isfinite(loss) and loss.item() > 0
    loss.backward()
    opt.step()

    t.export_onnx(model, tmp_path / "model.onnx")
    # The exported graph is shape-generic: other batch/length and padding give the eager model's logits.
    import numpy as np
    import onnxruntime as ort

    model.eval()
    ids = torch.randint(3, len(chars), (3, 41))
    att = torch.ones_like(ids)
    att[1, 30:] = 0
    with torch.inference_mode():
        ref = model(input_ids=ids, attention_mask=att).logits.numpy()
    sess = ort.InferenceSession(str(tmp_path / "model.onnx"), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"input_ids": ids.numpy(), "attention_mask": att.numpy()})[0]
    assert np.abs(ref - got)[att.numpy().astype(bool)].max() < 1e-4

    vocab = {"chars": chars, "tags": t.TAGS, "max_len": 64, "stride": 48}
    (tmp_path / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    m = NerModel.load(tmp_path, precision="fp32")
    text = recs[0].text * 5  # longer than one window
    for s in m.predict(text):
        assert text[s.start : s.end] == s.text
    metrics = t.evaluate(lambda texts: [m.predict(x) for x in texts], recs[:3])
    assert "all" in metrics


def test_partial_labels_allow_unannotated_types():
    from courtdoc.models import train_ner as t

    rec = t.Rec("张三在厦门", [(0, 2, "PER")], frozenset({"PER", "LOC"}), "x", soft=[(3, 5, "LOC")])
    mask = t.allowed_mask(rec)
    tag = t.TAG_ID
    assert mask[0].tolist() == [i == tag["B-PER"] for i in range(len(t.TAGS))]
    assert mask[2, tag["O"]] and mask[2, tag["B-ORG"]] and not mask[2, tag["B-PER"]]  # ORG not annotated
    assert mask[3, tag["B-LOC"]] and mask[3, tag["O"]]  # soft span: either


def test_cause_one_step_and_export(tmp_path):
    from courtdoc.extraction.cause_model import CauseModel, ngram_ids
    from courtdoc.models import train_cause as t

    rows = t.generate_complaints(2, seed=1)
    labels = sorted({r[1] for r in rows})
    net = t.Net.build(1024, 8, len(labels))
    feats = [torch.from_numpy(ngram_ids(r[0], 1024)) for r in rows[:4]]
    offsets = torch.tensor([0] + [len(f) for f in feats[:-1]]).cumsum(0)
    y = torch.tensor([labels.index(r[1]) for r in rows[:4]])
    loss = torch.nn.functional.cross_entropy(net.bag_logits(torch.cat(feats), offsets), y)
    loss.backward()
    assert torch.isfinite(loss)
    torch.onnx.export(net, (torch.zeros((1, 5), dtype=torch.long),), str(tmp_path / "model.onnx"),
                      input_names=["ngram_ids"], output_names=["probs"], dynamic_axes={"ngram_ids": {1: "n"}},
                      opset_version=17, dynamo=False)
    (tmp_path / "labels.json").write_text(json.dumps({"labels": labels, "buckets": 1024}), encoding="utf-8")
    name, p = CauseModel.load(tmp_path).predict(rows[0][0])
    assert name in labels and 0 < p <= 1


def test_cli_lists_train_commands():
    from click.testing import CliRunner
    from courtdoc.service.cli import cli

    out = CliRunner().invoke(cli, ["train", "--help"])
    assert out.exit_code == 0 and "ner" in out.output and "cause" in out.output
