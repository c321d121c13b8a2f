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


RESIDENCE_RUN_ON = """{title}

原告：林秀英  女  1987年9月3日生  汉族  身份证350102198709030028
户籍地：福建省福州市鼓楼区五四路88号3座1201室
{label}福州市仓山区金山大道18号（租住）
被告：陈志明  男  1985年2月11日生  汉族  身份证350103198502110013
住福建省福州市台江区八一七中路200号

诉讼请求：
1、请求判决原、被告离婚；
2、诉讼费由被告负担。

事实与理由：
原、被告2012年登记结婚，婚后因性格不合经常争吵，2021年起分居至今，夫妻感情确已破裂。

此致
福州市鼓楼区人民法院
起诉人：林秀英
2024年3月1日
"""


def test_a_complaint_titled_with_its_subject_and_起诉书_is_a_complaint():
    for title in ("离婚起诉书", "民间借贷起诉书", "民事起诉书"):
        el = extract(RESIDENCE_RUN_ON.format(title=title, label="现住"))
        assert el.document_type == "起诉状", title
        assert el.cause_of_action == "离婚纠纷"


def test_an_indictment_stays_no_complaint():
    text = ("福州市鼓楼区人民检察院起诉书\n被告人陈某，男，1985年2月11日出生。\n"
            "经依法审查查明：被告人陈某于2023年5月盗窃他人财物，其行为已触犯刑法，应当以盗窃罪追究其刑事责任。\n")
    assert extract(text).document_type != "起诉状"


def test_a_residence_label_after_the_registered_address_starts_a_second_address():
    for label in ("现住", "现居住", "暂住", "实际居住"):
        el = extract(RESIDENCE_RUN_ON.format(title="离婚起诉书", label=label))
        plaintiff = next(p for p in el.parties if p.role == "原告")
        # the 户籍 address stays the 住所; the residence is a second address of its own
        assert plaintiff.address == "福建省福州市鼓楼区五四路88号3座1201室", label
        texts = [a.text for a in plaintiff.addresses]
        assert any(t.startswith("福州市仓山区金山大道18号") for t in texts), (label, texts)
        defendant = next(p for p in el.parties if p.role == "被告")
        assert defendant.address == "福建省福州市台江区八一七中路200号"


def test_a_bracketed_residence_stays_with_its_address():
    text = RESIDENCE_RUN_ON.format(title="离婚起诉书", label="现住").replace(
        "1201室\n现住福州市仓山区金山大道18号（租住）", "1201室（现住福州市仓山区金山大道18号）")
    plaintiff = next(p for p in extract(text).parties if p.role == "原告")
    assert plaintiff.address == "福建省福州市鼓楼区五四路88号3座1201室"
