"""Causes on snippets of our own: a labour form's severance counted by the month's pay, a worker's letter asking the
wages an IOU acknowledged, an evidence list stating the parties' contract."""

from courtdoc.extraction import extract


def test_severance_counted_by_the_months_pay_is_severance_on_a_labour_form():
    text = ("劳动争议纠纷起诉状（要素式）\n当事人信息\n原告（劳动者）：韦海林  性别：男  出生日期：1990年3月5日\n"
            "住所地：湖南省长沙市岳麓区桐梓坡路88号\n被告（用人单位）：长沙市恒远机械制造有限公司\n"
            "住所地：湖南省长沙市望城区金星大道66号\n诉讼请求\n"
            "1.经济补偿金：31,500.00元（计算方式：月平均工资6300元×5个月）\n2.是否主张诉讼费用：是\n3.其他请求：无\n"
            "劳动仲裁情况：长劳人仲案字〔2023〕第112号，仲裁裁决驳回申请人请求，原告不服。\n"
            "事实与理由\n1.入职时间：2019年2月；岗位：车工\n2.解除劳动合同情况：被告以订单不足为由单方解除劳动合同，未支付经济补偿。\n"
            "具状人：韦海林\n2024年3月8日\n")
    assert extract(text).cause_of_action == "经济补偿金纠纷"


def test_wages_and_severance_on_a_labour_form_stay_the_family():
    text = ("劳动争议纠纷起诉状（要素式）\n当事人信息\n原告（劳动者）：韦海林  性别：男  出生日期：1990年3月5日\n"
            "住所地：湖南省长沙市岳麓区桐梓坡路88号\n被告（用人单位）：长沙市恒远机械制造有限公司\n"
            "住所地：湖南省长沙市望城区金星大道66号\n诉讼请求\n"
            "1.经济补偿金：31,500.00元（计算方式：月平均工资6300元×5个月）\n2.拖欠工资：2023年11月至12月工资12600元\n"
            "劳动仲裁情况：长劳人仲案字〔2023〕第112号，仲裁裁决驳回申请人请求，原告不服。\n"
            "事实与理由\n1.入职时间：2019年2月；岗位：车工\n2.被告拖欠工资后单方解除劳动合同。\n"
            "具状人：韦海林\n2024年3月8日\n")
    assert extract(text).cause_of_action == "劳动争议"


def test_a_letter_asking_the_foremans_unpaid_wages_under_an_iou_is_no_loan():
    text = ("尊敬的法官：\n  我叫石桂生，男，身份证号450103198203150512，家住广西壮族自治区柳州市城中区文昌路8号，我是做钢筋工的。"
            "2023年5月份开始我跟着包工头莫永华在柳北区一个工地干活，讲好每天280块，一共做了60天，他给过我4000元，还差我12800元。"
            "莫永华是男的，五十岁左右，住柳州市鱼峰区荣军路。\n"
            "  我不懂打官司，请求法院让莫永华把欠我的工钱给我。我有他写的欠条一张。\n  谢谢法官！\n"
            "                               石桂生（按手印）\n                               2024年3月2日\n")
    assert extract(text).cause_of_action == "劳务合同纠纷"  # (a private foreman: the dev sets' convention)


def _evidence_list(proved: str) -> str:
    return ("证 据 目 录\n案号：（2024）冀0102民初3317号\n原告：石家庄恒润食品贸易有限公司，住所地河北省石家庄市长安区中山东路66号。\n"
            "法定代表人：张国强，总经理。\n被告：石家庄市桥西区惠民超市（个体工商户），经营者李红梅，住所地河北省石家庄市桥西区新华路12号。\n"
            "序号 | 证据名称 | 证明内容 | 页码\n1 | 营业执照 | 原告主体资格 | 1-2\n"
            "2 | 《供货合同》 | " + proved + " | 3-5\n3 | 送货单21张 | 原告已交货，货款合计96,300元 | 6-26\n"
            "4 | 对账单 | 被告确认尚欠货款41,650元 | 27\n"
            "提交人（盖章）：石家庄恒润食品贸易有限公司\n2024年5月10日\n")


def test_an_evidence_list_stating_the_parties_sale_names_the_cause():
    assert extract(_evidence_list("双方存在买卖合同关系")).cause_of_action == "买卖合同纠纷"


def test_dependants_living_costs_and_later_treatment_asked_of_a_haulier_and_its_insurer_is_a_road_accident():
    text = ("民事上诉状\n上诉人（原审原告）：孙秀兰，女，1962年4月3日出生，住河南省郑州市金水区花园路18号。\n"
            "被上诉人（原审被告）：郑州顺捷货运有限公司，住所地河南省郑州市管城区航海东路99号。\n"
            "被上诉人（原审被告）：中国平安财产保险股份有限公司郑州分公司，住所地河南省郑州市郑东新区商务外环路3号。\n"
            "上诉请求：1.依法改判二被上诉人另行赔偿上诉人后续治疗费12000元、被扶养人生活费26400元；2.二审诉讼费由被上诉人负担。\n"
            "事实与理由：一审未支持鉴定意见载明的后续治疗费，认定事实错误。\n此致\n河南省郑州市中级人民法院\n上诉人：孙秀兰\n2024年9月2日\n")
    assert extract(text).cause_of_action == "机动车交通事故责任纠纷"
