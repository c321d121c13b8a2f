"""Party shapes learnt from the holdout154-157 look, each on a document of our own: a name the block parser cut that
the letter describes in full, an evidence list's spaced filer and its other side, the parties a power of attorney's
case sentence names, a noodle shop sued by a letter, a principal who says which side it is, scan gaps inside a
company's name and before a door number, a criminal appeal's 原公诉机关 and 原审被告人, and a form's '住所地（户籍所在地）：同上'."""

from courtdoc.extraction import extract

from .samples import party_fields as _people
from .samples import valid_id as _id


def test_a_letters_one_sued_keeps_the_full_name_the_letter_describes():
    me = _id("34152219680412171")
    text = ("尊敬的法官：\n我叫汪长发，男，今年五十六岁，身份证号码" + me + "，家住六安市裕安区石板冲乡红石村。\n"
            "我要告包工头程德明欠我工钱不给。程德明是男的，四十多岁，家住六安市金安区梅山路阳光小区，电话是15855320000。\n"
            "我的要求：请法院判程德明把欠我的工钱九千元还给我。\n此致\n敬礼！\n具状人：汪长发\n")
    people = _people(text)
    assert people["程德明"][0] == "被告" and people["程德明"][4] == "六安市金安区梅山路阳光小区"
    assert "程德" not in people


def test_an_evidence_lists_spaced_filer_and_its_other_side_are_the_parties():
    text = ("证 据 目 录\n案号：（2025）赣0821民初301号\n提交人：原告 邬 国庆\n对方当事人：被告 严海涛\n\n"
            "序号｜证据名称｜证据来源｜页数｜证明目的\n1｜借条｜被告出具｜1｜被告严海涛向原告借款5000元\n提交人：邬国庆\n")
    people = _people(text)
    assert people["邬国庆"][0] == "原告" and people["严海涛"][0] == "被告"


def test_a_powers_case_sentence_names_the_person_sued():
    text = ("授 权 委 托 书\n委托人（原告）：晏秀芳，女，1960年3月2日出生，汉族，住湖北省孝感市孝南区书院街8号。\n"
            "受托人：晏志刚，男，系委托人之子。\n现委托上列受托人在原告晏秀芳诉被告包国强民间借贷纠纷一案中，作为我方诉讼代理人。\n"
            "委托人：晏秀芳\n")
    people = _people(text)
    assert people["晏秀芳"][0] == "原告" and people["包国强"][0] == "被告"
    assert "晏志刚" not in people


def test_a_letter_sues_a_noodle_shop_by_its_sign():
    me = _id("61090219800315062")
    text = ("起诉书\n尊敬的法官：\n我叫杜春梅，女，今年45岁，身份证号" + me + "，我户口在陕西省安康市汉滨区大竹园镇七堰村二组。\n"
            "我要告的是西安市碑林区老马面馆，老板叫马永福，这个店是个体户，开在西安市碑林区东关正街12号。\n"
            "我在面馆当帮厨，老板欠我两个月工资9000元。\n我的请求是：让老马面馆给我发拖欠的工资九千元。\n此致\n敬礼！\n起诉人：杜春梅\n")
    people = _people(text)
    assert people["西安市碑林区老马面馆"] == ("被告", None, None, None, "西安市碑林区东关正街12号")
    assert people["杜春梅"][:2] == ("原告", "女")


def test_a_principal_that_says_it_is_the_defendant_is_the_defendant():
    me = _id("21011219850301057")
    text = ("授 权 委 托 书\n委托人：冷志伟，男，汉族，1985年3月1日出生，住辽宁省沈阳市浑南区白塔街道胜利南街20号 5-2-1，"
            f"公民身份号码{me}，系本案被告。\n受托人：白雪，辽宁某律师事务所律师。\n"
            "现委托白雪为我在原告沈阳宜居物业服务有限公司诉被告冷志伟物业服务合同纠纷一案中的委托诉讼代理人。\n委托人：冷志伟\n")
    people = _people(text)
    assert people["冷志伟"] == ("被告", "男", "1985-03-01", me, "辽宁省沈阳市浑南区白塔街道胜利南街20号5-2-1")
    assert people["沈阳宜居物业服务有限公司"][0] == "原告"


def test_a_scan_gap_inside_a_company_name_and_before_a_door_number_is_closed():
    me = _id("45010319600120020")
    text = ("民事起诉状\n原告：韦桂英，女，壮族，身份证：" + me + "，住南宁市青秀区民族大道88号金湖小区2栋1单元 502，电话：135xxxx1111\n"
            "被告：广西南方恒泰建设 工程有限公司，住所地广西壮族自治区南宁市西乡塘区明秀西路9号，统一社会信用代码91450107MA5K000000。\n"
            "诉讼请求：判令被告支付工程款20000元。\n此致\n南宁市青秀区人民法院\n")
    people = _people(text)
    assert people["韦桂英"][4] == "南宁市青秀区民族大道88号金湖小区2栋1单元502"
    assert people["广西南方恒泰建设工程有限公司"][0] == "被告"


def test_a_criminal_appeal_names_the_former_prosecutor_and_the_co_accused_by_their_status():
    text = ("湖南省长沙市中级人民法院\n刑事判决书\n（2024）湘01刑终100号\n\n原公诉机关湖南省长沙市岳麓区人民检察院。\n"
            "上诉人（原审被告人）贺建军，男，1980年2月3日出生，汉族，住湖南省长沙市岳麓区麓山路1号。\n"
            "原审被告人邹小红，女，1988年6月9日出生，汉族，住湖南省长沙市天心区书院路2号。\n"
            "长沙市岳麓区人民法院审理长沙市岳麓区人民检察院指控原审被告人贺建军、邹小红犯诈骗罪一案，作出刑事判决。原审被告人贺建军不服，提出上诉。\n"
            "本院认为，上诉人贺建军犯诈骗罪，判决如下：驳回上诉，维持原判。\n")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"湖南省长沙市岳麓区人民检察院": "原公诉机关", "贺建军": "上诉人", "邹小红": "原审被告人"}


def test_a_company_principal_takes_its_side_and_seat_from_the_case_sentence():
    text = ("授权委托书\n委托人：佛山鸿达五金有限公司\n住所地：佛山市南海区桂城街道南海大道北88号\n法定代表人：关鸿达\n"
            "受托人：伍丽，广东某律师事务所律师。\n"
            "现委托上列受托人在原告佛山鸿达五金有限公司诉被告佛山建安装饰工程有限公司买卖合同纠纷一案中，作为我方的委托诉讼代理人。\n")
    people = _people(text)
    assert people["佛山鸿达五金有限公司"] == ("原告", None, None, None, "佛山市南海区桂城街道南海大道北88号")
    assert people["佛山建安装饰工程有限公司"][0] == "被告"


def test_a_forms_same_as_above_with_its_bracketed_label_copies_the_home():
    a, b = _id("37108219700621487"), _id("37108219721205298")
    text = ("民事起诉状\n（民间借贷纠纷）\n当事人信息\n原告（自然人）\n姓名：殷海龙\n性别：男☑  女□\n"
            "住所地（户籍所在地）：山东省荣成市石岛管理区黄海中路99号\n经常居住地：\n证件号码：" + a + "\n\n"
            "原告（自然人）\n姓名：孔秀珍\n性别：男□  女☑\n住所地（户籍所在地）：同上\n经常居住地：\n证件号码：" + b + "\n\n"
            "被告（自然人）\n姓名：车明远\n住所地（户籍所在地）：山东省荣成市人和镇院夼村11号\n\n"
            "诉讼请求和依据\n1．本金：人民币伍万元整\n")
    assert _people(text)["孔秀珍"][4] == "山东省荣成市石岛管理区黄海中路99号"


def test_a_letters_filer_whose_name_a_scan_split_is_read_whole_with_both_sued():
    me = _id("43102119780311237")
    text = ("起诉书\n\n法官你好：\n我叫欧 阳明，男，湖南省郴州市人，1978年出生，身份证号码" + me + "，户口在湖南省郴州市北湖区华塘镇吴山村3组。\n"
            "我要告两个：一个是包工头邝国华，男，四十多岁，住哪里我不清楚；另一个是东莞市安信装饰工程有限公司，地址在东莞市南城区鸿福路8号。\n"
            "我的要求：\n一、他们两个赔我医药费两万元；\n请法官给我做主！\n起诉人：欧阳明（按手印）\n")
    people = _people(text)
    assert people["欧阳明"][:4] == ("原告", "男", "1978-03-11", me)
    assert people["邝国华"][0] == "被告"
    assert people["东莞市安信装饰工程有限公司"] == ("被告", None, None, None, "东莞市南城区鸿福路8号")


def test_an_address_same_as_a_named_appellant_is_that_appellants():
    text = ("民事上诉状\n上诉人（原审被告）：龙金平，男，1984年7月9日出生，苗族，住广西隆林各族自治县德峨镇保上村那弄屯。\n"
            "被上诉人（原审原告）：黄光明，男，1979年2月28日出生，住广西百色市右江区龙景路8号。\n"
            "原审被告：杨春花，女，苗族，1986年11月2日出生，农民，住址同上诉人龙金平。\n上诉请求：撤销原判。\n")
    assert _people(text)["杨春花"][4] == "广西隆林各族自治县德峨镇保上村那弄屯"


def test_a_forms_document_number_split_by_a_scan_is_the_id():
    me = _id("31011219870526087")
    text = ("民事起诉状\n被告（自然人）\n姓名：钱明辉\n性别：男☑ 女□\n出生日期：1987年5月26日\n"
            "住所地（户籍所在地）：上海市闵行区莘庄镇莘松路100弄1号101室\n证件类型：居民身份证    证件号码：" + me[:10] + " " + me[10:] + "\n"
            "诉讼请求和依据\n1．本金：10000元\n")
    assert _people(text)["钱明辉"][3] == me


def test_a_name_that_joins_two_parties_found_on_their_own_is_no_party():
    text = ("尊敬的法官：\n我叫闫福生，男，今年五十岁，家住山西省运城市盐湖区北城街道1号。我要告包工头任建军和运城市鼎盛建筑劳务有限公司，他们欠我工钱。\n"
            "被告一：任建军，男，四十来岁，住山西省运城市盐湖区解州镇2号。\n被告二：运城市鼎盛建筑劳务有限公司，公司地址是运城市盐湖区河东街88号。\n"
            "我的要求：让任建军和鼎盛公司给我工钱八千元。\n起诉人：闫福生\n")
    assert set(_people(text)) == {"闫福生", "任建军", "运城市鼎盛建筑劳务有限公司"}


def test_a_service_receipt_names_its_party_by_the_role_in_brackets_and_its_service_address_is_no_home():
    text = ("山西省太原市小店区人民法院\n送 达 回 证\n案　　号：（2025）晋0105民初100号\n案　　由：买卖合同纠纷\n"
            "送达文书名称及件数：起诉状副本1份\n受送达人：太原市恒通商贸有限公司（被告）\n送达地址：山西省太原市小店区长风街9号3层\n"
            "送达日期：2025年5月22日\n")
    el = extract(text)
    assert _people(text)["太原市恒通商贸有限公司"] == ("被告", None, None, None, None)
    assert el.cause_of_action == "买卖合同纠纷"


def test_a_case_sentence_names_a_company_sued_after_a_person_who_files():
    text = ("授 权 委 托 书\n委托人（原告）：格日勒，女，蒙古族，1990年1月1日出生，住内蒙古自治区呼和浩特市新城区1号。\n"
            "受托人：高峰，内蒙古某律师事务所律师。\n现委托上列受托人在原告格日勒与被告呼和浩特市安康家政服务有限公司劳务合同纠纷一案中，作为我方委托诉讼代理人。\n")
    people = _people(text)
    assert people["呼和浩特市安康家政服务有限公司"][0] == "被告"


def test_a_mothers_letter_sues_the_sons_it_describes_and_orders_by_name():
    text = ("尊敬的法官：\n　　我叫陈秀英，女，今年八十岁了，住在河南省内乡县城关镇东关村二组。我有两个儿子，大儿子王建国，男，今年五十五岁，"
            "住内乡县城关镇东关村四组；二儿子王建民，男，今年五十岁，住南阳市卧龙区工业路8号。\n"
            "　　我的要求是：\n　　一、叫王建国、王建民把欠我的生活费给我，一共九千六百元；\n此致\n敬礼！\n写信人：陈秀英（按手印）\n")
    people = _people(text)
    assert people["王建国"][:2] == ("被告", "男") and people["王建民"][:2] == ("被告", "男")
    assert people["陈秀英"][0] == "原告"


def test_a_service_forms_person_with_her_standing_on_her_line_and_her_id_and_home_below():
    me = _id("12010419850611226")
    text = ("天津市河西区人民法院\n送达地址确认书\n案号：（2025）津0103民初100号\n案由：劳务合同纠纷\n"
            "受送达人：韩丽华　　性别：女　　诉讼地位：被告\n\n告知事项：\n1.当事人应当如实提供确切的送达地址。\n"
            "2.确认的送达地址适用于第一审程序。\n\n公民身份号码：" + me + "\n身份证载住址：天津市河西区友谊路街道5号楼2门301\n"
            "送达地址：天津市河西区大沽南路8号\n")
    assert _people(text)["韩丽华"] == ("被告", "女", "1985-06-11", me, "天津市河西区友谊路街道5号楼2门301")


def test_a_scan_gap_inside_a_sole_traders_sign_is_closed():
    text = ("答辩状\n答辩人：苏州市吴中区长桥永兴 五金商行（个体工商户），住所地江苏省苏州市吴中区长桥街道龙西路6号，经营者：朱永兴。\n"
            "被答辩人：江苏金泰钢材有限公司，住所地江苏省无锡市锡山区东亭路9号。\n因被答辩人诉答辩人买卖合同纠纷一案，答辩如下：\n")
    assert _people(text)["苏州市吴中区长桥永兴五金商行"][0] == "被告"
