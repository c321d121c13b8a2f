"""End-to-end extraction from text: parties, claims, amounts, sections, cause, fee, checks, provenance."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

from .samples import APPEAL, COMPLAINT, CRIMINAL, NEWS, VALID_ID


@pytest.fixture(scope="module")
def complaint():
    return extract(COMPLAINT)


def test_complaint_document_fields(complaint):
    el = complaint
    assert el.document_type == "起诉状"
    assert el.court == "福建省厦门市思明区人民法院"
    assert el.filed_on == "2023-05-01"
    assert el.cause_of_action == "民间借贷纠纷"
    assert el.facts_and_reasons.startswith("2021年1月1日")
    assert el.evidence == ["借条一份", "银行转账凭证一份"]


def test_complaint_persons_with_every_attribute(complaint):
    zhang = complaint.parties[0]
    assert (zhang.role, zhang.kind, zhang.name, zhang.gender, zhang.birth_date, zhang.ethnicity) == (
        "原告", "person", "张明", "男", "1980-01-01", "汉族")
    assert zhang.id_number == VALID_ID
    assert zhang.address == "福建省厦门市思明区湖滨南路100号"
    assert zhang.phone == "13900000000"
    assert zhang.occupation == "农民"
    li = complaint.parties[1]
    assert (li.role, li.name, li.gender, li.ethnicity) == ("原告", "李娟", "女", "回族")
    assert [(a.name, a.type, a.firm, a.title) for a in li.agents] == [
        ("王平", "委托诉讼代理人", "福建天衡联合律师事务所", "律师")]


def test_complaint_organisation_and_several_defendants(complaint):
    roles = [(p.role, p.name) for p in complaint.parties]
    assert roles == [("原告", "张明"), ("原告", "李娟"), ("被告", "厦门海峡贸易有限公司"), ("被告", "陈小红")]
    org = complaint.parties[2]
    assert org.kind == "organization"
    assert org.credit_code == "91350200MA2XK0Q21H"
    assert org.address == "福建省厦门市湖里区高崎南五路88号"
    assert (org.legal_representative.name, org.legal_representative.title) == ("赵强", "执行董事")
    assert org.gender is None and org.birth_date is None


def test_claims_split_and_amount_rule(complaint):
    assert len(complaint.claims) == 4
    assert complaint.claims[1] == "判令被告支付违约金5000元"
    # 壹拾万元整（¥100,000元） counts once; the interest base (以100000元为基数) and the costs do not count
    assert complaint.amount_claimed == 105000.0
    assert "按年利率6%计算" in complaint.claims[0]  # interest terms stay in the claim text


def test_fee_from_legal(complaint):
    from courtdoc.legal.fees import acceptance_fee

    expected = acceptance_fee("民间借贷纠纷", 105000.0)
    assert complaint.fee.acceptance_fee == expected.amount
    assert complaint.fee.basis == expected.basis


def test_valid_identifiers_give_no_checks(complaint):
    assert [c for c in complaint.checks if c.level == "error"] == []


def test_provenance_points_at_the_source_text(complaint):
    prov = complaint.provenance
    for key, value in (("parties[0].name", "张明"), ("parties[0].id_number", VALID_ID),
                       ("parties[2].name", "厦门海峡贸易有限公司"), ("court", "福建省厦门市思明区人民法院"),
                       ("parties[1].agents[0]", "王平")):
        src = prov[key]
        assert src.page == 0
        assert COMPLAINT[src.start:src.end] == value
    assert COMPLAINT[prov["claims[1]"].start:prov["claims[1]"].end] == "判令被告支付违约金5000元"
    assert "cause_of_action" in prov and "amount_claimed" in prov and "filed_on" in prov


def test_json_contract_has_every_field(complaint):
    data = complaint.to_json()
    assert data["schema"] == "courtdoc.case/1"
    assert set(data["parties"][0]) >= {"role", "kind", "name", "gender", "birth_date", "ethnicity", "id_number",
                                       "credit_code", "address", "phone", "occupation", "legal_representative", "agents"}


def test_criminal_judgment():
    el = extract(CRIMINAL)
    assert el.document_type == "刑事判决书"
    assert el.case_number == "（2022）浙0106刑初888号"
    assert el.court == "浙江省杭州市西湖区人民法院"
    assert el.charges[0] == "盗窃罪" and "掩饰、隐瞒犯罪所得罪" not in el.charges[:0]
    assert el.cause_of_action == "盗窃罪"
    roles = [(p.role, p.name, p.kind) for p in el.parties]
    assert roles == [("公诉机关", "浙江省杭州市西湖区人民检察院", "organization"), ("被告人", "孙某", "person"),
                     ("被告人", "钱某某", "person")]
    sun = el.parties[1]
    assert sun.birth_date == "1992-03-03" and sun.address == "浙江省杭州市西湖区文三路20号"
    assert [(a.name, a.type, a.title) for a in sun.agents] == [("周律", "辩护人", "律师")]
    assert el.claims == [] and el.amount_claimed is None


def test_appeal_roles_and_agent_titles():
    el = extract(APPEAL)
    assert el.document_type == "上诉状"
    assert [(p.role, p.name) for p in el.parties] == [("上诉人", "郑远"), ("被上诉人", "武汉华兴商贸有限公司")]
    assert el.parties[0].agents[0].title == "实习律师"
    assert el.parties[1].legal_representative.name == "谢华"
    assert el.cause_of_action == "买卖合同纠纷"
    assert el.court == "湖北省武汉市中级人民法院"
    assert el.amount_claimed == 42000.0


def test_non_legal_text_is_other_with_empty_fields():
    el = extract(NEWS)
    data = el.to_json()
    assert data["document_type"] == "其他"
    assert data["parties"] == [] and data["claims"] == [] and data["checks"] == []
    assert data["amount_claimed"] is None and data["cause_of_action"] is None


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\x00\x01", "原告", "诉讼请求：", "a" * 5000])
def test_degenerate_input_never_raises(text):
    el = extract(text)
    assert el.to_json()["schema"] == "courtdoc.case/1"


def test_masked_names_and_multiple_parties_per_role():
    text = ("原告李×1。委托代理人蒋某，湘阴县南湖法律服务所法律工作者。被告曹0，男，1987年9月9日出生，汉族，（户籍地）住哈尔滨市南岗区，"
            "现住哈尔滨市道里区。被告林某某，女。\n原告李×1诉称，被告曹0、林某某向其借款70000元未还，请求法院依法判决：1、被告偿还本金70000元及利息；"
            "2、由被告承担本案诉讼费。")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "李×1"), ("被告", "曹0"), ("被告", "林某某")]
    assert el.parties[0].agents[0].title == "法律工作者"
    # the registered address is the 住所; a 现住 after it is only where the person lives now
    assert el.parties[1].address == "哈尔滨市南岗区"
    assert [(a.kind, a.text) for a in el.parties[1].addresses] == [("户籍地", "哈尔滨市南岗区"), ("现住", "哈尔滨市道里区")]
    assert el.amount_claimed == 70000.0


def test_cause_inferred_when_not_stated_is_flagged():
    text = ("民事起诉状\n原告：张明，男，住福建省厦门市思明区湖滨南路100号。\n被告：陈红，女，住福建省厦门市湖里区金山路8号。\n"
            "诉讼请求：1.判令被告支付拖欠的房屋租金24000元；2.本案诉讼费由被告承担。\n"
            "事实和理由：被告承租原告房屋，自2022年1月起未付租金。\n此致\n福建省厦门市思明区人民法院\n2023年5月1日\n")
    el = extract(text)
    assert el.cause_of_action == "房屋租赁合同纠纷"
    assert any(c.field == "cause_of_action" and "核实" in c.message for c in el.checks)
    assert el.amount_claimed == 24000.0


def test_stated_cause_wins_and_is_not_flagged():
    el = extract(APPEAL)
    assert el.cause_of_action == "买卖合同纠纷"
    assert not any(c.field == "cause_of_action" for c in el.checks)


def test_form_style_party_block():
    text = ("民事起诉状（民间借贷纠纷）\n原告\n姓名：胡晓燕\n性别：女\n出生日期：1984年9月12日\n民族：汉族\n"
            "住所地（户籍地）：江西省赣州市章贡区红旗大道20号\n联系电话：13612345678\n被告\n姓名：潘志伟\n性别：男\n"
            "住所地（户籍地）：江西省赣州市南康区蓉江街道\n诉讼请求\n1.判令被告偿还借款本金80000元；\n2.由被告负担诉讼费用。\n")
    el = extract(text)
    hu, pan = el.parties
    assert (hu.role, hu.name, hu.gender, hu.birth_date, hu.ethnicity, hu.phone) == (
        "原告", "胡晓燕", "女", "1984-09-12", "汉族", "13612345678")
    assert hu.address == "江西省赣州市章贡区红旗大道20号"
    assert (pan.role, pan.name, pan.gender) == ("被告", "潘志伟", "男")
    assert el.cause_of_action == "民间借贷纠纷" and el.amount_claimed == 80000.0


def test_other_legal_document_keeps_its_parties_typed_other():
    text = ("支付令申请书\n申请人：厦门某某建材有限公司，住所地福建省厦门市集美区杏林湾路3号。\n法定代表人：苏某，经理。\n"
            "被申请人：王某某，男，1980年7月7日出生，汉族，住福建省厦门市海沧区。\n请求事项：督促被申请人支付货款人民币68,000元。\n")
    el = extract(text)
    assert el.document_type == "其他"
    assert [(p.role, p.name) for p in el.parties] == [("申请人", "厦门某某建材有限公司"), ("被申请人", "王某某")]
    assert el.amount_claimed == 68000.0


def test_several_names_in_one_entry_become_several_parties():
    el = extract("民事起诉状\n原告：张三，男，住厦门市思明区。\n被告：王某1、王某2，均住福建省厦门市湖里区。\n"
                 "诉讼请求：判令二被告偿还借款1000元。")
    assert [(p.role, p.name, p.address) for p in el.parties] == [
        ("原告", "张三", "厦门市思明区"), ("被告", "王某1", "福建省厦门市湖里区"), ("被告", "王某2", "福建省厦门市湖里区")]


def test_untitled_criminal_facts_without_a_defendant_word_are_criminal():
    # a second-instance criminal judgment names an 上诉人; found by bench/extract_audit.py on CAIL texts
    el = extract("经审理查明，原判认定上诉人马某非法持有毒品甲基苯丙胺352.4克的事实清楚。"
                 "上诉人马某于2016年5月被公安机关抓获，到案后如实供述。")
    assert el.document_type == "刑事判决书"
    civil = extract("经审理查明，原告马某与被告李某签订借款合同，被告借款5万元未还，原告诉至本院。"
                    "被告曾因涉嫌诈骗被公安机关抓获。")
    assert civil.document_type == "民事判决书"
