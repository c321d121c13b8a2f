"""`courtdoc ocr FILE --json` exactly as DESIGN.md gives it, and the plain-text export."""

from __future__ import annotations

import json
import subprocess
import sys

import docgen
from courtdoc.ocr import read_file
from courtdoc.ocr.export import plain_text
from ocr_helpers import SAMPLE, cer


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "ocr", *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def test_json_contract(tmp_path):
    pdf = docgen.make_pdf(["\n".join(SAMPLE), "本院认为，原告的诉讼请求于法有据，本院予以支持。"], tmp_path / "d.pdf")
    img = docgen.render_page([SAMPLE[1][:20]], dpi=150, size=(800, 200))
    png = tmp_path / "scan.bin"  # detected by content, not by name
    png.write_bytes(docgen.to_bytes(img, "PNG"))
    for path, source in ((pdf, "text-layer"), (png, "ocr")):
        r = _cli(path, "--json")
        assert r.returncode == 0, r.stderr
        out = json.loads(r.stdout)
        assert set(out) == {"file", "pages", "text", "seconds"}
        assert out["file"] == str(path) and isinstance(out["seconds"], float)
        for i, page in enumerate(out["pages"]):
            assert set(page) == {"index", "width", "height", "source", "lines", "text"}
            assert page["index"] == i and page["source"] == source
            assert isinstance(page["width"], float) and isinstance(page["height"], float)
            assert page["lines"]
            for ln in page["lines"]:
                assert set(ln) == {"text", "box", "score"}
                assert len(ln["box"]) == 4 and all(isinstance(v, float) for v in ln["box"])
                assert 0 <= ln["score"] <= 1
        assert out["text"] == "\n".join(p["text"] for p in out["pages"] if p["text"])
    assert cer(out["text"], SAMPLE[1][:20]) <= 0.05


def test_text_and_plain_export(tmp_path):
    pdf = docgen.make_pdf([SAMPLE[0], SAMPLE[2]], tmp_path / "d.pdf")
    r = _cli(pdf, "--text")
    assert r.returncode == 0
    assert r.stdout == plain_text(read_file(pdf))
    assert r.stdout.split("\f") == [SAMPLE[0] + "\n", SAMPLE[2] + "\n"]
    r = _cli(pdf, "--json", "--text")
    assert r.returncode != 0 and "Traceback" not in r.stderr
