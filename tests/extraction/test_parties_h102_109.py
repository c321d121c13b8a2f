"""Party entries of the kinds missed on dev sets holdout102-109, on snippets of our own."""
from courtdoc.extraction import extract


def _by_name(text: str) -> dict:
    return {p.name: p for p in extract(text).parties}


def test_representative_label_glued_to_seat_address():
    # the line break before "代表人/负责人：" lost: the label starts a field, no tail of the address
    text = ("民事起诉状（要素式）\n原告：骆晓峰\n性别：男\n住所地（户籍所在地）：浙江省温州市鹿城区松台街道府前街9号\n\n"
            "被告：太平财产保险有限公司温州中心支公司\n"
            "住所地（主要办事机构所在地）：浙江省温州市鹿城区车站大道577号代表人/负责人：钟建华　职务：总经理\n\n"
            "诉讼请求和依据\n1.赔偿车辆损失6200元\n")
    insurer = _by_name(text)["太平财产保险有限公司温州中心支公司"]
    assert insurer.address == "浙江省温州市鹿城区车站大道577号"
    assert insurer.legal_representative is not None and insurer.legal_representative.name == "钟建华"


def test_legal_representative_label_still_one_label():
    # "法定代表人：" is not cut before its 代表人
    text = ("民事起诉状\n原告：郝春生，男，1975年6月3日出生，住山西省太原市小店区坞城路20号。\n"
            "被告：太原市晋通建材有限公司，住所地山西省太原市万柏林区和平北路88号。\n法定代表人：阎志刚，经理。\n"
            "诉讼请求：\n1.支付货款30000元。\n")
    company = _by_name(text)["太原市晋通建材有限公司"]
    assert company.address == "山西省太原市万柏林区和平北路88号"
    assert company.legal_representative is not None and company.legal_representative.name == "阎志刚"


def test_remark_that_the_registered_home_is_there_too_is_no_part_of_the_address():
    text = ("起诉书\n我叫柴桂芳，女，1958年11月3日出生，身份证号码是410102195811030027，"
            "住郑州市中原区建设路街道碧沙岗小区7号楼2单元502（户口也在这里）。"
            "我要告楼上的邻居龚建国，男，住碧沙岗小区7号楼2单元602。\n"
            "他家卫生间漏水把我家天花板泡坏了，修了花了4300元。\n我请求法院判他赔我4300元。\n"
            "起诉人：柴桂芳\n2025年4月8日\n")
    filer = _by_name(text)["柴桂芳"]
    assert filer.address == "郑州市中原区建设路街道碧沙岗小区7号楼2单元502"
    assert any(a.kind == "户籍地" and a.text == filer.address for a in filer.addresses)
