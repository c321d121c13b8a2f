"""Plain-words statute search: BM25 (bm25s) over jieba words and character bigrams.

Each current article (laws.db + curated data) is one document: its law's name, chapter and section
titles and its text. A query is tokenised the same way after a small legal synonym map adds the
legal words for colloquial ones (借钱 → 借款, 老板 → 用人单位 ...).

Tokenising 24,000 articles with jieba takes tens of seconds on a small CPU, so the index is built
once and saved under the cache directory (env COURTDOC_CACHE, default ~/.cache/courtdoc), keyed by
the sources and the tokenizer version; later processes load it in well under a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

TOKENIZER_VERSION = "3"
_LOCK = threading.Lock()

# Colloquial → legal words (added to the query, the original word stays).
SYNONYMS: dict[str, list[str]] = {
    "借钱": ["借款", "出借"], "借了": ["借款"], "借给": ["出借", "借款"], "欠钱": ["借款", "债务", "偿还"],
    "欠款": ["债务", "偿还"], "不还": ["返还", "偿还", "还款"], "没还": ["返还", "偿还"], "还钱": ["偿还", "返还"],
    "借条": ["借款", "借据"], "欠条": ["债务", "借款"], "高利贷": ["利率", "利息"], "利息": ["利率"],
    "老板": ["用人单位"], "单位": ["用人单位"], "公司": ["用人单位", "法人"], "员工": ["劳动者"], "工人": ["劳动者"],
    "工资": ["劳动报酬", "工资"], "开除": ["解除", "劳动合同"], "辞退": ["解除", "劳动合同"], "炒鱿鱼": ["解除", "劳动合同"],
    "辞职": ["解除", "劳动合同", "劳动者"], "加班": ["延长工作时间", "加班费"], "社保": ["社会保险"], "五险一金": ["社会保险"],
    "赔钱": ["赔偿"], "赔多少": ["赔偿"], "老公": ["夫妻", "配偶"], "老婆": ["夫妻", "配偶"], "丈夫": ["夫妻", "配偶"],
    "妻子": ["夫妻", "配偶"], "媳妇": ["夫妻", "配偶"], "孩子": ["子女"], "小孩": ["子女", "未成年人"], "儿子": ["子女"],
    "女儿": ["子女"], "爸妈": ["父母"], "爸爸": ["父母"], "妈妈": ["父母"], "父亲": ["父母"], "母亲": ["父母"],
    "老人": ["赡养", "父母"], "养老": ["赡养"], "房子": ["房屋"], "租房": ["租赁", "房屋"], "房东": ["出租人"], "租客": ["承租人"],
    "房租": ["租金"], "押金": ["押金", "担保"], "车祸": ["交通事故", "机动车"], "撞了": ["交通事故", "机动车"],
    "撞伤": ["交通事故", "人身损害"], "被打": ["侵害", "人身损害"], "打人": ["侵害", "人身损害"], "打伤": ["人身损害", "侵害"],
    "医药费": ["医疗费"], "看病": ["医疗"], "遗产": ["继承", "遗产"], "遗嘱": ["遗嘱", "继承"], "彩礼": ["彩礼", "婚约"],
    "买东西": ["买卖"], "网购": ["买卖", "网络"], "退货": ["解除", "退货"], "质量问题": ["质量", "瑕疵"], "假货": ["欺诈"],
    "骗": ["欺诈"], "被骗": ["欺诈"], "偷": ["盗窃"], "打官司": ["诉讼", "起诉"], "告他": ["起诉"], "起诉": ["起诉", "诉讼"],
    "多久": ["期限", "期间"], "过期": ["诉讼时效"], "时效": ["诉讼时效"], "担保人": ["保证人", "保证"], "保人": ["保证人"],
    "邻居": ["相邻"], "狗咬": ["饲养", "动物"], "装修": ["承揽", "装饰装修"], "物业费": ["物业服务"], "离婚": ["离婚"],
    "分财产": ["财产", "分割"], "分家产": ["财产", "分割"], "抚养费": ["抚养费", "子女"], "探视": ["探望"], "看孩子": ["探望"],
    "出轨": ["过错", "离婚", "同居"], "家暴": ["家庭暴力"], "定金": ["定金"], "订金": ["定金"], "违约金": ["违约金", "违约"],
    "毁约": ["违约"], "不履行": ["违约", "履行"], "老赖": ["执行", "被执行人"], "跑路": ["下落不明"], "工伤": ["工伤"],
    "合同到期": ["劳动合同", "终止"], "试用期": ["试用期"], "农村": ["农村", "集体"], "宅基地": ["宅基地"], "拆迁": ["征收", "补偿"],
    "死了": ["死亡"], "去世": ["死亡"], "过世": ["死亡"], "精神损失": ["精神损害"], "名誉": ["名誉权"], "隐私": ["隐私权"],
}

_STOP = set("的 了 是 在 我 你 他 她 它 我们 你们 他们 吗 呢 啊 吧 呀 么 怎么 怎么办 怎样 什么 如何 可以 能 能不能 应该 该 会 "
            "要 想 请问 请 问 一下 一个 这个 那个 这 那 就 都 也 还 又 和 与 及 或 或者 被 把 给 对 从 到 让 如果 但是 因为 所以 "
            "已经 现在 有 没 没有 不 是否 多少 哪些 哪里 谁 为什么 ， 。 ？ ! ！ ? 、 ： ； “ ” （ ） 《 》 ( ) : ;".split())
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+")


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """jieba words (no stop words) plus character bigrams (prefixed '#') of each CJK run."""
    jb = _jieba()
    words = [w for w in jb.lcut(text, HMM=False) if w.strip() and w not in _STOP and _CJK_RUN.search(w)]
    grams = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1 or not ("\u4e00" <= run[0] <= "\u9fff"):
            continue
        grams.extend("#" + run[i:i + 2] for i in range(len(run) - 1))
    return words + grams


def expand_query(query: str) -> str:
    extra = []
    for word, legal in SYNONYMS.items():
        if word in query:
            extra.extend(legal)
    return query + (" " + " ".join(extra) if extra else "")


def _short_law(name: str) -> str:
    return name.replace("中华人民共和国", "")


def _cache_dir() -> Path:
    base = os.environ.get("COURTDOC_CACHE") or os.path.join(Path.home(), ".cache", "courtdoc")
    return Path(base)


def _source_key() -> str:
    from .statutes import DATA, _db_path

    h = hashlib.sha256(TOKENIZER_VERSION.encode())
    db = Path(_db_path())
    h.update(f"{db.stat().st_size}:{int(db.stat().st_mtime)}".encode())
    h.update((DATA / "curated_laws.json").read_bytes())
    return h.hexdigest()[:16]


class StatuteIndex:
    def __init__(self, retriever, docs: list[tuple[str, str, int]]):
        self.retriever = retriever
        self.docs = docs  # (law, article, number)

    @classmethod
    def build(cls) -> StatuteIndex:
        import bm25s

        from .statutes import iter_current_articles

        docs, corpus = [], []
        for law, article, number, text, chapter, section, _ in iter_current_articles():
            docs.append((law, article, number))
            corpus.append(tokenize(" ".join(x for x in (_short_law(law), chapter, section, text) if x)))
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index(corpus, show_progress=False)
        return cls(retriever, docs)

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + f".tmp{os.getpid()}")
        tmp.mkdir(parents=True, exist_ok=True)
        self.retriever.save(str(tmp), show_progress=False)
        (tmp / "docs.json").write_text(json.dumps(self.docs, ensure_ascii=False), encoding="utf-8")
        try:
            tmp.rename(path)  # atomic: a half-written index is never loaded
        except OSError:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, path: Path) -> StatuteIndex:
        import bm25s

        retriever = bm25s.BM25.load(str(path), show_progress=False)
        docs = [tuple(d) for d in json.loads((path / "docs.json").read_text(encoding="utf-8"))]
        return cls(retriever, docs)

    def positions(self) -> dict[tuple[str, str], int]:
        if not hasattr(self, "_positions"):
            self._positions = {(law, art): i for i, (law, art, _) in enumerate(self.docs)}
        return self._positions

    def scores(self, query: str) -> np.ndarray:
        tokens = [t for t in tokenize(expand_query(query)) if t in self.retriever.vocab_dict]
        if not tokens:
            return np.zeros(len(self.docs), dtype=np.float32)
        return self.retriever.get_scores(tokens)


@lru_cache(maxsize=1)
def get_index() -> StatuteIndex:
    with _LOCK:
        path = _cache_dir() / f"statutes-{_source_key()}"
        if (path / "docs.json").is_file():
            try:
                return StatuteIndex.load(path)
            except (OSError, ValueError, KeyError):
                pass
        index = StatuteIndex.build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            index.save(path)
        except OSError:
            pass  # a read-only home still gets a working (in-memory) index
        return index


# ---------------------------------------------------------------- learned re-ranker

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "statutes"
N_BUCKETS = 1 << 14
MAX_NGRAMS = 400
N_CANDIDATES = 100


def ngram_ids(text: str, max_len: int = MAX_NGRAMS) -> list[int]:
    """Hashed character unigrams and bigrams (1..N_BUCKETS; 0 is padding), shared with training."""
    import zlib

    text = re.sub(r"\s+", "", text)[: max_len // 2 + 1]
    grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)]
    return [zlib.crc32(g.encode("utf-8")) % N_BUCKETS + 1 for g in grams][:max_len]


CLF_BUCKETS = 2048
NOT_CITED = -12.0  # classifier log-probability given to articles it has no class for


def query_features(text: str) -> np.ndarray:
    """Binary hashed character 1-3-grams of a question, L2-normalised (the classifier's input)."""
    import zlib

    text = re.sub(r"\s+", "", text)[:500]
    grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)] + [text[i:i + 3] for i in range(len(text) - 2)]
    v = np.zeros(CLF_BUCKETS, dtype=np.float32)
    for g in grams:
        v[zlib.crc32(g.encode("utf-8")) % CLF_BUCKETS] = 1.0
    n = float(np.sqrt(v.sum()))
    return v / n if n else v


def mix_scores(bm25: np.ndarray, keys: list[tuple[str, str]], logp: np.ndarray, label: dict,
               w_bm25: float, w_encoder: float, encoder: np.ndarray) -> np.ndarray:
    """w_bm25 × BM25/max + classifier log-probability + w_encoder × encoder re-ranker score."""
    norm = bm25 / bm25.max() if bm25.max() > 0 else bm25
    clf = np.array([logp[label[k]] if k in label else NOT_CITED for k in keys], dtype=np.float32)
    return w_bm25 * norm + clf + w_encoder * encoder


def pad(rows: list[list[int]]) -> np.ndarray:
    width = max(1, max((len(r) for r in rows), default=1))
    out = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return out


def article_text_for_model(law: str, article: str) -> str:
    from .statutes import lookup

    art = lookup(law, article)
    if art is None:
        return ""
    return " ".join(x for x in (art.chapter, art.section, art.text) if x)


class Reranker:
    """score = alpha × (BM25 / max BM25 of the candidates) + q·(d + v(article)) + bias(article).

    q and d come from the ONNX encoder; v and bias are learned for the articles cited in the
    training split only (models/statutes/reranker.json) and are zero for every other article.
    """

    def __init__(self, model_dir: Path = MODEL_DIR):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model_dir / "model.onnx"), opts,
                                            providers=["CPUExecutionProvider"])
        meta = json.loads((model_dir / "reranker.json").read_text(encoding="utf-8"))
        self.alpha = float(meta["alpha"])
        self.bias = {tuple(k.split("|", 1)): float(v) for k, v in meta["bias"].items()}
        self.vectors = {tuple(k.split("|", 1)): np.asarray(v, dtype=np.float32)
                        for k, v in meta.get("article_vectors", {}).items()}
        self._doc_cache: dict[tuple[str, str], np.ndarray] = {}
        self.classifier = None
        clf = meta.get("classifier")
        if clf and (model_dir / "classifier.onnx").is_file():
            self.classifier = ort.InferenceSession(str(model_dir / "classifier.onnx"), opts,
                                                   providers=["CPUExecutionProvider"])
            self.labels = {tuple(k.split("|", 1)): i for i, k in enumerate(clf["labels"])}
            self.mix = clf["mix"]
            self.gate = float(clf.get("gate", 0.0))

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        q, d = self.session.run(["query_vec", "doc_vec"], {"ids": pad([ngram_ids(t) for t in texts])})
        return q, d

    def doc_vectors(self, keys: list[tuple[str, str]]) -> np.ndarray:
        missing = [k for k in keys if k not in self._doc_cache]
        for i in range(0, len(missing), 256):
            chunk = missing[i:i + 256]
            _, d = self.encode([article_text_for_model(*k) for k in chunk])
            for k, v in zip(chunk, d, strict=True):
                self._doc_cache[k] = v + self.vectors[k] if k in self.vectors else v
        return np.stack([self._doc_cache[k] for k in keys])

    def final(self, query: str, keys: list[tuple[str, str]], bm25: np.ndarray) -> np.ndarray | None:
        """The ranking score (encoder, mixed with the classifier where shipped); None where the
        classifier is less sure than its gate, i.e. the question is unlike the training data."""
        if self.classifier is None:
            return self.score(query, keys, bm25)
        (logits,) = self.classifier.run(["logits"], {"features": query_features(query)[None, :]})
        logp = logits[0] - np.log(np.exp(logits[0] - logits[0].max()).sum()) - logits[0].max()
        if float(np.exp(logp.max())) < self.gate:
            return None
        enc = self.score(query, keys, bm25)
        return mix_scores(bm25, keys, logp, self.labels, self.mix["bm25"], self.mix["encoder"], enc)

    def score(self, query: str, keys: list[tuple[str, str]], bm25: np.ndarray) -> np.ndarray:
        q, _ = self.encode([query])
        d = self.doc_vectors(keys)
        norm = bm25 / bm25.max() if bm25.max() > 0 else bm25
        bias = np.array([self.bias.get(k, 0.0) for k in keys], dtype=np.float32)
        return self.alpha * norm + d @ q[0] + bias


def reranker_available() -> bool:
    return (MODEL_DIR / "model.onnx").is_file() and (MODEL_DIR / "reranker.json").is_file()


@lru_cache(maxsize=1)
def get_reranker() -> Reranker | None:
    if not reranker_available():
        return None
    try:
        return Reranker()
    except Exception:  # a broken model file must not break search: plain BM25 answers
        return None


def candidates(index: StatuteIndex, scores: np.ndarray, extra: list[tuple[str, str]],
               n: int = N_CANDIDATES) -> list[int]:
    """BM25's top n plus the articles the re-ranker has a learned prior for."""
    k = min(n, len(scores))
    top = [int(i) for i in np.argpartition(-scores, k - 1)[:k] if scores[i] > 0]
    pos = index.positions()
    seen = set(top)
    for key in extra:
        i = pos.get(key)
        if i is not None and i not in seen:
            top.append(i)
            seen.add(i)
    return top


def search(query: str, top: int = 5, rerank: bool | None = None) -> list[dict]:
    """Top articles for `query`. rerank None = use the learned re-ranker where it is installed."""
    from .statutes import lookup

    if not query or not query.strip() or top <= 0:
        return []
    query = query[:2000]
    index = get_index()
    scores = index.scores(query)
    if not scores.any():
        return []
    reranker = get_reranker() if rerank is not False else None
    final = None
    if reranker is not None:
        cand = candidates(index, scores, list(reranker.bias))
        keys = [index.docs[i][:2] for i in cand]
        final = reranker.final(query, keys, scores[cand].astype(np.float32))
    if final is not None:
        order = np.argsort(-final)[:top]
        ranked = [(cand[i], float(final[i])) for i in order]
    else:
        k = min(top, len(scores))
        best = np.argpartition(-scores, k - 1)[:k]
        best = best[np.argsort(-scores[best])]
        ranked = [(int(i), float(scores[i])) for i in best if scores[i] > 0]
    out = []
    for i, score in ranked:
        law, article, _ = index.docs[i]
        art = lookup(law, article)
        out.append({"law": law, "article": article, "text": art.text if art else "",
                    "score": round(score, 4)})
    return out
