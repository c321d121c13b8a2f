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
