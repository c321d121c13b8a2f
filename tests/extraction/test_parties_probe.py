"""Party reading on snippets of our own that probe shapes the dev sets had not shown."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

_LETTER = ("{lead}我叫{name}，女，今年三十八岁，住内蒙古自治区通辽市科尔沁区和平路团结小区12号楼。"
           "我要告阿拉坦仓，他前年借我2万元买草料，说好年底还，到现在也不还。")


@pytest.mark.parametrize("lead", ["", "尊敬的法官：\n"])
def test_letter_filer_with_five_character_name_without_dot(lead: str) -> None:
    # a Mongolian name of five characters written without the middle dot reads as a name of three does
    for name in ("娜仁其其格", "萨仁娜"):
        el = extract(_LETTER.format(lead=lead, name=name))
        assert el.document_type == "起诉状", name
        assert [(p.role, p.name) for p in el.parties][:1] == [("原告", name)]
        assert ("被告", "阿拉坦仓") in [(p.role, p.name) for p in el.parties]


def test_letter_filer_five_character_name_after_shi_with_gender() -> None:
    el = extract("我是额尔敦其木格，女，住呼伦贝尔市海拉尔区胜利街8号。我要告宝音，他欠我货款6000元不给。")
    assert el.document_type == "起诉状"
    assert (el.parties[0].role, el.parties[0].name) == ("原告", "额尔敦其木格")


def test_letter_filer_five_character_name_with_gender_in_brackets_after_age() -> None:
    el = extract("我叫图雅其其格，今年52岁（1971年生，女，蒙古族），住赤峰市红山区昭乌达路9号。"
                 "我要起诉朝鲁，他租我的草场两年不给租金8000元。")
    assert el.document_type == "起诉状"
    assert (el.parties[0].role, el.parties[0].name) == ("原告", "图雅其其格")

