"""Bad input through every door of DESIGN.md's CLI and HTTP contracts: a clean Chinese message that
names the problem, a non-zero exit or a proper HTTP status, and nothing half-written."""

from __future__ import annotations

from click.testing import CliRunner
from courtdoc.service.cli import cli

DEEP = "[" * 100_000  # hostile nesting: json.loads raises RecursionError, not JSONDecodeError


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def clean_failure(r, code: int = 2) -> str:
    assert r.exit_code == code, (r.exit_code, r.output, r.exception)
    assert isinstance(r.exception, SystemExit), r.exception  # fail(): no traceback
    assert "Traceback" not in r.output
    return r.stderr


# ---------------------------------------------------------------------------------------------
# extract / fill


def test_extract_failure_names_the_file_once(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    err = clean_failure(run("extract", str(empty), "--json"))
    assert err.count("empty.pdf") == 1 and "空" in err


def test_fill_refuses_an_output_that_is_not_docx(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("民事起诉状\n原告：张三。\n被告：李四。\n", encoding="utf-8")
    err = clean_failure(run("fill", str(src), "--out", str(tmp_path / "form.txt")))
    assert ".docx" in err and not (tmp_path / "form.txt").exists()
