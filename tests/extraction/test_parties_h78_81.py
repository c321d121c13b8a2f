"""Party rules from the holdout78-81 dev misses, each checked on a snippet of its own."""
from courtdoc.extraction import extract
from courtdoc.extraction.parties import answer_stage


def test_remark_on_the_persons_role_after_an_address_is_no_part_of_it():
    text = ("民事起诉状\n"
            "原告：韦春兰，女，1990年3月8日出生，汉族，住湖南省衡阳市蒸湘区联合街道立新路3号。\n"
            "被告：覃国华，男，1971年9月2日出生，汉族，住湖南省衡阳市蒸湘区红湘路16号（出租人）。\n"
            "诉讼请求：\n1、判令被告退还押金2000元；\n2、诉讼费由被告承担。\n"
            "事实与理由：原告租用被告房屋，被告拒不退还押金。\n此致\n衡阳市蒸湘区人民法院\n具状人：韦春兰\n2025年4月1日\n")
    sued = [p for p in extract(text).parties if p.role == "被告"]
    assert [p.address for p in sued] == ["湖南省衡阳市蒸湘区红湘路16号"]


def test_answer_to_a_complaint_telling_of_another_cases_appeal_is_first_instance():
    text = ("民事答辩状\n"
            "答辩人：聂小川，男，1975年2月11日出生，汉族，住甘肃省兰州市城关区庆阳路9号。\n"
            "被答辩人：甘肃明德律师事务所，住所地甘肃省兰州市七里河区西津西路22号。负责人：石磊，主任。\n"
            "被答辩人诉答辩人委托合同纠纷一案，答辩意见如下：\n"
            "答辩人曾委托被答辩人代理另案一审、二审，其律师在二审中擅自撤回上诉请求，无权主张报酬。\n"
            "此致\n兰州市七里河区人民法院\n答辩人：聂小川\n2024年8月9日\n")
    roles = {p.name: p.role for p in extract(text).parties}
    assert roles == {"聂小川": "被告", "甘肃明德律师事务所": "原告"}


def test_an_answer_to_an_appeal_stays_one_even_when_it_names_the_first_suit():
    assert answer_stage("被答辩人诉答辩人借款合同纠纷一案，被答辩人不服一审判决，提起上诉。") == "appeal"
    assert answer_stage("被答辩人诉答辩人买卖合同纠纷一案，答辩如下：货款已付清。") == "first"


def test_the_same_home_written_again_with_its_province_is_read_in_full():
    text = ("民事起诉状\n"
            "原告：尹德福，男，1958年6月20日生，回族，住长春市朝阳区桂林路77号3-2-5。户籍地吉林省长春市朝阳区桂林路77号3-2-5。\n"
            "被告：常玉梅，女，1980年1月9日生，汉族，住吉林省长春市南关区人民大街101号。\n"
            "诉讼请求：\n一、判令被告偿还借款30,000元；\n二、诉讼费由被告负担。\n"
            "事实与理由：被告向原告借款未还。\n此致\n长春市南关区人民法院\n具状人：尹德福\n2025年2月3日\n")
    homes = {p.name: p.address for p in extract(text).parties}
    assert homes["尹德福"] == "吉林省长春市朝阳区桂林路77号3-2-5"
    assert homes["常玉梅"] == "吉林省长春市南关区人民大街101号"
