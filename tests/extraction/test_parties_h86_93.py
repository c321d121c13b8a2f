"""Party fields on the kinds of documents first scored in holdout86-93 (each test says the rule)."""

from courtdoc.extraction import extract


def _party(text: str, name: str):
    return next(p for p in extract(text).parties if p.name == name)


def test_the_label_word_huji_before_a_region_short_name_is_no_part_of_the_address():
    text = ("法官同志：\n我要告我以前的老板马国富（男，四十来岁，住内蒙古锡林浩特市团结大街88号3栋502室），他欠我工钱不给。\n"
            "我在他的饭馆干了五个月，说好每月3500元，最后两个月的7000元到现在没给。\n"
            "我的要求：让他给我工钱7000元。\n"
            "起诉人：白玉兰，女，蒙古族，1993年6月9日生，身份证号152531199306091824，"
            "户籍内蒙古锡林郭勒盟多伦县大北沟镇三道沟村12号，电话1377******5\n2024年5月8日")
    assert _party(text, "白玉兰").address == "内蒙古锡林郭勒盟多伦县大北沟镇三道沟村12号"


def test_the_label_word_huji_before_an_autonomous_prefecture_is_no_part_of_the_address():
    text = ("民事起诉状\n原告：向秋月，女，1985年1月20日出生，土家族，户籍湖北省恩施土家族苗族自治州来凤县翔凤镇老寨村5组，"
            "电话1387******0。\n被告：田光荣，男，1980年9月2日出生，住湖北省恩施市舞阳大道12号。\n"
            "诉讼请求：1.判令被告偿还借款15000元。")
    assert _party(text, "向秋月").address == "湖北省恩施土家族苗族自治州来凤县翔凤镇老寨村5组"
    text2 = text.replace("户籍湖北省恩施土家族苗族自治州", "户籍恩施土家族苗族自治州")
    assert _party(text2, "向秋月").address == "恩施土家族苗族自治州来凤县翔凤镇老寨村5组"


def test_habitual_residence_the_same_as_the_registered_one_keeps_the_registered_address():
    text = ("民事起诉状\n原告：周丽娜，女，1991年5月3日出生，汉族，户籍地：山东省临沂市兰山区枣园镇王庄村，经常居住地：同户籍地。\n"
            "被告：钱国栋，男，1987年2月9日出生，汉族，户籍地：山东省临沂市河东区汤河镇前岭村，"
            "经常居住地：山东省临沂市兰山区北园路26号。\n诉讼请求：1.判令被告偿还借款20000元。\n")
    assert _party(text, "周丽娜").address == "山东省临沂市兰山区枣园镇王庄村"
    assert _party(text, "钱国栋").address == "山东省临沂市兰山区北园路26号"


def test_a_form_column_saying_habitual_residence_is_the_registered_one_gives_the_registered_address():
    text = ("抚养费纠纷起诉状（要素式）\n\n"
            "| 项目 | 原告 | 被告 |\n|---|---|---|\n"
            "| 姓名 | 郝雅琴 | 宁志刚 |\n| 性别 | 女 | 男 |\n| 出生日期 | 1992年7月1日 | 1990年3月12日 |\n"
            "| 户籍地 | 山西省大同市平城区新建北路7号 | 山西省大同市云州区西坪镇唐家堡村 |\n"
            "| 经常居住地 | 山西省太原市小店区长风街18号2单元601室 | 与户籍地一致 |\n"
            "| 联系电话 | 1350******2 | 1393******7 |\n\n"
            "| 诉讼请求 | 内容 |\n|---|---|\n| 1.抚养费 | 被告每月给付抚养费1200元 |\n\n"
            "此致\n大同市云州区人民法院\n起诉人：郝雅琴\n2024年3月2日")
    assert _party(text, "郝雅琴").address == "山西省太原市小店区长风街18号2单元601室"
    assert _party(text, "宁志刚").address == "山西省大同市云州区西坪镇唐家堡村"


def test_a_seat_on_the_line_below_the_organisation_name_in_a_letter_style_complaint():
    text = ("起訴狀\n本人特此向貴院起訴，懇請依法審理。\n被告：臺中興隆貿易有限公司\n法定代表人：黃建國\n"
            "營業場所：廣東省東莞市南城區鴻福路12號金鼎大廈8樓\n訴訟請求：\n一、判令被告退還貨款3200元；\n"
            "事實與理由：本人於網上購物，貨不對板……\n"
            "具狀人：林美華，女，1960年3月5日生，住廣東省廣州市天河區體育西路5號\n二〇二四年五月六日")
    seat = _party(text, "臺中興隆貿易有限公司").address
    assert seat == "廣東省東莞市南城區鴻福路12號金鼎大廈8樓"


def test_a_seat_below_stops_at_a_line_that_is_no_field_of_the_organisation():
    text = ("起诉书\n本人特此向贵院起诉。\n被告：宁波海曙恒达家具有限公司\n诉讼请求：\n一、判令被告退还货款5600元；\n"
            "事实与理由：本人购买沙发一套，地址：浙江省宁波市海曙区望春街道5号，送货后发现质量问题……\n"
            "具状人：贝丽萍，女，1970年8月3日生，住浙江省宁波市江北区人民路20号\n2024年5月6日")
    assert _party(text, "宁波海曙恒达家具有限公司").address is None


def test_a_surname_that_is_an_address_unit_after_the_role_word_is_no_glued_body_sentence():
    text = ("江苏省苏州市中级人民法院\n民 事 判 决 书\n（2024）苏05民终1234号\n"
            "上诉人（原审被告）：室文涛，男，1979年3月4日出生，汉族，住江苏省苏州市姑苏区干将西路12号。\n"
            "被上诉人（原审原告）：邢雨桐，女，1986年11月2日出生，汉族，住江苏省苏州市吴中区东吴北路66号。\n"
            "原审第三人：苏州恒信建材有限公司，住所地江苏省苏州市相城区元和街道3号楼。\n"
            "法定代表人：室文涛，总经理。\n"
            "上诉人室文涛因与被上诉人邢雨桐、原审第三人苏州恒信建材有限公司买卖合同纠纷一案，不服江苏省苏州市吴中区人民法院"
            "（2024）苏0506民初88号民事判决，向本院提起上诉。\n本院认为，……判决如下：驳回上诉，维持原判。")
    els = extract(text)
    assert [(p.role, p.name) for p in els.parties] == [
        ("上诉人", "室文涛"), ("被上诉人", "邢雨桐"), ("原审第三人", "苏州恒信建材有限公司")]


def test_a_long_status_bracket_of_an_answer_entry_names_the_side_as_written():
    text = ("再审答辩状\n答辩人（被申请人，一审原告，二审被上诉人）：欧阳明辉，男，1975年4月6日出生，汉族，"
            "住湖南省株洲市芦淞区建设南路19号。\n"
            "被答辩人（再审申请人，一审被告，二审上诉人）：株洲金鼎物流有限公司，住所地湖南省株洲市天元区长江北路8号。\n"
            "法定代表人：谭国华，董事长。\n"
            "答辩人就再审申请人不服株洲市中级人民法院（2023）湘02民终777号民事判决申请再审一案，答辩如下：\n"
            "一、原判认定事实清楚。\n此致\n湖南省高级人民法院\n答辩人：欧阳明辉\n2024年6月1日")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"欧阳明辉": "被申请人", "株洲金鼎物流有限公司": "再审申请人"}


_JUDGMENT_WITH_ID_IN_FINDINGS = (
    "江苏省南京市秦淮区人民法院\n民 事 判 决 书\n（2024）苏0104民初2468号\n"
    "原告：蒋思远，男，1984年10月5日出生，汉族，住江苏省南京市秦淮区中华路120号3幢201室。\n"
    "被告：龚晓燕，女，1990年12月3日出生，汉族，住江苏省南京市江宁区东山街道竹山路45号。\n"
    "原告蒋思远与被告龚晓燕不当得利纠纷一案，本院于2024年5月6日立案后，依法适用简易程序进行了审理。本案现已审理终结。\n"
    "蒋思远向本院提出诉讼请求：判令被告返还原告26500元。\n"
    "本院经审理认定事实如下：2024年2月1日，原告通过手机银行向尾号为6618的账户转账26500元。经本院调取，"
    "该账户的开户人为被告龚晓燕，身份证号码{id}。\n"
    "本院认为，被告取得该款项没有法律根据，应予返还。判决如下：\n被告龚晓燕于本判决生效之日起十日内返还原告蒋思远26500元。\n"
    "审判员　蔡文华\n二〇二四年六月十日\n")


def test_an_id_told_after_the_party_name_in_the_findings_is_the_party_id():
    text = _JUDGMENT_WITH_ID_IN_FINDINGS.replace("{id}", "320115199012034423")
    parties = {p.name: p for p in extract(text).parties}
    assert parties["龚晓燕"].id_number == "320115199012034423"
    assert parties["蒋思远"].id_number is None


def test_an_id_after_the_name_whose_birth_date_is_another_is_not_the_party_id():
    # a valid number whose birth date (1991-12-03) is not the one the party's entry states
    text = _JUDGMENT_WITH_ID_IN_FINDINGS.replace("{id}", "320115199112034420")
    assert {p.name: p for p in extract(text).parties}["龚晓燕"].id_number is None


def test_an_id_after_a_longer_name_ending_in_the_party_name_is_not_the_party_id():
    text = _JUDGMENT_WITH_ID_IN_FINDINGS.replace("被告龚晓燕，身份证号码", "案外人刘龚晓燕，身份证号码").replace("{id}", "320115199012034423")
    assert {p.name: p for p in extract(text).parties}["龚晓燕"].id_number is None
