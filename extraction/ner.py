"""Character-level NER runtime: the project's own model (models/ner/) on onnxruntime.

`NerModel.load().predict(text)` returns `Span(start, end, label, text)` with offsets into the text as
given (end exclusive). Labels: PER (persons, masked names such as 张某 or 李×1 included), ORG (companies,
courts, procuratorates, government bodies, law firms, banks), LOC (places and addresses), DATE, MONEY.
Identity numbers, phones and case numbers are not tagged: the regex parsers own them.

Long texts are cut into overlapping windows of the trained length; the per-character log-probabilities
of overlapping windows are averaged and one constrained Viterbi pass (no I- without a B- of the same type)
decodes the whole text
(skipping the characters that are O beyond doubt).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from pathlib import Path
from typing import NamedTuple

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
PAD, UNK, SPACE = 0, 1, 2
SPECIALS = ["[PAD]", "[UNK]", "[SPACE]"]
# Windows per onnxruntime call: bench ner measured 8 fastest on one thread (two-page documents, CPU time;
# 1 to 32 differ by about 10%), PyTorch eager is fastest with all windows in one call.
ONNX_BATCH = 8


class Span(NamedTuple):
    start: int
    end: int
    label: str
    text: str


class NerModelMissing(RuntimeError):
    """The ONNX model or its vocabulary is not where it should be (run `courtdoc train ner`)."""


def normalize_char(ch: str) -> str:
    """One character in, one out: full-width ASCII to half-width, lower case; keeps offsets intact."""
    if ch.isspace():
        return " "
    n = unicodedata.normalize("NFKC", ch)
    return n.lower() if len(n) == 1 else ch


def encode(text: str, char_to_id: dict[str, int]) -> np.ndarray:
    out = np.empty(len(text), dtype=np.int64)
    for i, ch in enumerate(text):
        n = normalize_char(ch)
        out[i] = SPACE if n == " " else char_to_id.get(n, UNK)
    return out


def allowed_transitions(tags: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(start_ok[T], trans_ok[T, T]): BIO constraints for Viterbi."""
    t = len(tags)
    start_ok = np.array([not tg.startswith("I-") for tg in tags])
    trans = np.ones((t, t), dtype=bool)
    for j, tj in enumerate(tags):
        if tj.startswith("I-"):
            for i, ti in enumerate(tags):
                trans[i, j] = ti != "O" and ti[2:] == tj[2:]
    return start_ok, trans


def viterbi(logp: np.ndarray, start_ok: np.ndarray, trans_ok: np.ndarray) -> np.ndarray:
    """Best tag path under the BIO constraints; logp is [L, T] log-probabilities."""
    n, t = logp.shape
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    penalty = np.where(trans_ok, 0.0, -1e9)
    score = logp[0] + np.where(start_ok, 0.0, -1e9)
    back = np.zeros((n, t), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + penalty  # [from, to]
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = np.empty(n, dtype=np.int64)
    path[-1] = int(score.argmax())
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def valid_path(path: np.ndarray, start_ok: np.ndarray, trans_ok: np.ndarray) -> bool:
    """True when the tag path breaks no BIO constraint."""
    if len(path) == 0:
        return True
    return bool(start_ok[path[0]]) and bool(trans_ok[path[:-1], path[1:]].all())


def decode(logp: np.ndarray, start_ok: np.ndarray, trans_ok: np.ndarray, sure_o: float = 0.98) -> np.ndarray:
    """Constrained Viterbi, run only where it matters.

    Characters whose O probability is at least `sure_o` are fixed to O; any tag may precede O and every
    valid start may follow it, so the runs between them are independent problems. The constraints are
    hard (0 or -inf), so where the per-character argmax already obeys them it is the Viterbi path; only
    the runs where it does not go through the Viterbi loop. On legal text most characters are sure O and
    most runs are valid as they stand, so this costs a fraction of a full pass and gives the same path.
    """
    n = len(logp)
    path = np.zeros(n, dtype=np.int64)  # tag 0 is O
    if n == 0:
        return path
    open_ = logp[:, 0] < np.log(sure_o)
    if not open_.any():
        return path
    best = logp.argmax(1)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], open_.astype(np.int8), [0]))))
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        run = best[a:b]
        path[a:b] = run if valid_path(run, start_ok, trans_ok) else viterbi(logp[a:b], start_ok, trans_ok)
    return path


def tags_to_spans(text: str, path, tags: list[str]) -> list[Span]:
    spans, start, label = [], None, None
    for i, k in enumerate(list(path) + [0]):
        tg = tags[k] if i < len(path) else "O"
        if start is not None and not (tg.startswith("I-") and tg[2:] == label):
            spans.append(Span(start, i, label, text[start:i]))
            start = None
        if tg.startswith("B-"):
            start, label = i, tg[2:]
    return spans


def log_softmax(x: np.ndarray) -> np.ndarray:
    m = x.max(-1, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(-1, keepdims=True))


def windows(n: int, size: int, stride: int) -> list[tuple[int, int]]:
    if n <= size:
        return [(0, n)]
    starts = list(range(0, n - size, stride)) + [n - size]
    return [(s, s + size) for s in starts]


class NerModel:
    _cache: dict[str, NerModel] = {}
    _lock = threading.Lock()

    def __init__(self, onnx_path: Path, vocab: dict, threads: int = 1, batch: int | None = None) -> None:
        from courtdoc.inference import cpu_session

        self._setup(cpu_session(onnx_path, threads=threads), vocab, batch or int(vocab.get("batch", ONNX_BATCH)))
        self.path = onnx_path

    @classmethod
    def with_runner(cls, runner, vocab: dict, batch: int = 32) -> NerModel:
        """The same windowing and decoding around another backend: `runner.run(None, feeds)` like an
        onnxruntime session (the benchmark wraps the PyTorch model this way)."""
        m = cls.__new__(cls)
        m._setup(runner, vocab, batch)
        m.path = None
        return m

    def _setup(self, session, vocab: dict, batch: int) -> None:
        self.session = session
        self.batch = batch
        self.char_to_id = {c: i for i, c in enumerate(vocab["chars"])}
        self.tags: list[str] = vocab["tags"]
        self.window = int(vocab["max_len"])
        self.stride = int(vocab.get("stride", self.window * 3 // 4))
        self.start_ok, self.trans_ok = allowed_transitions(self.tags)

    @classmethod
    def load(cls, model_dir: str | Path | None = None, *, threads: int = 1, precision: str = "auto") -> NerModel:
        """The cached model; precision "auto" takes int8 when shipped, else fp32."""
        d = Path(model_dir) if model_dir else MODEL_DIR
        names = {"int8": ["model.int8.onnx"], "fp32": ["model.onnx"], "auto": ["model.int8.onnx", "model.onnx"]}
        if precision not in names:
            raise ValueError(f"precision must be auto, int8 or fp32, not {precision!r}")
        path = next((d / n for n in names[precision] if (d / n).is_file()), None)
        if path is None or not (d / "vocab.json").is_file():
            raise NerModelMissing(f"NER model not found in {d}; run `courtdoc train ner` first")
        key = f"{path}:{threads}"
        with cls._lock:
            if key not in cls._cache:
                vocab = json.loads((d / "vocab.json").read_text(encoding="utf-8"))
                cls._cache[key] = cls(path, vocab, threads)
            return cls._cache[key]

    def log_probs(self, ids: np.ndarray) -> np.ndarray:
        """Per-character log-probabilities [L, T] for one encoded text (windows averaged)."""
        n = len(ids)
        spans = windows(n, self.window, self.stride)
        width = max(e - s for s, e in spans)
        batch = np.zeros((len(spans), width), dtype=np.int64)
        mask = np.zeros_like(batch)
        for k, (s, e) in enumerate(spans):
            batch[k, : e - s] = ids[s:e]
            mask[k, : e - s] = 1
        # Bounded batches (a huge text costs time, not memory); the size is the one measured fastest
        # for this runtime (bench ner): onnxruntime runs small batches faster, PyTorch large ones.
        step = max(1, self.batch)
        out = np.concatenate([self.session.run(None, {"input_ids": batch[k : k + step], "attention_mask": mask[k : k + step]})[0]
                              for k in range(0, len(spans), step)])
        if len(spans) == 1:
            return log_softmax(out[0, :n])
        logp = log_softmax(out)
        acc = np.zeros((n, out.shape[-1]), dtype=np.float32)
        cnt = np.zeros((n, 1), dtype=np.float32)
        for k, (s, e) in enumerate(spans):
            acc[s:e] += logp[k, : e - s]
            cnt[s:e] += 1
        return acc / cnt

    def predict(self, text: str) -> list[Span]:
        if not text:
            return []
        logp = self.log_probs(encode(text, self.char_to_id))
        return tags_to_spans(text, decode(logp, self.start_ok, self.trans_ok), self.tags)

    def predict_many(self, texts: list[str]) -> list[list[Span]]:
        return [self.predict(t) for t in texts]
