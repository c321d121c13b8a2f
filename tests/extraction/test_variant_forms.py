"""Writing variants that one complaint mixes with the standard forms: variant glyphs and full-width
numbers, 要素式 form templates, 答辩状 headers, and a person with both a registered and a habitual residence."""

from __future__ import annotations

from courtdoc.extraction import extract

from courtdoc.contracts import Dossier, Page


def _people(el):
    return [(p.role, p.name, p.gender, p.birth_date, p.address) for p in el.parties]


def test_variant_glyphs_and_full_width_numbers_keep_page_offsets():
    text = ("民事起诉状\n\n原吿：张某某，女，１９８６年７月１２日出生，汉族，住广东省广州市天河区体育西路10号，\n"
            "身份证号：440106198607129348\n被吿：李某，男，1990年1月2日出生，汉族，住广东省佛山市禅城区季华路5号。\n\n"
            "诉讼请求：\n1.判令被告返还原告不当得利款４８，０００元；\n2.本案诉讼费由被告承担。\n")
    el = extract(Dossier(file="x.txt", pages=[Page(index=0, width=0, height=0, source="text-layer", text=text)], text=text))
    assert _people(el) == [
        ("原告", "张某某", "女", "1986-07-12", "广东省广州市天河区体育西路10号"),
        ("被告", "李某", "男", "1990-01-02", "广东省佛山市禅城区季华路5号"),
    ]
    assert el.amount_claimed == 48000.0
    # provenance points at the characters as written on the page, variants and all
    role = el.provenance["parties[0].role"]
    assert text[role.start:role.end] == "原吿"
    birth = el.provenance["parties[0].birth_date"]
    assert text[birth.start:birth.end] == "１９８６年７月１２日"
    amount = el.provenance["amount_claimed"]
    assert "４８，０００" in text[amount.start:amount.end]


def test_number_separators_fold_only_inside_numbers():
    from courtdoc.extraction.provenance import DocText

    doc = DocText.from_text("欠款４８，０００元及１２．５万元，于2023，100人到场，1，2项")
    assert doc.norm == "欠款48,000元及12.5万元，于2023，100人到场，1，2项"
    assert len(doc.nmap) == len(doc.raw) + 1  # one normalised character per raw one
