"""`courtdoc draft` (civil drafts from elements, criminal drafts from facts) and `courtdoc anonymize`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import emit_json, fail, os_problem, read_json_text


def _load_elements(path: str) -> dict:
    p = Path(path)
    if not p.is_file():
        fail(f"要素文件不存在：{path}")
    try:
        data = read_json_text(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        fail(f"要素文件不是 UTF-8 文本：{path}")
    except OSError as exc:
        fail(f"无法读取要素文件 {path}：{os_problem(exc)}")
    except json.JSONDecodeError as exc:
        fail(f"要素文件不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）：{path}")
    except ValueError as exc:
        fail(f"要素文件不是有效的 JSON（{exc}）：{path}")
    if not isinstance(data, dict):
        fail("要素文件应为一个 JSON 对象（CaseElements 加 confirmed）")
    return data


def _from_facts(src: str, out: str | None, docx_dir: str | None = None) -> None:
    try:
        from courtdoc.generation.criminal import draft_criminal_batch
    except ImportError:
        fail("刑事文书生成模块（courtdoc.generation.criminal）尚未安装")
    p = Path(src)
    if not p.is_file():
        fail(f"输入文件不存在：{src}")
    items = []
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        fail(f"输入文件不是 UTF-8 文本：{src}")
    except OSError as exc:
        fail(f"无法读取输入文件 {src}：{os_problem(exc)}")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = read_json_text(line)
        except ValueError as exc:
            fail(f"第{n}行不是有效的 JSON：{getattr(exc, 'msg', exc)}")
        if not isinstance(item, dict) or "facts" not in item or "id" not in item:
            fail(f"第{n}行应为 {{\"id\", \"facts\"}} 对象")
        items.append(item)
    if docx_dir:
        try:
            Path(docx_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"无法创建 DOCX 输出目录 {docx_dir}：{os_problem(exc)}")
    dst = Path(out) if out else None
    if dst is not None and dst.is_dir():
        fail(f"--out 应为一个文件，{out} 是目录")
    tmp = dst.with_name(dst.name + ".part") if dst else None
    try:
        sink = tmp.open("w", encoding="utf-8") if tmp else sys.stdout
    except OSError as exc:
        fail(f"无法写入 {out}：{os_problem(exc)}")
    failed = []
    try:
        for result in draft_criminal_batch(items, docx_dir=docx_dir):
            row = {"id": result.get("id"), "document": result.get("document")}
            if result.get("error") is not None or result.get("document") is None:
                # A bad item keeps its line (so ids still line up) and says why it has no document.
                row["error"] = result.get("error") or "未能生成判决书草稿"
                failed.append(row)
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        if tmp:
            sink.close()
            tmp.replace(dst)
    except Exception as exc:  # a model, input or disk problem: nothing half-written under the real name
        if tmp:
            sink.close()
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            fail(f"无法写入 {out}：{os_problem(exc)}")
        fail(f"刑事判决书草稿生成失败：{type(exc).__name__}: {exc}")
    for row in failed:
        click.echo(f"编号 {row['id']} 未生成判决书草稿：{row['error']}", err=True)
    if tmp:
        click.echo(f"已生成 {len(items) - len(failed)} 份刑事判决书草稿：{dst}", err=True)
    if failed:
        sys.exit(1)


@click.command()
@click.argument("elements", required=False)
@click.option("--out", "out", help="输出文件：.docx（民事判决书草稿）；与 --from-facts 同用时为 .jsonl")
@click.option("--text", "as_text", is_flag=True, help="以纯文本输出判决书草稿")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON：{text, flags, computations, ...}")
@click.option("--anonymize", is_flag=True, help="生成裁判文书公开版（法释〔2016〕19号）")
@click.option("--llm", default=None, envvar="COURTDOC_LLM", help="“本院认为”润色后端：none（默认）、OpenAI 兼容 URL 或本地模型目录")
@click.option("--from-facts", "from_facts", help="刑事：每行 {id, facts} 的 JSONL 输入")
@click.option("--docx-dir", "docx_dir", help="刑事：另将每份判决书草稿按法院公文格式写为 DIR/ID.docx")
@click.option("--element-table", "element_table", help="输出某案件类型的要素表（lending、bank_loan、traffic、divorce、labour、sale）")
def draft(elements, out, as_text, as_json, anonymize, llm, from_facts, docx_dir, element_table):
    """起草民事判决书（要素式）：ELEMENTS.json → 判决书草稿（DOCX/文本）；或 --from-facts 批量起草刑事判决书。"""
    if element_table:
        from courtdoc.generation.casetypes import element_table as table
        from courtdoc.generation.civil import DraftError

        try:
            emit_json(table(element_table))
        except DraftError as exc:
            fail(str(exc))
        return
    if from_facts:
        if elements:
            fail("--from-facts 与 ELEMENTS 不能同时使用")
        _from_facts(from_facts, out, docx_dir)
        return
    if docx_dir:
        fail("--docx-dir 仅用于 --from-facts（刑事判决书草稿）")
    if not elements:
        fail("缺少要素文件 ELEMENTS.json（或使用 --from-facts IN.jsonl）")
    if not (out or as_text or as_json):
        fail("请指定 --out draft.docx、--text 或 --json")
    if out and Path(out).suffix.lower() != ".docx":
        fail("--out 应为 .docx 文件")
    from courtdoc.generation import draft_judgment
    from courtdoc.generation.anonymize import PublicationForbidden
    from courtdoc.generation.civil import DraftError

    data = _load_elements(elements)
    try:
        result = draft_judgment(data, llm=llm)
        if anonymize:
            result = result.anonymized()
    except DraftError as exc:
        fail(str(exc))
    except PublicationForbidden as exc:
        fail(str(exc), code=3)
    if out:
        try:
            result.write_docx(out)
        except OSError as exc:
            fail(f"无法写入 {out}：{os_problem(exc)}")
    if as_json:
        emit_json(result.to_json())
    elif as_text:
        click.echo(result.text)
    for flag in result.flags:
        click.echo(f"提示：{flag}", err=True)


@click.command()
@click.argument("file")
@click.option("--out", "out", required=True, help="公开版输出文件（与输入同类型：.txt 或 .docx）")
def anonymize(file, out):
    """生成裁判文书公开版（隐名、删除个人信息）；依法不公开的文书拒绝处理并说明依据。"""
    from courtdoc.generation.anonymize import AnonymizeError, PublicationForbidden, anonymize_file

    try:
        anonymize_file(file, out)
    except PublicationForbidden as exc:
        fail(str(exc), code=3)
    except AnonymizeError as exc:
        fail(str(exc))
    except OSError as exc:  # the output path cannot be written
        fail(f"无法写入 {out}：{os_problem(exc)}")
    click.echo(f"已生成公开版：{out}", err=True)


COMMANDS = [draft, anonymize]
