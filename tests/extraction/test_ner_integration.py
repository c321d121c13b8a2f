"""The learned models are used where the rules do not reach (checked with a stand-in model, so the
test does not depend on the trained artefact being present)."""

from __future__ import annotations

import pytest
from courtdoc.extraction import _legal, extract
from courtdoc.extraction.parties import ParsedParty, _address_from_ner


class Span:
    def __init__(self, text: str, sub: str, label: str):
        self.start = text.index(sub)
        self.end = self.start + len(sub)
        self.label = label
        self.text = sub


class StubNer:
    def __init__(self, entities: dict[str, str]):
        self.entities = entities
        self.calls = 0

    def predict(self, text: str):
        self.calls += 1
        return [Span(text, sub, label) for sub, label in self.entities.items() if sub in text]


@pytest.fixture
def stub(monkeypatch):
    model = StubNer({"王大明": "PER", "李小华": "PER", "福建省漳州市龙文区建元路9号": "LOC"})
    monkeypatch.setattr(_legal, "ner_model", lambda: model)
    return model


def test_parties_named_only_in_free_text_come_from_ner(stub):
    el = extract("经审理查明：本案原告系王大明，被告系李小华，双方于2021年签订借款合同，约定借款八万元。本院认为，借贷关系成立。")
    assert [(p.role, p.name) for p in el.parties] == [("原告", "王大明"), ("被告", "李小华")]
    assert stub.calls >= 1


def test_address_without_a_cue_word_comes_from_ner(stub):
    from courtdoc.contracts import Party

    pp = ParsedParty(Party(role="原告", name="王大明"))
    _address_from_ner(pp, [("福建省漳州市龙文区建元路9号", 100, 114)])
    assert pp.party.address == "福建省漳州市龙文区建元路9号"
    assert pp.spans["address"] == (100, 114)


def test_rules_do_not_call_the_model_on_regular_blocks(stub):
    from .samples import COMPLAINT

    extract(COMPLAINT)
    assert stub.calls == 0  # the regular complaint is read by the rules alone (latency)
