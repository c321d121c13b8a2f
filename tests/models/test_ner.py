"""The shipped NER model (models/ner) on onnxruntime: spans on legal sentences, offsets, windowing.

No training here; these tests read the committed ONNX file.
"""

from __future__ import annotations

import numpy as np
import pytest
from courtdoc.extraction.ner import (
    NerModel,
    NerModelMissing,
    Span,
    allowed_transitions,
    sentences,
    tags_to_spans,
    viterbi,
)

TITLE = "原告张三与被告厦门某某贸易有限公司民间借贷纠纷一案"
PARTY = ("原告：李×1，女，1985年3月12日出生，汉族，住福建省厦门市思明区湖滨南路100号，"
         "公民身份号码350203198503121234。")
FACT = "2022年3月5日，被告王某因资金周转需要向原告借款人民币50000元，约定于2022年12月31日前归还。"


@pytest.fixture(scope="module")
def ner() -> NerModel:
    return NerModel.load()


def by_label(spans: list[Span], label: str) -> list[str]:
    return [s.text for s in spans if s.label == label]


def test_load_is_cached_singleton(ner):
    assert NerModel.load() is ner
    assert ner.path.name in {"model.onnx", "model.int8.onnx"}
    assert ner.path.stat().st_size <= 8 * 1024 * 1024


def test_title_sentence_person_and_company(ner):
    spans = ner.predict(TITLE)
    assert "张三" in by_label(spans, "PER")
    orgs = by_label(spans, "ORG")
    assert any(o.endswith("有限公司") and "厦门" in o for o in orgs), spans


def test_party_block(ner):
    spans = ner.predict(PARTY)
    assert "李×1" in by_label(spans, "PER")
    assert "1985年3月12日" in by_label(spans, "DATE")
    assert any(a.startswith("福建省厦门市思明区") for a in by_label(spans, "LOC")), spans
    # The identity number is regex territory: never part of a span.
    assert not any("350203" in s.text for s in spans)


def test_fact_dates_money_person(ner):
    spans = ner.predict(FACT)
    assert "王某" in by_label(spans, "PER")
    assert {"2022年3月5日", "2022年12月31日"} <= set(by_label(spans, "DATE"))
    assert any("50000元" in m for m in by_label(spans, "MONEY")), spans


def test_offsets_point_into_the_text(ner):
    text = "  " + TITLE + "\n" + FACT
    for s in ner.predict(text):
        assert text[s.start : s.end] == s.text
        assert s.label in {"PER", "ORG", "LOC", "DATE", "MONEY"}


def test_long_text_is_windowed(ner):
    # ~3,000 characters, far past the trained window: the spans found sentence by sentence are found
    # again in the long text at the shifted offsets (context across window edges may move a few).
    text, expected = "", set()
    for i in range(60):
        piece = (TITLE + "。", PARTY, FACT)[i % 3]
        expected |= {(s.start + len(text), s.end + len(text), s.label) for s in ner.predict(piece)}
        text += piece
    assert len(text) > 20 * ner.window
    got = {(s.start, s.end, s.label) for s in ner.predict(text)}
    assert len(expected & got) >= 0.9 * len(expected)
    tail = len(text) - len(FACT)
    assert {(s.start + tail, s.end + tail, s.label) for s in ner.predict(FACT)} <= got


def test_empty_and_odd_input(ner):
    assert ner.predict("") == []
    assert isinstance(ner.predict("！！！ ＡＢＣ　１２３ \x00\ufeff"), list)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(NerModelMissing, match="courtdoc train ner"):
        NerModel.load(tmp_path)


def test_sentences_tile_the_text_within_the_window():
    text = "原告：张三。被告李四；\n\n" + "甲" * 300 + "，乙乙。尾"
    pieces = sentences(text, 128)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))  # no gap, no overlap
    assert all(0 < e - s <= 128 for s, e in pieces)
    assert [text[s:e] for s, e in pieces[:4]] == ["原告：张三。", "被告李四；", "\n", "\n"]
    assert sentences("短句", 128) == [(0, 2)]
    # a long sentence is cut after its last comma inside the window, not inside the words after it
    long = "被告" + "某" * 100 + "，" + "乙" * 60 + "。"
    assert sentences(long, 128)[0] == (0, 103)


def test_blank_lines_cost_nothing_and_stay_outside_spans(ner):
    text = FACT + "\n\n   \n\n" + TITLE
    spans = ner.predict(text)
    assert not any(text[s.start : s.end].strip() != s.text.strip() or "\n" in s.text for s in spans)
    assert "王某" in by_label(spans, "PER") and "张三" in by_label(spans, "PER")


def test_viterbi_never_starts_inside_a_span():
    tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    start_ok, trans = allowed_transitions(tags)
    # Raw argmax would give I-PER at 0 and I-ORG after B-PER.
    logp = np.log(np.array([[0.1, 0.1, 0.6, 0.1, 0.1], [0.1, 0.6, 0.1, 0.1, 0.1], [0.1, 0.1, 0.3, 0.1, 0.4]]))
    path = viterbi(logp, start_ok, trans)
    assert tags[path[0]] != "I-PER"
    assert not (tags[path[1]] == "B-PER" and tags[path[2]] == "I-ORG")
    spans = tags_to_spans("abc", path, tags)
    assert all(isinstance(s, Span) and "abc"[s.start : s.end] == s.text for s in spans)
