"""Party patterns the holdout10 extraction set showed, as general rules."""

from __future__ import annotations

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def test_party_block_typed_as_box_drawing_table():
    text = (
        "民事起诉状\n"
        "┌────────┬──────────────────────┐\n"
        "│ 原告   │ 林小芳                                 │\n"
        "│ 性别   │ 女             民族：汉族              │\n"
        "│ 出生日期 │ 1985年3月12日                        │\n"
        "│ 住所   │ 福建省福州市鼓楼区五四路88号            │\n"
        "├────────┼──────────────────────┤\n"
        "│ 被告   │ 陈建国                                 │\n"
        "│ 性别   │ 男                                     │\n"
        "│ 住所   │ 福建省福州市台江区八一七中路20号        │\n"
        "└────────┴──────────────────────┘\n"
        "诉讼请求：\n1. 判令被告偿还借款人民币30000元；\n2. 本案诉讼费由被告承担。\n"
        "事实和理由：2022年5月被告向原告借款30000元，至今未还。\n此致\n福建省福州市鼓楼区人民法院\n"
    )
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "林小芳"), ("被告", "陈建国")]
    a = _party(el, "林小芳")
    assert (a.gender, a.birth_date, a.address) == ("女", "1985-03-12", "福建省福州市鼓楼区五四路88号")
    assert _party(el, "陈建国").address == "福建省福州市台江区八一七中路20号"
    assert el.amount_claimed == 30000.0

