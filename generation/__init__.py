"""Generation: CaseElements → documents (judgment drafts, filing form, publication copies).

``draft_judgment(elements, confirmed=None) -> Draft`` drafts a civil first-instance judgment in the
element style; ``confirmed`` (or ``elements["confirmed"]``) holds the judge's confirmed elements
(format: generation/ELEMENTS.md).
"""

from __future__ import annotations

from typing import Any


def draft_judgment(elements: Any, confirmed: dict | None = None, *, llm: str | None = None):
    """Draft a civil judgment. ``llm``: optional backend polishing 本院认为 (see generation.llm)."""
    from courtdoc.contracts import CaseElements

    from .casetypes import pick
    from .civil import DraftError, build

    if isinstance(elements, CaseElements):
        data = elements.to_json()
    elif isinstance(elements, dict):
        data = dict(elements)
    else:
        raise DraftError("要素应为 CaseElements 或其 JSON 对象")
    if confirmed is None:
        confirmed = data.get("confirmed") or {}
    data.pop("confirmed", None)
    if not isinstance(confirmed, dict):
        raise DraftError("confirmed 应为 JSON 对象")
    try:
        case = CaseElements.model_validate(data)
    except Exception as exc:  # pydantic ValidationError: name the first bad field
        raise DraftError(f"要素 JSON 不符合 courtdoc.case/1：{_first_error(exc)}。") from None
    cause = confirmed.get("cause_of_action") or case.cause_of_action
    module = pick(confirmed.get("case_type"), cause)
    try:
        draft = build(case, confirmed, module.TYPE, module.make)
    except DraftError:
        raise
    except (ValueError, TypeError, ArithmeticError, KeyError) as exc:  # e.g. a fee the schedule refuses
        raise DraftError(f"无法根据要素起草：{exc}") from None
    if llm and llm != "none":
        from .llm import polish_draft

        draft = polish_draft(draft, case, confirmed, module, llm)
    return draft


def _first_error(exc: Exception) -> str:
    """Pydantic's errors in Chinese, each naming the field (“parties”应为列表), as the API says them."""
    from courtdoc.messages import validation_problems

    errors = getattr(exc, "errors", None)
    problems = validation_problems(errors()) if callable(errors) else []
    return "；".join(problems) if problems else "格式错误"


__all__ = ["draft_judgment"]
