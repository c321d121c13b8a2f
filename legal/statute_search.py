"""Plain-words statute search: BM25 (bm25s) over jieba words and character bigrams.

Each current article (laws.db + curated data) is one document: its law's name, chapter and section
titles and its text. A query is tokenised the same way after a small legal synonym map adds the
legal words for colloquial ones (借钱 → 借款, 老板 → 用人单位 ...).

Building the index of 25,000 articles takes ~9 s of CPU (rjieba segmentation, vectorised BM25
build); it is built once, by `courtdoc statutes build-index` (scripts/setup runs it) or lazily on
the first search, and saved under the cache directory (env COURTDOC_CACHE, default
~/.cache/courtdoc), keyed by the sources and the tokenizer version; later processes load it in well
under a second. Indexes of older sources are removed when a new one is saved.

A learned consultation prior (models/statutes, trained on the lawyer-llama training split by
models/train_statutes.py) adds p(article | question) for the articles real consultations cite,
gated by a second head of the same model that detects whether the question is such a consultation
at all (see `fuse`), so wage, traffic or procedure questions keep the BM25 order. A query costs one jieba
tokenisation, one BM25 pass and one small ONNX call; nothing is encoded per article.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

TOKENIZER_VERSION = "3"
_LOCK = threading.Lock()

# Colloquial → legal words (added to the query, the original word stays).
SYNONYMS: dict[str, list[str]] = {
    "借钱": ["借款", "出借"], "借了": ["借款"], "借给": ["出借", "借款"], "欠钱": ["借款", "债务", "偿还"],
    "欠款": ["债务", "偿还"], "不还": ["返还", "偿还", "还款", "到期"], "没还": ["返还", "偿还"],
    "还钱": ["偿还", "返还"],
    # the loan term and the demand to return it (民法典 675), for the commonest colloquial complaint
    "借钱不还": ["期限", "催告"], "借钱没还": ["期限", "催告"],
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
    "买东西": ["买卖"], "网购": ["买卖", "网络", "消费者", "购买"], "退货": ["解除", "退货"], "质量问题": ["质量", "瑕疵"], "假货": ["欺诈", "商品", "消费者"],
    "骗": ["欺诈"], "被骗": ["欺诈"], "偷": ["盗窃"], "打官司": ["诉讼", "起诉"], "告他": ["起诉"], "起诉": ["起诉", "诉讼"],
    "多久": ["期限", "期间"], "过期": ["诉讼时效"], "时效": ["诉讼时效"], "担保人": ["保证人", "保证"], "保人": ["保证人"],
    "邻居": ["相邻"], "狗咬": ["饲养", "动物"], "装修": ["承揽", "装饰装修"], "物业费": ["物业服务"], "离婚": ["离婚"],
    "分财产": ["财产", "分割"], "分家产": ["财产", "分割"], "抚养费": ["抚养费", "子女"], "探视": ["探望"], "看孩子": ["探望"],
    "出轨": ["过错", "离婚", "同居"], "家暴": ["家庭暴力"], "定金": ["定金"], "订金": ["定金"], "违约金": ["违约金", "违约"],
    "毁约": ["违约"], "不履行": ["违约", "履行"], "老赖": ["执行", "被执行人"], "跑路": ["下落不明"], "工伤": ["工伤"],
    "合同到期": ["劳动合同", "终止"], "试用期": ["试用期"], "农村": ["农村", "集体"], "宅基地": ["宅基地"], "拆迁": ["征收", "补偿"],
    "同事": ["自然人"], "朋友": ["自然人"], "亲戚": ["自然人"], "熟人": ["自然人"], "被车撞": ["机动车", "交通事故", "损害"],
    "车撞": ["机动车", "交通事故"], "拖欠": ["支付"], "赔偿": ["损害赔偿"], "不给钱": ["支付"],
    "死了": ["死亡"], "去世": ["死亡"], "过世": ["死亡"], "精神损失": ["精神损害"], "名誉": ["名誉权"], "隐私": ["隐私权"],
    "双倍": ["二倍"], "两倍": ["二倍"], "没签": ["未", "订立", "书面"], "没有签": ["未", "订立", "书面"],
    "不签": ["未", "订立", "书面"], "未签": ["订立", "书面"], "签合同": ["订立", "合同"],
    "还能起诉": ["诉讼时效"], "还能告": ["诉讼时效", "起诉"], "还能要回": ["诉讼时效"],
    "买到": ["购买", "消费者"], "怎么赔": ["赔偿"], "商家": ["经营者"], "卖家": ["经营者", "出卖人"], "店家": ["经营者"], "假冒": ["欺诈"],
}

# "过了三年", "已经五年了": how long ago it happened → the limitation period (诉讼时效).
_ELAPSED = re.compile(r"(过了|超过|已经|隔了|拖了)[一二三四五六七八九十两几\d]+年")

_STOP = set("的 了 是 在 我 你 他 她 它 我们 你们 他们 吗 呢 啊 吧 呀 么 怎么 怎么办 怎样 什么 如何 可以 能 能不能 应该 该 会 "
            "要 想 请问 请 问 一下 一个 这个 那个 这 那 就 都 也 还 又 和 与 及 或 或者 被 把 给 对 从 到 让 如果 但是 因为 所以 "
            "已经 现在 有 没 没有 不 是否 多少 哪些 哪里 谁 为什么 ， 。 ？ ! ！ ? 、 ： ； “ ” （ ） 《 》 ( ) : ;".split())
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+")


@lru_cache(maxsize=1)
def _cut():
    """jieba's dictionary segmentation (HMM off). rjieba (jieba-rs, same dictionary and algorithm,
    identical words on the laws.db articles) is ~25x faster than pure-Python jieba, which matters for
    building the article index; jieba stays the fallback."""
    try:
        import rjieba

        return lambda text: rjieba.cut(text, False)
    except ImportError:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        return lambda text: jieba.lcut(text, HMM=False)


def tokenize(text: str) -> list[str]:
    """jieba words (no stop words) plus character bigrams (prefixed '#') of each CJK run."""
    words = [w for w in _cut()(text) if _keep(w)]
    grams = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1 or not ("\u4e00" <= run[0] <= "\u9fff"):
            continue
        grams.extend(map("#".__add__, map(str.__add__, run[:-1], run[1:])))  # C-level loop: index build
    return words + grams


@lru_cache(maxsize=1 << 16)
def _keep(word: str) -> bool:
    return bool(word.strip()) and word not in _STOP and _CJK_RUN.search(word) is not None


def expand_query(query: str) -> str:
    extra = []
    for word, legal in SYNONYMS.items():
        if word in query:
            extra.extend(legal)
    if _ELAPSED.search(query):
        extra.extend(["诉讼时效", "诉讼时效期间", "请求保护"])
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


def _bm25():
    """bm25s.BM25 whose index build is vectorised (same Lucene scores as bm25s's own build, which
    loops over the documents in Python and took ~15 s of the first use on 25,000 articles)."""
    import bm25s

    class VectorBM25(bm25s.BM25):
        def build_index_from_ids(self, unique_token_ids, corpus_token_ids, show_progress=True,
                                 leave_progress=False):
            if self.method != "lucene":
                return super().build_index_from_ids(unique_token_ids, corpus_token_ids, show_progress,
                                                    leave_progress)
            lens = np.fromiter(map(len, corpus_token_ids), np.int64, len(corpus_token_ids))
            n_docs, n_vocab = len(lens), len(unique_token_ids)
            ids = np.fromiter(chain.from_iterable(corpus_token_ids), np.int64, int(lens.sum()))
            pairs, tf = np.unique(np.repeat(np.arange(n_docs), lens) * n_vocab + ids, return_counts=True)
            doc, voc = pairs // n_vocab, pairs % n_vocab
            df = np.bincount(voc, minlength=n_vocab)
            idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(self.dtype)
            tf = tf.astype(self.dtype)
            tfc = tf / (self.k1 * ((1 - self.b) + self.b * lens[doc] / lens.mean()) + tf)
            self.nonoccurrence_array = None  # Lucene BM25 has no non-occurrence term
            order = np.argsort(voc, kind="stable")  # column-major (CSC), documents ascending per token
            indptr = np.concatenate([[0], np.cumsum(df)])
            return {"data": (idf[voc] * tfc)[order].astype(self.dtype),
                    "indices": doc[order].astype(self.int_dtype), "indptr": indptr, "num_docs": n_docs}

    return VectorBM25


class StatuteIndex:
    def __init__(self, retriever, docs: list[tuple[str, str, int]]):
        self.retriever = retriever
        self.docs = docs  # (law, article, number)

    @classmethod
    def build(cls) -> StatuteIndex:
        from .statutes import iter_current_articles

        docs, corpus = [], []
        for law, article, number, text, chapter, section, _ in iter_current_articles():
            docs.append((law, article, number))
            corpus.append(tokenize(" ".join(x for x in (_short_law(law), chapter, section, text) if x)))
        vocab = {t: i for i, t in enumerate(dict.fromkeys(chain.from_iterable(corpus)))}
        corpus = [list(map(vocab.__getitem__, tokens)) for tokens in corpus]
        retriever = _bm25()(k1=1.2, b=0.75)
        retriever.index((corpus, vocab), show_progress=False)
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


def index_path() -> Path:
    """Where the index of the installed sources is cached (the name changes with laws.db, the curated
    data and the tokenizer, so a stale index is never loaded)."""
    return _cache_dir() / f"statutes-{_source_key()}"


def _save_and_prune(index: StatuteIndex, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        index.save(path)
    except OSError:
        return  # a read-only home still gets a working (in-memory) index
    import shutil

    for old in path.parent.glob("statutes-*"):  # indexes of older sources (~27 MB each)
        if old.is_dir() and old.name != path.name and ".tmp" not in old.name:
            shutil.rmtree(old, ignore_errors=True)


@lru_cache(maxsize=1)
def get_index() -> StatuteIndex:
    with _LOCK:
        path = index_path()
        if (path / "docs.json").is_file():
            try:
                return StatuteIndex.load(path)
            except (OSError, ValueError, KeyError):
                pass
        index = StatuteIndex.build()
        _save_and_prune(index, path)
        return index


def build_index() -> tuple[Path, int]:
    """Build and cache the index now (setup step, `courtdoc statutes build-index`) so that the first
    statute question does not wait for it. Returns (cache path, number of articles)."""
    index = StatuteIndex.build()
    path = index_path()
    if (path / "docs.json").is_file():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
    _save_and_prune(index, path)
    get_index.cache_clear()
    return path, len(index.docs)


# ---------------------------------------------------------------- consultation prior

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "statutes"
FEATURE_BUCKETS = 1 << 13
N_CANDIDATES = 100
GATE_TOP = 20


def term_counts(query: str) -> np.ndarray:
    """Counts of the query's search tokens hashed to FEATURE_BUCKETS (shared with training)."""
    import zlib

    v = np.zeros(FEATURE_BUCKETS, dtype=np.float32)
    for t in tokenize(expand_query(query[:2000])):
        v[zlib.crc32(t.encode("utf-8")) % FEATURE_BUCKETS] += 1.0
    return v


def normalise(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    v = np.sqrt(counts) * idf
    n = float(np.linalg.norm(v))
    return v / n if n else v


def fuse(bm25: np.ndarray, cited: np.ndarray, prob: np.ndarray, weight: float, width: float,
         top: int = 5, gate_top: int = GATE_TOP, power: float = 0.0, other: float | None = None,
         gate_mode: str = "share", domain: float | None = None,
         threshold: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """(indices, scores) of the best `top` articles:
    s + weight × gate × p(article | consultation) × s^power, with s = BM25/max.

    `cited` holds the index positions of the classifier's labels and `prob` their probabilities.
    gate = (BM25-weighted share of the BM25 top `gate_top` that are cited articles) / width, clipped to
    [0, 1]: questions whose words match the consulted articles get the learned prior, others
    (wages, traffic, loans) keep the BM25 order instead of being pulled towards family law;
    power > 0 lets the prior lift only articles whose text also matches the question.
    gate_mode "other" uses 1 - p(other) instead (the classifier's class for pseudo-questions made
    from the articles no consultation cites), "both" multiplies the two.
    gate_mode "domain" uses the in-domain detector instead: gate 1 when p(consultation) >= threshold,
    else 0; "domain|share" falls back to the share gate below the threshold; "domain~" ramps,
    gate = min(1, p(consultation) / threshold).
    """
    k = min(N_CANDIDATES, len(bm25))
    best = np.argpartition(-bm25, k - 1)[:k]
    best = best[bm25[best] > 0]
    cand = np.union1d(best, cited)
    mx = float(bm25.max())
    score = bm25[cand] / mx if mx > 0 else np.zeros(len(cand), dtype=np.float32)
    g = min(gate_top, len(best))
    if g and mx > 0:
        head = best[np.argsort(-bm25[best])[:g]]
        w = bm25[head]
        share = float((w * np.isin(head, cited)).sum() / w.sum())
        gate = min(1.0, share / width)
        if other is not None and gate_mode == "other":
            gate = 1.0 - other
        elif other is not None and gate_mode == "both":
            gate *= 1.0 - other
        elif domain is not None and gate_mode == "domain~":
            gate = min(1.0, domain / threshold)
        elif domain is not None and gate_mode.startswith("domain"):
            if domain >= threshold:
                gate = 1.0
            elif gate_mode == "domain":
                gate = 0.0
        if gate > 0:
            full = np.zeros(len(bm25), dtype=np.float32)
            full[cited] = prob
            score = score + weight * gate * full[cand] * (score ** power if power else 1.0)
    order = np.argsort(-score, kind="stable")[:top]
    order = order[score[order] > 0]
    return cand[order], score[order]


class ConsultationPrior:
    """Linear classifier question → article cited in the lawyer-llama training consultations
    (models/statutes/classifier.onnx + prior.json, trained by models/train_statutes.py)."""

    def __init__(self, model_dir: Path = MODEL_DIR):
        from courtdoc.inference import cpu_session

        meta = json.loads((model_dir / "prior.json").read_text(encoding="utf-8"))
        if meta["buckets"] != FEATURE_BUCKETS or meta["tokenizer"] != TOKENIZER_VERSION:
            raise ValueError("statute classifier was trained with other features")
        self.session = cpu_session(model_dir / "classifier.onnx")
        self.labels = [tuple(k.split("|", 1)) for k in meta["labels"]]
        self.idf = np.asarray(meta["idf"], dtype=np.float32)
        self.temperature = float(meta["temperature"])
        self.weight = float(meta["weight"])
        self.width = float(meta["gate_width"])
        self.gate_top = int(meta.get("gate_top", GATE_TOP))
        self.power = float(meta.get("power", 0.0))
        self.has_other = bool(meta.get("other", False))
        self.gate_mode = meta.get("gate_mode", "share")
        self.threshold = float(meta.get("threshold", 0.5))
        self.has_domain = bool(meta.get("domain", False))

    def cited_positions(self, index: StatuteIndex) -> tuple[np.ndarray, np.ndarray]:
        """(positions in the index, label numbers) of the labels that exist in the index."""
        if getattr(self, "_cited_for", None) is not index:
            pos = index.positions()
            keep = [(pos[k], i) for i, k in enumerate(self.labels) if k in pos]
            self._cited = (np.array([p for p, _ in keep], dtype=np.int64),
                           np.array([i for _, i in keep], dtype=np.int64))
            self._cited_for = index
        return self._cited

    def probabilities(self, query: str) -> tuple[np.ndarray, float | None]:
        """(p(article | question) over the labels [+ other], p(question is a consultation) or None)."""
        x = normalise(term_counts(query), self.idf)[None, :]
        names = ["logits", "domain"] if self.has_domain else ["logits"]
        outs = self.session.run(names, {"features": x})
        z = outs[0][0] * self.temperature
        e = np.exp(z - z.max())
        domain = None
        if self.has_domain:
            d = outs[1][0] * self.temperature
            domain = float(1.0 / (1.0 + np.exp(d[1] - d[0])))
        return e / e.sum(), domain


def reranker_available() -> bool:
    return (MODEL_DIR / "classifier.onnx").is_file() and (MODEL_DIR / "prior.json").is_file()


@lru_cache(maxsize=1)
def get_reranker() -> ConsultationPrior | None:
    if not reranker_available():
        return None
    try:
        return ConsultationPrior()
    except Exception:  # a broken or stale model file must not break search: plain BM25 answers
        return None


def search(query: str, top: int = 5, rerank: bool | None = None) -> list[dict]:
    """Top articles for `query`. rerank None = use the learned consultation prior where installed."""
    from .statutes import lookup

    if not query or not query.strip() or top <= 0:
        return []
    query = query[:2000]
    index = get_index()
    scores = index.scores(query)
    if not scores.any():
        return []
    model = get_reranker() if rerank is not False else None
    if model is not None:
        cited, rows = model.cited_positions(index)
        full, domain = model.probabilities(query)
        prob = full[rows]
        other = float(full[-1]) if model.has_other else None
        best, fused = fuse(scores, cited, prob, model.weight, model.width, top=top,
                            gate_top=model.gate_top, power=model.power, other=other,
                            gate_mode=model.gate_mode, domain=domain, threshold=model.threshold)
        ranked = [(int(i), float(f)) for i, f in zip(best, fused, strict=True)]
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
