"""Text normalisation and tokenisation shared by retrieval, the encoder and its training code."""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import cache

_PUNCT = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》【】「」…—·,.;:?!\"'()\[\]<>~～/\\\-]+")
# Filler words that carry no meaning for retrieval.
_STOP = frozenset("的 了 吗 呢 吧 啊 呀 么 嘛 哦 我 你 他 她 它 我们 请问 请 问 一下 想 想问 是 在 有 和 与 就 都 也 还 "
                  "怎么样 今天 明天 现在 这个 那个 这 那 要 会 能 可以 怎么 怎样 如何 什么 啥 咋 哪 多少 吗？ 呢？ 您好 你好 麻烦".split())


# Common misspellings (same pinyin) and colloquial words of litigants, mapped to the knowledge base's
# wording so that BM25 and the encoder see one vocabulary. Only unambiguous in this domain.
_CANON = [
    (re.compile(r"诉松"), "诉讼"), (re.compile(r"起述"), "起诉"), (re.compile(r"证剧"), "证据"),
    (re.compile(r"答变"), "答辩"), (re.compile(r"执性"), "执行"), (re.compile(r"离昏"), "离婚"),
    (re.compile(r"援主"), "援助"), (re.compile(r"上述(?!机关|组织|情形|规定|条件|内容|材料|事项|人员)"), "上诉"),
    (re.compile(r"告状|告人"), "起诉"), (re.compile(r"官司"), "诉讼"), (re.compile(r"老赖"), "失信被执行人"),
]


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    for pattern, repl in _CANON:
        text = pattern.sub(repl, text)
    return _PUNCT.sub(" ", text).strip()


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


def words(text: str) -> list[str]:
    return [w for w in _jieba().lcut(normalize(text)) if w.strip() and w not in _STOP]


def char_ngrams(text: str, n: int = 2) -> list[str]:
    grams: list[str] = []
    for chunk in normalize(text).split():
        grams += [chunk[i:i + n] for i in range(len(chunk) - n + 1)]
    return grams


def tokens(text: str) -> list[str]:
    """BM25 tokens: jieba words plus character bigrams (prefixed so the two vocabularies stay apart)."""
    return [f"w:{w}" for w in words(text)] + [f"c:{g}" for g in char_ngrams(text, 2)]


def hashed_features(text: str, buckets: int) -> list[int]:
    """Feature ids for the learned encoder: characters, character bigrams and jieba words, hashed
    with CRC32 so training and inference agree without shipping a vocabulary."""
    norm = normalize(text).replace(" ", "")
    feats = [f"u{c}" for c in norm] + [f"b{norm[i:i + 2]}" for i in range(len(norm) - 1)]
    feats += [f"w{w}" for w in words(text)]
    return [1 + zlib.crc32(f.encode("utf-8")) % (buckets - 1) for f in feats] or [0]
