"""`courtdoc statutes search|verify|show`: statute search in plain words and citation checks."""

from __future__ import annotations

import click

from .common import emit_json, fail


@click.group()
def statutes() -> None:
    """法条检索与引用核验（法律数据库 + 司法解释）。"""


@statutes.command("search")
@click.argument("query")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100), help="返回条数")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def search_cmd(query: str, top: int, as_json: bool) -> None:
    """用日常语言检索法条，如：courtdoc statutes search "同事借钱不还"。"""
    from courtdoc.legal.statutes import search

    if not query.strip():
        fail("检索内容为空")
    hits = search(query, top=top)
    if as_json:
        emit_json([{"law": h["law"], "article": h["article"], "text": h["text"], "score": h["score"]}
                   for h in hits])
        return
    if not hits:
        click.echo("未找到相关法条")
    for h in hits:
        click.echo(f"《{h['law']}》{h['article']}（{h['score']:.2f}）\n  {h['text']}\n")


@statutes.command("verify")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def verify_cmd(text: str, as_json: bool) -> None:
    """核验文本中每一处《…》第N条引用是否存在、是否现行有效。"""
    from courtdoc.legal.statutes import verify_citations

    results = verify_citations(text)
    if as_json:
        emit_json([{k: r[k] for k in ("citation", "law", "article", "exists", "current")}
                   | ({"note": r["note"]} if "note" in r else {}) for r in results])
        return
    if not results:
        click.echo("未发现《…》第N条形式的引用")
    for r in results:
        ok = "通过" if r["exists"] and r["current"] else "未通过"
        click.echo(f"{r['citation']}：{ok}" + (f"（{r['note']}）" if "note" in r else ""))


@statutes.command("show")
@click.argument("law")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def show_cmd(law: str, article: str, as_json: bool) -> None:
    """显示法条原文，如：courtdoc statutes show 民法典 667。"""
    from courtdoc.legal.statutes import lookup

    art = lookup(law, article)
    if art is None:
        fail(f"未找到法条：《{law}》{article}")
    if as_json:
        emit_json(art.to_dict())
    else:
        click.echo(f"《{art.law}》{art.article}{'' if art.current else '（已失效）'}\n{art.text}")


@statutes.command("build-index")
def build_index_cmd() -> None:
    """建立（或重建）法条检索索引并缓存，使首次检索无需等待（scripts/setup 会执行）。"""
    import time

    from courtdoc.legal.statute_search import build_index

    t = time.perf_counter()
    try:
        path, n = build_index()
    except Exception as exc:  # missing or unreadable laws.db: a clear message, no traceback
        fail(f"法条索引建立失败：{type(exc).__name__}: {exc}")
    click.echo(f"法条索引已建立：{n} 条，用时 {time.perf_counter() - t:.1f} 秒，缓存于 {path}")


COMMANDS = [statutes]
