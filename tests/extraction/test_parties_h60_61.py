"""Party patterns the holdout60/61 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def _roles(el):
    return [(p.role, p.name) for p in el.parties]


def test_unit_crime_defendant_is_a_principal_role():
    # 刑法 30-31: a company prosecuted for a unit crime is the 被告单位; its 诉讼代表人 is no party
    text = (
        "江苏省常州市武进区人民法院\n刑事判决书\n（2023）苏0412刑初556号\n"
        "公诉机关常州市武进区人民检察院。\n"
        "被告单位常州澜江环保科技有限公司，住所地江苏省常州市武进区湖塘镇长虹路66号，统一社会信用代码"
        "91320412MA1N7QX03K。\n"
        "诉讼代表人蒋春燕，该公司财务主管。\n"
        "被告人钱卫东，男，1969年2月3日出生，汉族，系该公司法定代表人，住江苏省常州市武进区湖塘镇花园街12号。\n"
        "常州市武进区人民检察院以武检刑诉〔2023〕88号起诉书指控被告单位常州澜江环保科技有限公司、被告人钱卫东犯污染环境罪，"
        "向本院提起公诉。\n"
    )
    el = extract(text)
    assert _roles(el) == [("公诉机关", "常州市武进区人民检察院"), ("被告单位", "常州澜江环保科技有限公司"),
                          ("被告人", "钱卫东")]
    unit = el.parties[1]
    assert unit.address == "江苏省常州市武进区湖塘镇长虹路66号"
    assert [a.name for a in unit.agents] == ["蒋春燕"]


def test_unit_word_inside_a_civil_story_starts_no_party():
    text = (
        "民事起诉状\n原告：韦志强，男，1981年5月6日出生，住广西壮族自治区柳州市柳南区航五路9号。\n"
        "被告：柳州顺达汽配制造有限公司，住所地广西壮族自治区柳州市鱼峰区双仁路40号。\n"
        "诉讼请求：判令被告支付工伤待遇人民币52000元。\n"
        "事实与理由：原告自2019年起在被告单位冲压车间工作，2022年3月受伤。\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "韦志强"), ("被告", "柳州顺达汽配制造有限公司")]


def test_unit_defendant_heading_in_a_civil_complaint_means_the_defendant():
    text = (
        "民事起诉状\n原告：彭丽华，女，1990年7月1日出生，住湖南省株洲市芦淞区建设南路3号。\n"
        "被告单位：株洲恒盛物业服务有限公司，住所地湖南省株洲市天元区泰山路120号。\n"
        "诉讼请求：判令被告返还押金人民币8000元。\n"
        "事实与理由：原告租用被告管理的商铺，租期届满后被告拒不退还押金。\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "彭丽华"), ("被告", "株洲恒盛物业服务有限公司")]


def test_story_clause_after_the_sued_persons_fields_is_no_name():
    text = (
        "起诉书\n\n岳阳县人民法院：\n"
        "我叫龙桂英，女，今年59岁，住岳阳县新墙镇黄泥村五组11号。我要告我的表哥龙大柱，男，住岳阳县新墙镇黄泥村五组13号，"
        "我俩房子门对门，他家在我家北边。\n"
        "今年春天龙大柱在两家中间的路上砌了一道墙，我家的拖拉机开不出去，村里调解过，他不肯拆。\n"
        "我要求：\n一、叫龙大柱把墙拆掉；\n二、打官司的钱由他出。\n"
        "具状人：龙桂英\n2024年4月2日\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "龙桂英"), ("被告", "龙大柱")]
    assert el.parties[1].gender == "男"
    assert el.parties[1].address == "岳阳县新墙镇黄泥村五组13号"


def test_second_person_sued_with_own_fields_after_the_first():
    from courtdoc.extraction.parties import parse_block

    text = (
        "我叫苗建设，男，住莱芜市钢城区艾山街道北白杨村。我要告我的叔叔房金山，男，住北白杨村3号，"
        "他老婆卢秀芝，女，住北白杨村3号，他俩占了我家的宅基地。\n"
        "前年房金山家盖偏房，多占了我家一米多地。\n"
    )
    parsed, _ = parse_block(text, 0, len(text))
    assert [(p.party.role, p.party.name) for p in parsed] == [("原告", "苗建设"), ("被告", "房金山"), ("被告", "卢秀芝")]


def test_row_per_party_table_under_a_role_heading_with_a_numbering_column():
    text = (
        "民事起诉状\n\n原告（共2人）：\n"
        "| 序号 | 姓名 | 性别 | 出生日期 | 身份证号 | 住址 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 覃永福 | 男 | 1968.11.02 | 452226196811020317 | 广西壮族自治区来宾市忻城县城关镇板河村3组 |\n"
        "| 2 | 莫秋菊 | 女 | 1975.04.20 | 452226197504200028 | 广西壮族自治区来宾市忻城县思练镇思练村7组 |\n\n"
        "被告：来宾市顺宏装饰工程有限公司，住所地广西壮族自治区来宾市兴宾区桂中大道西段18号。\n\n"
        "诉讼请求：\n一、判令被告支付原告劳务费共计人民币41600元；\n二、本案诉讼费由被告承担。\n\n"
        "事实与理由：二原告在被告承接的装修工地做工，被告至今未付清劳务费。\n"
    )
    el = extract(text)
    assert _roles(el) == [("原告", "覃永福"), ("原告", "莫秋菊"), ("被告", "来宾市顺宏装饰工程有限公司")]
    first, second = el.parties[0], el.parties[1]
    assert (first.gender, first.birth_date, first.id_number) == ("男", "1968-11-02", "452226196811020317")
    assert first.address == "广西壮族自治区来宾市忻城县城关镇板河村3组"
    assert (second.gender, second.birth_date, second.address) == ("女", "1975-04-20", "广西壮族自治区来宾市忻城县思练镇思练村7组")
    assert all(p.name != "序号" for p in el.parties)
