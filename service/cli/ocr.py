"""`courtdoc ocr FILE`: read a dossier file and print its text (default), `--json` (DESIGN.md contract)
or `--text` (plain-text export). Thin: the work is courtdoc.ocr.read_file."""

from __future__ import annotations

import click

from .common import emit_json, fail


@click.command("ocr")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（pages/lines/box/score/text/seconds）。")
@click.option("--text", "as_text", is_flag=True, help="输出纯文本（页与页之间用换页符分隔）。")
@click.option("--dpi", type=click.IntRange(50, 600), default=200, show_default=True, help="扫描页栅格化分辨率。")
@click.option("--max-pages", type=click.IntRange(1), default=None,
              help="页数上限（默认 500，或环境变量 COURTDOC_MAX_PAGES）。")
@click.option("--seals", is_flag=True, help="纯文本输出中附上识别到的印章文字。")
@click.option("--quiet", "-q", is_flag=True, help="不显示进度条。")
def ocr(file: str, as_json: bool, as_text: bool, dpi: int, max_pages: int | None, seals: bool, quiet: bool) -> None:
    """识别卷宗文件（PDF、图片、多页 TIFF、DOCX、TXT）的文字。"""
    from courtdoc.ocr import read_file
    from courtdoc.ocr.errors import DossierError
    from courtdoc.ocr.export import plain_text

    if as_json and as_text:
        fail("--json 与 --text 只能选一个")
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if quiet or total <= 1:
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="页", desc="识别", file=click.get_text_stream("stderr"), leave=False)
        bar.update(done - bar.n)

    try:
        dossier = read_file(file, dpi=dpi, max_pages=max_pages, progress=progress)
    except DossierError as exc:
        fail(f"{exc.message} [{exc.code}]")
        return
    except KeyboardInterrupt:
        fail("已中断", code=130)
        return
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        emit_json(dossier.ocr_json())
    else:
        click.echo(plain_text(dossier, seals=seals), nl=False)


COMMANDS = [ocr]
