"""Cause rules from the holdout62-65 misses, each on a snippet written for the test (not from the dev sets)."""

from courtdoc.extraction import extract


def _cause(text: str) -> str | None:
    return extract(text).cause_of_action


def test_two_e_bikes_collide_is_a_non_motor_accident():
    text = ("民事起诉状\n原告：钱小峰，男，1995年3月2日出生，住浙江省宁波市江北区槐树路12号。\n"
            "被告：孟桂兰，女，1980年6月9日出生，住浙江省宁波市江北区人民路88号。\n"
            "诉讼请求：判令被告赔偿医疗费、误工费共计8600元。\n"
            "事实与理由：2025年5月3日傍晚，原告骑电动自行车在人民路由东向西行驶，被告骑电瓶车闯红灯将原告撞倒，"
            "交警认定被告负全部责任。被告至今未赔偿。\n此致\n宁波市江北区人民法院\n具状人：钱小峰\n2025年8月1日\n")
    assert _cause(text) == "非机动车交通事故责任纠纷"
