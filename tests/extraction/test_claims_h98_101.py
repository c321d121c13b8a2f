"""Claims rules generalised from the holdout98-101 misses, each tested on a snippet written for the test
(different people, places, sums and wording from the dev documents)."""

from courtdoc.extraction import extract


def _amount(text: str) -> float | None:
    return extract(text).amount_claimed


def test_items_above_summed_for_now_is_a_total_not_one_more_sum():
    # "…，以上暂计…元": the items above totalled for now (more to be claimed later), counted once
    text = ("民事起诉状\n\n"
            "原告：欧阳志明，男，汉族，1980年3月22日生，住湖南省株洲市荷塘区新华西路18号。\n"
            "被告：谭家福，男，汉族，1966年7月5日生，住湖南省株洲市芦淞区建设北路9号。\n\n"
            "诉讼请求\n"
            "1.判令被告赔偿原告医疗费23150元、误工费9000元、护理费3600元、交通费250元，"
            "上述各项暂计36000元（后续治疗费待治疗终结后另行主张）；\n"
            "2.本案诉讼费由被告承担。\n\n"
            "事实与理由\n2024年3月，原告受被告雇佣为其搭建仓库，从脚手架上摔下受伤。\n\n"
            "此致\n株洲市芦淞区人民法院\n具状人：欧阳志明\n2024年9月1日\n")
    assert _amount(text) == 36000.0
