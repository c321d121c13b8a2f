"""Letters of the shapes holdout64/65 brought: a nickname with a remark in brackets, the writer's fields listed apart
after the signature, where one is from said before the fields, a pronoun in the fields' clauses."""


from .samples import parties_by_name as _parties


def test_nickname_with_remark_in_brackets_and_fields_listed_after_signature():
    text = ("某县人民法院的法官：\n\n    你们好！我是某镇岩脚村的杨秀芝，女，侗族，今年六十一岁，在家种地。我要告我家对门的石老二（大名我不晓得，"
            "寨子里都这么叫他，六十来岁，男的），他家地址是黎平县某镇岩脚村3组8号，两家门对门。\n"
            "    他家修猪圈把我家的出路堵了。\n    我的要求是：\n    一是叫石老二把猪圈拆了；\n    二是赔我一千元。\n\n"
            "                              杨秀芝（按手印）\n                              2024年7月3日\n"
            "我的身份证：522631196303030027\n户口地址：贵州省黔东南苗族侗族自治州黎平县某镇岩脚村3组6号\n电话：13800000000")
    parties = _parties(text)
    assert set(parties) == {"杨秀芝", "石老二"}
    assert parties["石老二"].role == "被告" and parties["石老二"].gender == "男"
    assert parties["石老二"].address == "黎平县某镇岩脚村3组8号"
    assert parties["杨秀芝"].id_number == "522631196303030027"
    assert parties["杨秀芝"].address == "贵州省黔东南苗族侗族自治州黎平县某镇岩脚村3组6号"


def test_where_one_is_from_said_before_the_fields():
    text = ("尊敬的法官：\n您好！我要告罗建国，他是重庆万州人，男，1980年2月2日出生，身份证号是500101198002020033，"
            "住在重庆市万州区某路16号。\n我们合伙开店，他把钱拿走了。\n我请求法院判罗建国还我合伙的钱50000元。\n\n"
            "起诉人：格桑拉姆，女，藏族，1988年8月8日出生，身份证号540102198808080028，住拉萨市城关区某路3号。\n2024年4月1日")
    parties = _parties(text)
    assert "罗建国" in parties and not any(name.endswith("人") for name in parties)
    assert parties["罗建国"].id_number == "500101198002020033"


def test_her_id_unknown_between_fields():
    text = ("法院的同志你们好：\n我叫黄小平，男，1990年1月1日生，身份证号码450100199001010016，住南宁市某路1号。\n"
            "房东叫梁秀兰，女，五十多岁，她的身份证号我不知道，她住三亚市某社区某路23号，电话13900000000。\n"
            "她不退我押金。我要求房东把押金2000块退给我。\n\n起诉人：黄小平\n2024年7月9日")
    assert _parties(text)["梁秀兰"].address == "三亚市某社区某路23号"


def test_kin_beyond_the_household_before_the_name():
    # "我要告我的外甥某某": the kin word is no part of the name (外甥, 堂弟, 表哥, 小舅子 …)
    for kin in ("外甥", "堂弟", "表哥", "小舅子"):
        text = (f"告状书\n\n某区人民法院：\n\n我叫祖丽菲娅·买买提，女，维吾尔族，1958年3月2日生，身份证号650102195803021628，"
                f"住乌鲁木齐市天山区某路1号。\n\n我要告我的{kin}买买提·吐尔逊，男，维吾尔族，住喀什市某路12号院。\n\n"
                "他借我三万元不还。\n\n我的要求：让他把借我的三万元还给我。\n\n告状人：祖丽菲娅·买买提\n2025年2月24日")
        assert "买买提·吐尔逊" in _parties(text), kin
