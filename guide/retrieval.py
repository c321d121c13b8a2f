"""Knowledge-base retrieval: BM25 (bm25s) over jieba words and character bigrams of every question
variant, title and answer, optionally fused with the project's small sentence encoder
(models/guide/encoder.onnx, see models/train_guide.py and its MODEL_CARD.md)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
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
        from courtdoc.inference import cpu_session

        meta = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.buckets = int(meta["buckets"])
        self.max_len = int(meta["max_len"])
        self.alpha = float(meta.get("fusion_alpha", 0.5))
        self.session = cpu_session(model_dir / "encoder.onnx")

    def encode(self, texts: list[str]) -> np.ndarray:
        ids = np.zeros((len(texts), self.max_len), dtype=np.int64)
        for i, t in enumerate(texts):
            f = hashed_features(t, self.buckets)[: self.max_len]
            ids[i, : len(f)] = f
        return self.session.run(None, {"ids": ids})[0]

    @staticmethod
    def available(model_dir: Path = MODEL_DIR) -> bool:
        return (model_dir / "encoder.onnx").is_file() and (model_dir / "config.json").is_file()


def _index_key(entries: tuple[Entry, ...], use_encoder: bool) -> str:
    """Fingerprint of everything the index depends on: entries, tokeniser code, encoder weights."""
    h = hashlib.sha256()
    h.update(repr([(e.id, e.title, e.questions, e.answer) for e in entries]).encode("utf-8"))
    h.update(Path(__file__).with_name("text.py").read_bytes())
    if use_encoder:
        h.update((MODEL_DIR / "encoder.onnx").read_bytes())
        h.update((MODEL_DIR / "config.json").read_bytes())
    return h.hexdigest()[:20]


class Retriever:
    """cache_dir: where the tokenised corpus and the encoded question bank are kept between processes
    (e.g. $COURTDOC_DATA_DIR/cache), so that a cold `courtdoc ask` does not rebuild them; None keeps
    everything in memory. A stale or unreadable cache is rebuilt, an unwritable one is ignored."""

    def __init__(self, entries: tuple[Entry, ...] | None = None, use_encoder: bool | None = None,
                 cache_dir: str | os.PathLike | None = None) -> None:
        self.entries = entries if entries is not None else load_kb()
        if use_encoder is None:
            use_encoder = Encoder.available()
        self.doc_entry: list[int] = []
        self.doc_is_answer: list[bool] = []
        q_texts: list[str] = []
        q_entry: list[int] = []
        texts: list[str] = []
        for i, e in enumerate(self.entries):
            for text in (e.title, *e.questions):
                texts.append(text)
                self.doc_entry.append(i)
                self.doc_is_answer.append(False)
                q_texts.append(text)
                q_entry.append(i)
            texts.append(e.answer)
            self.doc_entry.append(i)
            self.doc_is_answer.append(True)
        cache = None
        if cache_dir is not None:
            cache = Path(cache_dir) / f"guide_index_{_index_key(self.entries, use_encoder)}.npz"
        cached = _load_cache(cache, len(texts), len(q_texts) if use_encoder else 0)
        corpus = cached[0] if cached else [tokens(t) for t in texts]
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False)
        self._doc_entry = np.array(self.doc_entry)
        self._is_answer = np.array(self.doc_is_answer)
        self.encoder = Encoder() if use_encoder else None
        if self.encoder is not None:
            self.q_entry = np.array(q_entry)
            self.q_vecs = cached[1] if cached else self.encoder.encode(q_texts)
        if cache is not None and not cached:
            _save_cache(cache, corpus, self.q_vecs if self.encoder is not None else np.zeros((0, 1), np.float32))

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


def _load_cache(path: Path | None, n_docs: int, n_vecs: int) -> tuple[list[list[str]], np.ndarray] | None:
    if path is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            flat, lengths, vecs = data["tokens"].tolist(), data["lengths"], data["vecs"]
    except (OSError, ValueError, KeyError):
        return None
    if len(lengths) != n_docs or len(vecs) != n_vecs or int(lengths.sum()) != len(flat):
        return None
    corpus, start = [], 0
    for n in lengths.tolist():
        corpus.append(flat[start:start + n])
        start += n
    return corpus, vecs


def _save_cache(path: Path, corpus: list[list[str]], vecs: np.ndarray) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.part")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, tokens=np.array([t for doc in corpus for t in doc], dtype=str),
                     lengths=np.array([len(doc) for doc in corpus], dtype=np.int64), vecs=vecs)
        os.replace(tmp, path)  # atomic: concurrent processes never read half a file
        for old in path.parent.glob("guide_index_*.npz"):  # drop indexes of earlier knowledge bases
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        # a read-only data dir only costs start-up time


@cache
def default_retriever() -> Retriever:
    return Retriever()
