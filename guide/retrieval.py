"""Knowledge-base retrieval: BM25 (bm25s) over jieba words and character bigrams of every question
variant, title and answer, optionally fused with the project's small sentence encoder
(models/guide/encoder.onnx, see models/train_guide.py and its MODEL_CARD.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import bm25s
import numpy as np

from .kb import Entry, load_kb
from .text import hashed_features, tokens

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "guide"
ANSWER_WEIGHT = 0.3  # an answer's words count, but less than a question that was actually asked


@dataclass
class Hit:
    entry: Entry
    score: float  # fused score used for ranking, 0..1
    bm25: float  # raw BM25 of the entry
    coverage: float  # raw BM25 divided by the number of query tokens (comparable across queries)
    cosine: float | None  # encoder similarity, when the encoder is used


class Encoder:
    """The ONNX sentence encoder: hashed char/bigram/word features → L2-normalised vector."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import onnxruntime as ort

        meta = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.buckets = int(meta["buckets"])
        self.max_len = int(meta["max_len"])
        self.alpha = float(meta.get("fusion_alpha", 0.5))
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model_dir / "encoder.onnx"), opts,
                                            providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str]) -> np.ndarray:
        ids = np.zeros((len(texts), self.max_len), dtype=np.int64)
        for i, t in enumerate(texts):
            f = hashed_features(t, self.buckets)[: self.max_len]
            ids[i, : len(f)] = f
        return self.session.run(None, {"ids": ids})[0]

    @staticmethod
    def available(model_dir: Path = MODEL_DIR) -> bool:
        return (model_dir / "encoder.onnx").is_file() and (model_dir / "config.json").is_file()


class Retriever:
    def __init__(self, entries: tuple[Entry, ...] | None = None, use_encoder: bool | None = None) -> None:
        self.entries = entries if entries is not None else load_kb()
        self.doc_entry: list[int] = []
        self.doc_is_answer: list[bool] = []
        corpus: list[list[str]] = []
        q_texts: list[str] = []
        q_entry: list[int] = []
        for i, e in enumerate(self.entries):
            for text in (e.title, *e.questions):
                corpus.append(tokens(text))
                self.doc_entry.append(i)
                self.doc_is_answer.append(False)
                q_texts.append(text)
                q_entry.append(i)
            corpus.append(tokens(e.answer))
            self.doc_entry.append(i)
            self.doc_is_answer.append(True)
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False)
        self._doc_entry = np.array(self.doc_entry)
        self._is_answer = np.array(self.doc_is_answer)
        if use_encoder is None:
            use_encoder = Encoder.available()
        self.encoder = Encoder() if use_encoder else None
        if self.encoder is not None:
            self.q_entry = np.array(q_entry)
            self.q_vecs = self.encoder.encode(q_texts)

    def _entry_bm25(self, query_tokens: list[str]) -> np.ndarray:
        doc_scores = self.bm25.get_scores(query_tokens)
        n = len(self.entries)
        q_best = np.zeros(n)
        a_best = np.zeros(n)
        np.maximum.at(q_best, self._doc_entry[~self._is_answer], doc_scores[~self._is_answer])
        np.maximum.at(a_best, self._doc_entry[self._is_answer], doc_scores[self._is_answer])
        return q_best + ANSWER_WEIGHT * a_best

    def _entry_cosine(self, query: str) -> np.ndarray:
        v = self.encoder.encode([query])[0]
        sims = self.q_vecs @ v
        best = np.full(len(self.entries), -1.0)
        np.maximum.at(best, self.q_entry, sims)
        return best

    def search(self, query: str, top: int = 5) -> list[Hit]:
        qt = tokens(query)
        if not qt:
            return []
        raw = self._entry_bm25(qt)
        peak = raw.max()
        rel = raw / peak if peak > 0 else raw
        cos = self._entry_cosine(query) if self.encoder is not None else None
        if cos is not None:
            alpha = self.encoder.alpha
            fused = (1 - alpha) * rel + alpha * np.clip(cos, 0, 1)
        else:
            fused = rel
        order = np.argsort(-fused)[:top]
        return [Hit(self.entries[i], float(fused[i]), float(raw[i]), float(raw[i]) / len(qt),
                    None if cos is None else float(cos[i])) for i in order]


@cache
def default_retriever() -> Retriever:
    return Retriever()
