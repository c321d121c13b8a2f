"""Shared helpers of the OCR tests (a module with a unique name: `conftest` is ambiguous on sys.path)."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

SAMPLE = [
    "原告张某与被告李某民间借贷纠纷一案，本院于2023年5月10日立案后，依法适用简易程序，公开开庭进行了审理。",
    "原告向本院提出诉讼请求：判令被告偿还借款本金100000元及利息。",
    "事实和理由：被告因经营需要向原告借款，原告通过银行转账交付借款，被告至今未还。",
]


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cer(hyp: str, ref: str) -> float:
    h, r = norm(hyp), norm(ref)
    return Levenshtein.distance(h, r) / max(1, len(r))
