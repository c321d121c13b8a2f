"""`courtdoc bench NAME`: runs the benchmark script bench/NAME.py of the source checkout.

Benchmarks print figures; they are never timed tests. They need the checkout (bench/ is not
installed) and, for most of them, ../shared/data.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import click

from .common import fail

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"


# No help option of its own: `courtdoc bench ocr --help` shows the script's help.
@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True}, add_help_option=False)
@click.argument("name")
@click.pass_context
def bench(ctx: click.Context, name: str) -> None:
    """运行基准测试 bench/NAME.py（如 ocr、extract、ner、draft、guide、service）。"""
    names = sorted(p.stem for p in BENCH_DIR.glob("*.py") if not p.stem.startswith("_"))
    if name in ("-h", "--help"):
        click.echo(ctx.get_help())
        click.echo(f"\n可用的基准测试：{'、'.join(names) or '无（需要源代码目录中的 bench/）'}")
        return
    script = BENCH_DIR / f"{name}.py"
    if not script.is_file():
        fail(f"没有名为 {name} 的基准测试；可用：{'、'.join(names) or '无'}")
    sys.argv = [str(script), *ctx.args]
    runpy.run_path(str(script), run_name="__main__")


COMMANDS = [bench]
