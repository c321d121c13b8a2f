"""The party and document misses of holdout16: a complaint written in traditional characters (folded to
simplified one character for one so the rules read it, names and addresses given as written), and an
address that runs on into a second, labelled one ("…702室\\n现住…"). Every text here is written for this test."""

from __future__ import annotations

from courtdoc.extraction import extract
from courtdoc.extraction.provenance import DocText, t2s_table

TRADITIONAL = """民事起訴狀
原告：鄭曉東，男，1985年3月2日出生，漢族，身份證號碼110105198503020017，住廣東省廣州市越秀區東風東路18號
被告：廣州華興裝飾工程有限公司，住所地廣東省廣州市天河區體育東路99號，法定代表人：馮國強
訴訟請求：1.判令被告償還借款人民幣50，000元及利息；2.訴訟費由被告承擔。
事實與理由：2023年1月5日，被告因資金周轉困難向原告借款50000元，約定2023年6月30日前歸還，到期後經原告多次催要，被告至今未還。
此致
廣州市越秀區人民法院
具狀人：鄭曉東
2024年2月1日
"""


def test_traditional_complaint_reads_like_a_simplified_one():
    el = extract(TRADITIONAL)
    assert el.document_type == "起诉状"
    people = {p.role: p for p in el.parties}
    assert set(people) == {"原告", "被告"}
    # names and addresses as the document writes them
    assert people["原告"].name == "鄭曉東"
    assert people["原告"].gender == "男"
    assert people["原告"].birth_date == "1985-03-02"
    assert people["原告"].id_number == "110105198503020017"
    assert people["原告"].address == "廣東省廣州市越秀區東風東路18號"
    assert people["被告"].name == "廣州華興裝飾工程有限公司"
    assert people["被告"].kind == "organization"
    assert people["被告"].address == "廣東省廣州市天河區體育東路99號"
    assert people["被告"].legal_representative is not None
    assert people["被告"].legal_representative.name == "馮國強"
    assert el.amount_claimed == 50000
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.court == "广州市越秀区人民法院"


def test_traditional_fold_keeps_offsets_and_provenance():
    doc = DocText.from_text(TRADITIONAL)
    assert len(doc.norm) == len(doc.written)
    assert "起诉状" in doc.norm and "身份证号码" in doc.norm
    assert "鄭曉東" in doc.written
    el = extract(TRADITIONAL)
    src = el.provenance["parties[0].name"]
    assert TRADITIONAL[src.start:src.end] == "鄭曉東"


def test_simplified_text_is_left_alone():
    text = "原告张三，住北京市朝阳区建国路88号，著作权人，于2023年后向法院起诉，请求判令被告赔偿损失。"
    doc = DocText.from_text(text)
    assert doc.norm == doc.written
    table = t2s_table()
    # the table folds one character for one, and never a character into itself
    assert all(len(v) == 1 and chr(k) != v for k, v in table.items())
    assert text.translate(table) == text
