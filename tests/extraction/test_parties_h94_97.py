"""Party fields on the kinds of documents first scored in holdout94-97 (each test says the rule)."""

from courtdoc.extraction import extract


def _party(text: str, name: str):
    return next(p for p in extract(text).parties if p.name == name)


def test_a_line_saying_where_one_lives_now_is_a_field_of_its_own_not_the_tail_of_the_registered_address():
    # fields on lines without colons: each line is its own field, the 户籍 is the address (住所)
    text = ("起诉状\n原告 施慧敏 女 1994年3月8日生 汉族\n身份证 450305199403080527\n"
            "户籍 广西壮族自治区桂林市七星区东江街道漓东村7组22号\n现在住 南宁市青秀区凤岭北路 公司租的宿舍\n"
            "电话 15977001234\n被告 韦德良 男 五十来岁\n电话 13907715566\n住南宁市西乡塘区大学东路9号\n\n"
            "诉讼请求\n1 被告还我借款8000元\n2 诉讼费被告出\n\n事实和理由\n2023年5月他找我借了8000元，说三个月还，到现在没还。\n"
            "此致\n南宁市西乡塘区人民法院\n起诉人 施慧敏\n2024年11月3日")
    p = _party(text, "施慧敏")
    assert p.address == "广西壮族自治区桂林市七星区东江街道漓东村7组22号"
    assert p.id_number == "450305199403080527"
    assert _party(text, "韦德良").address == "南宁市西乡塘区大学东路9号"


def test_a_sentence_saying_the_party_above_is_a_sole_trader_names_no_party():
    # the shop (字号) is the party; the sentence after the table says what it is and who runs it
    text = ("民事起诉状\n\n一、当事人基本情况\n\n"
            "| 诉讼地位 | 姓名/名称 | 性别 | 出生日期 | 身份证号/统一社会信用代码 | 住所 |\n|---|---|---|---|---|---|\n"
            "| 原告 | 祁文涛 | 男 | 1996-02-14 | 620102199602143715 | 甘肃省兰州市城关区庆阳路55号 |\n"
            "| 被告 | 兰州市七里河区老街坊面馆 | / | / | 92620103MA71X2KQ5N | 甘肃省兰州市七里河区西津东路12号 |\n\n"
            "被告系个体工商户，经营者：杜某某，女，1979年出生。\n\n二、诉讼请求\n1. 判令被告支付拖欠工资5600元；\n"
            "2. 本案诉讼费用由被告承担。\n\n三、事实与理由\n原告在被告处任厨师，被告拖欠两个月工资未付。\n\n此致\n"
            "兰州市七里河区人民法院\n起诉人：祁文涛\n2024年10月8日")
    parties = extract(text).parties
    assert [(p.role, p.name) for p in parties] == [("原告", "祁文涛"), ("被告", "兰州市七里河区老街坊面馆")]
    for said in ("为个体工商户", "为一家个人独资企业"):
        t2 = text.replace("被告系个体工商户", "被告" + said)
        assert [p.name for p in extract(t2).parties] == ["祁文涛", "兰州市七里河区老街坊面馆"]
