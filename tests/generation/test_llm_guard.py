"""The optional 本院认为 polisher and its no-new-facts guard.

The local backend is exercised with a tiny randomly initialised GPT-2 and a character tokenizer the
test builds; its gibberish must be rejected and the rule-based text kept. The HTTP backend is
exercised with a local OpenAI-compatible stub that returns a faithful rewording (accepted) or one
with a new number (rejected).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.guard import check
from gen_cases import load_case


def _build_tiny_model(path, text: str):
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    vocab = {"[UNK]": 0, "[PAD]": 1}
    for ch in sorted(set(text)):
        vocab.setdefault(ch, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Split("", behavior="isolated")
    tok.decoder = decoders.Fuse()
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]").save_pretrained(path)
    torch.manual_seed(0)
    config = GPT2Config(vocab_size=len(vocab), n_layer=1, n_embd=32, n_head=2, n_positions=2048,
                        bos_token_id=1, eos_token_id=1)
    GPT2LMHeadModel(config).save_pretrained(path)
    return path


def test_tiny_random_model_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setenv("COURTDOC_LLM_MAX_TOKENS", "48")
    data = load_case("lending_1")
    plain = draft_judgment(data)
    model = _build_tiny_model(tmp_path / "tiny", "本院认为，0123456789元." + plain.text)
    polished = draft_judgment(data, llm=str(model))
    assert polished.text == plain.text  # fell back to the rule-based text
    assert any("语言模型润色未通过校验" in f for f in polished.flags)


class _Stub(BaseHTTPRequestHandler):
    reply = ""

    def do_POST(self):  # noqa: N802 (http.server API)
        length = int(self.headers["Content-Length"])
        json.loads(self.rfile.read(length))
        body = json.dumps({"choices": [{"message": {"content": _Stub.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def stub_server():
    server = HTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_http_backend_accepts_faithful_and_rejects_new_facts(stub_server):
    data = load_case("lending_1")
    plain = draft_judgment(data)
    _Stub.reply = "\n".join(p.replace("合法有效", "依法有效") for p in plain.reasoning)
    good = draft_judgment(data, llm=stub_server)
    assert "依法有效" in good.sections["reasoning"]
    assert any("经语言模型润色" in f for f in good.flags)

    _Stub.reply = "\n".join(plain.reasoning) + "\n另，被告王大锤曾承诺另付88888元。"
    bad = draft_judgment(data, llm=stub_server)
    assert bad.text == plain.text
    flag = next(f for f in bad.flags if "未通过校验" in f)
    assert "88888" in flag and "王大锤" in flag


def test_guard_rules():
    elements = load_case("lending_1")
    ref = "李四尚欠借款本金92978.08元（《中华人民共和国民法典》第六百七十五条）。"
    assert check("经核算，李四仍欠借款本金92978.08元（《中华人民共和国民法典》第六百七十五条）。", ref, elements) == []
    assert any("条文" in p for p in check(
        "李四尚欠借款本金92978.08元（《中华人民共和国民法典》第六百七十五条、《中华人民共和国民法典》第九千条）。",
        ref, elements))
    assert any("遗漏" in p for p in check("李四尚欠借款本金（《中华人民共和国民法典》第六百七十五条）。", ref, elements))
    assert check("", ref, elements) == ["输出为空"]
