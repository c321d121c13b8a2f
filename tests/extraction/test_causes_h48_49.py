"""Cause rules written after the holdout48/49 first scores: each on a new document of the same kind (new people,
places, sums and wording), with a neighbour that must keep its own cause."""

from courtdoc.extraction import extract


def _complaint(cause_line: str, claims: str, facts: str) -> str:
    return ("民事起诉状\n原告：邱美玲，女，1962年5月3日出生，汉族，住福建省泉州市鲤城区中山中路41号。\n"
            "被告：邱国栋，男，1966年9月12日出生，汉族，住福建省泉州市丰泽区东海街道滨海路17号。\n"
            + cause_line + "诉讼请求：\n" + claims + "\n事实与理由：\n" + facts
            + "\n此致\n泉州市丰泽区人民法院\n具状人：邱美玲\n2024年10月9日")


def test_stated_succession_family_with_no_will_and_no_care_agreement_is_intestate():
    # "亦未同任何人订立遗赠扶养协议" says the agreement does not exist: the estate is shared by law
    text = _complaint("案由：继承纠纷\n",
                      "一、依法分割被继承人邱永福遗留的泉州市丰泽区东海街道滨海路17号房屋，由原告继承二分之一份额；"
                      "二、诉讼费由被告负担。",
                      "被继承人邱永福于2021年病故，其妻早年去世，生前育有原、被告二人。邱永福生前未留遗嘱，"
                      "亦未同任何人订立遗赠扶养协议。被告以长子身份独占房屋，拒绝分割。")
    assert extract(text).cause_of_action == "法定继承纠纷"
    # a carer who was promised the house for looking after the old man keeps the agreement
    text = _complaint("案由：继承纠纷\n",
                      "一、确认被告邱永福遗留的房屋归原告所有；二、诉讼费由被告负担。",
                      "2010年原告与邱永福签订遗赠扶养协议，约定原告照顾邱永福生活起居，邱永福去世后房屋归原告。"
                      "原告照顾其十年直至去世，被告作为其子拒绝交出房屋。")
    assert extract(text).cause_of_action == "遗赠扶养协议纠纷"
