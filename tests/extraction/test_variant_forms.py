"""Writing variants that one complaint mixes with the standard forms: variant glyphs and full-width
numbers, 要素式 form templates, 答辩状 headers, and a person with both a registered and a habitual residence."""

from __future__ import annotations

from courtdoc.extraction import extract
from courtdoc.generation.filing_form import filing_form

from courtdoc.contracts import CaseElements, Dossier, Page


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


def test_element_form_labels_ticks_and_an_empty_habitual_residence():
    el = extract(
        "民事起诉状\n（劳动争议纠纷）\n当事人信息\n原告    姓名：周某某\n        性别：男□  女☑\n"
        "        出生日期：1990年6月1日          民族：汉族\n"
        "        住所地（户籍所在地）：湖北省武汉市洪山区珞喻路100号\n        经常居住地：\n"
        "        证件类型：居民身份证      证件号码：420111199006010023\n委托诉讼代理人    有□  无☑\n"
        "被告    名称：武汉某某科技有限公司\n        住所地（主要办事机构所在地）：湖北省武汉市江汉区解放大道8号\n"
        "        法定代表人/主要负责人：钱某      职务：总经理\n"
        "诉讼请求和依据\n1.是否主张工资支付    是☑  否□\n  明细：拖欠工资共计12,000元\n")
    assert _people(el) == [
        ("原告", "周某某", "女", "1990-06-01", "湖北省武汉市洪山区珞喻路100号"),
        ("被告", "武汉某某科技有限公司", None, None, "湖北省武汉市江汉区解放大道8号"),
    ]
    assert el.parties[0].agents == []  # 无☑: no agent
    rep = el.parties[1].legal_representative
    assert (rep.name, rep.title) == ("钱某", "总经理")


def test_defence_header_gives_the_litigation_status_and_no_amount_claimed():
    el = extract(
        "民事答辩状\n\n答辩人（一审被告）：韩某某，男，1970年2月3日出生，汉族，住江苏省苏州市姑苏区人民路5号。\n"
        "被答辩人（原告）：苏州某某物业管理有限公司，住所地江苏省苏州市姑苏区干将路1号。\n\n"
        "答辩人就被答辩人诉答辩人物业服务合同纠纷一案，提出答辩意见如下：\n"
        "一、被答辩人要求答辩人支付物业费3,600元，缺乏事实依据。\n综上，请求法院依法驳回被答辩人的诉讼请求。\n")
    assert el.document_type == "答辩状"
    assert [(p.role, p.name) for p in el.parties] == [("被告", "韩某某"), ("原告", "苏州某某物业管理有限公司")]
    assert el.amount_claimed is None


def test_a_residence_after_the_registered_address_does_not_replace_it():
    # 民法典 art. 25, 民诉法解释 art. 3: the 住所 is the registered address; a 住/现住 is where one lives now
    el = extract(
        "刑事判决书\n公诉机关某市某区人民检察院。\n被告人吴某某，男，1995年10月8日出生，汉族，"
        "户籍地江西省赣州市于都县长征大道12号，住广东省东莞市南城街道宏图路8号。\n"
        "被告人陈某，男，2001年1月15日出生，汉族，住湖南省郴州市宜章县白沙圩村3组，户籍地湖南省郴州市北湖区1号。\n"
        "某市某区人民检察院指控被告人吴某某犯盗窃罪，于2023年6月5日向本院提起公诉。\n")
    assert [(p.name, p.address) for p in el.parties if p.role == "被告人"] == [
        ("吴某某", "江西省赣州市于都县长征大道12号"), ("陈某", "湖南省郴州市宜章县白沙圩村3组")]
    wu, chen = [p for p in el.parties if p.role == "被告人"]
    assert [(a.kind, a.text) for a in wu.addresses] == [
        ("户籍地", "江西省赣州市于都县长征大道12号"), ("住", "广东省东莞市南城街道宏图路8号")]
    assert [(a.kind, a.text) for a in chen.addresses] == [
        ("住", "湖南省郴州市宜章县白沙圩村3组"), ("户籍地", "湖南省郴州市北湖区1号")]


def test_a_stated_habitual_residence_is_the_address_in_either_order():
    # 民法典 art. 25: a stated 经常居住地 is deemed the 住所, before or after the registered address
    el = extract(
        "民事起诉状\n原告：郑某，男，户口所在地浙江省宁波市鄞州区中山路2号，经常居住地江苏省南京市玄武区北京东路3号。\n"
        "被告：冯某，女，经常居所上海市黄浦区南京东路5号，住所地（户籍所在地）安徽省合肥市庐阳区长江中路6号。\n"
        "被告：卫某，男，住浙江省杭州市西湖区文三路1号，经常居住地址：浙江省温州市鹿城区人民路7号。\n"
        "诉讼请求：\n1.判令被告偿还借款10000元。\n")
    assert [(p.name, p.address) for p in el.parties] == [
        ("郑某", "江苏省南京市玄武区北京东路3号"), ("冯某", "上海市黄浦区南京东路5号"), ("卫某", "浙江省温州市鹿城区人民路7号")]
    assert [[a.kind for a in p.addresses] for p in el.parties] == [
        ["户籍地", "经常居住地"], ["经常居住地", "住所地"], ["住", "经常居住地"]]


def test_addresses_keep_every_written_address_with_provenance():
    text = ("民事起诉状\n原告：郑某，男，身份证住址浙江省宁波市鄞州区中山路2号，现住址浙江省杭州市西湖区文三路1号。\n"
            "被告：宁波某某贸易有限公司，住所地浙江省宁波市海曙区药行街9号。\n诉讼请求：\n1.判令被告支付货款10000元。\n")
    el = extract(text)
    zheng, firm = el.parties
    assert zheng.address == "浙江省宁波市鄞州区中山路2号"
    assert [(a.kind, a.text) for a in zheng.addresses] == [
        ("身份证住址", "浙江省宁波市鄞州区中山路2号"), ("现住", "浙江省杭州市西湖区文三路1号")]
    assert [(a.kind, a.text) for a in firm.addresses] == [("住所地", "浙江省宁波市海曙区药行街9号")]
    for j, a in enumerate(zheng.addresses):
        sp = el.provenance[f"parties[0].addresses[{j}].text"]
        assert text[sp.start:sp.end] == a.text
    # the public JSON carries the list; an old CaseElements JSON without it still loads
    assert el.to_json()["parties"][0]["addresses"][1] == {"kind": "现住", "text": "浙江省杭州市西湖区文三路1号"}
    old = el.to_json()
    for p in old["parties"]:
        del p["addresses"]
    assert CaseElements.model_validate(old).parties[0].addresses == []
    # the filing form shows the 住所 and, beside it, the other address written
    rows = {r["label"]: r for r in filing_form(el)["rows"]}
    assert rows["原告1 住所"]["value"] == "浙江省宁波市鄞州区中山路2号"
    assert rows["原告1 现住"]["value"] == "浙江省杭州市西湖区文三路1号" and rows["原告1 现住"]["status"] == "ok"


def test_a_residence_written_as_unknown_keeps_the_registered_address():
    el = extract("民事起诉状\n原告：郑某，男，住浙江省杭州市西湖区文三路1号。\n"
                 "被告：冯某，男，户籍地浙江省宁波市鄞州区中山路2号，现住址不详。\n诉讼请求：\n1.判令被告偿还借款10000元。\n")
    assert el.parties[1].address == "浙江省宁波市鄞州区中山路2号"
