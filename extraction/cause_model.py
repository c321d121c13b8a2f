"""Cause-of-action (案由) classifier runtime: the fallback when a document names no 案由 itself.

The model (models/cause/) is a fastText-style classifier: hashed character 1-3-grams → mean of their
embeddings → linear layer → softmax, run with onnxruntime. `predict_cause(text)` returns the official
案由 name and its probability, or None when the text is empty or the model is not confident enough
(the threshold is stored with the labels).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "cause"
MAX_CHARS = 3000  # the head of a document carries its cause; caps the cost on huge inputs


_K = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64)


def ngram_ids(text: str, buckets: int, max_chars: int = MAX_CHARS, orders=(1, 2, 3)) -> np.ndarray:
    """Bucket ids of the character n-grams of the normalised text: a fixed multiplicative hash in numpy
    (stable across runs and machines, ~0.1 ms for a two-page complaint)."""
    t = unicodedata.normalize("NFKC", text[: max_chars * 2]).lower()
    t = "".join(t.split())[:max_chars]
    cp = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    with np.errstate(over="ignore"):
        for n in orders:
            if len(cp) < n:
                continue
            h = np.full(len(cp) - n + 1, n, dtype=np.uint64) * _K[3]
            for j in range(n):
                h = (h ^ cp[j : len(cp) - n + 1 + j]) * _K[j]
            h ^= h >> np.uint64(31)
            parts.append(h % np.uint64(buckets))
    return np.concatenate(parts).astype(np.int64) if parts else np.zeros(1, dtype=np.int64)


class CauseModel:
    _cache: dict[str, CauseModel] = {}
    _lock = threading.Lock()

    def __init__(self, onnx_path: Path, meta: dict, threads: int = 1) -> None:
        from courtdoc.inference import cpu_session

        self.session = cpu_session(onnx_path, threads=threads)
        self.labels: list[str] = meta["labels"]
        self.buckets = int(meta["buckets"])
        self.min_confidence = float(meta.get("min_confidence", 0.0))

    @classmethod
    def load(cls, model_dir: str | Path | None = None, *, threads: int = 1) -> CauseModel:
        d = Path(model_dir) if model_dir else MODEL_DIR
        path = next((d / n for n in ("model.int8.onnx", "model.onnx") if (d / n).is_file()), None)
        if path is None or not (d / "labels.json").is_file():
            raise FileNotFoundError(f"cause model not found in {d}; run `courtdoc train cause` first")
        key = f"{path}:{threads}"
        with cls._lock:
            if key not in cls._cache:
                meta = json.loads((d / "labels.json").read_text(encoding="utf-8"))
                cls._cache[key] = cls(path, meta, threads)
            return cls._cache[key]

    def probabilities(self, text: str) -> np.ndarray:
        ids = ngram_ids(text, self.buckets)[None, :]
        return self.session.run(None, {"ngram_ids": ids})[0][0]

    def predict(self, text: str, min_confidence: float | None = None) -> tuple[str, float] | None:
        if not text or not text.strip():
            return None
        p = self.probabilities(text)
        k = int(p.argmax())
        floor = self.min_confidence if min_confidence is None else min_confidence
        return (self.labels[k], float(p[k])) if p[k] >= floor else None


def predict_cause(text: str) -> tuple[str, float] | None:
    """(official 案由, probability) for a complaint or judgment text, or None if unsure/empty."""
    return CauseModel.load().predict(text)
