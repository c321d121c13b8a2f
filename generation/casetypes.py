"""The civil case types with element-style drafts, and how a cause of action picks one."""

from __future__ import annotations

from importlib import import_module

MODULES = ("lending", "bank_loan", "traffic", "divorce", "labour", "sale")


def _module(name: str):
    return import_module(f"courtdoc.generation.{name}")


def case_types() -> dict[str, tuple[str, ...]]:
    """{type: causes of action it drafts}."""
    return {name: _module(name).CAUSES for name in MODULES}


def element_table(case_type: str) -> list[dict]:
    """The 要素表 of a case type: what the judge confirms, as [{key, label, required, type, ...}]
    (the input types are described in element_types)."""
    from .civil import DraftError
    from .element_types import field

    if case_type not in MODULES:
        raise DraftError(f"不支持的案件类型：{case_type}（可选：{'、'.join(MODULES)}）")
    return [field(entry) for entry in _module(case_type).ELEMENT_TABLE]


def pick(case_type: str | None, cause: str | None):
    """The module for an explicit ``case_type`` or, failing that, for the cause of action."""
    from .civil import DraftError

    if case_type:
        if case_type not in MODULES:
            raise DraftError(f"不支持的案件类型：{case_type}（可选：{'、'.join(MODULES)}）")
        return _module(case_type)
    if cause:
        for name in MODULES:
            mod = _module(name)
            if cause in mod.CAUSES:
                return mod
        for name in MODULES:  # "劳动争议" inside a longer cause, "金融借款合同纠纷" variants
            mod = _module(name)
            if any(c in cause or cause in c for c in mod.CAUSES):
                return mod
    supported = "、".join(c for name in MODULES for c in _module(name).CAUSES)
    raise DraftError(f"无法确定案件类型（案由：{cause or '未知'}）；支持的案由：{supported}；"
                     "也可在 confirmed.case_type 中指定")
