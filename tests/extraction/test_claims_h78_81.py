"""Claims and amount rules the holdout78-81 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_count_of_items_before_a_sum_totals_them():
    # "…退货款4500元，再按三倍赔13500元，两项18000元": "两项" totals the two sums before it
    text = (
        "民事起诉状\n"
        "原告：邵长林，男，1959年6月3日出生，汉族，住河南省南阳市卧龙区七里园乡邵庄村。\n"
        "被告：南阳市丰禾种业有限公司，住所地河南省南阳市宛城区建设东路66号。\n"
        "诉讼请求：\n"
        "一、判令被告退还原告种子款4500元，再按三倍赔偿13500元，两项18000元；\n"
        "二、本案诉讼费由被告承担。\n"
        "事实与理由：原告从被告处购买玉米种子，出苗率不足三成。\n"
        "此致\n南阳市卧龙区人民法院\n具状人：邵长林\n2025年5月6日\n"
    )
    assert extract(text).amount_claimed == 18000


def test_together_written_yikuai_is_no_sum_of_one_yuan():
    # "…赔我5,230元，小区物业也要一块承担": 一块 before a verb means "together", not one yuan
    text = (
        "起诉状\n"
        "原告：梁淑芬，女，1958年3月9日出生，住江苏省常州市天宁区青山路20号。\n"
        "被告：龚永强，男，1980年7月1日出生，住江苏省常州市钟楼区怀德路88号。\n"
        "被告：常州安居物业服务有限公司，住所地江苏省常州市钟楼区怀德路86号。\n"
        "我的要求是：龚永强赔我医药费、误工费合计5,230元，物业公司没有管好，也要一块承担；诉讼费他们出。\n"
        "此致\n常州市钟楼区人民法院\n梁淑芬\n2025年4月2日\n"
    )
    assert extract(text).amount_claimed == 5230


def test_sum_pointed_back_to_is_asked_once():
    # "…砌墙花了1500元，要他赔这1500元": the sum told, then pointed back to with 这, is one claim
    text = (
        "起诉状\n"
        "原告：贺长顺，男，1957年2月8日出生，住河北省衡水市武邑县清凉店镇东贺村。\n"
        "被告：贺连生，男，1966年11月3日出生，住河北省衡水市武邑县清凉店镇东贺村。\n"
        "我的要求：\n"
        "一、让贺连生把堵住的排水沟挖开；\n"
        "二、他把我家院墙推倒了，重新砌墙花了1500元，要他赔这1500元；\n"
        "三、打官司的钱他出。\n"
        "此致\n武邑县人民法院\n贺长顺\n2025年6月1日\n"
    )
    assert extract(text).amount_claimed == 1500


def test_heading_asking_the_one_sued_opens_the_claims():
    # "我要他：" on a line of its own, the things asked numbered below it
    text = (
        "起诉书\n"
        "起诉人：龙婉婷，女，1996年2月3日生，住四川省成都市武侯区玉林北路12号。\n"
        "被起诉的房东：严志刚，男，1968年6月6日生，住四川省成都市青羊区文庙后街5号。\n"
        "我要他：\n"
        "（1）退我押金3000元！\n"
        "（2）退我多交的一个月房租2200元！\n"
        "（3）诉讼费他出。\n"
        "到底怎么回事：\n我租他的房子，房子漏水他不修，我只能搬走，他押金不退。\n"
        "成都市武侯区人民法院 收\n龙婉婷\n2025年3月1日\n"
    )
    assert extract(text).amount_claimed == 5200


def test_bare_ask_heading_after_a_sentence_opens_the_claims():
    # "…这状子我替他写。要求：" ends a line of prose; the numbered claims follow on the next lines
    text = (
        "民事起诉状\n"
        "原告：田有福，男，1975年5月5日生，住贵州省遵义市播州区鸭溪镇田坝村3组。\n"
        "被告：宋光明，男，1970年1月1日生，住贵州省遵义市播州区鸭溪镇田坝村5组。\n"
        "我丈夫给被告建房时从架子上摔下来受了伤，被告只垫了5000元。他写字不便，这状子我替他写。要求：\n"
        "一、宋光明赔偿医疗费32000元、误工费8000元，以上共40000元，减去他已经给的5000元，还要赔35000元；\n"
        "二、诉讼费由他出。\n"
        "此致\n遵义市播州区人民法院\n原告：田有福\n2025年9月1日\n"
    )
    assert extract(text).amount_claimed == 35000
