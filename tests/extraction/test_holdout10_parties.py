"""Party patterns the holdout10 extraction set showed, as general rules."""

from __future__ import annotations

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def test_party_block_typed_as_box_drawing_table():
    text = (
        "民事起诉状\n"
        "┌────────┬──────────────────────┐\n"
        "│ 原告   │ 林小芳                                 │\n"
        "│ 性别   │ 女             民族：汉族              │\n"
        "│ 出生日期 │ 1985年3月12日                        │\n"
        "│ 住所   │ 福建省福州市鼓楼区五四路88号            │\n"
        "├────────┼──────────────────────┤\n"
        "│ 被告   │ 陈建国                                 │\n"
        "│ 性别   │ 男                                     │\n"
        "│ 住所   │ 福建省福州市台江区八一七中路20号        │\n"
        "└────────┴──────────────────────┘\n"
        "诉讼请求：\n1. 判令被告偿还借款人民币30000元；\n2. 本案诉讼费由被告承担。\n"
        "事实和理由：2022年5月被告向原告借款30000元，至今未还。\n此致\n福建省福州市鼓楼区人民法院\n"
    )
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "林小芳"), ("被告", "陈建国")]
    a = _party(el, "林小芳")
    assert (a.gender, a.birth_date, a.address) == ("女", "1985-03-12", "福建省福州市鼓楼区五四路88号")
    assert _party(el, "陈建国").address == "福建省福州市台江区八一七中路20号"
    assert el.amount_claimed == 30000.0


def test_addressed_court_is_never_a_party():
    # OCR misread both body headings, so nothing marks the end of the party block but "此致"
    text = (
        "民事起诉状\n"
        "原告：江苏顺达物流有限公司，住所地江苏省南京市江宁区秣陵街道胜太路66号。\n"
        "法定代表人：周海，执行董事。\n"
        "被告：南京恒信建材有限公司，住所地江苏省南京市浦口区江浦街道凤凰大街9号。\n"
        "诉讼请汞：\n一、判令被告支付原告运输费人民币86000元；\n二、本案诉讼费由被告承担。\n"
        "事实和埋由：2023年原告为被告运输建材，被告确认运费86000元。原告已于2023年10月多次催要，被告至今未付。\n"
        "此致\n南京市江宁区人民法院\n"
    )
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "江苏顺达物流有限公司"), ("被告", "南京恒信建材有限公司")]


def test_company_address_ends_at_next_form_label():
    # 要素式 form: the seat line and the "注册地/登记机关所在地：" line are joined as one wrapped line
    text = (
        "民事起诉状\n（买卖合同纠纷）\n\n"
        "当事人信息\n原告\n姓名：王丽娟\n性别：男□ 女☑\n出生日期：1988年04月09日          民族：汉族\n"
        "工作单位：泉州某某贸易有限公司      职务：出纳        联系电话：13805951234\n"
        "住所地（户籍所在地）：福建省泉州市丰泽区东海街道津淮街66号\n\n"
        "被告\n名称：泉州恒通建材有限公司\n"
        "住所地（主要办事机构所在地）：福建省泉州市洛江区万安街道万虹路188号\n"
        "注册地/登记机关所在地：泉州市洛江区\n"
        "法定代表人/主要负责人：许志坚     职务：总经理     联系电话：0595-2201234\n"
        "统一社会信用代码：91350504MA2Y3K4L5M\n\n"
        "诉讼请求和依据\n1.货款：被告尚欠货款人民币52,000元\n标的总额：52,000元\n"
    )
    el = extract(text)
    b = _party(el, "泉州恒通建材有限公司")
    assert b.address == "福建省泉州市洛江区万安街道万虹路188号"
    assert _party(el, "王丽娟").address == "福建省泉州市丰泽区东海街道津淮街66号"


def test_civil_complaint_titled_qisushu_is_a_complaint():
    civil = (
        "起诉书\n\n原告：覃丽萍，女，1990年3月8日生，住南宁市西乡塘区大学东路100号。\n"
        "被告：南宁市佳家物业服务有限公司，住所地广西壮族自治区南宁市西乡塘区秀厢大道18号。\n\n"
        "诉讼请求：\n一、判令被告赔偿原告财物损失5600元；\n二、诉讼费用由被告承担。\n\n"
        "事实及理由：原告车辆停放于被告管理的小区停车场时车窗被砸，被告未尽管理义务。\n\n此致\n南宁市西乡塘区人民法院\n"
    )
    assert extract(civil).document_type == "起诉状"
    # a procuratorate's 起诉书 in a criminal case is no complaint
    criminal = (
        "南宁市西乡塘区人民检察院\n起诉书\n\n被告人黄某，男，1985年5月1日出生，住南宁市西乡塘区。\n"
        "本案由南宁市公安局西乡塘分局侦查终结，以被告人黄某涉嫌盗窃罪移送本院审查起诉。\n"
        "本院认为，被告人黄某以非法占有为目的，秘密窃取他人财物，其行为触犯了《中华人民共和国刑法》第二百六十四条，"
        "应当以盗窃罪追究其刑事责任。\n此致\n南宁市西乡塘区人民法院\n"
    )
    assert extract(criminal).document_type != "起诉状"


def test_address_same_as_above():
    text = (
        "民事起诉状\n原告：梁秀英，女，1962年7月9日出生，汉族，住广西壮族自治区柳州市城中区文惠路25号。\n"
        "被告：覃国华，男，汉族，住广西壮族自治区柳州市城中区文惠路27号。\n"
        "被告：覃小梅，女，汉族，住址同上。\n"
        "诉讼请求：判令二被告拆除违章搭建的雨棚。\n此致\n柳州市城中区人民法院\n"
    )
    el = extract(text)
    assert _party(el, "覃小梅").address == "广西壮族自治区柳州市城中区文惠路27号"
    assert _party(el, "梁秀英").address == "广西壮族自治区柳州市城中区文惠路25号"


def test_filer_roles_are_plaintiff_and_defendant():
    text = (
        "起诉书\n\n起诉人：韦丽华，女，1989年6月2日生，住南宁市江南区白沙大道30号。\n"
        "被起诉人：南宁市安顺停车场管理有限公司，住所地广西壮族自治区南宁市江南区星光大道8号。\n\n"
        "诉讼请求：\n一、判令被起诉人赔偿起诉人财物损失4200元；\n二、诉讼费用由被起诉人承担。\n\n此致\n南宁市江南区人民法院\n"
    )
    el = extract(text)
    assert [(p.role, p.name) for p in el.parties] == [("原告", "韦丽华"), ("被告", "南宁市安顺停车场管理有限公司")]
    assert el.document_type == "起诉状"


def test_claims_list_under_a_misread_heading_ends_the_party_block():
    text = (
        "民事起诉状\n原告：四川某某劳务有限公司，住所地四川省成都市武侯区武科东一路18号。\n"
        "被告：某某工程局有限公司，住所地湖北省武汉市武昌区中北路126号。\n\n"
        "诉讼请未：\n一、判令被告支付原告工程分包款人民币１，３５６，８００．５０元；\n二、本案诉讼费由被告承担。\n"
        "事实和埋由：２０２２年３月，被告将其承建的项目劳务作业分包给原告，双方签订《劳务分包合同》。\n"
        "此致\n成都市武侯区人民法院\n"
    )
    el = extract(text)
    assert [p.name for p in el.parties] == ["四川某某劳务有限公司", "某某工程局有限公司"]
    assert el.parties[1].address == "湖北省武汉市武昌区中北路126号"
    assert el.amount_claimed == 1356800.5
