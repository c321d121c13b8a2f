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

