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


def test_civil_defence_parking_space_sold_by_developer_is_a_parking_space_case():
    text = ("民事上诉状\n上诉人（原审原告）：骆明辉，男，1980年2月3日出生，住湖南省长沙市岳麓区麓山路9号。\n"
            "被上诉人（原审被告）：长沙湘麓置业有限公司，住所地湖南省长沙市岳麓区桐梓坡路100号。\n"
            "上诉人因与被上诉人建筑物区分所有权纠纷一案，不服原审判决，现提起上诉。\n"
            "上诉请求：撤销原判，改判被上诉人返还车位款九万元。\n"
            "事实与理由：上诉人向被上诉人购买小区地下车位一个，后得知该车位属人防车位，依法不得出售。\n"
            "此致\n长沙市中级人民法院\n上诉人：骆明辉\n2025年3月1日\n")
    assert _cause(text) == "车位纠纷"


def test_owner_answers_developer_letting_planned_spaces_to_outsiders():
    text = ("答辩状\n答辩人（被上诉人、原审原告）：芦海燕，女，1979年8月8日出生，住河北省保定市竞秀区东风路3号。\n"
            "被答辩人（上诉人、原审被告）：保定恒泰房地产开发有限公司，住所地河北省保定市竞秀区朝阳大街5号。\n"
            "答辩人就被答辩人不服一审判决提起上诉一案，答辩如下：被答辩人将小区规划车位二十个长期出租给汽车租赁公司，"
            "业主申请承租均被拒绝，违反了车位应当首先满足业主需要的规定。请求驳回上诉，维持原判。\n"
            "答辩人：芦海燕\n2025年4月2日\n")
    assert _cause(text) == "车位纠纷"


def test_gym_membership_and_coach_lessons_refund_is_a_service_contract():
    text = ("民事起诉状\n原告：冉晓雯，女，1994年1月9日出生，住重庆市江北区建新北路21号。\n"
            "被告：重庆铁人健身有限公司，住所地重庆市江北区观音桥步行街8号。\n"
            "诉讼请求：一、解除原被告之间的健身会员合同；二、判令被告退还剩余会籍费2400元及剩余教练课程费5600元。\n"
            "事实与理由：原告在被告处办理健身年卡并购买私人教练课程40节，被告门店突然关闭，教练离职，"
            "原告无法继续上课。\n此致\n重庆市江北区人民法院\n具状人：冉晓雯\n2025年9月1日\n")
    assert _cause(text) == "服务合同纠纷"


def test_repair_bill_owed_with_an_iou_is_a_repair_contract():
    text = ("民事起诉状\n原告：甘立群，男，1975年4月4日出生，住贵州省遵义市红花岗区中华路7号，经营立群汽修店。\n"
            "被告：侯文斌，男，1986年12月1日出生，住贵州省遵义市汇川区上海路66号。\n"
            "诉讼请求：1.判令被告支付所欠修车费9800元；2.诉讼费由被告承担。\n"
            "事实与理由：被告将其货车开到原告店里修理变速箱，修好后被告未付款，写下欠条一张，承诺一个月内还清，至今未付。\n"
            "此致\n遵义市红花岗区人民法院\n具状人：甘立群\n2025年10月8日\n")
    assert _cause(text) == "修理合同纠纷"
