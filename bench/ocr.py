"""OCR benchmark: courtdoc vs rapidocr (its defaults) vs Tesseract chi_sim, in the same run.

    courtdoc bench ocr [--pages 2] [--dpis 150,200,300] [--no-tesseract] [--digital-pages 200]
                       [--only scans|numbers|digital|rss]
    nice -n 10 .venv/bin/python bench/ocr.py --pages 2

Pages are rendered from real statute text (COURTDOC_SHARED_DATA/laws, default ../shared/data) in
several Debian CJK fonts at each dpi, clean and degraded (red seal over the text, 1-3° skew, blur,
noise, JPEG). Statutes write numbers in Chinese numerals, so a second, number-heavy source is
rendered the same way: CAIL2019 loan judgment text (cail/cail2019_scm_loan_triples.jsonl: amounts,
dates, ID and phone numbers), sets "numbers-clean-DPI" / "numbers-degraded-DPI". Per set it prints
CER (NFKC, whitespace removed, Levenshtein via rapidfuzz), lines lost (reference lines with no
close match in the output), median seconds per page, for each engine, plus the time as a fraction
of rapidocr's, and digit runs: the gold runs of ≥ 4 digits (after NFKC) found as the very same
run in the output (a dropped or merged digit, 1100000 → 100000, misses). `--only scans` runs both
sources, `--only numbers` only the loan pages. Then digital-PDF pages/s (text layer, no OCR) and
RSS before/after 200 pages after a warm-up.

Targets (issue 2): CER ≤ 0.3% clean, ≤ 0.8% degraded, no line lost; time ≤ 0.5 × rapidocr;
digital ≥ 50 pages/s; RSS growth ≤ 5%.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import docgen  # noqa: E402

FONTS = ["wqy-zenhei", "uming", "NotoSerifCJK-Regular", "wqy-microhei", "NotoSansCJK-Regular"]
LAW_FILES = ["民法典/合同编.md", "民法典/总则.md", "民法典/物权编.md", "民法典/侵权责任编.md", "刑法/刑法.md"]


def shared_data() -> Path:
    return Path(os.environ.get("COURTDOC_SHARED_DATA", REPO.parent / "shared" / "data"))


def law_paragraphs() -> list[str]:
    root = shared_data() / "laws"
    paras: list[str] = []
    for rel in LAW_FILES:
        p = root / rel
        if not p.is_file():
            continue
        body = p.read_text(encoding="utf-8").split("<!-- INFO END -->")[-1]
        paras += [ln.strip() for ln in body.splitlines() if ln.strip() and not ln.startswith("#")]
    if not paras:
        sys.exit(f"no statute text under {root} (set COURTDOC_SHARED_DATA)")
    return paras


def loan_paragraphs() -> list[str]:
    """CAIL2019 loan judgment text cut at 。/； into pieces of at most 90 characters; only pieces
    holding a digit are kept, so that a page carries some 25 digit runs."""
    import json

    path = shared_data() / "cail" / "cail2019_scm_loan_triples.jsonl"
    if not path.is_file():
        sys.exit(f"no {path} (set COURTDOC_SHARED_DATA)")
    paras: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for k in ("A", "B", "C"):
                for p in rec[k].split("\n"):
                    paras += [c for c in re.findall(r".{1,90}?[。；]|.{1,90}$", p.strip()) if len(c) > 8 and re.search(r"[0-9０-９]", c)]
    return paras


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cer_counts(hyp: str, ref: str) -> tuple[int, int]:
    from rapidfuzz.distance import Levenshtein

    h, r = norm(hyp), norm(ref)
    return Levenshtein.distance(h, r), len(r)


def lost_lines(hyp: str, ref_lines: list[str]) -> int:
    from rapidfuzz import fuzz

    h = norm(hyp)
    return sum(1 for ln in ref_lines if len(norm(ln)) >= 4 and fuzz.partial_ratio(norm(ln), h) < 70)


def digit_runs(hyp: str, ref: str) -> tuple[int, int]:
    """(gold runs of >= 4 digits reproduced as the same whole run in hyp, gold runs)."""
    from collections import Counter

    gold = re.findall(r"\d{4,}", norm(ref))
    found = Counter(re.findall(r"\d+", norm(hyp)))
    ok = 0
    for run in gold:
        if found[run]:
            found[run] -= 1
            ok += 1
    return ok, len(gold)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# ------------------------------------------------------------------------------------ engines
_engines: dict = {}


def run_courtdoc(img_bgr: np.ndarray, models: str = "default") -> str:
    """The courtdoc page pipeline; ``models``: "default" (rapidocr 3.x wheel's PP-OCRv6 small) or a
    directory holding rapidocr_onnxruntime 1.4.4's ch_PP-OCRv4_{det,rec}_infer.onnx."""
    from courtdoc.ocr import engine, layout
    from courtdoc.ocr.reader import ocr_image

    if models not in _engines:
        if models == "default":
            _engines[models] = engine.get_engine()
        else:
            d = Path(models)
            _engines[models] = engine.OnnxEngine(d / "ch_PP-OCRv4_det_infer.onnx", d / "ch_PP-OCRv4_rec_infer.onnx")
    engine._engine = _engines[models]
    r = ocr_image(img_bgr)
    return layout.arrange(r["lines"], r["width"], r["height"])[1]


_rapid = None


def run_rapidocr(img_bgr: np.ndarray) -> str:
    global _rapid
    if _rapid is None:
        from rapidocr import RapidOCR

        _rapid = RapidOCR(params={"Global.log_level": "error"})  # its defaults otherwise
    r = _rapid(img_bgr)
    return "\n".join(r.txts or [])


def run_tesseract(png_path: str) -> str:
    out = subprocess.run(["tesseract", png_path, "-", "-l", "chi_sim"], capture_output=True, text=True, timeout=600)
    return out.stdout


# ------------------------------------------------------------------------------------ page sets
def make_pages(paras: list[str], dpi: int, degraded: bool, n: int, seed: int,
               per_page: int = 14) -> list[tuple[np.ndarray, list[str]]]:
    """``per_page`` paragraphs from a random start; lines that do not fit the page are dropped."""
    rng = random.Random(seed * 1000 + dpi + degraded)
    pages = []
    for k in range(n):
        font = FONTS[(k + dpi // 50) % len(FONTS)]
        start = rng.randrange(0, max(1, len(paras) - per_page - 6))
        text = "\n".join(paras[start:start + per_page])
        img = docgen.render_page(text, dpi=dpi, font=font)
        ref = docgen.page_lines(text, dpi=dpi, font=font)
        if degraded:
            w, h = img.size
            img = docgen.add_seal(img, center=(int(w * rng.uniform(0.5, 0.7)), int(h * rng.uniform(0.2, 0.5))))
            img = docgen.degrade(img, skew=rng.choice([-1, 1]) * rng.uniform(1, 3), blur=rng.uniform(0.5, 1.0),
                                 noise=rng.uniform(5, 10), jpeg_quality=rng.randint(55, 75), seed=k)
        pages.append((np.asarray(img.convert("RGB"))[:, :, ::-1].copy(), ref))
    return pages


def bench_scans(args, sources: list[tuple[str, list[str]]]) -> None:
    """``sources``: (set-name prefix, paragraphs) pairs, e.g. ("", statutes), ("numbers-", loans)."""
    paras = sources[0][1]
    engines = ["courtdoc", "rapidocr"] + ([] if args.no_tesseract or not shutil.which("tesseract") else ["tesseract"])
    if args.v4_dir:
        engines.insert(1, "cd-ppocrv4")
    print(f"scanned pages: {args.pages} per set; engines: {', '.join(engines)}; threads "
          f"COURTDOC_OCR_THREADS={os.environ.get('COURTDOC_OCR_THREADS', 'default')}")
    run_courtdoc(make_pages(paras, 150, False, 1, 99)[0][0])  # warm-up: model load
    run_rapidocr(make_pages(paras, 150, False, 1, 99)[0][0])
    if args.v4_dir:
        run_courtdoc(make_pages(paras, 150, False, 1, 99)[0][0], args.v4_dir)
    header = f"{'set':<22}{'engine':<11}{'CER':>8}{'lost':>6}{'s/page':>9}{'vs rapid':>10}  digit runs ≥4 exact"
    print(header)
    print("-" * len(header))
    totals: dict[tuple[str, str], list] = {}
    tmp = tempfile.mkdtemp(prefix="courtdoc-bench-")
    sets = [(prefix, paras, degraded, dpi) for prefix, paras in sources for degraded in (False, True) for dpi in args.dpis]
    for prefix, paras, degraded, dpi in sets:
        kind = prefix + ("degraded" if degraded else "clean")
        name = f"{kind}-{dpi}"
        # loan pieces are short: more of them fill a page as the statute paragraphs do
        pages = make_pages(paras, dpi, degraded, args.pages, args.seed, per_page=24 if prefix else 14)
        stats = {e: {"err": 0, "n": 0, "lost": 0, "lines": 0, "t": [], "dok": 0, "dn": 0} for e in engines}
        for i, (img, ref_lines) in enumerate(pages):
            png = os.path.join(tmp, f"{name}-{i}.png")
            if "tesseract" in engines:
                import cv2

                cv2.imwrite(png, img)
            for e in engines:
                t0 = time.perf_counter()
                if e == "courtdoc":
                    hyp = run_courtdoc(img)
                elif e == "cd-ppocrv4":
                    hyp = run_courtdoc(img, args.v4_dir)
                elif e == "rapidocr":
                    hyp = run_rapidocr(img)
                else:
                    hyp = run_tesseract(png)
                dt = time.perf_counter() - t0
                err, n = cer_counts(hyp, "".join(ref_lines))
                s = stats[e]
                s["err"] += err
                s["n"] += n
                s["lost"] += lost_lines(hyp, ref_lines)
                s["lines"] += len(ref_lines)
                s["t"].append(dt)
                ok, nd = digit_runs(hyp, "".join(ref_lines))
                s["dok"] += ok
                s["dn"] += nd
        rapid_t = statistics.median(stats["rapidocr"]["t"])
        for e in engines:
            s = stats[e]
            med = statistics.median(s["t"])
            totals.setdefault((kind, e), []).append(s)
            print(f"{name:<22}{e:<11}{s['err'] / s['n']:>8.2%}{s['lost']:>4}/{s['lines']:<3}{med:>7.2f}"
                  f"{med / rapid_t:>10.2f}  {digits(s['dok'], s['dn'])}", flush=True)
    print("-" * len(header))
    for (kind, e), ss in totals.items():
        err = sum(s["err"] for s in ss)
        n = sum(s["n"] for s in ss)
        lost = sum(s["lost"] for s in ss)
        lines = sum(s["lines"] for s in ss)
        dok = sum(s["dok"] for s in ss)
        dn = sum(s["dn"] for s in ss)
        med = statistics.median([t for s in ss for t in s["t"]])
        rmed = statistics.median([t for s in totals[(kind, "rapidocr")] for t in s["t"]])
        label = kind if kind.startswith("numbers-") else "all-" + kind
        print(f"{label:<22}{e:<11}{err / n:>8.2%}{lost:>4}/{lines:<3}{med:>7.2f}{med / rmed:>10.2f}  {digits(dok, dn)}")
    shutil.rmtree(tmp, ignore_errors=True)


def digits(ok: int, n: int) -> str:
    return f"{ok / n:7.2%} {ok}/{n}" if n else "      - (none)"


def bench_digital(args, paras: list[str]) -> None:
    from courtdoc.ocr import read_bytes

    n = args.digital_pages
    texts = ["\n".join(paras[(i * 9) % max(1, len(paras) - 12):][:12]) for i in range(n)]
    with tempfile.TemporaryDirectory() as d:
        pdf = docgen.make_pdf(texts, Path(d) / "digital.pdf").read_bytes()
    read_bytes(pdf, name="warm.pdf")  # warm-up (imports, font caches)
    t0 = time.perf_counter()
    dossier = read_bytes(pdf, name="digital.pdf")
    dt = time.perf_counter() - t0
    assert all(p.source == "text-layer" for p in dossier.pages)
    print(f"digital PDF (text layer): {n} pages in {dt:.2f} s = {n / dt:.1f} pages/s (target ≥ 50)")
    return pdf


def bench_rss(args, paras: list[str], pdf: bytes) -> None:
    """RSS after a warm-up, then after 200 more pages: digital pages plus --rss-scans scanned pages."""
    import cv2
    from courtdoc.ocr import read_bytes

    scans = [cv2.imencode(".png", img)[1].tobytes()
             for img, _ in make_pages(paras, 200, True, max(1, args.rss_scans), args.seed + 7)]
    read_bytes(scans[0])  # warm-up: engine, arenas
    read_bytes(pdf)
    before = rss_mb()
    pages = 0
    while pages < 200:
        for s in scans:
            read_bytes(s)
            pages += 1
        d = read_bytes(pdf, max_pages=10_000)
        pages += len(d.pages)
    after = rss_mb()
    print(f"RSS: {before:.0f} MB after warm-up → {after:.0f} MB after {pages} more pages "
          f"({len(scans)} scanned per round, digital the rest): {100 * (after - before) / before:+.1f}% (target ≤ 5%)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2, help="scanned pages per set (default 2)")
    ap.add_argument("--dpis", type=lambda s: [int(x) for x in s.split(",")], default=[150, 200, 300])
    ap.add_argument("--no-tesseract", action="store_true")
    ap.add_argument("--digital-pages", type=int, default=200)
    ap.add_argument("--rss-scans", type=int, default=2, help="scanned pages per RSS round")
    ap.add_argument("--only", choices=["scans", "numbers", "digital", "rss"], default=None,
                    help="scans: statute and number-heavy loan pages; numbers: the loan pages only")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--v4-dir", default=None,
                    help="also run courtdoc's pipeline on rapidocr_onnxruntime 1.4.4's PP-OCRv4 det/rec models "
                         "(a directory with ch_PP-OCRv4_det_infer.onnx and ch_PP-OCRv4_rec_infer.onnx, e.g. from "
                         "`pip download rapidocr_onnxruntime==1.4.4` unpacked) as engine cd-ppocrv4")
    args = ap.parse_args(argv)
    paras = law_paragraphs()
    print(f"courtdoc OCR benchmark · {os.cpu_count()} CPUs · load {os.getloadavg()[0]:.1f} · "
          f"{time.strftime('%Y-%m-%d %H:%M')}")
    if args.only in (None, "scans", "numbers"):
        sources = [("numbers-", loan_paragraphs())]
        if args.only != "numbers":
            sources.insert(0, ("", paras))
        bench_scans(args, sources)
    if args.only in (None, "digital", "rss"):
        pdf = bench_digital(args, paras)
        if args.only in (None, "rss"):
            bench_rss(args, paras, pdf)


if __name__ == "__main__":
    main()
