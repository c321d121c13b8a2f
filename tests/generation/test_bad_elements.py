"""Hostile or mistyped confirmed elements end in a DraftError naming the problem, never a crash."""

from __future__ import annotations

import copy

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.civil import DraftError
from gen_cases import CASES, load_case

BAD_VALUES = ["abc", None, -1, [], {"x": 1}, "2023-13-45", 1e308]


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.json")))
def test_every_element_mistyped(name):
    base = load_case(name)
    for key in list(base["confirmed"]["elements"]):
        for bad in BAD_VALUES:
            data = copy.deepcopy(base)
            data["confirmed"]["elements"][key] = bad
            try:
                d = draft_judgment(data)
            except DraftError as exc:
                assert str(exc)
                continue
            assert d.text


def test_top_level_garbage():
    for data in ({}, {"parties": "x"}, {"schema": "courtdoc.case/1", "confirmed": []}, {"filed_on": "x"}):
        with pytest.raises(DraftError):
            draft_judgment(data)
    with pytest.raises(DraftError):
        draft_judgment("not a dict")
