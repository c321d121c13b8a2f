"""Amount rules found on holdout60/61, each tested on a new document written for the test."""

from __future__ import annotations

from courtdoc.extraction import extract


def test_a_wages_table_per_worker_asks_the_total_still_owed():
    # the table reckons each worker's pay (days, day wage, earned, paid) and the 尚欠 column is what is asked;
    # its 合计 row totals that column: the claim is that total, not every sum in the table added up
    text = (
        "民事起诉状\n\n"
        "原告一：晏德胜，男，1980年5月2日出生，住贵州省遵义市湄潭县兴隆镇龙凤村3组。\n"
        "原告二：龚玉芝，女，1983年11月20日出生，住贵州省遵义市湄潭县兴隆镇龙凤村5组。\n"
        "被告：瞿长林，男，1972年7月9日出生，住贵州省遵义市红花岗区丁字口街道中华路56号。\n\n"
        "诉讼请求：\n"
        "一、判令被告支付原告工资，各原告明细如下：\n"
        "| 姓名 | 做工天数 | 每天工钱 | 应发工资 | 已领 | 尚欠 |\n"
        "|---|---|---|---|---|---|\n"
        "| 晏德胜 | 88天 | 320元 | 28160元 | 10000元 | 18160元 |\n"
        "| 龚玉芝 | 72天 | 180元 | 12960元 | 4000元 | 8960元 |\n"
        "| 合计 | | | | | 27120元 |\n"
        "二、本案诉讼费用由被告负担。\n\n"
        "事实与理由：\n"
        "2022年4月至9月，二原告在被告承包的厂房装修工程做工，被告出具欠条确认欠二原告工资27120元，至今未付。\n\n"
        "此致\n湄潭县人民法院\n\n具状人：晏德胜 龚玉芝\n2023年1月5日\n"
    )
    assert extract(text).amount_claimed == 27120


def test_an_owed_column_without_a_total_row_is_added_up():
    # a balance column headed 未付 (in yuan) beside the price and the part paid: the rows of that column are the claim
    text = (
        "民事起诉状\n\n"
        "原告：临沂鑫润板材有限公司，住所地山东省临沂市兰山区金雀山路100号。\n"
        "被告：卢海峰，男，1979年3月15日出生，住山东省日照市东港区海曲东路8号。\n\n"
        "诉讼请求：\n"
        "1、判令被告支付货款，按送货单列明：\n"
        "| 送货日期 | 货款（元） | 已付（元） | 未付（元） |\n"
        "|---|---|---|---|\n"
        "| 2023年6月3日 | 46800 | 20000 | 26800 |\n"
        "| 2023年7月19日 | 31250 | 0 | 31250 |\n"
        "2、诉讼费由被告承担。\n\n"
        "事实与理由：被告自原告处购买多层板，尚欠货款未付。\n\n"
        "此致\n临沂市兰山区人民法院\n\n具状人：临沂鑫润板材有限公司\n2024年1月8日\n"
    )
    assert extract(text).amount_claimed == 58050
