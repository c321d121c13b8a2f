"""Rules added after the holdout17 dev set, each on a snippet written here (not the set's documents)."""

from courtdoc.extraction import extract


def _party(el, role):
    return next(p for p in el.parties if p.role == role)


def test_letter_to_the_court_is_a_complaint_with_both_parties():
    # no title: a first-person letter ("我叫…", "我要起诉…") closed with 此致 + the court
    text = ("尊敬的法官：\n"
            "我叫周秀兰，女，1985年9月14日出生，汉族，住湖北省武汉市洪山区珞喻路152号3栋501室。\n"
            "我要起诉我前夫刘建军，男，1983年2月5日出生，汉族，住湖北省武汉市江岸区解放大道1200号。\n"
            "离婚后他一直不付女儿的抚养费，我要求他每月支付抚养费1500元。\n"
            "此致\n武汉市洪山区人民法院\n周秀兰\n2024年6月3日")
    el = extract(text)
    assert el.document_type == "起诉状"
    plaintiff, defendant = _party(el, "原告"), _party(el, "被告")
    assert (plaintiff.name, plaintiff.gender, plaintiff.birth_date) == ("周秀兰", "女", "1985-09-14")
    assert plaintiff.address == "湖北省武汉市洪山区珞喻路152号3栋501室"
    assert (defendant.name, defendant.gender) == ("刘建军", "男")
    assert defendant.address == "湖北省武汉市江岸区解放大道1200号"


def test_first_person_narrative_without_suing_is_not_a_complaint_party_block():
    # "我叫…" alone (a statement, no one sued) gives no 原告/被告
    el = extract("情况说明\n我叫周秀兰，女，1985年9月14日出生。我在超市工作了五年。\n2024年6月3日")
    assert not [p for p in el.parties if p.role in ("原告", "被告")]


def test_organisation_in_table_cells_keeps_representative_and_seat():
    # each cell its own field: "| 法定代表人 | 赵立新 |", "| 住所地 | … |" on the row below
    text = ("民事起诉状\n"
            "| 原告 | 孙丽 | 性别 | 女 |\n"
            "| 身份证号 | 110101199001011237 | 电话 | 13800000000 |\n"
            "| 住所 | 北京市朝阳区建国路88号1号楼202 | | |\n"
            "| 被告 | 北京恒远商贸有限公司 | 法定代表人 | 赵立新 |\n"
            "| 住所地 | 北京市海淀区中关村大街27号中关村大厦901室 | 统一社会信用代码 | （不详） |\n"
            "诉讼请求：\n1.判令被告支付工资12,000元；\n2.本案诉讼费由被告承担。\n"
            "事实与理由：原告在被告处工作，被告拖欠工资。\n北京市海淀区人民法院\n2024年3月1日")
    el = extract(text)
    org = _party(el, "被告")
    assert org.name == "北京恒远商贸有限公司"
    assert org.kind == "organization"
    assert org.address == "北京市海淀区中关村大街27号中关村大厦901室"
    assert org.legal_representative is not None and org.legal_representative.name == "赵立新"
    assert _party(el, "原告").address == "北京市朝阳区建国路88号1号楼202"


def test_individual_business_name_without_the_form_bracket():
    # 民诉法解释 art. 59: the 字号 is the party; '（个体工商户）' says what kind of party it is
    for bracket in ("（个体工商户）", "(个体工商户)"):
        text = ("民事起诉状\n原告：王建华，男，1979年5月2日出生，汉族，住浙江省杭州市西湖区文三路90号。\n"
                f"被告：杭州市拱墅区阿福小吃店{bracket}，经营场所浙江省杭州市拱墅区湖墅南路55号。\n"
                "经营者：李阿福，男，1970年3月3日出生。\n"
                "诉讼请求：\n1.判令被告赔偿原告医疗费3,000元。\n事实与理由：原告在被告处就餐后腹泻。\n"
                "此致\n杭州市拱墅区人民法院\n具状人：王建华\n2024年4月1日")
        el = extract(text)
        shop = _party(el, "被告")
        assert shop.name == "杭州市拱墅区阿福小吃店"
        assert shop.kind == "organization"
        assert shop.address == "浙江省杭州市拱墅区湖墅南路55号"
    # a partnership keeps its form: it is part of the registered name
    el = extract("民事起诉状\n原告：某某律师事务所（普通合伙），住所地上海市黄浦区中山东一路1号。\n"
                 "负责人：陈某，主任。\n被告：张某，男，1980年1月1日出生，住上海市徐汇区漕溪路1号。\n"
                 "诉讼请求：\n1.判令被告支付律师费5,000元。")
    assert _party(el, "原告").name == "某某律师事务所（普通合伙）"


def test_role_address_same_as_above_after_legal_agent_is_no_party():
    # "原告住址同上": the minor 原告 lives at the 法定代理人's address written just above; no party "住址同上"
    text = ("民事起诉状\n"
            "原告：张小雨，男，2015年3月2日出生，汉族，学生。\n"
            "法定代理人：张红，女，1988年7月1日出生，汉族，住湖南省长沙市岳麓区麓山南路88号5栋301，系原告母亲。\n"
            "原告住所同上。\n"
            "被告：李大伟，男，1986年5月5日出生，汉族，住湖南省长沙市雨花区韶山中路20号。\n"
            "诉讼请求：判令被告每月支付原告抚养费1500元。\n"
            "事实与理由：原告母亲与被告离婚，原告随母亲生活。\n此致\n长沙市岳麓区人民法院")
    el = extract(text)
    assert sorted(p.name for p in el.parties) == ["张小雨", "李大伟"]
    assert _party(el, "原告").address == "湖南省长沙市岳麓区麓山南路88号5栋301"
    assert _party(el, "被告").address == "湖南省长沙市雨花区韶山中路20号"


def test_letter_naming_the_defendant_without_suing_words():
    # "我叫…" then "被告是…" (no "我要起诉"), claims as "我的请求"; the narrative's "被告的工商银行卡" is no party
    text = ("我叫陈立新，女，1980年2月3日出生，住浙江省杭州市西湖区文三路100号。\n"
            "被告是王海涛，男，1995年6月7日生，住浙江省杭州市拱墅区湖墅南路5号。\n"
            "我的请求：让被告还我转错的钱20000元。\n"
            "事情经过：我转账时选错了人，把钱转到了被告的工商银行卡上，他不肯退。\n"
            "此致\n杭州市西湖区人民法院\n陈立新\n2024年2月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name) for p in el.parties] == [("原告", "陈立新"), ("被告", "王海涛")]
    assert _party(el, "被告").address == "浙江省杭州市拱墅区湖墅南路5号"


def test_letter_suing_a_neighbour_with_attributes_in_brackets():
    # "我是…" then "我想告我们隔壁的NAME（男，…，住…）": filer 原告, the one sued 被告, attributes read from the brackets
    text = ("尊敬的法官：\n"
            "我是刘春梅，女，1962年9月3日生，身份证210102196209030021，家住辽宁省沈阳市和平区南京北街12号3单元。"
            "我想告我们隔壁的孙志强（男，1980年1月5日生，住沈阳市和平区南京北街14号）。去年他砌墙占了我家的过道。\n"
            "请法院给我做主。\n刘春梅\n2024年3月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    assert [(p.role, p.name) for p in el.parties] == [("原告", "刘春梅"), ("被告", "孙志强")]
    assert _party(el, "原告").address == "辽宁省沈阳市和平区南京北街12号3单元"
    assert _party(el, "被告").gender == "男"
    assert _party(el, "被告").address == "沈阳市和平区南京北街14号"


def test_letter_story_after_the_parties_gives_cause_claims_and_amount():
    # a letter has no headings: the story starts after the sentence naming the one sued, and "我要求他赔我…"
    # is the claim (h19-08's form, written anew here)
    text = ("尊敬的法官：\n"
            "我叫李秀芳，女，1961年4月2日生，家住山东省济南市历下区泉城路18号。"
            "我要告我们对门的钱大海（男，1979年8月9日生，住济南市历下区泉城路20号）。"
            "上个月他家的狗没拴，把我小腿咬伤了，打疫苗花了2100元。我要求他赔我医药费2100元，误工费900元，一共3000元。\n"
            "请法院给我做主。\n李秀芳\n2024年7月1日")
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "李秀芳"), ("被告", "钱大海")]
    assert el.cause_of_action == "饲养动物损害责任纠纷"
    assert el.amount_claimed == 3000
    assert el.claims and "医药费2100元" in el.claims[0]
