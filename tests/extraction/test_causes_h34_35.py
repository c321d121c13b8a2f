"""Cause rules added after the holdout34-35 dev sets, each on a snippet written here (other people, places, sums and
wording than the sets' documents), with a neighbouring case that must keep its own cause."""

from courtdoc.extraction import extract
from courtdoc.extraction.cause_rules import infer_cause


def _cue(claims: str, facts: str, names=()) -> str | None:
    cue = infer_cause(claims, facts, tuple(names))
    return cue.cause if cue else None


def test_stated_carriage_of_goods_by_lorry_is_the_road_carriage():
    text = ("广东省佛山市中级人民法院\n民事判决书\n（2025）粤06民终881号\n"
            "上诉人（原审原告）：佛山市禾丰陶瓷有限公司，住所地广东省佛山市禅城区季华五路12号。\n"
            "被上诉人（原审被告）：肇庆快捷货运有限公司，住所地广东省肇庆市端州区信安大道6号。\n"
            "上诉人佛山市禾丰陶瓷有限公司因与被上诉人肇庆快捷货运有限公司运输合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "禾丰公司上诉请求：改判快捷公司赔偿货物损失63000元。事实和理由：禾丰公司将瓷砖交快捷公司托运，"
            "托运单载明由粤H3K215号厢式车承运，车辆在运输途中追尾，瓷砖大部分碎裂。\n")
    assert extract(text).cause_of_action == "公路货物运输合同纠纷"


def test_stated_carriage_with_no_lorry_told_stays_the_family():
    text = ("湖南省长沙市中级人民法院\n民事判决书\n（2025）湘01民终402号\n"
            "上诉人（原审原告）：长沙市金穗米业有限公司，住所地湖南省长沙市望城区金星北路3号。\n"
            "被上诉人（原审被告）：湖南迅达物流有限公司，住所地湖南省长沙市雨花区劳动东路18号。\n"
            "上诉人长沙市金穗米业有限公司因与被上诉人湖南迅达物流有限公司运输合同纠纷一案，不服一审判决，向本院提起上诉。\n"
            "金穗公司上诉请求：改判迅达公司返还多收的运费8800元。\n")
    assert extract(text).cause_of_action == "运输合同纠纷"
