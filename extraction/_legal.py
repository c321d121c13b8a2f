"""Access to the learned models (NER, cause classifier) and the fee computation, failing soft.

Legal knowledge (numerals, dates, validators, causes, courts, fees) lives in courtdoc.legal and
extraction imports it from there; this module only wraps what may be missing at run time (a model
artefact) or may fail on odd input (a fee) so that extraction degrades instead of crashing, and
`available()` says which models are in use (the bench prints it).
"""

from __future__ import annotations

from functools import lru_cache

from courtdoc.legal import fees as _fees

_REAL: dict[str, bool] = {}


def _try(name: str):
    try:
        module = __import__(f"courtdoc.{name}", fromlist=["_"])
        _REAL[name] = True
        return module
    except Exception:  # noqa: BLE001 - a model module that cannot load means rules only
        _REAL[name] = False
        return None


def available() -> dict[str, bool]:
    """Which learned models are loaded (True) and which are missing (False: rules only)."""
    ner_model()
    cause_predictor()
    return dict(_REAL)


def acceptance_fee(cause: str | None, amount: float | None):
    """The FeeResult of legal.fees, or None when it has nothing to say."""
    try:
        return _fees.acceptance_fee(cause, amount)
    except Exception:  # noqa: BLE001 - a fee we cannot compute is a check, never a crash
        return None


# --------------------------------------------------------------------------------- models

@lru_cache(maxsize=1)
def ner_model():
    """The NER model (loaded once) or None while it is not landed / not loadable."""
    module = _try("extraction.ner")
    if module is None:
        return None
    try:
        return module.NerModel.load()
    except Exception:  # noqa: BLE001 - missing artefact: rules only
        _REAL["extraction.ner"] = False
        return None


@lru_cache(maxsize=1)
def cause_predictor():
    module = _try("extraction.cause_model")
    if module is None:
        return None
    return getattr(module, "predict_cause", None)


def ner_spans(text: str) -> list:
    model = ner_model()
    if model is None or not text:
        return []
    try:
        return list(model.predict(text))
    except Exception:  # noqa: BLE001
        return []


def predict_cause(text: str) -> tuple[str, float] | None:
    fn = cause_predictor()
    if fn is None or not text:
        return None
    try:
        return fn(text)
    except Exception:  # noqa: BLE001
        return None
