"""Chinese messages for pydantic validation errors, shared by the stages and the service (a
litigant, clerk or judge reads them, so each names the field and its problem)."""

from __future__ import annotations

_TYPE_NAMES = {"string": "文本", "int": "整数", "float": "数字", "bool": "true 或 false", "dict": "一个 JSON 对象",
               "list": "列表", "model_attributes": "一个 JSON 对象"}


def validation_problems(errors: list[dict]) -> list[str]:
    """Pydantic's validation errors as Chinese phrases, each naming the field and its problem."""
    parts = []
    for e in errors[:3]:
        loc = [x for x in e.get("loc", ()) if x not in ("body", "query", "path", "header", "cookie")]
        path = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in loc).lstrip(".")
        field = f"“{path}”" if loc else "请求体"
        kind, ctx = e.get("type", ""), e.get("ctx") or {}
        if kind == "json_invalid":
            parts.append("请求体不是有效的 JSON")
        elif kind == "missing":
            parts.append(f"缺少{field}" if loc else "缺少请求体")
        elif kind == "string_too_short":
            n = ctx.get("min_length", 1)
            parts.append(f"{field}不能为空" if n <= 1 else f"{field}至少 {n} 个字符")
        elif kind == "string_too_long":
            parts.append(f"{field}不能超过 {ctx.get('max_length')} 个字符")
        elif kind in ("greater_than_equal", "greater_than"):
            parts.append(f"{field}应不小于 {ctx.get('ge', ctx.get('gt'))}")
        elif kind in ("less_than_equal", "less_than"):
            parts.append(f"{field}应不大于 {ctx.get('le', ctx.get('lt'))}")
        elif kind == "literal_error":
            expected = str(ctx.get("expected")).replace(" or ", " 或 ").replace(", ", "、")
            parts.append(f"{field}应为 {expected}")
        elif kind == "string_pattern_mismatch":
            parts.append(f"{field}格式不正确")
        elif kind.endswith("_type") or kind.endswith("_parsing"):
            expected = _TYPE_NAMES.get(kind.rsplit("_", 1)[0])
            parts.append(f"{field}应为{expected}" if expected else f"{field}类型不正确")
        else:
            parts.append(f"{field}不正确")
    return parts
