"""Party reading on snippets of our own that probe shapes the dev sets had not shown."""

from __future__ import annotations

import pytest
from courtdoc.extraction import extract

_LETTER = ("{lead}我叫{name}，女，今年三十八岁，住内蒙古自治区通辽市科尔沁区和平路团结小区12号楼。"
           "我要告阿拉坦仓，他前年借我2万元买草料，说好年底还，到现在也不还。")


@pytest.mark.parametrize("lead", ["", "尊敬的法官：\n"])
def test_letter_filer_with_five_character_name_without_dot(lead: str) -> None:
    # a Mongolian name of five characters written without the middle dot reads as a name of three does
    for name in ("娜仁其其格", "萨仁娜"):
        el = extract(_LETTER.format(lead=lead, name=name))
        assert el.document_type == "起诉状", name
        assert [(p.role, p.name) for p in el.parties][:1] == [("原告", name)]
        assert ("被告", "阿拉坦仓") in [(p.role, p.name) for p in el.parties]


def test_letter_filer_five_character_name_after_shi_with_gender() -> None:
    el = extract("我是额尔敦其木格，女，住呼伦贝尔市海拉尔区胜利街8号。我要告宝音，他欠我货款6000元不给。")
    assert el.document_type == "起诉状"
    assert (el.parties[0].role, el.parties[0].name) == ("原告", "额尔敦其木格")


def test_letter_filer_five_character_name_with_gender_in_brackets_after_age() -> None:
    el = extract("我叫图雅其其格，今年52岁（1971年生，女，蒙古族），住赤峰市红山区昭乌达路9号。"
                 "我要起诉朝鲁，他租我的草场两年不给租金8000元。")
    assert el.document_type == "起诉状"
    assert (el.parties[0].role, el.parties[0].name) == ("原告", "图雅其其格")


_TABLE = """民事起诉状
起诉人：贺玉兰，女，1976年9月12日出生，汉族，住湖北省宜昌市西陵区夷陵大道41号，电话13972011234。
{heading}
| 姓名 | 性别 | 出生日期 | 身份证号 | 住址 |
| 钟建军 | 男 | 1971年4月8日 | 420502197104080014 | 湖北省宜昌市伍家岗区桔城路7号 |
| 钟丽华 | 女 | 1974年11月30日 | 420502197411300026 | 湖北省宜昌市点军区江南大道22号 |
诉讼请求：
1、判令被起诉人共同返还借款36000元。
事实与理由：
2021年6月，二被起诉人向起诉人借款36000元，约定一年内归还，至今未还。
此致
宜昌市西陵区人民法院
起诉人：贺玉兰
2023年3月9日
"""


@pytest.mark.parametrize("heading", ["被起诉人如下：", "被告如下：", "被告有："])
def test_role_heading_saying_a_list_follows_then_a_row_per_person_table(heading: str) -> None:
    el = extract(_TABLE.format(heading=heading))
    got = [(p.role, p.name, p.gender, p.birth_date, p.id_number, p.address) for p in el.parties]
    assert got == [
        ("原告", "贺玉兰", "女", "1976-09-12", None, "湖北省宜昌市西陵区夷陵大道41号"),
        ("被告", "钟建军", "男", "1971-04-08", "420502197104080014", "湖北省宜昌市伍家岗区桔城路7号"),
        ("被告", "钟丽华", "女", "1974-11-30", "420502197411300026", "湖北省宜昌市点军区江南大道22号"),
    ]
    assert all(p.name != "如下" for p in el.parties)


_SIGNED_THEN_SUED = """尊敬的法官：
我叫邱春燕，女，住福建省泉州市丰泽区东海街道云山路16号。今年5月9日我带孩子在楼下玩，被一条白色大狗扑倒，手臂缝了六针，花去医疗费2750元。狗主人一直躲着不见，我要起诉他，请法院判他赔我医疗费2750元。
起诉人：邱春燕
被告信息：{line}
2023年6月20日
"""


@pytest.mark.parametrize("label", ["被告信息：", "被告基本情况："])
def test_role_labelled_as_details_after_the_signature(label: str) -> None:
    text = _SIGNED_THEN_SUED.replace("被告信息：", label).format(
        line="杜某某，男，1965年左右出生，住某市某花园7栋1单元（狗主人）")
    el = extract(text)
    sued = [p for p in el.parties if p.role == "被告"]
    assert [p.name for p in sued] == ["杜某某"]
    assert sued[0].gender == "男"
    assert sued[0].address == "某市某花园7栋1单元"  # no remark in brackets, no signature date below
    assert sued[0].birth_date is None
