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


def test_first_instance_third_party_in_an_appeal_is_the_original_third_party():
    text = ("民事上诉状\n\n上诉人（一审被告）：芜湖市江城装饰工程有限公司，住所地安徽省芜湖市镜湖区北京西路15号，"
            "法定代表人：钱宏伟，总经理。\n\n被上诉人（一审原告）：丁慧敏，女，1983年2月14日出生，汉族，"
            "住安徽省芜湖市弋江区利民西路6号。\n\n一审第三人：芜湖市鸿业建材销售有限公司，住所地安徽省芜湖市鸠江区长江北路300号。\n\n"
            "上诉人因与被上诉人装饰装修合同纠纷一案，不服芜湖市镜湖区人民法院（2024）皖0202民初1088号民事判决，提起上诉。\n"
            "上诉请求：\n1.撤销一审判决，改判驳回被上诉人的全部诉讼请求。\n")
    parties = _by_name(text)
    assert parties["芜湖市鸿业建材销售有限公司"].role == "原审第三人"
    assert parties["芜湖市江城装饰工程有限公司"].role == "上诉人"
    assert parties["丁慧敏"].role == "被上诉人"


def test_first_instance_third_party_in_a_retrial_keeps_its_name():
    # a retrial's documents name each status by instance (一审…、二审…): 一审第三人 stays
    text = ("再审申请书\n再审申请人（一审被告、二审上诉人）：邢立新，男，1966年9月9日出生，汉族，住河北省保定市竞秀区朝阳北大街5号。\n"
            "被申请人（一审原告、二审被上诉人）：保定市恒信小额贷款有限公司，住所地河北省保定市莲池区东风中路99号。\n"
            "一审第三人：邢立国，男，1970年1月20日出生，汉族，住河北省保定市满城区满城镇东街村。\n"
            "再审请求：\n1.撤销河北省保定市中级人民法院（2024）冀06民终321号民事判决。\n")
    assert _by_name(text)["邢立国"].role == "一审第三人"


def test_form_heading_over_two_organisation_blocks():
    # a 要素式 form lists two organisations under one heading, each block opening with its own 名称 line
    text = ("民事起诉状（机动车交通事故责任纠纷）\n\n★当事人信息\n原告：\n姓名：包海燕\n性别：男□ 女☑\n"
            "出生日期：1989年10月2日\n住所地（户籍所在地）：内蒙古自治区包头市昆都仑区钢铁大街41号2栋303室\n\n"
            "被告（法人、非法人组织）：\n名称：包头市鑫运达货运有限公司\n"
            "住所地（主要办事机构所在地）：内蒙古自治区包头市青山区幸福南路17号\n"
            "法定代表人/主要负责人：韩立军  职务：经理\n统一社会信用代码：91150204MA0N8K3T2Q\n\n"
            "名称：中华联合财产保险股份有限公司包头中心支公司\n"
            "住所地（主要办事机构所在地）：内蒙古自治区包头市昆都仑区阿尔丁大街35号\n"
            "主要负责人：苏日娜  职务：总经理\n\n"
            "名称：包头市安顺汽车租赁有限公司\n住所地（主要办事机构所在地）：内蒙古自治区包头市东河区巴彦塔拉大街9号\n\n"
            "★诉讼请求和依据\n1．医疗费：8600元\n2．本案诉讼费用由被告承担。\n")
    parties = _by_name(text)
    assert parties["包头市鑫运达货运有限公司"].role == "被告"
    insurer = parties["中华联合财产保险股份有限公司包头中心支公司"]
    assert insurer.role == "被告"
    assert insurer.address == "内蒙古自治区包头市昆都仑区阿尔丁大街35号"
    assert insurer.legal_representative is not None and insurer.legal_representative.name == "苏日娜"
    assert parties["包头市鑫运达货运有限公司"].legal_representative.name == "韩立军"
    assert parties["包头市安顺汽车租赁有限公司"].role == "被告"
    assert parties["包头市安顺汽车租赁有限公司"].address == "内蒙古自治区包头市东河区巴彦塔拉大街9号"
    assert parties["包海燕"].role == "原告"
    assert len(parties) == 4


def test_form_block_after_a_person_heading_is_not_read_past_its_section():
    # one 名称 block under its heading: the blank line and the claims heading after it start no party
    text = ("民事起诉状\n原告：\n姓名：蒋文斌\n性别：男☑ 女□\n住所地：湖北省宜昌市西陵区东山大道66号\n\n"
            "被告（法人、非法人组织）：\n名称：宜昌市悦来居物业服务有限公司\n住所地：湖北省宜昌市伍家岗区夷陵大道3号\n\n"
            "诉讼请求和依据\n1．退还物业费2400元\n")
    assert sorted((p.role, p.name) for p in extract(text).parties) == [
        ("原告", "蒋文斌"), ("被告", "宜昌市悦来居物业服务有限公司")]
