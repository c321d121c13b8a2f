"""Engine internals: recognition batches waste little padding; the engine named by COURTDOC_OCR_ENGINE
is used, and one that cannot run here fails with a clear message (never a traceback)."""

from __future__ import annotations

import os
import subprocess
import sys

import docgen
import pytest
from courtdoc.ocr import engine, read_bytes
from courtdoc.ocr.engine import plan_batches
from courtdoc.ocr.errors import DossierError, EngineUnavailable


def _padded(widths, spans):
    return sum((j - i) * widths[j - 1] for i, j in spans)


def test_batches_cover_every_line_once_in_order():
    widths = sorted([23, 40, 172, 346, 357, 592, 658, 889, 891, 907, 909, 932, 934, 953, 1004, 1005])
    spans = plan_batches(widths, overhead=64, max_cols=8000)
    assert spans[0][0] == 0 and spans[-1][1] == len(widths)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(i < j for i, j in spans)


def test_short_lines_are_not_padded_to_full_width():
    widths = [30, 40, 50] + [1000] * 8
    spans = plan_batches(widths, overhead=64, max_cols=8000)
    # the three short lines form their own batch: padding them to 1000 would triple the work
    assert (0, 3) in spans
    assert _padded(widths, spans) < 1.05 * sum(widths) + 64 * len(spans)


def test_batch_size_bounded_but_a_single_wide_line_still_runs():
    spans = plan_batches([900] * 20, overhead=64, max_cols=4000)
    assert all((j - i) * 900 <= 4000 for i, j in spans)
    assert plan_batches([9000], overhead=64, max_cols=4000) == [(0, 1)]
    assert plan_batches([], overhead=64, max_cols=4000) == []


# ------------------------------------------------------------------ engine selection (COURTDOC_OCR_ENGINE)
def test_unknown_engine_names_the_choices():
    with pytest.raises(EngineUnavailable) as e:
        engine.make_engine("tesseract")
    assert "onnx" in e.value.message and "paddleocr" in e.value.message


def test_paddleocr_needs_local_model_dirs(monkeypatch):
    monkeypatch.delenv("COURTDOC_PADDLEOCR_DET_DIR", raising=False)
    monkeypatch.delenv("COURTDOC_PADDLEOCR_REC_DIR", raising=False)
    with pytest.raises(EngineUnavailable) as e:
        engine.make_engine("paddleocr")
    assert "COURTDOC_PADDLEOCR_DET_DIR" in e.value.message and e.value.code == "engine_unavailable"


def test_paddleocr_absent_gives_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("COURTDOC_PADDLEOCR_DET_DIR", str(tmp_path))
    monkeypatch.setenv("COURTDOC_PADDLEOCR_REC_DIR", str(tmp_path))
    monkeypatch.setitem(sys.modules, "paddleocr", None)  # import fails even where it is installed
    with pytest.raises(EngineUnavailable) as e:
        engine.make_engine("PaddleOCR")
    assert "未安装 PaddleOCR" in e.value.message


def test_selected_engine_unavailable_fails_the_read_not_the_process(monkeypatch):
    monkeypatch.setenv("COURTDOC_OCR_ENGINE", "paddleocr")
    monkeypatch.delenv("COURTDOC_PADDLEOCR_DET_DIR", raising=False)
    monkeypatch.setattr(engine, "_engine", None)
    img = docgen.render_page(["原告张三诉被告李四民间借贷纠纷一案"], dpi=150, size=(800, 200))
    with pytest.raises(DossierError) as e:
        read_bytes(docgen.to_bytes(img, "PNG"), name="scan.png")
    assert e.value.code == "engine_unavailable"
    assert engine._engine is None  # nothing half-built is cached: the next call tries again


def test_cli_reports_unavailable_engine_without_traceback(tmp_path):
    png = tmp_path / "scan.png"
    png.write_bytes(docgen.to_bytes(docgen.render_page(["本院认为"], dpi=150, size=(400, 120)), "PNG"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDOC_PADDLEOCR_")}
    env["COURTDOC_OCR_ENGINE"] = "paddleocr"
    r = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "ocr", str(png)],
                       capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode != 0
    assert "COURTDOC_PADDLEOCR_DET_DIR" in r.stderr + r.stdout
    assert "Traceback" not in r.stderr



def test_digit_spans_reread_alone_and_spliced_in_place(monkeypatch):
    # a long CJK line with numbers whose squeezed reading merges two 1s (110000元): only the digit
    # spans (cut in the blank gap next to them, no margin character) are read again unsqueezed, and
    # every digit survives
    import numpy as np
    from courtdoc.ocr.engine import get_engine

    line = "原告毕某借款给被告共计1100000元，约定于2015年12月1日前全部还清，被告至今未还，故诉至本院请求判决。"
    img = docgen.render_page([line], dpi=150, size=(1600, 120), font="NotoSansCJK-Regular")
    img = docgen.degrade(img, blur=0.8, noise=6, jpeg_quality=65, skew=0)
    eng = get_engine()
    widths, readings = [], []
    read = eng._read

    def spy(crops, squeeze):
        r = read(crops, squeeze)
        if squeeze == 1.0:
            widths.extend(c.shape[1] for c in crops)
            readings.extend(t for t, _ in r[0])
        return r

    monkeypatch.setattr(eng, "_read", spy)
    bgr = np.asarray(img.convert("RGB"))[:, :, ::-1].copy()
    lines = eng.ocr(bgr)
    text = "".join(ln.text for ln in lines)
    line_w = max(ln.box[2] - ln.box[0] for ln in lines)
    assert "1100000元" in text and "2015年12月1日" in text, text
    # 1100000 and 2015年12月1 (runs joined over two characters) of a 48-character line; with a
    # margin character each side of each piece it was over a third
    assert widths and sum(widths) < 0.3 * line_w, (widths, line_w)
    assert any("1100000" in r for r in readings), readings  # the merged 1s come back unsqueezed


def test_span_reading_matches_squeezed_up_to_merged_neighbours():
    # unsqueezed, merged equal digits come back; a neighbour's edge caught by the cut is dropped
    assert engine._match_span("1100000", "100000") == "1100000"
    assert engine._match_span("50,000", "50，000") == "50,000"
    assert engine._match_span("十200000元", "200000") == "200000"
    assert engine._match_span("安1.5%", "1.5%") == "1.5%"
    # a different digit, a digit lost at the cut or a cut-off reading: the line is read again whole
    assert engine._match_span("21", "1") is None
    assert engine._match_span("138", "1380") is None
    assert engine._match_span("", "1") is None
    # a letter or digit is never dropped as a stray edge
    assert engine._match_span("1100", "100") == "1100"
    assert engine._match_span("71100", "1100") is None
