"""Cause and charge rules added after the holdout36-37 dev sets, each on a snippet written here (other people, places,
sums and wording than the sets' documents), with a neighbouring case that must keep its own answer."""

from courtdoc.extraction.sections import charges


def _charges(text: str) -> list[str]:
    return [name for name, _ in charges(text, 0, len(text))]


def test_a_charge_whose_name_holds_the_word_crime_is_read_whole():
    text = ("被告人周某某，男，1999年3月2日出生。因涉嫌犯帮助信息网络犯罪活动罪于2025年1月6日被刑事拘留。\n"
            "公诉机关指控：被告人周某某明知他人利用信息网络实施犯罪，仍出售其名下银行卡两张，其行为构成帮助信息网络犯罪活动罪。")
    assert _charges(text) == ["帮助信息网络犯罪活动罪"]
    text = "被告人钱某某收购他人盗得的电动车三辆，公诉机关以隐瞒犯罪所得罪提起公诉。"
    assert _charges(text) == ["隐瞒犯罪所得罪"]


def test_the_word_crime_alone_is_no_charge():
    assert _charges("被告人孙某某的行为已构成犯罪，应依法惩处。") == []
    assert _charges("被告人吴某某犯盗窃罪，判处有期徒刑一年。") == ["盗窃罪"]
