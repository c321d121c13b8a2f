"""Party rules found on holdout13 (written snippets of the same layouts, not the holdout texts)."""

import pytest
from courtdoc.extraction import extract


def _parties(text):
    return [(p.role, p.name, p.gender, p.birth_date, p.id_number, p.address) for p in extract(text).parties]


CLAIM = "诉讼请求：1.判令被告偿还借款10000元。\n"


@pytest.mark.parametrize("first,second", [
    ("被告一：", "被告二："), ("被告一:", "被告二:"), ("被告1：", "被告2："), ("被告（一）：", "被告（二）："),
    ("被告一 ", "被告二 "), ("被告之一：", "被告之二："), ("被告①：", "被告②："), ("被告一、", "被告二、"),
    ("被告1.", "被告2."), ("第一被告：", "第二被告："),
])
def test_numbered_roles_are_numbering_not_names(first, second):
    text = (
        "民事起诉状\n原告：张立新，男，1980年1月1日出生，住北京市海淀区中关村大街1号。\n"
        f"{first}王晓东，男，1975年3月3日出生，住北京市朝阳区建国路3号。\n"
        f"{second}北京恒信贸易有限公司，住所地北京市朝阳区建国路5号。\n" + CLAIM
    )
    parties = [(r, n, a) for r, n, _g, _b, _i, a in _parties(text)]
    assert parties == [
        ("原告", "张立新", "北京市海淀区中关村大街1号"),
        ("被告", "王晓东", "北京市朝阳区建国路3号"),
        ("被告", "北京恒信贸易有限公司", "北京市朝阳区建国路5号"),
    ]


def test_numbered_plaintiffs_third_party_and_appellants():
    text = (
        "民事起诉状\n原告一：张立新，男，住北京市海淀区中关村大街1号。\n原告二：李秀英，女，住北京市海淀区中关村大街2号。\n"
        "被告：王晓东，男，住北京市朝阳区建国路3号。\n第三人一：赵建国，男，住北京市东城区东四大街6号。\n" + CLAIM
    )
    assert [(r, n) for r, n, *_ in _parties(text)] == [
        ("原告", "张立新"), ("原告", "李秀英"), ("被告", "王晓东"), ("第三人", "赵建国")]
    appeal = (
        "民事上诉状\n上诉人一（原审被告）：王晓东，男，住北京市朝阳区建国路3号。\n"
        "上诉人二（原审被告）：赵建国，男，住北京市东城区东四大街6号。\n"
        "被上诉人（原审原告）：张立新，男，住北京市海淀区中关村大街1号。\n上诉请求：撤销原判。\n"
    )
    assert [(r, n) for r, n, *_ in _parties(appeal)] == [
        ("上诉人", "王晓东"), ("上诉人", "赵建国"), ("被上诉人", "张立新")]


def test_numbered_roles_in_a_form_table():
    text = (
        "民事起诉状（要素式）\n| 当事人信息 | |\n|---|---|\n"
        "| 原告 | 姓名：张立新 性别：男 住所地（户籍所在地）：北京市海淀区中关村大街1号 |\n"
        "| 被告一 | 姓名：王晓东 性别：男 证件号码：110105197503030014 住所地（户籍所在地）：北京市朝阳区建国路3号 |\n"
        "| 被告二 | 名称：北京恒信贸易有限公司 住所地（主要办事机构所在地）：北京市朝阳区建国路5号 |\n"
        "| 诉讼请求 | 判令被告偿还借款10000元 |\n"
    )
    assert [(r, n, i, a) for r, n, _g, _b, i, a in _parties(text)] == [
        ("原告", "张立新", None, "北京市海淀区中关村大街1号"),
        ("被告", "王晓东", "110105197503030014", "北京市朝阳区建国路3号"),
        ("被告", "北京恒信贸易有限公司", None, "北京市朝阳区建国路5号"),
    ]


def test_school_defendant_and_minor_plaintiff_with_guardian():
    text = (
        "民事起诉状\n原告：陈小宇，男，2014年6月1日出生，汉族，学生，住广东省广州市天河区天河路1号。\n"
        "法定代理人：陈大明，男，1983年2月2日出生，汉族，系原告之父，住址同上。\n"
        "被告：广州市天河区华阳中学，住所地广东省广州市天河区华阳路9号。\n法定代表人：林芳，校长。\n"
        "诉讼请求：1.判令被告赔偿医疗费5000元。\n"
    )
    el = extract(text)
    minor, school = el.parties
    assert (minor.role, minor.name, minor.kind, minor.gender, minor.birth_date) == (
        "原告", "陈小宇", "person", "男", "2014-06-01")
    assert minor.legal_representative is None and [a.name for a in minor.agents] == ["陈大明"]
    assert (school.role, school.name, school.kind, school.address) == (
        "被告", "广州市天河区华阳中学", "organization", "广东省广州市天河区华阳路9号")
    assert school.legal_representative.name == "林芳"


def test_table_with_a_header_row_reads_each_cell_as_a_field():
    text = (
        "民事起诉状\n| 诉讼地位 | 姓名/名称 | 性别 | 出生日期 | 证件号码 | 住所 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 原告 | 何思远 | 女 | 1991年5月6日 | 110105199105060028 | 北京市东城区东直门南大街3号 |\n"
        "| 被告 | 北京远航文化传播有限公司 | — | — | 91110105MA00ABCD1X | 北京市朝阳区光华路7号 |\n"
        "诉讼请求：\n一、判令被告赔偿原告经济损失5000元。\n"
    )
    assert _parties(text) == [
        ("原告", "何思远", "女", "1991-05-06", "110105199105060028", "北京市东城区东直门南大街3号"),
        ("被告", "北京远航文化传播有限公司", None, None, None, "北京市朝阳区光华路7号"),
    ]


@pytest.mark.parametrize("tail", ["（出生年月不详，电话13900001111）", " （年龄不详）", "(电话不详)"])
def test_address_stops_before_a_remark_on_other_fields(tail):
    text = (
        "起诉书\n原告 刘强 男 1990年1月2日生 住湖北省武汉市江汉区解放大道100号\n"
        f"被告 周敏 女 住湖北省武汉市武昌区中南路20号{tail}\n" + CLAIM
    )
    assert _parties(text)[1][5] == "湖北省武汉市武昌区中南路20号"


def test_a_bracket_that_is_part_of_the_address_stays():
    text = "民事起诉状\n原告：刘强，男，住湖北省武汉市江汉区解放大道100号（阳光小区），电话13900001111。\n" + CLAIM
    assert _parties(text)[0][5] == "湖北省武汉市江汉区解放大道100号（阳光小区）"


def test_first_instance_answer_roles_are_defendant_and_plaintiff():
    text = (
        "答辩状\n答辩人：周敏，女，1988年8月8日生，住湖北省武汉市武昌区中南路20号。\n"
        "被答辩人：刘强，男，1990年1月2日生，住湖北省武汉市江汉区解放大道100号。\n"
        "答辩人因被答辩人起诉要求返还借款一案，答辩如下：\n一、答辩人已还清借款。\n"
        "委托诉讼代理人：王律师，代理权限：特别授权，代为提起上诉。\n"
    )
    assert [(r, n) for r, n, *_ in _parties(text)] == [("被告", "周敏"), ("原告", "刘强")]


def test_answer_to_an_appeal_names_appellee_and_appellant():
    text = (
        "民事答辩状\n答辩人：周敏，女，1988年8月8日生，住湖北省武汉市武昌区中南路20号。\n"
        "被答辩人：刘强，男，1990年1月2日生，住湖北省武汉市江汉区解放大道100号。\n"
        "被答辩人不服武汉市武昌区人民法院（2024）鄂0106民初123号民事判决，提起上诉，答辩人答辩如下：\n"
        "一审判决认定事实清楚，请求驳回上诉。\n"
    )
    assert [(r, n) for r, n, *_ in _parties(text)] == [("被上诉人", "周敏"), ("上诉人", "刘强")]
    qualified = text.replace("答辩人：周敏", "答辩人（原审被告）：周敏").replace("被答辩人：刘强", "被答辩人（原审原告）：刘强")
    assert [(r, n) for r, n, *_ in _parties(qualified)] == [("被上诉人", "周敏"), ("上诉人", "刘强")]


def test_an_entry_followed_by_its_representative_is_an_organisation():
    text = (
        "民事起诉状\n原告：陈小宇，男，2014年6月1日出生，汉族，学生，住广东省广州市天河区天河路1号。\n"
        "被告：广州市天河区华阳镇东风村第三村民小组，住所地广东省广州市天河区华阳路9号。\n负责人：林芳，组长。\n"
        "诉讼请求：1.判令被告赔偿医疗费5000元。\n"
    )
    person, group = extract(text).parties
    assert (person.kind, person.gender, person.legal_representative) == ("person", "男", None)
    assert (group.role, group.name, group.kind, group.address) == (
        "被告", "广州市天河区华阳镇东风村第三村民小组", "organization", "广东省广州市天河区华阳路9号")
    assert (group.legal_representative.name, group.legal_representative.title) == ("林芳", "组长")


@pytest.mark.parametrize("birth", ["一九九二年元月五日出生", "1992年元月5日出生"])
def test_yuanyue_birth_date_is_january(birth):
    text = f"民事起诉状\n原告：王小芳，女，{birth}，汉族，住江苏省南京市玄武区北京东路8号。\n被告：李强，男，住江苏省南京市鼓楼区中山路9号。\n" + CLAIM
    assert _parties(text)[0][3] == "1992-01-05"


# holdout15: "住址同上" with a remark, and a table with one column per party


@pytest.mark.parametrize("same", [
    "住址同上\n（二原告系夫妻）", "住址同上（二原告系母女）", "住所同上。", "地址：同上", "住址同上，（系原告一之妻）",
    "住所：同上（与原告一系兄弟）", "现住同上",
])
def test_same_address_as_above_with_a_remark(same):
    text = (
        "民事起诉状\n原告一：周建明，男，1979年5月6日出生，住江苏省苏州市姑苏区人民路100号2幢301室\n"
        f"原告二：吴丽华，女，1981年8月9日出生，{same}\n"
        "被告：苏州宏远物业管理有限公司，住所地江苏省苏州市吴中区东吴北路20号\n" + CLAIM
    )
    addresses = [(n, a) for _r, n, _g, _b, _i, a in _parties(text)]
    assert addresses == [
        ("周建明", "江苏省苏州市姑苏区人民路100号2幢301室"),
        ("吴丽华", "江苏省苏州市姑苏区人民路100号2幢301室"),
        ("苏州宏远物业管理有限公司", "江苏省苏州市吴中区东吴北路20号"),
    ]
    # the remark is no part of any address
    assert not any("系" in a.text for p in extract(text).parties for a in p.addresses)


def test_table_with_one_column_per_party():
    text = (
        "民事起诉状\n| 项目 | 原告 | 被告 |\n|---|---|---|\n"
        "| 名称 | 宁波明远机械有限公司 | 中国平安财产保险股份有限公司宁波分公司 |\n"
        "| 住所地 | 浙江省宁波市北仑区新碶街道明州路8号 | 浙江省宁波市鄞州区天童南路588号 |\n"
        "| 统一社会信用代码 | 91330206MA2AB3CD4E | 91330200734567890K |\n"
        "| 法定代表人/负责人 | 陈志远（总经理） | 孙海涛（总经理） |\n"
        "诉讼请求：1.判令被告支付保险金20000元。\n事实与理由：原告向被告投保。\n"
    )
    el = extract(text)
    assert [(p.role, p.name, p.address, p.credit_code) for p in el.parties] == [
        ("原告", "宁波明远机械有限公司", "浙江省宁波市北仑区新碶街道明州路8号", "91330206MA2AB3CD4E"),
        ("被告", "中国平安财产保险股份有限公司宁波分公司", "浙江省宁波市鄞州区天童南路588号", "91330200734567890K"),
    ]
    assert [(p.legal_representative.name, p.legal_representative.title) for p in el.parties] == [
        ("陈志远", "总经理"), ("孙海涛", "总经理")]
    assert all(p.kind == "organization" for p in el.parties)
    # each field points at its own cell
    for i, p in enumerate(el.parties):
        for key, want in (("name", p.name), ("address", p.address), ("credit_code", p.credit_code)):
            span = el.provenance[f"parties[{i}].{key}"]
            assert text[span.start:span.end] == want


def test_person_columns_numbered_roles_and_an_agent_after_the_table():
    text = (
        "民事起诉状\n| 当事人 | 原告一 | 原告二 | 被告 |\n| --- | --- | --- | --- |\n"
        "| 姓名 | 林晓峰 | 郑美玲 | 黄国栋 |\n| 性别 | 男 | 女 | 男 |\n"
        "| 出生日期 | 1985年3月12日 | 1987年9月30日 | 1970年1月5日 |\n"
        "| 住址 | 福建省福州市鼓楼区五四路10号 | 福建省福州市鼓楼区五四路10号 | 福建省莆田市城厢区文献路6号 |\n"
        "| 联系电话 | 13905910001 | — | 13905940002 |\n"
        "委托诉讼代理人：王立，福建某某律师事务所律师。\n" + CLAIM
    )
    assert _parties(text) == [
        ("原告", "林晓峰", "男", "1985-03-12", None, "福建省福州市鼓楼区五四路10号"),
        ("原告", "郑美玲", "女", "1987-09-30", None, "福建省福州市鼓楼区五四路10号"),
        ("被告", "黄国栋", "男", "1970-01-05", None, "福建省莆田市城厢区文献路6号"),
    ]
    el = extract(text)
    assert el.parties[0].phone == "13905910001" and el.parties[1].phone is None
    assert [a.name for a in el.parties[2].agents] == ["王立"]


def test_row_per_party_table_is_not_read_as_columns():
    text = (
        "民事起诉状\n| 诉讼地位 | 姓名 | 性别 | 出生日期 | 住址 |\n| --- | --- | --- | --- | --- |\n"
        "| 原告 | 林晓峰 | 男 | 1985年3月12日 | 福建省福州市鼓楼区五四路10号 |\n"
        "| 被告 | 黄国栋 | 男 | 1970年1月5日 | 福建省莆田市城厢区文献路6号 |\n" + CLAIM
    )
    assert _parties(text) == [
        ("原告", "林晓峰", "男", "1985-03-12", None, "福建省福州市鼓楼区五四路10号"),
        ("被告", "黄国栋", "男", "1970-01-05", None, "福建省莆田市城厢区文献路6号"),
    ]


def test_column_per_party_table_drawn_with_box_characters():
    text = (
        "民事起诉状\n┌────┬────┬────┐\n│项目│原告│被告│\n├────┼────┼────┤\n│姓名│张伟│李强│\n│性别│男│男│\n"
        "│住址│北京市海淀区学院路1号│北京市朝阳区建国路2号│\n└────┴────┴────┘\n" + CLAIM
    )
    assert _parties(text) == [
        ("原告", "张伟", "男", None, None, "北京市海淀区学院路1号"),
        ("被告", "李强", "男", None, None, "北京市朝阳区建国路2号"),
    ]
