"""Party blocks of scans (OCR spaces inside numbers, dates and addresses) and of box-drawn tables."""

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def test_a_scans_spaces_inside_an_id_a_date_and_an_address_are_no_field_breaks():
    text = ("民 事 起 诉 状\n"
            "原告 ：南京恒安物业管理有限公司 ，住所地 ：江苏省南京市鼓楼区 中山北路 86 号 ，法定代表 人 ：严 立 群\n"
            "被告 ：缪 晓 峰 ，男 ，1988 年 4 月 12 日出 生 ，汉族 ，\n"
            "身份证号 ：3201061988 04123511\n"
            "住 江苏省南京市鼓楼区 湖南路 北段 7 号 院 2 栋\n"
            "诉 讼 请 求 ：\n1 、判令被告支付 物业费 3600 元 ；\n"
            "事 实 与 理 由 ：\n被告 欠缴 物业费 。\n此 致\n南京市鼓楼区人民法院\n")
    el = extract(text)
    firm = _party(el, "南京恒安物业管理有限公司")
    assert firm.address == "江苏省南京市鼓楼区中山北路86号"
    person = _party(el, "缪晓峰")
    assert person.id_number == "320106198804123511"
    assert person.birth_date == "1988-04-12"
    assert person.address == "江苏省南京市鼓楼区湖南路北段7号院2栋"


def test_a_space_that_does_not_make_an_id_long_enough_keeps_the_number_before_it():
    text = ("民事起诉状\n原告：雷某某，女，身份证号：130102 13912345678，住河北省石家庄市长安区建设北大街9号。\n"
            "被告：石家庄某某商贸有限公司，住所地河北省石家庄市长安区广安街3号。\n"
            "诉讼请求：\n1、判令被告返还货款5000元。\n此致\n石家庄市长安区人民法院\n")
    person = _party(extract(text), "雷某某")
    assert person.id_number == "130102"


def test_an_address_does_not_run_on_into_the_next_field_after_a_space():
    text = ("民事起诉状\n原告：邝 明 辉 ，男 ，汉族 ，住 广东省佛山市禅城区 季华路 3 号 职务 ：司机\n"
            "被告：佛山某某运输有限公司，住所地广东省佛山市南海区桂城街道海八路2号。\n"
            "诉讼请求：\n1、判令被告支付工资6200元。\n此致\n佛山市禅城区人民法院\n")
    person = _party(extract(text), "邝明辉")
    assert person.address == "广东省佛山市禅城区季华路3号"


def test_a_table_rows_with_a_blank_label_cell_are_fields_of_the_party_above():
    text = ("民事起诉状（要素式）\n"
            "┌──────┬────────────────────────┐\n"
            "│原告  │姓名：宁可欣　性别：女　出生日期：1979年9月3日　民族：汉│\n"
            "│      │身份证号：130102197909032821│\n"
            "│      │住所地：河北省石家庄市桥西区自强路55号6单元302室│\n"
            "├──────┼────────────────────────┤\n"
            "│被告  │名称：石家庄云帆家政服务有限公司│\n"
            "│      │住所地：河北省石家庄市新华区友谊北大街120号│\n"
            "│      │统一社会信用代码：91130105MA0CXK7U2R│\n"
            "│      │法定代表人：阎少华　职务：经理│\n"
            "├──────┼────────────────────────┤\n"
            "│诉讼请求│1.退还服务费4800元│\n"
            "└──────┴────────────────────────┘\n"
            "此致\n石家庄市桥西区人民法院\n")
    el = extract(text)
    person = _party(el, "宁可欣")
    assert person.id_number == "130102197909032821"
    assert person.address == "河北省石家庄市桥西区自强路55号6单元302室"
    firm = _party(el, "石家庄云帆家政服务有限公司")
    assert firm.address == "河北省石家庄市新华区友谊北大街120号"
    assert firm.legal_representative and firm.legal_representative.name == "阎少华"
