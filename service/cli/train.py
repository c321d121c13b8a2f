"""`courtdoc train ner|cause`: train the project's own models (needs the `train` extra: torch, transformers)."""

from __future__ import annotations

import importlib.util

import click

from .common import fail


def _need_torch() -> None:
    missing = [m for m in ("torch", "transformers", "onnx") if importlib.util.find_spec(m) is None]
    if missing:
        fail(f"训练需要可选依赖 {', '.join(missing)}：请安装 `pip install -e '.[train]'`（torch 为 CPU 版）")


@click.group()
def train() -> None:
    """训练项目自带模型（NER 实体识别、案由分类），导出 ONNX 并量化。"""


@train.command("ner")
@click.option("--data", type=click.Path(file_okay=False), default=None, help="共享数据目录（默认 ../shared/data）")
@click.option("--epochs", type=int, default=3, show_default=True)
@click.option("--max-minutes", type=float, default=28.0, show_default=True, help="训练时长上限（分钟）")
@click.option("--out", type=click.Path(file_okay=False), default=None, help="输出目录（默认 models/ner）")
@click.option("--threads", type=int, default=1, show_default=True)
def train_ner(data, epochs, max_minutes, out, threads) -> None:
    """字符级 NER（小型 BERT，从零训练）→ ONNX（int8 若 F1 不降）。"""
    _need_torch()
    from courtdoc.models import train_ner as t

    argv = ["--epochs", str(epochs), "--max-minutes", str(max_minutes), "--threads", str(threads)]
    argv += ["--data", data] if data else []
    argv += ["--out", out] if out else []
    t.main(argv)


@train.command("cause")
@click.option("--data", type=click.Path(file_okay=False), default=None, help="共享数据目录（默认 ../shared/data）")
@click.option("--epochs", type=int, default=12, show_default=True)
@click.option("--out", type=click.Path(file_okay=False), default=None, help="输出目录（默认 models/cause）")
def train_cause(data, epochs, out) -> None:
    """案由分类器（字符 n-gram 哈希 + 线性层）→ ONNX。"""
    _need_torch()
    from courtdoc.models import train_cause as t

    argv = ["--epochs", str(epochs)]
    argv += ["--data", data] if data else []
    argv += ["--out", out] if out else []
    t.main(argv)


COMMANDS = [train]
