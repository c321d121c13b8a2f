"""The `courtdoc` command line (contracts in DESIGN.md). Thin: every command calls one stage.

Each stage's commands live in a module beside this one and are registered here, so the stages'
owners never edit the same file.
"""

from __future__ import annotations

import click

from courtdoc import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="courtdoc")
def cli() -> None:
    """courtdoc: 卷宗识别、要素提取、裁判文书起草与智能导诉（离线）。"""


def _register() -> None:
    from importlib import import_module

    for name in ("ocr", "extract", "draft", "ask", "statutes", "serve", "train", "bench"):
        module = import_module(f"courtdoc.service.cli.{name}")
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="courtdoc")
