"""Party fields on snippets of our own, one per rule fixed after the holdout126-133 dev sets."""

from courtdoc.extraction import extract


def _party(text: str, name: str):
    parties = {p.name: p for p in extract(text).parties}
    assert name in parties, list(parties)
    return parties[name]


def test_since_when_lived_there_is_no_part_of_the_address():
    text = (
        "民事起诉状\n"
        "原告：洪月娥    性别：女    民族：汉族\n"
        "身份证号：350203198807154426\n"
        "经常居住地：福建省厦门市湖里区金山街道云顶北路302号金海花园5幢902室（自2020年5月起）\n"
        "被告：卓文斌    性别：男\n"
        "住所：福建省泉州市丰泽区东海街道刺桐路18号\n"
        "诉讼请求：判令被告返还借款5万元。\n"
        "事实与理由：被告向原告借款5万元，至今未还。\n"
        "此致\n厦门市湖里区人民法院\n具状人：洪月娥\n2024年6月3日\n"
    )
    assert _party(text, "洪月娥").address == "福建省厦门市湖里区金山街道云顶北路302号金海花园5幢902室"
