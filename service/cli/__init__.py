"""The `courtdoc` command line (contracts in DESIGN.md). Thin: every command calls one stage.

Each stage's commands live in a module beside this one and are registered here, so the stages'
owners never edit the same file.
"""

from __future__ import annotations

import re

import click

from courtdoc import __version__

# Click's own usage errors, in Chinese (a clerk may run the CLI): pattern of click's English message
# -> Chinese; the names it quotes (files, options, values) are kept as they are.
_USAGE_CN = [
    (r"Missing argument '(.+?)'\.?", r"缺少参数 \1"),
    (r"Missing option '(.+?)'\.(?: Choose from:\s*(.+))?", r"缺少选项 \1"),
    (r"No such option:? '?(.+?)'?\.?(?: Did you mean (.+)\?)?", r"没有选项 \1"),
    (r"No such command '(.+?)'\.?", r"没有命令 \1"),
    (r"Got unexpected extra arguments? \((.+)\)", r"多余的参数：\1"),
    (r"Option '(.+?)' requires an argument\.?", r"选项 \1 需要一个值"),
    (r"Invalid value for '(.+?)': File '(.+)' does not exist\.?", r"\1：文件 \2 不存在"),
    (r"Invalid value for '(.+?)': (?:File|Path) '(.+)' is a directory\.?", r"\1：\2 是目录，应为文件"),
    (r"Invalid value for '(.+?)': (?:Directory|Path) '(.+)' is a file\.?", r"\1：\2 是文件，应为目录"),
    (r"Invalid value for '(.+?)': (.+?) is not one of (.+?)\.?", r"\1：\2 不是可选值（\3）"),
    (r"Invalid value for '(.+?)': (.+?) is not in the range (.+?)\.?", r"\1：\2 不在范围 \3 内"),
    (r"Invalid value for '(.+?)': '?(.+?)'? is not a valid (?:integer|integer range|float|float range)\.?",
     r"\1：\2 不是有效的数字"),
    (r"Invalid value for '(.+?)': (.+)", r"\1 的值无效：\2"),
]


def chinese_usage(message: str) -> str:
    for pattern, repl in _USAGE_CN:
        m = re.fullmatch(pattern, message.strip(), flags=re.S)
        if m:
            return m.expand(repl)
    return message


class _UsageProblem(click.ClickException):
    """A usage error shown in Chinese, with the command to ask for help."""

    exit_code = 2

    def __init__(self, message: str, command_path: str | None) -> None:
        super().__init__(message)
        self.command_path = command_path

    def show(self, file=None) -> None:
        hint = f"（用法：{self.command_path} --help）" if self.command_path else ""
        click.echo(f"courtdoc: 参数错误：{self.message}{hint}", err=True)


class _Group(click.Group):
    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            raise _translated(exc) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise _translated(exc) from None


def _translated(exc: click.UsageError) -> _UsageProblem:
    path = exc.ctx.command_path if exc.ctx is not None else None
    return _UsageProblem(chinese_usage(exc.format_message()), path)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
