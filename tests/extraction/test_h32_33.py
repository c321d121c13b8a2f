"""Party and claim rules added after the holdout32-33 dev sets, each on a snippet written here (not the sets'
documents: other people, places, sums and wording)."""

from courtdoc.extraction import extract
from courtdoc.legal.validators import id_check_char


def _id(body17: str) -> str:
    """A citizen ID number with its GB 11643 check character."""
    return body17 + id_check_char(body17)


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


# ------------------------------------------------------------------ letters


def test_letter_filer_with_a_dotted_name_suing_a_company_named_right_after_the_verb():
    # a transliterated name joined by a middle dot; the company sued named straight after "我要告"
    a = _id("65290119820304151")
    text = ("尊敬的法官：\n"
            f"我叫热合曼·阿不都，男，维吾尔族，1982年3月4日出生，身份证号{a}，住新疆阿克苏市英巴扎路12号。"
            "我要告阿克苏天马物流有限公司，地址是新疆阿克苏地区阿克苏市工业园区南三路8号。\n"
            "去年我托他们运一车红枣到广州，路上压坏了一半，他们不认账。\n"
            "我的请求：赔我货款3600元。\n热合曼·阿不都\n2025年3月2日")
    el = extract(text)
    assert el.document_type == "起诉状"
    me = _party(el, "热合曼·阿不都")
    assert (me.role, me.gender, me.birth_date, me.id_number) == ("原告", "男", "1982-03-04", a)
    co = _party(el, "阿克苏天马物流有限公司")
    assert co.role == "被告"
    assert co.address == "新疆阿克苏地区阿克苏市工业园区南三路8号"
    assert el.amount_claimed == 3600.0
