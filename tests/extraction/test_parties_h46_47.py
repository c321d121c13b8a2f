"""Party blocks of answers whose opening sentence was joined to the last entry, OCR letters read inside the
numbers of an address, and homes told as '同组…号' (the village group of the entry above)."""

from courtdoc.extraction import extract


def _party(el, name):
    return next(p for p in el.parties if p.name == name)


def test_an_answers_opening_glued_to_a_shared_address_leaves_the_last_respondent_an_entry():
    # the line break after '住址同上' lost: the sentence naming who sued starts the body, not the entry
    text = ("答辩状\n"
            "答辩人：湖州青溪物业服务有限公司\n住所地：浙江省湖州市吴兴区青溪路20号\n法定代表人：沈国梁，总经理\n"
            "被答辩人1：钱宏宇，男，1979年6月3日出生，身份证号码330502197906031234，住浙江省湖州市吴兴区月河街7号\n"
            "被答辩人2：孙美玲，女，1981年9月18日出生，住址同上\n"
            "钱宏宇、孙美玲诉我公司物业服务合同纠纷一案，我公司答辩如下：\n"
            "一、小区电梯已按约维修，不存在违约。\n答辩人：湖州青溪物业服务有限公司\n2024年5月6日\n")
    el = extract(text)
    assert el.document_type == "答辩状"
    second = _party(el, "孙美玲")
    assert second.role == "原告"
    assert second.gender == "女"
    assert second.birth_date == "1981-09-18"
    assert second.address == "浙江省湖州市吴兴区月河街7号"
    assert _party(el, "钱宏宇").role == "原告"
    assert _party(el, "湖州青溪物业服务有限公司").role == "被告"


def test_a_scans_letters_read_for_digits_inside_an_address_a_date_and_an_id_are_the_digits():
    # OCR reads 1 as l or I and 0 as O inside numbers; words keep their letters
    text = ("民 事 起 诉 状\n\n"
            "原告：马春燕，女，回族，l985年O7月2l日生，身份证号：64O1021985O7210328，"
            "住宁夏回族自治区银川市兴庆区丽景街道东湖村I2组3O7号，电话13995126677。\n"
            "被告：宁夏塞上No.3仓储有限公司，住所地宁夏回族自治区银川市金凤区正源北街A栋l08室。\n"
            "诉讼请求：\n1、判令被告返还押金2000元。\n事实与理由：\n被告收取押金后未退还。\n"
            "此致\n银川市兴庆区人民法院\n具状人：马春燕\n2024年3月1日\n")
    el = extract(text)
    person = _party(el, "马春燕")
    assert person.birth_date == "1985-07-21"
    assert person.id_number == "640102198507210328"
    assert person.address == "宁夏回族自治区银川市兴庆区丽景街道东湖村12组307号"
    firm = next(p for p in el.parties if p.role == "被告")
    assert "No.3" in firm.name
    assert firm.address == "宁夏回族自治区银川市金凤区正源北街A栋108室"


def test_a_home_in_the_same_group_or_village_as_the_entry_above_is_that_place_and_its_own_number():
    text = ("民事起诉状\n"
            "原告：罗桂兰，女，1962年3月4日出生，汉族，住湖南省邵阳市新邵县坪上镇枫林村石塘组12号。\n"
            "被告：罗建军，男，1965年8月9日出生，汉族，住同组14号。\n"
            "被告：曾小平，男，1970年1月1日出生，汉族，住同村大湾组3号。\n"
            "诉讼请求：\n1、判令被告停止在原告承包地上堆放建材，排除妨害。\n"
            "事实与理由：\n被告在原告承包地上堆放建材。\n此致\n新邵县人民法院\n")
    el = extract(text)
    assert _party(el, "罗建军").address == "湖南省邵阳市新邵县坪上镇枫林村石塘组14号"
    assert _party(el, "曾小平").address == "湖南省邵阳市新邵县坪上镇枫林村大湾组3号"
    assert _party(el, "罗桂兰").address == "湖南省邵阳市新邵县坪上镇枫林村石塘组12号"


def test_an_ethnicity_or_a_field_label_is_never_a_party_name():
    from courtdoc.extraction.parties import parse_block

    text = ("我叫韦老四，男，布依族，1950年2月1日出生，户口在贵州省黔南布依族苗族自治州独山县麻尾镇6组。\n"
            "我要告的是我儿子韦金福，男，布依族，1975年5月5日出生，户口也在麻尾镇6组。\n"
            "请求法院判他每年给我生活费2000元。")
    names = [pp.party.name for pp in parse_block(text, 0, len(text))[0]]
    assert "布依族" not in names and "户口" not in names
    assert {p.name for p in extract(text).parties} == {"韦老四", "韦金福"}
