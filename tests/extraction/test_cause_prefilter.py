"""The cue rules' needle prefilter skips only rules that cannot match: the cause read is the same with it."""

import json
import re
from pathlib import Path

from courtdoc.extraction import cause_rules
from courtdoc.extraction.cause_rules import RULES, _needles, _rule_needles, _rules_that_may_match

DEV = Path(__file__).resolve().parents[2] / "bench" / "data" / "extract_dev"


def _needles_of(pattern: str) -> set[str] | None:
    found = _rule_needles(re.compile(pattern))
    return set(found) if found is not None else None


def test_needles_are_what_every_match_contains():
    assert _needles_of(r"借款|欠款") == {"借款", "欠款"}
    assert _needles_of(r"(?:拖欠|未付)[^。]{0,10}工资") == {"工资"}  # the longer of the two required parts
    assert _needles_of(r"[租赁]金") == {"金"}  # one character sure beats a choice of two
    assert _needles_of(r"(?<!年假)工资") == {"工资"}  # a look-behind consumes nothing
    # a rule every part of which is optional, or that may start with any character, vouches for nothing
    assert _needles_of(r"(?:借款)?") is None
    assert _needles_of(r"(?i)loan") is None
    assert _needles_of(r"借|") is None


def test_every_rule_has_needles_or_is_always_run():
    assert len(cause_rules._RULE_NEEDLES) == len(RULES)
    for (cause, _rx, _), needles in zip(RULES, cause_rules._RULE_NEEDLES, strict=True):
        if needles is not None:
            assert needles and all(needles), cause


def test_prefilter_keeps_every_rule_that_matches():
    texts = [json.loads(line).get("text") for path in sorted(DEV.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()[::4]]
    texts = [t for t in texts if t]
    assert len(texts) > 300
    for text in texts:
        claims, facts = text[: len(text) // 3], text[len(text) // 3:]
        kept = {id(rx) for _, rx, _ in _rules_that_may_match(claims, facts)}
        for cause, rx, _ in RULES:
            if rx.search(claims) or rx.search(facts):
                assert id(rx) in kept, (cause, rx.pattern)


def test_parse_tree_reader_handles_nested_groups():
    tree = re.compile(r"(?:被(?:狗|犬)咬|动物)伤").pattern
    from re import _parser
    assert _needles(_parser.parse(tree)) == {"伤"}
    assert _needles(_parser.parse(r"(?:被(?:狗|犬)咬|动物)")) == {"被", "动物"}
