"""`courtdoc ask`: the guidance robot on the command line (contract in DESIGN.md).

Sessions persist between invocations in $COURTDOC_DATA_DIR/guide_sessions.json (default
./courtdoc-data), so `--session ID` continues a conversation across calls."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from .common import emit_json, fail, os_problem, read_json_text


def _data_dir() -> Path:
    return Path(os.environ.get("COURTDOC_DATA_DIR", "courtdoc-data"))


@click.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON：answer、intent、sources、session")
@click.option("--session", "session", default=None, help="会话编号，用于多轮对话（跨次调用保持）")
@click.option("--batch", "batch", type=click.Path(dir_okay=False), default=None,
              help="批量问答：JSON Lines 输入，每行 {id, question} 或 {id, turns: [...]}")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None, help="批量问答的输出 JSON Lines 文件")
def ask(question: str | None, as_json: bool, session: str | None, batch: str | None, out: str | None) -> None:
    """向智能导诉机器人提问（立案、诉讼费、期限、管辖、执行、案件查询等）。"""
    from courtdoc.guide import Robot
    from courtdoc.guide.sessions import FileSessionStore, MemorySessionStore

    try:  # sessions and the index cache live there: say so plainly when it cannot be made
        _data_dir().mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"无法使用数据目录 {_data_dir()}（COURTDOC_DATA_DIR）：{os_problem(exc)}")
    if batch:
        if not out:
            fail("--batch 需要同时给出 --out OUT.jsonl")
        _run_batch(Robot(session_store=MemorySessionStore(), index_cache_dir=_data_dir() / "cache"), Path(batch), Path(out))
        return
    if not question or not question.strip():
        fail("请给出问题，例如：courtdoc ask \"起诉需要带哪些材料？\" --json")
    # The index (tokenised knowledge base, encoded variants) is cached in the data dir and only loaded
    # when the question needs retrieval: a cold call then loads jieba, the cached arrays and the ONNX model.
    robot = Robot(session_store=FileSessionStore(_data_dir() / "guide_sessions.json"),
                  index_cache_dir=_data_dir() / "cache")
    result = robot.ask(question, session=session)
    if as_json:
        emit_json(result)
    else:
        click.echo(result["answer"])


def _run_batch(robot, src: Path, dst: Path) -> None:
    try:
        lines = src.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        fail(f"批量输入文件不是 UTF-8 文本：{src}")
    except OSError as exc:
        fail(f"无法读取批量输入文件 {src}：{os_problem(exc)}")
    items = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = read_json_text(line)
        except ValueError:
            fail(f"{src} 第{no}行不是合法的 JSON")
        turns = item.get("turns") if isinstance(item, dict) else None
        if isinstance(item, dict) and turns is None and isinstance(item.get("question"), str):
            turns = [item["question"]]
        if not isinstance(item, dict) or "id" not in item or not isinstance(turns, list) or not turns \
                or not all(isinstance(t, str) and t.strip() for t in turns):
            fail(f"{src} 第{no}行缺少 id，或缺少 question / turns（问题须为非空文本）")
        items.append((item["id"], turns))
    # Write everything to a temporary file first so a failure never leaves half an output file.
    tmp = dst.with_name(dst.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            for item_id, turns in items:
                sid = f"batch-{json.dumps(item_id, ensure_ascii=False)}"
                result = None
                for turn in turns:
                    result = robot.ask(turn, session=sid)
                row = {"id": item_id, "answer": result["answer"], "intent": result["intent"],
                       "sources": result["sources"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        tmp.replace(dst)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        fail(f"无法写入 {dst}：{os_problem(exc)}")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


COMMANDS = [ask]
