"""Party rules found on holdout11 (general cases, not the holdout texts themselves)."""

from courtdoc.extraction import extract


def _parties(text):
    return [(p.name, p.role, p.address) for p in extract(text).parties]


def test_ascii_pipe_table_party_block():
    text = (
        "民事起诉状\n"
        "+------+----------------------------------------------+\n"
        "| 原告 | 汪德胜，男，1970年8月11日出生，汉族，住安徽省合肥市蜀山区长江西路419号 |\n"
        "+------+----------------------------------------------+\n"
        "| 被告 | 鲍晓红，女，1985年3月26日出生，汉族，住安徽省合肥市锦绣大道88号 |\n"
        "+------+----------------------------------------------+\n"
        "诉讼请求：判令被告支付劳务费12600元。\n"
    )
    assert _parties(text) == [
        ("汪德胜", "原告", "安徽省合肥市蜀山区长江西路419号"),
        ("鲍晓红", "被告", "安徽省合肥市锦绣大道88号"),
    ]


def test_ascii_form_rows_with_pipe_cells():
    text = (
        "民事起诉状（劳务合同纠纷）\n当事人信息\n"
        "原告 | 姓名：汪德胜 | 性别：男 | 民族：汉族\n"
        "  住所地（户籍所在地）：安徽省合肥市蜀山区长江西路419号\n"
        "被告 | 姓名：鲍晓红 | 性别：女 | 民族：汉族\n"
        "  住所地（户籍所在地）：安徽省合肥市锦绣大道88号\n"
        "诉讼请求和依据\n1.劳务费12600元\n"
    )
    names = [(n, r) for n, r, _ in _parties(text)]
    assert names == [("汪德胜", "原告"), ("鲍晓红", "被告")]


def test_stray_pipe_in_prose_is_left_alone():
    text = (
        "原告：汪德胜，男，住安徽省合肥市长江西路419号。\n"
        "被告：鲍晓红，女，住安徽省合肥市锦绣大道88号。\n"
        "诉讼请求：判令被告支付劳务费12600元（见附件A | B）。\n"
    )
    assert [n for n, _, _ in _parties(text)] == ["汪德胜", "鲍晓红"]


def test_ascii_full_stop_after_address_and_name():
    text = (
        "民事起诉状\n"
        "原告:于晓彤,女,1992年02月14日生,汉族,住辽宁省沈阳市和平区南京南街1号3号楼2208室.\n"
        "被告:大连蓝海物业服务有限公司,住所地辽宁省大连市沙河口区西南路825号.\n"
        "法定代表人:姜宏伟,总经理.\n"
        "被告:祁建伟.\n"
        "诉讼请求:1.判令二被告赔偿原告人民币伍仟元.\n"
    )
    assert _parties(text) == [
        ("于晓彤", "原告", "辽宁省沈阳市和平区南京南街1号3号楼2208室"),
        ("大连蓝海物业服务有限公司", "被告", "辽宁省大连市沙河口区西南路825号"),
        ("祁建伟", "被告", None),
    ]


def test_masked_id_number_kept_whole():
    text = (
        "民事起诉状\n"
        "原告：陈某某，男，1972年10月出生，汉族，身份证号码350521********1015，住福建省惠安县螺城镇北关村12号。\n"
        "被告：庄某，男，汉族，公民身份号码350521＊＊＊＊＊＊＊＊2031，住福建省惠安县东岭镇许山头村。\n"
        "诉讼请求：判令被告赔偿修理费6,420元。\n"
    )
    assert [p.id_number for p in extract(text).parties] == ["350521********1015", "350521＊＊＊＊＊＊＊＊2031"]


def test_bare_masked_id_number_kept_whole():
    text = (
        "民事起诉状\n"
        "原告：陈某某，男，汉族，350521********1015，住福建省惠安县螺城镇北关村12号。\n"
        "被告：庄某，男，汉族，住福建省惠安县东岭镇许山头村。\n"
        "诉讼请求：判令被告赔偿修理费6,420元。\n"
    )
    assert [p.id_number for p in extract(text).parties] == ["350521********1015", None]


def test_doubled_address_label_is_one_label():
    text = (
        "原告：徐某1，男，1965年3月2日出生，汉族，住住四川省古蔺县。\n"
        "被告：徐某2，男，1970年5月6日出生，汉族，住四川省泸州市江阳区。\n"
        "诉讼请求：判令被告偿还借款50000元。\n"
    )
    assert _parties(text) == [
        ("徐某1", "原告", "四川省古蔺县"),
        ("徐某2", "被告", "四川省泸州市江阳区"),
    ]


def test_pipe_table_rows_joined_into_one_line():
    text = ("民事起诉状\n| 原告 | 姓名：宋某 | 性别：女 | 出生日期：1983年01月26日 | 民族：汉族 |\n"
            "| 身份证号 | 110105198301262282 |\n| 住所 | 北京市朝阳区望京西园四区412号楼1505室 |\n"
            "| 被告 | 名称：北京某某装饰工程有限公司 |\n| 住所地 | 北京市朝阳区酒仙桥路10号院2号楼3层 |\n"
            "| 法定代表人 | 马某 | 职务 | 经理 |\n诉讼请求：\n1、判令被告退还已付装修款30000元；\n2、诉讼费由被告承担。\n"
            "此致\n北京市朝阳区人民法院\n")
    el = extract(text)
    people = {p.name: p for p in el.parties}
    assert set(people) == {"宋某", "北京某某装饰工程有限公司"}
    assert people["宋某"].role == "原告" and people["宋某"].id_number == "110105198301262282"
    assert people["宋某"].address == "北京市朝阳区望京西园四区412号楼1505室"
    assert people["北京某某装饰工程有限公司"].address == "北京市朝阳区酒仙桥路10号院2号楼3层"
