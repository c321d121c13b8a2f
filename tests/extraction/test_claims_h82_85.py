"""Claims and amount rules the holdout82-85 extraction sets showed, as general rules (snippets written anew)."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_share_by_degree_of_fault_replaces_the_whole():
    # "…以上共计N元，按百分之六十由被告承担M元": the losses told whole, then the one sued's share by its fault
    text = (
        "民事起诉状\n"
        "原告：覃志刚，男，1985年2月11日出生，壮族，住广西壮族自治区柳州市城中区文昌路17号。\n"
        "被告：韦明辉，男，1992年6月30日出生，住广西壮族自治区柳州市鱼峰区柳石路208号。\n"
        "诉讼请求：\n"
        "一、判令被告赔偿医疗费22350元、误工费9600元、护理费3050元，以上共计35000元，按百分之六十由被告承担21000元；\n"
        "二、本案诉讼费由被告承担。\n"
        "事实与理由：2024年9月3日，被告驾驶电动自行车逆行，将原告撞伤，交警认定被告负主要责任。\n"
        "此致\n柳州市城中区人民法院\n具状人：覃志刚\n2024年11月4日\n"
    )
    assert extract(text).amount_claimed == 21000


def test_share_by_fault_ratio_written_as_percent():
    # "…合计N元，按照被告应负的80%责任比例计算为M元"
    text = (
        "民事起诉状\n"
        "原告：滕玉兰，女，1961年12月2日出生，汉族，住山东省淄博市张店区华光路55号。\n"
        "被告：淄博康宁口腔诊所，住所地山东省淄博市张店区共青团西路19号。\n"
        "诉讼请求：判令被告赔偿医疗费8400元、误工费3600元、精神损害抚慰金8000元，合计20000元，"
        "按照被告应负的80%责任比例计算为16000元。\n"
        "事实与理由：原告在被告处拔牙后感染，住院治疗十二天。\n"
        "此致\n淄博市张店区人民法院\n具状人：滕玉兰\n2024年10月8日\n"
    )
    assert extract(text).amount_claimed == 16000


def test_claims_table_head_glued_to_its_rows_reads_the_owed_column():
    # a pasted table whose head row runs on into the rows ("…| 欠付（元）|| 某某 | … |"): the total row of the owed
    # column is the sum asked
    text = (
        "民事起诉状\n"
        "原告一：欧阳春，男，1979年4月6日生，汉族，住湖南省邵阳市隆回县桃洪镇新街12号。\n"
        "原告二：肖建平，男，1983年9月21日生，汉族，住湖南省邵阳市隆回县桃洪镇北门村三组。\n"
        "被告：付国庆，男，1975年1月30日生，汉族，住湖南省邵阳市双清区宝庆东路101号。\n"
        "诉讼请求：\n"
        "一、判令被告支付原告劳务费，明细如下：\n"
        "| 原告 | 工作天数 | 应得（元）| 已付（元）| 欠付（元）|| 欧阳春 | 120 | 36000 | 20000 | 16000 |"
        "| 肖建平 | 90 | 27000 | 15000 | 12000 ||合计||63000|35000|28000|\n"
        "二、本案诉讼费由被告承担。\n"
        "事实与理由：二原告随被告在长沙做外墙保温，被告至今拖欠劳务费。\n"
        "此致\n隆回县人民法院\n具状人：欧阳春　肖建平\n2025年2月10日\n"
    )
    assert extract(text).amount_claimed == 28000
