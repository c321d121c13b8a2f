"""Party rules found on holdout50/51 (new snippets of the same layouts, not the holdout texts)."""

from courtdoc.extraction import extract


def _addresses(text):
    return [(p.role, p.name, p.address) for p in extract(text).parties]


CLAIM = "诉讼请求：\n1. 判令被告返还押金3000元。\n"


def test_a_bracketed_remark_on_whose_place_it_is_is_no_part_of_the_address():
    # "（房主自己住的地方）", "（新租的）": what the place is to someone, said in words, not where it is
    text = (
        "民事起诉状\n原告：邵明轩，男，1991年4月2日出生，汉族，住杭州市西湖区文三路199号3幢402室（新租的）。\n"
        "被告：詹国华，男，住杭州市拱墅区湖墅南路88号1203室（房主自己住的地方）。\n" + CLAIM
    )
    assert _addresses(text) == [
        ("原告", "邵明轩", "杭州市西湖区文三路199号3幢402室"),
        ("被告", "詹国华", "杭州市拱墅区湖墅南路88号1203室"),
    ]


def test_a_bracket_naming_the_place_stays_in_the_address():
    text = "民事起诉状\n原告：邵明轩，男，1991年4月2日出生，住杭州市西湖区文三路199号（金都花园）。\n" \
           "被告：詹国华，男，住杭州市拱墅区湖墅南路88号。\n" + CLAIM
    assert _addresses(text)[0][2] == "杭州市西湖区文三路199号（金都花园）"
