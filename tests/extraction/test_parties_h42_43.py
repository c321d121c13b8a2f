"""Party blocks whose entries are numbered under a role heading."""

from courtdoc.extraction import extract


def test_a_numbered_entry_under_a_role_heading_keeps_its_number_out_of_the_name():
    text = ("起诉书\n起诉人：\n　　卓晓琳，女，1988年5月2日出生，住湖南省长沙市岳麓区麓山路12号。\n"
            "被起诉人：\n　　（一）长沙星航艺术培训有限公司，地址：湖南省长沙市开福区芙蓉中路1号，法定代表人易军；\n"
            "　　（二）易军，男，是这家公司的老板。\n"
            "诉讼请求：\n1、退还培训费8000元。\n此致\n长沙市开福区人民法院")
    names = [p.name for p in extract(text).parties]
    assert "长沙星航艺术培训有限公司" in names
    assert not any(n.startswith(("（一）", "(一)")) for n in names)
