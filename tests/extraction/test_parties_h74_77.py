"""Party fields of complaints written the way holdout74-77's were (new snippets, not the dev documents)."""
from courtdoc.extraction import extract


def _party(text: str, name: str):
    return next(p for p in extract(text).parties if p.name == name)


def test_macao_identity_card_keeps_its_bracketed_check_digit():
    text = ("民事起诉状\n"
            "原告：林詠詩，女，1990年6月3日出生，澳門特別行政區居民，澳門居民身份證號碼5172403(6)，"
            "住澳門新口岸宋玉生廣場321號海景花園6樓C。\n"
            "被告：黃志強，男，1988年1月20日出生，漢族，身份證號碼440402198801209418，"
            "住廣東省珠海市香洲區吉大街道景山路88號。\n"
            "訴訟請求：\n一、判令被告返還原告款項人民幣30,000元；\n二、本案訴訟費用由被告負擔。\n"
            "事實與理由：原告誤將款項轉入被告賬戶，被告拒不返還。\n此致\n珠海市香洲區人民法院\n起訴人：林詠詩\n")
    assert _party(text, "林詠詩").id_number == "5172403(6)"
    assert _party(text, "黃志強").id_number == "440402198801209418"


def test_same_village_and_group_as_the_entry_above():
    text = ("起诉状\n"
            "原告：罗大春，男，1962年3月9日出生，汉族，农民，住址：湖北省黄冈市麻城市宋埠镇彭店村三组15号。\n"
            "被告：罗大军，男，1968年11月2日出生，汉族，农民，住址：同上村组。\n"
            "诉讼请求：\n一、判令被告停止侵害，恢复原告通行道路；\n二、诉讼费由被告承担。\n"
            "事实与理由：原、被告系兄弟，被告在通道上砌墙阻断原告出入。\n此致\n麻城市人民法院\n具状人：罗大春\n")
    # the same village and group, not the house number of the entry above
    assert _party(text, "罗大军").address == "湖北省黄冈市麻城市宋埠镇彭店村三组"
    assert _party(text, "罗大春").address == "湖北省黄冈市麻城市宋埠镇彭店村三组15号"
