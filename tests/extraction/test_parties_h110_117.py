"""Party entries of the kinds missed on dev sets holdout110-117, on snippets of our own."""
from courtdoc.extraction import extract


def _parties(text: str) -> dict:
    return {p.name: p for p in extract(text).parties}


def test_whom_a_shared_agent_acts_for_is_no_part_of_the_address_above():
    # "二原告共同委托诉讼代理人：…" opens the agent's line; the line joiner may glue it to the address above
    text = ("民事起诉状\n"
            "原告一：邝秋生，男，1966年2月9日生，汉族，住广西壮族自治区梧州市藤县塘步镇古龙村六组\n"
            "原告二：邝美玲，女，1990年7月21日生，汉族，住广西壮族自治区梧州市藤县塘步镇古龙村三组\n"
            "二原告共同委托诉讼代理人：甘立，藤县法律援助中心工作人员\n"
            "被告：覃家宝，男，1970年5月3日生，汉族，住广西壮族自治区梧州市万秀区大学路9号\n"
            "诉讼请求：\n一、判令被告支付劳务费31200元；\n二、诉讼费由被告负担。\n"
            "事实与理由：\n二原告为被告砌墙，被告至今未付劳务费。\n此致\n藤县人民法院\n")
    parties = _parties(text)
    assert parties["邝美玲"].address == "广西壮族自治区梧州市藤县塘步镇古龙村三组"
    assert parties["邝秋生"].address == "广西壮族自治区梧州市藤县塘步镇古龙村六组"
    assert parties["覃家宝"].role == "被告"


def test_address_said_to_be_that_of_a_party_named_above():
    # "住址同某某": the home of the party of that name entered above (a spouse's entry under the other's)
    text = ("湖南省株洲市芦淞区人民法院\n民事判决书\n（2024）湘0203民初2187号\n"
            "原告：尹建华，男，1965年10月2日出生，汉族，住湖南省株洲市天元区泰山路18号2栋301室。\n"
            "被告：廖志远，男，1982年1月30日出生，汉族，住湖南省株洲市芦淞区建设南路66号5栋1单元902室。\n"
            "被告：彭小红，女，1984年9月9日出生，汉族，住址同廖志远。\n"
            "原告尹建华与被告廖志远、彭小红民间借贷纠纷一案，本院立案后依法适用简易程序进行了审理。\n")
    parties = _parties(text)
    assert parties["彭小红"].address == "湖南省株洲市芦淞区建设南路66号5栋1单元902室"
    assert parties["彭小红"].role == "被告"
    assert parties["彭小红"].addresses[0].text == "湖南省株洲市芦淞区建设南路66号5栋1单元902室"


def test_address_named_by_a_name_no_party_has_stays_as_written():
    # a name no entry above carries gives no address to copy
    text = ("民事起诉状\n原告：洪一鸣，男，1977年4月4日生，住址同洪家老宅。\n"
            "被告：滕国梁，男，1980年2月2日生，住江西省九江市浔阳区庐山路5号。\n"
            "诉讼请求：\n一、判令被告返还借款8000元。\n")
    parties = _parties(text)
    assert parties["洪一鸣"].address != "江西省九江市浔阳区庐山路5号"


def test_detailed_address_in_a_bracket_is_the_address():
    # "住某区（详址：…）": the bracket gives the full address, the words before it only its district
    text = ("民事起诉状\n"
            "原告：钟晓岚，女，1993年11月15日出生，汉族，住昆明市五华区（详址：云南省昆明市五华区翠湖北路8号3幢502室）。\n"
            "被告：岑立军，男，1990年6月6日出生，汉族，住云南省曲靖市麒麟区南宁西路21号。\n"
            "诉讼请求：\n一、判令被告返还借款20000元。\n")
    parties = _parties(text)
    assert parties["钟晓岚"].address == "云南省昆明市五华区翠湖北路8号3幢502室"
    assert parties["岑立军"].address == "云南省曲靖市麒麟区南宁西路21号"


def test_formal_complaint_with_filer_and_filed_against_roles():
    # "具状人：" / "被具状人：" label the sides of a complaint's party block: 原告 and 被告
    text = ("民事起诉状\n"
            "具状人：青禾食品有限公司，住所地浙江省湖州市吴兴区织里镇康泰路16号，统一社会信用代码91330502MA2B3C4D5E，"
            "法定代表人：郑海波，执行董事。\n"
            "被具状人：惠邻超市（个体工商户），经营场所浙江省湖州市南浔区练市镇新华路208号，经营者：钱美娟，女，"
            "1979年3月4日出生。\n"
            "诉讼请求：\n一、判令被具状人支付货款36500元；\n二、本案诉讼费由被具状人负担。\n"
            "事实与理由：\n具状人向被具状人供应糕点，被具状人尚欠货款36500元未付。\n"
            "此致\n湖州市南浔区人民法院\n具状人：青禾食品有限公司\n2025年4月2日\n")
    el = extract(text)
    roles = {p.name: p.role for p in el.parties}
    assert roles == {"青禾食品有限公司": "原告", "惠邻超市": "被告"}
    parties = {p.name: p for p in el.parties}
    assert parties["青禾食品有限公司"].address == "浙江省湖州市吴兴区织里镇康泰路16号"
    assert parties["青禾食品有限公司"].legal_representative.name == "郑海波"
    assert parties["惠邻超市"].address == "浙江省湖州市南浔区练市镇新华路208号"


def test_filer_signature_under_the_closing_is_no_extra_party():
    # a complaint whose block says 原告/被告 and is signed "具状人：某某": the signature names the 原告 again
    text = ("民事起诉状\n原告：葛春燕，女，1986年12月1日生，汉族，住河北省保定市竞秀区朝阳北大街7号。\n"
            "被告：路长河，男，1983年3月8日生，汉族，住河北省保定市莲池区东风中路90号。\n"
            "诉讼请求：\n一、判令被告返还借款15000元。\n事实与理由：\n被告借款未还。\n"
            "此致\n保定市莲池区人民法院\n具状人：葛春燕\n2025年1月9日\n")
    people = [(p.role, p.name) for p in extract(text).parties]
    assert people == [("原告", "葛春燕"), ("被告", "路长河")]


def test_filer_writing_of_themself_in_the_story_is_no_entry():
    # "具状人年逾六旬，…" opening a paragraph is the story told by the filer, who signs "具状人：某某，…" below
    text = ("起诉书\n\n苏州市姑苏区人民法院：\n\n"
            "具状人年逾六旬，一向安分守己。今因楼上住户漏水一事，协商无果，不得已具状起诉。\n\n"
            "被告柏文涛，男，住苏州市姑苏区干将西路300号5幢402室，系具状人楼上住户。\n\n"
            "一、请求事项\n（一）判令被告赔偿具状人维修费6400元；\n\n二、事实与理由\n被告家中水管破裂，漏水至具状人家中。\n\n"
            "此致\n敬礼！\n\n具状人：沈慧芬，女，1960年5月5日生，住苏州市姑苏区干将西路300号5幢302室\n2025年2月3日\n")
    people = {(p.role, p.name) for p in extract(text).parties}
    assert ("被告", "柏文涛") in people
    assert all(len(name) <= 4 for _role, name in people)
