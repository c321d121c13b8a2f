"""A judgment or answer that states only a broad family (合同纠纷, 侵权责任纠纷) is registered under the specific
cause it decisively tells (2020 notice); snippets written for these tests."""

from courtdoc.extraction import extract

OPENING = ("浙江省宁波市海曙区人民法院\n民事判决书\n（2024）浙0203民初1234号\n"
           "原告：周明，男，1980年3月4日出生，汉族，住浙江省宁波市海曙区中山西路8号。\n"
           "被告：吴刚，男，1979年5月6日出生，汉族，住浙江省宁波市江北区人民路20号。\n")


def test_a_contract_family_statement_gives_way_to_the_renovation_it_tells():
    text = OPENING + ("原告周明与被告吴刚合同纠纷一案，本院于2024年3月1日立案后，依法适用简易程序公开开庭进行了审理。\n"
                      "周明向本院提出诉讼请求：判令被告返还装修款2万元。事实和理由：原告将其住房的装饰装修工程交由被告施工，"
                      "被告铺贴的地砖大面积空鼓，墙面开裂，经多次返工仍不合格。")
    assert extract(text).cause_of_action == "装饰装修合同纠纷"


def test_a_tort_family_statement_gives_way_to_the_dog_bite():
    text = OPENING + ("原告周明与被告吴刚侵权责任纠纷一案，本院受理后依法进行了审理。\n"
                      "周明向本院提出诉讼请求：判令被告赔偿医疗费3000元。事实和理由：被告饲养的狗未拴绳，在小区内将原告咬伤。")
    assert extract(text).cause_of_action == "饲养动物损害责任纠纷"


def test_a_family_statement_with_nothing_more_specific_stays():
    text = OPENING + ("原告周明与被告吴刚合同纠纷一案，本院受理后依法进行了审理。\n"
                      "周明向本院提出诉讼请求：判令被告支付款项5万元。事实和理由：双方签订协议，被告未按约付款。")
    assert extract(text).cause_of_action == "合同纠纷"


def test_a_labour_dispute_statement_asking_pay_alone_is_the_pay():
    # "…劳动争议一案" names the family: a first-instance case asking wages alone is registered as 追索劳动报酬纠纷 (the 2020
    # notice registers the most specific cause that fits)
    text = OPENING + ("原告周明与被告吴刚劳动争议一案，本院受理后依法进行了审理。\n"
                      "周明向本院提出诉讼请求：判令被告支付拖欠的工资1万元。事实和理由：原告在被告处工作，被告拖欠工资。")
    assert extract(text).cause_of_action == "追索劳动报酬纠纷"


def test_a_stated_labour_dispute_field_keeps_its_name():
    # a 案由 field says what the filer registered: 劳动争议 is kept even where wages alone are asked
    text = ("民事起诉状\n原告：周明，男，1980年3月4日出生，汉族，住浙江省宁波市海曙区中山西路8号。\n"
            "被告：宁波市海曙区吴氏五金有限公司，住所地浙江省宁波市海曙区人民路20号。\n"
            "案由：劳动争议\n诉讼请求：\n1.判令被告支付拖欠的工资1万元；\n2.本案诉讼费用由被告承担。\n"
            "事实与理由：原告在被告处工作，被告拖欠工资。\n此致\n宁波市海曙区人民法院\n具状人：周明\n2024年5月6日")
    assert extract(text).cause_of_action == "劳动争议"


def test_the_model_reads_a_pleadings_story_not_its_closing(monkeypatch):
    # the model is given the text after the party block; where nothing but the closing follows the block, it is
    # given the whole text instead (a story the block ran over is still in it)
    import courtdoc.extraction._legal as legal

    seen = []
    monkeypatch.setattr(legal, "predict_cause", lambda text: seen.append(text) or None)
    block = ("民事起诉状\n原告：周明，男，1980年3月4日出生，住浙江省宁波市海曙区中山西路8号。\n"
             "被告：吴刚，男，1979年5月6日出生，住浙江省宁波市江北区人民路20号。\n")
    story = "事实和理由：原告与被告系朋友，今年春天双方一起做生意，后来闹翻了，被告一直不给个说法。\n"
    extract(block + story + "此致\n宁波市海曙区人民法院\n具状人：周明\n2024年5月6日")
    assert seen and "做生意" in seen[-1] and "中山西路" not in seen[-1]
    seen.clear()
    extract(block + "此致\n宁波市海曙区人民法院\n具状人：周明\n2024年5月6日")
    assert not seen or "中山西路" in seen[-1]


def test_half_width_commas_read_like_full_width_ones_in_a_claim_opening():
    # "请求法院支持原告的诉讼请求,依法判决欠账还钱" typed with half-width commas: the claim is still the supported total
    said = ("原告张某诉称，被告李某向原告借款30000元，利息1500元，共计人民币31500元。被告至今未还，"
            "原告请求法院支持原告的诉讼请求，依法作出判决欠账还钱。被告李某未答辩。")
    for text in (said, said.replace("，", ",")):
        assert extract("民事判决书\n" + text).amount_claimed == 31500
