"""Letters of the shapes holdout90-93 brought: a filer's letter typed as an ID page, "告谁：/我是谁：", the filer described
under 此致 by the name they gave, an individual shop named after its town, counts that are no names, a mother's two sons
sued, an organisation ordered by a short name, and a home said on a list item's line after remarks."""

from courtdoc.extraction import extract

from .samples import parties_by_name as _parties


def test_a_letter_with_id_number_and_home_is_a_complaint_not_an_id_page():
    text = ("关于要求退还学费的材料\n某区人民法院：\n"
            "    本人古丽娜尔·吐尔逊，女，哈萨克族，出生日期1990年2月2日，公民身份号码650104199002020248，户籍住址新疆乌鲁木齐市某区某路1号，"
            "电话159XXXX0000。我起诉的是乌鲁木齐某某艺术培训有限公司（地址：乌鲁木齐市某区某路88号，法定代表人某某），原因如下。\n"
            "    我给女儿报了舞蹈班，交了学费8000元，上了几节课机构就关门了。\n"
            "    所以我请求法院：\n    1.判被告退还学费6000元；\n    2.打官司的钱被告出。\n"
            "                起诉人：古丽娜尔·吐尔逊\n                2025年3月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    roles = {p.name: p.role for p in el.parties}
    assert roles == {"古丽娜尔·吐尔逊": "原告", "乌鲁木齐某某艺术培训有限公司": "被告"}


def test_who_is_sued_and_who_i_am_as_headings():
    text = ("我要告状\n告谁：邻居孙桂芝（女，1970年1月1日生，身份证号210211197001012481，家住大连市某区某小区3号楼1单元）\n"
            "我是谁：杜长海，男，1965年5月5日生，身份证号210211196505051995，家住辽宁省大连市某区某小区3号楼2单元，是小区保安。\n"
            "出了什么事：她家的狗没拴绳，把我咬了。\n我要她赔我：医药费3000元。\n请法院给我做主。\n杜长海\n2024年6月1日")
    el = extract(text)
    assert el.document_type == "起诉状"
    roles = {p.name: p.role for p in el.parties}
    assert roles == {"孙桂芝": "被告", "杜长海": "原告"}


def test_filer_described_under_the_closing_by_the_name_she_gave():
    text = ("尊敬的法官：\n我叫郑秀珍，今年八十岁，不会写字，这封信是我孙子帮我写的。\n"
            "隔壁盖楼挖地基，把我家墙挖裂了。\n我求法院：叫他们赔我修房子的钱两万元。\n我要告的人是：\n"
            "1.何大军，男，五十来岁，就是盖房子的户主，住安徽省某县某乡某村10号；\n"
            "2.何小军，男，何大军的儿子，房子是给他盖的，也住安徽省某县某乡某村10号；\n"
            "3.某县某某建筑劳务有限公司，是盖房子的包工公司，地址在安徽省某县某乡工业园8号。\n"
            "此致\n某县人民法院\n"
            "郑秀珍（手印），女，1944年5月5日生，身份证341503194405052244，住安徽省某县某乡某村12号\n"
            "代写人：何晨（孙子）\n2024年10月1日")
    parties = _parties(text)
    assert parties["郑秀珍"].role == "原告" and parties["郑秀珍"].id_number == "341503194405052244"
    assert parties["何大军"].role == "被告" and parties["何大军"].address == "安徽省某县某乡某村10号"
    assert parties["何小军"].address == "安徽省某县某乡某村10号"
    assert parties["某县某某建筑劳务有限公司"].role == "被告"
    assert "何晨" not in parties


def test_individual_shop_named_from_its_town_is_sued():
    text = ("尊敬的某区人民法院：\n我在家具城的店里订了沙发，交了定金3000元，店一直不送货，后来关门了。\n"
            "我请求：\n1．判令被告双倍返还定金6000元；\n2．诉讼费由被告负担。\n"
            "被告：佛山市南海区九江镇某某家具店（个体工商户），经营者某某，经营场所：广东省佛山市南海区九江镇某路1号。\n"
            "此致\n敬礼！\n起诉人：欧阳芳，女，1992年1月1日出生，汉族，身份证号码440606199201012625，住广东省佛山市某区某路2号。\n"
            "2025年5月1日")
    el = extract(text)
    roles = {p.name: p.role for p in el.parties}
    assert roles == {"佛山市南海区九江镇某某家具店": "被告", "欧阳芳": "原告"}


def test_counts_are_no_names_and_the_described_people_are_sued():
    text = ("民事起诉状\n我叫韩桂香，女，1960年1月1日出生，汉族，身份证号码460106196001010841，住海南省海口市某区某村41号。\n"
            "我要告的有三个，两个人一个公司：\n"
            "（一）陈大海，男，1991年1月1日出生，身份证号码460108199101010352，住海南省海口市某区某路32号，是开车撞我的人；\n"
            "（二）王春花，女，1989年1月1日出生，身份证号码460108198901011426，住海南省海口市某区某路9号，车登记在她名下；\n"
            "（三）某某财产保险股份有限公司海口市分公司，地址在海南省海口市某区某路18号。\n"
            "我要求：赔偿医疗费等合计20000元。\n此致\n某区人民法院\n起诉人：韩桂香\n2025年8月6日")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"韩桂香": "原告", "陈大海": "被告", "王春花": "被告", "某某财产保险股份有限公司海口市分公司": "被告"}


def test_a_mothers_two_sons_sued_by_the_claims():
    text = ("尊敬的法官：\n　　我叫马秀兰，女，回族，1950年1月1日生的，身份证号是630102195001010620，家住西宁市某区某村41号。"
            "我要告我的两个儿子。\n"
            "　　大儿子韩福元，1975年1月1日生，身份证630102197501010135，住西宁市某区某路22号。"
            "二儿子韩福海，1978年1月1日生，身份证630121197801010354，户口在某县某镇某村。\n"
            "　　我的要求：一、两个儿子每人每个月给我赡养费一千元；二、住院的医药费一万元由他们两个还上。\n"
            "　　此致\n敬礼\n　　　　马秀兰（按手印）\n　　　　2025年5月6日")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"马秀兰": "原告", "韩福元": "被告", "韩福海": "被告"}


def test_organisation_named_in_the_story_and_ordered_by_a_short_name():
    text = ("某区人民法院的法官同志：\n您好！我叫沈美娟，女，1952年1月1日出生，身份证310104195201011644，户口在上海市某区某路1号。\n"
            "去年我到“上海某区安康家政服务有限公司”（他们营业执照上写的住所是上海市某区某路9号1203室）签了合同，请住家保姆，"
            "交了服务费5000元，阿姨做了几天就走了。\n我只想请法官帮我讲讲理：\n"
            "一、叫安康家政公司把服务费5000元退给我；\n二、打官司的钱叫他们出。\n沈美娟\n2024年1月1日")
    parties = _parties(text)
    assert parties["沈美娟"].role == "原告"
    assert parties["上海某区安康家政服务有限公司"].role == "被告"
    assert parties["上海某区安康家政服务有限公司"].address == "上海市某区某路9号1203室"
