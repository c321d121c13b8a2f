"""Party patterns the holdout66-71 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def _people(el):
    return [(p.role, p.name, p.gender, p.birth_date, p.id_number, p.address) for p in el.parties]


def test_full_width_bars_separate_fields_and_a_barred_line_continues_the_entry():
    # a form typed with full-width bars: a bar between fields is a comma; a line of spaces and a bar goes on with
    # the entry above; "被告　｜名称：" names an organisation
    text = (
        "民事起诉状\n"
        "当事人信息\n"
        "原告一｜姓名：欧阳明｜性别：男｜出生日期：1971年2月14日｜民族：汉族\n"
        "　　　｜身份证号：430421197102140318\n"
        "　　　｜住所：湖南省衡阳市衡阳县西渡镇杉桥村六组\n"
        "原告二｜姓名：谭秋菊｜性别：女｜出生日期：1973年10月9日｜民族：汉族\n"
        "　　　｜身份证号：430421197310090426\n"
        "　　　｜住所：同上\n"
        "被告　｜名称：衡阳县金穗水稻种植专业合作社\n"
        "　　　｜住所地：湖南省衡阳市衡阳县西渡镇梅花村村部旁\n"
        "　　　｜法定代表人：贺建国（理事长）\n"
        "诉讼请求\n"
        "1.判令被告支付2023年度土地租金共计12600元；\n"
        "2.诉讼费由被告负担。\n"
        "事实与理由\n"
        "原告二人将承包的18亩水田出租给被告种植水稻，被告至今未付租金。\n"
    )
    el = extract(text)
    assert _people(el) == [
        ("原告", "欧阳明", "男", "1971-02-14", "430421197102140318", "湖南省衡阳市衡阳县西渡镇杉桥村六组"),
        ("原告", "谭秋菊", "女", "1973-10-09", "430421197310090426", "湖南省衡阳市衡阳县西渡镇杉桥村六组"),
        ("被告", "衡阳县金穗水稻种植专业合作社", None, None, None, "湖南省衡阳市衡阳县西渡镇梅花村村部旁"),
    ]
    assert el.parties[2].kind == "organization"


def test_table_address_cell_naming_another_row_by_role():
    # "同被告一" in the address column: the address of 被告一, as "同上" is the row above's
    text = (
        "民事起诉状\n"
        "| 诉讼地位 | 姓名 | 性别 | 出生日期 | 身份证号码 | 住址 |\n"
        "|---|---|---|---|---|---|\n"
        "| 原告 | 钟立新 | 男 | 1979.06.12 | 440103197906120316 | 广东省广州市荔湾区康王中路56号 |\n"
        "| 被告一 | 黎少芬 | 女 | 1990.02.28 | 440105199002280929 | 广东省广州市海珠区江南大道中180号7栋1102房 |\n"
        "| 被告二 | 岑国辉 | 男 | 1988.11.05 | 440105198811050615 | 广东省广州市天河区体育西路3号 |\n"
        "| 被告三 | 岑志强 | 男 | 1960.03.17 | 440105196003170313 | 同被告一 |\n"
        "诉讼请求：\n"
        "一、判令三被告共同偿还借款人民币96,000元；\n"
        "二、本案诉讼费由三被告承担。\n"
        "事实与理由：\n"
        "被告黎少芬向原告借款96,000元，到期未还。\n"
    )
    el = extract(text)
    addresses = {p.name: p.address for p in el.parties}
    assert addresses == {
        "钟立新": "广东省广州市荔湾区康王中路56号",
        "黎少芬": "广东省广州市海珠区江南大道中180号7栋1102房",
        "岑国辉": "广东省广州市天河区体育西路3号",
        "岑志强": "广东省广州市海珠区江南大道中180号7栋1102房",
    }


def test_unit_defendant_name_ends_at_its_organisation_suffix():
    # a criminal fact paragraph: "被告单位某某局向…收受…" names the unit, the story after the suffix is no name
    text = (
        "经审理查明：2016年至2019年期间，被告单位临泉县城市管理行政执法局以收取保证金名义向沿街商户收取费用。"
        "被告单位临泉县城市管理行政执法局向商户共收取36.2万元，用于单位职工福利发放。"
        "被告人宋某某时任该局局长，决定并组织实施了上述犯罪行为。"
    )
    el = extract(text)
    units = [(p.name, p.address) for p in el.parties if p.role == "被告单位"]
    # the story after the name ("以收取保证金名义向…") is no address of it
    assert units == [("临泉县城市管理行政执法局", None)]


def test_letter_one_person_sued_home_said_in_the_same_sentence():
    # "我要告我的表哥某某，他住…": where the one person sued lives, said by a pronoun right after the name
    text = (
        "法官您好：\n"
        "我叫郝建平，男，1975年4月3日出生，住山西省晋中市榆次区顺城街12号。\n"
        "我要告我的表哥冯志刚，他住山西省晋中市太谷区胡村镇南堡村3号，他借了我两万块钱一直不还。\n"
        "我的请求：让他还我20000元。\n"
    )
    el = extract(text)
    assert [(p.role, p.name, p.address) for p in el.parties] == [
        ("原告", "郝建平", "山西省晋中市榆次区顺城街12号"),
        ("被告", "冯志刚", "山西省晋中市太谷区胡村镇南堡村3号"),
    ]


def test_letter_pronoun_in_hospital_is_no_home():
    # "他住院…" is a hospital stay, no home
    text = (
        "法官您好：\n"
        "我叫郝建平，男，1975年4月3日出生，住山西省晋中市榆次区顺城街12号。\n"
        "我要告我的表哥冯志刚，他住院时在县医院借了我八千块钱，到现在也没还。\n"
        "我的请求：让他还我8000元。\n"
    )
    el = extract(text)
    sued = [p for p in el.parties if p.role == "被告"]
    assert [p.name for p in sued] == ["冯志刚"]
    assert sued[0].address is None
