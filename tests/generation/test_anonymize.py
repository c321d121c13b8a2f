"""Publication copies per 法释〔2016〕19号: masking, removal, refusal — TXT and DOCX."""

from __future__ import annotations

import pytest
from courtdoc.generation import draft_judgment
from courtdoc.generation.anonymize import (
    AnonymizeError,
    PublicationForbidden,
    anonymize_file,
    anonymize_text,
    assign_masks,
    mask_name,
)
from docx import Document
from gen_cases import load_case

JUDGMENT = """福建省厦门市思明区人民法院
民事判决书
（2023）闽0203民初1234号
原告：张三，男，1980年1月1日出生，汉族，公民身份号码350203198001011234，住福建省厦门市思明区湖滨南路100号，联系电话13900000000。
委托诉讼代理人：王五，福建某某律师事务所律师。
委托诉讼代理人：张四，男，系原告之弟，住福建省厦门市湖里区金山街道福安路1号。
被告：厦门某某贸易有限公司，住所地福建省厦门市思明区鹭江道8号。
法定代表人：李大明，执行董事。
被告：欧阳小明，男，1990年2月2日出生，住福建省厦门市集美区杏林湾路2号。
原告张三与被告厦门某某贸易有限公司、欧阳小明买卖合同纠纷一案，本院依法适用简易程序审理。
张三向本院提出诉讼请求：判令被告支付货款。欧阳小明驾驶闽D12345号车辆提货，货款应汇入张三账号6222 0210 0102 3456 789。
审  判  员　陈立明
书  记  员　林雨欣
"""


def test_masks_and_removals():
    out = anonymize_text(JUDGMENT)
    assert "张三" not in out and "张四" not in out and "欧阳小明" not in out
    assert "原告：张某1，男" in out and "委托诉讼代理人：张某2" in out  # colliding masks numbered
    assert "被告：欧阳某" in out
    assert "350203198001011234" not in out and "13900000000" not in out
    assert "6222" not in out and "闽D12345" not in out and "闽D×××××" in out
    assert "住福建省厦门市思明区，" in out or "住福建省厦门市思明区。" in out
    assert "湖滨南路" not in out and "福安路" not in out and "杏林湾路" not in out
    # kept: legal person and its seat, its legal representative, the lawyer, the judges
    assert "厦门某某贸易有限公司，住所地福建省厦门市思明区鹭江道8号" in out
    assert "法定代表人：李大明" in out and "委托诉讼代理人：王五" in out
    assert "审  判  员　陈立明" in out and "林雨欣" in out
    assert out.count("\n") == JUDGMENT.count("\n")


def test_mask_rules():
    assert mask_name("张三") == "张某" and mask_name("欧阳小明") == "欧阳某"
    assert mask_name("阿依古丽·买买提") == "阿某" and mask_name("John Smith") == "J"
    assert assign_masks(["王一", "李二", "王三"]) == {"王一": "王某1", "王三": "王某2", "李二": "李某"}


@pytest.mark.parametrize("text,item", [
    ("某某人民法院\n民事调解书\n（2023）闽0203民初1号\n", "第四条第（三）项"),
    ("某某人民法院\n民事判决书\n原告张某与被告李某离婚纠纷一案", "第四条第（四）项"),
    ("某某人民法院\n刑事判决书\n被告人王某，犯罪时未满十八周岁", "第四条第（二）项"),
    ("某某人民法院\n民事判决书\n本案涉及国家秘密", "第四条第（一）项"),
    ("某某人民法院\n民事判决书\n原告与被告抚养费纠纷一案", "第四条第（四）项"),
])
def test_refusals_name_the_rule(text, item):
    with pytest.raises(PublicationForbidden) as exc:
        anonymize_text(text)
    assert item in str(exc.value) and "法释〔2016〕19号" in str(exc.value)


def test_divorce_draft_refused():
    with pytest.raises(PublicationForbidden, match="第四条第（四）项"):
        draft_judgment(load_case("divorce_1")).anonymized()


def test_txt_and_docx_files(tmp_path):
    src = tmp_path / "j.txt"
    src.write_text(JUDGMENT, encoding="utf-8")
    anonymize_file(src, tmp_path / "pub.txt")
    assert "张三" not in (tmp_path / "pub.txt").read_text(encoding="utf-8")

    docx_in = tmp_path / "j.docx"
    draft_judgment(load_case("lending_1")).write_docx(docx_in)
    anonymize_file(docx_in, tmp_path / "pub.docx")
    doc = Document(str(tmp_path / "pub.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "张三" not in text and "李四" not in text and "原告：张某" in text
    assert "湖滨南路" not in text and "委托诉讼代理人：王五" in text
    assert doc.paragraphs[1].runs[0].font.size.pt == 22  # formatting kept


def test_bad_inputs(tmp_path):
    with pytest.raises(AnonymizeError, match="不存在"):
        anonymize_file(tmp_path / "none.txt", tmp_path / "o.txt")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(AnonymizeError, match="DOCX"):
        anonymize_file(bad, tmp_path / "o.docx")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(AnonymizeError, match="不支持"):
        anonymize_file(pdf, tmp_path / "o.pdf")
    assert not (tmp_path / "o.docx").exists()


def test_party_lines_without_colon_and_appeal_roles():
    text = ("某某中级人民法院\n民事判决书\n上诉人（原审被告）：孙悟空，男，1990年1月1日出生，住浙江省杭州市西湖区文三路1号。\n"
            "被上诉人（原审原告）猪八戒，男，1985年1月1日出生。\n上诉人孙悟空因与被上诉人猪八戒民间借贷纠纷一案……\n")
    out = anonymize_text(text)
    assert "孙悟空" not in out and "猪八戒" not in out
    assert "上诉人（原审被告）：孙某" in out and "被上诉人（原审原告）猪某" in out


def test_ner_finds_names_outside_the_party_blocks():
    ner = pytest.importorskip("courtdoc.extraction.ner")
    try:
        ner.NerModel.load()
    except Exception as exc:  # model not trained in this checkout
        pytest.skip(f"NER model unavailable: {exc}")
    text = JUDGMENT.replace("审  判  员", "证人赵铁柱出庭作证，称其目睹交货经过。\n审  判  员")
    out = anonymize_text(text)
    assert "赵铁柱" not in out and "证人赵某" in out
    assert "欧阳某" in out and "欧某某" not in out  # partial model spans never re-mask a name
    assert "陈立明" in out  # judges stay
