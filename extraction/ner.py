"""Character-level NER runtime: the project's own model (models/ner/) on onnxruntime.

`NerModel.load().predict(text)` returns `Span(start, end, label, text)` with offsets into the text as
given (end exclusive). Labels: PER (persons, masked names such as 张某 or 李×1 included), ORG (companies,
courts, procuratorates, government bodies, law firms, banks), LOC (places and addresses), DATE, MONEY.
Identity numbers, phones and case numbers are not tagged: the regex parsers own them.

Long texts are cut into sentences (after 。！？； and line breaks; a sentence longer than the trained
window is cut at a comma, else at the window length), each run as its own row, the rows of one call
sorted by length so that little padding is computed; one constrained Viterbi pass (no I- without a B- of
the same type) decodes the whole text (skipping the characters that are O beyond doubt). The model was
trained on sentence-sized chunks that start at position 0: on held-out chunks joined into ~1,500-character
texts this gives micro-F1 64.4 where overlapping 128-character windows (stride 96) gave 55.8, and it
computes each character once instead of ~1.4 times (bench ner).
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
# Sentences per onnxruntime call (rows sorted by length): bench ner measures each backend's fastest.
ONNX_BATCH = 8
# A sentence ends after these; a sentence longer than the window is cut after the last soft break.
SENTENCE_END = frozenset("。！？!?；;\n")
SOFT_BREAK = frozenset("，,、：: ）)")


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


def sentences(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces that tile the text: sentences, none longer than `size` (a longer one is cut
    after its last soft break past a third of the window, else at `size`)."""
    out, start, n = [], 0, len(text)
    for i, ch in enumerate(text):
        if ch in SENTENCE_END or i == n - 1:
            end = i + 1
            while end - start > size:
                cut = next((k for k in range(start + size, start + size // 3, -1) if text[k - 1] in SOFT_BREAK),
                           start + size)
                out.append((start, cut))
                start = cut
            if end > start:
                out.append((start, end))
            start = end
    return out


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

    def log_probs(self, ids: np.ndarray, pieces: list[tuple[int, int]]) -> np.ndarray:
        """Per-character log-probabilities [L, T] for one encoded text cut into `pieces` (one row each)."""
        n = len(ids)
        logp = np.zeros((n, len(self.tags)), dtype=np.float32)
        logp[:, 1:] = -30.0  # characters of skipped (blank) pieces stay O
        pieces = [(s, e) for s, e in pieces if (ids[s:e] != SPACE).any()]
        # Rows sorted by length, so a call pads little; bounded calls (a huge text costs time, not memory)
        # of the size measured fastest for this runtime (bench ner).
        pieces.sort(key=lambda p: p[1] - p[0])
        step = max(1, self.batch)
        for k in range(0, len(pieces), step):
            group = pieces[k : k + step]
            width = group[-1][1] - group[-1][0]
            batch = np.zeros((len(group), width), dtype=np.int64)
            mask = np.zeros_like(batch)
            for j, (s, e) in enumerate(group):
                batch[j, : e - s] = ids[s:e]
                mask[j, : e - s] = 1
            out = log_softmax(self.session.run(None, {"input_ids": batch, "attention_mask": mask})[0])
            for j, (s, e) in enumerate(group):
                logp[s:e] = out[j, : e - s]
        return logp

    def predict(self, text: str) -> list[Span]:
        if not text:
            return []
        logp = self.log_probs(encode(text, self.char_to_id), sentences(text, self.window))
        return tags_to_spans(text, decode(logp, self.start_ok, self.trans_ok), self.tags)

    def predict_many(self, texts: list[str]) -> list[list[Span]]:
        return [self.predict(t) for t in texts]
