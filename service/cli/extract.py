"""`courtdoc extract FILE… --json` and `courtdoc fill FILE --out form.docx`.

Batch contract (several files): JSON Lines on stdout, one line per file in the order given. A file
that extracts is its CaseElements JSON with an added "file" key; a file that cannot be read is
`{"file": F, "error": {"code": ..., "message": ...}}` and the batch goes on; the exit status is 1
when any file failed, 0 otherwise. With one file, a failure is a clean error message and exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import emit_json, fail, os_problem


def _error_of(exc: Exception) -> tuple[str, str]:
    code = getattr(exc, "code", None) or "extraction_failed"
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(code), str(message)


def _failure(file: str, exc: Exception) -> str:
    """The message of a file that could not be read, naming the file once (the OCR stage's messages
    already start with it)."""
    message = _error_of(exc)[1]
    return message if message.startswith(f"{Path(file).name}：") or message.startswith(f"{file}：") \
        else f"{file}：{message}"


def _extract(path: str):
    from courtdoc.extraction import extract_file

    return extract_file(path)


def _summary(el) -> str:
    lines = [f"文书类型：{el.document_type}", f"案由：{el.cause_of_action or '未识别'}", f"法院：{el.court or '未识别'}"]
    for p in el.parties:
        lines.append(f"{p.role}：{p.name}")
    for k, c in enumerate(el.claims, 1):
        lines.append(f"诉讼请求{k}：{c}")
    if el.amount_claimed is not None:
        lines.append(f"诉讼标的额：{el.amount_claimed:g}元")
    if el.fee and el.fee.acceptance_fee is not None:
        lines.append(f"受理费：{el.fee.acceptance_fee:g}元（{el.fee.basis}）")
    for c in el.checks:
        lines.append(f"[{'错误' if c.level == 'error' else '提示'}] {c.field}：{c.message}")
    return "\n".join(lines)


@click.command("extract")
# No click path check: a directory or a missing file is one failed line of the batch, the rest go on.
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="输出 CaseElements JSON（多个文件时为 JSON Lines）")
def extract_cmd(files: tuple[str, ...], as_json: bool) -> None:
    """从起诉状、判决书等文件（PDF、图片、DOCX、TXT）提取案件要素。"""
    if len(files) == 1:
        try:
            el = _extract(files[0])
        except Exception as exc:  # noqa: BLE001 - typed errors become a clean message
            fail(_failure(files[0], exc))
        if as_json:
            emit_json(el.to_json())
        else:
            click.echo(_summary(el))
        return
    failed = 0
    for f in files:
        try:
            data = {"file": f, **_extract(f).to_json()}
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            failed += 1
            code, message = _error_of(exc)
            data = {"file": f, "error": {"code": code, "message": message}}
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            click.echo(f"== {f}")
            click.echo(data["error"]["message"] if "error" in data else _summary(_as_elements(data)))
        sys.stdout.flush()
    if failed:
        sys.exit(1)


def _as_elements(data: dict):
    from courtdoc.contracts import CaseElements

    return CaseElements.model_validate({k: v for k, v in data.items() if k != "file"})


@click.command("fill")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="立案登记表 DOCX 输出路径")
def fill_cmd(file: str, out: str) -> None:
    """填写立案登记表（DOCX），并输出其 JSON；待核实项以黄色底纹标出。"""
    from courtdoc.generation.filing_form import write_filing_form

    if Path(out).suffix.lower() != ".docx":
        fail("--out 应为 .docx 文件（立案登记表为 Word 文档）")
    try:
        el = _extract(file)
    except Exception as exc:  # noqa: BLE001
        fail(_failure(file, exc))
    try:
        form = write_filing_form(el, Path(out))
    except OSError as exc:
        fail(f"无法写入 {out}：{os_problem(exc)}")
    # stdout is the form's JSON itself (DESIGN: "its JSON on stdout", as GET /api/dossiers/{id}/form),
    # with the file, the output path and the elements beside it; "form" repeats it for older readers.
    emit_json({**form, "file": file, "out": out, "elements": el.to_json(), "form": form})


COMMANDS = [extract_cmd, fill_cmd]
