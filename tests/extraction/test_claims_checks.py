"""Claims, amounts (digits, 万元, Chinese, 大写) and the checks that never raise."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

from .samples import VALID_ID

HEAD = "民事起诉状\n原告：张明，男，1980年1月1日出生，汉族，住福建省厦门市思明区湖滨南路100号。\n被告：陈红，女，住福建省厦门市湖里区。\n"
TAIL = "\n事实和理由：被告借款未还。\n此致\n福建省厦门市思明区人民法院\n2023年5月1日\n"


def complaint(claims: str, head: str = HEAD) -> str:
    return head + "诉讼请求：\n" + claims + TAIL


@pytest.mark.parametrize("claims,amount,n", [
    ("1.判令被告偿还借款7.7万元；\n2.本案诉讼费由被告承担。", 77000.0, 2),
    ("一、判令被告偿还借款人民币叁万伍仟元整；二、诉讼费由被告承担。", 35000.0, 2),
    ("（1）判令被告支付货款十二万元；（2）判令被告支付违约金2,500.50元。", 122500.5, 2),
    ("1、判令被告返还借款10万元；2、判令被告支付利息2万元；3、以上合计12万元；4、本案诉讼费由被告负担。", 120000.0, 4),
    ("1.判令被告支付货款1,250,000元及利息（以1,250,000元为基数，按LPR计算，暂计至2023年3月31日为40,625元）。", 1290625.0, 1),
    ("判令被告支付赔偿医疗费2000元、误工费3000元，共计5000元。", 5000.0, 1),
    ("1.判令原、被告离婚；2.婚生子由原告抚养，被告每月支付抚养费1500元。", None, 2),
    ("判令被告退还培训费8600元，并承担本案诉讼费用。", 8600.0, 1),
])
def test_amount_claimed_rule(claims, amount, n):
    el = extract(complaint(claims))
    assert len(el.claims) == n, el.claims
    assert el.amount_claimed == amount


def test_daxie_digit_mismatch_is_a_check():
    el = extract(complaint("1.判令被告偿还借款人民币壹拾万元整（¥110,000元）；2.诉讼费由被告承担。"))
    msgs = [c for c in el.checks if c.field == "claims[0]"]
    assert msgs and "大写" in msgs[0].message
    assert el.amount_claimed == 100000.0


def test_bad_id_number_checksum_and_cross_checks():
    bad = VALID_ID[:-1] + ("0" if VALID_ID[-1] != "0" else "1")
    head = (f"民事起诉状\n原告：张明，女，1981年2月2日出生，汉族，住福建省厦门市思明区湖滨南路100号，公民身份号码{bad}，电话123。\n"
            "被告：厦门某某有限公司，住所地厦门市湖里区，统一社会信用代码91350200MA2XK0Q21X。\n法定代表人：赵强，经理。\n")
    el = extract(complaint("判令被告偿还借款1000元。", head))
    fields = {(c.field, c.level) for c in el.checks}
    assert ("parties[0].id_number", "error") in fields
    assert ("parties[1].credit_code", "error") in fields
    assert ("parties[0].phone", "warning") in fields


def test_id_cross_check_birth_date_and_gender():
    head = (f"民事起诉状\n原告：张明，女，1981年2月2日出生，汉族，住福建省厦门市思明区，公民身份号码{VALID_ID}。\n"
            "被告：陈红，女，住福建省厦门市湖里区。\n")
    el = extract(complaint("判令被告偿还借款1000元。", head))
    fields = {c.field for c in el.checks}
    assert "parties[0].birth_date" in fields  # 1981-02-02 vs 1980-01-01 in the ID
    assert "parties[0].gender" in fields      # 女 vs the odd sequence digit


def test_impossible_birth_date_is_a_check_not_an_error_raised():
    head = "民事起诉状\n原告：张明，男，1980年2月30日出生，汉族，住福建省厦门市思明区。\n被告：陈红，女，住厦门市。\n"
    el = extract(complaint("判令被告偿还借款1000元。", head))
    assert el.parties[0].name == "张明"
    # either the date is not read or it is flagged; it never crashes
    assert el.parties[0].birth_date is None or any(c.field == "parties[0].birth_date" for c in el.checks)


def test_missing_fields_are_warnings():
    head = "民事起诉状\n原告：张明，男。\n被告：厦门某某有限公司。\n"
    el = extract(complaint("判令被告偿还借款1000元。", head))
    fields = {c.field for c in el.checks}
    assert "parties[0].address" in fields and "parties[1].legal_representative" in fields


def test_legal_representative_variants_and_agents():
    head = ("民事起诉状\n原告：中国工商银行股份有限公司厦门分行，住所地厦门市思明区湖滨北路1号。\n负责人：马力，行长。\n"
            "委托诉讼代理人：郭静、刘畅，均系福建某某律师事务所律师。\n"
            "原告：李×1，女，2012年5月4日出生，汉族，住河北省石家庄市长安区。\n法定代理人：李×2，男，系原告之父。\n"
            "被告：高明，男，1984年11月11日生，汉族，经常居住地北京市朝阳区望京街9号。\n")
    el = extract(complaint("判令被告偿还借款1000元。", head))
    bank, child, defendant = el.parties
    assert bank.kind == "organization" and bank.legal_representative.name == "马力"
    assert bank.legal_representative.title == "行长"
    assert [(a.name, a.firm, a.title) for a in bank.agents] == [("郭静", "福建某某律师事务所", "律师"),
                                                                 ("刘畅", "福建某某律师事务所", "律师")]
    assert [(a.name, a.type) for a in child.agents] == [("李×2", "法定代理人")]
    assert defendant.address == "北京市朝阳区望京街9号" and defendant.birth_date == "1984-11-11"


def test_run_together_fields_from_ocr_are_split_on_cue_words():
    """OCR often drops the spaces of a spaced form: the cues still separate the fields."""
    text = ("民事起诉状\n原告张伟男1983年4月2日出生汉族住江苏省南京市鼓楼区中山北路12号身份证号320106198304020417\n"
            "被告南京恒达装饰工程有限公司住所地广西壮族自治区南宁市青秀区民族大道1号\n法定代表人刘建华总经理\n"
            "诉讼请求\n1、判令被告返还装修款38000元；\n")
    el = extract(text)
    zhang, firm = el.parties
    assert (zhang.name, zhang.gender, zhang.birth_date, zhang.ethnicity) == ("张伟", "男", "1983-04-02", "汉族")
    assert zhang.address == "江苏省南京市鼓楼区中山北路12号" and zhang.id_number == "320106198304020417"
    assert firm.name == "南京恒达装饰工程有限公司"
    assert firm.address == "广西壮族自治区南宁市青秀区民族大道1号"  # 壮族 inside an address is no cut
    assert (firm.legal_representative.name, firm.legal_representative.title) == ("刘建华", "总经理")


# Found by bench/extract_audit.py on real loan judgments (no labels): each a general rule, not one document.
@pytest.mark.parametrize("claims,amount", [
    # the base of interest still running is named again after the principal: it adds nothing
    ("1.判令被告立即归还借款2万元，并支付2万元自2017年1月9日起至款项付清之日止按银行同期贷款利率四倍计算的利息；"
     "2.本案诉讼费由被告负担。", 20000.0),
    ("判令被告偿还借款67万元并支付其中10万元、12万元、28万元、17万元分别自2013年10月16日、12月26日和"
     "2014年8月3日、10月7日起至还清之日止按月利率1.5％计算的利息。", 670000.0),
    # a "合计" inside the interest terms totals the interest only, not the whole item
    ("判令被告归还借款本金2000000元，并支付利息（自2012年9月21日起按本金1000000元，月利率1％计算至实际付清之日止，"
     "暂计算至2013年8月20日利息合计110000元）。", 2110000.0),
    # paid already: not asked for
    ("判令被告偿还本金4万元，16500元作为已还利息，下余利息不再请求。", 40000.0),
    ("判令被告偿还扣除已还款2万元后的剩余借款8万元。", 80000.0),
    # an amount in a parenthetical formula is not the other writing of the sum before it
    ("判令被告偿还借款本金790万元，承担利息94.8万元（790万元×6％×2年），合计884.8万元。", 8848000.0),
])
def test_amount_rules_found_by_audit(claims, amount):
    el = extract(complaint(claims))
    assert el.amount_claimed == amount, el.claims
    assert not [c for c in el.checks if "大写" in c.message]


def test_formula_in_parentheses_is_no_daxie_mismatch():
    el = extract(complaint("1.判令被告支付逾期保费9114.39元(2470元/月×3个月21天)；2.诉讼费由被告承担。"))
    assert el.amount_claimed == 9114.39
    assert not [c for c in el.checks if "大写" in c.message]


# Read by hand from the claims of real CAIL2021 loan complaints (bench/extract_audit.py --amounts focus).
@pytest.mark.parametrize("claims,amount", [
    # a bracket right after a sum explains it
    ("判令被告归还原告借款1300000元及利息182000元［1300000元×2％×7个月（2016年9月19日-2017年4月19日）］。", 1482000.0),
    ("判令被告支付借款手续费1200000元（按照每月600000元的标准，暂计至2015年10月为1200000元）。", 1200000.0),
    # "以上合计" in the last money item totals the items before it too
    ("1.判令二被告归还借款2134000元；2.判令二被告支付利息609530元，以上合计2743530元；3.诉讼费由二被告承担。", 2743530.0),
    # a guarantee limit, a priority over collateral, a sum named as the end of a period: nothing more to pay
    ("1.判令被告甲偿还借款本金1800万元；2.被告乙在1000万元限额内承担连带偿还责任。", 18000000.0),
    ("1.判令被告偿还借款300万元；2.原告有权拍卖抵押房产，就所得价款中的300万元优先受偿。", 3000000.0),
    ("1.判令被告偿还借款本金1600万元；2.判令被告支付违约金，以1300万元为标准，按照日千分之二计算至1300万元本金偿清之日止。",
     16000000.0),
    # a base named before a daily rate, and a part of the sum already claimed
    ("判令被告支付按原告已交房款539733.89元的每日万分之三计算的逾期交房违约金。", None),
    ("判令被告偿还借款本金合计3491000元，并支付其中借款本金1991000元从2013年3月25日起按月利率2％计算的利息。", 3491000.0),
])
def test_amount_rules_from_real_claims(claims, amount):
    assert extract(complaint(claims)).amount_claimed == amount


def test_claims_after_request_to_the_court_with_a_colon():
    el = extract("原告诉称，被告借款未还。请求人民法院：1．判决被告偿还借款6965864.65元；2．判决被告偿还借款利息210万元"
                 "（上述利息计算至2017年12月7日，剩余利息请求按照月利2分支付至实际给付之日止）；3．诉讼费由被告负担。")
    assert el.claims[0].startswith("判决被告偿还借款6965864.65元")
    assert el.amount_claimed == 9065864.65


# Read by hand from the claims of real CAIL2019 loan judgments (bench/extract_audit.py --amounts scm).
@pytest.mark.parametrize("claims,amount", [
    # a sum named as interest stays a sum when how the rest is computed follows after a comma
    ("判令被告偿还借款本金100000元、利息18000元，按银行同期贷款利率支付自起诉之日到实际给付时的利息。", 118000.0),
    # "X元的利息": interest on X, not X again
    ("判令被告偿还423000元及利息，其中5万元的利息从借款之日起计算，37万元的利息从起诉之日起计算。", 423000.0),
    # "本息暂计为": a total of the item
    ("1.判令被告偿还借款本金15万元，并支付自2013年10月21日起以月利率2分计算的利息，本息暂计为234000元；"
     "2.判令被告偿还借款本金3万元，并支付自2013年12月6日起以月利率2分计算的利息，本息暂计为45600元。", 279600.0),
    # the base of the interest named in the next item
    ("1.判令被告归还借款70万元；2.判令被告按年利率6％支付借款70万元自2016年10月31日起至实际支付之日的利息。", 700000.0),
    # a sum changed later replaces the first
    ("判令二被告偿还借款6053.21元，后变更为4553.21元。", 4553.21),
])
def test_amount_rules_from_real_judgments(claims, amount):
    assert extract(complaint(claims)).amount_claimed == amount


def test_claims_after_a_comma_when_the_plaintiff_raises_them():
    # "向本院提出诉讼请求，…" (a comma, not a colon); found re-extracting real text with half-width commas
    el = extract("原告王某向本院提出诉讼请求，被告立即归还原告借款本金1400000元、利息1220000元（按月息2％计算），"
                 "本息共计2620000元，并承担本案诉讼费。事实与理由：被告借款到期未还。")
    assert el.amount_claimed == 2620000.0
