"""Optional language-model backend that polishes the 本院认为 paragraphs, and nothing else.

Backends (``--llm`` / env COURTDOC_LLM): ``none`` (default); an OpenAI-compatible base URL
(``http://host:8000/v1``; model from COURTDOC_LLM_MODEL, key from COURTDOC_LLM_KEY); or a local
directory with a transformers causal LM and its tokenizer (loaded from disk only; torch and
transformers are imported only when this backend is chosen; COURTDOC_LLM_MAX_TOKENS caps the new
tokens, default 1024).

Whatever comes back goes through ``guard.check`` (verified citations, no new numbers or names,
nothing dropped); on any problem the rule-based text stays and the draft is flagged.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

PROMPT = ("你是法官助理。请润色下面民事判决书“本院认为”部分的文字，使其更通顺规范。不得增加、删除或改动任何事实、"
          "数字、日期、人名和法律条文，保持分段，只输出润色后的正文。\n\n{text}\n\n润色后：\n")


class LlmError(RuntimeError):
    pass


def generate(backend: str, text: str) -> str:
    prompt = PROMPT.format(text=text)
    if backend.startswith(("http://", "https://")):
        return _openai(backend, prompt)
    if Path(backend).is_dir():
        cap = int(os.environ.get("COURTDOC_LLM_MAX_TOKENS", "1024"))
        return _local(backend, prompt, max_new=min(cap, 2 * len(text) + 16))
    raise LlmError(f"无法识别的语言模型后端：{backend}（应为 none、http(s) URL 或本地模型目录）")


def _openai(url: str, prompt: str) -> str:
    endpoint = url.rstrip("/")
    if not endpoint.endswith("/chat/completions"):
        endpoint += "/chat/completions"
    body = {"model": os.environ.get("COURTDOC_LLM_MODEL", "default"), "temperature": 0,
            "messages": [{"role": "user", "content": prompt}]}
    headers = {"Content-Type": "application/json"}
    if os.environ.get("COURTDOC_LLM_KEY"):
        headers["Authorization"] = f"Bearer {os.environ['COURTDOC_LLM_KEY']}"
    try:
        import httpx

        r = httpx.post(endpoint, json=body, headers=headers, timeout=120)
        r.raise_for_status()
        data = r.json()
    except ImportError:  # httpx is optional: the standard library does the same request
        import urllib.request

        req = urllib.request.Request(endpoint, json.dumps(body).encode(), headers)
        with urllib.request.urlopen(req, timeout=120) as resp:  # noqa: S310 (URL given by the operator)
            data = json.loads(resp.read())
    except Exception as exc:
        raise LlmError(f"语言模型服务请求失败：{type(exc).__name__}") from None
    try:
        return data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise LlmError("语言模型服务的响应格式无法识别") from None


_LOCAL: dict[str, tuple] = {}


def _local(path: str, prompt: str, max_new: int) -> str:
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError:
        raise LlmError("本地模型后端需要 torch 与 transformers") from None
    if path not in _LOCAL:
        tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True)
        model.eval()
        _LOCAL[path] = (tok, model)
    tok, model = _LOCAL[path]
    ids = tok(prompt, return_tensors="pt")["input_ids"]
    limit = getattr(model.config, "max_position_embeddings", None) or getattr(model.config, "n_positions", 2048)
    max_new = max(1, min(max_new, limit // 2))
    ids = ids[:, -(limit - max_new):]
    with torch.no_grad():
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new, do_sample=False,
                             pad_token_id=tok.pad_token_id if tok.pad_token_id is not None else 0)
    return tok.decode(out[0, ids.shape[1]:], skip_special_tokens=True)


def polish_draft(draft, case, confirmed: dict, module, backend: str):
    """Redraft with polished 本院认为 if the guard accepts it; else the same draft, flagged."""
    from .civil import build
    from .guard import check

    reference = "\n".join(draft.reasoning)
    try:
        polished = generate(backend, reference).strip()
    except LlmError as exc:
        draft.flags.append(f"语言模型润色未执行：{exc}；已使用规则生成的文本")
        return draft
    elements = case.to_json() | {"confirmed": confirmed}
    problems = check(polished, reference, elements)
    if problems:
        draft.flags.append("语言模型润色未通过校验（" + "；".join(problems) + "），已使用规则生成的文本")
        return draft
    paras = [p.strip().removeprefix("本院认为，") for p in polished.split("\n") if p.strip()]
    redrafted = build(case, confirmed | {"_polished_reasoning": paras}, module.TYPE, module.make)
    redrafted.flags.append("“本院认为”部分经语言模型润色并通过校验，请审核")
    return redrafted
