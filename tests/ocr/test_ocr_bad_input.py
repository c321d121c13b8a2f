"""Every bad input through the API (typed error, Chinese message, code) and the CLI (non-zero exit,
message naming the problem, no traceback, nothing on stdout)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docgen
import pytest
from courtdoc.ocr import read_file
from courtdoc.ocr.errors import (
    CorruptFile,
    DossierError,
    EmptyFile,
    EncryptedFile,
    ImageTooLarge,
    MissingFile,
    TooManyPages,
    UnsupportedType,
)


def _ole_doc(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    return path


def _binary(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    return path


def _zip(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return path


CASES = {
    "empty": (lambda p: docgen.make_empty(p / "empty.pdf"), EmptyFile, "empty_file"),
    "binary": (lambda p: _binary(p / "scan.pdf"), UnsupportedType, "unsupported_type"),
    "old_doc": (lambda p: _ole_doc(p / "old.doc"), UnsupportedType, "unsupported_type"),
    "xlsx": (lambda p: _zip(p / "sheet.docx"), UnsupportedType, "unsupported_type"),
    "corrupt_pdf": (lambda p: docgen.make_corrupt_pdf(p / "corrupt.pdf"), CorruptFile, "corrupt_file"),
    "truncated_pdf": (lambda p: docgen.make_truncated_pdf(p / "truncated.pdf"), CorruptFile, "corrupt_file"),
    "encrypted_pdf": (lambda p: docgen.make_encrypted_pdf(p / "locked.pdf"), EncryptedFile, "encrypted_pdf"),
    "bomb_png": (lambda p: docgen.make_bomb_png(p / "bomb.png", side=12000), ImageTooLarge, "image_too_large"),
    "missing": (lambda p: p / "no-such-file.pdf", MissingFile, "not_found"),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    return {k: make(root) for k, (make, _, _) in CASES.items()}


@pytest.mark.parametrize("case", list(CASES))
def test_api_raises_typed_error(bad_files, case):
    _, exc_type, code = CASES[case]
    with pytest.raises(exc_type) as e:
        read_file(bad_files[case])
    assert isinstance(e.value, DossierError)
    assert e.value.code == code
    assert any("\u4e00" <= c <= "\u9fff" for c in e.value.message)  # a Chinese message for the user


def test_too_many_pages_api(tmp_path):
    pdf = docgen.make_pdf(["第一页，本院认为。", "第二页，本院认为。"], tmp_path / "two.pdf")
    with pytest.raises(TooManyPages):
        read_file(pdf, max_pages=1)


def _cli(*args, env=None):
    """Start `courtdoc ocr ARGS` (the processes run side by side; results collected later)."""
    return subprocess.Popen([sys.executable, "-m", "courtdoc.service.cli", "ocr", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def test_cli_every_bad_input(bad_files, tmp_path):
    pdf = docgen.make_pdf(["第一页，本院认为。", "第二页，本院认为。"], tmp_path / "two.pdf")
    runs = [(case, _cli(bad_files[case], "--json"), CASES[case][2]) for case in CASES]
    runs.append(("too_many_pages", _cli(pdf, "--json", "--max-pages", "1"), "too_many_pages"))
    runs.append(("too_many_pages_env", _cli(pdf, "--json", env={"COURTDOC_MAX_PAGES": "1"}), "too_many_pages"))
    for case, proc, code in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode != 0, case
        assert "Traceback" not in err and "Traceback" not in out, case
        assert out == "", case  # never a partial result
        assert code in err, (case, err)
