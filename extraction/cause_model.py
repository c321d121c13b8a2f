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
import zlib
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "cause"
MAX_CHARS = 3000  # the head of a document carries its cause; caps the cost on huge inputs


def ngram_ids(text: str, buckets: int, max_chars: int = MAX_CHARS, orders=(1, 2, 3)) -> np.ndarray:
    """Stable (crc32) hashes of the character n-grams of the normalised text, as bucket ids."""
    t = unicodedata.normalize("NFKC", text[: max_chars * 2]).lower()
    t = "".join(ch for ch in t if not ch.isspace())[:max_chars]
    ids = [zlib.crc32(f"{n}:{t[i:i + n]}".encode()) % buckets for n in orders for i in range(len(t) - n + 1)]
    return np.asarray(ids or [0], dtype=np.int64)


class CauseModel:
    _cache: dict[str, CauseModel] = {}
    _lock = threading.Lock()

    def __init__(self, onnx_path: Path, meta: dict, threads: int = 1) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
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
