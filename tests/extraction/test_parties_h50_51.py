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


def test_a_minor_whose_registered_home_is_the_same_as_the_parents_above():
    # "户籍地同上": the registered address of the entry above, not its current home
    text = (
        "民事起诉状\n原告：韩秀兰，女，1985年9月12日出生，回族，户籍地宁夏回族自治区固原市原州区三营镇金轮村二组，"
        "现住宁夏回族自治区银川市兴庆区解放东街22号。\n"
        "原告：韩小雨，女，2012年7月8日出生，回族，学生，户籍地同上。\n"
        "法定代理人：韩秀兰（系韩小雨之母），情况同上。\n"
        "被告：固原市原州区三营镇金轮村民委员会，住所地宁夏回族自治区固原市原州区三营镇金轮村。\n"
        "诉讼请求：1.判令被告向二原告支付征地补偿款30000元。\n"
    )
    assert _addresses(text) == [
        ("原告", "韩秀兰", "宁夏回族自治区固原市原州区三营镇金轮村二组"),
        ("原告", "韩小雨", "宁夏回族自治区固原市原州区三营镇金轮村二组"),
        ("被告", "固原市原州区三营镇金轮村民委员会", "宁夏回族自治区固原市原州区三营镇金轮村"),
    ]


def test_a_party_row_of_a_table_whose_address_cell_says_same_as_above():
    # one row per party under a header; "同上" in the address column: where the row above lives
    text = (
        "民事起诉状\n一、当事人\n"
        "| 当事人 | 姓名 | 性别 | 出生日期 | 公民身份号码 | 住址 |\n"
        "|---|---|---|---|---|---|\n"
        "| 原告 | 林志远 | 男 | 1979.6.3 | 350102197906030411 | 福建省福州市鼓楼区五四路77号2座801室 |\n"
        "| 被告一 | 郑海鹏 | 男 | 1982.1.20 | 350103198201200415 | 福建省福州市台江区工业路233号5栋1204室 |\n"
        "| 被告二 | 黄秋萍 | 女 | 1984.9.9 | 350103198409090448 | 同上 |\n"
        "注：二被告系夫妻。\n\n二、诉讼请求\n1. 判令二被告偿还借款50000元。\n"
    )
    assert _addresses(text) == [
        ("原告", "林志远", "福建省福州市鼓楼区五四路77号2座801室"),
        ("被告", "郑海鹏", "福建省福州市台江区工业路233号5栋1204室"),
        ("被告", "黄秋萍", "福建省福州市台江区工业路233号5栋1204室"),
    ]
